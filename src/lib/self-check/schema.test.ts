import { describe, expect, it } from "vitest";
import { type SelfCheckData, selfCheckSchema } from "./schema";

const question = (n: number) => ({
  prompt: `This is question number ${n}?`,
  options: [
    { label: "Not at all", score: 0 },
    { label: "A little", score: 1 },
    { label: "Quite a lot", score: 2 },
  ],
});

const explanation =
  "This is a kind explanation of the result. It is written in a few short sentences. It tells you what the result means and what could help next.";

/** A valid self-check: 6 questions scored 0–2, so totals run from 0 to 12. */
function valid(): SelfCheckData {
  return {
    slug: "test-check",
    title: "A test self-check",
    description:
      "A self-check used only in unit tests, to prove that the schema works as it should.",
    intro: "Answer these questions to see how the schema behaves with good and bad data.",
    minutes: 3,
    questions: [1, 2, 3, 4, 5, 6].map(question),
    flags: [],
    scales: [
      {
        id: "main",
        label: "Main",
        bands: [
          {
            id: "low",
            min: 0,
            max: 4,
            title: "Low result",
            explanation,
            articles: ["a-one", "a-two"],
          },
          {
            id: "mid",
            min: 5,
            max: 8,
            title: "Middle result",
            explanation,
            articles: ["a-one", "a-three"],
            worksheet: "Try the worksheet to write down what you would like to do next.",
          },
          {
            id: "high",
            min: 9,
            max: 12,
            title: "High result",
            explanation,
            articles: ["a-two", "a-three"],
          },
        ],
      },
    ],
  };
}

type Scale = SelfCheckData["scales"][number];
type Band = Scale["bands"][number];
type Question = SelfCheckData["questions"][number];
const scaleOf = (d: SelfCheckData): Scale => d.scales[0] as Scale;

function messages(data: unknown): string[] {
  const r = selfCheckSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("self-check schema", () => {
  it("accepts a valid self-check", () => {
    expect(messages(valid())).toEqual([]);
  });

  it("rejects overlapping bands", () => {
    const d = valid();
    (scaleOf(d).bands[1] as { min: number }).min = 4;
    expect(messages(d).join("\n")).toMatch(/bands\.1: .*overlaps/);
  });

  it("rejects a gap between bands", () => {
    const d = valid();
    (scaleOf(d).bands[1] as { min: number }).min = 6;
    expect(messages(d).join("\n")).toMatch(/bands\.1: .*gap/);
  });

  it("rejects bands that leave the top or bottom scores without a result", () => {
    const d = valid();
    (scaleOf(d).bands[2] as { max: number }).max = 11;
    (scaleOf(d).bands[0] as { min: number }).min = 1;
    const m = messages(d).join("\n");
    expect(m).toMatch(/highest possible score, 12/);
    expect(m).toMatch(/lowest possible score, 0/);
  });

  it("rejects a band that no answers can reach", () => {
    const d = valid();
    // Scores 0 or 2 only: every total is even, so a band of 5–5 is never shown.
    d.questions = d.questions.map((q) => ({
      ...q,
      options: [
        { label: "No", score: 0 },
        { label: "Yes", score: 2 },
      ],
    }));
    scaleOf(d).bands = [
      { ...(scaleOf(d).bands[0] as Band), min: 0, max: 4 },
      { ...(scaleOf(d).bands[1] as Band), min: 5, max: 5 },
      { ...(scaleOf(d).bands[2] as Band), min: 6, max: 12 },
    ];
    expect(messages(d).join("\n")).toMatch(/bands\.1: .*can never be shown/);
  });

  it("rejects too few or too many options", () => {
    const d = valid();
    (d.questions[0] as { options: unknown[] }).options = [{ label: "Only", score: 0 }];
    expect(messages(d).join("\n")).toMatch(/questions\.0\.options: .*at least 2 options/);
    const e = valid();
    (e.questions[0] as { options: unknown[] }).options = [0, 1, 2, 3, 4, 5].map((s) => ({
      label: `Option ${s}`,
      score: s,
    }));
    expect(messages(e).join("\n")).toMatch(/at most 5 options/);
  });

  it("rejects too few or too many questions", () => {
    const d = valid();
    d.questions = d.questions.slice(0, 5);
    expect(messages(d).join("\n")).toMatch(/at least 6 questions/);
    const e = valid();
    e.questions = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(question);
    expect(messages(e).join("\n")).toMatch(/at most 10 questions/);
  });

  it("rejects scores that are not whole numbers, or missing", () => {
    const d = valid();
    (d.questions[2] as { options: { score: number }[] }).options[1] = { score: 1.5 } as never;
    const m = messages(d).join("\n");
    expect(m).toMatch(/questions\.2\.options\.1\.label/);
    expect(m).toMatch(/whole numbers/);
    const e = valid();
    (e.questions[2] as { options: unknown[] }).options[1] = { label: "No score" };
    expect(messages(e).join("\n")).toMatch(/needs a score/);
  });

  it("rejects the same option twice in one question", () => {
    const d = valid();
    (d.questions[0] as { options: { label: string; score: number }[] }).options[1] = {
      label: "not at all",
      score: 1,
    };
    expect(messages(d).join("\n")).toMatch(/appears twice/);
  });

  it("rejects too few, too many or repeated articles", () => {
    const d = valid();
    (scaleOf(d).bands[0] as { articles: string[] }).articles = ["a-one"];
    expect(messages(d).join("\n")).toMatch(/at least 2 articles/);
    const e = valid();
    (scaleOf(e).bands[0] as { articles: string[] }).articles = ["a", "b", "c", "d", "e"];
    expect(messages(e).join("\n")).toMatch(/at most 4 articles/);
    const f = valid();
    (scaleOf(f).bands[0] as { articles: string[] }).articles = ["a-one", "a-one"];
    expect(messages(f).join("\n")).toMatch(/recommended twice/);
    const g = valid();
    (scaleOf(g).bands[0] as { articles: string[] }).articles = ["Not A Slug", "a-one"];
    expect(messages(g).join("\n")).toMatch(/bands\.0\.articles\.0/);
  });

  it("rejects repeated band ids and a short explanation", () => {
    const d = valid();
    (scaleOf(d).bands[1] as { id: string }).id = "low";
    expect(messages(d).join("\n")).toMatch(/used twice/);
    const e = valid();
    (scaleOf(e).bands[1] as { explanation: string }).explanation = "Too short.";
    expect(messages(e).join("\n")).toMatch(/few sentences/);
  });

  it("rejects a bad slug and a missing title", () => {
    const d = valid() as Partial<SelfCheckData>;
    d.slug = "Bad Slug";
    delete d.title;
    const m = messages(d).join("\n");
    expect(m).toMatch(/slug/);
    expect(m).toMatch(/title/);
  });

  it("keeps the optional fields optional", () => {
    const d = valid();
    const parsed = selfCheckSchema.parse(d);
    expect(scaleOf(parsed).bands[0]?.worksheet).toBeUndefined();
    expect(scaleOf(parsed).bands[1]?.worksheet).toMatch(/worksheet/);
    expect(parsed.questions[0]?.hint).toBeUndefined();
  });
});

describe("self-check schema: scales, neutral options and flags", () => {
  /** Two scales: questions 1–3 feed "mine", 4–6 feed "theirs"; each 0–6. */
  function twoScales(): SelfCheckData {
    const d = valid();
    d.questions = d.questions.map((q, i) => ({ ...q, scale: i < 3 ? "mine" : "theirs" }));
    const bands = (p: string): Band[] => [
      {
        id: `${p}-low`,
        min: 0,
        max: 3,
        title: "Low result",
        explanation,
        articles: ["a-one", "a-two"],
      },
      {
        id: `${p}-high`,
        min: 4,
        max: 6,
        title: "High result",
        explanation,
        articles: ["a-one", "a-two"],
      },
    ];
    d.scales = [
      { id: "mine", label: "In your hands", bands: bands("mine") },
      { id: "theirs", label: "Outside your hands", bands: bands("theirs") },
    ];
    return d;
  }

  it("accepts several scales, neutral options and a flag with its panel", () => {
    const d = twoScales();
    (d.questions[0] as Question).options.push({ label: "I don't know", neutral: true });
    (d.questions[1] as Question).options[0] = { label: "Not at all", score: 0, flag: "support" };
    d.flags = [
      {
        id: "support",
        title: "If things feel hard",
        text: "You don't have to carry this on your own; help is there.",
        help: true,
      },
    ];
    expect(messages(d)).toEqual([]);
  });

  it("rejects a flag with no panel, and a panel nothing raises", () => {
    const d = twoScales();
    (d.questions[1] as Question).options[0] = { label: "Not at all", score: 0, flag: "support" };
    expect(messages(d).join("\n")).toMatch(/questions\.1\.options\.0\.flag: .*no panel/);
    const e = twoScales();
    e.flags = [
      {
        id: "support",
        title: "If things feel hard",
        text: "You don't have to carry this on your own; help is there.",
      },
    ];
    expect(messages(e).join("\n")).toMatch(/flags\.0: No answer or band raises/);
    const f = twoScales();
    (scaleOf(f).bands[0] as Band).flag = "support";
    expect(messages(f).join("\n")).toMatch(/scales\.0\.bands\.0\.flag: .*no panel/);
  });

  it("rejects a scale with no bands, or no questions, and a question feeding a missing scale", () => {
    const d = twoScales();
    (d.scales[1] as Scale).bands = [];
    expect(messages(d).join("\n")).toMatch(/scales\.1\.bands: A scale needs result bands/);
    const e = twoScales();
    e.questions = e.questions.map((q) => ({ ...q, scale: "mine" }));
    expect(messages(e).join("\n")).toMatch(/No question feeds the scale "theirs"/);
    const f = twoScales();
    (f.questions[0] as Question).scale = "nowhere";
    expect(messages(f).join("\n")).toMatch(/questions\.0\.scale: .*does not exist/);
  });

  it("checks each scale's bands against its own questions: gaps, overlaps and unreachable bands", () => {
    const d = twoScales();
    ((d.scales[1] as Scale).bands[1] as Band).min = 5;
    expect(messages(d).join("\n")).toMatch(/scales\.1\.bands\.1: Scale "theirs": There is a gap/);
    const e = twoScales();
    ((e.scales[0] as Scale).bands[1] as Band).min = 3;
    expect(messages(e).join("\n")).toMatch(/scales\.0\.bands\.1: .*overlaps/);
    const f = twoScales();
    f.questions = f.questions.map((q) => ({
      ...q,
      options: [
        { label: "Not at all", score: 0 },
        { label: "A lot", score: 2 },
      ],
    }));
    ((f.scales[0] as Scale).bands[0] as Band).max = 2;
    ((f.scales[0] as Scale).bands[1] as Band).min = 3;
    ((f.scales[0] as Scale).bands[1] as Band).max = 3;
    (f.scales[0] as Scale).bands.push({
      ...((f.scales[0] as Scale).bands[0] as Band),
      id: "top",
      min: 4,
      max: 6,
    });
    expect(messages(f).join("\n")).toMatch(/scales\.0\.bands\.1: .*can never be shown/);
  });

  it("rejects an option with both a score and neutral, or neither", () => {
    const d = twoScales();
    (d.questions[0] as Question).options[0] = { label: "Both", score: 0, neutral: true };
    (d.questions[1] as Question).options[0] = { label: "Neither" };
    const m = messages(d).join("\n");
    expect(m).toMatch(/questions\.0\.options\.0\.score: .*needs a score/);
    expect(m).toMatch(/questions\.1\.options\.0\.score: .*needs a score/);
  });

  it("rejects repeated band ids across scales and unknown worksheet prompts", () => {
    const d = twoScales();
    ((d.scales[1] as Scale).bands[0] as Band).id = "mine-low";
    expect(messages(d).join("\n")).toMatch(/Band id "mine-low" is used twice/);
    const e = twoScales();
    ((e.scales[0] as Scale).bands[0] as Record<string, unknown>).reflect = {
      nonsense: "Some words here",
    };
    expect(messages(e).join("\n")).toMatch(/reflect/);
  });
});

describe("self-check schema: largest scales, band help and flag links", () => {
  it('accepts a "largest" scale whose bands are the places of its questions', () => {
    const d = valid();
    d.scales = [
      {
        id: "main",
        label: "Main",
        mode: "largest",
        bands: [0, 1, 2, 3, 4, 5, 6].slice(0, 5).map((n) => ({
          id: `place-${n}`,
          min: n,
          max: n === 4 ? 6 : n,
          title: `Result number ${n}`,
          explanation,
          articles: ["a-one", "a-two"],
        })),
      },
    ];
    expect(messages(d)).toEqual([]);
    // The sums' bands do not fit a largest scale: 0 to 12 is not 0 to 6.
    const sums = valid();
    (sums.scales[0] as Scale).mode = "largest";
    expect(messages(sums).join("\n")).toMatch(/must end at the highest possible score, 6/);
  });

  it("rejects an unknown mode", () => {
    const d = valid() as unknown as { scales: { mode: string }[] };
    (d.scales[0] as { mode: string }).mode = "average";
    expect(messages(d).join("\n")).toMatch(/scales\.0\.mode/);
  });

  it("accepts band help and up to two articles in a flag's panel, no more", () => {
    const d = valid();
    (scaleOf(d).bands[0] as Band).help = true;
    (d.questions[0] as Question).options[0] = { label: "Not at all", score: 0, flag: "rights" };
    d.flags = [
      {
        id: "rights",
        title: "If you think it was unfair",
        text: "This check cannot answer that. The rights article explains what you can do.",
        articles: ["a-one", "a-two"],
      },
    ];
    expect(messages(d)).toEqual([]);
    (d.flags[0] as { articles: string[] }).articles.push("a-three");
    expect(messages(d).join("\n")).toMatch(/at most 2 articles/);
  });

  it("checks focusWhen against the bands, and pattern and tieFlag against the mode", () => {
    const d = valid();
    (d.questions[0] as Question).options[2] = {
      label: "Quite a lot",
      score: 2,
      focus: "Practise your answers out loud",
      focusWhen: ["mid", "nowhere"],
    };
    expect(messages(d).join("\n")).toMatch(/questions\.0\.options\.2\.focusWhen: .*"nowhere"/);
    (d.questions[0] as Question).options[2] = {
      label: "Quite a lot",
      score: 2,
      focusWhen: ["mid"],
    };
    expect(messages(d).join("\n")).toMatch(/has "focusWhen" but no focus/);
    const e = valid();
    (e.scales[0] as Scale).tieFlag = "tie";
    (e.scales[0] as Scale).pattern = 2;
    e.flags = [
      {
        id: "tie",
        title: "Two stages tie",
        text: "As many of your applications stop at one stage as at another stage.",
      },
    ];
    expect(messages(e).join("\n")).toMatch(/need "mode": "largest"/);
    // A tie flag with no panel fails; a tie flag counts as raising its panel.
    const f = valid();
    (f.scales[0] as Scale).mode = "largest";
    (f.scales[0] as Scale).pattern = 2;
    (f.scales[0] as Scale).tieFlag = "tie";
    f.scales[0] = {
      ...(f.scales[0] as Scale),
      bands: [
        {
          id: "none",
          min: 0,
          max: 0,
          title: "No pattern yet",
          explanation,
          articles: ["a-one", "a-two"],
        },
        {
          id: "rest",
          min: 1,
          max: 6,
          title: "A pattern",
          explanation,
          articles: ["a-one", "a-two"],
        },
      ],
    };
    expect(messages(f).join("\n")).toMatch(/tieFlag: .*no panel/);
    f.flags = e.flags;
    expect(messages(f)).toEqual([]);
  });

  it("accepts a crisis panel", () => {
    const d = valid();
    (d.questions[0] as Question).options[0] = { label: "Not at all", score: 0, flag: "safety" };
    d.flags = [
      {
        id: "safety",
        title: "If you have thought about harming yourself",
        text: "This matters more than anything else in your result; talk to someone today.",
        crisis: true,
        textElsewhere: "This matters more than anything; the directory above lists helplines.",
      },
    ];
    expect(messages(d)).toEqual([]);
    (d.flags[0] as { textElsewhere?: string }).textElsewhere = "Too short.";
    expect(messages(d).join("\n")).toMatch(/textElsewhere/);
  });
});
