import { getValue, setValue } from "../lib/local-store/value";
import { parseThemePreference, THEME_KEY, type ThemePreference } from "../lib/theme";

export function readThemePreference(): ThemePreference {
  return parseThemePreference(getValue(THEME_KEY));
}

/** Saves the choice ("system" removes it). Blocked storage: it still applies to this page view. */
export function saveThemePreference(value: string): ThemePreference {
  const pref = parseThemePreference(value);
  setValue(THEME_KEY, pref === "system" ? null : pref);
  return pref;
}

export function applyTheme(pref: ThemePreference): void {
  const root = document.documentElement;
  root.dataset.themePref = pref;
  if (pref === "system") delete root.dataset.theme;
  else root.dataset.theme = pref;
}
