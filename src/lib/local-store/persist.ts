/**
 * Asking the browser to keep this site's storage (navigator.storage.persist()).
 *
 * - Chromium (Chrome, Edge, Samsung Internet…) and Safari decide without asking
 *   the person (Chromium by how the site is used, Safari since 17 grants it to
 *   sites added to the Home Screen or often used), so the site asks after a
 *   person's first save: askSilently().
 * - Firefox shows a permission prompt, so it is asked only from the "Keep my
 *   writing on this device" button, never in the middle of typing:
 *   askFromButton(). Firefox is recognised by "Firefox/" in the user agent; if that guess is wrong the worst case is one prompt after
 *   a save, or one button that is not needed.
 * Persisted storage is not cleared under storage pressure or by Safari's 7-day
 * rule; it still goes when the person clears the site's data.
 */
export type Kept = "kept" | "may-clear" | "unknown";

type StorageManagerLike = Pick<StorageManager, "persist" | "persisted">;
export interface NavigatorLike {
  userAgent: string;
  storage?: StorageManagerLike | undefined;
}

const nav = (): NavigatorLike => globalThis.navigator;

/** True where persist() shows the person a prompt (Firefox). */
export const promptsForPersist = (userAgent: string) => /\bFirefox\//.test(userAgent);

export async function storageKept(n: NavigatorLike = nav()): Promise<Kept> {
  try {
    if (!n.storage?.persisted) return "unknown";
    return (await n.storage.persisted()) ? "kept" : "may-clear";
  } catch {
    return "unknown";
  }
}

/** After a first save: asks only where no prompt shows; returns the state either way. */
export async function askSilently(n: NavigatorLike = nav()): Promise<Kept> {
  const now = await storageKept(n);
  if (now !== "may-clear" || promptsForPersist(n.userAgent)) return now;
  try {
    await n.storage?.persist();
  } catch {
    // A refusal is an answer too: the state below says so.
  }
  return storageKept(n);
}

/** The "Keep my writing on this device" button (Firefox shows its prompt). */
export async function askFromButton(n: NavigatorLike = nav()): Promise<Kept> {
  try {
    await n.storage?.persist();
  } catch {
    // As above.
  }
  return storageKept(n);
}
