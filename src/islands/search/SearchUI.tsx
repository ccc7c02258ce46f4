import { useEffect, useRef, useState } from "preact/hooks";
import {
  normaliseQuery,
  readSearchParams,
  type SearchState,
  searchHref,
  searchOptions,
  toggleTopic,
  topicNames,
} from "../../lib/search/query";
import {
  isListKey,
  moveIndex,
  resultsMessage,
  type ShapedResult,
  shapeResults,
} from "../../lib/search/results";
import type { PagefindResult } from "../../lib/search/types";
import type { TopicId } from "../../lib/topics";
import { LoadError } from "./LoadError";
import { NoResults } from "./NoResults";
import { loadPagefind } from "./pagefind";
import { ResultList } from "./ResultList";
import { SearchBox } from "./SearchBox";
import { SearchHints } from "./SearchHints";
import { TopicFilter } from "./TopicFilter";

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 180;
/** Results whose details are fetched at a time. */
const PAGE_SIZE = 8;

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

interface Outcome {
  query: string;
  topics: TopicId[];
  hits: PagefindResult[];
  unfiltered: number;
  shown: ShapedResult[];
}

/**
 * Site search on Pagefind's JavaScript API: a labelled box, topic filters,
 * results with highlighted excerpts and links to matching sections, the count
 * announced politely, and plain words when the index cannot load.
 */
export default function SearchUI(props: SearchUIProps) {
  const { inputId, headingLevel, syncUrl = false, onNavigate, layout = "page" } = props;
  const [query, setQuery] = useState("");
  const [topics, setTopics] = useState<TopicId[]>([]);
  /** The index (or a page of result details) could not be fetched. */
  const [failed, setFailed] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const state = useRef<SearchState>({ q: "", topics: [] });
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusAfterMore = useRef<number | null>(null);
  const currentOutcome = useRef<Outcome | null>(null);
  currentOutcome.current = outcome;

  async function run(next: SearchState): Promise<void> {
    clearTimeout(timer.current);
    const q = normaliseQuery(next.q);
    const ticket = ++latest.current;
    if (syncUrl) {
      const href = searchHref({ q, topics: next.topics });
      if (href !== location.pathname + location.search)
        history.replaceState(history.state, "", href);
    }
    if (!q) {
      setOutcome(null);
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.search(q, searchOptions(next.topics));
      if (ticket !== latest.current) return;
      const hits = response.results;
      const shown = await shapeResults(hits.slice(0, PAGE_SIZE));
      if (ticket !== latest.current) return;
      setFailed(false);
      setOutcome({
        query: q,
        topics: next.topics,
        hits,
        unfiltered: response.unfilteredResultCount,
        shown,
      });
    } catch {
      if (ticket !== latest.current) return;
      setFailed(true);
      setOutcome(null);
    }
  }

  function update(next: Partial<SearchState>, immediately: boolean): void {
    state.current = { ...state.current, ...next };
    if (next.q !== undefined) setQuery(next.q);
    if (next.topics) setTopics(next.topics);
    clearTimeout(timer.current);
    const q = normaliseQuery(state.current.q);
    if (immediately || !q) {
      void run(state.current);
      return;
    }
    // Start fetching the index chunks for these letters while the timer runs.
    loadPagefind()
      .then((pagefind) => pagefind.preload(q, searchOptions(state.current.topics)))
      .catch(() => undefined);
    timer.current = setTimeout(() => void run(state.current), DEBOUNCE_MS);
  }

  function retry(): void {
    setRetrying(true);
    loadPagefind().then(
      () => {
        setRetrying(false);
        setFailed(false);
        void run(state.current);
      },
      () => {
        setRetrying(false);
        setFailed(true);
      },
    );
  }

  async function showMore(): Promise<void> {
    const shownFor = outcome;
    if (!shownFor || loadingMore) return;
    setLoadingMore(true);
    const from = shownFor.shown.length;
    try {
      const more = await shapeResults(shownFor.hits.slice(from, from + PAGE_SIZE));
      // Only add them if the results on screen are still the ones they belong to.
      if (shownFor === currentOutcome.current) {
        focusAfterMore.current = from;
        setOutcome({ ...shownFor, shown: [...shownFor.shown, ...more] });
      }
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  /** Buttons that start a search disappear with the results; focus goes back to the box. */
  function searchFor(next: Partial<SearchState>): void {
    update(next, true);
    inputRef.current?.focus();
  }

  // Load the index as soon as search opens, and run a search from the address.
  useEffect(() => {
    loadPagefind().catch(() => setFailed(true));
    if (syncUrl) {
      const initial = readSearchParams(location.search);
      if (initial.q || initial.topics.length) update(initial, true);
    }
    return () => clearTimeout(timer.current);
  }, []);

  // After "Show more", move focus to the first new result so keyboard users carry on.
  useEffect(() => {
    if (focusAfterMore.current === null) return;
    const from = focusAfterMore.current;
    focusAfterMore.current = null;
    const firstNew = rootRef.current?.querySelectorAll<HTMLElement>("ol > li")[from];
    firstNew?.querySelector<HTMLElement>("a[data-result-link]")?.focus();
  }, [outcome]);

  function onKeyDown(event: KeyboardEvent): void {
    const { key } = event;
    if (!isListKey(key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const root = rootRef.current;
    const input = inputRef.current;
    if (!root || !input) return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-result-link]")];
    const current = links.indexOf(event.target as HTMLAnchorElement);
    const inBox = event.target === input;
    // In the box only "down" leaves it; elsewhere (filters, buttons) keys keep their usual job.
    if ((inBox && key !== "ArrowDown") || (!inBox && current < 0) || links.length === 0) return;
    event.preventDefault();
    const next = moveIndex(current, key, links.length);
    (next < 0 ? input : links[next])?.focus();
  }

  /** A plain click follows the link in this tab (the dialog closes); others open a new tab. */
  function onFollow(event: MouseEvent): void {
    if (!(event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
      onNavigate?.();
    }
  }

  const hasQuery = normaliseQuery(query) !== "";
  // Emptying the box clears the outcome at once, so an outcome is always for what is typed.
  const status = outcome
    ? resultsMessage(outcome.hits.length, outcome.query, topicNames(outcome.topics))
    : "";
  const dialog = layout === "dialog";

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys are a shortcut; every control works with Tab too
    <div ref={rootRef} onKeyDown={onKeyDown} class={dialog ? undefined : "max-w-prose"}>
      <SearchBox
        id={inputId}
        value={query}
        inputRef={inputRef}
        onInput={(q) => update({ q }, false)}
        onSubmit={() => update({}, true)}
      />
      <TopicFilter
        idPrefix={`${inputId}-topic`}
        selected={topics}
        onToggle={(id, on) => update({ topics: toggleTopic(state.current.topics, id, on) }, true)}
      />
      <div class={dialog ? "mt-4 border-t border-line pt-4" : "mt-6"}>
        <p role="status" class={status ? "font-semibold" : "sr-only"}>
          {status}
        </p>
        {failed ? (
          <LoadError retrying={retrying} onRetry={retry} />
        ) : !hasQuery ? (
          <SearchHints onTry={(q) => searchFor({ q })} />
        ) : outcome && outcome.shown.length > 0 ? (
          <ResultList
            results={outcome.shown}
            total={outcome.hits.length}
            headingLevel={headingLevel}
            loadingMore={loadingMore}
            onMore={() => void showMore()}
            onFollow={onFollow}
          />
        ) : outcome ? (
          <NoResults
            elsewhere={outcome.topics.length ? outcome.unfiltered : 0}
            onSearchAllTopics={() => searchFor({ topics: [] })}
            onTry={(q) => searchFor({ q })}
          />
        ) : null}
      </div>
    </div>
  );
}
