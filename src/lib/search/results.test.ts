import { describe, expect, it } from "vitest";
import {
  bestSections,
  isListKey,
  isSafeSitePath,
  listOf,
  moveIndex,
  resultsMessage,
  shapeResult,
  shapeResults,
} from "./results";
import type { PagefindResultData, PagefindSubResult } from "./types";

const page = "/articles/asking-for-feedback-after-a-rejection/";

function sub(id: string | null, score: number, title = id ?? "Page"): PagefindSubResult {
  return {
    title,
    url: id ? `${page}#${id}` : page,
    excerpt: `about <mark>${title}</mark>`,
    ...(id ? { anchor: { element: "h2", id, text: title, location: 1 } } : {}),
    weighted_locations: [{ weight: 1, balanced_score: score, location: 1 }],
  };
}

const data: PagefindResultData = {
  url: page,
  excerpt: "How to ask for <mark>feedback</mark> &amp; what to expect",
  meta: { title: "Asking for feedback after a rejection", topic: "learning" },
  sub_results: [
    sub(null, 50),
    sub("why-ask", 10),
    sub("template", 30),
    sub("timing", 20),
    sub("after", 5),
  ],
};

describe("shapeResult", () => {
  it("shapes an article result", () => {
    const result = shapeResult("en_1", data);
    expect(result).toMatchObject({
      id: "en_1",
      url: page,
      title: "Asking for feedback after a rejection",
      kind: "article",
      label: "Learning from it",
      topic: "learning",
      excerpt: [
        { text: "How to ask for ", mark: false },
        { text: "feedback", mark: true },
        { text: " & what to expect", mark: false },
      ],
    });
    expect(result?.sections.map((s) => s.url)).toEqual([
      `${page}#template`,
      `${page}#timing`,
      `${page}#why-ask`,
    ]);
  });

  it("labels self-checks as their own type", () => {
    const result = shapeResult("en_2", {
      url: "/self-check/was-it-you-or-them/",
      excerpt: "",
      meta: { title: "Was it you, or them?", type: "self-check" },
    });
    expect(result).toMatchObject({
      kind: "self-check",
      label: "Self-check",
      topic: undefined,
      sections: [],
    });
  });

  it("falls back to the filter for the topic and to the URL for the title", () => {
    const result = shapeResult("en_3", {
      url: "/about/",
      excerpt: "x",
      meta: {},
      filters: { topic: ["coping"] },
    });
    expect(result).toMatchObject({ title: "/about/", kind: "article", topic: "coping" });
    expect(shapeResult("en_4", { url: "/x/", excerpt: "", meta: {} })).toMatchObject({
      kind: "page",
      label: "",
    });
  });

  it("drops results that do not point at this site", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/",
      "javascript:alert(1)",
      "/a\\b",
      "/a\nb",
    ]) {
      expect(shapeResult("x", { ...data, url })).toBeNull();
    }
  });
});

describe("shapeResults", () => {
  it("shapes each hit in order and leaves out the unusable ones", async () => {
    const hit = (id: string, url: string) => ({
      id,
      data: async () => ({ ...data, url }),
    });
    const shaped = await shapeResults([
      hit("a", "/a/"),
      hit("bad", "https://evil.example/"),
      hit("b", "/b/"),
    ]);
    expect(shaped.map((r) => [r.id, r.url])).toEqual([
      ["a", "/a/"],
      ["b", "/b/"],
    ]);
  });
});

describe("bestSections", () => {
  it("keeps headings with ids, best first, up to the limit", () => {
    expect(bestSections(data.sub_results, page, 2).map((s) => s.title)).toEqual([
      "template",
      "timing",
    ]);
    expect(bestSections(data.sub_results, page, 0)).toEqual([]);
    expect(bestSections(undefined, page)).toEqual([]);
  });

  it("keeps page order on ties and counts locations when there are no weights", () => {
    const subs: PagefindSubResult[] = [
      {
        title: "B",
        url: `${page}#b`,
        excerpt: "",
        anchor: { element: "h3", id: "b", location: 2 },
        locations: [1],
      },
      {
        title: "A",
        url: `${page}#a`,
        excerpt: "",
        anchor: { element: "h2", id: "a", location: 1 },
        locations: [1],
      },
      {
        title: "C",
        url: `${page}#c`,
        excerpt: "",
        anchor: { element: "h2", id: "c", location: 3 },
        locations: [1, 2],
      },
    ];
    expect(bestSections(subs, page).map((s) => s.title)).toEqual(["C", "B", "A"]);
  });

  it("ignores anchors that are not headings", () => {
    const subs: PagefindSubResult[] = [
      {
        title: "Div",
        url: `${page}#d`,
        excerpt: "",
        anchor: { element: "div", id: "d", location: 1 },
      },
    ];
    expect(bestSections(subs, page)).toEqual([]);
  });
});

describe("messages", () => {
  it("announces counts in plain words", () => {
    expect(resultsMessage(0, "xyz", [])).toBe("No results for “xyz”.");
    expect(resultsMessage(1, "email", [])).toBe("1 result for “email”.");
    expect(resultsMessage(1200, "job", ["Coping and care", "Learning from it"])).toBe(
      "1,200 results for “job” in Coping and care or Learning from it.",
    );
  });

  it("lists items naturally", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["A"])).toBe("A");
    expect(listOf(["A", "B", "C"])).toBe("A, B or C");
  });
});

describe("isSafeSitePath", () => {
  it("accepts site paths only", () => {
    expect(isSafeSitePath("/articles/x/#y")).toBe(true);
    expect(isSafeSitePath("articles/x/")).toBe(false);
    expect(isSafeSitePath(undefined)).toBe(false);
  });
});

describe("moveIndex", () => {
  it("moves between the search box (-1) and the links without wrapping", () => {
    expect(moveIndex(-1, "ArrowDown", 3)).toBe(0);
    expect(moveIndex(0, "ArrowDown", 3)).toBe(1);
    expect(moveIndex(2, "ArrowDown", 3)).toBe(2);
    expect(moveIndex(0, "ArrowUp", 3)).toBe(-1);
    expect(moveIndex(-1, "ArrowUp", 3)).toBe(-1);
    expect(moveIndex(1, "Home", 3)).toBe(0);
    expect(moveIndex(0, "End", 3)).toBe(2);
    expect(moveIndex(-1, "ArrowDown", 0)).toBe(-1);
  });

  it("knows the keys it handles", () => {
    expect(isListKey("ArrowDown")).toBe(true);
    expect(isListKey("End")).toBe(true);
    expect(isListKey("ArrowLeft")).toBe(false);
  });
});
