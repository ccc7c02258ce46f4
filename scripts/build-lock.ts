/**
 * Builds the lock's page script (src/scripts/lock-page.ts) on its own into
 * `<folder>/lock.js`, an ES module the pre-paint script imports only while the
 * lock is set (so no page carries it otherwise, and it is not part of any
 * page's bundle). It runs after astro build; the service worker pre-caches it.
 *
 * Usage: node scripts/build-lock.ts [folder]   (default dist/)
 */
import { join, resolve } from "node:path";
import { build } from "esbuild";

const out = resolve(process.argv[2] ?? "dist");

await build({
  entryPoints: ["src/scripts/lock-page.ts"],
  outfile: join(out, "lock.js"),
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
