import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { redirectRules } from "../../src/lib/redirects";
import {
  attrValues,
  byPath,
  dist,
  isMovedPage,
  pages,
  resolveOnDisk,
  sitemapPaths,
} from "./built-site";

/**
 * A link check over the built site, straight from its files (moved here from
 * Playwright: it never needed a browser). Every root-relative href must
 * resolve to a file that a static host would serve, and every #fragment must
 * name an id on its page.
 */

const split = (href: string) => {
  const m = href.match(/^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/);
  return { pathname: m?.[1] ?? "", fragment: m?.[2] };
};

test("the built site is there to check", () => {
  expect(pages.length, `no HTML files in ${dist}; build the site first`).toBeGreaterThan(5);
  expect(byPath.has("/")).toBe(true);
  expect([...byPath.keys()].some((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p))).toBe(true);
});

test("every root-relative link resolves to a file in the built site", () => {
  const broken = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const { pathname } = split(href);
      checked++;
      if (resolveOnDisk(pathname)) continue;
      const hint =
        !pathname.endsWith("/") && resolveOnDisk(`${pathname}/`) ? " (add a trailing slash)" : "";
      broken.add(`${page.path} -> ${href}${hint}`);
    }
  }
  expect(checked).toBeGreaterThan(pages.length);
  expect([...broken], "links to pages or files that are not in the build").toEqual([]);
});

test("every #fragment link points to an id that exists on the target page", () => {
  const broken = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    for (const href of page.hrefs) {
      const { pathname, fragment } = split(href);
      if (!fragment) continue;
      let target: (typeof pages)[number] | undefined;
      if (href.startsWith("#")) target = page;
      else if (pathname.startsWith("/") && !pathname.startsWith("//"))
        target = byPath.get(pathname);
      else continue;
      if (!target) continue; // a missing page is reported by the test above
      checked++;
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // keep it as written
      }
      if (!target.ids.has(id)) broken.add(`${page.path} -> ${href}`);
    }
  }
  // Article pages have a table of contents, so there is always something to check.
  expect(checked).toBeGreaterThan(0);
  expect([...broken], "fragment links to ids that do not exist").toEqual([]);
});

test("every article page's in-page links point to ids on that page", () => {
  const articles = pages.filter(
    (p) => /^\/articles\/[a-z0-9-]+\/$/.test(p.path) && !isMovedPage(p),
  );
  expect(articles.length).toBeGreaterThan(0);
  for (const page of articles) {
    const inPage = page.hrefs.filter((h) => h.startsWith("#") && h.length > 1);
    expect(inPage.length, `${page.path} has a table of contents`).toBeGreaterThan(0);
    const missing = inPage.filter((h) => !page.ids.has(decodeURIComponent(h.slice(1))));
    expect(missing, `missing ids on ${page.path}`).toEqual([]);
  }
});

test("the help and our-advice pages are built, and the 404 page links to help", () => {
  for (const path of ["/help/", "/about/our-advice/"]) {
    expect(byPath.has(path), `${path} is built`).toBe(true);
  }
  const main = byPath.get("/404.html")?.html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? "";
  expect(attrValues(main, "href")).toContain("/help/");
});

test("each merged article's old URL answers with the article or a page that moves on to the new one", () => {
  const sitemap = sitemapPaths();
  const rss = existsSync(join(dist, "rss.xml")) ? readFileSync(join(dist, "rss.xml"), "utf8") : "";
  for (const { from, to } of redirectRules()) {
    const page = byPath.get(from);
    expect(page, `${from} answers`).toBeDefined();
    expect(byPath.has(to), `${to} exists`).toBe(true);
    const html = page?.html ?? "";
    if (!html.includes('http-equiv="refresh"')) {
      // The old article has not been deleted yet: it is still a full article.
      expect(html, `${from} is an article until its file is deleted`).toContain(
        "data-pagefind-body",
      );
      continue;
    }
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? "";
    expect(new URL(canonical).pathname, `canonical of ${from}`).toBe(to);
    expect(html, `refresh on ${from}`).toContain(`content="0; url=${to}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(/<h1[^>]*>\s*This article has moved\s*<\/h1>/);
    expect(page?.hrefs).toContain(to);
    expect(html, "left out of search").not.toContain("data-pagefind-body");
    expect(sitemap, "left out of the sitemap").not.toContain(from);
    expect(rss, "left out of RSS").not.toContain(from);
  }
});
