/**
 * What every store shares beyond single values: sorting storage errors,
 * listing this site's keys, and the cleared-at time that "Delete all my data"
 * (delete-all.ts) leaves and every open tab respects.
 */
import { SITE_PREFIX, type StorageLike } from "./storage";

/**
 * When "Delete all my data" last ran (milliseconds). Every store ignores what
 * it holds from before then, so an open tab never writes deleted words back.
 */
export const CLEARED_KEY = `${SITE_PREFIX}cleared-at`;

/** Why answers are not being saved. */
export type Trouble = "blocked" | "full" | "failed";

export function classifyError(e: unknown): Trouble {
  const err = (typeof e === "object" && e !== null ? e : {}) as { name?: unknown; code?: unknown };
  const { name, code } = err;
  if (
    name === "QuotaExceededError" ||
    name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
  )
    return "full";
  if (name === "SecurityError" || code === 18) return "blocked";
  return "failed";
}

/** Every key of this site that starts with `prefix`. Throws if storage refuses. */
export function keysWith(s: StorageLike, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** One key's text, or null. For code outside this folder that keeps a value of its own. Throws what the storage throws. */
export const readKey = (s: StorageLike, key: string): string | null => s.getItem(key);

/** Writes one key (null: removes it). Throws what the storage throws. */
export function writeKey(s: StorageLike, key: string, value: string | null): void {
  if (value === null) s.removeItem(key);
  else s.setItem(key, value);
}

/** Keeps `raw` under `key` (or `key#2`…), unless the same text is kept there already. */
export function keepOnce(s: StorageLike, raw: string, key: string): void {
  if (keysWith(s, key).some((k) => s.getItem(k) === raw)) return;
  let at = key;
  for (let n = 2; s.getItem(at) !== null; n++) at = `${key}#${n}`;
  s.setItem(at, raw);
}

/** When everything was last deleted, or 0. */
export function clearedAt(s: StorageLike): number {
  const n = Number(s.getItem(CLEARED_KEY));
  return Number.isFinite(n) && n > 0 ? n : 0;
}
