import { describe, expect, test } from "vitest";
import {
  type ArticleSummary,
  articleHref,
  groupByTopic,
  prevNextInTopic,
  published,
  sortArticles,
  topicHref,
} from "./articles";
import type { TopicId } from "./topics";

function article(id: string, title: string, topic: TopicId, draft = false): ArticleSummary {
  return { id, data: { title, topic, reviewed: new Date("2026-11-25"), draft } };
}

const library = [
  article("c", "Coping three", "coping"),
  article("n", "Next one", "next-steps"),
  article("a", "Coping one", "coping"),
  article("m", "Mind one", "mindset"),
  article("b", "Coping two", "coping"),
];

describe("links", () => {
  test("article and topic URLs end in a slash", () => {
    expect(articleHref("its-often-not-about-you")).toBe("/articles/its-often-not-about-you/");
    expect(topicHref("coping")).toBe("/topics/coping/");
  });
});

describe("published", () => {
  const withDraft = [...library, article("d", "Draft", "coping", true)];

  test("drops drafts", () => {
    const ids = published(withDraft).map((a) => a.id);
    expect(ids).not.toContain("d");
    expect(ids).toHaveLength(library.length);
  });

  test("keeps drafts when asked (in dev)", () => {
    expect(published(withDraft, true)).toHaveLength(withDraft.length);
  });
});

describe("sortArticles", () => {
  test("sorts by title and leaves the input alone", () => {
    const input = [...library];
    expect(sortArticles(input).map((a) => a.data.title)).toEqual([
      "Coping one",
      "Coping three",
      "Coping two",
      "Mind one",
      "Next one",
    ]);
    expect(input).toEqual(library);
  });
});

describe("groupByTopic", () => {
  const groups = groupByTopic(library);

  test("follows the fixed topic order", () => {
    expect(groups.map((g) => g.topic.id)).toEqual(["mindset", "coping", "next-steps"]);
  });

  test("leaves out topics with no articles", () => {
    expect(groups.map((g) => g.topic.id)).not.toContain("learning");
    expect(groupByTopic([])).toEqual([]);
  });

  test("sorts the articles in each topic by title", () => {
    expect(groups[1]?.articles.map((a) => a.id)).toEqual(["a", "c", "b"]);
  });
});

describe("prevNextInTopic", () => {
  test("the first article in a topic has only a next one", () => {
    const { prev, next } = prevNextInTopic(library, "a");
    expect(prev).toBeUndefined();
    expect(next?.id).toBe("c");
  });

  test("a middle article has both", () => {
    const { prev, next } = prevNextInTopic(library, "c");
    expect(prev?.id).toBe("a");
    expect(next?.id).toBe("b");
  });

  test("the last article in a topic has only a previous one", () => {
    const { prev, next } = prevNextInTopic(library, "b");
    expect(prev?.id).toBe("c");
    expect(next).toBeUndefined();
  });

  test("stays inside the topic", () => {
    expect(prevNextInTopic(library, "m")).toEqual({ prev: undefined, next: undefined });
  });

  test("an unknown id has neither", () => {
    expect(prevNextInTopic(library, "nope")).toEqual({ prev: undefined, next: undefined });
  });
});
