/**
 * The self-check content files (content/self-checks/*.json): schema, reachable
 * results, and what the results say (issue 22): support that fits, neutral
 * answers, scoring that agrees with the articles, and the stage most
 * applications stop at. Fast: no browser, the same scoring the island runs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOW_MOOD_WEEKS } from "../src/lib/help";
import { NEXT_STEP_IDS } from "../src/lib/next-steps";
import { type SelfCheckData, selfCheckSchema } from "../src/lib/self-check/schema";
import {
  achievableScores,
  answersForScore,
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

/** The checks where distress can show in the answers: each needs per-answer support flags. */
const DISTRESS_CAN_SHOW = [
  "how-are-you-taking-it",
  "was-it-you-or-them",
  "ready-for-the-next-one",
  "where-is-your-search-stuck",
];

/** Merged away: no self-check may point to it. */
const RETIRED_ARTICLES = ["keeping-momentum-with-a-weekly-routine"];

/** Lines a reviewer would call stock consolation, pep talk or flattery, and unsafe advice. */
const STOCK = [
  /small changes can make a real difference/i,
  /not a verdict/i,
  /that is (okay|ok|normal)/i,
  /glad to have you/i,
  /sign (that )?you are near/i,
  /every no (brings|gets) you closer/i,
  /you('ve| have) got this/i,
  /many people are glad/i,
  /each small step makes/i,
  /the job search can wait/i,
  /nobody (needs|has) to be at fault/i,
  /doesn't mean you are weak|does not mean you are weak/i,
];

const load = (slug: string): SelfCheckData =>
  selfCheckSchema.parse(JSON.parse(readFileSync(join(dir, `${slug}.json`), "utf8")));

type Question = SelfCheckData["questions"][number];

/**
 * The ordinary middle answer to a question: of its scored options, the lower
 * middle one by score (for 0–3, the 1); for a question with no scored
 * options, its first option that raises nothing.
 */
function middle(q: Question): number {
  const scored = q.options
    .map((o, j) => ({ o, j }))
    .filter(({ o }) => !o.neutral)
    .sort((a, b) => optionScore(a.o) - optionScore(b.o) || a.j - b.j);
  if (scored.length === 0) return q.options.findIndex((o) => !o.flag);
  return (scored[Math.floor((scored.length - 1) / 2)] as { j: number }).j;
}

/** For each question, its lowest- or highest-scoring option that raises no flag. */
function extremes(check: SelfCheckData, pick: "low" | "high"): number[] {
  return check.questions.map((q) => {
    let best = -1;
    q.options.forEach((o, j) => {
      if (o.neutral || o.flag) return;
      const b = q.options[best];
      if (
        !b ||
        (pick === "low" ? optionScore(o) < optionScore(b) : optionScore(o) > optionScore(b))
      )
        best = j;
    });
    return best >= 0 ? best : middle(q);
  });
}

/** Every piece of result text a person can read: band explanations, worksheet lines, flag panels. */
function resultTexts(check: SelfCheckData): { where: string; text: string }[] {
  return [
    ...check.scales.flatMap((s) =>
      s.bands.flatMap((b) => [
        { where: b.id, text: `${b.title}\n${b.explanation}` },
        ...(b.worksheet ? [{ where: `${b.id} worksheet`, text: b.worksheet }] : []),
      ]),
    ),
    ...check.flags.map((f) => ({ where: `flag ${f.id}`, text: `${f.title}\n${f.text}` })),
  ];
}

const labelIndex = (q: Question | undefined, label: string) => {
  const i = q?.options.findIndex((o) => o.label === label) ?? -1;
  if (i < 0) throw new Error(`No option "${label}" in "${q?.prompt}"`);
  return i;
};

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

  it("recommends only articles that exist, in every band and flag panel", () => {
    const refs = [
      ...check.scales.flatMap((s) => s.bands.flatMap((b) => b.articles.map((a) => [b.id, a]))),
      ...check.flags.flatMap((f) => (f.articles ?? []).map((a) => [`flag ${f.id}`, a])),
    ];
    for (const [where, slug] of refs) {
      expect(existsSync(join(root, "content/articles", `${slug}.mdx`)), `${where}: ${slug}`).toBe(
        true,
      );
      expect(RETIRED_ARTICLES, `${where}: ${slug}`).not.toContain(slug);
    }
  });

  it("can reach every band of every scale with some set of answers", () => {
    for (const scale of check.scales) {
      const qs = questionsOf(check.questions, check.scales, scale.id);
      const sums = achievableScores(qs, scale.mode);
      for (const band of scale.bands) {
        const target = sums.find((s) => s >= band.min && s <= band.max);
        expect(target, `band ${band.id}`).toBeDefined();
        const answers = answersForScore(qs, target as number, scale.mode);
        expect(answers, `band ${band.id}`).toBeDefined();
      }
      const { min, max } = scoreRange(qs, scale.mode);
      for (let s = min; s <= max; s++) {
        expect(scale.bands.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
      }
    }
  });

  it("gives opposite answers different results on every scale", () => {
    const low = scoreAnswers(check.questions, check.scales, extremes(check, "low"));
    const high = scoreAnswers(check.questions, check.scales, extremes(check, "high"));
    for (const [i, s] of low.scales.entries()) expect(s.band).not.toBe(high.scales[i]?.band);
  });

  it("does not raise the support panel for the ordinary middle answers", () => {
    const answers = check.questions.map(middle);
    expect(answers.every((a) => a >= 0)).toBe(true);
    const out = scoreAnswers(check.questions, check.scales, answers);
    expect(out.flags).not.toContain("support");
  });

  it("raises support only from answers, never from a band's total", () => {
    for (const s of check.scales) for (const b of s.bands) expect(b.flag, b.id).not.toBe("support");
  });

  it("raises each answer's flag whatever the other answers, from the most settled to the middle", () => {
    const bases = [check.questions.map(middle), extremes(check, "low"), extremes(check, "high")];
    check.questions.forEach((q, i) => {
      q.options.forEach((o, j) => {
        if (!o.flag) return;
        for (const base of bases) {
          const answers = base.map((a, k) => (k === i ? j : a));
          const out = scoreAnswers(check.questions, check.scales, answers);
          expect(out.flags, `${q.prompt} → ${o.label}`).toContain(o.flag);
        }
      });
    });
  });

  it("shows the site's help (urgent help, the doctor threshold, /help/) in every support panel", () => {
    const support = check.flags.find((f) => f.id === "support");
    if (support) expect(support.help).toBe(true);
  });

  it('never says "below" (the list it points to may be empty), and has no stock lines', () => {
    for (const { where, text } of resultTexts(check)) {
      expect(text, where).not.toMatch(/\bbelow\b/i);
      for (const stock of STOCK) expect(text, where).not.toMatch(stock);
    }
  });

  it("sends a money worry to the money article, never tells anyone to wait", () => {
    const money = check.flags.find((f) => f.id === "money");
    if (money) expect(money.articles).toContain("when-money-is-tight");
    expect(JSON.stringify(check)).not.toMatch(/search can wait|can wait for now/i);
  });

  it("never writes its own time limit for seeing a doctor", () => {
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).not.toMatch(/\b(weeks?|days?|months?)\b[^"]{0,80}\b(doctor|GP|therapist)/i);
    expect(text).not.toMatch(/\b(doctor|GP|therapist)\b[^"]{0,80}\b(weeks?|days?|months?)\b/i);
  });
});

describe("support that fits", () => {
  it.each(DISTRESS_CAN_SHOW)("%s has per-answer support flags", (slug) => {
    const check = load(slug);
    const flagged = check.questions.flatMap((q) => q.options).filter((o) => o.flag === "support");
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(check.flags.find((f) => f.id === "support")?.help).toBe(true);
  });

  it("how-are-you-taking-it: an ordinary first day (the answers that scored 8 before) raises no support", () => {
    const check = load("how-are-you-taking-it");
    // The second-lowest option of every scored question: "It still hurts", "a bit worse"...
    const answers = check.questions.map((q) => {
      const i = q.options.findIndex((o) => o.score === 1);
      return i >= 0 ? i : q.options.findIndex((o) => !o.flag);
    });
    const out = scoreAnswers(check.questions, check.scales, answers);
    expect(out.scales[0]?.total).toBe(8);
    expect(out.flags).toEqual([]);
  });

  it("how-are-you-taking-it: worthlessness, hopelessness, not coping, not sleeping or eating for long, and not being safe each raise support", () => {
    const check = load("how-are-you-taking-it");
    const flagged = check.questions
      .flatMap((q) => q.options)
      .filter((o) => o.flag === "support")
      .map((o) => o.label)
      .join("\n");
    for (const signal of [
      /worthless/i,
      /hopeless/i,
      /not coping/i,
      /sleeping|eating|hardly at all/i,
    ])
      expect(flagged).toMatch(signal);
    const safety = check.questions.find((q) => /not be safe/.test(q.prompt));
    expect(safety?.options.filter((o) => o.flag === "support").length).toBeGreaterThan(0);
    expect(safety?.options.every((o) => o.neutral)).toBe(true);
  });

  it("how-are-you-taking-it: low mood for longer than the one doctor threshold raises support", () => {
    const check = load("how-are-you-taking-it");
    const words = ["no", "one", "two", "three", "four"];
    const long = check.questions
      .flatMap((q) => q.options)
      .find((o) => o.label.includes(`more than ${words[LOW_MOOD_WEEKS]} weeks`));
    expect(long?.flag).toBe("support");
    // The lowest band shows the threshold itself, from src/lib/help.ts.
    expect(check.scales[0]?.bands[0]?.help).toBe(true);
  });

  it("the money question is neutral and raises the money panel wherever it is asked", () => {
    for (const slug of [
      "how-are-you-taking-it",
      "ready-for-the-next-one",
      "where-is-your-search-stuck",
    ]) {
      const check = load(slug);
      const q = check.questions.find((x) => x.options.some((o) => o.flag === "money"));
      expect(q, slug).toBeDefined();
      expect(
        q?.options.every((o) => o.neutral),
        slug,
      ).toBe(true);
    }
  });
});

describe("neutral answers where a person may have none", () => {
  const neutralLabels = (slug: string) =>
    load(slug)
      .questions.flatMap((q) => q.options)
      .filter((o) => o.neutral)
      .map((o) => o.label);

  it.each([
    ["ready-for-the-next-one", "I've decided not to reply"],
    ["ready-for-the-next-one", "It's too soon to say"],
    ["how-are-you-taking-it", "It's too soon to say"],
    ["interview-debrief", "There wasn't one"],
    ["interview-debrief", "They didn't ask"],
    ["was-it-you-or-them", "I don't know"],
    ["where-is-your-search-stuck", "I'm not sure"],
  ])("%s offers “%s”, which counts towards no scale", (slug, label) => {
    expect(neutralLabels(slug)).toContain(label);
  });

  it("a neutral answer leaves every total as it was", () => {
    for (const slug of REQUIRED) {
      const check = load(slug);
      const base = check.questions.map(middle);
      const before = scoreAnswers(check.questions, check.scales, base);
      check.questions.forEach((q, i) => {
        const n = q.options.findIndex((o) => o.neutral && !o.flag);
        if (n < 0 || check.scales.some((s) => s.mode === "largest")) return;
        const zeroed = base.map((a, k) => (k === i ? n : a));
        const after = scoreAnswers(check.questions, check.scales, zeroed);
        const picked = q.options[base[i] as number];
        const scale = q.scale ?? check.scales[0]?.id;
        const diff =
          (before.scales.find((s) => s.scale === scale)?.total ?? 0) -
          (after.scales.find((s) => s.scale === scale)?.total ?? 0);
        expect(diff, `${slug}: ${q.prompt}`).toBe(optionScore(picked ?? {}));
      });
    }
  });
});

describe("was it you, or them? agrees with the articles", () => {
  const check = load("was-it-you-or-them");

  it('"don\'t know" answers alone never give an outside-your-hands verdict', () => {
    const answers = check.questions.map((q) => {
      if (q.scale !== "outside-your-hands") return middle(q);
      const i = q.options.findIndex((o) => o.neutral && !o.flag);
      expect(i, q.prompt).toBeGreaterThanOrEqual(0);
      return i;
    });
    const out = scoreAnswers(check.questions, check.scales, answers);
    expect(out.scales.find((s) => s.scale === "outside-your-hands")?.band).toBe("no-clear-signs");
  });

  it('"a close call" and "another strong applicant" count as evidence on neither side', () => {
    const options = check.questions.flatMap((q) => q.options);
    const close = options.filter((o) =>
      /close call|stronger|rated highly|strong applicant/i.test(o.label),
    );
    expect(close.length).toBeGreaterThanOrEqual(2);
    for (const o of close) expect(o.neutral, o.label).toBe(true);
  });

  it("a discrimination concern raises the rights panel, which links to the rights article", () => {
    const q = check.questions.find((x) => /your age, a disability/.test(x.prompt));
    const raising = q?.options.filter((o) => o.flag === "rights") ?? [];
    expect(raising.length).toBe(2);
    for (const o of raising) expect(o.neutral).toBe(true);
    const panel = check.flags.find((f) => f.id === "rights");
    expect(panel?.articles?.[0]).toBe("your-rights-after-a-job-rejection");
    expect(check.notice).toMatch(/Your rights after a job rejection/);
  });

  it("names at most two things in your hands, the most pressing first", () => {
    const out = scoreAnswers(check.questions, check.scales, extremes(check, "high"));
    expect(out.focus.length).toBeGreaterThan(0);
    expect(out.focus.length).toBeLessThanOrEqual(2);
  });
});

describe("where is your search stuck? names the stage most applications stop at", () => {
  const check = load("where-is-your-search-stuck");
  const stageQs = questionsOf(check.questions, check.scales, "stage");
  const at = (label: string) => (q: Question) => labelIndex(q, label);
  const none = at("None");

  /** Answers with a count per stage (labels), and the middle answer everywhere else. */
  function withCounts(counts: string[]): number[] {
    return check.questions.map((q) => {
      const s = stageQs.indexOf(q);
      return s >= 0 ? labelIndex(q, counts[s] ?? "None") : middle(q);
    });
  }
  const stageOf = (answers: number[]) =>
    scoreAnswers(check.questions, check.scales, answers).scales.find((s) => s.scale === "stage")
      ?.band;

  it("asks one count per stage, in order, with ranges and a don't-know", () => {
    expect(stageQs).toHaveLength(4);
    for (const q of stageQs) {
      expect(q.options.map((o) => o.label)).toEqual([
        "None",
        "One or two",
        "Three to nine",
        "Ten or more",
        "I'm not sure",
      ]);
      expect(none(q)).toBe(0);
    }
  });

  it("28 silences and one final round: most stop before any reply", () => {
    expect(stageOf(withCounts(["Ten or more", "None", "None", "One or two"]))).toBe("no-replies");
  });

  it("a few silences and many late rounds: most stop in the later rounds", () => {
    expect(stageOf(withCounts(["One or two", "None", "One or two", "Three to nine"]))).toBe(
      "later-rounds",
    );
  });

  it("each stage can be the main stopping point", () => {
    expect(stageOf(withCounts(["None", "Ten or more", "One or two", "None"]))).toBe(
      "no-interviews",
    );
    expect(stageOf(withCounts(["One or two", "One or two", "Three to nine", "One or two"]))).toBe(
      "first-not-second",
    );
  });

  it("a tie goes to the earlier stage, where a change helps every later one", () => {
    expect(stageOf(withCounts(["Three to nine", "None", "Three to nine", "None"]))).toBe(
      "no-replies",
    );
  });

  it("nothing ended yet, or no idea of the numbers: too early to see a pattern", () => {
    expect(stageOf(withCounts(["None", "None", "None", "None"]))).toBe("too-soon");
    expect(
      stageOf(withCounts(["I'm not sure", "I'm not sure", "I'm not sure", "I'm not sure"])),
    ).toBe("too-soon");
  });

  it("the stage result says where MOST applications stop, not the furthest reached", () => {
    const stage = check.scales.find((s) => s.id === "stage");
    expect(stage?.mode).toBe("largest");
    for (const b of stage?.bands.slice(1) ?? []) expect(b.title).toMatch(/^Most /);
  });
});

describe("different answers lead to different results", () => {
  it.each(REQUIRED)("%s: the bands' words differ from each other", (slug) => {
    const check = load(slug);
    const texts = check.scales.flatMap((s) => s.bands.map((b) => b.explanation));
    expect(new Set(texts).size).toBe(texts.length);
    const titles = check.scales.flatMap((s) => s.bands.map((b) => b.title));
    expect(new Set(titles).size).toBe(titles.length);
  });
});
