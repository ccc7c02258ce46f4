import { useEffect, useRef, useState } from "preact/hooks";
import { SearchController, type SearchSnapshot } from "../../lib/search/controller";
import { loadPagefind } from "../../lib/search/load";
import { readSearchParams } from "../../lib/search/query";
import { isListKey, moveIndex } from "../../lib/search/results";
import { SearchBox } from "./SearchBox";
import { SearchResults } from "./SearchResults";
import { TopicFilter } from "./TopicFilter";

export interface SearchUIProps {
  /** The id of the search box; other ids are derived from it. */
  inputId: string;
  /** h2 on the search page (under its h1), h3 in the dialog (under its h2). */
  headingLevel: 2 | 3;
  /** On the search page: read ?q= on load and keep the address in step. */
  syncUrl?: boolean;
  /** In the dialog: called when a result is followed, to close the dialog. */
  onNavigate?: () => void;
  /** In the dialog the results sit under a rule; on the page they follow the filters. */
  layout?: "page" | "dialog";
}

/** Keeps the address bar in step without adding history entries. */
function replaceAddress(href: string): void {
  if (href !== location.pathname + location.search) history.replaceState(history.state, "", href);
}

/** The controller's state, re-rendering on every change. */
function useSearch(syncUrl: boolean): [SearchController, SearchSnapshot] {
  const [controller] = useState(
    () =>
      new SearchController({ load: loadPagefind, onAddress: syncUrl ? replaceAddress : undefined }),
  );
  const [state, setState] = useState(controller.state);
  useEffect(() => {
    const stop = controller.subscribe(() => setState(controller.state));
    // The page loads the index when someone reaches for the box or a topic (warm, below);
    // the dialog was opened to search, so it loads at once.
    controller.start(syncUrl ? readSearchParams(location.search) : undefined, { later: syncUrl });
    return stop;
  }, [controller, syncUrl]);
  return [controller, state];
}

/** Up and down move between the box and the result links; Home and End to the ends. */
function arrowKeys(
  event: KeyboardEvent,
  root: HTMLElement | null,
  input: HTMLInputElement | null,
): void {
  const { key } = event;
  if (!isListKey(key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const links = [...(root?.querySelectorAll("a[data-result-link]") ?? [])];
  const current = links.indexOf(event.target as HTMLAnchorElement);
  const inBox = event.target === input;
  // In the box only "down" leaves it; elsewhere (filters, buttons) keys keep their usual job.
  if ((inBox && key !== "ArrowDown") || (!inBox && current < 0) || links.length === 0) return;
  event.preventDefault();
  const next = moveIndex(current, key, links.length);
  ((next < 0 ? input : links[next]) as HTMLElement | null | undefined)?.focus();
}

/**
 * Site search on Pagefind: a labelled box, topic filters, results with
 * highlighted excerpts and links to matching sections, the count announced
 * politely, and plain words when the index cannot load. The logic is the
 * SearchController's; this view draws its state and moves focus.
 */
export default function SearchUI(props: SearchUIProps) {
  const { inputId, headingLevel, syncUrl = false, onNavigate, layout = "page" } = props;
  const [search, state] = useSearch(syncUrl);
  const { outcome } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Set by "Show more": the results it extends and where the new ones start. */
  const moreFor = useRef<{ hits: unknown; from: number } | null>(null);

  // Once "Show more" has added results, move focus to the first new one so keyboard users
  // carry on. Any other change of results (a new search) just forgets it.
  useEffect(() => {
    const more = moreFor.current;
    if (!more || !outcome || outcome.hits !== more.hits) moreFor.current = null;
    else if (outcome.shown.length > more.from) {
      moreFor.current = null;
      const firstNew = rootRef.current?.querySelectorAll<HTMLElement>("ol > li")[more.from];
      firstNew?.querySelector<HTMLElement>("a[data-result-link]")?.focus();
    }
  }, [outcome]);

  /** Buttons that start a search disappear with the results; focus goes back to the box. */
  function searchFor(next: Parameters<SearchController["searchFor"]>[0]): void {
    search.searchFor(next);
    inputRef.current?.focus();
  }

  /** A plain click follows the link in this tab (the dialog closes); others open a new tab. */
  function onFollow(event: MouseEvent): void {
    if (!(event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
      onNavigate?.();
    }
  }

  const dialog = layout === "dialog";

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys are a shortcut; every control works with Tab too
    <div
      ref={rootRef}
      onKeyDown={(e) => arrowKeys(e, rootRef.current, inputRef.current)}
      onFocusIn={() => search.warm()}
      onPointerDown={() => search.warm()}
      class={dialog ? undefined : "max-w-prose"}
    >
      <SearchBox
        id={inputId}
        value={state.query}
        inputRef={inputRef}
        onInput={(q) => search.type(q)}
        onSubmit={() => search.submit()}
      />
      <TopicFilter
        idPrefix={`${inputId}-topic`}
        selected={state.topics}
        onToggle={(id, on) => search.setTopic(id, on)}
      />
      <SearchResults
        state={state}
        headingLevel={headingLevel}
        dialog={dialog}
        onRetry={() => void search.retry()}
        onSearch={searchFor}
        onMore={(from) => {
          moreFor.current = { hits: outcome?.hits, from };
          void search.showMore();
        }}
        onFollow={onFollow}
      />
    </div>
  );
}
