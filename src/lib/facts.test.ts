import { describe, expect, test } from "vitest";
import {
  attentionMessage,
  buildDay,
  changeHasHappened,
  FACTS,
  type Fact,
  factSource,
  factsNeedingAttention,
  factText,
  getFact,
  overdueChanges,
  parseDay,
} from "./facts";

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const source = {
  title: "A rule",
  publisher: "A regulator",
  year: 2026,
  url: "https://example.org/rule",
};
const newSource = { ...source, title: "The new rule", url: "https://example.org/new" };

const limit: Fact = {
  id: "limit",
  text: "three months",
  source,
  checked: "2026-01-10",
  change: { on: "2026-10-01", text: "six months", source: newSource },
};

describe("a fact's wording on a given day", () => {
  test("keeps the current wording before the change", () => {
    expect(changeHasHappened(limit, day("2026-09-30"))).toBe(false);
    expect(factText(limit, day("2026-09-30"))).toBe("three months");
    expect(factSource(limit, day("2026-09-30"))).toBe(source);
  });

  test("uses the new wording and source from the day of the change", () => {
    expect(factText(limit, day("2026-10-01"))).toBe("six months");
    expect(factSource(limit, day("2026-10-01"))).toBe(newSource);
  });

  test("a fact without a change never changes", () => {
    const plain: Fact = { id: "n", text: "116 123", source, checked: "2026-01-01" };
    expect(factText(plain, day("2040-01-01"))).toBe("116 123");
  });
});

describe("what the build names", () => {
  test("nothing while the change is ahead and the check is fresh", () => {
    expect(factsNeedingAttention([limit], day("2026-06-01"))).toEqual([]);
  });

  test("a change that has happened with no check since", () => {
    expect(factsNeedingAttention([limit], day("2026-10-05"))).toEqual([
      { kind: "change-passed", id: "limit", on: "2026-10-01", daysPast: 4 },
    ]);
  });

  test("nothing once the fact was checked on or after the change", () => {
    expect(factsNeedingAttention([{ ...limit, checked: "2026-10-01" }], day("2026-12-01"))).toEqual(
      [],
    );
  });

  test("a check older than the review cycle (a year by default, or the fact's own)", () => {
    const plain: Fact = { id: "n", text: "x", source, checked: "2025-01-01" };
    expect(factsNeedingAttention([plain], day("2026-01-01"))).toEqual([]);
    expect(factsNeedingAttention([plain], day("2026-01-02"))).toEqual([
      { kind: "check-old", id: "n", checked: "2025-01-01", daysOld: 366 },
    ]);
    expect(
      factsNeedingAttention([{ ...plain, reviewEveryDays: 30 }], day("2025-02-01")).map(
        (a) => a.kind,
      ),
    ).toEqual(["check-old"]);
  });

  test("an announced change without a date asks for a check every 30 days", () => {
    const pending: Fact = {
      id: "p",
      text: "three months",
      source,
      checked: "2026-12-07",
      pending: { text: "six months", expected: "no earlier than October 2026", source: newSource },
    };
    expect(factsNeedingAttention([pending], day("2027-01-06"))).toEqual([]);
    const due = factsNeedingAttention([pending], day("2027-01-07"));
    expect(due).toEqual([
      {
        kind: "change-pending",
        id: "p",
        checked: "2026-12-07",
        daysOld: 31,
        expected: "no earlier than October 2026",
      },
    ]);
    expect(attentionMessage(due[0] as NonNullable<(typeof due)[0]>)).toContain(
      "check whether it has come into force",
    );
  });

  test("each message names the fact and what to do", () => {
    for (const a of factsNeedingAttention([limit], day("2028-01-01"))) {
      expect(attentionMessage(a)).toMatch(/^Fact "limit"/);
      expect(attentionMessage(a)).toContain("src/lib/facts.ts");
    }
  });
});

describe("what the content test fails on", () => {
  test("a change more than 30 days past with no check since", () => {
    expect(overdueChanges([limit], day("2026-10-31"))).toEqual([]);
    expect(overdueChanges([limit], day("2026-11-01")).map((a) => a.id)).toEqual(["limit"]);
  });

  test("not an old check on its own (the build only warns about those)", () => {
    const plain: Fact = { id: "n", text: "x", source, checked: "2020-01-01" };
    expect(overdueChanges([plain], day("2026-12-07"))).toEqual([]);
  });
});

describe("dates and look-ups", () => {
  test("reads YYYY-MM-DD and rejects anything else", () => {
    expect(parseDay("2026-12-07").toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(() => parseDay("2026-02-30")).toThrow(/not a date/);
    expect(() => parseDay("7 Dec 2026")).toThrow(/not a date/);
  });

  test("getFact names a missing id and where to add it", () => {
    expect(() => getFact("nope", [limit])).toThrow(/No fact "nope" in src\/lib\/facts.ts/);
    expect(getFact("limit", [limit])).toBe(limit);
  });

  test("every date in the facts file is a real date, and no wording ends in a full stop", () => {
    for (const fact of FACTS) {
      expect(() => parseDay(fact.checked), fact.id).not.toThrow();
      if (fact.change) expect(() => parseDay(fact.change?.on ?? ""), fact.id).not.toThrow();
      expect(fact.text.trim(), fact.id).not.toMatch(/\.$/);
    }
  });
});

describe("the build's day", () => {
  test("is BB_TODAY when it is set, so a build can show another day", () => {
    expect(buildDay("2027-06-01").toISOString()).toBe("2027-06-01T00:00:00.000Z");
    expect(() => buildDay("next week")).toThrow(/not a date/);
  });
});
