/**
 * Writes the service worker's pre-cache list into <dist>/sw.js. Runs after
 * Pagefind (its index must exist) and before scripts/compress.ts (so sw.js's
 * .br and .gz copies hold the list). Workbox's getManifest() finds the files
 * and their revisions; nothing of Workbox ships to the browser.
 *
 * Listed: every page, the _astro assets, icons and the manifest, and the
 * Pagefind files the search UI really loads: pagefind.js, pagefind-entry.json,
 * the .pf_meta, the WebAssembly for the site's language, the index, filters and
 * fragments. Left out: Pagefind's UI bundles, its highlight script and its
 * worker (the site searches with noWorker: src/lib/search/config.ts), the
 * social-card image, feeds, sitemaps, host files and compressed copies.
 * Above 5 MB, article pages are left out (src/lib/offline/precache-plan.ts).
 *
 * Usage: node scripts/precache.ts [dist]
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { getManifest } from "workbox-build";
import { type BuiltFile, planPrecache } from "../src/lib/offline/precache-plan.ts";

const root = resolve(process.argv[2] ?? "dist");

/** The Pagefind WebAssembly for the languages the index holds (not the "unknown" fallback). */
function pagefindLanguages(dir: string): string[] {
  const entry = JSON.parse(readFileSync(join(dir, "pagefind/pagefind-entry.json"), "utf8"));
  return Object.keys(entry.languages ?? {});
}

export async function precacheList(dir: string) {
  const languages = pagefindLanguages(dir);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: [
      "**/*.html",
      "_astro/**/*",
      "*.{svg,png,ico,webmanifest}",
      "update-notice.js",
      "lock.js",
      "site-markdown.js",
      "pagefind/pagefind.js",
      "pagefind/pagefind-entry.json",
      "pagefind/*.pf_meta",
      ...languages.map((l) => `pagefind/wasm.${l}.pagefind`),
      "pagefind/{index,filter,fragment}/**/*",
    ],
    globIgnores: ["**/*.br", "**/*.gz", "404.html", "og-image.png"],
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  });
  for (const w of warnings) console.warn(`precache: ${w}`);
  const files: BuiltFile[] = (manifestEntries ?? []).map((e) => {
    const path = typeof e === "string" ? e : e.url;
    return {
      path,
      size: statSync(join(dir, path)).size,
      revision: typeof e === "string" ? "" : (e.revision ?? ""),
    };
  });
  return planPrecache(files);
}

if (import.meta.main) {
  const plan = await precacheList(root);
  const version = createVersion(plan.entries.map((e) => `${e.url} ${e.revision}`).join("\n"));
  const build = {
    version,
    everything: plan.everything,
    // What the worker checks against navigator.storage.estimate() before downloading.
    bytes: plan.bytes,
    entries: plan.entries.map(({ url, revision }) => ({ url, revision })),
  };
  const swPath = join(root, "sw.js");
  const sw = readFileSync(swPath, "utf8");
  const marked = /\/\* precache \*\/.*?\/\* end precache \*\//s;
  if (!marked.test(sw))
    throw new Error(`${swPath} has no /* precache */ … /* end precache */ mark`);
  writeFileSync(
    swPath,
    sw.replace(marked, () => `/* precache */ ${JSON.stringify(build)} /* end precache */`),
  );
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `Pre-cache: ${plan.entries.length} files, ${mb(plan.bytes)}${plan.everything ? " (everything)" : ` (core, search and assets; the whole site is ${mb(plan.allBytes)}, so article pages are cached as they are read)`}, version ${version}`,
  );
}

function createVersion(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
