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
