import { describe, expect, it } from "vitest";
import { inTimeZone } from "../../tests/support/time-zone";
import { dayText, isRealDate, localDay } from "./days";

// Days are local: in a zone far from UTC (13 hours ahead in December).
inTimeZone("Pacific/Auckland");

describe("days as the site writes them (Pacific/Auckland)", () => {
  it("reads a calendar day the same in every time zone", () => {
    expect(dayText("2026-12-04")).toBe("4 December 2026");
    expect(dayText("2027-01-31")).toBe("31 January 2027");
    expect(dayText("2026-02-30")).toBe("2026-02-30");
    expect(dayText("")).toBe("");
    expect(dayText("2026-12-07")).toBe("7 December 2026");
  });

  it("keeps the local day of a moment, not the UTC one", () => {
    // 00:30 on 7 December in Auckland is still 6 December in UTC.
    const ms = new Date(2026, 11, 7, 0, 30).getTime();
    expect(new Date(ms).toISOString().slice(0, 10)).toBe("2026-12-06");
    expect(localDay(ms)).toBe("2026-12-07");
  });
});

describe("isRealDate", () => {
  it("accepts real calendar dates only", () => {
    for (const d of ["2025-03-07", "2024-02-29", "2000-02-29", "1999-12-31"])
      expect(isRealDate(d), d).toBe(true);
    for (const d of [
      "2025-02-30",
      "2025-02-29",
      "1900-02-29",
      "2025-13-01",
      "2025-04-31",
      "2025-3-7",
      "",
    ])
      expect(isRealDate(d), d).toBe(false);
  });
});
