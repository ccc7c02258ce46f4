/** Must match the key read by src/scripts/theme-init.js before first paint. */
export const THEME_KEY = "bounce-back:theme";

export type ThemePreference = "system" | "light" | "dark";

export function parseThemePreference(value: unknown): ThemePreference {
  return value === "light" || value === "dark" ? value : "system";
}
