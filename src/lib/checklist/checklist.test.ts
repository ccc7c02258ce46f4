import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { clearSiteData } from "../local-store/delete-all";
import { LOCKED_KEY } from "../local-store/lock";
import { mayHaveStored } from "../local-store/peek";
import { RecordStore } from "../local-store/record-store";
import { checkBackupKey } from "../stores";
import { ChecklistController } from "./controller";
import { readTick, splitTickId, tickDef, tickId, tickStore } from "./model";
import { TICK_PREFIX } from "./name";

const ITEMS = ["bad-day", "tell-one-person", "write-it-down"];

/** A fixed clock that moves on by a second each time it is read. */
function clock(start = 1_800_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

/** Two "tabs" over one storage: each hears the other's writes, as browsers send storage events. */
function twoTabs() {
  const storage = new FakeStorage();
  const now = clock();
  const saved: boolean[] = [];
  const tab = () =>
    new ChecklistController("first-48-hours", ITEMS, {
      store: new RecordStore(tickDef, () => storage, now),
      now,
      saved: (first) => saved.push(first),
    });
  const a = tab();
  const b = tab();
  storage.onChange = (key, value) => {
    a.external(key, value);
    b.external(key, value);
  };
  return { storage, a, b, saved, now };
}

describe("tick ids", () => {
  it("are kept under the prefix the page's first look checks", () => {
    expect(tickStore().recordPrefix).toBe(TICK_PREFIX);
  });

  it("joins the list and the item, and splits them again", () => {
    expect(tickId("first-48-hours", "tell-one-person")).toBe("first-48-hours--tell-one-person");
    expect(splitTickId("first-48-hours--tell-one-person")).toEqual({
      list: "first-48-hours",
      item: "tell-one-person",
    });
    expect(splitTickId("no-separator")).toBeNull();
  });

  it("refuses names that are not lower-case words, or too long for a record id", () => {
    expect(() => tickId("First", "x")).toThrow(/lower-case/);
    expect(() => tickId("list", "a b")).toThrow(/lower-case/);
    expect(() => tickId("a".repeat(40), "b".repeat(23))).toThrow(/62/);
    expect(() => new ChecklistController("list", ["ok", "Not OK"])).toThrow(/Not OK/);
  });
});

describe("reading a stored tick", () => {
  it("reads a good one and refuses what is not a tick", () => {
    const good = { id: "l--a", createdAt: 1, updatedAt: 2, done: true, copyOf: "" };
    expect(readTick(good, [])).toEqual(good);
    for (const bad of [
      null,
      "text",
      { ...good, id: "__proto__" },
      { ...good, id: "no-list" },
      { ...good, done: "yes" },
      { ...good, updatedAt: -1 },
    ]) {
      const problems: string[] = [];
      expect(readTick(bad, problems)).toBeNull();
      expect(problems).toEqual(["A tick box cannot be read."]);
    }
  });

  it("repairs a bad first-ticked time and copies no unknown keys", () => {
    const problems: string[] = [];
    const t = readTick(
      JSON.parse('{"id":"l--a","createdAt":"x","updatedAt":5,"done":false,"__proto__":{"p":1}}'),
      problems,
    );
    expect(t).toEqual({ id: "l--a", createdAt: 5, updatedAt: 5, done: false, copyOf: "" });
    expect(problems).toHaveLength(1);
    expect(Object.keys(t ?? {})).toEqual(["id", "createdAt", "updatedAt", "done", "copyOf"]);
  });
});

describe("a to-do list's tick boxes", () => {
  it("keeps a tick under its own key and reads it back after a reload", () => {
    const { storage, a, now } = twoTabs();
    expect(a.load().done.size).toBe(0);
    a.tick("tell-one-person", true);
    expect([...a.state.done]).toEqual(["tell-one-person"]);
    expect(Object.keys(storage.dump())).toEqual([`${TICK_PREFIX}first-48-hours--tell-one-person`]);
    const reloaded = new ChecklistController("first-48-hours", ITEMS, {
      store: new RecordStore(tickDef, () => storage, now),
    });
    expect([...reloaded.load().done]).toEqual(["tell-one-person"]);
  });

  it("unticking is kept too, and the later change wins", () => {
    const { a, b } = twoTabs();
    a.load();
    b.load();
    a.tick("bad-day", true);
    expect(b.state.done.has("bad-day")).toBe(true);
    b.tick("bad-day", false);
    expect(a.state.done.has("bad-day")).toBe(false);
    a.load();
    expect(a.state.done.size).toBe(0);
  });

  it("two tabs ticking different boxes keep both, and never make a conflict copy", () => {
    const { storage, a, b } = twoTabs();
    a.load();
    b.load();
    a.tick("bad-day", true);
    b.tick("write-it-down", true);
    b.tick("bad-day", false);
    a.tick("bad-day", true);
    expect([...a.state.done].sort()).toEqual(["bad-day", "write-it-down"]);
    expect([...b.state.done].sort()).toEqual(["bad-day", "write-it-down"]);
    expect(Object.keys(storage.dump())).toHaveLength(2);
  });

  it("asks to keep storage after the first tick of a visit only", () => {
    const { a, saved } = twoTabs();
    a.load();
    a.tick("bad-day", true);
    a.tick("bad-day", false);
    expect(saved).toEqual([true, false]);
  });

  it("ignores ticks of other lists and of items no longer on the page", () => {
    const { storage, a, now } = twoTabs();
    const other = new ChecklistController("other-list", ["bad-day"], {
      store: new RecordStore(tickDef, () => storage, now),
    });
    other.load();
    other.tick("bad-day", true);
    storage.setItem(
      `${TICK_PREFIX}first-48-hours--gone`,
      JSON.stringify({ v: 1, r: { id: "first-48-hours--gone", updatedAt: 9, done: true } }),
    );
    expect(a.load().done.size).toBe(0);
  });

  it("after Delete all in another tab, unticks everything, and a new tick is kept", () => {
    const { storage, a, b } = twoTabs();
    a.load();
    b.load();
    a.tick("bad-day", true);
    a.tick("tell-one-person", true);
    clearSiteData(
      () => storage,
      () => 1_900_000_000_000,
    );
    expect(b.state.done.size).toBe(0);
    const { storage: s2, a: stale, now } = twoTabs();
    // A tab that missed the event: its next tick finds the cleared time, drops the old ticks, keeps the new.
    stale.load();
    stale.tick("bad-day", true);
    s2.onChange = null;
    clearSiteData(
      () => s2,
      () => now() + 1,
    );
    stale.tick("write-it-down", true);
    expect([...stale.state.done]).toEqual(["write-it-down"]);
    expect(Object.keys(s2.dump()).filter((k) => k.startsWith(TICK_PREFIX))).toEqual([
      `${TICK_PREFIX}first-48-hours--write-it-down`,
    ]);
  });

  it("says why nothing is kept when storage is blocked or full, and still ticks on the page", () => {
    const { storage, a } = twoTabs();
    storage.blocked = true;
    expect(a.load().trouble).toBe("blocked");
    a.tick("bad-day", true);
    expect(a.state.done.has("bad-day")).toBe(true);
    expect(a.state.trouble).toBe("blocked");
    storage.blocked = false;
    storage.quota = 10;
    a.tick("tell-one-person", true);
    expect(a.state.trouble).toBe("full");
  });

  it("never writes over a tick saved by a newer version of the site", () => {
    const { storage, a } = twoTabs();
    const key = `${TICK_PREFIX}first-48-hours--bad-day`;
    storage.setItem(key, '{"v":2,"r":{}}');
    expect(a.load().trouble).toBe("newer");
    a.tick("bad-day", true);
    expect(storage.getItem(key)).toBe('{"v":2,"r":{}}');
    expect(a.state.trouble).toBe("newer");
  });

  it("keeps a copy of a damaged tick before writing over it", () => {
    const { storage, a } = twoTabs();
    storage.setItem(`${TICK_PREFIX}first-48-hours--bad-day`, "{not json");
    a.load();
    a.tick("bad-day", true);
    const copies = Object.entries(storage.dump()).filter(([k]) =>
      k.startsWith("bounce-back:checklist:damaged:"),
    );
    expect(copies.map(([, v]) => v)).toEqual(["{not json"]);
  });
});

describe("the site's backup", () => {
  it("takes a stored tick and refuses a damaged one", () => {
    const { storage, a } = twoTabs();
    a.load();
    a.tick("bad-day", true);
    const [[key, value]] = Object.entries(storage.dump()) as [[string, string]];
    expect(checkBackupKey(key, value)).toBeNull();
    expect(checkBackupKey(key, '{"v":1,"r":{"id":"x"}}')).not.toBeNull();
    expect(checkBackupKey(key, '{"v":2,"r":{}}')).toMatch(/newer version/);
  });
});

describe("the page's first look: is anything ticked here?", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is no on a first visit, yes once a box is kept, and yes while the lock hides what is kept", () => {
    const storage = new FakeStorage();
    vi.stubGlobal("localStorage", storage);
    storage.setItem("bounce-back:theme", "dark");
    expect(mayHaveStored(TICK_PREFIX)).toBe(false);
    storage.setItem(`${TICK_PREFIX}first-48-hours--bad-day`, "{}");
    expect(mayHaveStored(TICK_PREFIX)).toBe(true);
    storage.clear();
    storage.setItem(LOCKED_KEY, "{}");
    expect(mayHaveStored(TICK_PREFIX)).toBe(true);
  });

  it("is no, without throwing, when storage is blocked", () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    vi.stubGlobal("localStorage", storage);
    expect(mayHaveStored(TICK_PREFIX)).toBe(false);
  });
});
