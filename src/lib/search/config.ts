import { BASE } from "../paths/base.ts";
import type { PagefindOptions } from "./types";

/**
 * The options the search UI gives Pagefind. The benchmark (bench/run.ts) uses
 * the same, so its timings are the UI's.
 */
export const PAGEFIND_OPTIONS: PagefindOptions = {
  /** Result URLs start with the site's base path (BASE_PATH), like every other link. */
  baseUrl: BASE,
  /** Words in each excerpt: enough context on a phone screen. */
  excerptLength: 26,
  excerptEllipsis: "…",
  /**
   * Search on the page's own thread. A query here takes a few milliseconds of
   * work, and it saves downloading pagefind-worker.js (about 12 KB gzipped)
   * and one round trip before the first search, which matters on a slow phone.
   * bench/run.ts measures both ways.
   */
  noWorker: true,
  /**
   * One value per build (astro.config.mjs), so the entry file's address only
   * changes with the site and the service worker can serve it offline.
   */
  ...(import.meta.env?.BUILD_ID ? { metaCacheTag: String(import.meta.env.BUILD_ID) } : {}),
};
