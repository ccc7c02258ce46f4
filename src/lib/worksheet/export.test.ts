import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT, fileName, toBackup } from "./export";
import { isOlderBackup, NEEDS_UPGRADE, readBackup as read } from "./import";
import { importKit } from "./kit";
import { toMarkdown } from "./markdown";
import { migrate } from "./migrate";
import * as model from "./model";
import { type Entry, newEntry, type WorksheetDoc } from "./model";
import { LIMITS } from "./validate";

const NOW = Date.UTC(2025, 2, 10, 12);
const full: Entry = {
  ...newEntry(NOW - 1000, "abc"),
  role: "Junior analyst",
  company: "Acme",
  date: "2025-03-07",
  feeling: "Flat.\nThen better.",
  wentWell: "The case study.",
  differently: "",
  workOn: "Shorter answers.",
  advice: "Sam",
  kindNote: "You did well.",
  steps: [
    { id: "s1", text: "Ask for feedback", done: true },
    { id: "s2", text: "Practise <b>stories</b>", done: false },
  ],
};
const doc: WorksheetDoc = {
  version: 1,
  entries: [full, newEntry(NOW, "blank")],
  deleted: [{ id: "x", deletedAt: 1 }],
};

const readBackup = (text: string, now: number) => read(text, now, importKit());

describe("JSON backup", () => {
  it("holds every entry with its format and version, and reads back the same", () => {
    const text = toBackup(doc, NOW);
    const json = JSON.parse(text);
    expect(json.format).toBe(BACKUP_FORMAT);
    expect(json.version).toBe(1);
    expect(json.exportedAt).toBe("2025-03-10T12:00:00.000Z");
    expect(json.entries).toHaveLength(2);
    expect(json.deleted).toBeUndefined();
    const back = readBackup(text, NOW);
    expect(back.ok && back.entries.map((e) => e.id).sort()).toEqual(["abc", "blank"]);
    expect(back.ok && back.entries.find((e) => e.id === "abc")).toEqual(full);
  });

  it("reads an old version 0 backup too", () => {
    const v0 = readFileSync(new URL("./fixtures/v0.json", import.meta.url), "utf8");
    expect(isOlderBackup(v0, importKit())).toBe(true);
    expect(isOlderBackup(toBackup(doc, NOW), importKit())).toBe(false);
    expect(readBackup(v0, NOW)).toEqual({ ok: false, errors: [NEEDS_UPGRADE] });
    const r = read(v0, NOW, importKit(migrate));
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
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.getPrototypeOf(r.entries[0])).toBe(Object.prototype);
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

describe("file names", () => {
  it("name the site, what is inside and the day", () => {
    expect(fileName(new Date(2025, 2, 10, 12).getTime(), "json")).toBe(
      "bounce-back-reflections-2025-03-10.json",
    );
    expect(fileName(new Date(2025, 2, 10).getTime(), "txt", "damaged-data")).toBe(
      "bounce-back-damaged-data-2025-03-10.txt",
    );
  });
});

describe("Markdown", () => {
  it("is readable, with a title, the date, each section and the checklist", () => {
    const md = toMarkdown(doc, "10 March 2025", model);
    expect(md).toContain("# My interview reflections");
    expect(md).toContain("Saved from Bounce Back on 10 March 2025.");
    expect(md).toContain("## Junior analyst at Acme");
    expect(md).toContain("Interview date: 7 March 2025");
    expect(md).toContain("### How it felt overall\n\nFlat.\nThen better.");
    expect(md).toContain("### Next steps\n\n- [x] Ask for feedback\n- [ ] Practise <b>stories</b>");
    expect(md).toContain("### A kind note to myself\n\nYou did well.");
    expect(md).not.toContain("What could have gone differently");
    expect(md).toContain("## Untitled reflection");
    expect(md.indexOf("Next steps")).toBeLessThan(md.indexOf("A kind note"));
    expect(md).not.toMatch(/\n{3}/);
  });
});
