import { describe, expect, it } from "vitest";
import { inTimeZone } from "../../../tests/support/time-zone";
import { localDay } from "../days";
import { type Application, newApplication, newWin, type Stage } from "./model";
import { addWeeks, funnel, needsNudge, stageCounts, weeklyCounts, weekOf } from "./stats";

// Local time is the point of these tests: in one zone.
inTimeZone("Europe/London");

let n = 0;
const app = (date: string, stage: Stage = "applied", interviewDate = ""): Application => ({
  ...newApplication(1, `a${n++}`),
  date,
  stage,
  interviewDate,
});

describe("weeks (Europe/London)", () => {
  it("runs in London time", () => {
    expect(new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset()).toBe(-60);
    expect(new Date(Date.UTC(2026, 0, 1, 12)).getTimezoneOffset()).toBe(0);
  });

  it("starts weeks on Monday", () => {
    expect(weekOf("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekOf("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(weekOf("2026-12-07")).toBe("2026-12-07");
    expect(weekOf("2027-01-01")).toBe("2026-12-28"); // across a year end
    expect(weekOf("nonsense")).toBe("");
  });

  it("keeps a week that spans the spring clock change whole (29 March 2026)", () => {
    for (const d of ["2026-03-23", "2026-03-28", "2026-03-29"])
      expect(weekOf(d)).toBe("2026-03-23");
    expect(weekOf("2026-03-30")).toBe("2026-03-30");
    expect(addWeeks("2026-03-23", 1)).toBe("2026-03-30");
    expect(addWeeks("2026-03-30", -1)).toBe("2026-03-23");
    expect(addWeeks("2026-10-19", 1)).toBe("2026-10-26"); // the autumn change, 25 October
  });

  it("reads a moment as the local day: 00:30 BST on Monday is Monday, not Sunday", () => {
    const justAfterMidnight = Date.UTC(2026, 2, 29, 23, 30); // Mon 30 Mar 00:30 BST
    expect(localDay(justAfterMidnight)).toBe("2026-03-30");
    expect(weekOf(localDay(justAfterMidnight))).toBe("2026-03-30");
    const sundayNight = Date.UTC(2026, 2, 29, 22, 59); // Sun 29 Mar 23:59 BST
    expect(weekOf(localDay(sundayNight))).toBe("2026-03-23");
    const winter = Date.UTC(2026, 9, 26, 0, 30); // Mon 26 Oct 00:30 GMT
    expect(localDay(winter)).toBe("2026-10-26");
  });

  it("counts applications, interviews and wins per week, oldest week first", () => {
    const apps = [
      app("2026-03-23"),
      app("2026-03-29", "first-interview", "2026-03-30"),
      app("2026-03-30", "final-round", "2026-04-02"),
      app("2026-01-01"), // before the window
    ];
    const wins = [
      newWin(Date.UTC(2026, 2, 29, 23, 30), "w1", "Practised"),
      newWin(Date.UTC(2026, 2, 28, 12), "w2", "A reply"),
    ];
    const weeks = weeklyCounts(apps, wins, "2026-04-01", 3);
    expect(weeks).toEqual([
      { week: "2026-03-16", applications: 0, interviews: 0, wins: 0 },
      { week: "2026-03-23", applications: 2, interviews: 0, wins: 1 },
      { week: "2026-03-30", applications: 1, interviews: 2, wins: 1 },
    ]);
  });
});

describe("stageCounts", () => {
  it("counts each stage in order, with zeros", () => {
    const counts = stageCounts([
      app("2026-11-01"),
      app("2026-11-02"),
      app("2026-11-03", "first-interview"),
      app("2026-11-04", "turned-down"),
      app("2026-11-05", "no-reply"),
    ]);
    expect(counts).toEqual([
      { stage: "applied", count: 2 },
      { stage: "first-interview", count: 1 },
      { stage: "later-interview", count: 0 },
      { stage: "final-round", count: 0 },
      { stage: "offer", count: 0 },
      { stage: "turned-down", count: 1 },
      { stage: "no-reply", count: 1 },
    ]);
  });
});

describe("needsNudge", () => {
  it("nudges after an interview stage when nothing else is moving", () => {
    expect(needsNudge([], "2026-11-30")).toBe(false);
    expect(needsNudge([app("2026-11-01", "final-round")], "2026-11-30")).toBe(true);
    expect(needsNudge([app("2026-11-01", "final-round"), app("2026-11-25")], "2026-11-30")).toBe(
      false,
    );
    // An old application does not count as moving.
    expect(
      needsNudge([app("2026-11-01", "first-interview"), app("2026-10-01")], "2026-11-30"),
    ).toBe(true);
    expect(needsNudge([app("2026-11-01", "turned-down")], "2026-11-30")).toBe(false);
  });
});

describe("where applications stop", () => {
  it("counts noes by the stage they came at, every row present, “not said” last", () => {
    const no = (stoppedAt: Application["stoppedAt"]): Application => ({
      ...app("2026-11-02", "turned-down"),
      stoppedAt,
    });
    const rows = funnel([
      no("applied"),
      no("applied"),
      no("first-interview"),
      no("final-round"),
      no(""),
      // Not turned down: not counted, whatever an old answer says.
      { ...app("2026-11-02", "offer"), stoppedAt: "final-round" },
      app("2026-11-03", "no-reply"),
    ]);
    expect(rows).toEqual([
      { stage: "applied", label: "After applying", count: 2 },
      { stage: "first-interview", label: "After a first interview", count: 1 },
      { stage: "later-interview", label: "After a later interview", count: 0 },
      { stage: "final-round", label: "After the final round", count: 1 },
      { stage: "offer", label: "After an offer", count: 0 },
      { stage: "", label: "Stage not said", count: 1 },
    ]);
    expect(funnel([]).map((r) => r.count)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
