/** "Delete all my data": what it does (its words, for the buttons, are in delete-all-words.ts). */
import { CLEARED_KEY, classifyError, keysWith, type Trouble } from "./site-data";
import { rawStorage, SITE_PREFIX, type StorageLike } from "./storage";

/**
 * "Delete all my data": removes every key that starts with "bounce-back:"
 * (every declared store, its backup copies, self-check results, the theme),
 * and the lock with everything it holds, then leaves the time it happened,
 * which every open tab respects. Returns
 * null when done, or why it could not be done.
 */
export function clearSiteData(
  getStorage: () => StorageLike = rawStorage,
  now: () => number = Date.now,
): Trouble | null {
  try {
    const s = getStorage();
    for (const key of keysWith(s, SITE_PREFIX)) s.removeItem(key);
    s.setItem(CLEARED_KEY, String(now()));
    return null;
  } catch (e) {
    return classifyError(e);
  }
}
