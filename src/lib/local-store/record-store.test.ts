import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { clearSiteData } from "./delete-all";
import { MAX_LINE, readTexts } from "./read";
import { MAX_COPIES, RecordStore, type RecordStoreDef } from "./record-store";
import { CLEARED_KEY } from "./site-data";

/** A small store as a future feature would declare it: notes with one text field. */
interface Note {
  id: string;
  updatedAt: number;
  text: string;
}
const notes: RecordStoreDef<Note> = {
  name: "notes",
  version: 1,
  read(value, problems) {
    const o = value as Partial<Note> | null;
    if (typeof o?.id !== "string" || typeof o.updatedAt !== "number") return null;
    if (typeof o.text !== "string") problems.push("The text cannot be read.");
    return { id: o.id, updatedAt: o.updatedAt, text: typeof o.text === "string" ? o.text : "" };
  },
};
const NOW = Date.UTC(2026, 0, 1);
const setup = (fake = new FakeStorage()) => ({
  fake,
  store: new RecordStore(
    notes,
    () => fake,
    () => NOW,
  ),
});
const note = (id: string, updatedAt: number, text = id): Note => ({ id, updatedAt, text });
const copies = (fake: FakeStorage) =>
  Object.keys(fake.dump()).filter((k) => k.startsWith("bounce-back:notes:damaged:"));

describe("RecordStore: one key per record", () => {
  it("writes each record under its own key and reads them back validated", () => {
    const { fake, store } = setup();
    expect(store.write([note("a", 1), note("b", 2)]).ok).toBe(true);
    expect(Object.keys(fake.dump()).sort()).toEqual([
      "bounce-back:notes:r:a",
      "bounce-back:notes:r:b",
    ]);
    expect(
      setup(fake)
        .store.load()
        .records.map((n) => n.text)
        .sort(),
    ).toEqual(["a", "b"]);
  });

  it("merges with what is stored, and a tombstone keeps a deletion", () => {
    const { store } = setup();
    store.write([note("a", 5, "newer")]);
    expect(store.write([note("a", 1, "stale")]).results).toEqual([note("a", 5, "newer")]);
    store.write([{ id: "a", deletedAt: 6 }]);
    expect(store.write([note("a", 4, "stale")]).results).toEqual([{ id: "a", deletedAt: 6 }]);
    expect(store.load()).toMatchObject({ records: [], deleted: [{ id: "a", deletedAt: 6 }] });
  });
});

describe("red team: damaged copies are kept once each, and capped", () => {
  it("keeps the same damaged text once, however often it is met", () => {
    const { fake, store } = setup();
    fake.setItem("bounce-back:notes:r:a", "{broken");
    for (let i = 0; i < 5; i++) {
      setup(fake).store.load();
      fake.setItem("bounce-back:notes:r:a", "{broken");
      store.write([note("a", i)]);
      fake.setItem("bounce-back:notes:r:a", "{broken");
    }
    expect(copies(fake)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_COPIES} copies, and then leaves damaged text where it is`, () => {
    const { fake, store } = setup();
    for (let i = 0; i < MAX_COPIES + 5; i++) {
      fake.setItem("bounce-back:notes:r:a", `{broken ${i}`);
      const w = store.write([note("a", i)]);
      expect(w.ok).toBe(i < MAX_COPIES);
    }
    expect(copies(fake)).toHaveLength(MAX_COPIES);
    // The last damaged text has no copy, so it was not written over.
    expect(fake.getItem("bounce-back:notes:r:a")).toBe(`{broken ${MAX_COPIES + 4}`);
  });
});

describe("red team: many damaged records", () => {
  it(`loads with no "storage full" when more than ${MAX_COPIES} are damaged, and leaves the rest as they are`, () => {
    const { fake, store } = setup();
    for (let i = 0; i < MAX_COPIES + 15; i++)
      fake.setItem(`bounce-back:notes:r:d${i}`, `{broken ${i}`);
    fake.setItem("bounce-back:notes:r:ok", JSON.stringify({ v: 1, r: note("ok", 1) }));
    const loaded = store.load();
    expect(loaded.trouble).toBeNull();
    expect(loaded.records.map((n) => n.id)).toEqual(["ok"]);
    expect(copies(fake)).toHaveLength(MAX_COPIES);
    expect(fake.getItem(`bounce-back:notes:r:d${MAX_COPIES + 14}`)).toBe(
      `{broken ${MAX_COPIES + 14}`,
    );
    expect(store.write([note("ok", 2, "still saves")]).ok).toBe(true);
  });
});

describe("text limits", () => {
  it("a reader cuts text over the limit and says so: the same limit each view sets as maxLength", () => {
    const into = { text: "" };
    const problems: string[] = [];
    readTexts({ text: "x".repeat(MAX_LINE + 5) }, into, ["text"], (p) => problems.push(p));
    expect(into.text).toHaveLength(MAX_LINE);
    expect(problems).toEqual([`“text” was cut to ${MAX_LINE} characters`]);
  });
});

describe("red team: a record from a newer version", () => {
  it("is never written over and never copied", () => {
    const { fake, store } = setup();
    const future = JSON.stringify({ v: 2, r: { id: "a", whatever: 1 } });
    fake.setItem("bounce-back:notes:r:a", future);
    expect(store.load().newer).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(store.write([note("a", 10 + i)])).toMatchObject({ ok: false, newer: true });
    expect(fake.dump()).toEqual({ "bounce-back:notes:r:a": future });
  });
});

describe("red team: “Delete all” stays deleted in every open tab", () => {
  it("a write after a deletion elsewhere stops and reports it", () => {
    const fake = new FakeStorage();
    const tab = new RecordStore(
      notes,
      () => fake,
      () => NOW,
    );
    tab.load();
    tab.write([note("a", 1, "private")]);
    expect(
      clearSiteData(
        () => fake,
        () => NOW + 5,
      ),
    ).toBeNull();
    const w = tab.write([note("a", 2, "private, still in memory")]);
    expect(w.cleared).toBe(NOW + 5);
    expect(fake.dump()).toEqual({ [CLEARED_KEY]: String(NOW + 5) });
    // Once the tab has dropped what it held, it can write new words.
    tab.seenCleared = NOW + 5;
    expect(tab.write([note("b", NOW + 6, "new")]).ok).toBe(true);
  });

  it("ignores records older than the deletion, and storage events say so", () => {
    const { fake, store } = setup();
    fake.setItem(CLEARED_KEY, "100");
    fake.setItem("bounce-back:notes:r:old", JSON.stringify({ v: 1, r: note("old", 50) }));
    fake.setItem("bounce-back:notes:r:new", JSON.stringify({ v: 1, r: note("new", 150) }));
    expect(store.load().records.map((n) => n.id)).toEqual(["new"]);
    expect(store.changed(CLEARED_KEY, "200")).toBe("cleared");
    expect(store.changed(null, null)).toBe("cleared");
    expect(store.changed("bounce-back:notes:r:x", null)).toBeNull();
    expect(store.changed("bounce-back:other", "{}")).toBeNull();
  });
});

describe("blocked or full storage", () => {
  it("reports it and never throws", () => {
    const { fake, store } = setup();
    fake.blocked = true;
    expect(store.load().trouble).toBe("blocked");
    expect(store.write([note("a", 1)])).toMatchObject({ ok: false, trouble: "blocked" });
    fake.blocked = false;
    fake.quota = 10;
    expect(store.write([note("a", 1)])).toMatchObject({ ok: false, trouble: "full" });
  });
});
