import { describe, expect, it } from "vitest";
import { formatWhen } from "./when";

describe("a record's date", () => {
  it("reads as toLocaleString('en-GB') puts it, in local time", () => {
    expect(formatWhen(new Date(2026, 10, 29, 14, 5).getTime())).toBe("29 November 2026 at 14:05");
    expect(formatWhen(new Date(2027, 0, 1, 0, 0).getTime())).toBe("1 January 2027 at 00:00");
    expect(formatWhen(new Date(2026, 8, 30, 23, 59).getTime())).toBe("30 September 2026 at 23:59");
  });
});
