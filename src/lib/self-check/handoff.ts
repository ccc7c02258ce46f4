/**
 * What the worksheet page needs on load to know a self-check handed it a
 * result: the key (the same as HANDOFF_KEY in result-store.ts, which the
 * self-check page writes; a test keeps the two equal) and a check for it.
 * Kept apart from result-store.ts so the worksheet page loads only this.
 */
export const HANDOFF_KEY = "bounce-back:self-check:reflect";

/** True when a self-check has handed over a result for the worksheet to make an entry from. */
export function hasHandoff(getStorage: () => Pick<Storage, "getItem">): boolean {
  try {
    return getStorage().getItem(HANDOFF_KEY) !== null;
  } catch {
    return false;
  }
}
