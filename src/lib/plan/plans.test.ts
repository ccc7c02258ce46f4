import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { clearSiteData } from "../local-store/delete-all";
import { RecordStore } from "../local-store/record-store";
import { RecordSession, SAVE_DELAY } from "../local-store/session";
import { newPlan, type Plan, planDef, readPlan } from "./model";

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
