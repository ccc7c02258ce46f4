import { describe, expect, it } from "vitest";
import { newEntry } from "./model";
import { isValidId, readEntry } from "./validate";

describe("readEntry", () => {
  it("reads an entry field by field, and reports what it had to repair", () => {
    const problems: string[] = [];
    const e = readEntry(
      { ...newEntry(5, "a"), feeling: 3, date: "2025-02-30", copyOf: "b", extra: "dropped" },
      "Reflection 1",
      problems,
    );
    expect(e).toEqual({ ...newEntry(5, "a"), copyOf: "b" });
    expect(problems).toEqual([
      "Reflection 1: “feeling” is not text.",
      "Reflection 1: the date cannot be read.",
    ]);
  });

  it("refuses a conflict copy that points at no valid id", () => {
    const problems: string[] = [];
    const e = readEntry({ ...newEntry(5, "a"), copyOf: "<script>" }, "Reflection 1", problems);
    expect(e?.copyOf).toBe("");
    expect(problems).toHaveLength(1);
  });

  it("never takes a name JavaScript objects give a meaning to as an id", () => {
    for (const id of ["__proto__", "constructor", "prototype", "", "a b", "x".repeat(65)])
      expect(isValidId(id), id).toBe(false);
    expect(isValidId("abc-DEF_123")).toBe(true);
  });
});
