import { describe, expect, it } from "vitest";
import { newEntry } from "./model";
import { readDoc } from "./read-doc";
import { LIMITS } from "./validate";

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  ...newEntry(1000, id),
  ...extra,
});

describe("readDoc (salvage and report)", () => {
  it("accepts a valid document as it is", () => {
    const doc = {
      version: 1,
      entries: [entry("a", { feeling: "ok" })],
      deleted: [{ id: "b", deletedAt: 5 }],
    };
    const r = readDoc(doc);
    expect(r).toEqual({ ok: true, doc, problems: [] });
  });

  it("refuses things that are not a worksheet", () => {
    for (const v of [
      null,
      3,
      "x",
      [],
      {},
      { version: 1 },
      { version: 2, entries: [] },
      { version: "1", entries: [] },
    ]) {
      expect(readDoc(v).ok).toBe(false);
    }
  });

  it("keeps the readable entries, repairs fields and reports every repair", () => {
    const r = readDoc({
      version: 1,
      entries: [
        entry("good", { wentWell: "kept" }),
        "not an entry",
        { id: "bad id!" },
        entry("typed", {
          feeling: 42,
          date: "yesterday",
          steps: [{ id: "s1", text: "x", done: "yes" }, 7],
        }),
        entry("good", { updatedAt: 1, wentWell: "older copy" }),
      ],
      deleted: [{ id: "gone", deletedAt: 1 }, { id: 5 }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.entries.map((e) => e.id)).toEqual(["good", "typed"]);
    expect(r.doc.entries[0]?.wentWell).toBe("kept");
    const typed = r.doc.entries[1];
    expect(typed?.feeling).toBe("");
    expect(typed?.date).toBe("");
    expect(typed?.steps).toEqual([{ id: "s1", text: "x", done: false }]);
    expect(r.doc.deleted).toEqual([{ id: "gone", deletedAt: 1 }]);
    expect(r.problems.length).toBeGreaterThanOrEqual(6);
  });

  it("never copies unknown keys, so __proto__ cannot pollute anything", () => {
    const hostile = JSON.parse(
      '{"version":1,"__proto__":{"polluted":1},"entries":[{"id":"a","createdAt":1,"updatedAt":1,"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"feeling":"hi"}]}',
    );
    const r = readDoc(hostile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.doc.entries[0])).toBe(Object.prototype);
    expect(Object.keys(r.doc.entries[0] ?? {})).not.toContain("__proto__");
    const entry = r.doc.entries[0] as unknown as Record<string, unknown>;
    expect(entry.polluted).toBeUndefined();
    expect(entry.constructor).toBe(Object);
    expect(Object.keys(r.doc)).toEqual(["version", "entries", "deleted"]);
  });

  it("does not cut long text from storage", () => {
    const long = "x".repeat(LIMITS.fieldChars + 10);
    const r = readDoc({ version: 1, entries: [entry("a", { feeling: long })] });
    expect(r.ok && r.doc.entries[0]?.feeling.length).toBe(long.length);
  });
});
