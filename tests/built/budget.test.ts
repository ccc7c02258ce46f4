import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { isSiteWideFile, SITE_WIDE_SCRIPTS } from "../../scripts/page-chunks";
import { measurePage } from "../support/page-weight";
import { dist } from "./built-site";

/**
 * Byte budgets over the built site (moved here from Playwright: measured from
 * the files, no browser needed). Numbers are gzipped. JS is what a page runs
 * on load (with every chunk that pulls in); the table also shows everything it
 * can load later (the search UI, lazy chunks). The real measure of speed is
 * Lighthouse mobile (100) and total blocking time (≤ 50 ms) on every page
 * type; these budgets keep headroom under it (issue 20):
 * - an article page: JS ≤ 3 KB, HTML + CSS ≤ 22 KB (14 KB until the December 2026 rewrite:
 *   deeper articles with 15–23 sources, each cited in place, reached 18.4 KB on the rights article)
 * - a self-check page: JS ≤ 16 KB
 * - the worksheet and every tool (/plan/, /log/, /month/, the exercises, and /about/'s
 *   backup, lock and delete): JS ≤ 24 KB on load. The tools share most of their code, so
 *   how it is split into files matters as much as its size: scripts/page-chunks.ts groups
 *   it by the pages that run it (before that, /log/ measured 26,282 B in 28 files)
 */
const KB = 1024;

function pagesUnder(folder: string): string[] {
  const dir = join(dist, folder);
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .map((name) => `/${folder}/${name}/`);
}

function weigh(path: string) {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  return measurePage(html, (asset) => readFileSync(join(dist, asset), "utf8"), path);
}

const rows: string[] = [];
afterAll(() => {
  if (rows.length)
    console.log(
      `\npage weights, gzipped bytes (html / css / js on load / all js it can load):\n${rows.join("\n")}`,
    );
});

interface Limits {
  js?: number;
  htmlCss?: number;
}

/** Weighs each page, records its row for the table, and checks it against the limits. */
function expectWithin(paths: string[], limits: Limits): void {
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const w = weigh(path);
    rows.push(`${w.html} / ${w.css} / ${w.js} / ${w.allJs}  ${path}`);
    if (limits.js !== undefined)
      expect(w.js, `JS on ${path} (${w.jsFiles.join(", ")})`).toBeLessThanOrEqual(limits.js);
    if (limits.htmlCss !== undefined)
      expect(w.html + w.css, `HTML + CSS on ${path}`).toBeLessThanOrEqual(limits.htmlCss);
  }
}

/** Article pages, not the small "moved" pages left at merged articles' old URLs. */
const articlePages = () =>
  pagesUnder("articles").filter(
    (p) => !readFileSync(join(dist, p, "index.html"), "utf8").includes('http-equiv="refresh"'),
  );

test("every article page ships at most 3 KB of JavaScript and 22 KB of HTML and CSS", () => {
  expectWithin(articlePages(), { js: 3 * KB, htmlCss: 22 * KB });
});

test("every self-check page ships at most 16 KB of JavaScript", () => {
  expectWithin(pagesUnder("self-check"), { js: 16 * KB });
});

test("the worksheet and every tool ship at most 24 KB of JavaScript on load", () => {
  const tools = [
    "/worksheet/",
    "/plan/",
    "/log/",
    "/month/",
    "/about/",
    ...pagesUnder("exercises"),
  ];
  expectWithin(tools, { js: 24 * KB });
});

test("the tools hub and the other pages stay small too", () => {
  expectWithin(["/exercises/"], { js: 3 * KB });
  expectWithin(["/", "/articles/", "/about/", "/search/"], { htmlCss: 20 * KB });
});

test("the service worker's registration is counted in an article page's JavaScript", () => {
  const [path] = articlePages();
  const html = readFileSync(join(dist, path ?? "", "index.html"), "utf8");
  const read = (p: string) => readFileSync(join(dist, p), "utf8");
  const counted = measurePage(html, read, path).jsFiles.map(read);
  expect(counted.some((js) => js.includes("serviceWorker"))).toBe(true);
});

test("what every page runs is the one site chunk, and each script every page runs is named site-wide", () => {
  // A script added to every page (in the layout or the header) belongs in
  // scripts/page-chunks.ts's SITE_WIDE_SCRIPTS, so that what it runs joins the site chunk.
  const paths = [
    "/",
    "/help/",
    "/search/",
    "/about/",
    "/log/",
    "/worksheet/",
    "/self-check/",
    ...articlePages(),
  ];
  const [first = [], ...rest] = paths.map((path) => weigh(path).jsFiles);
  const everywhere = first.filter((f) => rest.every((files) => files.includes(f)));
  expect(everywhere.filter((f) => isSiteWideFile(f))).toHaveLength(SITE_WIDE_SCRIPTS.length);
  const chunks = everywhere.filter((f) => !isSiteWideFile(f));
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toMatch(/^\/_astro\/site\.[\w-]+\.js$/);
});
