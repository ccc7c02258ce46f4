/**
 * Editorial rules for every article in content/articles, checked on the source
 * files: valid frontmatter, length, reading level, structure and links.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { articleFrontmatterSchema } from "../src/lib/article-schema";
import { NEXT_STEP_IDS, NEXT_STEP_TARGETS } from "../src/lib/next-steps";
import { mdxToPlainText, textStats } from "../src/lib/readability";

const ARTICLES_DIR = "content/articles";
const SELF_CHECKS_DIR = "content/self-checks";

/** The callout types the Callout component accepts, read from its Props. */
const CALLOUT_TYPES = [
  ...(
    readFileSync("src/components/Callout.astro", "utf8").match(/type\?:\s*([^;]+);/)?.[1] ?? ""
  ).matchAll(/"([a-z]+)"/g),
].map((m) => m[1]);

/** The components an article may use: the ones the article page passes to <Content>. */
const KNOWN_COMPONENTS = ["Callout", "KeyTakeaways", "NextStep", "Template"];

interface ArticleFile {
  slug: string;
  source: string;
  frontmatter: unknown;
  /** Why the frontmatter could not be read, if it could not. */
  yamlError: string | undefined;
  body: string;
}

function readArticle(file: string): ArticleFile {
  const slug = file.replace(/\.mdx$/, "");
  const source = readFileSync(join(ARTICLES_DIR, file), "utf8");
  const m = source.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!m) return { slug, source, frontmatter: undefined, yamlError: "no --- block", body: source };
  try {
    return {
      slug,
      source,
      frontmatter: parseYaml(m[1] ?? ""),
      yamlError: undefined,
      body: m[2] ?? "",
    };
  } catch (error) {
    return { slug, source, frontmatter: undefined, yamlError: String(error), body: m[2] ?? "" };
  }
}

const articles: ArticleFile[] = readdirSync(ARTICLES_DIR)
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map(readArticle);
const slugs = new Set(articles.map((a) => a.slug));

/** Markdown links and href attributes in the body, in order. */
function linksIn(body: string): string[] {
  return [
    ...[...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ""),
    ...[...body.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1] ?? ""),
  ];
}

const h2Count = (body: string) => (body.match(/^##\s+\S/gm) ?? []).length;

test("there are articles to check", () => {
  expect(articles.length).toBeGreaterThanOrEqual(10);
});

describe.each(articles)("$slug", ({ slug, source, frontmatter, yamlError, body }) => {
  const parsed = articleFrontmatterSchema.safeParse(frontmatter);
  // Read list fields from the raw YAML too, so one bad field does not hide the others.
  const raw = (frontmatter ?? {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const stats = textStats(mdxToPlainText(source));

  test("has a URL-safe file name", () => {
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test("frontmatter parses as YAML and is valid", () => {
    expect(yamlError).toBeUndefined();
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test("is 600 to 1,400 words long", () => {
    expect(stats.words).toBeGreaterThanOrEqual(600);
    expect(stats.words).toBeLessThanOrEqual(1400);
  });

  test("reads at grade 9 or below, with sentences of 18 words or fewer on average", () => {
    expect(stats.grade).toBeLessThanOrEqual(9);
    expect(stats.wordsPerSentence).toBeLessThanOrEqual(18);
  });

  test("has 3 to 5 takeaways", () => {
    expect(list(raw.takeaways).length).toBeGreaterThanOrEqual(3);
    expect(list(raw.takeaways).length).toBeLessThanOrEqual(5);
  });

  test("relates to at least 2 other existing articles, without repeats", () => {
    const related = list(raw.related);
    expect(related.length).toBeGreaterThanOrEqual(2);
    expect(new Set(related).size).toBe(related.length);
    for (const r of related) {
      expect(r, `${slug} lists itself as related`).not.toBe(slug);
      expect(slugs.has(r), `related article "${r}" does not exist`).toBe(true);
    }
  });

  test("has a ## heading at least every 250 words on average", () => {
    expect(stats.words / (h2Count(body) + 1)).toBeLessThanOrEqual(250);
  });

  test("uses no # heading (the page title is the only h1)", () => {
    expect(body).not.toMatch(/^#\s/m);
  });

  test("uses only known components, and valid callout types", () => {
    const used = [...body.matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]);
    for (const name of used) expect(KNOWN_COMPONENTS).toContain(name);
    expect(CALLOUT_TYPES.length).toBeGreaterThan(0);
    for (const m of body.matchAll(/<Callout\b([^>]*)>/g)) {
      const type = (m[1] ?? "").match(/\btype=["']([^"']*)["']/)?.[1];
      if (type !== undefined) expect(CALLOUT_TYPES, `callout type "${type}"`).toContain(type);
    }
  });

  test("every template has a title and some text", () => {
    for (const m of body.matchAll(/<Template\b([\s\S]*?)\/>/g)) {
      expect(m[1]).toMatch(/\btitle="[^"]{3,}"/);
      expect(m[1]).toMatch(/\btext=\{`[\s\S]{20,}`\}/);
    }
  });

  test("every link to an article or a self-check points to one that exists", () => {
    for (const href of linksIn(body)) {
      const article = href.match(/^\/articles\/([^/#?]+)\/?/);
      if (article) {
        expect(href, "article links end in a slash").toMatch(/^\/articles\/[^/#?]+\/(?:[#?]|$)/);
        expect(slugs.has(article[1] ?? ""), `link to missing article ${href}`).toBe(true);
        expect(article[1], `${slug} links to itself`).not.toBe(slug);
      }
      const check = href.match(/^\/self-check\/([^/#?]+)\/?/);
      if (check) {
        expect(existsSync(join(SELF_CHECKS_DIR, `${check[1]}.json`)), `link to ${href}`).toBe(true);
      }
    }
  });

  test("has a valid next step", () => {
    // The schema defaults a missing nextStep to the worksheet.
    expect(NEXT_STEP_IDS).toContain(raw.nextStep ?? "worksheet");
  });

  test("opens with its point and ends with next steps that link to a self-check or the worksheet", () => {
    expect(body.trimStart().startsWith("#"), "starts with a paragraph, not a heading").toBe(false);
    const sections = body.split(/^##\s+/m);
    const last = sections.at(-1) ?? "";
    expect(last.split("\n")[0]).toMatch(/^What to do next\s*$/);
    const targets = Object.values(NEXT_STEP_TARGETS).map((t) => t.href);
    expect(linksIn(last).some((href) => targets.includes(href as (typeof targets)[number]))).toBe(
      true,
    );
  });
});

describe("the library as a whole", () => {
  const stats = articles.map((a) => textStats(mdxToPlainText(a.source)));
  const data = articles.map((a) => articleFrontmatterSchema.safeParse(a.frontmatter).data);

  test("reads at grade 8 or below on average", () => {
    const mean = stats.reduce((sum, s) => sum + s.grade, 0) / stats.length;
    expect(mean).toBeLessThanOrEqual(8);
  });

  test("titles and descriptions are unique", () => {
    expect(new Set(data.map((d) => d?.title)).size).toBe(data.length);
    expect(new Set(data.map((d) => d?.description)).size).toBe(data.length);
  });

  test("every article is linked to from at least one other article", () => {
    const linked = new Set<string>();
    for (const [i, a] of articles.entries()) {
      for (const r of data[i]?.related ?? []) linked.add(r);
      for (const href of linksIn(a.body)) {
        const m = href.match(/^\/articles\/([^/#?]+)\//);
        if (m?.[1] && m[1] !== a.slug) linked.add(m[1]);
      }
    }
    for (const slug of slugs) expect(linked.has(slug), `${slug} is an orphan`).toBe(true);
  });
});
