/** The keys that open search, for the header's search (SiteSearch.astro). */

/** The id of the search dialog: SiteSearch.astro makes it, the search view mounts into it. */
export const SEARCH_DIALOG_ID = "search-dialog";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Is the key pressed while typing in a field, where "/" is just a character? */
export function isTyping(target: TargetLike | null | undefined): boolean {
  return (
    !!target &&
    (!!target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? ""))
  );
}

/**
 * Does this key press open search? Ctrl/Cmd+K anywhere, or "/" when not typing
 * in a field. Shift is allowed with "/" (some keyboard layouts need it);
 * Alt never (it types other characters), and Ctrl+Shift+K stays the browser's.
 */
export function opensSearch(e: KeyLike, target: TargetLike | null | undefined): boolean {
  if (e.altKey) return false;
  if (e.ctrlKey || e.metaKey) return !e.shiftKey && e.key.toLowerCase() === "k";
  return e.key === "/" && !isTyping(target);
}
