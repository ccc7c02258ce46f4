/**
 * Whether this browser holds anything the visitor made here: the home page asks
 * this first, by key names alone, and loads the stores' readers (carry-on.ts,
 * about 20 KB) only when the answer is yes, so a first visit stays light.
 */
import { CLEARED_KEY, keysWith } from "../local-store/site-data";
import { browserStorage, SITE_PREFIX, type StorageLike } from "../local-store/storage";
import { THEME_KEY } from "../theme";

/** Keys that say nothing about anything started: the theme, and when data was last deleted. */
const NOT_STARTED = new Set([THEME_KEY, CLEARED_KEY]);

/**
 * True when a key of this site other than the theme is stored. False for a
 * new visitor, when storage is blocked, and while the lock is set and this
 * tab has not opened it (browserStorage refuses then).
 */
export function hasStarted(getStorage: () => StorageLike = browserStorage): boolean {
  try {
    return keysWith(getStorage(), SITE_PREFIX).some((key) => !NOT_STARTED.has(key));
  } catch {
    return false;
  }
}
