import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { attrValues, byPath, dist, isMovedPage, pages, sitemapPaths } from "./built-site";

/**
 * What every built page must have, read from its HTML (moved here from
 * Playwright, where each check cost a page load): one h1, a CSP with no
 * unsafe-inline scripts, nothing loaded from another origin, the help links,
 * the render-blocking marker, and the content-level accessibility rules that
 * can differ from page to page of one template (headings in order, names for
 * links and images, unique ids, the language). Colour contrast, focus and
 * landmarks come from the shared templates and CSS: axe checks those in a real
 * browser, one page of each type in light and dark (e2e/site.spec.ts).
 */
const sitemap = sitemapPaths();
/** Every page a visitor can land on: the sitemap's, the 404 page and the offline page. */
const served = pages.filter((p) => !isMovedPage(p));

const mainOf = (html: string) => html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? "";
/** The HTML outside <template> and <noscript> (inert until used). */
const live = (html: string) =>
  html.replace(/<template[\s\S]*?<\/template>/g, "").replace(/<noscript[\s\S]*?<\/noscript>/g, "");
const tags = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
const attr = (tag: string, name: string) => attrValues(tag, name)[0];

/** The links in a piece of HTML, each with its name (its text, less what is aria-hidden) and its attributes. */
const links = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs = "", inner = ""]) => ({
    name: inner
      .replace(/<(\w+)[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
    href: attr(`<a${attrs}>`, "href"),
    current: attr(`<a${attrs}>`, "aria-current"),
  }));
const navOf = (html: string, label: string) =>
  html.match(new RegExp(`<nav aria-label="${label}"[^>]*>[\\s\\S]*?</nav>`))?.[0] ?? "";
const headerOf = (html: string) =>
  html.match(/<header data-site-header[\s\S]*?<\/header>/)?.[0] ?? "";
const footerOf = (html: string) =>
  html.match(/<footer data-site-footer[\s\S]*?<\/footer>/)?.[0] ?? "";
const helpLink = (html: string) => links(html).find((l) => l.name === "Need help now?")?.href;

test("the built site is there, and every page is checked", () => {
  expect(served.length).toBeGreaterThan(20);
  for (const path of ["/", "/404.html", "/offline/"]) expect(byPath.has(path), path).toBe(true);
});

describe.each(served.map((p) => [p.path, p] as const))("%s", (path, page) => {
  const html = page.html;

  test("has one h1, the site's language and a title", () => {
    expect(tags(live(html), "h1").length, `h1 elements on ${path}`).toBe(1);
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
  });

  test("has a CSP that allows no inline script it has not hashed", () => {
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(csp, `CSP on ${path}`).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/default-src 'self'/);
  });

  test("loads nothing from another origin", () => {
    const loads = [
      ...tags(html, "script").map((t) => attr(t, "src")),
      ...tags(html, "img").map((t) => attr(t, "src")),
      ...tags(html, "iframe").map((t) => attr(t, "src")),
      ...tags(html, "source").map((t) => attr(t, "src")),
      ...tags(html, "link")
        .filter((t) => !/rel="(canonical|alternate|sitemap)"/.test(t))
        .map((t) => attr(t, "href")),
    ].filter((url): url is string => url !== undefined);
    const offSite = loads.filter((url) => /^(https?:)?\/\//.test(url));
    expect(offSite, `off-site resources on ${path}`).toEqual([]);
    expect(html, "no style pulls in another origin").not.toMatch(/url\(\s*["']?(https?:)?\/\//);
  });

  test("headings do not skip a level, and every image and link has a name", () => {
    const main = live(mainOf(html));
    const levels = [...main.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    const skips = levels.flatMap((level, i) =>
      i > 0 && level > (levels[i - 1] ?? 1) + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
    );
    expect(skips, `skipped heading levels on ${path}`).toEqual([]);
    const unnamedImages = tags(html, "img").filter((t) => attr(t, "alt") === undefined);
    expect(unnamedImages, `images without alt on ${path}`).toEqual([]);
    const emptyLinks = [...live(html).matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].filter(
      ([, attrs = "", inner = ""]) =>
        !/aria-label/.test(attrs) &&
        inner.replace(/<[^>]+>/g, "").trim() === "" &&
        !/<(img|svg)[^>]*(alt|aria-label)="[^"]+"/.test(inner),
    );
    expect(
      emptyLinks.map((m) => m[0].slice(0, 80)),
      `links without a name on ${path}`,
    ).toEqual([]);
  });

  test("no id is used twice", () => {
    const ids = attrValues(live(html), "id");
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(twice, `duplicate ids on ${path}`).toEqual([]);
  });

  test("paints once its content is read: the render-blocking marker follows <main>", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<link rel="expect" href="#content-end" blocking="render">');
    const marker = html.indexOf('<div id="content-end" hidden></div>');
    expect(marker).toBeGreaterThan(html.lastIndexOf("</main>"));
    expect(html.split('id="content-end"').length).toBe(2);
  });
});

test("every page in the sitemap links to help from its header and footer, and to how we write our advice", () => {
  const missing = sitemap.filter((path) => {
    const html = readFileSync(join(dist, path, "index.html"), "utf8");
    const header = headerOf(html);
    const footer = footerOf(html);
    return (
      !header.includes('href="/help/"') ||
      !footer.includes('href="/help/"') ||
      !footer.includes('href="/about/our-advice/"')
    );
  });
  expect(sitemap.length).toBeGreaterThan(5);
  expect(missing, "pages without the header and footer links").toEqual([]);
});

test("the sitemap lists the core pages and every page a search engine should find", () => {
  for (const p of ["/", "/articles/", "/about/", "/about/our-advice/", "/help/", "/search/"])
    expect(sitemap).toContain(p);
  const unlisted = served
    .map((p) => p.path)
    .filter((p) => p.endsWith("/") && p !== "/offline/" && !sitemap.includes(p));
  expect(unlisted, "pages missing from the sitemap").toEqual([]);
  const listedButMissing = sitemap.filter((p) => !byPath.has(p));
  expect(listedButMissing, "sitemap entries with no page").toEqual([]);
  expect(
    sitemap.filter((p) => p.startsWith("/articles/") && p !== "/articles/").length,
  ).toBeGreaterThanOrEqual(2);
});

describe("site header and footer (moved here from e2e/site.spec.ts: read from the HTML)", () => {
  test("the header has Need help now?, and the main navigation is Articles, Self-checks and Tools, marking the current section", () => {
    const article = byPath.get("/articles/why-hiring-decisions-go-the-way-they-do/")?.html ?? "";
    const nav = links(navOf(article, "Main"));
    expect(nav.map((l) => l.name)).toEqual(["Articles", "Self-checks", "Tools"]);
    expect(nav.find((l) => l.name === "Tools")?.href).toBe("/exercises/");
    expect(helpLink(headerOf(article))).toBe("/help/");
    expect(nav.find((l) => l.name === "Articles")?.current).toBe("page");
    expect(nav.filter((l) => l.current !== undefined)).toHaveLength(1);
    // The worksheet and the planning tools sit under the Tools hub.
    const worksheet = links(navOf(byPath.get("/worksheet/")?.html ?? "", "Main"));
    expect(worksheet.find((l) => l.name === "Tools")?.current).toBe("page");
  });

  test("the footer links to the exercises and keeps its other links", () => {
    const home = byPath.get("/")?.html ?? "";
    const footer = links(navOf(home, "Footer"));
    expect(footer.map((l) => l.name)).toEqual([
      "All articles",
      "Self-checks",
      "Exercises and tools",
      "Search",
      "About and privacy",
      "How we write our advice",
      "For advisers",
      "RSS feed",
    ]);
    expect(footer.find((l) => l.name === "Exercises and tools")?.href).toBe("/exercises/");
    expect(helpLink(footerOf(home))).toBe("/help/");
  });
});

describe("a part of a page that cannot start (src/islands/mount.ts)", () => {
  /** Pages whose scripts start an island: each has an element with a props JSON or an island root. */
  const islandPages = served.filter((p) =>
    /id="(worksheet|log-tool|plan-tool|month-tool|kind-letter|thought-record|expressive-writing|self-check|search-page|site-backup)"/.test(
      p.html,
    ),
  );
  const messageOf = (html: string) =>
    html.match(/<template id="start-failed">([\s\S]*?)<\/template>/g) ?? [];

  test("every page that starts one carries one message to show instead, with the way to urgent help", () => {
    expect(islandPages.length).toBeGreaterThanOrEqual(12);
    for (const page of islandPages) {
      const found = messageOf(page.html);
      expect(found, page.path).toHaveLength(1);
      const message = found[0] ?? "";
      expect(message, page.path).toContain('role="alert"');
      expect(message, page.path).toContain("This part of the page did not start");
      expect(links(message).find((l) => l.name === "get urgent help now")?.href).toBe("/help/");
    }
  });

  test("it offers the links the page's no-JavaScript note offers, or all the articles", () => {
    const offered = (path: string) =>
      links(messageOf(byPath.get(path)?.html ?? "")[0] ?? "")
        .filter((l) => l.href !== "/help/")
        .map((l) => `${l.name} ${l.href}`);
    expect(offered("/worksheet/")).toEqual([
      "read all the articles /articles/",
      "learning from a rejection /articles/learning-from-a-rejection/",
    ]);
    expect(offered("/log/")).toEqual(["read all the articles /articles/"]);
    expect(offered("/search/")).toContain("All articles, grouped by topic /articles/");
    expect(offered("/about/")).toEqual(["read all the articles /articles/"]);
  });
});
