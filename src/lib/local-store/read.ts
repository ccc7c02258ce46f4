/**
 * Small readers for stored records (never trusted), shared by the tools:
 * fresh objects built field by field, so unknown keys such as "__proto__"
 * are never copied.
 */

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export const own = (o: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(o, key) ? o[key] : undefined;

const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

export const isValidId = (v: unknown): v is string =>
  typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) && !RESERVED.has(v);

/** A time in milliseconds up to the year 2200. */
export const isTime = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 7_258_118_400_000;

/** A stored record's id, or null (with a problem named by `what`: "A plan") when it has none. */
export function readId(v: unknown, what: string, problems: string[]): string | null {
  const id = isRecord(v) ? own(v, "id") : undefined;
  if (isRecord(v) && isValidId(id)) return id;
  problems.push(`${what} cannot be read.`);
  return null;
}

/** The longest one-line text a tool keeps (a plan's "If…", a role, a small win): each view's maxLength. */
export const MAX_LINE = 500;

/**
 * Reads the text fields `keys` of `v` into `into`: text longer than `max`
 * is cut, and each problem is reported with `bad`.
 */
export function readTexts<T>(
  v: Record<string, unknown>,
  into: T,
  keys: readonly (keyof T & string)[],
  bad: (what: string) => void,
  max = MAX_LINE,
): void {
  for (const k of keys) {
    const t = own(v, k);
    if (typeof t === "string") {
      if (t.length > max) bad(`“${k}” was cut to ${max} characters`);
      (into as Record<string, unknown>)[k] = t.slice(0, max);
    } else if (t !== undefined) bad(`“${k}” is not text`);
  }
}

/** The id of the record a conflict copy was made from, or "" (an ordinary record). */
export function readCopyOf(v: Record<string, unknown>): string {
  const c = own(v, "copyOf");
  return isValidId(c) ? c : "";
}

export { newId } from "../random-id";
