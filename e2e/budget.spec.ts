import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { measurePage } from "./support/page-weight";

/**
 * Byte budgets over the built site (no browser needed). Numbers are gzipped.
 * JS is what a page runs on load (with every chunk that pulls in); the table
 * also shows everything it can load later (the search UI, lazy chunks).
 * - an article page: JS ≤ 2 KB, HTML + CSS ≤ 14 KB
 * - a self-check page: JS ≤ 12 KB
 * - the worksheet: JS ≤ 20 KB
 * - the planning tools (/plan/, /log/): JS ≤ 16 KB on load, ≤ 32 KB with everything they can load
 */
const dist = process.env.DIST_DIR ?? "dist";
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
test.afterAll(() => {
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

test("every article page ships at most 2 KB of JavaScript and 14 KB of HTML and CSS", () => {
  expectWithin(pagesUnder("articles"), { js: 2 * KB, htmlCss: 14 * KB });
});

test("every self-check page ships at most 12 KB of JavaScript", () => {
  expectWithin(pagesUnder("self-check"), { js: 12 * KB });
});

test("the worksheet ships at most 20 KB of JavaScript", () => {
  expectWithin(["/worksheet/"], { js: 20 * KB });
});

test("the planning tools (/plan/, /log/) ship at most 16 KB of JavaScript on load, 32 KB in all", () => {
  for (const path of ["/plan/", "/log/"]) {
    expectWithin([path], { js: 16 * KB });
    expect(weigh(path).allJs, `all JS /plan/ and /log/ can load (${path})`).toBeLessThanOrEqual(
      32 * KB,
    );
  }
});

test("the exercise pages ship at most 16 KB of JavaScript on load, 32 KB in all; the hub only the header's 2 KB", () => {
  for (const name of ["expressive-writing", "kind-letter", "thought-record"]) {
    const path = `/exercises/${name}/`;
    expectWithin([path], { js: 16 * KB });
    expect(weigh(path).allJs, `all JS ${path} can load`).toBeLessThanOrEqual(32 * KB);
  }
  expectWithin(["/exercises/"], { js: 2 * KB });
});

test("the other pages stay small too", () => {
  expectWithin(["/", "/articles/", "/about/", "/search/"], { htmlCss: 20 * KB });
});

test("the service worker's registration is counted in an article page's JavaScript", () => {
  const [path] = pagesUnder("articles");
  const html = readFileSync(join(dist, path ?? "", "index.html"), "utf8");
  const inline = [...html.matchAll(/<script type="module">([^<]*)<\/script>/g)].map((m) => m[1]);
  expect(inline.some((js) => js?.includes("serviceWorker"))).toBe(true);
});
