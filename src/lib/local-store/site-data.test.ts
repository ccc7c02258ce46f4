import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { clearSiteData } from "./delete-all";
import { CLEARED_KEY, classifyError, clearedAt } from "./site-data";

describe("classifyError", () => {
  it("classifies storage errors from every browser", () => {
    expect(classifyError(new DOMException("x", "QuotaExceededError"))).toBe("full");
    expect(classifyError({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe("full");
    expect(classifyError({ code: 22 })).toBe("full");
    expect(classifyError(new DOMException("x", "SecurityError"))).toBe("blocked");
    expect(classifyError(new TypeError("x"))).toBe("failed");
    expect(classifyError(null)).toBe("failed");
  });
});

describe("Delete all my data", () => {
  it("removes every key of this site and nothing else", () => {
    const fake = new FakeStorage();
    fake.setItem("bounce-back:worksheet", "{}");
    fake.setItem("bounce-back:worksheet:damaged:x", "junk");
    fake.setItem("bounce-back:theme", "dark");
    fake.setItem("bounce-back:self-check:x", "{}");
    fake.setItem("other-site", "keep");
    expect(
      clearSiteData(
        () => fake,
        () => 1234,
      ),
    ).toBeNull();
    // Only the time it happened is left, so that open tabs do not write anything back.
    expect(fake.dump()).toEqual({ "other-site": "keep", [CLEARED_KEY]: "1234" });
    expect(clearedAt(fake)).toBe(1234);
  });

  it("reports blocked storage instead of throwing", () => {
    const fake = new FakeStorage();
    fake.blocked = true;
    expect(clearSiteData(() => fake)).toBe("blocked");
  });
});
