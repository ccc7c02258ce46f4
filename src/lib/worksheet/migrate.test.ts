import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrate, versionOf } from "./migrate";
import { DOC_VERSION } from "./model";
import { readDoc } from "./read-doc";
import { isValidId } from "./validate";

const fixture = readFileSync(new URL("./fixtures/v0.json", import.meta.url), "utf8");
const NOW = Date.UTC(2025, 0, 1);

function upgrade(raw: string) {
  const { value, from } = migrate(JSON.parse(raw), NOW);
  const r = readDoc(value);
  if (!r.ok) throw new Error(r.problems.join(" "));
  return { ...r, from };
}

describe("migration from version 0", () => {
  it("knows versions", () => {
    expect(versionOf({ entries: {} })).toBe(0);
    expect(versionOf({ version: 0 })).toBe(0);
    expect(versionOf({ version: 1 })).toBe(1);
    expect(versionOf({ version: "x" })).toBe(-1);
    expect(versionOf([])).toBe(-1);
  });

  it("upgrades the v0 fixture without a problem", () => {
    const { doc, problems, from } = upgrade(fixture);
    expect(from).toBe(0);
    expect(problems).toEqual([]);
    expect(doc.version).toBe(1);
    expect(doc.entries).toHaveLength(3);
  });

  it("keeps every word of every field", () => {
    const { doc } = upgrade(fixture);
    const all = JSON.stringify(doc);
    const source = JSON.parse(fixture) as { entries: Record<string, Record<string, unknown>> };
    for (const old of Object.values(source.entries)) {
      for (const [k, v] of Object.entries(old)) {
        if (k === "lastModified" || k === "interviewDate") continue;
        const parts = Array.isArray(v) ? v : String(v).split("\n");
        for (const p of parts)
          expect(all).toContain(JSON.stringify(String(p).replace(/^\[.\] /, "")).slice(1, -1));
      }
    }
  });

  it("maps the fields, dates and checklist of an entry", () => {
    const { doc } = upgrade(fixture);
    const a = doc.entries.find((e) => e.id === "a1b2c3");
    expect(a).toMatchObject({
      role: "Junior data analyst at Northwind",
      company: "",
      date: "2024-05-02",
      feeling: "Hopeful walking out. Flat when the email came.",
      differently: "My answer about a conflict at work rambled.",
      advice: "Priya, my old team lead.",
      kindNote: "You got to the final round. That counts.",
      updatedAt: Date.parse("2024-05-03T10:00:00.000Z"),
    });
    expect(a?.steps.map((s) => [s.text, s.done])).toEqual([
      ["Reply to the email", true],
      ["Ask for feedback", false],
      ["Practise two stories", false],
    ]);
  });

  it("gives bad ids a new one, keeps an unreadable date as text, parses a readable one", () => {
    const { doc } = upgrade(fixture);
    const receptionist = doc.entries.find((e) => e.role === "Receptionist");
    expect(receptionist?.id).toMatch(/^v0-[0-9a-f]+-\d+$/);
    // The same old data always gets the same id, so reading it twice never duplicates it.
    expect(upgrade(fixture).doc.entries.map((x) => x.id)).toEqual(doc.entries.map((x) => x.id));
    expect(receptionist?.date).toBe("");
    expect(receptionist?.feeling).toContain("the Tuesday after Easter");
    expect(receptionist?.updatedAt).toBe(NOW);
    expect(receptionist?.steps.map((s) => [s.text, s.done])).toEqual([
      ["Send a thank-you note", false],
      ["Update my CV", true],
    ]);
    const barista = doc.entries.find((e) => e.role === "Barista at Bean There");
    expect(barista?.date).toBe("2024-03-03");
    expect(barista?.id).not.toBe("__proto__");
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it("also reads v0 entries kept in a list, and leaves v1 alone", () => {
    const { doc } = upgrade(
      JSON.stringify({ entries: [{ id: "x1", title: "A", note: "n" }, { title: "B" }] }),
    );
    expect(doc.entries.map((e) => e.role)).toEqual(["A", "B"]);
    const v1 = { version: 1, entries: [], deleted: [] };
    expect(migrate(v1, NOW)).toEqual({ value: v1, from: 1 });
  });

  it("hands an unknown shape on to validation, which refuses it", () => {
    const { value } = migrate({ entries: 5 }, NOW);
    expect(readDoc(value).ok).toBe(false);
    expect(readDoc(migrate({ version: 7, entries: [] }, NOW).value).ok).toBe(false);
  });

  it("produces the current version, with ids validate.ts accepts", () => {
    const keys = [
      "ok-1",
      "__proto__",
      "constructor",
      "prototype",
      "a b",
      "x".repeat(65),
      "émile",
      "",
    ];
    const entries = Object.fromEntries(keys.map((k) => [k, { title: k || "empty" }]));
    const { value } = migrate(
      JSON.parse(JSON.stringify({ entries }).replace('"___proto__"', '"__proto__"')),
      NOW,
    );
    const r = readDoc(value);
    expect((value as { version: number }).version).toBe(DOC_VERSION);
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.doc.entries.map((e) => isValidId(e.id))).toEqual(
      r.ok && r.doc.entries.map(() => true),
    );
    expect(r.ok && r.doc.entries.find((e) => e.role === "ok-1")?.id).toBe("ok-1");
  });
});
