import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import {
  type CheckIn,
  type CheckInBand,
  checkInDays,
  checkInStore,
  compareWithLast,
  comparisonText,
  FALL_STEP,
  fallStep,
  HIGHER_MEANS,
  latestCheckIn,
  newCheckIn,
  readCheckIn,
  supportReason,
  UNKNOWN_SCORE,
} from "./history";

const content = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../../content/self-checks/how-are-you-taking-it.json"),
    "utf8",
  ),
) as { scales: { bands: CheckInBand[] }[] };
const BANDS = content.scales[0]?.bands ?? [];

/** The band a score falls in, from the real self-check. */
const bandOf = (score: number) =>
  BANDS.find((b) => score >= b.min && score <= b.max) as CheckInBand;

/** A check-in with this score at noon (local) on `day`, plus `minutes`. */
function at(day: string, score: number, minutes = 0): CheckIn {
  const [y, m, d] = day.split("-").map(Number);
  const takenAt = new Date(y as number, (m as number) - 1, d, 12, minutes).getTime();
  return newCheckIn({
    slug: "how-are-you-taking-it",
    takenAt,
    score,
    max: 24,
    band: bandOf(score),
    flags: [],
    focus: [],
  });
}

describe("the scale the rules are built on", () => {
  it("FALL_STEP is the narrowest band of How are you taking it?", () => {
    expect(BANDS.length).toBeGreaterThan(1);
    expect(fallStep(BANDS)).toBe(FALL_STEP);
  });

  it("its support band is the lowest, the one that shows the doctor threshold", () => {
    expect(BANDS.filter((b) => b.help).map((b) => b.min)).toEqual([0]);
    expect(at("2026-12-01", 5).support).toBe(true);
    expect(at("2026-12-01", 10).support).toBe(false);
  });
});

describe("supportReason", () => {
  // Scores: 0–9 is the support band; FALL_STEP (7) points down is a meaningful fall.
  const cases: { name: string; history: CheckIn[]; want: ReturnType<typeof supportReason> }[] = [
    { name: "no check-ins", history: [], want: null },
    {
      name: "the first check-in, even in the support band",
      history: [at("2026-12-01", 3)],
      want: null,
    },
    {
      name: "two in the support band in a row",
      history: [at("2026-12-01", 8), at("2026-12-04", 6)],
      want: "stayed",
    },
    {
      name: "two in the support band, in either order of storing",
      history: [at("2026-12-04", 9), at("2026-12-01", 2)],
      want: "stayed",
    },
    {
      name: "the support band, then out of it",
      history: [at("2026-12-01", 8), at("2026-12-04", 12)],
      want: null,
    },
    {
      name: "the support band, then a steadier one, then the support band again",
      history: [at("2026-12-01", 8), at("2026-12-04", 16), at("2026-12-07", 9)],
      want: "fell",
    },
    {
      name: "a fall of exactly the step",
      history: [at("2026-12-01", 20), at("2026-12-04", 13)],
      want: "fell",
    },
    {
      name: "a fall of one point less than the step",
      history: [at("2026-12-01", 20), at("2026-12-04", 14)],
      want: null,
    },
    {
      name: "a fall of one point across a band's edge is not a meaningful step",
      history: [at("2026-12-01", 18), at("2026-12-04", 17)],
      want: null,
    },
    { name: "a rise", history: [at("2026-12-01", 6), at("2026-12-04", 19)], want: null },
    { name: "the same score", history: [at("2026-12-01", 14), at("2026-12-04", 14)], want: null },
    {
      name: "the same day twice, both in the support band: one day, not two in a row",
      history: [at("2026-12-04", 7), at("2026-12-04", 5, 30)],
      want: null,
    },
    {
      name: "the same day twice with a fall: one day, nothing to compare",
      history: [at("2026-12-04", 22), at("2026-12-04", 8, 30)],
      want: null,
    },
    {
      name: "the same day twice: the later one that day is compared with the day before",
      history: [at("2026-12-01", 20), at("2026-12-04", 20), at("2026-12-04", 12, 30)],
      want: "fell",
    },
    {
      name: "a conflict copy is not a check-in",
      history: [at("2026-12-01", 8), { ...at("2026-12-04", 6), copyOf: "ci-x" }],
      want: null,
    },
    {
      name: "last time's score was not kept, both in the support band",
      history: [{ ...at("2026-12-01", 5), score: UNKNOWN_SCORE }, at("2026-12-04", 6)],
      want: "stayed",
    },
    {
      name: "last time's score was not kept: no fall can be measured",
      history: [{ ...at("2026-12-01", 20), score: UNKNOWN_SCORE }, at("2026-12-04", 10)],
      want: null,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(supportReason(c.history)).toBe(c.want);
    });

  it("the step can be given for another scale", () => {
    const history = [at("2026-12-01", 20), at("2026-12-04", 17)];
    expect(supportReason(history)).toBe(null);
    expect(supportReason(history, 3)).toBe("fell");
  });
});

describe("compareWithLast", () => {
  it("says first, higher, lower and the same, with the points", () => {
    expect(compareWithLast([]).change).toBe("first");
    expect(compareWithLast([at("2026-12-01", 9)])).toMatchObject({ change: "first", last: null });
    expect(compareWithLast([at("2026-12-01", 9), at("2026-12-03", 15)])).toMatchObject({
      change: "higher",
      points: 6,
    });
    expect(compareWithLast([at("2026-12-01", 15), at("2026-12-03", 9)])).toMatchObject({
      change: "lower",
      points: -6,
    });
    expect(compareWithLast([at("2026-12-01", 15), at("2026-12-03", 15)]).change).toBe("same");
  });

  it("compares the latest day with the day before, not with a retake the same day", () => {
    const c = compareWithLast([
      at("2026-12-01", 10),
      at("2026-12-03", 20),
      at("2026-12-03", 16, 5),
    ]);
    expect(c.latest?.score).toBe(16);
    expect(c.last?.score).toBe(10);
    expect(c.change).toBe("higher");
    expect(
      checkInDays([at("2026-12-03", 20), at("2026-12-03", 16, 5)]).map((x) => x.score),
    ).toEqual([16]);
  });

  it("says it in plain words, with what a higher score means", () => {
    const higher = comparisonText(compareWithLast([at("2026-12-01", 9), at("2026-12-03", 15)]));
    expect(higher).toBe(
      `Compared with last time (1 December 2026): higher, 15 out of 24 against 9. ${HIGHER_MEANS}`,
    );
    expect(comparisonText(compareWithLast([at("2026-12-01", 15), at("2026-12-03", 9)]))).toContain(
      "lower, 9 out of 24 against 15.",
    );
    expect(comparisonText(compareWithLast([at("2026-12-01", 15), at("2026-12-03", 15)]))).toBe(
      `Compared with last time (1 December 2026): the same score, 15 out of 24. ${HIGHER_MEANS}`,
    );
    expect(comparisonText(compareWithLast([at("2026-12-03", 15)]))).toBe("");
    const unknown = comparisonText(
      compareWithLast([{ ...at("2026-12-01", 15), score: UNKNOWN_SCORE }, at("2026-12-03", 9)]),
    );
    expect(unknown).toContain("“It hurts, and you're coping”");
    expect(unknown).toContain("not kept");
  });

  it("never calls a score an illness", () => {
    for (const [a, b] of [
      [3, 20],
      [20, 3],
      [5, 5],
    ] as const) {
      const text = comparisonText(compareWithLast([at("2026-12-01", a), at("2026-12-03", b)]));
      expect(text).not.toMatch(/depress|illness|disorder|diagnose|diagnosis|symptom/i);
    }
  });
});

describe("readCheckIn", () => {
  const good = at("2026-12-01", 12);

  it("reads a check-in back as it was written", () => {
    const problems: string[] = [];
    expect(readCheckIn(JSON.parse(JSON.stringify(good)), problems)).toEqual(good);
    expect(problems).toEqual([]);
  });

  it("refuses a check-in whose result cannot be read", () => {
    const bad: [string, unknown][] = [
      ["score", 25],
      ["score", -2],
      ["score", 1.5],
      ["score", "12"],
      ["max", 0],
      ["takenAt", -1],
      ["day", "2026-02-30"],
      ["band", "<b>"],
      ["bandLabel", ""],
      ["bandLabel", "x".repeat(201)],
      ["slug", "../x"],
    ];
    for (const [k, v] of bad) {
      const problems: string[] = [];
      expect(readCheckIn({ ...good, [k]: v }, problems), `${k}: ${String(v)}`).toBeNull();
      expect(problems.length).toBe(1);
    }
    expect(readCheckIn({ ...good, id: "__proto__" }, [])).toBeNull();
    expect(readCheckIn("text", [])).toBeNull();
  });

  it("mends lesser fields to safe defaults and says so", () => {
    const problems: string[] = [];
    const c = readCheckIn({ ...good, support: "yes", flags: ["<x>"], focus: "a" }, problems);
    expect(c).toMatchObject({ support: false, flags: [], focus: [] });
    expect(problems).toHaveLength(3);
  });

  it("keeps its records on a RecordStore under check-ins, read by latestCheckIn", () => {
    const s = new FakeStorage();
    const store = checkInStore(() => s);
    expect(latestCheckIn(() => s)).toBeNull();
    store.write([
      at("2026-12-01", 12),
      at("2026-12-04", 20),
      { ...at("2026-12-05", 3), copyOf: "x" },
    ]);
    expect(s.getItem(`bounce-back:check-ins:r:${good.id}`)).toContain('"score":12');
    expect(latestCheckIn(() => s)?.score).toBe(20);
    s.blocked = true;
    expect(latestCheckIn(() => s)).toBeNull();
  });
});
