import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { doc, e, RECORD_PREFIX, storedDoc } from "../../../tests/support/worksheet";
import type { WorksheetDoc } from "./model";
import * as older from "./older-layout";
import { DAMAGED_PREFIX, KEY, UPGRADE_PREFIX, WorksheetStore } from "./store";

const NOW = Date.UTC(2025, 5, 1, 12);
const setup = (fake = new FakeStorage()) => ({
  fake,
  store: new WorksheetStore(
    () => fake,
    () => NOW,
    older,
  ),
});

describe("WorksheetStore: reading and writing", () => {
  it("starts empty and saves each entry, versioned, under its own key", () => {
    const { fake, store } = setup();
    expect(store.load()).toEqual({
      doc: doc([]),
      trouble: null,
      damaged: null,
      migratedFrom: null,
      readOnly: false,
    });
    const r = store.save(doc([e("a", 5, { wentWell: "the SQL task" })]));
    expect(r.ok).toBe(true);
    const saved = JSON.parse(fake.getItem(`${RECORD_PREFIX}a`) ?? "");
    expect(saved.v).toBe(1);
    expect(saved.r.wentWell).toBe("the SQL task");
    expect(Object.keys(fake.dump())).toEqual([`${RECORD_PREFIX}a`]);
  });

  it("reads back what it wrote, as a new page would after a reload", () => {
    const { fake, store } = setup();
    store.save(doc([e("a", 5, { feeling: "x".repeat(20_000) })]));
    const again = new WorksheetStore(() => fake).load();
    expect(again.doc.entries[0]?.feeling).toHaveLength(20_000);
  });

  it("merges what another tab stored before writing, so nothing is overwritten", () => {
    const fake = new FakeStorage();
    const tabA = new WorksheetStore(() => fake);
    const tabB = new WorksheetStore(() => fake);
    tabA.load();
    tabB.load();
    tabA.save(doc([e("a", 5, { feeling: "from A" })]));
    const r = tabB.save(doc([e("b", 6, { feeling: "from B" })]));
    expect(r.ok).toBe(true);
    // Each entry has its own key: B's save writes only "b" and leaves "a" as A wrote it.
    expect(
      storedDoc(fake)
        ?.entries.map((x) => x.id)
        .sort(),
    ).toEqual(["a", "b"]);
    const stored = storedDoc(fake) as WorksheetDoc;
    expect(stored.entries.map((x) => x.feeling).sort()).toEqual(["from A", "from B"]);
    // An old copy of "a" in tab B does not overwrite the newer one.
    tabB.save(doc([e("a", 1, { feeling: "stale" })]));
    const after = storedDoc(fake) as WorksheetDoc;
    expect(after.entries.find((x) => x.id === "a")?.feeling).toBe("from A");
  });
});

describe("WorksheetStore: damaged data", () => {
  for (const [name, raw, reason] of [
    ["not JSON", "{not json", "not-json"],
    ["the wrong shape", '{"hello":"world"}', "wrong-shape"],
  ] as const) {
    it(`keeps ${name} under a backup key, starts empty, and never deletes the copy`, () => {
      const fake = new FakeStorage();
      fake.setItem(KEY, raw);
      const { store } = setup(fake);
      const r = store.load();
      expect(r.doc.entries).toEqual([]);
      expect(r.trouble).toBeNull();
      expect(r.damaged?.reason).toBe(reason);
      expect(r.damaged?.raw).toBe(raw);
      expect(r.damaged?.backupKey).toBe(`${DAMAGED_PREFIX}2025-06-01T12:00:00.000Z`);
      expect(fake.getItem(r.damaged?.backupKey ?? "")).toBe(raw);
      store.save(doc([e("a", 5)]));
      expect(fake.getItem(r.damaged?.backupKey ?? "")).toBe(raw);
      expect(store.damagedCopies()).toEqual([{ key: r.damaged?.backupKey, raw }]);
    });
  }

  it("salvages readable entries and still keeps the whole raw text", () => {
    const raw = JSON.stringify({ version: 1, entries: [e("a", 5, { feeling: "kept" }), 42] });
    const fake = new FakeStorage();
    fake.setItem(KEY, raw);
    const r = setup(fake).store.load();
    expect(r.damaged?.reason).toBe("partly");
    expect(r.doc.entries.map((x) => x.feeling)).toEqual(["kept"]);
    expect(fake.getItem(r.damaged?.backupKey ?? "")).toBe(raw);
  });

  it("does not copy the same damaged text twice on every reload", () => {
    const fake = new FakeStorage();
    fake.setItem(KEY, "garbage");
    setup(fake).store.load();
    setup(fake).store.load();
    expect(Object.keys(fake.dump()).filter((k) => k.startsWith(DAMAGED_PREFIX))).toHaveLength(1);
  });

  it("never overwrites damaged text when no copy could be kept", () => {
    const fake = new FakeStorage();
    fake.setItem(KEY, "garbage that matters");
    fake.quota = 40; // Too small for a second copy.
    const { store } = setup(fake);
    const r = store.load();
    expect(r.trouble).toBe("full");
    expect(r.damaged?.backupKey).toBeNull();
    const s = store.save(doc([e("a", 5)]));
    expect(s.ok).toBe(false);
    expect(fake.getItem(KEY)).toBe("garbage that matters");
    // Once there is room, the copy is made first, then the save goes through.
    fake.quota = Number.POSITIVE_INFINITY;
    expect(store.save(doc([e("a", 5)])).ok).toBe(true);
    expect(store.damagedCopies().map((c) => c.raw)).toEqual(["garbage that matters"]);
  });

  it("backs up damage that appears while the page is open before writing over it", () => {
    const { fake, store } = setup();
    store.load();
    store.save(doc([e("a", 5)]));
    fake.setItem(`${RECORD_PREFIX}a`, "[1,2");
    const r = store.save(doc([e("a", 6)]));
    expect(r.ok).toBe(true);
    expect(r.damaged?.reason).toBe("not-json");
    expect(store.damagedCopies().map((c) => c.raw)).toEqual(["[1,2"]);
  });
});

describe("WorksheetStore: upgrade from version 0", () => {
  const v0 = readFileSync(new URL("./fixtures/v0.json", import.meta.url), "utf8");

  it("migrates on load, keeps a copy of the old text, and saves the new shape", () => {
    const fake = new FakeStorage();
    fake.setItem(KEY, v0);
    const store = new WorksheetStore(
      () => fake,
      () => NOW,
      older,
    );
    expect(store.hasOlderLayout()).toBe(true);
    const r = store.load();
    expect(r.migratedFrom).toBe(0);
    expect(r.damaged).toBeNull();
    expect(r.doc.entries).toHaveLength(3);
    expect(fake.getItem(`${UPGRADE_PREFIX}0`)).toBe(v0);
    store.save(r.doc);
    expect(fake.getItem(KEY)).toBeNull();
    const saved = storedDoc(fake) as WorksheetDoc;
    expect(saved.version).toBe(1);
    expect(saved.entries).toHaveLength(3);
    expect(fake.getItem(`${UPGRADE_PREFIX}0`)).toBe(v0);
  });
});

describe("WorksheetStore: the older layout when the code to read it could not load", () => {
  it("leaves the old text exactly as it is, so nothing is lost", () => {
    const v0 = readFileSync(new URL("./fixtures/v0.json", import.meta.url), "utf8");
    const fake = new FakeStorage();
    fake.setItem(KEY, v0);
    const store = new WorksheetStore(() => fake);
    expect(store.load().doc.entries).toEqual([]);
    store.save(doc([e("a", 5)]));
    expect(fake.getItem(KEY)).toBe(v0);
    // Once it loads, the old text is moved.
    store.older = older;
    expect(store.load().doc.entries).toHaveLength(4);
  });

  it("knows when the older layout is stored", () => {
    const fake = new FakeStorage();
    const { store } = setup(fake);
    expect(store.hasOlderLayout()).toBe(false);
    for (const raw of [JSON.stringify({ version: 1, entries: [] }), "not json", "{}"]) {
      fake.setItem(KEY, raw);
      expect(store.hasOlderLayout()).toBe(true);
    }
    fake.blocked = true;
    expect(store.hasOlderLayout()).toBe(false);
  });
});

describe("red team: a document from a newer version", () => {
  it("opens read-only, is never overwritten, and no damaged copies pile up", () => {
    const fake = new FakeStorage();
    const newer = JSON.stringify({ version: 2, entries: [{ id: "x", future: true }] });
    fake.setItem(KEY, newer);
    const { store } = setup(fake);
    const r = store.load();
    expect(r).toMatchObject({ readOnly: true, damaged: null, trouble: null });
    for (let i = 0; i < 5; i++) store.save(doc([e("a", 5 + i)]));
    expect(fake.getItem(KEY)).toBe(newer);
    expect(store.damagedCopies()).toEqual([]);
  });
});

describe("WorksheetStore: blocked or full storage", () => {
  it("reports blocked storage (SecurityError) instead of throwing", () => {
    const fake = new FakeStorage();
    fake.blocked = true;
    const { store } = setup(fake);
    expect(store.load().trouble).toBe("blocked");
    const r = store.save(doc([e("a", 5, { feeling: "in memory" })]));
    expect(r).toMatchObject({ ok: false, trouble: "blocked" });
    expect(r.doc.entries[0]?.feeling).toBe("in memory");
    expect(store.damagedCopies()).toEqual([]);
    expect(store.clearAll()).toBe("blocked");
  });

  it("reports a missing localStorage as blocked", () => {
    const store = new WorksheetStore();
    expect(store.load().trouble).toBe("blocked");
  });

  it("reports full storage (QuotaExceededError), keeps what was stored, and recovers", () => {
    const { fake, store } = setup();
    store.save(doc([e("a", 5, { feeling: "short" })]));
    fake.quota = 500;
    const big = doc([e("a", 6, { feeling: "x".repeat(20_000) })]);
    const r = store.save(big);
    expect(r).toMatchObject({ ok: false, trouble: "full" });
    expect(storedDoc(fake)?.entries[0]?.feeling).toBe("short");
    fake.quota = Number.POSITIVE_INFINITY;
    expect(store.save(big).ok).toBe(true);
  });
});
