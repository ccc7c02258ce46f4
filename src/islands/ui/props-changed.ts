/**
 * A card's shouldComponentUpdate: true when any prop is not the same value or
 * object as before. With the record passed as is (a session keeps unchanged
 * records as the same objects) and callbacks that stay the same, a keystroke
 * in one of a thousand cards redraws only that card.
 */
export function propsChanged<P extends object>(before: P, next: P): boolean {
  for (const k in next) if (next[k] !== before[k]) return true;
  return false;
}
