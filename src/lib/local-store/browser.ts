/**
 * The page side of a store's promise, the same for every feature: save what
 * is waiting when the page is hidden or left (pagehide: closing the tab,
 * navigating, a phone switching apps), and hand `storage` events from other
 * tabs to the controller, which merges them.
 */
export interface Synced {
  /** Saves now whatever is waiting for its autosave. */
  flush(): void;
  /** Another tab changed `key` (null: everything was cleared). */
  external(key: string | null, newValue: string | null): void;
}

/** Connects a controller to the page; returns a function that disconnects it. */
export function keepInSync(c: Synced): () => void {
  const flush = () => c.flush();
  const hidden = () => document.visibilityState === "hidden" && c.flush();
  const storage = (e: StorageEvent) => c.external(e.key, e.newValue);
  addEventListener("pagehide", flush);
  addEventListener("storage", storage);
  document.addEventListener("visibilitychange", hidden);
  return () => {
    removeEventListener("pagehide", flush);
    removeEventListener("storage", storage);
    document.removeEventListener("visibilitychange", hidden);
  };
}
