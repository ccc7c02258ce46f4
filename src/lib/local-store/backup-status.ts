/**
 * When the last backup was made, and the gentle reminder: after a week of
 * edits with no backup since, the data panel offers to download one. "Not
 * now" hides it for another week. Three small values under
 * `bounce-back:backup:` (so "Delete all my data" removes them with the rest).
 */
import { browserStorage } from "./storage";

/** Not value.ts: sharing it with the theme toggle would split that script in two on every page. */
function getValue(key: string): string | null {
  try {
    return browserStorage().getItem(key);
  } catch {
    return null;
  }
}

function setValue(key: string, value: string | null): boolean {
  try {
    const s = browserStorage();
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const LAST_BACKUP = "bounce-back:backup:last";
/** The first save since the last backup. */
export const EDITED_SINCE = "bounce-back:backup:edited-since";
export const DISMISSED = "bounce-back:backup:reminder-dismissed";
export const WEEK = 7 * 24 * 60 * 60 * 1000;

const time = (key: string, get: typeof getValue) => {
  const n = Number(get(key));
  return Number.isFinite(n) && n > 0 ? n : null;
};

export interface BackupStatus {
  lastBackup: number | null;
  editedSince: number | null;
  dismissed: number | null;
}

export function readStatus(get = getValue): BackupStatus {
  return {
    lastBackup: time(LAST_BACKUP, get),
    editedSince: time(EDITED_SINCE, get),
    dismissed: time(DISMISSED, get),
  };
}

/** A week of edits with no backup since them, and not dismissed in the last week. */
export function shouldRemind(s: BackupStatus, now: number): boolean {
  if (s.editedSince === null || now - s.editedSince < WEEK) return false;
  return s.dismissed === null || now - s.dismissed >= WEEK;
}

/** After each save: remembers the first one since the last backup. */
export function noteSaved(now = Date.now(), get = getValue, set = setValue): void {
  if (time(EDITED_SINCE, get) === null) set(EDITED_SINCE, String(now));
}

export function noteBackup(now = Date.now(), set = setValue): void {
  set(LAST_BACKUP, String(now));
  set(EDITED_SINCE, null);
  set(DISMISSED, null);
}

export function dismissReminder(now = Date.now(), set = setValue): void {
  set(DISMISSED, String(now));
}
