/**
 * Which built files the service worker pre-caches (scripts/precache.ts runs
 * this after Pagefind). The rule: up to BUDGET bytes, everything; above it,
 * the core (every page but the articles, the _astro assets, icons and the
 * manifest, and search: Pagefind's runtime, WebAssembly, index and
 * fragments), while article pages are cached as they are read.
 */

export interface BuiltFile {
  /** Path from the site's root, with "/" separators: "articles/x/index.html". */
  path: string;
  size: number;
  revision: string;
}

export interface PrecacheEntry {
  /** The address relative to the site's root (and the worker's scope): "articles/x/". */
  url: string;
  revision: string;
  size: number;
}

export interface PrecachePlan {
  entries: PrecacheEntry[];
  /** Bytes of every entry (as stored, before compression). */
  bytes: number;
  /** True when everything fits; false when article pages are left to be cached as read. */
  everything: boolean;
  /** Bytes of everything that could be pre-cached, for the report. */
  allBytes: number;
}

/** Up to this many bytes, every page is pre-cached. */
export const BUDGET = 5 * 1024 * 1024;

/** An article page ("articles/<slug>/index.html"), not the articles list. */
export const isArticlePage = (path: string) => /^articles\/[^/]+\/index\.html$/.test(path);

/** "articles/x/index.html" → "articles/x/"; "index.html" → ""; other files keep their path. */
export function toUrl(path: string): string {
  if (path === "index.html") return "";
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

export function planPrecache(files: readonly BuiltFile[], budget = BUDGET): PrecachePlan {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const allBytes = sorted.reduce((sum, f) => sum + f.size, 0);
  const everything = allBytes <= budget;
  const kept = everything ? sorted : sorted.filter((f) => !isArticlePage(f.path));
  return {
    entries: kept.map((f) => ({ url: toUrl(f.path), revision: f.revision, size: f.size })),
    bytes: kept.reduce((sum, f) => sum + f.size, 0),
    everything,
    allBytes,
  };
}
