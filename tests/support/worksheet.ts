import { type Entry, newEntry, type WorksheetDoc } from "./model";

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
