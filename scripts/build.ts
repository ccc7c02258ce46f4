/**
 * The production build, every step in order, into one folder:
 * astro build → the modules outside Astro's bundles (lock.js, site-markdown.js) →
 * Pagefind's index → the service worker's pre-cache list → compressed copies
 * (.br, .gz), last, so sw.js's copies hold the list.
 * Later steps that need the finished folder (such as the service worker's
 * pre-cache list) belong at the end of STEPS.
 *
 * Usage: node scripts/build.ts [folder]   (default dist/, or OUT_DIR)
 * BASE_PATH and SITE_URL are read by astro.config.mjs.
 */
import { execFileSync } from "node:child_process";
import { delimiter, dirname, resolve } from "node:path";

const out = resolve(process.argv[2] ?? process.env.OUT_DIR ?? "dist");
const bin = (name: string) => resolve("node_modules/.bin", name);

const STEPS: [string, string[]][] = [
  [bin("astro"), ["build", "--outDir", out]],
  [process.execPath, ["scripts/build-modules.ts", out]],
  [bin("pagefind"), ["--site", out]],
  [process.execPath, ["scripts/precache.ts", out]],
  [process.execPath, ["scripts/compress.ts", out]],
];

// The tools' own `#!/usr/bin/env node` must find this Node (24), not an older system one.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), resolve("node_modules/.bin"), process.env.PATH].join(delimiter),
};
for (const [command, args] of STEPS) {
  execFileSync(command, args, { stdio: "inherit", env });
}
