import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { getValue, setValue } from "./value";

describe("single values (theme, self-check results)", () => {
  it("reads and writes one key, and tolerates blocked or full storage", () => {
    const fake = new FakeStorage();
    expect(getValue("bounce-back:x", () => fake)).toBeNull();
    expect(setValue("bounce-back:x", "1", () => fake)).toBe(true);
    expect(getValue("bounce-back:x", () => fake)).toBe("1");
    expect(setValue("bounce-back:x", null, () => fake)).toBe(true);
    expect(fake.dump()).toEqual({});
    fake.quota = 3;
    expect(setValue("bounce-back:x", "too long", () => fake)).toBe(false);
    fake.blocked = true;
    expect(getValue("bounce-back:x", () => fake)).toBeNull();
    expect(setValue("bounce-back:x", "1", () => fake)).toBe(false);
  });
});
