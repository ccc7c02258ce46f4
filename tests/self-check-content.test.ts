/** The self-check content files (content/self-checks/*.json): schema, scoring and reachable results. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { NEXT_STEP_IDS } from "../src/lib/next-steps";
import { selfCheckSchema } from "../src/lib/self-check/schema";
import {
  achievableScores,
  answersForScore,
  findBand,
  scoreRange,
  totalScore,
} from "../src/lib/self-check/scoring";

const root = join(import.meta.dirname, "..");
const dir = join(root, "content/self-checks");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

const REQUIRED = [
  "how-are-you-taking-it",
  "was-it-you-or-them",
  "interview-debrief",
  "ready-for-the-next-one",
];

describe("the self-check files", () => {
  it("include the four required self-checks", () => {
    const slugs = files.map((f) => basename(f, ".json"));
    for (const slug of REQUIRED) expect(slugs).toContain(slug);
  });

  it("cover every self-check an article can point to", () => {
    const slugs = files.map((f) => basename(f, ".json"));
    for (const id of NEXT_STEP_IDS) if (id !== "worksheet") expect(slugs).toContain(id);
  });
});

describe.each(files)("%s", (file) => {
  const raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const result = selfCheckSchema.safeParse(raw);

  it("matches the schema", () => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
  if (!result.success) return;
  const check = result.data;

  it("has a slug that matches its file name", () => {
    expect(check.slug).toBe(basename(file, ".json"));
  });

  it("recommends only articles that exist", () => {
    for (const band of check.bands) {
      for (const slug of band.articles) {
        expect(
          existsSync(join(root, "content/articles", `${slug}.mdx`)),
          `${band.id}: ${slug}`,
        ).toBe(true);
      }
    }
  });

  it("can reach every band with some set of answers", () => {
    const sums = achievableScores(check.questions);
    for (const band of check.bands) {
      const target = sums.find((s) => s >= band.min && s <= band.max);
      expect(target, `band ${band.id}`).toBeDefined();
      const answers = answersForScore(check.questions, target as number);
      expect(answers).toBeDefined();
      expect(findBand(check.bands, totalScore(check.questions, answers ?? []))?.id).toBe(band.id);
    }
  });

  it("gives every possible total exactly one band", () => {
    const { min, max } = scoreRange(check.questions);
    for (let s = min; s <= max; s++) {
      expect(check.bands.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
    }
  });

  it("gives opposite answers different results", () => {
    const lowest = check.questions.map((q) => {
      const scores = q.options.map((o) => o.score);
      return scores.indexOf(Math.min(...scores));
    });
    const highest = check.questions.map((q) => {
      const scores = q.options.map((o) => o.score);
      return scores.indexOf(Math.max(...scores));
    });
    const low = findBand(check.bands, totalScore(check.questions, lowest));
    const high = findBand(check.bands, totalScore(check.questions, highest));
    expect(low?.id).not.toBe(high?.id);
  });
});
