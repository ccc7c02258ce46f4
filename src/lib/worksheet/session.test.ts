import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../fake-storage";
import { planImport } from "./import";
import { importKit } from "./kit";
import { newEntry } from "./model";
import { WorksheetSession } from "./session";
import { KEY, WorksheetStore } from "./store";

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
  const a = new WorksheetSession(new WorksheetStore(() => fake));
  const b = new WorksheetSession(new WorksheetStore(() => fake));
  let writer: WorksheetSession | null = null;
  fake.onChange = (key, value) => {
    for (const tab of [a, b]) if (tab !== writer) tab.external(key, value);
  };
  const as = <T>(tab: WorksheetSession, fn: () => T): T => {
    writer = tab;
    try {
      return fn();
    } finally {
      writer = null;
    }
  };
  return { fake, c, a, b, as };
}

const stored = (fake: FakeStorage) => JSON.parse(fake.getItem(KEY) ?? "null");

describe("WorksheetSession: editing and autosave", () => {
  it("opens on a blank entry that is not saved until someone writes in it", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    expect(s.state.doc.entries).toHaveLength(1);
    s.flush();
    expect(fake.getItem(KEY)).toBeNull();
    s.edit(s.state.currentId, { feeling: "tired" });
    expect(s.state.save).toBe("pending");
    c.advance(399);
    expect(fake.getItem(KEY)).toBeNull();
    c.advance(1);
    expect(s.state.save).toBe("saved");
    expect(stored(fake).entries[0].feeling).toBe("tired");
  });

  it("waits until typing stops, then saves once", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    let text = "";
    for (const ch of "hello") {
      text += ch;
      s.edit(s.state.currentId, { wentWell: text });
      c.advance(100);
    }
    expect(fake.getItem(KEY)).toBeNull();
    c.advance(400);
    expect(stored(fake).entries[0].wentWell).toBe("hello");
  });

  it("saves at once on flush (pagehide) and reopens on the entry edited last", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
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
    const again = new WorksheetSession(new WorksheetStore(() => fake));
    expect(again.state.currentId).toBe(first);
    expect(again.current()?.company).toBe("Acme");
    expect(again.state.doc.entries).toHaveLength(2);
  });

  it("handles 200 entries, one with 20,000 characters in a field", () => {
    const fake = new FakeStorage();
    clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "First" });
    for (let i = 0; i < 199; i++) s.edit(s.create().id, { role: `Role ${i}` });
    const long = "x".repeat(20_000);
    s.edit(s.state.currentId, { wentWell: long });
    s.flush();
    expect(s.state.doc.entries).toHaveLength(200);
    expect(stored(fake).entries).toHaveLength(200);
  });
});

describe("WorksheetSession: delete and undo", () => {
  it("deletes an entry, opens another, and brings it back on undo", () => {
    const fake = new FakeStorage();
    const c = clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    const a = s.state.currentId;
    s.edit(a, { feeling: "keep me" });
    c.advance(10);
    const b = s.create().id;
    s.remove(b);
    expect(s.state.doc.entries.map((e) => e.id)).toEqual([a]);
    expect(s.state.currentId).toBe(a);
    s.remove(a);
    expect(stored(fake).entries).toEqual([]);
    expect(s.state.undo?.id).toBe(a);
    expect(s.state.doc.entries).toHaveLength(1); // a new blank one
    s.undoRemove();
    expect(s.current()?.feeling).toBe("keep me");
    expect(s.state.currentId).toBe(a);
    expect(stored(fake).entries.map((e: { id: string }) => e.id)).toContain(a);
    expect(stored(fake).deleted).toEqual([{ id: b, deletedAt: expect.any(Number) }]);
  });
});

describe("WorksheetSession: two tabs", () => {
  it("shows an edit from one tab in the other", () => {
    const { a, b, c, as } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Nurse" }));
    as(a, () => c.advance(400));
    expect(b.state.doc.entries.some((e) => e.role === "Nurse")).toBe(true);
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
    const inB = () => b.state.doc.entries.find((e) => e.id === shared);
    expect(inB()?.wentWell).toBe("B is typing this");
    expect(inB()?.workOn).toBe("A wrote this");
    // B goes on typing and saves; A receives both fields.
    as(b, () => b.edit(shared, { wentWell: "B is typing this, still" }));
    as(b, () => c.advance(400));
    const inA = a.state.doc.entries.find((e) => e.id === shared);
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
    expect(roles(a.state.doc)).toEqual(["From A", "From B"]);
    expect(roles(b.state.doc)).toEqual(["From A", "From B"]);
  });

  it("does not bring back an entry deleted in the other tab, and tells the tab that had it open", () => {
    const { a, b, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Gone soon" }));
    as(a, () => a.flush());
    const id = a.state.currentId;
    as(b, () => b.select(id));
    as(a, () => a.remove(id));
    expect(b.state.doc.entries.some((e) => e.id === id)).toBe(false);
    expect(b.state.notice).toMatch(/deleted in another tab/);
    as(b, () => b.edit(b.state.currentId, { role: "Other" }));
    as(b, () => b.flush());
    expect(stored(fake).entries.some((e: { id: string }) => e.id === id)).toBe(false);
    // Undo in A brings it back in B too.
    as(a, () => a.undoRemove());
    expect(b.state.doc.entries.some((e) => e.id === id)).toBe(true);
  });

  it("empties the other tab when everything is deleted", () => {
    const { a, b, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Private" }));
    as(a, () => a.flush());
    expect(b.state.doc.entries.some((e) => e.role === "Private")).toBe(true);
    as(a, () => a.deleteAll());
    expect(fake.dump()).toEqual({});
    expect(b.state.doc.entries.every((e) => e.role === "")).toBe(true);
    expect(b.state.notice).toMatch(/deleted in another tab/);
    // B does not write the deleted words back.
    as(b, () => b.flush());
    expect(fake.getItem(KEY)).toBeNull();
  });

  it("ignores damaged text from elsewhere until its next save backs it up", () => {
    const { a, as, fake } = twoTabs();
    as(a, () => a.edit(a.state.currentId, { role: "Safe" }));
    as(a, () => a.flush());
    fake.setItem(KEY, "{oops");
    expect(a.current()?.role).toBe("Safe");
    as(a, () => a.edit(a.state.currentId, { company: "Co" }));
    as(a, () => a.flush());
    expect(a.state.damaged?.raw).toBe("{oops");
    expect(stored(fake).entries[0].company).toBe("Co");
  });
});

describe("WorksheetSession: storage trouble", () => {
  it("keeps working in memory when storage is blocked", () => {
    const fake = new FakeStorage();
    fake.blocked = true;
    const c = clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
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
    const s = new WorksheetSession(new WorksheetStore(() => fake));
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

describe("WorksheetSession: delete all", () => {
  it("removes every key of this site and empties the page", () => {
    const fake = new FakeStorage();
    clock();
    fake.setItem("bounce-back:theme", "dark");
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "Private" });
    s.flush();
    expect(s.deleteAll()).toBeNull();
    expect(fake.dump()).toEqual({});
    expect(s.state.doc.entries).toHaveLength(1);
    expect(s.current()?.role).toBe("");
    s.flush();
    expect(fake.dump()).toEqual({});
  });
});

describe("WorksheetSession: import", () => {
  it("adds and updates entries from a checked backup", () => {
    const fake = new FakeStorage();
    clock();
    const s = new WorksheetSession(new WorksheetStore(() => fake));
    s.edit(s.state.currentId, { role: "Mine" });
    s.flush();
    const incoming = [{ ...newEntry(5, "imp1"), role: "Imported" }];
    s.importPlan(planImport(s.state.doc, incoming, importKit()));
    expect(
      stored(fake)
        .entries.map((e: { role: string }) => e.role)
        .sort(),
    ).toEqual(["Imported", "Mine"]);
  });
});
