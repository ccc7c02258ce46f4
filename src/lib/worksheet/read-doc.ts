/**
 * Reading a whole worksheet document: the older one-key layout
 * (older-layout.ts) and imported backups (import.ts). Both load only when
 * needed, and so does this; one entry is read by readEntry in validate.ts.
 */
import { DOC_VERSION, type Entry, type Tombstone, type WorksheetDoc } from "./model";
import { isRecord, isTime, isValidId, LIMITS, own, readEntry } from "./validate";

export type ReadResult =
  | { ok: true; doc: WorksheetDoc; problems: string[] }
  | { ok: false; problems: string[] };

function readTombstone(v: unknown): Tombstone | null {
  if (!isRecord(v)) return null;
  const id = own(v, "id");
  const deletedAt = own(v, "deletedAt");
  return isValidId(id) && isTime(deletedAt) ? { id, deletedAt } : null;
}

/** Reads a list of entries. A duplicate id keeps the newest copy (and says so). */
export function readEntries(list: unknown, problems: string[]): Entry[] {
  if (!Array.isArray(list)) {
    problems.push("The list of reflections is missing.");
    return [];
  }
  const byId = new Map<string, Entry>();
  list.forEach((item, i) => {
    const entry = readEntry(item, `Reflection ${i + 1}`, problems);
    if (!entry) return;
    const prev = byId.get(entry.id);
    if (prev) {
      problems.push(`Reflection ${i + 1}: it appears twice.`);
      if (prev.updatedAt >= entry.updatedAt) return;
    }
    byId.set(entry.id, entry);
  });
  return [...byId.values()];
}

/** Validates a version 1 document (after any migration). */
export function readDoc(value: unknown): ReadResult {
  if (!isRecord(value)) return { ok: false, problems: ["The data is not a worksheet."] };
  if (own(value, "version") !== DOC_VERSION)
    return {
      ok: false,
      problems: ["The data is from a version of the worksheet this page does not know."],
    };
  if (!Array.isArray(own(value, "entries")))
    return { ok: false, problems: ["The data has no list of reflections."] };
  const problems: string[] = [];
  const entries = readEntries(own(value, "entries"), problems);
  const deleted: Tombstone[] = [];
  const rawDeleted = own(value, "deleted");
  if (Array.isArray(rawDeleted)) {
    for (const t of rawDeleted.slice(-LIMITS.tombstones)) {
      const tomb = readTombstone(t);
      if (tomb) deleted.push(tomb);
      else problems.push("A deleted reflection’s record cannot be read.");
    }
  } else if (rawDeleted !== undefined) problems.push("The deleted reflections cannot be read.");
  return { ok: true, doc: { version: DOC_VERSION, entries, deleted }, problems };
}
