/**
 * The parts of Pagefind's browser API (pagefind.js, generated after the build)
 * that the search UI uses. Pagefind ships no browser types, so they live here.
 */

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: entities encoded, matched words wrapped in <mark>. */
  excerpt: string;
  anchor?: PagefindAnchor;
  locations?: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  /** HTML: entities encoded, matched words wrapped in <mark>. */
  excerpt: string;
  /** Raw, unescaped text: never insert as HTML. */
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
  word_count?: number;
}

export interface PagefindResult {
  id: string;
  score?: number;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

/** A filter value: one value, all of a list, or any of a list. */
export type PagefindFilterValue = string | string[] | { any: string[] } | { all: string[] };

export interface PagefindSearchOptions {
  filters?: Record<string, PagefindFilterValue>;
}

export interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  excerptLength?: number;
  /** Added to the ends of an excerpt that was cut short. */
  excerptEllipsis?: string;
  noWorker?: boolean;
  /** Added to pagefind-entry.json's address instead of the time, so it can be cached. */
  metaCacheTag?: string;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  debouncedSearch(
    term: string | null,
    options?: PagefindSearchOptions,
    timeoutMs?: number,
  ): Promise<PagefindSearchResponse | null>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}
