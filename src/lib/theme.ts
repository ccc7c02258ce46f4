/**
 * Must match the key read by src/scripts/theme-init.js before first paint, and
 * start with SITE_PREFIX (src/lib/site-storage.ts) so "Delete all my data"
 * removes it. Written out rather than imported so article pages, whose only
 * scripts are the theme toggle and the search opener, load no storage module.
 */
export const THEME_KEY = "bounce-back:theme";

export type ThemePreference = "system" | "light" | "dark";

export function parseThemePreference(value: unknown): ThemePreference {
  return value === "light" || value === "dark" ? value : "system";
}
