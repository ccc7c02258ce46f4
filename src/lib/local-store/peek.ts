/**
 * A page's first look, before it loads a store's code (an article's tick
 * boxes): whether anything may be kept under `prefix`. Yes when a key starts
 * with it, and while the lock is set (its words are sealed, so nobody can
 * tell). Never throws. Alone in its file, with nothing imported, so it adds
 * only itself to an article page's JavaScript.
 */
export function mayHaveStored(prefix: string): boolean {
  try {
    const s = localStorage;
    for (let i = 0; i < s.length; i++) {
      // "bounce-back:locked" is lock.ts's LOCKED_KEY, not imported (that would bring the lock along).
      const k = s.key(i) ?? "";
      if (k.startsWith(prefix) || k === "bounce-back:locked") return true;
    }
    return false;
  } catch {
    return false;
  }
}
