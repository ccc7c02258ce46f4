import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { RECORD_PREFIX, storedDoc } from "../../../tests/support/worksheet";
import type { RecordSession } from "../local-store/session";
import { UNDO_TIME } from "../local-store/session";
import { CLEARED_KEY } from "../local-store/site-data";
import { planImport } from "./import";
import { docOf, type Entry, newEntry } from "./model";
import * as older from "./older-layout";
import { CLEARED_ELSEWHERE, WorksheetStore, worksheetSession } from "./store";

/** A fake clock and timers the test moves by hand. */
function clock(start = 1_000_000) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: start });
  return {
    advance: (ms: number) => vi.advanceTimersByTime(ms),
    pending: () => vi.getTimerCount(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

/** Two tabs over one storage, with storage events delivered to the other tab. */
function twoTabs() {
  const fake = new FakeStorage();
  const c = clock();
  const a = worksheetSession(new WorksheetStore(() => fake));
  const b = worksheetSession(new WorksheetStore(() => fake));
  let writer: RecordSession<Entry> | null = null;
  fake.onChange = (key, value) => {
    for (const tab of [a, b]) if (tab !== writer) tab.external(key, value);
  };
  const as = <T>(tab: RecordSession<Entry>, fn: () => T): T => {
    writer = tab;
    try {
      return fn();
    } finally {
      writer = null;
    }
  };
  return { fake, c, a, b, as };
}

// biome-ignore lint/suspicious/noExplicitAny: stored JSON, read loosely as the tests did
const stored = (fake: FakeStorage): any => storedDoc(fake);

describe("RecordSession<Entry>: editing and autosave", () => {
  it("opens on a blank entry that is not saved until someone writes in it", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    expect(s.state.records).toHaveLength(1);
    s.flush();
    expect(stored(fake)).toBeNull();
    s.edit(s.state.currentId, { feeling: "tired" });
    expect(s.state.save).toBe("pending");
    c.advance(399);
    expect(stored(fake)).toBeNull();
    c.advance(1);
    expect(s.state.save).toBe("saved");
    expect(stored(fake).entries[0].feeling).toBe("tired");
  });

  it("waits until typing stops, then saves once", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    let text = "";
    for (const ch of "hello") {
      text += ch;
      s.edit(s.state.currentId, { wentWell: text });
      c.advance(100);
    }
    expect(stored(fake)).toBeNull();
    c.advance(400);
    expect(stored(fake).entries[0].wentWell).toBe("hello");
  });

  it("saves at once on flush (pagehide) and reopens on the entry edited last", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    const first = s.state.currentId;
    s.edit(first, { role: "Analyst" });
    c.advance(10);
    const second = s.create();
    s.edit(second.id, { role: "Designer" });
    c.advance(10);
    s.select(first);
    s.edit(first, { company: "Acme" });
    s.flush();
    expect(c.pending()).toBe(0);
    const again = worksheetSession(new WorksheetStore(() => fake));
    expect(again.state.currentId).toBe(first);
    expect(again.current()?.company).toBe("Acme");
    expect(again.state.records).toHaveLength(2);
  });

  it("handles 200 entries, one with 20,000 characters in a field", () => {
    const fake = new FakeStorage();
    clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "First" });
    for (let i = 0; i < 199; i++) s.edit(s.create().id, { role: `Role ${i}` });
    const long = "x".repeat(20_000);
    s.edit(s.state.currentId, { wentWell: long });
    s.flush();
    expect(s.state.records).toHaveLength(200);
    expect(stored(fake).entries).toHaveLength(200);
  });
});

describe("RecordSession<Entry>: delete and undo", () => {
  it("deletes an entry, opens another, and brings it back on undo", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    const a = s.state.currentId;
    s.edit(a, { feeling: "keep me" });
    c.advance(10);
    const b = s.create().id;
    s.remove(b);
    expect(s.state.records.map((e) => e.id)).toEqual([a]);
    expect(s.state.currentId).toBe(a);
    s.remove(a);
    expect(stored(fake).entries).toEqual([]);
    expect(s.state.undo?.id).toBe(a);
    expect(s.state.records).toHaveLength(1); // a new blank one
    s.undoRemove();
    expect(s.current()?.feeling).toBe("keep me");
    expect(s.state.currentId).toBe(a);
    expect(stored(fake).entries.map((e: { id: string }) => e.id)).toContain(a);
    // The blank entry was never written in, so nothing of it was ever stored.
    expect(stored(fake).deleted).toEqual([]);
  });
});

describe("RecordSession<Entry>: two tabs", () => {
  it("shows an edit from one tab in the other", () => {
    const { a, b, c, as } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Nurse" }));
    as(a, () => c.advance(400));
    expect(b.state.records.some((e) => e.role === "Nurse")).toBe(true);
  });

  it("does not overwrite what the other tab is typing, and keeps both tabs' words", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Teacher" }));
    as(a, () => a.flush());
    const shared = a.state.currentId;
    as(b, () => b.select(shared));
    // B is typing (not yet saved) when A saves a newer edit of another field.
    as(b, () => b.edit(shared, { wentWell: "B is typing this" }));
    c.advance(50);
    as(a, () => a.edit(shared, { workOn: "A wrote this" }));
    as(a, () => a.flush());
    const inB = () => b.state.records.find((e) => e.id === shared);
    expect(inB()?.wentWell).toBe("B is typing this");
    expect(inB()?.workOn).toBe("A wrote this");
    // B goes on typing and saves; A receives both fields.
    as(b, () => b.edit(shared, { wentWell: "B is typing this, still" }));
    as(b, () => c.advance(400));
    const inA = a.state.records.find((e) => e.id === shared);
    expect(inA?.wentWell).toBe("B is typing this, still");
    expect(inA?.workOn).toBe("A wrote this");
    const saved = stored(fake).entries.find((e: { id: string }) => e.id === shared);
    expect([saved.wentWell, saved.workOn]).toEqual(["B is typing this, still", "A wrote this"]);
  });

  it("keeps this tab's unsaved words even when the other tab saved first", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Shared" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    as(b, () => b.edit(id, { feeling: "B unsaved" }));
    c.advance(10);
    // A saves a newer copy without the storage event reaching B yet.
    fake.onChange = null;
    as(a, () => a.edit(id, { kindNote: "A saved" }));
    as(a, () => a.flush());
    as(b, () => b.flush());
    const saved = stored(fake).entries.find((e: { id: string }) => e.id === id);
    expect([saved.feeling, saved.kindNote]).toEqual(["B unsaved", "A saved"]);
  });

  it("merges entries made in both tabs, and loses none", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "From A" }));
    as(b, () => b.edit(b.state.currentId, { role: "From B" }));
    as(a, () => a.flush());
    as(b, () => b.flush());
    c.advance(1000);
    const roles = (s: { entries: { role: string }[] }) => s.entries.map((e) => e.role).sort();
    expect(roles(stored(fake))).toEqual(["From A", "From B"]);
    expect(roles(docOf(a.state))).toEqual(["From A", "From B"]);
    expect(roles(docOf(b.state))).toEqual(["From A", "From B"]);
  });

  it("does not bring back an entry deleted in the other tab, and tells the tab that had it open", () => {
    const { a, b, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Gone soon" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    as(a, () => a.remove(id));
    expect(b.state.records.some((e) => e.id === id)).toBe(false);
    expect(b.state.notice).toMatch(/deleted in another tab/);
    as(b, () => b.edit(b.state.currentId, { role: "Other" }));
    as(b, () => b.flush());
    expect(stored(fake).entries.some((e: { id: string }) => e.id === id)).toBe(false);
    // Undo in A brings it back in B too.
    as(a, () => a.undoRemove());
    expect(b.state.records.some((e) => e.id === id)).toBe(true);
  });

  it("empties the other tab when everything is deleted", () => {
    const { a, b, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Private" }));
    as(a, () => a.flush());
    expect(b.state.records.some((e) => e.role === "Private")).toBe(true);
    as(a, () => a.deleteAll());
    expect(Object.keys(fake.dump())).toEqual([CLEARED_KEY]);
    expect(b.state.records.every((e) => e.role === "")).toBe(true);
    expect(b.state.notice).toMatch(/deleted in another tab/);
    // B does not write the deleted words back.
    as(b, () => b.flush());
    expect(stored(fake)).toBeNull();
  });

  it("ignores damaged text from elsewhere until its next save backs it up", () => {
    const { a, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Safe" }));
    as(a, () => a.flush());
    fake.setItem(RECORD_PREFIX + a.state.currentId, "{oops");
    expect(a.current()?.role).toBe("Safe");
    as(a, () => a.edit(a.state.currentId, { company: "Co" }));
    as(a, () => a.flush());
    expect(a.state.damaged?.raw).toBe("{oops");
    expect(stored(fake).entries[0].company).toBe("Co");
  });
});

describe("RecordSession<Entry>: storage trouble", () => {
  it("keeps working in memory when storage is blocked", () => {
    const fake = new FakeStorage();
    fake.blocked = true;
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    expect(s.state.trouble).toBe("blocked");
    expect(s.state.save).toBe("unsaved");
    s.edit(s.state.currentId, { feeling: "still here" });
    c.advance(400);
    expect(s.current()?.feeling).toBe("still here");
    expect(s.state.trouble).toBe("blocked");
    const e2 = s.create();
    s.remove(e2.id);
    s.undoRemove();
    expect(s.state.currentId).toBe(e2.id);
  });

  it("warns while storage is full and clears the warning once saving works again", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    fake.quota = 1000;
    s.edit(s.state.currentId, { feeling: "x".repeat(5000) });
    c.advance(400);
    expect(s.state.trouble).toBe("full");
    expect(s.state.save).toBe("unsaved");
    expect(s.current()?.feeling).toHaveLength(5000);
    fake.quota = Number.POSITIVE_INFINITY;
    s.flush();
    expect(s.state.trouble).toBeNull();
    expect(stored(fake).entries[0].feeling).toHaveLength(5000);
  });
});

describe("RecordSession<Entry>: delete all", () => {
  it("removes every key of this site and empties the page", () => {
    const fake = new FakeStorage();
    clock();
    fake.setItem("bounce-back:theme", "dark");
    const s = worksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "Private" });
    s.flush();
    expect(s.deleteAll()).toBeNull();
    expect(Object.keys(fake.dump())).toEqual([CLEARED_KEY]);
    expect(s.state.records).toHaveLength(1);
    expect(s.current()?.role).toBe("");
    s.flush();
    expect(Object.keys(fake.dump())).toEqual([CLEARED_KEY]);
  });
});

describe("RecordSession<Entry>: import", () => {
  it("adds and updates entries from a checked backup", () => {
    const fake = new FakeStorage();
    clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "Mine" });
    s.flush();
    const incoming = [{ ...newEntry(5, "imp1"), role: "Imported" }];
    s.importRecords(((p) => [...p.added, ...p.updated])(planImport(docOf(s.state), incoming)));
    expect(
      stored(fake)
        .entries.map((e: { role: string }) => e.role)
        .sort(),
    ).toEqual(["Imported", "Mine"]);
  });
});

/*
 * The red-team findings (issue 10). Each test failed against the worksheet
 * before the local store (one key per entry, conflict copies, cleared-at,
 * read-only for newer data) replaced its single-key storage.
 */
const all = (fake: FakeStorage, field: "wentWell" | "feeling") =>
  (stored(fake)?.entries ?? []).map((x: Record<string, string>) => x[field]).sort();

describe("red team: two windows typing in the same field within the save window", () => {
  for (const gap of [100, 300]) {
    it(`keeps both windows' words, as a conflict copy, at ${gap} ms apart`, () => {
      const { a, b, c, as, fake } = twoTabs();
      as(a, () => a.edit(a.state.currentId, { role: "Shared" }));
      as(a, () => a.flush());
      const id = a.state.currentId;
      as(b, () => b.select(id));
      as(a, () => a.edit(id, { wentWell: "Words from window A" }));
      c.advance(gap);
      as(b, () => b.edit(id, { wentWell: "Words from window B" }));
      // Each window's autosave runs 400 ms after its last keystroke.
      as(a, () => c.advance(400 - gap));
      as(b, () => c.advance(gap));
      expect(all(fake, "wentWell")).toEqual(["Words from window A", "Words from window B"]);
      for (const tab of [a, b]) {
        const words = tab.state.records
          .map((x) => x.wentWell)
          .filter(Boolean)
          .sort();
        expect(words).toEqual(["Words from window A", "Words from window B"]);
      }
      const copy = b.state.records.find((x) => x.copyOf === id);
      expect(copy?.wentWell).toBe("Words from window A");
      expect(b.state.notice).toMatch(/Both versions are kept/);
    });
  }

  it("also when the storage event has not arrived yet", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Shared" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    fake.onChange = null;
    as(a, () => a.edit(id, { feeling: "A" }));
    as(b, () => b.edit(id, { feeling: "B" }));
    as(a, () => a.flush());
    c.advance(10);
    as(b, () => b.flush());
    expect(all(fake, "feeling")).toEqual(["A", "B"]);
  });

  it("makes no copy when the other window changed a different field", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Shared" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    as(a, () => a.edit(id, { feeling: "A" }));
    as(b, () => b.edit(id, { wentWell: "B" }));
    as(a, () => a.flush());
    c.advance(10);
    as(b, () => b.flush());
    expect(stored(fake).entries).toHaveLength(1);
    expect(b.state.notice).toBeNull();
  });

  it("a copy can be kept as an ordinary entry, or discarded", () => {
    const { a, b, c, as } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Shared" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    as(a, () => a.edit(id, { feeling: "A" }));
    as(b, () => b.edit(id, { feeling: "B" }));
    as(a, () => a.flush());
    c.advance(10);
    as(b, () => b.flush());
    const copy = b.state.records.find((x) => x.copyOf === id);
    expect(copy).toBeDefined();
    as(b, () => b.keepCopy(copy?.id ?? ""));
    as(b, () => b.flush());
    expect(a.state.records.find((x) => x.id === copy?.id)?.copyOf).toBe("");
    as(a, () => a.remove(copy?.id ?? ""));
    expect(b.state.records.filter((x) => x.role || x.feeling).map((x) => x.id)).toEqual([id]);
  });
});

describe("red team: delete in one tab while another types, then undo", () => {
  function deletedWhileTyping(eventArrives: boolean) {
    const t = twoTabs();
    const { a, b, c, as, fake } = t;
    as(a, () => a.edit(a.state.currentId, { role: "Role", feeling: "original" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    c.advance(10);
    // B has not heard of the deletion yet and goes on writing.
    fake.onChange = null;
    as(a, () => a.remove(id));
    c.advance(10);
    as(b, () => b.edit(id, { feeling: "typed in B after the delete" }));
    as(b, () => b.flush());
    if (eventArrives)
      a.external(`bounce-back:worksheet:r:${id}`, fake.getItem(`bounce-back:worksheet:r:${id}`));
    c.advance(10);
    as(a, () => a.undoRemove());
    return { ...t, id };
  }

  for (const eventArrives of [true, false]) {
    it(`undo never overwrites newer text (${eventArrives ? "with" : "without"} the storage event)`, () => {
      const { fake, a, id } = deletedWhileTyping(eventArrives);
      const saved = stored(fake).entries.find((x: { id: string }) => x.id === id);
      expect(saved?.feeling).toBe("typed in B after the delete");
      expect(a.state.records.find((x) => x.id === id)?.feeling).toBe("typed in B after the delete");
    });
  }

  it("the Undo button goes after a while, or at the next action", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "One" });
    const two = s.create();
    s.edit(two.id, { role: "Two" });
    s.remove(two.id);
    expect(s.state.undo?.id).toBe(two.id);
    c.advance(UNDO_TIME);
    expect(s.state.undo).toBeNull();
    const three = s.create();
    s.remove(three.id);
    expect(s.state.undo?.id).toBe(three.id);
    s.edit(s.state.currentId, { feeling: "the next thing I do" });
    expect(s.state.undo).toBeNull();
  });
});

describe("red team: an import never silently drops words, and can be undone", () => {
  function phoneAndLaptop() {
    const fake = new FakeStorage();
    const c = clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    const id = s.state.currentId;
    s.edit(id, { role: "Analyst", feeling: "Written on the phone, only here." });
    s.flush();
    c.advance(1000);
    // The laptop's older copy, edited there later: newer, but without the phone's paragraph.
    const file = [{ ...s.state.records[0], feeling: "Laptop words.", updatedAt: Date.now() }];
    const plan = planImport(docOf(s.state), file as never);
    expect(plan.updated).toHaveLength(1);
    s.importRecords([...plan.added, ...plan.updated]);
    return { fake, c, s, id };
  }

  it("keeps the words the file would replace as a visible conflict copy", () => {
    const { fake, s, id } = phoneAndLaptop();
    expect(all(fake, "feeling")).toEqual(["Laptop words.", "Written on the phone, only here."]);
    const copy = s.state.records.find((x) => x.copyOf === id);
    expect(copy?.feeling).toBe("Written on the phone, only here.");
  });

  it("undo puts everything back as it was", () => {
    const { fake, s, id } = phoneAndLaptop();
    expect(s.state.importUndo).toBe(true);
    expect(s.undoImport()).toBe(0);
    expect(all(fake, "feeling")).toEqual(["Written on the phone, only here."]);
    expect(s.state.records.map((x) => [x.id, x.feeling])).toEqual([
      [id, "Written on the phone, only here."],
    ]);
    expect(s.state.importUndo).toBe(false);
  });

  it("undo leaves an entry changed since the import as it is", () => {
    const { fake, s, id } = phoneAndLaptop();
    s.state.importUndo && s.undoImport; // still offered
    const edited = { ...s.state.records.find((x) => x.id === id) };
    // Another tab edits the imported entry: its event arrives here.
    const newer = { ...edited, feeling: "Changed after the import.", updatedAt: Date.now() + 5 };
    // Written as a tab writes: merged against the imported version (`s`).
    const text = JSON.stringify({ v: 1, r: newer, s: edited.updatedAt });
    fake.setItem(`bounce-back:worksheet:r:${id}`, text);
    s.external(`bounce-back:worksheet:r:${id}`, text);
    expect(s.undoImport()).toBe(1);
    expect(all(fake, "feeling")).toEqual(["Changed after the import."]);
  });
});

describe("red team: data from a newer version", () => {
  const newer = JSON.stringify({ version: 2, entries: [{ id: "n", words: "from the future" }] });

  it("opens read-only, never overwrites it and never copies it", () => {
    const fake = new FakeStorage();
    const c = clock();
    fake.setItem("bounce-back:worksheet", newer);
    const s = worksheetSession(new WorksheetStore(() => fake, Date.now, older));
    expect(s.state.readOnly).toBe(true);
    expect(s.state.damaged).toBeNull();
    for (let i = 0; i < 5; i++) {
      s.edit(s.state.currentId, { feeling: `typing ${i}` });
      c.advance(400);
      s.flush();
    }
    s.create();
    expect(fake.dump()).toEqual({ "bounce-back:worksheet": newer });
  });

  it("turns read-only when a newer version writes an entry while the page is open", () => {
    const fake = new FakeStorage();
    clock();
    const s = worksheetSession(new WorksheetStore(() => fake));
    const id = s.state.currentId;
    s.edit(id, { feeling: "mine" });
    s.flush();
    const future = JSON.stringify({ v: 2, r: { id, anything: "new" } });
    fake.setItem(`bounce-back:worksheet:r:${id}`, future);
    s.edit(id, { feeling: "mine, more" });
    s.flush();
    expect(s.state.readOnly).toBe(true);
    expect(fake.getItem(`bounce-back:worksheet:r:${id}`)).toBe(future);
    expect(Object.keys(fake.dump()).filter((k) => k.includes(":damaged:"))).toEqual([]);
    // What was typed stays on screen, to copy or download.
    expect(s.current()?.feeling).toBe("mine, more");
  });
});

describe("red team: “Delete all” while another tab holds unsaved damaged data", () => {
  it("stays deleted in every open tab, even once space frees up", () => {
    const fake = new FakeStorage();
    clock();
    const damaged = '{"version":1,"entries":[{"id":"x","role":"secret words"';
    fake.setItem("bounce-back:worksheet", damaged);
    fake.quota = damaged.length + 30; // No room for a copy.
    const b = worksheetSession(new WorksheetStore(() => fake, Date.now, older));
    expect(b.state.trouble).toBe("full");
    const a = worksheetSession(new WorksheetStore(() => fake, Date.now, older));
    expect(a.deleteAll()).toBeNull();
    fake.quota = Number.POSITIVE_INFINITY;
    b.flush();
    b.edit(b.state.currentId, { role: "typed after" });
    b.flush();
    expect(JSON.stringify(fake.dump())).not.toContain("secret words");
    expect(stored(fake)?.entries.map((x: { role: string }) => x.role)).toEqual(["typed after"]);
  });

  it("keeps words typed in the other tab after the deletion", () => {
    const { a, b, c, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Old" }));
    as(a, () => a.flush());
    fake.onChange = null;
    as(a, () => a.deleteAll());
    c.advance(10);
    as(b, () => b.edit(b.state.currentId, { feeling: "new words" }));
    as(b, () => b.flush());
    expect(b.state.notice).toBe(CLEARED_ELSEWHERE);
    expect(all(fake, "feeling")).toEqual(["new words"]);
  });
});

describe("red team: typing cost does not grow with the number of entries", () => {
  it("a keystroke's save writes one small key, with 1 entry or 1,000", () => {
    const cost = (n: number) => {
      const fake = new FakeStorage();
      clock();
      const s = worksheetSession(new WorksheetStore(() => fake));
      const first = s.state.currentId;
      s.edit(first, { feeling: "x".repeat(2000) });
      for (let i = 1; i < n; i++) s.edit(s.create().id, { feeling: "y".repeat(2000) });
      s.flush();
      s.select(first);
      const before = fake.written;
      s.edit(first, { feeling: `${"x".repeat(2000)}!` });
      s.flush();
      vi.useRealTimers();
      return fake.written - before;
    };
    const one = cost(1);
    expect(one).toBeLessThan(3000);
    expect(cost(1000)).toBe(one);
  });
});
