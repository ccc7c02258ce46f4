/**
 * One summary per article, not three (issue 23): a reader gets the article's
 * points once. Every article shows a key-takeaways box (its frontmatter, drawn
 * by ArticleLayout.astro) unless its first section holds a to-do list
 * (<Checklist>), which is then its summary; so no article may also have a
 * "The short version" or "In short" section, nor repeat a takeaway word for
 * word in its text.
 */
import { describe, expect, test } from "vitest";
import { leadsWithChecklist } from "../src/lib/checklist/article";
import { articleFiles } from "./support/article-files";

/** A heading that announces a summary of the article it is in. */
const SUMMARY_HEADING =
  /^#{2,4}\s+(?:the\s+)?(?:short version|in short|in brief|summary|in summary|at a glance|key (?:points|takeaways)|tl;?\s?dr|the gist|quick version|short answer)\b/im;

/** Lower-case words only, so punctuation and markup do not hide a repeat. */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_`[\]()]/g, "")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();

// Frontmatter that cannot be read fails tests/content.test.ts; here it reads as none.
const articles = articleFiles().map(({ slug, frontmatter, body }) => ({
  file: `${slug}.mdx`,
  data: (frontmatter ?? {}) as { takeaways?: string[] },
  body,
}));

describe("the rule's parts", () => {
  test("a summary heading is found however it is written, and an ordinary one is not", () => {
    for (const h of [
      "## The short version",
      "## In short",
      "### Summary",
      "## TL;DR",
      "## At a glance",
    ])
      expect(SUMMARY_HEADING.test(h), h).toBe(true);
    for (const h of [
      "## Tonight and tomorrow",
      "## Shortlisted but not chosen",
      "## Summarising your week",
    ])
      expect(SUMMARY_HEADING.test(h), h).toBe(false);
  });

  test("a to-do list counts as the summary only in the article's first section", () => {
    const list = '<Checklist list="x">\n  <ChecklistItem item="a">A</ChecklistItem>\n</Checklist>';
    expect(leadsWithChecklist(`import x from "y";\n\nIntro.\n\n## First\n\n${list}`)).toBe(true);
    expect(leadsWithChecklist(`${list}\n\n## First`)).toBe(true);
    expect(leadsWithChecklist(`Intro.\n\n## First\n\nText.\n\n## Second\n\n${list}`)).toBe(false);
    expect(leadsWithChecklist("## First\n\nA <Checklist> is mentioned in text.")).toBe(false);
  });
});

describe.each(articles)("$file", ({ file, data, body }) => {
  const takeawaysBox = !leadsWithChecklist(body);

  test("has one summary: a takeaways box or a to-do list, never also a short-version section", () => {
    const heading = SUMMARY_HEADING.exec(body)?.[0];
    expect(heading, `${file} has a takeaways box and "${heading}"`).toBeUndefined();
    if (takeawaysBox) expect(data.takeaways?.length ?? 0).toBeGreaterThan(0);
  });

  test("does not repeat a takeaway word for word in its text", () => {
    if (!takeawaysBox) return;
    const text = words(body);
    const repeated = (data.takeaways ?? []).filter((t) => text.includes(words(t)));
    expect(repeated, `${file} repeats its takeaways`).toEqual([]);
  });
});

test("the first 48 hours opens with its to-do list, so it shows no takeaways box", () => {
  const article = articles.find((a) => a.file === "what-to-do-in-the-first-48-hours.mdx");
  expect(article && leadsWithChecklist(article.body)).toBe(true);
});
