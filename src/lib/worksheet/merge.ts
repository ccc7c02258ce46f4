/**
 * The worksheet's document: its entries and tombstones together, as the
 * older one-key layout and the backup file hold them. Merging two versions of
 * one entry is the local store's (src/lib/local-store/merge.ts); this only
 * puts documents together and drops what was deleted.
 */
import { newer } from "../local-store/merge";
import { DOC_VERSION, type Entry, TEXT_FIELDS, type Tombstone, type WorksheetDoc } from "./model";
import { LIMITS } from "./validate";

/** The same words in an entry (its date, text fields and steps), whatever its times. */
export function sameWords(a: Entry, b: Entry): boolean {
  if (a.date !== b.date || a.copyOf !== b.copyOf || a.steps.length !== b.steps.length) return false;
  for (const f of TEXT_FIELDS) if (a[f] !== b[f]) return false;
  return a.steps.every((s, i) => {
    const t = b.steps[i];
    return t !== undefined && s.id === t.id && s.text === t.text && s.done === t.done;
  });
}

/** Drops entries deleted after their last change, and tombstones that an entry outlived. */
export function normalize(entries: Iterable<Entry>, deleted: Iterable<Tombstone>): WorksheetDoc {
  const tombs = new Map<string, number>();
  for (const t of deleted) tombs.set(t.id, Math.max(t.deletedAt, tombs.get(t.id) ?? 0));
  const kept: Entry[] = [];
  for (const e of entries) {
    const deletedAt = tombs.get(e.id);
    if (deletedAt === undefined) kept.push(e);
    else if (e.updatedAt > deletedAt) {
      kept.push(e);
      tombs.delete(e.id);
    }
  }
  const tombList = [...tombs].map(([id, deletedAt]) => ({ id, deletedAt }));
  tombList.sort((x, y) => x.deletedAt - y.deletedAt);
  return { version: DOC_VERSION, entries: kept, deleted: tombList.slice(-LIMITS.tombstones) };
}

/**
 * Two documents together: each entry's newest version, deletions kept. The
 * order of `local` is kept, entries only in `other` come after; the result
 * does not depend on which side merges.
 */
export function mergeDocs(local: WorksheetDoc, other: WorksheetDoc): WorksheetDoc {
  const byId = new Map<string, Entry>();
  for (const e of local.entries) byId.set(e.id, e);
  for (const e of other.entries) {
    const mine = byId.get(e.id);
    byId.set(e.id, mine ? newer(mine, e) : e);
  }
  return normalize(byId.values(), [...local.deleted, ...other.deleted]);
}

/** What an import will do; made by planImport in import.ts. */
export interface ImportPlan {
  /** Not on this device (or deleted here): will be added. */
  added: Entry[];
  /** On this device, and the file's copy is newer and different: its words go in place, this device's are kept as a copy. */
  updated: Entry[];
  /** Already here, the same or newer: left as it is. */
  unchanged: Entry[];
}
