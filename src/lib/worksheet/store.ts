/**
 * The worksheet's store: its declaration for the local store
 * (src/lib/local-store), plus the one thing only the worksheet has, an older
 * layout that kept the whole worksheet under one key. That key is read, split
 * into one key per entry (older shapes are upgraded by migrate.ts, with a copy
 * of the old text kept) and removed only once every entry is written.
 */

import { clearSiteData } from "../local-store/delete-all";
import {
  type Change,
  type Damaged,
  isTombstone,
  type Loaded,
  RecordStore,
  type RecordStoreDef,
  type Tombstone,
  type Unacked,
  type Written,
} from "../local-store/record-store";
import { RecordSession, type SessionStore } from "../local-store/session";
import { classifyError, readKey, type Trouble } from "../local-store/site-data";
import { browserStorage, SITE_PREFIX, type StorageLike } from "../local-store/storage";
import { mergeDocs, normalize } from "./merge";
import { DOC_VERSION, type Entry, isBlank, newEntry, type WorksheetDoc } from "./model";
import type * as OlderLayoutModule from "./older-layout";
import { readEntry } from "./validate";

export type { Damaged } from "../local-store/record-store";
export type { Trouble } from "../local-store/site-data";

/** The whole-document key of the older layout (version 0 and 1 data). */
export const KEY = `${SITE_PREFIX}worksheet`;
export const DAMAGED_PREFIX = `${KEY}:damaged:`;
export const UPGRADE_PREFIX = `${KEY}:before-upgrade:v`;

/** The worksheet's declaration: all the local store needs to keep its entries safe. */
export const worksheetDef: RecordStoreDef<Entry> = {
  name: "worksheet",
  version: DOC_VERSION,
  read: (value, problems) => readEntry(value, "A reflection", problems),
};

export const CLEARED_ELSEWHERE = "All your reflections were deleted in another tab or window.";

/** The worksheet's session: the shared one, opening a blank entry on a first visit. */
export const worksheetSession = (store = new WorksheetStore()) =>
  new RecordSession(store, {
    blank: (now) => newEntry(now),
    isBlank,
    clearedNotice: CLEARED_ELSEWHERE,
    deletedNotice: "The reflection you had open was deleted in another tab or window.",
  });

export type OlderLayout = Pick<typeof OlderLayoutModule, "move">;

export interface LoadResult {
  doc: WorksheetDoc;
  trouble: Trouble | null;
  damaged: Damaged | null;
  /** The version the data was upgraded from, or null. */
  migratedFrom: number | null;
  /** Saved by a newer version of the site: shown, never written over. */
  readOnly: boolean;
}

export interface SaveResult {
  ok: boolean;
  doc: WorksheetDoc;
  trouble: Trouble | null;
  damaged: Damaged | null;
  readOnly: boolean;
  /** "Delete all" ran elsewhere since this tab read storage: when. */
  cleared: number | null;
  /** Conflict copies made by this save (already in `doc`). */
  conflicts: Entry[];
}

export class WorksheetStore implements SessionStore<Entry> {
  readonly def = worksheetDef;
  readonly records: RecordStore<Entry>;
  /** The version the data was upgraded from by the last load, or null. */
  migratedFrom: number | null = null;
  /** The older layout's key could not be moved yet (no room for a copy): retried at each save. */
  private olderPending = false;
  /**
   * The code that moves the older one-key layout (older-layout.ts). Set it
   * before load when hasOlderLayout() says so; without it that key is left
   * exactly as it is.
   */
  older: OlderLayout | undefined;

  constructor(
    readonly getStorage: () => StorageLike = browserStorage,
    readonly now: () => number = Date.now,
    older?: OlderLayout,
  ) {
    this.records = new RecordStore(worksheetDef, getStorage, now);
    this.older = older;
  }

  /** True when the older one-key layout is stored, so older-layout.ts should be loaded first. */
  hasOlderLayout(): boolean {
    try {
      return readKey(this.getStorage(), KEY) !== null;
    } catch {
      return false;
    }
  }

  load(): LoadResult {
    const found = this.records.load();
    const out: LoadResult = {
      doc: normalize(found.records, found.deleted),
      trouble: found.trouble,
      damaged: found.damaged,
      migratedFrom: null,
      readOnly: found.newer,
    };
    const older = this.older;
    if (found.trouble === "blocked" || !older) return out;
    this.olderPending = false;
    try {
      const s = this.getStorage();
      try {
        older.move(this, s, out);
      } finally {
        this.olderPending = !out.readOnly && readKey(s, KEY) !== null;
      }
    } catch (e) {
      out.trouble = classifyError(e);
    }
    return out;
  }

  /**
   * Saves entries (all, or only those in `ids`) and tombstones, each merged
   * with what is stored under its key. Returns the document to adopt.
   */
  save(
    doc: WorksheetDoc,
    touched?: ReadonlyMap<string, ReadonlySet<string>>,
    ids?: ReadonlySet<string>,
    base?: ReadonlyMap<string, Partial<Entry>>,
  ): SaveResult {
    if (this.olderPending) {
      const out = this.load();
      if (out.trouble || out.readOnly)
        return {
          ok: false,
          cleared: null,
          conflicts: [],
          doc,
          trouble: out.trouble,
          damaged: out.damaged,
          readOnly: out.readOnly,
        };
      doc = mergeDocs(doc, out.doc);
    }
    const pick = <T extends { id: string }>(list: T[]) =>
      ids ? list.filter((x) => ids.has(x.id)) : list;
    const w = this.records.write([...pick(doc.entries), ...pick(doc.deleted)], touched, base);
    const byId = new Map<string, Entry>(doc.entries.map((e) => [e.id, e]));
    const deleted: Tombstone[] = [...doc.deleted];
    for (const r of w.results) {
      if (isTombstone(r)) {
        byId.delete(r.id);
        deleted.push(r);
      } else byId.set(r.id, r);
    }
    for (const c of w.conflicts) byId.set(c.id, c);
    return {
      ok: w.ok && w.cleared === null,
      doc: normalize(byId.values(), deleted),
      trouble: w.trouble,
      damaged: w.damaged,
      readOnly: w.newer,
      cleared: w.cleared,
      conflicts: w.conflicts,
    };
  }

  get seenCleared(): number {
    return this.records.seenCleared;
  }

  set seenCleared(at: number) {
    this.records.seenCleared = at;
  }

  /** For the session: every entry and tombstone (the older layout moved first). */
  open(): Loaded<Entry> {
    const out = this.load();
    this.migratedFrom = out.migratedFrom;
    return {
      records: out.doc.entries,
      deleted: out.doc.deleted,
      trouble: out.trouble,
      damaged: out.damaged,
      newer: out.readOnly,
    };
  }

  /** For the session: writes through the record store, once the older layout is moved. */
  write(
    items: Iterable<Entry | Tombstone>,
    edited?: ReadonlyMap<string, ReadonlySet<string>>,
    base?: ReadonlyMap<string, Partial<Entry>>,
    unacked?: ReadonlyMap<string, Unacked<Entry>>,
  ): Written<Entry> {
    if (this.olderPending) {
      const out = this.load();
      if (out.trouble || out.readOnly)
        return {
          ok: false,
          trouble: out.trouble,
          results: [...items],
          conflicts: [],
          damaged: out.damaged,
          newer: out.readOnly,
          cleared: null,
        };
    }
    return this.records.write(items, edited, base, unacked);
  }

  changed(key: string | null, newValue: string | null): Change<Entry> | "cleared" | null {
    return this.records.changed(key, newValue);
  }

  /** Copies of damaged data kept on this device, oldest first. */
  damagedCopies(): { key: string; raw: string }[] {
    return this.records.damagedCopies();
  }

  /** Removes every key this site wrote. Returns the trouble, or null when done. */
  clearAll(): Trouble | null {
    const trouble = clearSiteData(this.getStorage, this.now);
    if (!trouble) this.records.seenCleared = this.now();
    return trouble;
  }
}
