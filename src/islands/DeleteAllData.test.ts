import { describe, expect, it } from "vitest";
import { FakeStorage } from "../lib/fake-storage";
import { clearSiteData, type StorageLike } from "../lib/site-storage";
import { clearAll } from "./DeleteAllData";

function filled() {
  const fake = new FakeStorage();
  for (const k of [
    "bounce-back:worksheet",
    "bounce-back:worksheet:damaged:x",
    "bounce-back:theme",
    "bounce-back:self-check:a",
  ])
    fake.setItem(k, "x");
  fake.setItem("someone-else", "keep");
  return fake;
}

describe("Delete all my data (/about/)", () => {
  it("removes every key of this site and nothing else, like the worksheet's own button", () => {
    const a = filled();
    const b = filled();
    expect(clearAll(() => a)).toBe(true);
    expect(clearSiteData(() => b)).toBeNull();
    expect(a.dump()).toEqual({ "someone-else": "keep" });
    expect(a.dump()).toEqual(b.dump());
  });

  it("counts blocked storage as done (nothing is stored) and reports other failures", () => {
    const blocked = filled();
    blocked.blocked = true;
    expect(clearAll(() => blocked)).toBe(true);
    const broken = {
      length: 1,
      key: () => "bounce-back:x",
      removeItem: () => {
        throw new Error("no");
      },
    };
    expect(clearAll(() => broken as unknown as StorageLike)).toBe(false);
  });
});
