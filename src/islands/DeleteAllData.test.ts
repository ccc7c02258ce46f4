import { describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../tests/support/fake-storage";
import { RECORD_PREFIX, storedDoc } from "../../tests/support/worksheet";
import { CLEARED_KEY } from "../lib/local-store/site-data";
import type { StorageLike } from "../lib/local-store/storage";
import { WorksheetStore, worksheetSession } from "../lib/worksheet/store";
import { clearAll } from "./DeleteAllData";

describe("Delete all my data (/about/)", () => {
  it("removes every key of this site and nothing else, and leaves when it happened", () => {
    const fake = new FakeStorage();
    for (const k of [
      "bounce-back:worksheet",
      `${RECORD_PREFIX}a`,
      "bounce-back:worksheet:damaged:x",
      "bounce-back:theme",
      "bounce-back:self-check:a",
    ])
      fake.setItem(k, "x");
    fake.setItem("someone-else", "keep");
    expect(clearAll(() => fake)).toBe(true);
    expect(Object.keys(fake.dump()).sort()).toEqual([CLEARED_KEY, "someone-else"]);
    expect(fake.getItem("someone-else")).toBe("keep");
  });

  it("an open worksheet does not write its words back afterwards", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 1_000_000 });
    const fake = new FakeStorage();
    const open = worksheetSession(new WorksheetStore(() => fake));
    open.edit(open.state.currentId, { feeling: "private" });
    open.flush();
    open.edit(open.state.currentId, { feeling: "private, and more" });
    vi.advanceTimersByTime(1000);
    expect(clearAll(() => fake)).toBe(true);
    open.flush();
    expect(storedDoc(fake)).toBeNull();
    expect(JSON.stringify(fake.dump())).not.toContain("private");
    vi.useRealTimers();
  });

  it("counts blocked storage as done (nothing is stored) and reports other failures", () => {
    const blocked = new FakeStorage();
    blocked.setItem("bounce-back:theme", "dark");
    blocked.blocked = true;
    expect(clearAll(() => blocked)).toBe(true);
    const broken = {
      length: 1,
      key: () => "bounce-back:x",
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => {
        throw new Error("no");
      },
    };
    expect(clearAll(() => broken as unknown as StorageLike)).toBe(false);
  });
});
