/** Moves focus to an element by id once the DOM shows it (after the next render). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Runs `fn` in a task of its own once the next frame is drawn, so the browser
 * lays out and paints what was rendered before it in between.
 */
export function afterFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn));
}

/**
 * Runs `load` once the element with this id comes near the screen (for parts
 * low on the page, loaded only then). Returns a function that stops watching.
 */
export function whenNear(id: string, load: () => void): () => void {
  const spot = document.getElementById(id);
  if (!spot) return () => undefined;
  const io = new IntersectionObserver(
    (seen) => {
      if (!seen.some((e) => e.isIntersecting)) return;
      io.disconnect();
      load();
    },
    { rootMargin: "300px" },
  );
  io.observe(spot);
  return () => io.disconnect();
}
