import { parseThemePreference, THEME_KEY, type ThemePreference } from "../lib/theme";

export function readThemePreference(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(THEME_KEY));
  } catch {
    return "system";
  }
}

export function saveThemePreference(value: string): ThemePreference {
  const pref = parseThemePreference(value);
  try {
    if (pref === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, pref);
  } catch {
    // Storage blocked: the choice still applies to this page view.
  }
  return pref;
}

export function applyTheme(pref: ThemePreference): void {
  const root = document.documentElement;
  root.dataset.themePref = pref;
  if (pref === "system") delete root.dataset.theme;
  else root.dataset.theme = pref;
}
