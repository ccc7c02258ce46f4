/**
 * src/lib/local-store is the only code on the site that touches localStorage
 * (apart from the inline pre-paint script, which reads the theme and whether
 * the lock is set). This is where the stores get it: tests pass a Storage-like
 * fake (tests/support/fake-storage.ts) instead, as `getStorage`.
 */

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** Every key this site writes starts with this. */
export const SITE_PREFIX = "bounce-back:";

/** Where the lock keeps everything while it is set (lock.ts). */
export const LOCKED_KEY = `${SITE_PREFIX}locked`;

declare global {
  /**
   * Set by the pre-paint script (src/scripts/theme-init.js) when the lock is
   * set: settles once the page's lock script (src/scripts/lock-page.ts)
   * has opened this visit's words, or found there is nothing to open here.
   */
  var bbOpen: Promise<unknown> | undefined;
  /** This visit's unlocked words (a Vault, lock.ts), once opened. */
  var bbStore: StorageLike | undefined;
}

/**
 * True while the lock is set and this tab is not unlocked: nothing can be
 * saved, and the page should say so (not that storage is blocked).
 */
export function lockedHere(): boolean {
  try {
    return !globalThis.bbStore && globalThis.localStorage?.getItem(LOCKED_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * The browser's localStorage or, while the lock is set and this visit is
 * unlocked, the Vault standing in for it (which does not show LOCKED).
 * Throws a SecurityError when storage cannot be used, and while the lock is
 * set and not unlocked (nothing may be written as plain text then).
 */
export function browserStorage(): StorageLike {
  const s = globalThis.bbStore ?? (globalThis.localStorage as Storage | null | undefined);
  if (!s || s.getItem(LOCKED_KEY) !== null)
    throw new DOMException("Storage is not available.", "SecurityError");
  return s;
}

/**
 * localStorage itself, lock or no lock: for "Delete all my data", for
 * setting or removing the lock, and for what must be read before the lock
 * opens.
 */
export const rawStorage = (): StorageLike => localStorage;
