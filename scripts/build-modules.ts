/**
 * Builds the two ES modules that live outside Astro's bundles, each on its
 * own into the site's root (after astro build; the service worker pre-caches
 * both). Outside, so that adding them does not regroup the chunks every page
 * shares (their budgets are tight), and so each is fetched only when needed:
 *
 * - lock.js (src/scripts/lock-page.ts): imported by the pre-paint script only
 *   while the lock is set;
 * - site-markdown.js (src/lib/site-markdown.ts): imported by /about/ only when
 *   someone asks for the document of everything.
 *
 * Why not Astro's own build: lock.js must keep a fixed name, because the
 * pre-paint script (src/scripts/theme-init.js) is inline, outside Vite, and
 * imports it by URL; Vite could emit it under that name only through a plugin
 * in astro.config.mjs (emitFile with a fileName), which would also let Rollup
 * share its modules with the page chunks. This pass costs 0.1–0.2 s, the same
 * at 20 and at 1,000 articles (npm run bench: 0.18 s of a 36 s build).
 * site-markdown.js needs no fixed name: /about/ could import
 * src/lib/site-markdown.ts lazily like any other chunk, and this step would
 * then build lock.js alone.
 *
 * Usage: node scripts/build-modules.ts [folder]   (default dist/)
 */
import { resolve } from "node:path";
import { build } from "esbuild";

const out = resolve(process.argv[2] ?? "dist");

await build({
  entryPoints: {
    lock: "src/scripts/lock-page.ts",
    "site-markdown": "src/lib/site-markdown.ts",
  },
  outdir: out,
  bundle: true,
  splitting: false,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
