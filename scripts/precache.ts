/**
 * Writes the service worker's pre-cache list into <dist>/sw.js. Runs after
 * Pagefind (its index must exist) and before scripts/compress.ts (so sw.js's
 * .br and .gz copies hold the list). Each listed file's revision is the MD5 of
 * its content (what Workbox's getManifest() computed; this step used it until
 * loading Workbox's build tools came to cost more than the listing itself).
 *
 * Listed: every page, the _astro assets, icons and the manifest, and the
 * Pagefind files the search UI really loads: pagefind.js, pagefind-entry.json,
 * the .pf_meta, the WebAssembly for the site's language, the index, filters and
 * fragments. Left out: Pagefind's UI bundles, its highlight script and its
 * worker (the site searches with noWorker: src/lib/search/config.ts), the
 * social-card image, feeds, sitemaps, host files and compressed copies.
 * Above 5 MB, article pages are left out (src/lib/offline/precache-plan.ts),
 * and only the files kept are read and hashed.
 *
 * Usage: node scripts/precache.ts [dist]
 */
import { createHash } from "node:crypto";
import { globSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { type BuiltFile, planPrecache } from "../src/lib/offline/precache-plan.ts";

const root = resolve(process.argv[2] ?? "dist");

/** The Pagefind WebAssembly for the languages the index holds (not the "unknown" fallback). */
function pagefindLanguages(dir: string): string[] {
  const entry = JSON.parse(readFileSync(join(dir, "pagefind/pagefind-entry.json"), "utf8"));
  return Object.keys(entry.languages ?? {});
}

const IGNORED = /(\.br|\.gz)$|^404\.html$|^og-image\.png$/;

/** Files under dir matching any of the patterns, as sorted paths with "/" separators. */
function listFiles(dir: string, patterns: string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns)
    for (const name of globSync(pattern, { cwd: dir })) found.add(name.split(sep).join("/"));
  return [...found]
    .filter((name) => !IGNORED.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

const md5 = (file: string) => createHash("md5").update(readFileSync(file)).digest("hex");

export async function precacheList(dir: string) {
  const languages = pagefindLanguages(dir);
  const files: BuiltFile[] = listFiles(dir, [
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
  ]).map((path) => ({ path, size: statSync(join(dir, path)).size, revision: "" }));
  const plan = planPrecache(files);
  // Back from a URL to its file: "" and "x/" are folders' index.html (toUrl's inverse).
  const fileOf = (url: string) => (url === "" || url.endsWith("/") ? `${url}index.html` : url);
  return {
    ...plan,
    entries: plan.entries.map((entry) => ({
      ...entry,
      revision: md5(join(dir, fileOf(entry.url))),
    })),
  };
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
