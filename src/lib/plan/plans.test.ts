import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { TwoTabs } from "../../../tests/support/two-tabs";
import { clearSiteData } from "../local-store/delete-all";
import { mergeSet } from "../local-store/merge";
import { RecordStore } from "../local-store/record-store";
import { RecordSession, SAVE_DELAY } from "../local-store/session";
import {
  exampleSchedule,
  newPlan,
  type Plan,
  type PlanExample,
  planDef,
  planFromExample,
  planSentence,
  planWhen,
  readPlan,
} from "./model";
import { addDays, markWeek } from "./weeks";

let t = Date.UTC(2026, 10, 29, 12);
const now = () => t;
const tab = (fake: FakeStorage) =>
  new RecordSession(new RecordStore(planDef, () => fake, now), { now, saved: () => undefined });

/** Hands every change tab `from` made to tab `to`, as the storage event would. */
function deliver(fake: FakeStorage, before: Record<string, string>, to: RecordSession<Plan>) {
  const after = fake.dump();
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) to.external(k, v);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("plans on the shared session", () => {
  it("adds, autosaves edits after a pause, and reloads them", () => {
    const fake = new FakeStorage();
    const a = tab(fake);
    a.add(newPlan(t, "p1", { situation: "it is Monday", action: "I will apply twice" }));
    t += 1000;
    a.edit("p1", { date: "2026-11-30", time: "09:00" });
    expect(a.state.save).toBe("pending");
    vi.advanceTimersByTime(SAVE_DELAY);
    expect(a.state.save).toBe("saved");
    const b = tab(fake);
    expect(b.state.records).toEqual([
      expect.objectContaining({
        id: "p1",
        situation: "it is Monday",
        date: "2026-11-30",
        time: "09:00",
      }),
    ]);
  });

  it("deletes with undo, and the delete reaches another tab", () => {
    const fake = new FakeStorage();
    const a = tab(fake);
    a.add(newPlan(t, "p1", { action: "rest" }));
    const b = tab(fake);
    t += 1000;
    const before = fake.dump();
    a.remove("p1");
    expect(a.state.records).toEqual([]);
    expect(a.state.undo?.id).toBe("p1");
    deliver(fake, before, b);
    expect(b.state.records).toEqual([]);
    t += 1000;
    a.undoRemove();
    expect(tab(fake).state.records.map((r) => r.id)).toEqual(["p1"]);
  });

  it("two tabs editing different fields of one plan keep both", () => {
    const fake = new FakeStorage();
    const a = tab(fake);
    a.add(newPlan(t, "p1"));
    const b = tab(fake);
    t += 1000;
    a.edit("p1", { situation: "from tab A" });
    t += 1;
    b.edit("p1", { action: "from tab B" });
    let before = fake.dump();
    a.flush();
    deliver(fake, before, b);
    before = fake.dump();
    b.flush();
    deliver(fake, before, a);
    for (const s of [a, b, tab(fake)])
      expect(s.state.records[0]).toEqual(
        expect.objectContaining({ situation: "from tab A", action: "from tab B" }),
      );
  });

  it("removeAll deletes every plan; Delete all my data elsewhere stops this tab writing", () => {
    const fake = new FakeStorage();
    const a = tab(fake);
    a.add(newPlan(t, "p1"));
    a.add(newPlan(t, "p2"));
    expect(a.removeAll()).toBe(true);
    expect(tab(fake).state.records).toEqual([]);
    a.add(newPlan(t, "p3"));
    t += 1000;
    a.edit("p3", { action: "typed before the delete" });
    t += 1000;
    clearSiteData(() => fake, now);
    t += 1000;
    a.flush();
    expect(a.state.records).toEqual([]);
    expect(a.state.notice).toMatch(/deleted in another tab/);
    expect(JSON.stringify(fake.dump())).not.toContain("typed before the delete");
  });
});

describe("readPlan", () => {
  it("salvages what it can and never copies unknown keys", () => {
    const problems: string[] = [];
    const p = readPlan(
      JSON.parse(
        '{"id":"p1","createdAt":1,"updatedAt":2,"situation":5,"action":"x","time":"9am","__proto__":{"done":true}}',
      ),
      problems,
    );
    expect(p).toEqual(
      expect.objectContaining({ id: "p1", situation: "", action: "x", time: "", done: false }),
    );
    expect(problems.length).toBe(2);
    expect(readPlan({ id: "__proto__" }, [])).toBeNull();
  });
});

describe("the plan's sentence reads as written", () => {
  it.each([
    [
      "it is Monday at 9:00",
      "send two applications",
      "If it is Monday at 9:00, then I will send two applications",
    ],
    [
      "it is Monday at 9:00",
      "I will send two applications",
      "If it is Monday at 9:00, then I will send two applications",
    ],
    [
      "If it is Monday at 9:00",
      "then I will send two applications",
      "If it is Monday at 9:00, then I will send two applications",
    ],
    ["if, it is Monday", "Then, I will send it", "If it is Monday, then I will send it"],
    [
      "it is Friday afternoon",
      "update my application log",
      "If it is Friday afternoon, then I will update my application log",
    ],
    ["it is Friday", "I'll tidy my CV", "If it is Friday, then I will tidy my CV"],
    ["it is Friday", "I’ll tidy my CV", "If it is Friday, then I will tidy my CV"],
    ["it is Friday", "  will tidy my CV  ", "If it is Friday, then I will tidy my CV"],
    ["it is Friday", "i will tidy my CV", "If it is Friday, then I will tidy my CV"],
    // Only a leading "I will" goes: words that merely start the same stay.
    ["it is Friday", "willingly say yes", "If it is Friday, then I will willingly say yes"],
    [
      "iffy weather comes",
      "Ill-fitting shoes go back",
      "If iffy weather comes, then I will Ill-fitting shoes go back",
    ],
    ["", "", "If …, then I will …"],
    ["it rains", "I will", "If it rains, then I will …"],
  ])("If %j, then %j", (situation, action, sentence) => {
    expect(planSentence({ situation, action })).toBe(sentence);
  });
});

describe("an example arrives complete", () => {
  const monday: PlanExample = {
    situation: "it is Monday morning",
    action: "I will send two applications before lunch",
    when: "Monday 9:00, every week",
  };

  it.each([
    // today (a Wednesday, then a Monday, then a Sunday), when, the schedule
    ["2026-12-09", "Monday 9:00, every week", { date: "2026-12-14", time: "09:00", weekly: true }],
    ["2026-12-07", "Monday 9:00, every week", { date: "2026-12-07", time: "09:00", weekly: true }],
    [
      "2026-12-13",
      "Wednesday 10:00, every week",
      { date: "2026-12-16", time: "10:00", weekly: true },
    ],
    ["2026-12-09", "Sunday, all day, every week", { date: "2026-12-13", time: "", weekly: true }],
    ["2026-12-31", "Friday 8.30", { date: "2027-01-01", time: "08:30", weekly: false }],
    ["2026-12-09", "Five working days after each interview", { date: "", time: "", weekly: false }],
    ["2026-12-09", "Weekday evenings", { date: "", time: "", weekly: false }],
    ["2026-12-09", undefined, { date: "", time: "", weekly: false }],
    ["2026-12-09", "Monday 25:00, every week", { date: "2026-12-14", time: "", weekly: true }],
  ])("on %s, %j gives its day, time and repeat", (today, when, schedule) => {
    expect(exampleSchedule(when, today)).toEqual(schedule);
  });

  it("makes a plan whose fields say it once: the action without “I will”", () => {
    const p = planFromExample(monday, t, "p1", "2026-12-09");
    expect(p).toEqual(
      expect.objectContaining({
        situation: "it is Monday morning",
        action: "send two applications before lunch",
        date: "2026-12-14",
        time: "09:00",
        weekly: true,
        kept: [],
      }),
    );
    expect(planSentence(p)).toBe(
      "If it is Monday morning, then I will send two applications before lunch",
    );
  });
});

describe("weeks done on the engine", () => {
  const stored = (fake: FakeStorage, id = "p1") =>
    JSON.parse(fake.getItem(`bounce-back:plans:r:${id}`) ?? "{}").r as Plan;

  it("reads weeks done: real Mondays, unique, sorted; anything else is a safe default", () => {
    const problems: string[] = [];
    const p = readPlan(
      { id: "p1", kept: ["2026-12-07", "2026-11-30", "2026-12-07", "2026-12-08", 3, "x"] },
      problems,
    );
    expect(p?.kept).toEqual(["2026-11-30", "2026-12-07"]);
    expect(problems).toEqual(["A plan: some weeks done could not be read."]);
    const bad: string[] = [];
    expect(readPlan({ id: "p1", kept: "2026-12-07" }, bad)?.kept).toEqual([]);
    expect(bad).toEqual(["A plan: the weeks done cannot be read."]);
    const none: string[] = [];
    expect(readPlan({ id: "p1", kept: ["2026-11-30", "2026-12-07"] }, none)?.kept).toHaveLength(2);
    expect(readPlan({ id: "p1" }, none)?.kept).toEqual([]);
    expect(none).toEqual([]);
    const long: string[] = [];
    const many = Array.from({ length: 600 }, (_, i) => addDays("2000-01-03", 7 * i));
    expect(readPlan({ id: "p1", kept: many }, long)?.kept).toHaveLength(520);
    expect(long).toEqual(["A plan: only the latest 520 weeks done are kept."]);
  });

  it("two tabs: one marks this week done, the other edits the words; both are kept", () => {
    const tabs = new TwoTabs();
    const a = tab(tabs.a as unknown as FakeStorage);
    a.add({ ...newPlan(t, "p1", { action: "apply", weekly: true }), kept: ["2026-11-30"] });
    tabs.deliver(); // tab B opens after A's first save reached storage
    const b = tab(tabs.b as unknown as FakeStorage);
    tabs.a.listener = a;
    tabs.b.listener = b;
    t += 1000;
    a.edit("p1", { kept: markWeek(a.find("p1")?.kept ?? [], "2026-12-09", true) });
    t += 100;
    b.edit("p1", { action: "send two applications" });
    // Both save before either sees the other's write (a stale read in each).
    a.flush();
    b.flush();
    for (let i = 0; i < 10 && tabs.deliver() > 0; i++) vi.advanceTimersByTime(SAVE_DELAY);
    for (const s of [a, b])
      expect(s.find("p1")).toEqual(
        expect.objectContaining({
          action: "send two applications",
          kept: ["2026-11-30", "2026-12-07"],
        }),
      );
    expect(stored(tabs.shared)).toEqual(
      expect.objectContaining({
        action: "send two applications",
        kept: ["2026-11-30", "2026-12-07"],
      }),
    );
  });

  it("two tabs marking different weeks, and one unmarking, combine as sets: no conflict copy", () => {
    const tabs = new TwoTabs();
    const a = tab(tabs.a as unknown as FakeStorage);
    a.add({ ...newPlan(t, "p1", { weekly: true }), kept: ["2026-11-23", "2026-11-30"] });
    tabs.deliver(); // tab B opens after A's first save reached storage
    const b = tab(tabs.b as unknown as FakeStorage);
    tabs.a.listener = a;
    tabs.b.listener = b;
    t += 1000;
    // Tab A (open since last week) unmarks 30 November; tab B marks this week.
    a.edit("p1", { kept: markWeek(["2026-11-23", "2026-11-30"], "2026-12-01", false) });
    t += 100;
    b.edit("p1", { kept: markWeek(["2026-11-23", "2026-11-30"], "2026-12-09", true) });
    a.flush();
    b.flush();
    for (let i = 0; i < 10 && tabs.deliver() > 0; i++) vi.advanceTimersByTime(SAVE_DELAY);
    for (const s of [a, b]) {
      expect(s.state.records).toHaveLength(1);
      expect(s.find("p1")?.kept).toEqual(["2026-11-23", "2026-12-07"]);
      expect(s.state.notice).toBeNull();
    }
    expect(stored(tabs.shared).kept).toEqual(["2026-11-23", "2026-12-07"]);
  });

  it("an import brings weeks done in, keeps this device's as a copy, and Undo takes it back", () => {
    const fake = new FakeStorage();
    const a = tab(fake);
    a.add({ ...newPlan(t, "p1", { action: "apply", weekly: true }), kept: ["2026-11-30"] });
    t += 1000;
    const backup = {
      ...newPlan(t - 500, "p1", { action: "apply", weekly: true }),
      updatedAt: t,
      kept: ["2026-11-23", "2026-11-30"],
    };
    const fresh = { ...newPlan(t, "p2", { weekly: true }), kept: ["2026-11-16"] };
    t += 1000;
    expect(a.importRecords([backup, fresh])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(stored(fake).kept).toEqual(["2026-11-23", "2026-11-30"]);
    expect(stored(fake, "p2").kept).toEqual(["2026-11-16"]);
    const copy = a.state.records.find((r) => r.copyOf === "p1");
    expect(copy?.kept).toEqual(["2026-11-30"]);
    t += 1000;
    a.undoImport();
    expect(tab(fake).state.records).toEqual([
      expect.objectContaining({ id: "p1", kept: ["2026-11-30"] }),
    ]);
  });
});

describe("mergeSet: a list of strings merged as a set", () => {
  it.each([
    // base, mine, theirs, merged
    [["a"], ["a", "b"], ["a", "c"], ["a", "b", "c"]],
    [["a", "b"], ["a"], ["a", "b", "c"], ["a", "c"]],
    [["a", "b"], ["b"], ["a"], []],
    [undefined, ["b"], ["a"], ["a", "b"]],
    [["x"], ["z", "x", "y"], ["x", "w"], ["w", "x", "y", "z"]],
  ])("base %j, mine %j, theirs %j: %j", (base, mine, theirs, merged) => {
    expect(mergeSet(base, mine, theirs)).toEqual(merged);
  });

  it("is not used for anything but lists of strings", () => {
    expect(mergeSet([], "a", ["a"])).toBeUndefined();
    expect(mergeSet([], [1], ["a"])).toBeUndefined();
    expect(mergeSet("a", ["a"], ["b"])).toBeUndefined();
  });
});

describe("planWhen", () => {
  it.each([
    [
      { date: "2026-12-14", time: "09:00", weekly: true },
      "Every Monday at 09:00, from 14 December 2026",
    ],
    [
      { date: "2026-12-13", time: "", weekly: true },
      "Every Sunday, all day, from 13 December 2026",
    ],
    [{ date: "2026-12-10", time: "14:30", weekly: false }, "Thursday 10 December 2026 at 14:30"],
    [{ date: "2026-03-29", time: "", weekly: false }, "Sunday 29 March 2026, all day"],
    [{ date: "", time: "", weekly: true }, "No day yet: give it one to make a calendar reminder."],
  ])("%j reads %j", (p, words) => {
    expect(planWhen(p)).toBe(words);
  });
});
