/** The self-check content files (content/self-checks/*.json): schema, scales, flags and reachable results. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { NEXT_STEP_IDS } from "../src/lib/next-steps";
import { type SelfCheckData, selfCheckSchema } from "../src/lib/self-check/schema";
import {
  achievableScores,
  answersForScore,
  findBand,
  optionScore,
  questionsOf,
  scoreAnswers,
  scoreRange,
} from "../src/lib/self-check/scoring";

const root = join(import.meta.dirname, "..");
const dir = join(root, "content/self-checks");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

const REQUIRED = [
  "how-are-you-taking-it",
  "was-it-you-or-them",
  "interview-debrief",
  "ready-for-the-next-one",
  "where-is-your-search-stuck",
];

/** For each question, its lowest- or highest-scoring option that is not neutral. */
function extremes(check: Pick<SelfCheckData, "questions">, pick: "low" | "high"): number[] {
  return check.questions.map((q) => {
    let best = -1;
    q.options.forEach((o, j) => {
      if (o.neutral) return;
      const b = q.options[best];
      if (
        !b ||
        (pick === "low" ? optionScore(o) < optionScore(b) : optionScore(o) > optionScore(b))
      )
        best = j;
    });
    return best;
  });
}

describe("the self-check files", () => {
  it("include the five required self-checks", () => {
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
    for (const scale of check.scales) {
      for (const band of scale.bands) {
        for (const slug of band.articles) {
          expect(
            existsSync(join(root, "content/articles", `${slug}.mdx`)),
            `${band.id}: ${slug}`,
          ).toBe(true);
        }
      }
    }
  });

  it("can reach every band of every scale with some set of answers", () => {
    for (const scale of check.scales) {
      const qs = questionsOf(check.questions, check.scales, scale.id);
      const sums = achievableScores(qs);
      for (const band of scale.bands) {
        const target = sums.find((s) => s >= band.min && s <= band.max);
        expect(target, `band ${band.id}`).toBeDefined();
        expect(answersForScore(qs, target as number), `band ${band.id}`).toBeDefined();
      }
      const { min, max } = scoreRange(qs);
      for (let s = min; s <= max; s++) {
        expect(scale.bands.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
      }
    }
  });

  it("gives opposite answers different results", () => {
    const low = scoreAnswers(check.questions, check.scales, extremes(check, "low"));
    const high = scoreAnswers(check.questions, check.scales, extremes(check, "high"));
    expect(low.scales.map((s) => s.band)).not.toEqual(high.scales.map((s) => s.band));
    for (const [i, s] of low.scales.entries()) expect(s.band).not.toBe(high.scales[i]?.band);
  });

  it("never writes its own time limit for seeing a doctor", () => {
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).not.toMatch(/\b(weeks?|days?|months?)\b[^"]{0,80}\b(doctor|GP|therapist)/i);
    expect(text).not.toMatch(/\b(doctor|GP|therapist)\b[^"]{0,80}\b(weeks?|days?|months?)\b/i);
  });
});

describe("the fairness and safety rules of issue 12", () => {
  const load = (slug: string) =>
    selfCheckSchema.parse(JSON.parse(readFileSync(join(dir, `${slug}.json`), "utf8")));

  it('was-it-you-or-them: "don\'t know" answers alone never give an outside-your-hands verdict', () => {
    const check = load("was-it-you-or-them");
    const answers = check.questions.map((q) => {
      if (q.scale !== "outside-your-hands") return 0;
      const i = q.options.findIndex((o) => o.neutral);
      expect(i, q.prompt).toBeGreaterThanOrEqual(0);
      return i;
    });
    const out = scoreAnswers(check.questions, check.scales, answers);
    const outside = out.scales.find((s) => s.scale === "outside-your-hands");
    expect(outside?.band).toBe(check.scales[1]?.bands[0]?.id);
  });

  it("was-it-you-or-them: names at most two things in your hands, the most pressing first", () => {
    const check = load("was-it-you-or-them");
    const out = scoreAnswers(check.questions, check.scales, extremes(check, "high"));
    expect(out.focus.length).toBeGreaterThan(0);
    expect(out.focus.length).toBeLessThanOrEqual(2);
  });

  it("how-are-you-taking-it: the most distressed option of each mood, hope, coping or sleep question raises support", () => {
    const check = load("how-are-you-taking-it");
    expect(check.notice).toMatch(/not a medical test/);
    const flagged = check.questions.filter((q) => q.options.some((o) => o.flag === "support"));
    expect(flagged.length).toBeGreaterThanOrEqual(4);
    for (const q of flagged) {
      const lowest = q.options.reduce((a, b) => (optionScore(b) < optionScore(a) ? b : a));
      expect(lowest.flag, q.prompt).toBe("support");
    }
    // One flagged answer in an otherwise settled check-in still brings up help.
    const high = extremes(check, "high");
    const i = check.questions.indexOf(flagged[0] as (typeof check.questions)[number]);
    const answers = high.map((a, j) =>
      j === i ? (flagged[0]?.options.findIndex((o) => o.flag === "support") ?? 0) : a,
    );
    const out = scoreAnswers(check.questions, check.scales, answers);
    expect(out.flags).toContain("support");
    expect(findBand(check.scales[0]?.bands ?? [], out.scales[0]?.total ?? 0)?.id).not.toBe(
      check.scales[0]?.bands[0]?.id,
    );
    expect(check.flags.find((f) => f.id === "support")?.help).toBe(true);
  });

  it("ready-for-the-next-one and interview-debrief: no network points to public services, and costs nothing", () => {
    for (const slug of ["ready-for-the-next-one", "interview-debrief"]) {
      const check = load(slug);
      const option = check.questions.flatMap((q) => q.options).find((o) => o.flag === "network");
      expect(option?.neutral, slug).toBe(true);
      const panel = check.flags.find((f) => f.id === "network");
      expect(panel?.text).toMatch(/public employment services/i);
      expect(panel?.text).toMatch(/careers services/);
      expect(panel?.text).toMatch(/job clubs/);
    }
  });

  it("where-is-your-search-stuck: each stage where applications stop has its own result", () => {
    const check = load("where-is-your-search-stuck");
    const stage = check.scales.find((s) => s.id === "stage");
    expect(stage?.bands.map((b) => b.id)).toEqual([
      "no-replies",
      "no-interviews",
      "first-not-second",
      "later-rounds",
    ]);
  });
});
