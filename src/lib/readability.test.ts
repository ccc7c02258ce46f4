import { describe, expect, test } from "vitest";
import {
  mdxToPlainText,
  readingMinutes,
  sentences,
  syllables,
  textStats,
  words,
} from "./readability";

describe("mdxToPlainText", () => {
  const source = `---
title: "A title that should not be read"
takeaways:
  - "Nor this"
---
import Thing from "../thing.astro";

Read [the feedback guide](/articles/asking-for-feedback-after-a-rejection/) first.

## Why it matters

<Callout type="tip" title="Try this">
Write **three** things down.
</Callout>

<Template title="Email" text={\`Hi Sam,

Thank you for your time.\`} />

- One item
- Two items

![a picture](/img.png)
`;
  const plain = mdxToPlainText(source);

  test("drops the frontmatter and import lines", () => {
    expect(plain).not.toContain("title");
    expect(plain).not.toContain("Nor this");
    expect(plain).not.toContain("import");
  });

  test("keeps link text but not the URL", () => {
    expect(plain).toContain("Read the feedback guide first.");
    expect(plain).not.toContain("/articles/");
  });

  test("drops JSX tags and template text but keeps the children", () => {
    expect(plain).not.toMatch(/[<>]/);
    expect(plain).not.toContain("Callout");
    expect(plain).toContain("Write three things down.");
    expect(plain).not.toContain("Hi Sam");
  });

  test("turns headings and list items into sentences", () => {
    expect(plain).toContain("Why it matters.");
    expect(plain).toContain("One item.");
    expect(plain).toContain("Two items.");
  });

  test("drops images and emphasis markers", () => {
    expect(plain).not.toContain("picture");
    expect(plain).not.toContain("*");
  });
});

describe("words and sentences", () => {
  test("counts words with apostrophes and numbers as one word each", () => {
    expect(words("It's 48 hours, don’t worry.")).toEqual(["It's", "48", "hours", "don’t", "worry"]);
  });

  test("splits sentences at end punctuation and blank lines", () => {
    expect(sentences("One. Two? Three!\n\nFour")).toEqual(["One.", "Two?", "Three!", "Four"]);
  });
});

describe("syllables", () => {
  test.each([
    ["cat", 1],
    ["the", 1],
    ["time", 1],
    ["jumped", 1],
    ["don't", 1],
    ["table", 2],
    ["happy", 2],
    ["hello", 2],
    ["interview", 3],
    ["rejection", 3],
    ["employer", 3],
    ["yesterday", 3],
    ["consequently", 4],
  ])("%s has %i", (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  test("a number counts as one syllable and an empty string as none", () => {
    expect(syllables("2026")).toBe(1);
    expect(syllables("")).toBe(0);
  });
});

describe("textStats", () => {
  test("grades a known hard sample close to its hand-counted Flesch-Kincaid grade", () => {
    // 23 words, 2 sentences, 54 syllables by dictionary: grade 16.6.
    const sample =
      "The committee postponed its final decision because the organisation's annual budget had not been approved. Consequently, several qualified applicants received identical rejection letters.";
    const s = textStats(sample);
    expect(s.words).toBe(23);
    expect(s.sentences).toBe(2);
    expect(s.wordsPerSentence).toBe(11.5);
    expect(Math.abs(s.grade - 16.6)).toBeLessThanOrEqual(1);
  });

  test("grades plain, short sentences far lower", () => {
    const s = textStats(
      "Being turned down for a job hurts. It is a normal part of looking for work. You can learn from it and keep going.",
    );
    expect(s.words).toBe(24);
    expect(s.sentences).toBe(3);
    expect(s.grade).toBeLessThan(3);
  });

  test("copes with empty text", () => {
    expect(textStats("")).toMatchObject({ words: 0, sentences: 1 });
  });
});

describe("readingMinutes", () => {
  test("rounds to whole minutes at 200 words a minute", () => {
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1099)).toBe(5);
    expect(readingMinutes(1100)).toBe(6);
  });

  test("is never less than one minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(40)).toBe(1);
  });

  test("accepts another reading speed", () => {
    expect(readingMinutes(900, 300)).toBe(3);
  });
});
