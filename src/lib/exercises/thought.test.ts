import { describe, expect, it } from "vitest";
import { parseStrength } from "./thought";

describe("parseStrength", () => {
  it("takes whole numbers from 0 to 100, spaces around them allowed", () => {
    expect(parseStrength("0")).toBe(0);
    expect(parseStrength(" 65 ")).toBe(65);
    expect(parseStrength("100")).toBe(100);
  });

  it("reads an empty box as not rated", () => {
    expect(parseStrength("")).toBeNull();
    expect(parseStrength("   ")).toBeNull();
  });

  it("refuses anything else", () => {
    for (const v of ["-1", "101", "12.5", "ten", "1e2x"]) expect(parseStrength(v)).toBeUndefined();
  });
});
