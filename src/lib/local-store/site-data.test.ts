import { describe, expect, it } from "vitest";
import { FakeStorage } from "./fake-storage";
import { classifyError, clearSiteData } from "./site-storage";

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
    expect(clearSiteData(() => fake)).toBeNull();
    expect(fake.dump()).toEqual({ "other-site": "keep" });
  });
});
