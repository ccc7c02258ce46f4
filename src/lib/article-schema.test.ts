import { describe, expect, test } from "vitest";
import { articleFrontmatterSchema } from "./article-schema";

const good = {
  title: "It's often not about you",
  description:
    "A no after a strong interview often has nothing to do with your skills. See why, and plan your next move.",
  topic: "mindset",
  reviewed: "2026-11-29",
  nextReview: "2027-11-29",
  takeaways: [
    "Many reasons for a no say nothing about your skills.",
    "The employer may have changed what they wanted.",
    "Plan one clear next move.",
  ],
  related: ["why-hiring-decisions-go-the-way-they-do", "learning-from-a-rejection"],
  nextStep: "was-it-you-or-them",
  sources: [
    {
      id: "spera-1994",
      title: "Expressive writing and coping with job loss",
      authors: "Spera, S. P., Buhrfeind, E. D. and Pennebaker, J. W.",
      publisher: "Academy of Management Journal",
      year: 1994,
      doi: "10.5465/256708",
    },
  ],
};
const [source] = good.sources as [(typeof good.sources)[number]];

/** "path: message" for each complaint. */
function messages(input: unknown): string[] {
  const result = articleFrontmatterSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** The paths of the fields the schema complains about. */
function problems(input: unknown): string[] {
  const result = articleFrontmatterSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("articleFrontmatterSchema", () => {
  test("accepts a good article and fills in defaults", () => {
    const data = articleFrontmatterSchema.parse(good);
    expect(data.reviewed).toEqual(new Date("2026-11-29"));
    expect(data.nextReview).toEqual(new Date("2027-11-29"));
    expect(data.draft).toBe(false);

    const { nextStep: _n, related: _r, sources: _s, ...minimal } = good;
    const defaults = articleFrontmatterSchema.parse(minimal);
    expect(defaults.nextStep).toBe("worksheet");
    expect(defaults.related).toEqual([]);
    expect(defaults.sources).toEqual([]);
  });

  test("rejects a description over 160 characters", () => {
    expect(problems({ ...good, description: "x".repeat(161) })).toEqual(["description"]);
    expect(problems({ ...good, description: "x".repeat(160) })).toEqual([]);
  });

  test("rejects an unknown topic", () => {
    expect(problems({ ...good, topic: "feelings" })).toEqual(["topic"]);
  });

  test("rejects fewer than 3 or more than 5 takeaways", () => {
    expect(problems({ ...good, takeaways: good.takeaways.slice(0, 2) })).toEqual(["takeaways"]);
    const six = [...good.takeaways, ...good.takeaways];
    expect(problems({ ...good, takeaways: six })).toEqual(["takeaways"]);
  });

  test("rejects a date that is not a date, and the old updated field alone", () => {
    expect(problems({ ...good, reviewed: "next Tuesday" })).toEqual(["reviewed"]);
    const { reviewed: _r, nextReview: _n, ...old } = good;
    expect(problems({ ...old, updated: "2026-11-25" })).toEqual(["reviewed", "nextReview"]);
  });

  test("rejects a next review that is not after the last review", () => {
    expect(messages({ ...good, nextReview: "2026-11-29" })).toEqual([
      "nextReview: nextReview must be after reviewed",
    ]);
    expect(problems({ ...good, nextReview: "2026-01-01" })).toEqual(["nextReview"]);
  });

  test("rejects a next review more than three years after the last", () => {
    expect(problems({ ...good, nextReview: "2029-11-29" })).toEqual([]);
    expect(messages({ ...good, nextReview: "2029-11-30" })).toEqual([
      "nextReview: nextReview must be at most 3 years after reviewed",
    ]);
  });

  test("accepts a source with a publisher and a url only", () => {
    const web = {
      id: "nhs-low-mood",
      title: "Low mood",
      publisher: "NHS",
      year: 2024,
      url: "https://www.nhs.uk/",
    };
    expect(problems({ ...good, sources: [web] })).toEqual([]);
  });

  test("requires each source to have a kebab-case id for its citation markers", () => {
    const { id: _i, ...noId } = source;
    expect(messages({ ...good, sources: [noId] })).toEqual([
      'sources.0.id: Give each source an id, like acas-rejected-applicants, for <Cite id="…" />',
    ]);
    for (const id of ["Acas", "acas_page", "acas--page", "-acas", ""]) {
      expect(problems({ ...good, sources: [{ ...source, id }] }), id).toEqual(["sources.0.id"]);
    }
  });

  test("rejects a source with neither authors nor publisher", () => {
    const { authors: _a, publisher: _p, ...nobody } = source;
    expect(messages({ ...good, sources: [nobody] })).toEqual([
      "sources.0.authors: Each source needs authors or a publisher (or both)",
    ]);
  });

  test("rejects a source with neither url nor doi", () => {
    const { doi: _d, ...nowhere } = source;
    expect(messages({ ...good, sources: [nowhere] })).toEqual([
      "sources.0.url: Each source needs a url or a doi (or both) so readers can find it",
    ]);
  });

  test("rejects a source year that is not a whole number from 1800 to 2100", () => {
    for (const year of [1799, 2101, 2024.5, "2024"]) {
      expect(problems({ ...good, sources: [{ ...source, year }] }), String(year)).toEqual([
        "sources.0.year",
      ]);
    }
  });

  test("rejects a url that is not https and a doi that is not a doi", () => {
    expect(messages({ ...good, sources: [{ ...source, url: "http://example.org/" }] })).toEqual([
      "sources.0.url: A source's url must be a full https:// address",
    ]);
    for (const doi of ["https://doi.org/10.5465/256708", "10.54/x", "doi:10.5465/256708"]) {
      expect(problems({ ...good, sources: [{ ...source, doi }] }), doi).toEqual(["sources.0.doi"]);
    }
  });

  test("rejects a source without a title", () => {
    const { title: _t, ...untitled } = source;
    expect(problems({ ...good, sources: [untitled] })).toEqual(["sources.0.title"]);
  });

  test("rejects an unknown next step and a related slug that is not a slug", () => {
    expect(problems({ ...good, nextStep: "call-a-friend" })).toEqual(["nextStep"]);
    expect(problems({ ...good, related: ["Not A Slug"] })).toEqual(["related.0"]);
  });

  test("gives a plain message for a long description", () => {
    const result = articleFrontmatterSchema.safeParse({ ...good, description: "x".repeat(200) });
    expect(result.error?.issues[0]?.message).toMatch(/160 characters or fewer/);
  });
});

describe("everyday phrases", () => {
  const withEveryday = (everyday: unknown) =>
    articleFrontmatterSchema.safeParse({ ...good, everyday });

  test("are optional, and default to none", () => {
    expect(articleFrontmatterSchema.parse(good).everyday).toEqual([]);
  });

  test("accept short lower-case phrases with numbers, apostrophes and hyphens", () => {
    const list = ["ghosted", "no reply", "can't pay rent", "14 rejections", "runner-up"];
    const result = withEveryday(list);
    expect(result.success).toBe(true);
    expect(result.data?.everyday).toEqual(list);
  });

  test.each([
    ["Ghosted"],
    ["no  reply"],
    [" no reply"],
    ["ghosted!"],
    [""],
    ["a phrase that goes on far too long to be typed"],
  ])("reject %j with a plain message", (phrase) => {
    const result = withEveryday([phrase]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/everyday phrase/);
  });

  test("reject a phrase listed twice", () => {
    const result = withEveryday(["ghosted", "ghosted"]);
    expect(result.error?.issues[0]?.message).toBe("List each everyday phrase once");
  });
});
