/**
 * Merging two copies of the worksheet (this tab's and another tab's, or this
 * device's and an imported backup). Each entry keeps its newest version, by
 * the time it was last changed. Deletions are kept as tombstones, so a tab
 * that still holds a deleted entry does not bring it back; an entry changed
 * after it was deleted (an undo, say) wins over the tombstone.
 */
import type { Merged } from "../local-store/record-store";
import {
  DOC_VERSION,
  type Entry,
  newId,
  TEXT_FIELDS,
  type Tombstone,
  type WorksheetDoc,
} from "./model";
import { LIMITS } from "./validate";

export function sameContent(a: Entry, b: Entry): boolean {
  if (a.date !== b.date || a.copyOf !== b.copyOf || a.steps.length !== b.steps.length) return false;
  for (const f of TEXT_FIELDS) if (a[f] !== b[f]) return false;
  return a.steps.every((s, i) => {
    const t = b.steps[i];
    return t !== undefined && s.id === t.id && s.text === t.text && s.done === t.done;
  });
}

/** Which of two versions of one entry wins: the newer; on a tie, a fixed choice. */
export function newer(a: Entry, b: Entry): Entry {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a === b || sameContent(a, b)) return a;
  // Same millisecond, different text: pick the same one in every tab.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
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
 * Merges two documents. The order of `local` is kept, entries only in
 * `other` come after. The result does not depend on which tab merges.
 */
/**
 * Fields edited in this tab and not yet saved, by entry id. While someone is
 * typing, another tab's newer copy of the same entry does not overwrite them.
 */
export type Touched = ReadonlyMap<string, ReadonlySet<keyof Entry>>;

/**
 * Two versions of an entry. Without unsaved fields here, the newer one wins.
 * With them, `theirs` (what is stored, which every save has merged into) is
 * taken with this tab's unsaved fields laid over it, stamped newer than both,
 * so every tab ends up with the words from both.
 */
export function combine(mine: Entry, theirs: Entry, fields?: ReadonlySet<keyof Entry>): Entry {
  if (!fields?.size) return newer(mine, theirs);
  const out: Entry = { ...theirs, updatedAt: Math.max(mine.updatedAt, theirs.updatedAt) + 1 };
  for (const f of fields) Object.assign(out, { [f]: mine[f] });
  return sameContent(out, mine) ? mine : out;
}

/** The same value of one field (steps compared item by item). */
function sameField(a: Entry, b: Partial<Entry>, f: keyof Entry): boolean {
  const x = a[f];
  const y = b[f];
  if (!Array.isArray(x) || !Array.isArray(y)) return x === y;
  return JSON.stringify(x) === JSON.stringify(y);
}

/** A conflict copy of `other`: a new entry, listed beside `of`, until kept or discarded. */
export function conflictCopy(other: Entry, of: string, now: number): Entry {
  return { ...other, id: newId(), copyOf: of, updatedAt: Math.max(now, other.updatedAt + 1) };
}

/**
 * The worksheet's merge for the local store (a write from this tab meets the
 * stored record). Like `combine`, but when the stored record changed one of
 * the fields typed here since this tab last saw it (`base`), to other words,
 * those words are kept as a conflict copy: two windows typing in one field
 * never silently lose either.
 */
export function mergeEntry(
  mine: Entry,
  theirs: Entry,
  edited?: ReadonlySet<string>,
  base?: Readonly<Partial<Entry>>,
): Merged<Entry> {
  const fields = edited as ReadonlySet<keyof Entry> | undefined;
  const record = combine(mine, theirs, fields);
  if (!fields?.size || !base) return { record };
  for (const f of fields) {
    if (Object.hasOwn(base, f) && !sameField(theirs, base, f) && !sameField(theirs, mine, f))
      return { record, conflict: conflictCopy(theirs, mine.id, record.updatedAt) };
  }
  return { record };
}

export function mergeDocs(
  local: WorksheetDoc,
  other: WorksheetDoc,
  touched?: Touched,
): WorksheetDoc {
  const byId = new Map<string, Entry>();
  for (const e of local.entries) byId.set(e.id, e);
  for (const e of other.entries) {
    const mine = byId.get(e.id);
    byId.set(e.id, mine ? combine(mine, e, touched?.get(e.id)) : e);
  }
  return normalize(byId.values(), [...local.deleted, ...other.deleted]);
}

/** True when both documents hold the same entries and tombstones. */
export function sameDoc(a: WorksheetDoc, b: WorksheetDoc): boolean {
  if (a.entries.length !== b.entries.length || a.deleted.length !== b.deleted.length) return false;
  const byId = new Map(b.entries.map((e) => [e.id, e]));
  for (const e of a.entries) {
    const o = byId.get(e.id);
    if (!o || o.updatedAt !== e.updatedAt || !sameContent(o, e)) return false;
  }
  const tombs = new Map(b.deleted.map((t) => [t.id, t.deletedAt]));
  return a.deleted.every((t) => tombs.get(t.id) === t.deletedAt);
}

/** What an import will do; made by planImport in import.ts. */
export interface ImportPlan {
  /** Not on this device (or deleted here): will be added. */
  added: Entry[];
  /** On this device, and the file's copy is newer and different: will replace it. */
  updated: Entry[];
  /** Already here, the same or newer: left as it is. */
  unchanged: Entry[];
}

/**
 * Applies an import plan. An imported entry that was deleted here is brought
 * back on purpose: it is stamped just after its deletion so that no tab's
 * tombstone removes it again. An entry the file replaces keeps this device's
 * words as a conflict copy, so an import never drops a paragraph written here.
 */
export function applyImport(local: WorksheetDoc, plan: ImportPlan, now = Date.now()): WorksheetDoc {
  const tombs = new Map(local.deleted.map((t) => [t.id, t.deletedAt]));
  const incoming = new Map<string, Entry>();
  for (const e of [...plan.added, ...plan.updated]) {
    const deletedAt = tombs.get(e.id);
    incoming.set(
      e.id,
      deletedAt !== undefined && e.updatedAt <= deletedAt ? { ...e, updatedAt: deletedAt + 1 } : e,
    );
  }
  const entries = local.entries.map((e) => incoming.get(e.id) ?? e);
  for (const e of local.entries) if (incoming.has(e.id)) entries.push(conflictCopy(e, e.id, now));
  const have = new Set(local.entries.map((e) => e.id));
  for (const e of incoming.values()) if (!have.has(e.id)) entries.push(e);
  return normalize(entries, local.deleted);
}
