/**
 * src/lib/local-store is the only code on the site that touches localStorage
 * (apart from the inline pre-paint theme script, which reads its one key).
 * This is where the stores get it: tests pass a Storage-like fake
 * (tests/support/fake-storage.ts) instead, as `getStorage`.
 */

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** Every key this site writes starts with this. */
export const SITE_PREFIX = "bounce-back:";

/** The browser's localStorage; throws a SecurityError when it cannot be used. */
export function browserStorage(): StorageLike {
  const s = globalThis.localStorage as Storage | null | undefined;
  if (!s) throw new DOMException("Storage is not available.", "SecurityError");
  return s;
}
