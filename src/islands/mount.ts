import { Component, type ComponentChildren, type ComponentType, h, hydrate, render } from "preact";

/**
 * The one way every island starts. A page renders a root element with an id
 * (server-rendered content inside it when the island hydrates) and, if the
 * island has props, `<script type="application/json" id="<id>-props">` holding
 * them (written with `islandPropsJson`). A page `<script>` imports the view and
 * calls `mountIsland(id, View)`. This keeps Astro's generic island runtime
 * (about 3 KB gzipped) off the pages.
 *
 * A start that fails says so, as GOV.UK Frontend's `createAll` does for its
 * components: each island starts on its own (one that fails leaves the others
 * on the page alone), and the error goes to the console. Where the island
 * would have been, the person reads a plain message, the links the page offers
 * to people without JavaScript, and the way to urgent help (the page's
 * StartFailed template): never an endless "Opening your worksheet…".
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

/** A view, or a function that imports one (so a failed download is caught too). */
export type IslandView<P> =
  | ComponentType<P>
  | { load: () => Promise<ComponentType<P> | { default: ComponentType<P> }> };

/**
 * Renders the component into the element with this id (replacing what the
 * element held) or, with `hydrate`, hydrates the server-rendered markup there,
 * with the props from its JSON element (none: `{}`); then marks the root
 * `data-hydrated` (for tests and styles: the island now works). Does nothing
 * if the element is missing. While the lock is set, it waits until this
 * visit's words are open (globalThis.bbOpen, src/lib/local-store/storage.ts).
 * Bad props, a view that throws while it first draws, or a view that cannot be
 * downloaded: the root shows a plain message instead (failureMessage) and is
 * marked `data-start-failed`. Returns when the island has started or failed.
 */
export function mountIsland<P>(
  id: string,
  view: IslandView<P>,
  opts: { hydrate?: boolean } = {},
): Promise<void> {
  return Promise.resolve(globalThis.bbOpen).then(() => {
    const root = document.getElementById(id);
    if (!root) return;
    const failed = (error: unknown) => {
      console.error(`The "${id}" part of this page could not start:`, error);
      root.removeAttribute("data-hydrated");
      root.setAttribute("data-start-failed", "");
    };
    const showFailure = (error: unknown) => {
      failed(error);
      const box = failureMessage();
      // Hydrated: the server-rendered content stays below the message (it may still be
      // readable). Otherwise the "Opening…" note gives way to it.
      if (opts.hydrate) root.prepend(box);
      else root.replaceChildren(box);
    };
    const start = (View: ComponentType<P>) => {
      try {
        const json = document.getElementById(propsId(id))?.textContent;
        const props = (json ? JSON.parse(json) : {}) as P & {};
        const tree = h(StartBoundary, { onError: failed }, h(View, props));
        if (opts.hydrate) hydrate(tree, root);
        else {
          // Whatever stood there (a "Loading…" note) gives way to the island.
          root.replaceChildren();
          render(tree, root);
        }
        // A view that threw while drawing has already said so (StartBoundary).
        if (!root.hasAttribute("data-start-failed")) root.setAttribute("data-hydrated", "");
      } catch (error) {
        showFailure(error);
      }
    };
    // A view at hand starts in this same task, as callers may expect (the header's search
    // focuses its box one microtask after mounting); one to import starts when it arrives.
    if (!("load" in view)) return start(view);
    return view
      .load()
      .then((loaded) => start("default" in loaded ? loaded.default : loaded), showFailure);
  });
}

/**
 * Catches a view that throws while it draws (its constructor, its render, a
 * part drawn a frame later) and shows the failure message in its place; an
 * island's own error boundaries, nearer the fault, come first.
 */
class StartBoundary extends Component<
  { onError: (error: unknown) => void; children?: ComponentChildren },
  { failed: boolean }
> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
    this.setState({ failed: true });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return h("div", { ref: (el: HTMLElement | null) => el?.replaceChildren(failureMessage()) });
  }
}

/**
 * The message an island that could not start leaves in its place: the page's
 * own (StartFailed.astro, with the links it offers without JavaScript and the
 * way to urgent help) or, on a page without one, a plain sentence (built with
 * the DOM, not the view library, which may be what failed).
 */
function failureMessage(): Node {
  const template = document.getElementById("start-failed");
  if (template instanceof HTMLTemplateElement) return template.content.cloneNode(true);
  const text = document.createElement("p");
  text.setAttribute("role", "alert");
  text.textContent = "This part of the page did not start. Reloading the page may help.";
  return text;
}
