import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE_PREFIX } from "./local-store/storage";
import { parseThemePreference, THEME_KEY } from "./theme";

describe("theme preference", () => {
  it("accepts light and dark and treats anything else as system", () => {
    expect(parseThemePreference("light")).toBe("light");
    expect(parseThemePreference("dark")).toBe("dark");
    expect(parseThemePreference("sepia")).toBe("system");
    expect(parseThemePreference(null)).toBe("system");
  });

  it("is read before first paint under the same key the toggle writes", () => {
    const inline = readFileSync("src/scripts/theme-init.js", "utf8");
    expect(inline).toContain("localStorage");
    expect(inline).toContain(`getItem("${THEME_KEY}")`);
    expect(THEME_KEY.startsWith(SITE_PREFIX)).toBe(true);
  });
});
