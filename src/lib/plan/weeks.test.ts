import { describe, expect, it } from "vitest";
import { newPlan, type Plan } from "./model";
import {
  addDays,
  cleanWeeks,
  isMonday,
  keptThisWeek,
  MAX_WEEKS,
  markWeek,
  mondayOf,
  weeksKept,
  weeksMissed,
  weeksSummary,
} from "./weeks";

/** A weekly plan starting on Monday 2 November 2026 (made that morning, UTC). */
const weekly = (over: Partial<Plan> = {}): Plan => ({
  ...newPlan(Date.UTC(2026, 10, 2, 12), "p1", { date: "2026-11-02", time: "09:00", weekly: true }),
  ...over,
});

describe("mondayOf", () => {
  it.each([
    ["2026-12-07", "2026-12-07"], // a Monday is its own week
    ["2026-12-13", "2026-12-07"], // Sunday belongs to the week before it
    ["2026-12-09", "2026-12-07"],
    ["2027-01-01", "2026-12-28"], // across a new year
    ["2024-03-03", "2024-02-26"], // across a leap day
    ["2026-03-29", "2026-03-23"], // the day the UK clocks change
    ["1970-01-01", "1969-12-29"],
    ["2026-02-30", ""],
    ["nonsense", ""],
  ])("%s is in the week of %s", (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });

  it("knows a Monday, and adds days across months", () => {
    expect(isMonday("2026-12-07")).toBe(true);
    expect(isMonday("2026-12-08")).toBe(false);
    expect(isMonday("")).toBe(false);
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});

describe("weeks kept and missed", () => {
  const today = "2026-12-09"; // a Wednesday, in the plan's sixth week

  it("counts weeks marked, and finished weeks not marked, never this week", () => {
    const p = weekly({ kept: ["2026-11-02", "2026-11-16", "2026-11-23"] });
    expect(weeksKept(p)).toBe(3);
    // Weeks of 2, 9, 16, 23, 30 November are over; 9 and 30 were missed.
    expect(weeksMissed(p, today)).toBe(2);
    expect(weeksMissed({ ...p, kept: [...p.kept, "2026-12-07"] }, today)).toBe(2);
  });

  it("misses nothing before the plan starts, nor for a one-off plan", () => {
    expect(weeksMissed(weekly({ date: "2026-12-21" }), today)).toBe(0);
    expect(weeksMissed(weekly({ date: "2026-12-07" }), today)).toBe(0);
    expect(weeksMissed(weekly({ weekly: false }), today)).toBe(0);
  });

  it("starts a plan with no day in the week it was made", () => {
    const p = weekly({ date: "", createdAt: Date.UTC(2026, 10, 25, 12) });
    expect(weeksMissed(p, today)).toBe(2); // the weeks of 23 and 30 November
  });

  it("counts from the first week marked when that is before the plan's day", () => {
    const p = weekly({ date: "2026-11-30", kept: ["2026-11-23"] });
    expect(weeksMissed(p, today)).toBe(1); // 30 November
    expect(weeksKept(p)).toBe(1);
  });

  it("says it kindly: kept of how many, and missed weeks as a fresh start", () => {
    const p = weekly({ kept: ["2026-11-02", "2026-11-16", "2026-11-23"] });
    const s = weeksSummary(p, today);
    expect(s.kept).toBe("Kept 3 weeks of 5.");
    expect(s.missed).toMatch(/^2 weeks slipped by, and that is normal/);
    expect(s.missed).toMatch(/fresh start/);
    expect(s.missed).not.toMatch(/fail|should|only/i);
    expect(weeksSummary(weekly({ date: "2026-12-07" }), today)).toEqual({
      kept: "No weeks marked yet.",
      missed: "",
    });
    expect(weeksSummary(weekly({ date: "2026-12-07", kept: ["2026-12-07"] }), today).kept).toBe(
      "Kept 1 week of 1.",
    );
    expect(weeksSummary(weekly({ date: "2026-11-30" }), today).missed).toMatch(/^1 week slipped/);
    expect(weeksSummary(weekly({ kept: ["2026-11-09"] }), today).kept).toBe("Kept 1 week of 5.");
  });
});

describe("marking a week", () => {
  it("marks and unmarks this week only, sorted and unique", () => {
    const kept = markWeek(["2026-11-30"], "2026-12-10", true);
    expect(kept).toEqual(["2026-11-30", "2026-12-07"]);
    expect(keptThisWeek({ kept }, "2026-12-13")).toBe(true);
    expect(markWeek(kept, "2026-12-08", true)).toEqual(kept);
    expect(markWeek(kept, "2026-12-08", false)).toEqual(["2026-11-30"]);
    expect(keptThisWeek({ kept: ["2026-11-30"] }, "2026-12-08")).toBe(false);
  });

  it("cleans a stored list: real Mondays, unique, sorted, the latest MAX_WEEKS", () => {
    expect(
      cleanWeeks(["2026-12-07", "2026-11-30", "2026-12-07", "2026-12-08", 5, null, "2026-02-30"]),
    ).toEqual(["2026-11-30", "2026-12-07"]);
    const many = Array.from({ length: MAX_WEEKS + 3 }, (_, i) => addDays("2000-01-03", 7 * i));
    const clean = cleanWeeks(many.reverse());
    expect(clean).toHaveLength(MAX_WEEKS);
    expect(clean[0]).toBe(addDays("2000-01-03", 21));
  });
});
