import { type ComponentType, h, hydrate, render } from "preact";

/**
 * The one way every island starts. A page renders a root element with an id
 * (server-rendered content inside it when the island hydrates) and, if the
 * island has props, `<script type="application/json" id="<id>-props">` holding
 * them (written with `islandPropsJson`). A page `<script>` imports the view and
 * calls `mountIsland(id, View)`. This keeps Astro's generic island runtime
 * (about 3 KB gzipped) off the pages.
 */

/** The id of the JSON element that carries an island's props. */
export const propsId = (id: string): string => `${id}-props`;

/**
 * Props as JSON for a `<script type="application/json">` element: "<" is
 * escaped so no value can close the element early.
 */
export function islandPropsJson(props: unknown): string {
  return JSON.stringify(props).replace(/</g, "\\u003c");
}

/**
 * Renders the component into the element with this id (replacing what the
 * element held) or, with `hydrate`, hydrates the server-rendered markup there,
 * with the props from its JSON element (none: `{}`); then marks the root
 * `data-hydrated` (for tests and styles: the island now works). Does nothing
 * if the element is missing. While the lock is set, it waits until this
 * visit's words are open (globalThis.bbOpen, src/lib/local-store/storage.ts).
 */
export function mountIsland<P>(
  id: string,
  Component: ComponentType<P>,
  opts: { hydrate?: boolean } = {},
): void {
  Promise.resolve(globalThis.bbOpen).then(() => {
    const root = document.getElementById(id);
    if (!root) return;
    const json = document.getElementById(propsId(id))?.textContent;
    const props = (json ? JSON.parse(json) : {}) as P & {};
    const view = h(Component, props);
    if (opts.hydrate) hydrate(view, root);
    else {
      // Whatever stood there (a "Loading…" note) gives way to the island.
      root.replaceChildren();
      render(view, root);
    }
    root.setAttribute("data-hydrated", "");
  });
}
