import { describe, expect, test } from "vitest";
import { ARTICLE_REDIRECTS, activeRedirects, redirectRules } from "./redirects";

describe("article redirects", () => {
  test("map each old URL to its new URL", () => {
    expect(redirectRules()).toContainEqual({
      from: "/articles/its-often-not-about-you/",
      to: "/articles/why-hiring-decisions-go-the-way-they-do/",
      fromSlug: "its-often-not-about-you",
      toSlug: "why-hiring-decisions-go-the-way-they-do",
    });
    expect(redirectRules()).toHaveLength(Object.keys(ARTICLE_REDIRECTS).length);
  });

  test("are built only for old slugs that are no longer articles", () => {
    const map = { old: "new", gone: "new" };
    expect(activeRedirects(["old", "new"], map).map((r) => r.fromSlug)).toEqual(["gone"]);
    expect(activeRedirects(["new"], map).map((r) => r.fromSlug)).toEqual(["old", "gone"]);
  });

  test("never point to another redirect or to themselves", () => {
    for (const [from, to] of Object.entries(ARTICLE_REDIRECTS)) {
      expect(to).not.toBe(from);
      expect(Object.keys(ARTICLE_REDIRECTS)).not.toContain(to);
    }
  });
});
