import type { TopicId } from "../topics";
import { getTopic } from "../topics";
import { normaliseQuery, type SearchState, searchHref, searchOptions, toggleTopic } from "./query";
import { resultsMessage, type ShapedResult, shapeResults } from "./results";
import type { PagefindApi, PagefindResult } from "./types";

/** Wait this long after the last keystroke before searching (Pagefind preloads meanwhile). */
export const DEBOUNCE_MS = 180;
/** Results whose details are fetched at a time. */
export const PAGE_SIZE = 8;

/** The results of one finished search. */
export interface Outcome {
  query: string;
  topics: TopicId[];
  hits: PagefindResult[];
  /** Matches for the same words in every topic. */
  unfiltered: number;
  /** The results on screen so far, shaped from the first hits. */
  shown: ShapedResult[];
}

export interface SearchSnapshot {
  /** What is in the search box. */
  query: string;
  topics: TopicId[];
  /** The last finished search for what is typed; null while the box is empty. */
  outcome: Outcome | null;
  /** The index (or a page of result details) could not be fetched. */
  failed: boolean;
  retrying: boolean;
  loadingMore: boolean;
}

export interface SearchControllerOptions {
  /** Loads Pagefind (shared, retried after a failure). */
  load: () => Promise<PagefindApi>;
  /** Told the shareable address of each search (the search page keeps its URL in step). */
  onAddress?: ((href: string) => void) | undefined;
  debounceMs?: number;
  pageSize?: number;
}

/** What the polite live region says: the count once results are in, else nothing. */
export function statusMessage(state: SearchSnapshot): string {
  const o = state.outcome;
  return o
    ? resultsMessage(
        o.hits.length,
        o.query,
        o.topics.map((id) => getTopic(id).name),
      )
    : "";
}

/**
 * Site search as plain state and actions, for any view. Typing searches after
 * a pause through Pagefind's own `debouncedSearch` (which preloads the index
 * chunks while it waits and drops a search that a newer one replaced);
 * Enter, a topic or a suggested word search at once. Topics are ids throughout.
 */
export class SearchController {
  #state: SearchSnapshot = {
    query: "",
    topics: [],
    outcome: null,
    failed: false,
    retrying: false,
    loadingMore: false,
  };
  readonly #listeners = new Set<() => void>();
  readonly #options: Required<Omit<SearchControllerOptions, "onAddress">> &
    Pick<SearchControllerOptions, "onAddress">;
  /**
   * Counts searches. Pagefind drops a debounced search that a newer one
   * replaced, but fetching the details of the results comes after it, and an
   * emptied box starts no Pagefind search at all: this covers both.
   */
  #latest = 0;

  constructor(options: SearchControllerOptions) {
    this.#options = { debounceMs: DEBOUNCE_MS, pageSize: PAGE_SIZE, ...options };
  }

  get state(): SearchSnapshot {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<SearchSnapshot>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

  /**
   * Runs the search given, if any, and starts loading the index so the first
   * search is quick. With `later` and nothing to search for yet, the index
   * waits for warm(), which the view calls at the first sign of use: loading
   * it unpacks Pagefind's WebAssembly on the page's thread, a long task that
   * a visitor who only reads the page should not pay for.
   */
  start(initial?: SearchState, { later = false }: { later?: boolean } = {}): void {
    const search = initial && (initial.q || initial.topics.length);
    if (!later || search) this.warm();
    if (search) this.#update(initial, true);
  }

  #warmed = false;

  /** Starts loading the index, once: the first search then finds it ready or on its way. */
  warm(): void {
    if (this.#warmed) return;
    this.#warmed = true;
    this.#options.load().catch(() => this.#set({ failed: true }));
  }

  /** Someone typed: search after a pause. */
  type(query: string): void {
    this.#update({ q: query }, false);
  }

  /** Enter: search now. */
  submit(): void {
    this.#update({}, true);
  }

  /** A topic ticked or unticked: search now. */
  setTopic(id: TopicId, on: boolean): void {
    this.#update({ topics: toggleTopic(this.#state.topics, id, on) }, true);
  }

  /** A suggested word or "Search all topics": search now. */
  searchFor(next: Partial<SearchState>): void {
    this.#update(next, true);
  }

  /** After a failed load: load again, then search for what is typed. */
  async retry(): Promise<void> {
    this.#set({ retrying: true });
    try {
      await this.#options.load();
      this.#set({ retrying: false, failed: false });
      this.#update({}, true);
    } catch {
      this.#set({ retrying: false, failed: true });
    }
  }

  /**
   * Shows the next page of results. Resolves to the index of the first new
   * result (for the view to move focus there), or null if nothing was added.
   */
  async showMore(): Promise<number | null> {
    const shownFor = this.#state.outcome;
    if (!shownFor || this.#state.loadingMore) return null;
    const from = shownFor.shown.length;
    this.#set({ loadingMore: true });
    try {
      const more = await shapeResults(shownFor.hits.slice(from, from + this.#options.pageSize));
      // Only add them if the results on screen are still the ones they belong to.
      if (shownFor !== this.#state.outcome) return null;
      this.#set({ outcome: { ...shownFor, shown: [...shownFor.shown, ...more] } });
      return from;
    } catch {
      this.#set({ failed: true });
      return null;
    } finally {
      this.#set({ loadingMore: false });
    }
  }

  #update(next: Partial<SearchState>, immediately: boolean): void {
    const query = next.q ?? this.#state.query;
    const topics = next.topics ?? this.#state.topics;
    const q = normaliseQuery(query);
    const search = ++this.#latest;
    // Emptying the box clears the results at once, so results are always for what is typed.
    this.#set({ query, topics, ...(q ? {} : { outcome: null }) });
    if (!q) {
      this.#options.onAddress?.(searchHref({ q, topics }));
      return;
    }
    void this.#run(search, q, topics, immediately ? 0 : this.#options.debounceMs);
  }

  async #run(search: number, q: string, topics: TopicId[], wait: number): Promise<void> {
    try {
      const pagefind = await this.#options.load();
      const response = await pagefind.debouncedSearch(q, searchOptions(topics), wait);
      if (!response || search !== this.#latest) return;
      this.#options.onAddress?.(searchHref({ q, topics }));
      const hits = response.results;
      const shown = await shapeResults(hits.slice(0, this.#options.pageSize));
      if (search !== this.#latest) return;
      this.#set({
        failed: false,
        outcome: { query: q, topics, hits, unfiltered: response.unfilteredResultCount, shown },
      });
    } catch {
      if (search === this.#latest) this.#set({ failed: true, outcome: null });
    }
  }
}
