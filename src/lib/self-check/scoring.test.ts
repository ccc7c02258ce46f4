import { describe, expect, it } from "vitest";
import {
  achievableScores,
  answersForScore,
  bandProblems,
  findBand,
  readingList,
  scaleTotal,
  scoreAnswers,
  scoreRange,
  topPlaces,
  totalScore,
  unansweredQuestions,
} from "./scoring";

const q = (...scores: number[]) => ({ options: scores.map((score) => ({ score })) });

// Three questions: totals from 0 to 7.
const questions = [q(0, 1, 2, 3), q(0, 2), q(0, 1, 2)];
const bands = [
  { id: "low", min: 0, max: 2 },
  { id: "mid", min: 3, max: 5 },
  { id: "high", min: 6, max: 7 },
];

describe("scoreRange and achievableScores", () => {
  it("finds the lowest and highest totals", () => {
    expect(scoreRange(questions)).toEqual({ min: 0, max: 7 });
    expect(scoreRange([q(1, 3), q(2, 5)])).toEqual({ min: 3, max: 8 });
  });

  it("lists every total some answers can give", () => {
    expect(achievableScores(questions)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(achievableScores([q(0, 2), q(0, 2)])).toEqual([0, 2, 4]);
    expect(achievableScores([q(1, 5), q(0, 10)])).toEqual([1, 5, 11, 15]);
  });

  it("handles no questions", () => {
    expect(achievableScores([])).toEqual([0]);
    expect(scoreRange([])).toEqual({ min: 0, max: 0 });
  });
});

describe("totalScore", () => {
  it("adds the scores of the chosen options", () => {
    expect(totalScore(questions, [0, 0, 0])).toBe(0);
    expect(totalScore(questions, [3, 1, 2])).toBe(7);
    expect(totalScore(questions, [1, 1, 0])).toBe(3);
  });

  it("refuses incomplete or invalid answers", () => {
    expect(() => totalScore(questions, [0, undefined, 0])).toThrow(/2/);
    expect(() => totalScore(questions, [0, 0])).toThrow(/3/);
    expect(() => totalScore(questions, [0, 2, 0])).toThrow();
    expect(() => totalScore(questions, [-1, 0, 0])).toThrow();
    expect(() => totalScore(questions, [0.5, 0, 0])).toThrow();
  });

  it("lists the unanswered questions", () => {
    expect(unansweredQuestions(questions, [])).toEqual([0, 1, 2]);
    expect(unansweredQuestions(questions, [1, undefined, 2])).toEqual([1]);
    expect(unansweredQuestions(questions, [1, 1, 2])).toEqual([]);
  });
});

describe("findBand at every boundary", () => {
  const cases: [number, string | undefined][] = [
    [-1, undefined],
    [0, "low"],
    [2, "low"],
    [3, "mid"],
    [5, "mid"],
    [6, "high"],
    [7, "high"],
    [8, undefined],
  ];
  it.each(cases)("score %i is in band %s", (score, id) => {
    expect(findBand(bands, score)?.id).toBe(id);
  });

  it("scores real answers into the right band", () => {
    expect(findBand(bands, totalScore(questions, [0, 0, 2]))?.id).toBe("low");
    expect(findBand(bands, totalScore(questions, [1, 1, 0]))?.id).toBe("mid");
    expect(findBand(bands, totalScore(questions, [3, 1, 0]))?.id).toBe("mid");
    expect(findBand(bands, totalScore(questions, [3, 1, 1]))?.id).toBe("high");
  });
});

describe("answersForScore", () => {
  it("finds answers for every achievable total", () => {
    for (const target of achievableScores(questions)) {
      const answers = answersForScore(questions, target);
      expect(answers).toBeDefined();
      expect(totalScore(questions, answers ?? [])).toBe(target);
    }
  });

  it("returns undefined for totals nobody can get", () => {
    expect(answersForScore([q(0, 2), q(0, 2)], 3)).toBeUndefined();
    expect(answersForScore(questions, 8)).toBeUndefined();
  });
});

describe("bandProblems", () => {
  it("accepts bands that cover every total exactly once", () => {
    expect(bandProblems(questions, bands)).toEqual([]);
  });

  it("reports overlapping bands", () => {
    const p = bandProblems(questions, [
      { min: 0, max: 3 },
      { min: 3, max: 7 },
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]?.message).toMatch(/overlaps/);
    expect(p[0]?.band).toBe(1);
  });

  it("reports bands listed out of order as an overlap", () => {
    const p = bandProblems(questions, [
      { min: 4, max: 7 },
      { min: 0, max: 3 },
    ]);
    expect(p.map((x) => x.message).join(" ")).toMatch(/overlaps/);
  });

  it("reports gaps", () => {
    const p = bandProblems(questions, [
      { min: 0, max: 2 },
      { min: 4, max: 7 },
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]?.message).toMatch(/gap/);
  });

  it("reports bands that do not start at the lowest or end at the highest total", () => {
    const p = bandProblems(questions, [
      { min: 1, max: 3 },
      { min: 4, max: 6 },
    ]);
    expect(p.map((x) => x.message)).toEqual([
      expect.stringMatching(/start at the lowest possible score, 0/),
      expect.stringMatching(/end at the highest possible score, 7/),
    ]);
  });

  it("reports a band no answers can reach", () => {
    // Totals can only be 0, 2 or 4, so 3–3 is never shown.
    const p = bandProblems(
      [q(0, 2), q(0, 2)],
      [
        { min: 0, max: 2 },
        { min: 3, max: 3 },
        { min: 4, max: 4 },
      ],
    );
    expect(p).toHaveLength(1);
    expect(p[0]?.band).toBe(1);
    expect(p[0]?.message).toMatch(/can never be shown/);
  });

  it("reports a band that starts after it ends", () => {
    const p = bandProblems(questions, [
      { min: 0, max: 3 },
      { min: 5, max: 4 },
      { min: 5, max: 7 },
    ]);
    expect(p.some((x) => /starts \(5\) after it ends \(4\)/.test(x.message))).toBe(true);
  });

  it("reports an empty list", () => {
    expect(bandProblems(questions, [])).toHaveLength(1);
  });
});

describe("scoreAnswers: scales, neutral options and flags", () => {
  // Two scales: "mine" (questions 1 and 2) and "theirs" (questions 3 and 4).
  const two = [
    { scale: "mine", options: [{ score: 0 }, { score: 2, focus: "Practise answers" }] },
    {
      scale: "mine",
      options: [{ score: 0 }, { score: 3, focus: "Prepare examples" }, { neutral: true }],
    },
    { scale: "theirs", options: [{ score: 0 }, { score: 2 }, { neutral: true }] },
    { scale: "theirs", options: [{ score: 1, flag: "support" }, { score: 2 }, { neutral: true }] },
  ];
  const scales = [
    {
      id: "mine",
      bands: [
        { id: "mine-low", min: 0, max: 2 },
        { id: "mine-high", min: 3, max: 5 },
      ],
    },
    {
      id: "theirs",
      bands: [
        { id: "theirs-low", min: 0, max: 1 },
        { id: "theirs-high", min: 2, max: 4, flag: "note" },
      ],
    },
  ];

  it("totals each scale from its own questions", () => {
    const out = scoreAnswers(two, scales, [1, 1, 0, 1]);
    expect(out.scales).toEqual([
      { scale: "mine", total: 5, band: "mine-high" },
      { scale: "theirs", total: 2, band: "theirs-high" },
    ]);
  });

  it("counts a neutral option towards no scale", () => {
    const out = scoreAnswers(two, scales, [0, 2, 2, 2]);
    expect(out.scales.map((s) => s.total)).toEqual([0, 0]);
    expect(out.scales.map((s) => s.band)).toEqual(["mine-low", "theirs-low"]);
    expect(scoreRange([two[2] as (typeof two)[number]])).toEqual({ min: 0, max: 2 });
  });

  it("raises an option's flag whatever the totals, and a band's flag, once each", () => {
    expect(scoreAnswers(two, scales, [0, 0, 0, 0]).flags).toEqual(["support"]);
    expect(scoreAnswers(two, scales, [0, 0, 1, 0]).flags).toEqual(["support", "note"]);
    expect(scoreAnswers(two, scales, [0, 0, 0, 2]).flags).toEqual([]);
  });

  it("names at most two things to work on, the highest-scoring first", () => {
    expect(scoreAnswers(two, scales, [1, 1, 0, 0]).focus).toEqual([
      "Prepare examples",
      "Practise answers",
    ]);
    expect(scoreAnswers(two, scales, [1, 1, 0, 0], 1).focus).toEqual(["Prepare examples"]);
    expect(scoreAnswers(two, scales, [0, 0, 0, 0]).focus).toEqual([]);
  });

  it("sends questions with no scale to the first scale", () => {
    const out = scoreAnswers([q(0, 4), { scale: "theirs", ...q(0, 1) }], scales, [1, 1]);
    expect(out.scales.map((s) => s.total)).toEqual([4, 1]);
  });

  it("refuses incomplete answers", () => {
    expect(() => scoreAnswers(two, scales, [0, 0, 0])).toThrow(/not answered: 4/);
  });
});

// Four stages, each with rough counts: none, 1–2, 3–9, 10+, or "not sure".
const stage = () => ({
  options: [{ score: 0 }, { score: 1 }, { score: 2 }, { score: 3 }, { neutral: true }],
});
const stages = [stage(), stage(), stage(), stage()];

describe('a "largest" scale: the question that scored highest', () => {
  const scales = [
    {
      id: "stage",
      mode: "largest" as const,
      bands: [0, 1, 2, 3, 4].map((n) => ({ id: `s${n}`, min: n, max: n })),
    },
  ];

  it("names the place of the highest-scoring question, not the last one with any score", () => {
    expect(scaleTotal([3, 0, 0, 1], "largest")).toBe(1);
    expect(scaleTotal([1, 0, 1, 2], "largest")).toBe(4);
    expect(scaleTotal([3, 0, 0, 1])).toBe(4);
    expect(scoreAnswers(stages, scales, [3, 0, 0, 1]).scales[0]).toEqual({
      scale: "stage",
      total: 1,
      band: "s1",
    });
  });

  it("gives a tie to the earlier question, and 0 when nothing scored", () => {
    expect(scaleTotal([2, 0, 2, 1], "largest")).toBe(1);
    expect(scaleTotal([0, 0, 0, 0], "largest")).toBe(0);
    expect(scoreAnswers(stages, scales, [4, 4, 4, 4]).scales[0]?.band).toBe("s0");
    expect(totalScore(stages, [0, 1, 0, 3], "largest")).toBe(4);
  });

  it("knows its range and reachable totals, and finds answers for each", () => {
    expect(scoreRange(stages, "largest")).toEqual({ min: 0, max: 4 });
    expect(achievableScores(stages, "largest")).toEqual([0, 1, 2, 3, 4]);
    for (const place of [0, 1, 2, 3, 4]) {
      const answers = answersForScore(stages, place, "largest");
      expect(answers && totalScore(stages, answers, "largest")).toBe(place);
    }
    // A question that can never score cannot win, and with no zero option nothing is 0.
    const odd = [{ options: [{ score: 0 }] }, { options: [{ score: 1 }, { score: 2 }] }];
    expect(achievableScores(odd, "largest")).toEqual([2]);
    expect(answersForScore(odd, 1, "largest")).toBeUndefined();
  });

  it("checks bands against the places, not the sums", () => {
    expect(bandProblems(stages, scales[0]?.bands ?? [], "largest")).toEqual([]);
    expect(bandProblems(stages, [{ min: 0, max: 12 }], "largest")).toEqual([
      {
        band: 0,
        message: "The last band must end at the highest possible score, 4 (it ends at 12)",
      },
    ]);
  });
});

describe('a "largest" scale with a pattern threshold and a tie flag', () => {
  const scales = [
    {
      id: "stage",
      mode: "largest" as const,
      pattern: 2,
      tieFlag: "tie",
      bands: [0, 1, 2, 3, 4].map((n) => ({ id: `s${n}`, min: n, max: n })),
    },
  ];

  it("counts no pattern until the top score reaches the threshold", () => {
    expect(topPlaces([1, 0, 1, 0], 2)).toEqual([]);
    expect(scaleTotal([1, 0, 1, 0], "largest", 2)).toBe(0);
    expect(scaleTotal([1, 0, 1, 0], "largest")).toBe(1);
    expect(scaleTotal([1, 0, 2, 0], "largest", 2)).toBe(3);
    expect(scoreAnswers(stages, scales, [1, 1, 1, 1]).scales[0]?.band).toBe("s0");
  });

  it("raises the tie flag only when two stages share a top score that counts", () => {
    expect(topPlaces([2, 0, 2, 1], 2)).toEqual([1, 3]);
    const tie = scoreAnswers(stages, scales, [2, 0, 2, 1]);
    expect(tie.scales[0]?.band).toBe("s1");
    expect(tie.flags).toEqual(["tie"]);
    expect(scoreAnswers(stages, scales, [3, 0, 2, 1]).flags).toEqual([]);
    expect(scoreAnswers(stages, scales, [1, 1, 0, 0]).flags).toEqual([]);
  });

  it("knows which places a threshold leaves reachable, and finds answers for each", () => {
    expect(achievableScores(stages, "largest", 2)).toEqual([0, 1, 2, 3, 4]);
    for (const place of [0, 1, 2, 3, 4]) {
      const answers = answersForScore(stages, place, "largest", 2);
      expect(answers && totalScore(stages, answers, "largest", 2)).toBe(place);
    }
    // A stage that can only say "one or two" can never be the pattern.
    const low = [stage(), { options: [{ score: 0 }, { score: 1 }] }];
    expect(achievableScores(low, "largest", 2)).toEqual([0, 1]);
    expect(bandProblems(low, [{ min: 0, max: 2 }], "largest", 2)[0]?.message).toMatch(
      /highest possible score, 1/,
    );
  });
});

describe("focus lines tied to bands (focusWhen)", () => {
  const questions = [
    {
      scale: "stage",
      options: [{ score: 0 }, { score: 2 }],
    },
    {
      scale: "method",
      options: [{ score: 0 }, { score: 2, focus: "Practise out loud", focusWhen: ["late"] }],
    },
    {
      scale: "method",
      options: [{ score: 0 }, { score: 1, focus: "Tailor the CV" }],
    },
  ];
  const scales = [
    {
      id: "stage",
      bands: [
        { id: "early", min: 0, max: 0 },
        { id: "late", min: 2, max: 2 },
      ],
    },
    { id: "method", bands: [{ id: "any", min: 0, max: 3 }] },
  ];

  it("names a focus only when the result is in one of its bands", () => {
    expect(scoreAnswers(questions, scales, [0, 1, 1]).focus).toEqual(["Tailor the CV"]);
    expect(scoreAnswers(questions, scales, [1, 1, 1]).focus).toEqual([
      "Practise out loud",
      "Tailor the CV",
    ]);
  });
});

describe("readingList", () => {
  const a = (href: string) => ({ href });
  it("takes articles in turn from each band, once each, up to the limit", () => {
    const list = readingList([
      [a("x"), a("y"), a("z")],
      [a("y"), a("w")],
    ]);
    expect(list.map((l) => l.href)).toEqual(["x", "y", "w", "z"]);
    expect(readingList([[a("x"), a("y"), a("z")], undefined], 2).map((l) => l.href)).toEqual([
      "x",
      "y",
    ]);
    expect(readingList([])).toEqual([]);
  });
});
