import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { RecordStore } from "../local-store/record-store";
import { CLEARED_ELSEWHERE, CONFLICT, RecordSession, SAVE_DELAY } from "../local-store/session";
import { CLEARED_KEY } from "../local-store/site-data";
import { readBackup, toBackup, toMarkdown } from "./backup";
import {
  letterDef,
  letterKind,
  thoughtDef,
  thoughtKind,
  type WritingSession,
  writingDef,
  writingKind,
} from "./exercises";
import { countWords } from "./record";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 1_800_000_000_000 });
});
afterEach(() => vi.useRealTimers());

const PREFIX = "bounce-back:expressive-writing:r:";
const HOSTILE = "<img src=x onerror=alert(1)>";

function tab(storage: FakeStorage) {
  return new RecordSession(new RecordStore(writingDef, () => storage), {
    ...writingKind,
    saved: () => undefined,
  });
}

/** Two tabs on one storage: each hears the other's changes, as with storage events. */
function twoTabs() {
  const storage = new FakeStorage();
  const a = tab(storage);
  const b = tab(storage);
  let from: RecordSession<WritingSession> | null = null;
  const write = storage.setItem.bind(storage);
  storage.setItem = (k, v) => {
    write(k, v);
    for (const t of [a, b]) if (t !== from) t.external(k, v);
  };
  const as = (t: typeof a, fn: () => void) => {
    from = t;
    fn();
    from = null;
  };
  return { storage, a, b, as };
}

describe("an exercise session on the shared store", () => {
  it("opens a blank record, saves only once written in, and finds it after a reload", () => {
    const storage = new FakeStorage();
    const s = tab(storage);
    expect(s.state.records).toHaveLength(1);
    expect(Object.keys(storage.dump())).toEqual([]);
    const id = s.state.currentId;
    s.edit(id, { text: `Day one. ${HOSTILE}`, day: 2 });
    expect(s.state.save).toBe("pending");
    vi.advanceTimersByTime(SAVE_DELAY);
    expect(s.state.save).toBe("saved");
    expect(Object.keys(storage.dump())).toEqual([PREFIX + id]);
    const again = tab(storage);
    expect(again.current()).toMatchObject({ id, day: 2, text: `Day one. ${HOSTILE}` });
  });

  it("keeps several records newest first, renames, deletes with undo", () => {
    const storage = new FakeStorage();
    const s = tab(storage);
    s.edit(s.state.currentId, { text: "first" });
    vi.advanceTimersByTime(1000);
    const second = s.create();
    s.edit(second.id, { text: "second" });
    s.flush();
    expect(s.state.records.map((r) => r.text)).toEqual(["second", "first"]);
    s.editNow(second.id, { name: "Tuesday" });
    expect(tab(storage).state.records[0]?.name).toBe("Tuesday");
    s.remove(second.id);
    expect(s.state.undo?.id).toBe(second.id);
    expect(tab(storage).state.records.map((r) => r.text)).toEqual(["first"]);
    s.undoRemove();
    expect(
      tab(storage)
        .state.records.map((r) => r.text)
        .sort(),
    ).toEqual(["first", "second"]);
    expect(s.state.currentId).toBe(second.id);
  });

  it("a new blank record nobody wrote in is dropped, not saved", () => {
    const storage = new FakeStorage();
    const s = tab(storage);
    s.create();
    s.create();
    expect(s.state.records).toHaveLength(1);
    expect(s.written()).toEqual([]);
  });

  it("two tabs: each sees the other's words; the same words changed in both give a copy", () => {
    const { a, b, as } = twoTabs();
    as(a, () => {
      a.edit(a.state.currentId, { text: "from A" });
      a.flush();
    });
    const id = a.state.currentId;
    expect(b.state.records.find((r) => r.id === id)?.text).toBe("from A");
    // Both change it before either saves.
    a.edit(id, { text: "A again" });
    b.edit(id, { text: "B's words" });
    as(b, () => b.flush());
    as(a, () => a.flush());
    expect(a.state.notice).toBe(CONFLICT);
    const texts = tab(a.store.getStorage() as FakeStorage).state.records.map((r) => r.text);
    expect(texts.sort()).toEqual(["A again", "B's words"]);
  });

  it("Delete all in another tab: this tab never writes the deleted words back", () => {
    const { storage, a, b, as } = twoTabs();
    as(a, () => {
      a.edit(a.state.currentId, { text: "private" });
      a.flush();
    });
    as(b, () => b.deleteAll());
    expect(storage.getItem(CLEARED_KEY)).not.toBeNull();
    expect(a.state.notice).toBe(CLEARED_ELSEWHERE);
    expect(a.written()).toEqual([]);
    a.flush();
    expect(Object.keys(storage.dump())).toEqual([CLEARED_KEY]);
  });

  it("blocked storage: says so and keeps working in memory", () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const s = tab(storage);
    expect(s.state.trouble).toBe("blocked");
    s.edit(s.state.currentId, { text: "still here" });
    s.flush();
    expect(s.state).toMatchObject({ save: "unsaved", trouble: "blocked" });
    expect(s.current()?.text).toBe("still here");
  });

  it("full storage: says so, keeps the words, and saves once there is room", () => {
    const storage = new FakeStorage();
    storage.quota = 50;
    const s = tab(storage);
    s.edit(s.state.currentId, { text: "x".repeat(100) });
    s.flush();
    expect(s.state).toMatchObject({ save: "unsaved", trouble: "full" });
    storage.quota = Number.POSITIVE_INFINITY;
    s.edit(s.state.currentId, { text: "y".repeat(100) });
    s.flush();
    expect(s.state).toMatchObject({ save: "saved", trouble: null });
  });

  it("damaged data is copied aside before its key is written over; newer data is read-only", () => {
    const storage = new FakeStorage();
    storage.setItem(`${PREFIX}bad`, "{not json");
    storage.setItem(`${PREFIX}new`, JSON.stringify({ v: 9, r: {} }));
    const s = tab(storage);
    expect(s.state.damaged?.reason).toBe("not-json");
    expect(s.store.damagedCopies().map((c) => c.raw)).toEqual(["{not json"]);
    expect(s.state.readOnly).toBe(true);
    s.edit(s.state.currentId, { text: "nope" });
    expect(s.state.save).toBe("saved");
  });
});

describe("each exercise's validation", () => {
  it("expressive writing: a day out of range, a field of the wrong type", () => {
    const problems: string[] = [];
    const r = writingDef.read(
      { id: "a", updatedAt: 5, day: 9, text: 4, __proto__: { x: 1 } },
      problems,
    );
    expect(r).toMatchObject({ id: "a", day: 1, text: "" });
    expect(problems).toHaveLength(2);
    expect(writingDef.read({ id: "../x", updatedAt: 1 }, [])).toBeNull();
    expect(writingDef.read("text", [])).toBeNull();
  });

  it("the kind letter keeps only its four steps", () => {
    const r = letterDef.read(
      { id: "l", updatedAt: 1, steps: { "what-happened": HOSTILE, constructor: "x", extra: "y" } },
      [],
    );
    expect(r?.steps).toEqual({
      "what-happened": HOSTILE,
      "what-a-friend-would-say": "",
      "others-go-through-this": "",
      "what-next": "",
    });
    expect(letterKind.isBlank(letterKind.blank(1))).toBe(true);
  });

  it("the thought record: ratings kept in 0 to 100, unknown traps dropped", () => {
    const r = thoughtDef.read(
      {
        id: "t",
        updatedAt: 1,
        situation: "s",
        feelings: [
          { name: "sad", before: 140, after: -3 },
          { name: "hurt", before: "x" },
        ],
        traps: ["labelling", "labelling", "made-up", 3],
      },
      [],
    );
    expect(r?.feelings).toEqual([
      { name: "sad", before: 100, after: 0 },
      { name: "hurt", before: null, after: null },
    ]);
    expect(r?.traps).toEqual(["labelling"]);
    expect(thoughtKind.isBlank(thoughtKind.blank(1))).toBe(true);
    expect(thoughtKind.isBlank({ ...thoughtKind.blank(1), traps: ["labelling"] })).toBe(false);
  });

  it("counts words", () => {
    expect(countWords("  one two\nthree  ")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});

describe("backup and Markdown", () => {
  it("round-trips through a backup into another browser, merging by the newer", () => {
    const s = tab(new FakeStorage());
    s.edit(s.state.currentId, { text: HOSTILE });
    s.flush();
    const file = toBackup("expressive-writing", s.written(), Date.now());
    const read = readBackup(file, writingDef);
    expect(read.ok && read.records.map((r) => r.text)).toEqual([HOSTILE]);
    const fresh = tab(new FakeStorage());
    expect(fresh.importRecords(read.ok ? read.records : [])).toMatchObject({ added: 1 });
    expect(tab(fresh.store.getStorage() as FakeStorage).current()?.text).toBe(HOSTILE);
    expect(fresh.importRecords(read.ok ? read.records : [])).toMatchObject({
      added: 0,
      updated: 0,
    });
  });

  it("refuses other files plainly", () => {
    expect(readBackup("nope", writingDef)).toMatchObject({ ok: false });
    expect(readBackup(toBackup("kind-letter", [], 0), writingDef)).toMatchObject({ ok: false });
    const newer = JSON.stringify({
      format: "bounce-back-exercise",
      exercise: "expressive-writing",
      version: 2,
      records: [],
    });
    expect(readBackup(newer, writingDef)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer/),
    });
    const junk = JSON.stringify({
      format: "bounce-back-exercise",
      exercise: "expressive-writing",
      version: 1,
      records: [{ id: 1 }],
    });
    expect(readBackup(junk, writingDef)).toMatchObject({ ok: false });
  });

  it("escapes what people wrote in the Markdown", () => {
    const md = toMarkdown("Expressive writing", [
      {
        name: "# not a heading",
        when: 0,
        parts: [["Day 1", `${HOSTILE}\n- [link](javascript:x)`]],
      },
    ]);
    expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(md).toContain("## \\# not a heading");
    expect(md).toContain("\\- \\[link\\](javascript:x)");
  });
});

describe("a blank record open in another tab", () => {
  it("gives way to words that arrive from another tab", () => {
    const storage = new FakeStorage();
    const a = tab(storage);
    const b = tab(storage);
    a.edit(a.state.currentId, { text: "from A" });
    a.flush();
    const key = `${PREFIX}${a.state.currentId}`;
    b.external(key, storage.getItem(key));
    expect(b.state.records).toHaveLength(1);
    expect(b.current()?.text).toBe("from A");
  });
});
