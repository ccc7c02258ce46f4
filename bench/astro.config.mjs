// @ts-check
/**
 * The site's own Astro config, with two changes for the scale benchmark:
 * a cache folder per run (so a benchmark build never touches the content cache
 * of the real site's build) and, when asked, a different page concurrency.
 */
import config from "../astro.config.mjs";

const concurrency = Number(process.env.BB_BUILD_CONCURRENCY ?? "");

export default {
  ...config,
  cacheDir: process.env.BB_CACHE_DIR ?? config.cacheDir,
  build: {
    ...config.build,
    ...(concurrency > 0 ? { concurrency } : {}),
  },
};
