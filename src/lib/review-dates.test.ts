import { describe, expect, test } from "vitest";
import { addYears, reviewDatesProblem, reviewMessage, reviewStatus } from "./review-dates";

const today = new Date("2026-11-29");
const inDays = (n: number) => new Date(today.getTime() + n * 24 * 60 * 60 * 1000);

describe("reviewStatus", () => {
  test("is fine 61 days before the review is due", () => {
    expect(reviewStatus(inDays(61), today)).toEqual({ state: "ok", daysLeft: 61 });
  });

  test("is due soon 60 and 59 days before, and on the day itself", () => {
    expect(reviewStatus(inDays(60), today).state).toBe("due-soon");
    expect(reviewStatus(inDays(59), today)).toEqual({ state: "due-soon", daysLeft: 59 });
    expect(reviewStatus(today, today)).toEqual({ state: "due-soon", daysLeft: 0 });
  });

  test("is overdue once the date has passed", () => {
    expect(reviewStatus(inDays(-1), today)).toEqual({ state: "overdue", daysLate: 1 });
  });

  test("ignores the time of day", () => {
    expect(
      reviewStatus(new Date("2026-11-29T00:00:00Z"), new Date("2026-11-29T23:59:00Z")),
    ).toEqual({ state: "due-soon", daysLeft: 0 });
  });
});

describe("reviewDatesProblem", () => {
  const reviewed = new Date("2026-11-29");

  test("accepts one year and exactly three years", () => {
    expect(reviewDatesProblem(reviewed, new Date("2027-11-29"))).toBeUndefined();
    expect(reviewDatesProblem(reviewed, new Date("2029-11-29"))).toBeUndefined();
  });

  test("rejects dates more than three years apart", () => {
    expect(reviewDatesProblem(reviewed, new Date("2029-11-30"))).toMatch(/at most 3 years/);
  });

  test("rejects a next review on or before the last one", () => {
    expect(reviewDatesProblem(reviewed, reviewed)).toMatch(/after reviewed/);
    expect(reviewDatesProblem(reviewed, new Date("2025-01-01"))).toMatch(/after reviewed/);
  });

  test("adds years on the calendar", () => {
    expect(addYears(new Date("2028-02-29"), 1).toISOString().slice(0, 10)).toBe("2029-03-01");
  });
});

describe("reviewMessage", () => {
  test("says nothing when all is well, warns when due, names the fix when overdue", () => {
    expect(reviewMessage("a", inDays(61), today)).toBeUndefined();
    expect(reviewMessage("a", inDays(59), today)).toMatch(
      /"a" is due for review on .* \(in 59 days\)/,
    );
    expect(reviewMessage("a", inDays(-3), today)).toMatch(/review the article and move both dates/);
  });
});
