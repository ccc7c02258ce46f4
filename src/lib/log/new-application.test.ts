import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { RecordStore } from "../local-store/record-store";
import { RecordSession, SAVE_DELAY } from "../local-store/session";
import { logCsv } from "./export";
import { type Application, applicationDef, newApplication } from "./model";
import { NewApplication, untouched } from "./new-application";
import { funnel, stageCounts, weeklyCounts } from "./stats";

const T0 = Date.UTC(2026, 11, 2, 10);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: T0 });
});
afterEach(() => vi.useRealTimers());

function setUp() {
  const storage = new FakeStorage();
  const session = new RecordSession(new RecordStore(applicationDef, () => storage), {
    saved: () => undefined,
  });
  let n = 0;
  const seen: (Application | null)[] = [];
  const adding = new NewApplication(
    session,
    () => newApplication(session.now(), `new${n++}`),
    (d) => seen.push(d),
  );
  const stored = () =>
    Object.keys(storage.dump()).filter((k) => k.startsWith("bounce-back:log-applications:r:"));
  return { storage, session, adding, seen, stored };
}

describe("Add an application: nothing is saved until someone writes", () => {
  it("an untouched new application, closed, leaves no record, no count, no CSV row", () => {
    const { session, adding, stored } = setUp();
    const a = adding.start();
    expect(adding.list(session.state.records).map((x) => x.id)).toEqual([a.id]);
    vi.advanceTimersByTime(SAVE_DELAY * 3);
    expect(stored()).toEqual([]);
    expect(adding.close(a.id)).toBe(true);
    expect(adding.current).toBeNull();
    expect(adding.list(session.state.records)).toEqual([]);
    expect(session.state.records).toEqual([]);
    expect(stageCounts(session.state.records).every((c) => c.count === 0)).toBe(true);
    expect(
      weeklyCounts(session.state.records, [], "2026-12-02").every((w) => !w.applications),
    ).toBe(true);
    expect(logCsv(session.state.records, []).trim().split("\r\n")).toHaveLength(1);
  });

  it("spaces alone are not writing; the first real word saves it, with that word", () => {
    const { storage, session, adding, stored, seen } = setUp();
    const a = adding.start();
    adding.edit(a.id, { role: "   " });
    vi.advanceTimersByTime(SAVE_DELAY * 3);
    expect(stored()).toEqual([]);
    expect(adding.current?.role).toBe("   ");
    adding.edit(a.id, { role: "Analyst" });
    expect(adding.current).toBeNull();
    expect(seen.at(-1)).toBeNull();
    expect(stored()).toEqual([`bounce-back:log-applications:r:${a.id}`]);
    expect(session.find(a.id)).toMatchObject({ role: "Analyst", createdAt: a.createdAt });
    vi.advanceTimersByTime(SAVE_DELAY);
    const saved = JSON.parse(storage.getItem(`bounce-back:log-applications:r:${a.id}`) ?? "{}");
    expect(saved.r).toMatchObject({ role: "Analyst" });
    // From then on it is an ordinary application: closing its form keeps it.
    expect(adding.close(a.id)).toBe(false);
    adding.edit(a.id, { company: "Acme" });
    vi.advanceTimersByTime(SAVE_DELAY);
    expect(session.find(a.id)).toMatchObject({ role: "Analyst", company: "Acme" });
  });

  it("a chosen stage or day counts as a change", () => {
    const { session, adding } = setUp();
    const a = adding.start();
    adding.edit(a.id, { stage: "turned-down", stoppedAt: "" });
    expect(session.find(a.id)?.stage).toBe("turned-down");
    const b = adding.start();
    expect(b.id).not.toBe(a.id);
    adding.edit(b.id, { date: "2026-11-20" });
    expect(session.find(b.id)?.date).toBe("2026-11-20");
  });

  it("a second Add opens the same untouched application, not another", () => {
    const { adding } = setUp();
    const a = adding.start();
    expect(adding.start()).toBe(a);
  });

  it("a page left with an untouched new application saves nothing (a new session sees none)", () => {
    const { storage, adding } = setUp();
    adding.start();
    vi.advanceTimersByTime(SAVE_DELAY * 3);
    const later = new RecordSession(new RecordStore(applicationDef, () => storage), {
      saved: () => undefined,
    });
    expect(later.state.records).toEqual([]);
  });

  it("edits to saved applications go straight to the session", () => {
    const { session, adding } = setUp();
    session.add({ ...newApplication(T0, "old"), role: "Old role" });
    adding.start();
    adding.edit("old", { company: "Northwind" });
    expect(session.find("old")?.company).toBe("Northwind");
    expect(adding.current).not.toBeNull();
    expect(funnel(session.state.records).every((r) => r.count === 0)).toBe(true);
  });

  it("untouched compares with the application as offered", () => {
    const fresh = newApplication(T0, "f");
    expect(untouched({ ...fresh }, fresh)).toBe(true);
    expect(untouched({ ...fresh, notes: "\n " }, fresh)).toBe(true);
    expect(untouched({ ...fresh, notes: "x" }, fresh)).toBe(false);
    expect(untouched({ ...fresh, nextDate: "2026-12-09" }, fresh)).toBe(false);
  });
});
