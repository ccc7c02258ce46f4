/**
 * What every part of the site shares about localStorage: the key prefix, a
 * Storage-like type (so tests can pass src/lib/fake-storage.ts), sorting
 * storage errors, and deleting everything this site stored.
 */

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** Every key this site writes starts with this. */
export const SITE_PREFIX = "bounce-back:";

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

/** The browser's localStorage; throws a SecurityError when it cannot be used. */
export function browserStorage(): StorageLike {
  const s = globalThis.localStorage as Storage | null | undefined;
  if (!s) throw new DOMException("Storage is not available.", "SecurityError");
  return s;
}

/**
 * Removes every key that starts with "bounce-back:": worksheet entries and
 * their backups, self-check results and the theme choice. Returns null when
 * done, or why it could not be done.
 */
export function clearSiteData(getStorage: () => StorageLike = browserStorage): Trouble | null {
  let trouble: Trouble | null = null;
  try {
    const s = getStorage();
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(SITE_PREFIX)) keys.push(key);
    }
    for (const key of keys) s.removeItem(key);
  } catch (e) {
    trouble = classifyError(e);
  }
  return trouble;
}
