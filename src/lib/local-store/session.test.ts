import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { TwoTabs } from "../../../tests/support/two-tabs";
import { type Mergeable, mergeFields, sameContent } from "./merge";
import { RecordStore, type RecordStoreDef } from "./record-store";
import { CONFLICT, importSummary, RecordSession, SAVE_DELAY } from "./session";
import type { StorageLike } from "./storage";

/** A small record as any tool declares one: two text fields. */
interface Note extends Mergeable {
  title: string;
  body: string;
}
const notes: RecordStoreDef<Note> = {
  name: "notes",
  version: 1,
  read: (v) => v as Note,
};
const note = (id: string, updatedAt: number, more: Partial<Note> = {}): Note => ({
  id,
  updatedAt,
  copyOf: "",
  title: "",
  body: "",
  ...more,
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 1_800_000_000_000 });
});
afterEach(() => vi.useRealTimers());

const session = (s: StorageLike) =>
  new RecordSession(new RecordStore(notes, () => s), { saved: () => undefined });

/** Two tabs that each hold the record "n", as it is stored. */
function twoTabs() {
  const tabs = new TwoTabs();
  tabs.shared.setItem("bounce-back:notes:r:n", JSON.stringify({ v: 1, r: note("n", 1) }));
  const a = session(tabs.a);
  const b = session(tabs.b);
  tabs.a.listener = a;
  tabs.b.listener = b;
  /** Delivers events and lets every save they cause run, until nothing more happens. */
  const settle = () => {
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(SAVE_DELAY);
      if (tabs.deliver() === 0) return;
    }
    throw new Error("The tabs never settled");
  };
  const stored = () =>
    Object.entries(tabs.shared.dump())
      .filter(([k]) => k.startsWith("bounce-back:notes:r:"))
      .map(([, v]) => JSON.parse(v).r as Note)
      .sort((x, y) => (x.copyOf < y.copyOf ? -1 : 1));
  return { tabs, a, b, settle, stored };
}

describe("merge: two versions of one record", () => {
  it("without edits here, the newer wins; on a tie every tab picks the same", () => {
    const x = note("n", 5, { body: "x" });
    const y = note("n", 5, { body: "y" });
    expect(mergeFields(note("n", 1), x).record).toBe(x);
    expect(mergeFields(x, y).record).toEqual(mergeFields(y, x).record);
  });

  it("lays fields edited here over the stored version, and copies words both changed", () => {
    const mine = note("n", 10, { title: "mine", body: "mine too" });
    const theirs = note("n", 12, { title: "theirs", body: "" });
    const merged = mergeFields(mine, theirs, new Set(["body"]), { body: "" });
    expect(merged.record).toMatchObject({ title: "theirs", body: "mine too", updatedAt: 13 });
    expect(merged.conflict).toBeUndefined();
    const clash = mergeFields(mine, theirs, new Set(["title"]), { title: "" });
    expect(clash.record.title).toBe("mine");
    expect(clash.conflict).toMatchObject({ title: "theirs", copyOf: "n" });
    expect(sameContent(note("n", 1), note("n", 2))).toBe(true);
  });
});

describe("RecordSession: two tabs, stale reads included", () => {
  it("different fields of one record, 100 ms apart, keep both (the second save read stale)", () => {
    const { a, b, settle, stored } = twoTabs();
    a.edit("n", { title: "Title from A" });
    vi.advanceTimersByTime(100);
    b.edit("n", { body: "Body from B" });
    // A saves; B saves before A's write reaches it, so B's save merges with the old record.
    vi.advanceTimersByTime(SAVE_DELAY - 100);
    vi.advanceTimersByTime(100);
    expect(a.state.save).toBe("saved");
    expect(b.state.save).toBe("saved");
    // B's save did not see A's: as stored, A's title is gone until the tabs hear each other.
    expect(stored()[0]).toMatchObject({ title: "", body: "Body from B" });
    settle();
    for (const s of [a, b])
      expect(s.find("n")).toMatchObject({ title: "Title from A", body: "Body from B" });
    expect(stored()).toEqual([
      expect.objectContaining({ title: "Title from A", body: "Body from B" }),
    ]);
  });

  it("the same field, 100 ms apart, on a stale read: both words kept, one copy, in both tabs", () => {
    const { a, b, settle, stored } = twoTabs();
    a.edit("n", { body: "apple" });
    vi.advanceTimersByTime(100);
    b.edit("n", { body: "banana" });
    vi.advanceTimersByTime(SAVE_DELAY);
    settle();
    const words = stored()
      .map((r) => r.body)
      .sort();
    expect(words).toEqual(["apple", "banana"]);
    expect(stored().filter((r) => r.copyOf === "n")).toHaveLength(1);
    for (const s of [a, b]) {
      expect(s.state.records.map((r) => r.body).sort()).toEqual(["apple", "banana"]);
      expect(s.state.notice).toBe(CONFLICT);
    }
  });

  it("the same field in the same millisecond, on a stale read: both words kept (issue 20)", () => {
    // Both versions carry the same time: a tab must not take the other's stale write for its own.
    const { a, b, settle, stored } = twoTabs();
    a.edit("n", { body: "apple" });
    b.edit("n", { body: "banana" });
    vi.advanceTimersByTime(SAVE_DELAY);
    settle();
    expect(
      stored()
        .map((r) => r.body)
        .sort(),
    ).toEqual(["apple", "banana"]);
    for (const s of [a, b])
      expect(s.state.records.map((r) => r.body).sort()).toEqual(["apple", "banana"]);
  });

  it("an older version saved over a newer one on a stale read: the tab holding the newer writes it back (issue 20)", () => {
    const { tabs, a, b, settle, stored } = twoTabs();
    /** Hands a tab the oldest write it has not seen: it reads that value (later ones stay hidden) and hears it. */
    const hearFirst = (tab: typeof tabs.a, s: typeof a) => {
      const e = tab.events.shift();
      if (!e) throw new Error("Nothing to hear");
      if (tab.events.some((x) => x.key === e.key)) tab.hidden.set(e.key, e.value);
      else tab.hidden.delete(e.key);
      s.external(e.key, e.value);
    };
    a.edit("n", { body: "apple" });
    vi.advanceTimersByTime(100);
    b.edit("n", { body: "banana" });
    // A saves "apple"; B saves "banana" on a stale read; A, not having heard B, saves "apple pie".
    vi.advanceTimersByTime(SAVE_DELAY);
    a.edit("n", { body: "apple pie" });
    vi.advanceTimersByTime(SAVE_DELAY);
    // A hears "banana" and keeps both; B hears "apple" only, keeps both, and saves on a stale read.
    hearFirst(tabs.a, a);
    vi.advanceTimersByTime(SAVE_DELAY);
    hearFirst(tabs.b, b);
    vi.advanceTimersByTime(SAVE_DELAY);
    settle();
    const words = stored().map((r) => r.body);
    expect(words).toContain("apple pie");
    expect(words).toContain("banana");
    for (const s of [a, b]) expect(s.find("n")?.body).toBe(stored()[0]?.body);
  });

  it("a tab that opened after this tab's first save changes another field: no false copy, no word lost (issue 20)", () => {
    const tabs = new TwoTabs();
    tabs.shared.setItem("bounce-back:notes:r:n", JSON.stringify({ v: 1, r: note("n", 1) }));
    const a = session(tabs.a);
    tabs.a.listener = a;
    a.edit("n", { title: "first words" });
    vi.advanceTimersByTime(SAVE_DELAY);
    // B opens now: a page that loads reads storage as it is, A's first save included.
    tabs.b.hidden.clear();
    tabs.b.events.splice(0);
    const b = session(tabs.b);
    tabs.b.listener = b;
    expect(b.find("n")?.title).toBe("first words");
    a.edit("n", { title: "alpha words" });
    vi.advanceTimersByTime(30);
    b.edit("n", { body: "beta words" });
    // Both save; B's save reads the stored record before A's second save reaches it.
    vi.advanceTimersByTime(SAVE_DELAY);
    for (let i = 0; i < 10 && tabs.deliver() > 0; i++) vi.advanceTimersByTime(SAVE_DELAY);
    const stored = Object.entries(tabs.shared.dump())
      .filter(([k]) => k.startsWith("bounce-back:notes:r:"))
      .map(([, v]) => JSON.parse(v).r as Note);
    expect(stored).toEqual([
      expect.objectContaining({ copyOf: "", title: "alpha words", body: "beta words" }),
    ]);
    for (const s of [a, b])
      expect(s.state.records).toEqual([
        expect.objectContaining({ title: "alpha words", body: "beta words" }),
      ]);
  });

  it("a record one tab added, then the same field in both on a stale read: both words kept", () => {
    const tabs = new TwoTabs();
    const a = session(tabs.a);
    a.add(note("p", Date.now(), { title: "made in A" }));
    const b = session(tabs.b);
    tabs.a.listener = a;
    tabs.b.listener = b;
    tabs.deliver();
    b.external("bounce-back:notes:r:p", tabs.b.getItem("bounce-back:notes:r:p"));
    expect(b.find("p")?.title).toBe("made in A");
    vi.advanceTimersByTime(1000);
    a.edit("p", { title: "apple" });
    vi.advanceTimersByTime(100);
    b.edit("p", { title: "banana" });
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(SAVE_DELAY);
      if (tabs.deliver() === 0) break;
    }
    const stored = Object.entries(tabs.shared.dump())
      .filter(([k]) => k.startsWith("bounce-back:notes:r:"))
      .map(([, v]) => JSON.parse(v).r.title);
    expect(stored.sort()).toEqual(["apple", "banana"]);
  });

  it("different parts of one object field (a kind letter's steps): both kept, no copy", () => {
    const { a, b, settle, stored } = twoTabs();
    type WithParts = Note & { parts?: Record<string, string> };
    const edit = (s: typeof a, p: Record<string, string>) =>
      s.edit("n", {
        parts: { ...((s.find("n") as WithParts).parts ?? {}), ...p },
      } as never);
    edit(a, { x: "from A" });
    vi.advanceTimersByTime(100);
    edit(b, { y: "from B" });
    vi.advanceTimersByTime(SAVE_DELAY);
    settle();
    for (const r of [...stored(), a.find("n"), b.find("n")])
      expect((r as WithParts).parts).toEqual({ x: "from A", y: "from B" });
    expect(stored()).toHaveLength(1);
  });

  it("the same field when the second save saw the first: the person's words in place, the other as a copy", () => {
    const { tabs, a, b, settle, stored } = twoTabs();
    a.edit("n", { body: "apple" });
    b.edit("n", { body: "banana" });
    a.flush();
    tabs.deliver();
    b.flush();
    expect(b.find("n")?.body).toBe("banana");
    expect(b.state.notice).toBe(CONFLICT);
    settle();
    expect(stored().map((r) => [r.copyOf, r.body])).toEqual([
      ["", "banana"],
      ["n", "apple"],
    ]);
    expect(a.state.records.map((r) => r.body).sort()).toEqual(["apple", "banana"]);
  });

  it("a copy can be kept as a record of its own, or discarded with Undo", () => {
    const { tabs, a, b, settle } = twoTabs();
    a.edit("n", { body: "apple" });
    b.edit("n", { body: "banana" });
    a.flush();
    tabs.deliver();
    b.flush();
    settle();
    const copy = b.state.records.find((r) => r.copyOf === "n");
    b.keepCopy(copy?.id ?? "");
    settle();
    expect(a.find(copy?.id ?? "")?.copyOf).toBe("");
    b.remove(copy?.id ?? "");
    expect(b.state.undo?.id).toBe(copy?.id);
    b.undoRemove();
    expect(b.find(copy?.id ?? "")?.body).toBe("apple");
  });
});

describe("RecordSession: import", () => {
  it("a newer record from a backup goes in place, this device's words kept as a copy; Undo puts it back", () => {
    const fake = new FakeStorage();
    const s = session(fake);
    s.add(note("n", Date.now(), { body: "written on this device" }));
    const file = [
      note("n", Date.now() + 10, { body: "from the backup" }),
      note("m", 5, { body: "new" }),
    ];
    const done = s.importRecords(file);
    expect(done).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(importSummary(done, "note", "notes")).toMatch(/1 note added.*1 note brought up to date/);
    expect(s.state.records.map((r) => r.body).sort()).toEqual([
      "from the backup",
      "new",
      "written on this device",
    ]);
    expect(s.state.records.find((r) => r.copyOf === "n")?.body).toBe("written on this device");
    expect(s.state.importUndo).toBe(true);
    expect(s.undoImport()).toBe(0);
    const again = session(fake);
    expect(again.state.records.map((r) => r.body)).toEqual(["written on this device"]);
  });

  it("a record here the same or newer is left as it is, and says so", () => {
    const s = session(new FakeStorage());
    s.add(note("n", Date.now(), { body: "newer here" }));
    const done = s.importRecords([note("n", 5, { body: "older in the file" })]);
    expect(done).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(importSummary(done, "note", "notes")).toMatch(/nothing was changed/);
    expect(s.state.records.map((r) => r.body)).toEqual(["newer here"]);
  });
});

describe("RecordSession: after a save", () => {
  it("tells the page once per visit that words were first saved (to ask for persistent storage)", () => {
    const calls: boolean[] = [];
    const s = new RecordSession(new RecordStore(notes, () => new FakeStorage()), {
      saved: (first) => calls.push(first),
    });
    s.add(note("n", 1, { body: "one" }));
    s.edit("n", { body: "two" });
    s.flush();
    expect(calls).toEqual([true, false]);
  });
});
