/** Moves focus to an element by id once the DOM shows it (after the next render). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
