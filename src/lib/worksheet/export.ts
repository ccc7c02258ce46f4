/**
 * Export to a JSON backup: every entry, versioned, re-importable. It is kept
 * small and loaded with the page, so a backup works even offline. Markdown
 * (markdown.ts) and the import checks (import.ts) load when they are used.
 */
import { localDay } from "../days";
import { DOC_VERSION, inListOrder, isBlank, type WorksheetDoc } from "./model";

export const BACKUP_FORMAT = "bounce-back-worksheet";

/** Everything written so far; a blank entry nobody wrote in is left out. */
export const written = (doc: WorksheetDoc): WorksheetDoc => ({
  ...doc,
  entries: doc.entries.filter((e) => !isBlank(e)),
});

export function fileName(now: number, ext: "json" | "md" | "txt", what = "reflections"): string {
  return `bounce-back-${what}-${localDay(now)}.${ext}`;
}

/** The JSON backup: every entry, with the format and version it was written in. */
export function toBackup(doc: WorksheetDoc, now: number): string {
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: DOC_VERSION,
      exportedAt: new Date(now).toISOString(),
      entries: inListOrder(doc.entries),
    },
    null,
    2,
  );
}
