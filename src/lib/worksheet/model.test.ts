import { describe, expect, it } from "vitest";
import {
  entryTitle,
  formatEntryDate,
  isBlank,
  lastEdited,
  newEntry,
  newId,
  UNTITLED,
} from "./model";

describe("model", () => {
  it("titles an entry from role and company", () => {
    const e = newEntry(1);
    expect(entryTitle(e)).toBe(UNTITLED);
    expect(entryTitle({ ...e, role: " Designer " })).toBe("Designer");
    expect(entryTitle({ ...e, company: "Acme" })).toBe("Acme");
    expect(entryTitle({ ...e, role: "Designer", company: "Acme" })).toBe("Designer at Acme");
    expect(entryTitle({ ...e, role: "   ", company: "  " })).toBe("Untitled reflection");
  });

  it("makes unique ids of safe characters", () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("formats interview dates in words and leaves odd ones alone", () => {
    expect(formatEntryDate("2025-03-07")).toBe("7 March 2025");
    expect(formatEntryDate("2025-13-07")).toBe("2025-13-07");
    expect(formatEntryDate("")).toBe("");
  });

  it("knows a blank entry and the one edited last", () => {
    const a = newEntry(1, "a");
    const b = { ...newEntry(1, "b"), updatedAt: 5, feeling: "ok" };
    expect(isBlank(a)).toBe(true);
    expect(isBlank(b)).toBe(false);
    expect(isBlank({ ...a, steps: [{ id: "s", text: "", done: false }] })).toBe(false);
    expect(lastEdited([a, b])?.id).toBe("b");
    expect(lastEdited([])).toBeUndefined();
  });
});
