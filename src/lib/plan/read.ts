/**
 * Small readers for stored plan and log records (never trusted): fresh
 * objects built field by field, so unknown keys such as "__proto__" are never
 * copied. The same rules as the worksheet's validate.ts, kept here so the
 * planning pages do not load the worksheet's code.
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

/** A real calendar day, "YYYY-MM-DD" (so not 2025-02-30). */
export function isRealDate(v: unknown): v is string {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

export { newId } from "../random-id";
