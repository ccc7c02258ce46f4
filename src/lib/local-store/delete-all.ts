/**
 * "Delete all my data", apart from the stores' shared code (site-data.ts) so
 * that pages without the button do not carry it.
 */
import { CLEARED_KEY, classifyError, keysWith, type Trouble } from "./site-data";
import { SITE_PREFIX, type StorageLike } from "./storage";

/**
 * localStorage itself, lock or no lock: for "Delete all my data" and for
 * setting or removing the lock. Here rather than beside browserStorage() in
 * storage.ts, which every store's page loads: there it would cost the
 * self-check pages bytes they are short of.
 */
export const rawStorage = (): StorageLike => localStorage;

/** What "Delete all my data" removes, said in every confirmation (issue 21: each is named). */
export const DELETES_EVERYTHING =
  "This removes everything this site keeps in this browser: your worksheet reflections, your writing exercises (expressive writing, kind letters and thought records), your if-then plans, your application log and small wins, your email drafts and the names they use, your self-check results, the boxes you ticked on an article’s to-do list, your theme choice and, if you set the lock, your locked writing and the lock itself.";

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
