import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  normaliseQuery,
  readSearchParams,
  searchHref,
  searchOptions,
  toggleTopic,
  topicById,
  topicNames,
} from "./query";

describe("normaliseQuery", () => {
  it("trims and collapses whitespace", () => {
    expect(normaliseQuery("  ask \n for\tfeedback  ")).toBe("ask for feedback");
  });

  it("caps the length", () => {
    expect(normaliseQuery("a".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("treats missing values as empty", () => {
    expect(normaliseQuery(null)).toBe("");
    expect(normaliseQuery(undefined)).toBe("");
  });
});

describe("readSearchParams", () => {
  it("reads the query and known topics", () => {
    expect(readSearchParams("?q=thank+you%20email&topic=learning&topic=coping&topic=nope")).toEqual(
      {
        q: "thank you email",
        topics: ["coping", "learning"],
      },
    );
  });

  it("reads an empty address", () => {
    expect(readSearchParams("")).toEqual({ q: "", topics: [] });
  });

  it("keeps only the first q and ignores duplicates of a topic", () => {
    expect(readSearchParams("?q=one&q=two&topic=coping&topic=coping")).toEqual({
      q: "one",
      topics: ["coping"],
    });
  });
});

describe("searchHref", () => {
  it("builds a shareable address", () => {
    expect(searchHref({ q: "rejection email", topics: ["next-steps"] })).toBe(
      "/search/?q=rejection+email&topic=next-steps",
    );
  });

  it("is the bare page when there is nothing to share", () => {
    expect(searchHref({ q: "   ", topics: [] })).toBe("/search/");
  });

  it("round-trips through readSearchParams, including awkward characters", () => {
    const state = { q: "what & why? #1 50%", topics: ["mindset" as const] };
    const href = searchHref(state);
    expect(readSearchParams(href.slice(href.indexOf("?")))).toEqual(state);
  });
});

describe("topic filters", () => {
  it("names topics for people and finds a topic by the id Pagefind returns", () => {
    expect(topicNames(["coping", "learning"])).toEqual(["Coping and care", "Learning from it"]);
    expect(topicById("coping")?.name).toBe("Coping and care");
    expect(topicById("Coping and care")).toBeUndefined();
    expect(topicById(undefined)).toBeUndefined();
  });

  it("asks for pages in any chosen topic", () => {
    expect(searchOptions([])).toEqual({});
    expect(searchOptions(["learning", "mindset"])).toEqual({
      filters: { topic: { any: ["mindset", "learning"] } },
    });
  });

  it("toggles a topic and keeps the site's order", () => {
    expect(toggleTopic(["learning"], "mindset", true)).toEqual(["mindset", "learning"]);
    expect(toggleTopic(["mindset", "learning"], "mindset", false)).toEqual(["learning"]);
    expect(toggleTopic([], "coping", false)).toEqual([]);
  });
});
