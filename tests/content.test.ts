/**
 * Editorial rules for every article in content/articles, checked on the source
 * files: valid frontmatter, sources, review dates, length, reading level,
 * structure, help links and redirects.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { articleFrontmatterSchema, sourceSchema } from "../src/lib/article-schema";
import { articleText, isTemplateId } from "../src/lib/drafts/templates";
import { HELP_HREF } from "../src/lib/help";
import { NEXT_STEP_IDS, NEXT_STEP_TARGETS } from "../src/lib/next-steps";
import { mdxToPlainText, textStats } from "../src/lib/readability";
import { ARTICLE_REDIRECTS } from "../src/lib/redirects";
import { reviewStatus } from "../src/lib/review-dates";
import { articleFiles } from "./support/article-files";

const SELF_CHECKS_DIR = "content/self-checks";

/** The callout types the Callout component accepts, read from its Props. */
const CALLOUT_TYPES = [
  ...(
    readFileSync("src/components/Callout.astro", "utf8").match(/type\?:\s*([^;]+);/)?.[1] ?? ""
  ).matchAll(/"([a-z]+)"/g),
].map((m) => m[1]);

/** The components an article may use: the ones the article page passes to <Content>. */
const KNOWN_COMPONENTS = [
  "Callout",
  "Checklist",
  "ChecklistItem",
  "Cite",
  "Fact",
  "Illustration",
  "KeyTakeaways",
  "NextStep",
  "Template",
  "WhenToGetHelp",
];

/**
 * Articles that state no facts at all (no research, law, benefits or services),
 * so they may have no sources. A reviewer confirms each one; the test prints them.
 */
const NO_FACTS_ARTICLES: string[] = ["replying-to-a-rejection-email"];

/** The library must be at least this big (issue 9). */
const MIN_ARTICLES = 20;

/**
 * Home-made time limits for seeing someone. The site has ONE threshold, in the
 * <WhenToGetHelp /> component; an article must use it instead of its own words.
 */
const TIME_LIMIT =
  /\b(?:a few weeks|for weeks|weeks on end|several weeks|many weeks|a couple of weeks|a long stretch|a long time|for a while|(?:more than|over|longer than|for|after|lasts?|lasting) (?:a|one|two|2|three|3|a few|a couple of) (?:weeks?|months?))\b/gi;
const SEEING_SOMEONE =
  /\b(?:doctor|GP|therapist|(?:counsellor|counselor)|psychologist|health professional|professional help|talk to (?:someone|somebody)|speak to (?:someone|somebody))\b/i;

/** Time limits that sit within 150 characters of a doctor, a therapist or "talk to someone". */
function homeMadeThresholds(text: string): string[] {
  return [...text.matchAll(TIME_LIMIT)]
    .map((m) => text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150))
    .filter((near) => SEEING_SOMEONE.test(near))
    .map((near) => near.replace(/\s+/g, " ").trim());
}

const articles = articleFiles();
const slugs = new Set(articles.map((a) => a.slug));

/** Markdown links and href attributes in the body, in order. */
function linksIn(body: string): string[] {
  return [
    ...[...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ""),
    ...[...body.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1] ?? ""),
  ];
}

/** Section headings (## and ###): a reader should meet one every 250 words or so. */
const headingCount = (body: string) => (body.match(/^###?\s+\S/gm) ?? []).length;

test(`the library has at least ${MIN_ARTICLES} articles`, () => {
  expect(articles.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
});

test("the articles that may have no sources are listed for a reviewer", () => {
  console.info(
    NO_FACTS_ARTICLES.length > 0
      ? `Articles with no sources (they state no facts; confirm each): ${NO_FACTS_ARTICLES.join(", ")}`
      : "Every article cites at least one source (NO_FACTS_ARTICLES is empty).",
  );
  for (const slug of NO_FACTS_ARTICLES)
    expect(slugs.has(slug), `${slug} is not an article`).toBe(true);
});

test("the threshold check catches home-made time limits and passes the shared component", () => {
  expect(homeMadeThresholds("If it lasts a few weeks, talk to your doctor.")).toHaveLength(1);
  expect(homeMadeThresholds("If you feel low for a long stretch, see a GP.")).toHaveLength(1);
  expect(
    homeMadeThresholds("Speak to a therapist if it goes on for more than a week."),
  ).toHaveLength(1);
  expect(homeMadeThresholds("Give yourself a few weeks before you apply again.")).toEqual([]);
  expect(
    homeMadeThresholds("Follow up about a week later, or on a professional networking site."),
  ).toEqual([]);
  expect(homeMadeThresholds("<WhenToGetHelp />")).toEqual([]);
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

  test("is 700 to 1,400 words long", () => {
    expect(stats.words).toBeGreaterThanOrEqual(700);
    expect(stats.words).toBeLessThanOrEqual(1400);
  });

  test("reads at grade 9 or below, with sentences of 18 words or fewer on average", () => {
    expect(stats.grade).toBeLessThanOrEqual(9);
    expect(stats.wordsPerSentence).toBeLessThanOrEqual(18);
  });

  test("cites at least one source, unless it is listed as stating no facts", () => {
    const sources = Array.isArray(raw.sources) ? raw.sources : [];
    if (NO_FACTS_ARTICLES.includes(slug)) return;
    expect(
      sources.length,
      `${slug} cites no sources: add them, or list it in NO_FACTS_ARTICLES`,
    ).toBeGreaterThan(0);
  });

  test("every source has a title, a year, authors or a publisher, and a URL or DOI", () => {
    const sources = Array.isArray(raw.sources) ? raw.sources : [];
    for (const [i, source] of sources.entries()) {
      const issues = sourceSchema.safeParse(source).error?.issues;
      expect(issues?.map((x) => `sources.${i}.${x.path.join(".")}: ${x.message}`) ?? []).toEqual(
        [],
      );
    }
  });

  test("is not past its next review date", () => {
    const nextReview = parsed.data?.nextReview;
    expect(nextReview, "nextReview is missing or not a date").toBeInstanceOf(Date);
    if (!nextReview) return;
    const status = reviewStatus(nextReview);
    expect(
      status.state,
      `${slug} was due for review on ${nextReview.toISOString().slice(0, 10)}: review the article and move both dates`,
    ).not.toBe("overdue");
  });

  test("tells no story about a person except in one <Illustration>", () => {
    expect((body.match(/<Illustration\b/g) ?? []).length).toBeLessThanOrEqual(1);
    for (const m of body.matchAll(/<Illustration\b([^>]*)>/g)) {
      expect(m[1], "an Illustration needs a title").toMatch(/\btitle="[^"]{3,}"/);
    }
  });

  test("writes no time limit of its own for seeing a doctor (use <WhenToGetHelp />)", () => {
    expect(homeMadeThresholds(mdxToPlainText(source))).toEqual([]);
  });

  test("a coping article points to help", () => {
    if (raw.topic !== "coping") return;
    expect(
      /<WhenToGetHelp\s*\/>/.test(body) || linksIn(body).includes(HELP_HREF),
      `${slug} needs <WhenToGetHelp /> or a link to ${HELP_HREF}`,
    ).toBe(true);
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
    expect(stats.words / (headingCount(body) + 1)).toBeLessThanOrEqual(250);
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
      // An email the drafts share comes from src/lib/drafts/templates.ts by its id.
      const draft = m[1]?.match(/\bdraft="([^"]+)"/)?.[1];
      if (draft !== undefined) {
        expect(isTemplateId(draft), `unknown template ${draft}`).toBe(true);
        if (isTemplateId(draft)) expect(articleText(draft).length).toBeGreaterThan(20);
        continue;
      }
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

test("no page or self-check writes its own time limit for seeing a doctor", () => {
  const files = [
    ...readdirSync("src/pages", { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".astro"))
      .map((f) => join("src/pages", f)),
    ...readdirSync(SELF_CHECKS_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(SELF_CHECKS_DIR, f)),
  ];
  expect(files.length).toBeGreaterThan(5);
  const found = files.flatMap((file) =>
    homeMadeThresholds(readFileSync(file, "utf8")).map((near) => `${file}: ${near}`),
  );
  expect(found, "use DOCTOR_THRESHOLD from src/lib/help.ts instead").toEqual([]);
});

describe("redirects for merged articles", () => {
  test.each(Object.entries(ARTICLE_REDIRECTS))("%s -> %s", (from, to) => {
    expect(slugs.has(to), `redirect target ${to} is not an article`).toBe(true);
    expect(
      slugs.has(from),
      `${from} is merged away: delete its file so the redirect is built`,
    ).toBe(false);
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
