/**
 * The last result of each self-check, remembered on this device only.
 * Only the result is stored (its band on each scale, its title, the flags it
 * raised and the things to work on it named) and the date, never the answers.
 * Storage is injected so tests can use a fake, and every call tolerates
 * storage that is missing, blocked, full or holding damaged data.
 */

import type { StoreInfo } from "../local-store/registry";
import { browserStorage, SITE_PREFIX } from "../local-store/storage";

export const RESULT_KEY_PREFIX = `${SITE_PREFIX}self-check:`;
const VERSION = 2;

/** The self-check results, as the about page lists them (src/lib/stores.ts). */
export const selfCheckStore: StoreInfo = {
  name: "self-check",
  pattern: "bounce-back:self-check:…",
  about:
    "Your last self-check results: each result, what it named to work on and the date, not your answers.",
};

export interface StoredResult {
  /** The id of the result band on each scale, in the self-check's order. */
  bands: string[];
  /** The band's title when the result was saved. */
  title: string;
  /** When the check was taken, as an ISO 8601 string. */
  at: string;
  /** Flags the answers raised (such as "support"). */
  flags: string[];
  /** The things in the reader's hands the result named. */
  focus: string[];
}

const BAND = /^[a-z0-9-]{1,80}$/;

function stringList(v: unknown, max: number, ok: (s: string) => boolean): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > max) return null;
  return v.every((x) => typeof x === "string" && ok(x)) ? (v as string[]) : null;
}

export type ResultStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function resultKey(slug: string): string {
  return `${RESULT_KEY_PREFIX}${slug}`;
}

/** The browser's localStorage, or null when it is missing or blocked. */
export function resultStorage(): ResultStorage | null {
  try {
    return browserStorage();
  } catch {
    return null;
  }
}

/** A stored value turned back into a result, or null if it is missing or not valid. */
export function parseStoredResult(raw: string | null | undefined): StoredResult | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 4000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const { v, title, at } = o;
  // Version 1 held one band; it reads as a result on one scale.
  const bands = v === 1 ? [o.band] : v === VERSION ? o.bands : null;
  if (!Array.isArray(bands) || bands.length === 0 || bands.length > 5) return null;
  if (!bands.every((b) => typeof b === "string" && BAND.test(b))) return null;
  if (typeof title !== "string" || title.trim().length === 0 || title.length > 200) return null;
  if (typeof at !== "string" || at.length > 40 || Number.isNaN(Date.parse(at))) return null;
  const flags = stringList(v === VERSION ? o.flags : undefined, 5, (f) => BAND.test(f));
  const focus = stringList(v === VERSION ? o.focus : undefined, 3, (f) => f.length <= 200);
  if (!flags || !focus) return null;
  return { bands: bands as string[], title, at, flags, focus };
}

export function readResult(storage: ResultStorage | null, slug: string): StoredResult | null {
  if (!storage) return null;
  try {
    return parseStoredResult(storage.getItem(resultKey(slug)));
  } catch {
    return null;
  }
}

/** Saves the result; false if it could not be saved (blocked or full storage). */
export function saveResult(
  storage: ResultStorage | null,
  slug: string,
  result: StoredResult,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(resultKey(slug), JSON.stringify({ v: VERSION, ...result }));
    return true;
  } catch {
    return false;
  }
}

/** Removes the result; false if storage could not be reached. */
export function clearResult(storage: ResultStorage | null, slug: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(resultKey(slug));
    return true;
  } catch {
    return false;
  }
}

/** A stored date as people read it, e.g. "25 November 2026". */
export function formatResultDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  // As formatDate(date, "local") in src/lib/site.ts, written out so this page does not load that module.
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

/**
 * "Start a reflection from this" hands the result to the worksheet through
 * this one key (under the self-check prefix, so the about page and "Delete
 * all" cover it): the self-check page stays small, and the worksheet page,
 * which has its store loaded anyway, makes the entry (src/lib/self-check/
 * reflection.ts) and removes the key.
 */
export const HANDOFF_KEY = `${RESULT_KEY_PREFIX}reflect`;

/** Leaves what the worksheet entry is made from; false if storage is blocked or full. */
export function saveHandoff(storage: ResultStorage | null, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(HANDOFF_KEY, JSON.stringify({ v: 1, input: value }));
    return true;
  } catch {
    return false;
  }
}

export { reflectionId } from "../reflection-handoff";
