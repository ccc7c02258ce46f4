import type { StorageLike } from "../../src/lib/local-store/storage";
import { type Entry, newEntry, type WorksheetDoc } from "../../src/lib/worksheet/model";

/** An entry with a given id and change time, for unit tests. */
export const e = (id: string, updatedAt: number, extra: Partial<Entry> = {}): Entry => ({
  ...newEntry(1, id),
  updatedAt,
  ...extra,
});

/** A version 1 document, for unit tests. */
export const doc = (entries: Entry[], deleted: WorksheetDoc["deleted"] = []): WorksheetDoc => ({
  version: 1,
  entries,
  deleted,
});

export const RECORD_PREFIX = "bounce-back:worksheet:r:";

/**
 * What the worksheet holds in storage, put back together from its one key
 * per entry (or the older layout's single key): `{ version, entries, deleted }`,
 * or null when nothing is stored.
 * Entries are in the order of their keys.
 */
export function storedDoc(s: StorageLike): WorksheetDoc | null {
  const out = doc([]);
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(RECORD_PREFIX)) continue;
    const value = JSON.parse(s.getItem(key) ?? "null");
    if (value?.r) out.entries.push(value.r);
    else if (value) out.deleted.push({ id: value.id, deletedAt: value.deletedAt });
  }
  if (out.entries.length || out.deleted.length) return out;
  // The older layout: the whole worksheet under one key.
  const legacy = s.getItem("bounce-back:worksheet");
  try {
    return legacy === null ? null : JSON.parse(legacy);
  } catch {
    return null;
  }
}

/** A moment and a document with one full entry (every field, a step with markup) and one blank: the export, import and Markdown tests share them. */
export const NOW = Date.UTC(2025, 2, 10, 12);
export const full: Entry = {
  ...newEntry(NOW - 1000, "abc"),
  role: "Junior analyst",
  company: "Acme",
  date: "2025-03-07",
  feeling: "Flat.\nThen better.",
  wentWell: "The case study.",
  differently: "",
  workOn: "Shorter answers.",
  advice: "Sam",
  kindNote: "You did well.",
  steps: [
    { id: "s1", text: "Ask for feedback", done: true },
    { id: "s2", text: "Practise <b>stories</b>", done: false },
  ],
};
export const sampleDoc: WorksheetDoc = {
  version: 1,
  entries: [full, newEntry(NOW, "blank")],
  deleted: [{ id: "x", deletedAt: 1 }],
};
