/**
 * The self-check content files (content/self-checks/*.json): schema, reachable
 * results, and what the results say (issue 22): support that fits, neutral
 * answers, scoring that agrees with the articles, and the stage most
 * applications stop at. Fast: no browser, the same scoring the island runs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACTS, factText, getFact } from "../src/lib/facts";
import { dialDigits, LOW_MOOD_WEEKS } from "../src/lib/help";
import { NEXT_STEP_IDS } from "../src/lib/next-steps";
import { crisisCountries } from "../src/lib/self-check/crisis";
import { type SelfCheckData, selfCheckSchema } from "../src/lib/self-check/schema";
import {
  achievableScores,
  answersForScore,
  optionScore,
  questionsOf,
  readingList,
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
      const sums = achievableScores(qs, scale.mode, scale.pattern);
      for (const band of scale.bands) {
        const target = sums.find((s) => s >= band.min && s <= band.max);
        expect(target, `band ${band.id}`).toBeDefined();
        const answers = answersForScore(qs, target as number, scale.mode, scale.pattern);
        expect(answers, `band ${band.id}`).toBeDefined();
      }
      const { min, max } = scoreRange(qs, scale.mode, scale.pattern);
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
  });

  it("how-are-you-taking-it: any thought of self-harm raises its own crisis panel, listed first", () => {
    const check = load("how-are-you-taking-it");
    const safety = check.questions.find((q) => /not be safe/.test(q.prompt));
    const yes = safety?.options.filter((o) => /^Yes/.test(o.label)) ?? [];
    expect(yes.length).toBe(2);
    for (const o of yes) expect(o.flag, o.label).toBe("safety");
    expect(safety?.options.every((o) => o.neutral)).toBe(true);
    const panel = check.flags[0];
    expect(panel?.id).toBe("safety");
    expect(panel?.crisis).toBe(true);
    // The panel's words name the services; their numbers come from the facts file, never typed here.
    for (const id of ["samaritans-phone", "uk-shout-text"])
      expect(panel?.text).not.toContain(dialDigits(factText(getFact(id), new Date("2026-12-07"))));
    // Only the self-harm answers raise it.
    const others = check.questions.filter((q) => q !== safety).flatMap((q) => q.options);
    expect(others.some((o) => o.flag === "safety")).toBe(false);
  });

  it("the crisis panel's first action calls Samaritans and the next texts Shout, numbers from the facts file", () => {
    const today = new Date("2026-12-07T12:00:00Z");
    const actions =
      crisisCountries(today, "/help/", FACTS).find((c) => c.region === "uk")?.actions ?? [];
    const samaritans = dialDigits(factText(getFact("samaritans-phone"), today));
    const shout = dialDigits(factText(getFact("uk-shout-text"), today));
    expect(samaritans).toMatch(/^\d{5,}$/);
    expect(actions[0]?.href).toBe(`tel:${samaritans}`);
    expect(actions[0]?.label).toMatch(/Samaritans/);
    expect(actions[1]?.href).toMatch(new RegExp(`^sms:${shout}\\b`));
    expect(actions[1]?.label).toMatch(/Shout/);
    expect(actions).toHaveLength(2);
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
    ["how-are-you-taking-it", "Not yet: I've only just heard"],
    ["how-are-you-taking-it", "There's no one I'd tell"],
    ["ready-for-the-next-one", "I'm in work, so I can choose my moment"],
    ["ready-for-the-next-one", "None for now: I'm in work and waiting for the right one"],
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
    expect(stageOf(withCounts(["One or two", "None", "One or two", "Three to nine"]))).toBe(
      "later-rounds",
    );
  });

  it("a tie goes to the earlier stage, where a change helps every later one, and says it is a tie", () => {
    const tie = withCounts(["Three to nine", "None", "Three to nine", "None"]);
    expect(stageOf(tie)).toBe("no-replies");
    expect(scoreAnswers(check.questions, check.scales, tie).flags).toContain("tie");
    const clear = withCounts(["Ten or more", "None", "Three to nine", "None"]);
    expect(scoreAnswers(check.questions, check.scales, clear).flags).not.toContain("tie");
    expect(check.flags.find((f) => f.id === "tie")?.text).toMatch(/earlier/);
  });

  it("nothing ended yet, no idea of the numbers, or no stage with three or more: too early to see a pattern", () => {
    expect(stageOf(withCounts(["None", "None", "None", "None"]))).toBe("too-soon");
    expect(
      stageOf(withCounts(["I'm not sure", "I'm not sure", "I'm not sure", "I'm not sure"])),
    ).toBe("too-soon");
    const few = withCounts(["One or two", "One or two", "None", "One or two"]);
    expect(stageOf(few)).toBe("too-soon");
    // Small numbers that happen to be equal are not a tie worth naming either.
    expect(scoreAnswers(check.questions, check.scales, few).flags).not.toContain("tie");
  });

  /** Every combination of the four stage counts (5 × 5 × 5 × 5), as option indexes. */
  const allCounts = (): number[][] => {
    let out: number[][] = [[]];
    for (const q of stageQs) out = out.flatMap((a) => q.options.map((_, j) => [...a, j]));
    return out;
  };

  it("claims only what the counts guarantee: a named stage is at least as common as every other, with three or more", () => {
    const stage = check.scales.find((s) => s.id === "stage");
    for (const counts of allCounts()) {
      const answers = check.questions.map((q) => {
        const s = stageQs.indexOf(q);
        return s >= 0 ? (counts[s] as number) : middle(q);
      });
      const band = stageOf(answers);
      const scores = stageQs.map((q, s) => optionScore(q.options[counts[s] as number] ?? {}));
      const place = stage?.bands.findIndex((b) => b.id === band) ?? -1;
      if (place === 0) {
        // "No stage has three or more ended applications yet"
        expect(Math.max(...scores), band).toBeLessThan(2);
      } else {
        const named = scores[place - 1] as number;
        expect(named, band).toBeGreaterThanOrEqual(2);
        // "No stage ends more of your applications than…"
        for (const other of scores) expect(other).toBeLessThanOrEqual(named);
      }
    }
  });

  /** Articles whose subject is interviews: wrong as a first step for someone who is not reaching one. */
  const INTERVIEW_READING = [
    "turning-a-debrief-into-a-practice-plan",
    "learning-from-a-rejection",
    "learning-from-final-round-tasks",
    "coming-second-after-a-final-round",
  ];

  it("before any interview, never names interview practice or interview reading, whatever the method answers", () => {
    const methodQs = check.questions.filter(
      (q) => q.scale === "what-to-change" && q.options.some((o) => o.focus),
    );
    expect(methodQs.length).toBeGreaterThanOrEqual(3);
    let combos: number[][] = [[]];
    for (const q of methodQs) combos = combos.flatMap((a) => q.options.map((_, j) => [...a, j]));
    // One set of counts for each stage before an interview (the result depends only on the stage named).
    const early = new Map<string, number[]>();
    for (const counts of allCounts()) {
      const answers = check.questions.map((q) => {
        const s = stageQs.indexOf(q);
        return s >= 0 ? (counts[s] as number) : middle(q);
      });
      const band = stageOf(answers) ?? "";
      if (["too-soon", "no-replies", "no-interviews"].includes(band) && !early.has(band))
        early.set(band, answers);
    }
    expect([...early.keys()].sort()).toEqual(["no-interviews", "no-replies", "too-soon"]);
    const bands = check.scales.flatMap((s) => s.bands);
    const wrong: string[] = [];
    for (const [stage, base] of early)
      for (const method of combos) {
        const answers = base.map((a, i) => {
          const m = methodQs.indexOf(check.questions[i] as Question);
          return m >= 0 ? (method[m] as number) : a;
        });
        const out = scoreAnswers(check.questions, check.scales, answers);
        const reading = readingList(
          out.scales.map((o) =>
            bands.find((b) => b.id === o.band)?.articles.map((href) => ({ href })),
          ),
        ).map((a) => a.href);
        for (const f of out.focus) if (/interview/i.test(f)) wrong.push(`${stage}: ${f}`);
        for (const slug of reading)
          if (INTERVIEW_READING.includes(slug)) wrong.push(`${stage}: reading ${slug}`);
      }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it("silence gets application work first: tailoring and targeting, and the application reading", () => {
    const answers = withCounts(["Ten or more", "None", "None", "One or two"]).map((a, i) => {
      const q = check.questions[i] as Question;
      if (q.prompt.startsWith("Do you change your CV")) return labelIndex(q, "Sometimes");
      if (q.prompt.startsWith("Before an interview")) return labelIndex(q, "Not usually");
      if (q.prompt.startsWith("Have you asked anyone")) return labelIndex(q, "No, not yet");
      return a;
    });
    const out = scoreAnswers(check.questions, check.scales, answers);
    expect(out.scales[0]?.band).toBe("no-replies");
    expect(out.focus).toEqual([
      "Ask one employer, or one person you trust, for specific feedback",
      "Tailor your CV to the top three things each advert asks for",
    ]);
    // The same answers with most applications ending after first interviews do get interview practice.
    const later = answers.map((a, i) => {
      const s = stageQs.indexOf(check.questions[i] as Question);
      return s < 0
        ? a
        : labelIndex(stageQs[s], ["None", "None", "Ten or more", "None"][s] as string);
    });
    expect(scoreAnswers(check.questions, check.scales, later).focus).toContain(
      "Practise your answers out loud before each interview",
    );
  });

  it("a run of noes before interviews points to barriers and rights", () => {
    const band = check.scales.flatMap((s) => s.bands).find((b) => b.id === "no-interviews");
    expect(band?.articles).toContain("facing-barriers-in-hiring");
    expect(band?.articles).toContain("your-rights-after-a-job-rejection");
    expect(band?.explanation).toMatch(/Facing barriers in hiring/);
    expect(band?.explanation).toMatch(/Your rights after a job rejection/);
  });

  it("uses the long-search article's number: four or five applications", () => {
    const text = JSON.stringify(check);
    expect(text).not.toMatch(/five or six|next five applications/);
    expect(text).toMatch(/four or five applications/);
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

/**
 * Results are picked by a scale's total, so a band's words may claim only what
 * every set of answers reaching it guarantees. These are the claims earlier
 * drafts made about specific answers: wherever a band still makes one, no
 * answer set that contradicts it may reach that band. Checked exactly over all
 * answer combinations (totals are worked out per scale, with the answer fixed).
 */
const CLAIMS: { slug: string; claim: RegExp; contradictedBy: [string, string] }[] = [
  {
    slug: "how-are-you-taking-it",
    claim: /you are sleeping/i,
    contradictedBy: ["How have you been sleeping", "Hardly at all, for more than a few days"],
  },
  {
    slug: "how-are-you-taking-it",
    claim: /talking to people/i,
    contradictedBy: ["Have you told anyone", "No, I'm keeping it to myself"],
  },
  {
    slug: "how-are-you-taking-it",
    claim: /ready to look again/i,
    contradictedBy: ["How do you feel about looking", "I can't face it yet"],
  },
  {
    slug: "how-are-you-taking-it",
    claim: /getting through your days/i,
    contradictedBy: ["Are you keeping up", "No: I'm not coping with everyday things"],
  },
  {
    slug: "how-are-you-taking-it",
    claim: /reaching your mood/i,
    contradictedBy: ["How has your mood been", "Mostly settled"],
  },
  {
    slug: "interview-debrief",
    claim: /answers showed what you can do/i,
    contradictedBy: ["How well did your answers", "I can't tell how they came across"],
  },
  {
    slug: "interview-debrief",
    claim: /you prepared (well|and performed)/i,
    contradictedBy: ["Did you prepare examples", "No, I didn't prepare any"],
  },
  {
    slug: "interview-debrief",
    claim: /most of your interview went as you meant/i,
    contradictedBy: ["How well did your answers", "I often went blank or lost my thread"],
  },
  {
    slug: "ready-for-the-next-one",
    claim: /you have a plan/i,
    contradictedBy: ["Do you have a plan", "No plan at all"],
  },
  {
    slug: "ready-for-the-next-one",
    claim: /energy to use them/i,
    contradictedBy: ["How is your energy", "Lower than usual"],
  },
  {
    slug: "ready-for-the-next-one",
    claim: /energy is low/i,
    contradictedBy: ["How is your energy", "High: I'm ready to go"],
  },
  {
    slug: "ready-for-the-next-one",
    claim: /CV that is ready/i,
    contradictedBy: ["Is your CV", "No, it needs work"],
  },
  {
    slug: "ready-for-the-next-one",
    claim: /no shape yet/i,
    contradictedBy: ["Do you have a plan", "A weekly routine that works for me"],
  },
  {
    slug: "was-it-you-or-them",
    claim: /answered the way you meant/i,
    contradictedBy: ["Did you manage to answer", "I'm not sure how my answers came across"],
  },
  {
    slug: "was-it-you-or-them",
    claim: /had what the advert asked for/i,
    contradictedBy: ["Did you have the main skills", "I'm not sure"],
  },
  {
    slug: "was-it-you-or-them",
    claim: /you prepared,/i,
    contradictedBy: ["Did you prepare for the interview", "I don't know"],
  },
  {
    slug: "was-it-you-or-them",
    claim: /nothing points to a change at the company/i,
    contradictedBy: ["Did anything change", "I heard hints of a change"],
  },
  {
    slug: "was-it-you-or-them",
    claim: /next interview unchanged/i,
    contradictedBy: ["Did you manage to answer", "I struggled with most of them"],
  },
  {
    slug: "where-is-your-search-stuck",
    claim: /you tailor each application/i,
    contradictedBy: ["Do you change your CV", "Rarely: I send much the same one"],
  },
  {
    slug: "where-is-your-search-stuck",
    claim: /practise before interviews/i,
    contradictedBy: ["Before an interview", "Not usually"],
  },
  {
    slug: "where-is-your-search-stuck",
    claim: /most of your method is in place/i,
    contradictedBy: ["Do you change your CV", "Rarely: I send much the same one"],
  },
];

/** Whether some full set of answers that includes `option` for question `qi` reaches `band`. */
function reachableWith(check: SelfCheckData, band: string, qi: number, option: number): boolean {
  const scale = check.scales.find((s) => s.bands.some((b) => b.id === band));
  if (!scale) throw new Error(`No band "${band}"`);
  const b = scale.bands.find((x) => x.id === band) as { min: number; max: number };
  const fixed = check.questions.map((q, i) =>
    i === qi ? { ...q, options: [q.options[option] as Question["options"][number]] } : q,
  );
  const qs = questionsOf(fixed, check.scales, scale.id);
  return achievableScores(qs, scale.mode, scale.pattern).some((t) => t >= b.min && t <= b.max);
}

describe("no result claims an answer the reader contradicted", () => {
  it.each(CLAIMS.map((c) => [c.slug, String(c.claim), c] as const))(
    "%s: %s",
    (slug, _, { claim, contradictedBy: [prompt, label] }) => {
      const check = load(slug);
      const qi = check.questions.findIndex((q) => q.prompt.startsWith(prompt));
      expect(qi, prompt).toBeGreaterThanOrEqual(0);
      const option = labelIndex(check.questions[qi], label);
      for (const scale of check.scales)
        for (const band of scale.bands) {
          if (!claim.test(`${band.title}\n${band.explanation}`)) continue;
          expect(reachableWith(check, band.id, qi, option), `${band.id} says ${claim}`).toBe(false);
        }
    },
  );

  it("the check catches the old texts: each claim was reachable with its contradicting answer", () => {
    // The round-2 faults, put back into the bands that had them, must be found.
    const faults: [string, string, string, string][] = [
      ["ready-for-the-next-one", "ready-to-go", "Do you have a plan", "No plan at all"],
      [
        "ready-for-the-next-one",
        "one-step-at-a-time",
        "How is your energy",
        "High: I'm ready to go",
      ],
      [
        "how-are-you-taking-it",
        "finding-your-feet",
        "Have you told anyone",
        "No, I'm keeping it to myself",
      ],
      [
        "was-it-you-or-them",
        "little-to-change",
        "Did you manage to answer",
        "I'm not sure how my answers came across",
      ],
      [
        "where-is-your-search-stuck",
        "approach-is-sound",
        "Do you change your CV",
        "Rarely: I send much the same one",
      ],
      [
        "interview-debrief",
        "strong-foundations",
        "How well did your answers",
        "I can't tell how they came across",
      ],
    ];
    for (const [slug, band, prompt, label] of faults) {
      const check = load(slug);
      const qi = check.questions.findIndex((q) => q.prompt.startsWith(prompt));
      expect(reachableWith(check, band, qi, labelIndex(check.questions[qi], label)), band).toBe(
        true,
      );
    }
  });

  it("every band that names what the reader said does so only as a condition or a pointer", () => {
    for (const slug of REQUIRED)
      for (const s of load(slug).scales)
        for (const b of s.bands)
          expect(b.explanation, `${slug} ${b.id}`).not.toMatch(/by your own account/i);
  });
});

describe("how are you taking it? fits the first hours and the people around you", () => {
  const check = load("how-are-you-taking-it");

  it("lets someone who only just heard say so, on the questions that need days to answer", () => {
    for (const prompt of [
      "How have you been sleeping",
      "Are you keeping up",
      "Have you told anyone",
    ]) {
      const q = check.questions.find((x) => x.prompt.startsWith(prompt));
      const o = q?.options.find((x) => x.label === "Not yet: I've only just heard");
      expect(o?.neutral, prompt).toBe(true);
      expect(o?.flag, prompt).toBeUndefined();
    }
  });

  it("having no one to tell opens a route to people who can help, without a score", () => {
    const q = check.questions.find((x) => x.prompt.startsWith("Have you told anyone"));
    const o = q?.options.find((x) => x.label === "There's no one I'd tell");
    expect(o?.neutral).toBe(true);
    const panel = check.flags.find((f) => f.id === o?.flag);
    expect(panel?.articles).toContain("asking-others-for-advice");
  });

  it("speaks to the reader who is at work", () => {
    expect(check.scales[0]?.bands.map((b) => b.explanation).join("\n")).toMatch(/at work/);
  });
});

describe("interview debrief covers the final round", () => {
  const check = load("interview-debrief");

  it("asks about a task, case study or presentation, with a neutral answer if there was none", () => {
    const q = check.questions.find((x) => /task, case study or presentation/.test(x.prompt));
    expect(q).toBeDefined();
    expect(q?.options.find((o) => o.label === "There wasn't one")?.neutral).toBe(true);
    expect(q?.options.some((o) => /brief/.test(o.focus ?? ""))).toBe(true);
    const bands = check.scales[0]?.bands ?? [];
    for (const b of bands.slice(1))
      expect(b.articles, b.id).toContain("learning-from-final-round-tasks");
  });

  it("its last question is the debrief itself, and a shaken reader is pointed to how they are", () => {
    expect(check.questions.at(-1)?.prompt).toMatch(/questions they asked and how you answered/);
    expect(check.scales[0]?.bands.at(-1)?.explanation).toMatch(/How are you taking it\?/);
  });

  it("the network panel links to careers services by country instead of promising them", () => {
    const panel = check.flags.find((f) => f.id === "network");
    expect(panel?.text).not.toMatch(/usually at no cost|job clubs/);
    expect(panel?.articles).toEqual(["asking-others-for-advice"]);
  });
});

describe("ready for the next one? sees the reader in work", () => {
  const check = load("ready-for-the-next-one");

  it('offers "I\'m in work, so I can choose my moment" and puts the in-work article in the first two bands', () => {
    const money = check.questions.find((q) => q.options.some((o) => o.flag === "money"));
    expect(money?.options.map((o) => o.label)).toContain("I'm in work, so I can choose my moment");
    const [ready, getting] = check.scales[0]?.bands ?? [];
    expect(ready?.articles.slice(0, 2)).toContain("rejected-while-you-still-have-a-job");
    expect(getting?.articles.slice(0, 2)).toContain("rejected-while-you-still-have-a-job");
  });

  it("not knowing what to say in a reply is a small gap, not a large one", () => {
    const q = check.questions.find((x) => x.prompt.startsWith("How have you left things"));
    expect(q?.options.find((o) => /don't know what to say/.test(o.label))?.score).toBe(1);
  });

  it("asks about the target, with a route to whether the job was right", () => {
    const q = check.questions.find((x) => /what kind of role/.test(x.prompt));
    expect(q?.options.some((o) => o.neutral)).toBe(true);
    expect(check.scales[0]?.bands.flatMap((b) => b.articles)).toContain(
      "was-this-job-right-for-you",
    );
  });
});
