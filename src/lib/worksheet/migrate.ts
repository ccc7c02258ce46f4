/**
 * Upgrades older stored shapes to the current document. Migration never drops
 * text: every old field has a home in the new shape, and an old id that is not
 * valid any more gets a fresh one instead of being skipped.
 *
 * Version 0 (the first prototype) had no "version" field and kept entries in
 * an object keyed by id:
 *   { "entries": { "<id>": { "title", "interviewDate", "feelings", "wentWell",
 *     "improve", "workOn", "askFor", "nextSteps": ["[x] done", "not done"],
 *     "note", "lastModified": "<ISO date>" } }, "current": "<id>" }
 *
 * No page has stored anything but version 1 yet, so this module is loaded only
 * when older data turns up (see upgrade in store.ts and import.ts).
 */
import { localDay } from "../days";
import { DOC_VERSION } from "./model";
import { isRecord, isValidId } from "./validate";

export type Migrated = { value: unknown; from: number };
export type Upgrade = (value: unknown, now: number) => Migrated;

function text(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/**
 * A stable id for an old key that is not a valid id any more: the same old
 * data always gets the same new id, so reading it twice never duplicates it.
 */
function stableId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `v0-${(h >>> 0).toString(16)}-${key.length}`;
}

function migrateV0Entry(key: string, v: unknown, now: number): Record<string, unknown> {
  const o = isRecord(v) ? v : {};
  const get = (k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
  const modified = Date.parse(text(get("lastModified")));
  const updatedAt = Number.isFinite(modified) && modified >= 0 ? modified : now;
  let feeling = text(get("feelings"));
  let date = text(get("interviewDate")).trim();
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const parsed = Date.parse(date);
    if (Number.isFinite(parsed)) {
      date = localDay(parsed);
    } else {
      // Keep what was written rather than lose it.
      feeling = `${feeling}${feeling ? "\n\n" : ""}(Interview date as written before: ${date})`;
      date = "";
    }
  }
  const rawSteps = get("nextSteps");
  const steps = (
    Array.isArray(rawSteps) ? rawSteps : typeof rawSteps === "string" ? rawSteps.split("\n") : []
  )
    .map((s) => text(s))
    .filter((s) => s.trim() !== "")
    .map((s, i) => {
      const m = /^\s*\[( |x|X)\]\s?/.exec(s);
      return {
        id: `s${i + 1}`,
        text: m ? s.slice(m[0].length) : s,
        done: m ? m[1] !== " " : false,
      };
    });
  return {
    id: isValidId(key) ? key : stableId(key),
    createdAt: updatedAt,
    updatedAt,
    date,
    steps,
    role: text(get("title")),
    company: "",
    feeling,
    wentWell: text(get("wentWell")),
    differently: text(get("improve")),
    workOn: text(get("workOn")),
    advice: text(get("askFor")),
    kindNote: text(get("note")),
  };
}

/** The version a stored value says it is: 0 when it has none. */
export function versionOf(value: unknown): number {
  if (!isRecord(value)) return -1;
  const v = Object.hasOwn(value, "version") ? value.version : undefined;
  if (v === undefined || v === 0) return 0;
  return typeof v === "number" ? v : -1;
}

/**
 * Returns the value in the current shape (still to be validated) and the
 * version it came from. Values of an unknown or newer version are returned
 * as they are, and validation then reports them.
 */
export const migrate: Upgrade = (value, now) => {
  const from = versionOf(value);
  if (from !== 0 || !isRecord(value)) return { value, from };
  const entries = Object.hasOwn(value, "entries") ? value.entries : undefined;
  const list: Record<string, unknown>[] = [];
  if (Array.isArray(entries)) {
    entries.forEach((e, i) => {
      const key = isRecord(e) && typeof e.id === "string" ? e.id : `item-${i}`;
      list.push(migrateV0Entry(key, e, now));
    });
  } else if (isRecord(entries)) {
    for (const key of Object.keys(entries)) list.push(migrateV0Entry(key, entries[key], now));
  } else {
    // Not a shape this page knows: let validation report it as damaged.
    return { value: null, from };
  }
  return { value: { version: DOC_VERSION, entries: list, deleted: [] }, from };
};
