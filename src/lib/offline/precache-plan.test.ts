import { describe, expect, it } from "vitest";
import { BUDGET, isArticlePage, planPrecache, toUrl } from "./precache-plan";

const file = (path: string, size: number) => ({ path, size, revision: `r-${path}` });
const site = (articleSize: number) => [
  file("index.html", 10_000),
  file("articles/index.html", 8_000),
  file("articles/a/index.html", articleSize),
  file("articles/b/index.html", articleSize),
  file("worksheet/index.html", 9_000),
  file("_astro/page.abc.js", 3_000),
  file("pagefind/pagefind.js", 30_000),
  file("pagefind/fragment/en_1.pf_fragment", 1_000),
];

describe("planPrecache", () => {
  it("pre-caches every file when the whole site fits in 5 MB", () => {
    const plan = planPrecache(site(20_000));
    expect(plan.everything).toBe(true);
    expect(plan.entries.map((e) => e.url)).toContain("articles/a/");
    expect(plan.entries).toHaveLength(8);
    expect(plan.bytes).toBe(plan.allBytes);
  });

  it("above 5 MB keeps the core pages, assets and search, and leaves article pages to be cached as read", () => {
    const plan = planPrecache(site(3 * 1024 * 1024));
    expect(plan.everything).toBe(false);
    const urls = plan.entries.map((e) => e.url);
    expect(urls).not.toContain("articles/a/");
    expect(urls).toEqual(
      expect.arrayContaining(["", "articles/", "worksheet/", "_astro/page.abc.js"]),
    );
    expect(urls).toContain("pagefind/fragment/en_1.pf_fragment");
    expect(plan.bytes).toBeLessThan(BUDGET);
  });

  it("takes exactly 5 MB as fitting", () => {
    expect(planPrecache([file("index.html", BUDGET)]).everything).toBe(true);
    expect(planPrecache([file("index.html", BUDGET + 1)]).everything).toBe(false);
  });

  it("maps index.html files to their page's address", () => {
    expect(toUrl("index.html")).toBe("");
    expect(toUrl("articles/a/index.html")).toBe("articles/a/");
    expect(toUrl("_astro/x.js")).toBe("_astro/x.js");
    expect(isArticlePage("articles/a/index.html")).toBe(true);
    expect(isArticlePage("articles/index.html")).toBe(false);
  });
});
