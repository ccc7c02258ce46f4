import type { StoreInfo } from "./local-store/registry";

/**
 * Must match the key read by src/scripts/theme-init.js before first paint, and
 * start with SITE_PREFIX (src/lib/local-store/storage.ts) so "Delete all my
 * data" removes it. Written out rather than imported so article pages load as
 * little as possible.
 */
export const THEME_KEY = "bounce-back:theme";

/** The theme choice, as the about page lists it (src/lib/stores.ts). */
export const themeStore: StoreInfo = {
  name: "theme",
  about: "Your theme choice: light or dark, if you picked one (none means “as your device”).",
};

export type ThemePreference = "system" | "light" | "dark";

export function parseThemePreference(value: unknown): ThemePreference {
  return value === "light" || value === "dark" ? value : "system";
}
