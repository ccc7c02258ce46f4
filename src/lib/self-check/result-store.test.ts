import { describe, expect, it } from "vitest";
import {
  clearResult,
  formatResultDate,
  parseStoredResult,
  RESULT_KEY_PREFIX,
  type ResultStorage,
  readResult,
  resultKey,
  resultStorage,
  saveResult,
} from "./result-store";

class MemoryStorage implements ResultStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const throwing: ResultStorage = {
  getItem() {
    throw new DOMException("blocked", "SecurityError");
  },
  setItem() {
    throw new DOMException("full", "QuotaExceededError");
  },
  removeItem() {
    throw new DOMException("blocked", "SecurityError");
  },
};

const result = {
  bands: ["up-and-down"],
  title: "Some days are better",
  at: "2026-11-25T10:00:00.000Z",
  flags: ["support"],
  focus: ["Practise one answer out loud"],
};

describe("result store", () => {
  it("uses one namespaced key per self-check", () => {
    expect(resultKey("was-it-you-or-them")).toBe("bounce-back:self-check:was-it-you-or-them");
    expect(RESULT_KEY_PREFIX).toBe("bounce-back:self-check:");
  });

  it("saves, reads back and clears a result", () => {
    const s = new MemoryStorage();
    expect(readResult(s, "a")).toBeNull();
    expect(saveResult(s, "a", result)).toBe(true);
    expect(readResult(s, "a")).toEqual(result);
    expect(readResult(s, "b")).toBeNull();
    expect(clearResult(s, "a")).toBe(true);
    expect(readResult(s, "a")).toBeNull();
  });

  it("stores only the result (bands, title, flags, things to work on), the date and a version", () => {
    const s = new MemoryStorage();
    saveResult(s, "a", result);
    expect(JSON.parse(s.getItem(resultKey("a")) ?? "")).toEqual({ v: 2, ...result });
  });

  it("still reads a result saved by version 1 (one band)", () => {
    const old = { v: 1, band: "up-and-down", title: "Some days", at: "2026-11-25T10:00:00.000Z" };
    expect(parseStoredResult(JSON.stringify(old))).toEqual({
      bands: ["up-and-down"],
      title: "Some days",
      at: old.at,
      flags: [],
      focus: [],
    });
  });

  it("tolerates blocked, full or missing storage", () => {
    expect(readResult(throwing, "a")).toBeNull();
    expect(saveResult(throwing, "a", result)).toBe(false);
    expect(clearResult(throwing, "a")).toBe(false);
    expect(readResult(null, "a")).toBeNull();
    expect(saveResult(null, "a", result)).toBe(false);
    expect(clearResult(null, "a")).toBe(false);
  });
});

describe("resultStorage", () => {
  it("is null where there is no localStorage (as in Node)", () => {
    expect(resultStorage()).toBeNull();
  });
});

describe("parseStoredResult rejects damaged data", () => {
  const ok = { v: 2, ...result };
  const bad: [string, unknown][] = [
    ["null", null],
    ["empty string", ""],
    ["not JSON", "{oops"],
    ["a number", "42"],
    ["an array", "[1,2]"],
    ["no version", JSON.stringify(result)],
    ["a newer version", JSON.stringify({ ...ok, v: 3 })],
    ["a band that is not a slug", JSON.stringify({ ...ok, bands: ["<img src=x>"] })],
    ["no bands", JSON.stringify({ ...ok, bands: [] })],
    ["a flag that is not a slug", JSON.stringify({ ...ok, flags: ["<b>"] })],
    ["things to work on that are not text", JSON.stringify({ ...ok, focus: [5] })],
    ["an empty title", JSON.stringify({ ...ok, title: "  " })],
    ["a very long title", JSON.stringify({ ...ok, title: "x".repeat(201) })],
    ["a title that is not text", JSON.stringify({ ...ok, title: 5 })],
    ["a date that is not a date", JSON.stringify({ ...ok, at: "yesterday-ish" })],
    ["a missing date", JSON.stringify({ v: 1, band: "a", title: "b" })],
    ["a huge value", JSON.stringify({ ...ok, pad: "x".repeat(5000) })],
  ];
  it.each(bad)("%s", (_name, raw) => {
    expect(parseStoredResult(raw as string | null)).toBeNull();
  });

  it("ignores extra fields but keeps a valid result", () => {
    expect(parseStoredResult(JSON.stringify({ ...ok, extra: true }))).toEqual(result);
  });
});

describe("formatResultDate", () => {
  it("formats a date for people", () => {
    expect(formatResultDate("2026-11-25T12:00:00.000Z")).toMatch(/^2[456] November 2026$/);
  });
  it("returns an empty string for a bad date", () => {
    expect(formatResultDate("nope")).toBe("");
  });
});
