import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleDoc as doc, full, NOW } from "../../../tests/support/worksheet";
import { BACKUP_FORMAT, toBackup } from "./export";
import { isOlderBackup, NEEDS_UPGRADE, readBackup, roomFor } from "./import";
import { migrate } from "./migrate";
import { newEntry } from "./model";
import { LIMITS } from "./validate";

describe("reading a JSON backup", () => {
  it("reads back every entry exactly as it was exported", () => {
    const back = readBackup(toBackup(doc, NOW), NOW);
    expect(back.ok && back.entries.map((e) => e.id).sort()).toEqual(["abc", "blank"]);
    expect(back.ok && back.entries.find((e) => e.id === "abc")).toEqual(full);
  });

  it("reads an old version 0 backup too", () => {
    const v0 = readFileSync(new URL("./fixtures/v0.json", import.meta.url), "utf8");
    expect(isOlderBackup(v0)).toBe(true);
    expect(isOlderBackup(toBackup(doc, NOW))).toBe(false);
    expect(readBackup(v0, NOW)).toEqual({ ok: false, errors: [NEEDS_UPGRADE] });
    const r = readBackup(v0, NOW, migrate);
    expect(r.ok && r.entries).toHaveLength(3);
  });
});

describe("readBackup refuses bad and hostile files, with a plain reason", () => {
  const cases: [string, string, RegExp][] = [
    ["not JSON", "hello", /not a JSON backup/],
    ["a list", "[]", /not a backup/],
    [
      "another format",
      JSON.stringify({ format: "other", version: 1, entries: [] }),
      /not a backup/,
    ],
    [
      "a newer version",
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, entries: [] }),
      /newer version/,
    ],
    [
      "no entries",
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: [] }),
      /no reflections/,
    ],
    [
      "entries not a list",
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: "x" }),
      /no list/,
    ],
    [
      "a broken entry",
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        entries: [full, { id: "y", feeling: 3 }],
      }),
      /Reflection 2/,
    ],
    ["too large", " ".repeat(LIMITS.importBytes + 1), /too large/],
    [
      "a __proto__ id",
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        entries: [{ ...full, id: "__proto__" }],
      }),
      /no valid id/,
    ],
    [
      "a script id",
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: [{ ...full, id: "<script>" }] }),
      /no valid id/,
    ],
  ];
  for (const [name, text, reason] of cases) {
    it(name, () => {
      const r = readBackup(text, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join(" ")).toMatch(reason);
    });
  }

  it("refuses a broken entry the storage would salvage", () => {
    const r = readBackup(JSON.stringify({ version: 1, entries: [full, "x"] }), NOW);
    expect(r).toEqual({ ok: false, errors: ["Reflection 2: it is not a reflection."] });
  });

  it("refuses text over the size limit, too many entries or steps, and times in the future", () => {
    const file = (entries: unknown[]) => JSON.stringify({ version: 1, entries });
    const e = (id: string, extra: Record<string, unknown> = {}) => ({
      ...newEntry(NOW - 10, id),
      ...extra,
    });
    expect(readBackup(file([e("a", { feeling: "x".repeat(LIMITS.fieldChars + 1) })]), NOW)).toEqual(
      {
        ok: false,
        errors: ["Reflection 1: “feeling” is too long."],
      },
    );
    expect(
      readBackup(file(Array.from({ length: LIMITS.entries + 1 }, (_, i) => e(`e${i}`))), NOW).ok,
    ).toBe(false);
    const steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({
      id: `s${i}`,
      text: "x",
      done: false,
    }));
    expect(readBackup(file([e("a", { steps })]), NOW).ok).toBe(false);
    expect(
      readBackup(
        file([
          e("a", { steps: [{ id: "s", text: "x".repeat(LIMITS.stepChars + 1), done: false }] }),
        ]),
        NOW,
      ).ok,
    ).toBe(false);
    expect(readBackup(file([e("a", { updatedAt: NOW + 10 * 86_400_000 })]), NOW)).toMatchObject({
      errors: ["Reflection 1: it was changed in the future."],
    });
    expect(readBackup(file([e("a", { feeling: "x".repeat(20_000) })]), NOW).ok).toBe(true);
  });

  it("lists at most ten problems", () => {
    const entries = Array.from({ length: 30 }, () => "bad");
    const r = readBackup(JSON.stringify({ version: 1, entries }), NOW);
    expect(!r.ok && r.errors).toHaveLength(11);
  });

  it("ignores prototype keys and pollutes nothing", () => {
    const text = `{"__proto__":{"polluted":"yes"},"format":"${BACKUP_FORMAT}","version":1,"entries":[{"id":"ok1","createdAt":1,"updatedAt":1,"__proto__":{"polluted":"yes"},"role":"R"}]}`;
    const r = readBackup(text, NOW);
    expect(r.ok).toBe(true);
    const entry = r.ok ? (r.entries[0] as Record<string, unknown> | undefined) : undefined;
    // Copied field by field: the file's "__proto__" is neither a key nor the prototype.
    expect(entry?.polluted).toBeUndefined();
    expect(entry && Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(entry && Object.hasOwn(entry, "__proto__")).toBe(false);
  });

  it("keeps markup as plain text", () => {
    const r = readBackup(
      JSON.stringify({
        version: 1,
        entries: [{ ...full, feeling: "<img src=x onerror=alert(1)>" }],
      }),
      NOW,
    );
    expect(r.ok && r.entries[0]?.feeling).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("red team: impossible dates", () => {
  for (const date of ["2025-02-30", "2025-13-01", "2025-00-10", "2024-04-31"]) {
    it(`refuses a file with the date ${date}`, () => {
      const text = JSON.stringify({ version: 1, entries: [{ ...full, date }] });
      expect(readBackup(text, NOW)).toEqual({
        ok: false,
        errors: ["Reflection 1: the date cannot be read."],
      });
    });
  }

  it("accepts real dates, 29 February in a leap year too", () => {
    for (const date of ["2024-02-29", "2025-12-31", ""]) {
      const text = JSON.stringify({ version: 1, entries: [{ ...full, date }] });
      expect(readBackup(text, NOW).ok).toBe(true);
    }
  });
});

describe("the headroom rule", () => {
  it("refuses a file that would not leave room for conflict copies or an undo, and says why", () => {
    const text = "x".repeat(1_000_000);
    expect(roomFor(text, 1_000_000)).toBeNull();
    const error = roomFor(text, LIMITS.storeChars - 999_999);
    expect(error).toMatch(/not enough room/);
    expect(error).toMatch(/under 2\.5 MB, half of what the browser allows/);
    expect(error).toMatch(/undo the import/);
  });
});
