import { h, hydrate } from "preact";
import SelfCheck from "./SelfCheck";
import type { SelfCheckProps } from "./types";

export const ROOT_ID = "self-check";
export const PROPS_ID = "self-check-props";

/**
 * Props as JSON for a <script type="application/json"> element: "<" is
 * escaped so no value can close the element early.
 */
export function propsJson(props: SelfCheckProps): string {
  return JSON.stringify(props).replace(/</g, "\\u003c");
}

/**
 * Hydrates the server-rendered self-check with its props. This is the
 * island's whole loader: it keeps Astro's generic island runtime (about
 * 3 KB gzipped) off the page, so the page stays well inside its 12 KB budget.
 */
export function mountSelfCheck(): void {
  const root = document.getElementById(ROOT_ID);
  const data = document.getElementById(PROPS_ID)?.textContent;
  if (!root || !data) return;
  hydrate(h(SelfCheck, JSON.parse(data) as SelfCheckProps), root);
  // A marker for tests and styles: the form now works.
  root.setAttribute("data-hydrated", "");
}
