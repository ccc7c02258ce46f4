/**
 * A collection of records kept in localStorage, one key per record, with the
 * guarantees every feature shares ("no word is lost without the person
 * choosing it"):
 *
 * - Each record lives under `bounce-back:<name>:r:<id>` as `{"v":1,"r":{…}}`,
 *   or `{"v":1,"deletedAt":…}` once deleted (a tombstone, so a tab that still
 *   holds it does not bring it back). A keystroke rewrites one small key, so
 *   typing costs the same with 1 record or 1,000.
 * - Every read is validated by the feature's `read`. Text that is damaged is
 *   copied once (deduplicated, at most MAX_COPIES copies) under
 *   `bounce-back:<name>:damaged:<time>` before its key may be written over;
 *   if no copy can be made, that key is never written over.
 * - Every write reads the stored record first and merges it with the
 *   feature's `merge`, which keeps the newest version and, when two windows
 *   (or an import) changed the same words, returns the other version as a
 *   conflict copy the person can keep or discard.
 * - A record from a newer version of the site makes the store read-only: it
 *   is never written over, and nothing more is written until a reload.
 * - "Delete all my data" leaves a cleared-at time (storage.ts); a write that
 *   finds a newer one stops, so no tab writes deleted words back.
 * - Blocked or full storage is reported (a Trouble), never thrown.
 */
import { CLEARED_KEY, classifyError, clearedAt, keysWith, type Trouble } from "./site-data";
import { browserStorage, SITE_PREFIX, type StorageLike } from "./storage";

export interface Timed {
  id: string;
  /** Milliseconds since the epoch; merges keep the newest change. */
  updatedAt: number;
}

export interface Tombstone {
  id: string;
  deletedAt: number;
}

/** What merging two versions of one record gives. */
export interface Merged<R> {
  record: R;
  /** The other version, under a new id, when both changed the same words. */
  conflict?: R | undefined;
}

/** What a feature declares to get a store. */
export interface RecordStoreDef<R extends Timed> {
  /** Its keys start with `bounce-back:<name>:`. */
  name: string;
  /** The record format this code writes; a stored record with a higher one is left alone. */
  version: number;
  /** Validates a stored record: null if unreadable; each repair is pushed to `problems`. */
  read(value: unknown, problems: string[]): R | null;
  /**
   * Merges this tab's version with the stored one. `edited` are the fields
   * changed here and not yet saved, and `base` their values before that, so
   * the feature can tell "they changed it too" from "only I did".
   */
  merge(mine: R, theirs: R, edited?: ReadonlySet<string>, base?: Readonly<Partial<R>>): Merged<R>;
}

export type Slot<R> =
  | { kind: "record"; record: R; problems: string[] }
  | { kind: "deleted"; tomb: Tombstone }
  | { kind: "newer" }
  | { kind: "damaged"; reason: "not-json" | "wrong-shape"; problems: string[] };

/** Damaged text that was found, and where its copy is kept (null: none could be kept). */
export interface Damaged {
  raw: string;
  backupKey: string | null;
  /** "not-json": not readable at all; "wrong-shape": not a record; "partly": some parts skipped (see `problems`). */
  reason: "not-json" | "wrong-shape" | "partly";
  problems: string[];
}

export interface Loaded<R> {
  records: R[];
  deleted: Tombstone[];
  damaged: Damaged | null;
  trouble: Trouble | null;
  /** A record from a newer version of the site: show, never write. */
  newer: boolean;
}

export interface Written<R> {
  ok: boolean;
  trouble: Trouble | null;
  /** The merged result for each id written: a record, or a tombstone. */
  results: (R | Tombstone)[];
  conflicts: R[];
  damaged: Damaged | null;
  newer: boolean;
  /** "Delete all" ran in another tab since this one read storage: its time. */
  cleared: number | null;
}

/** At most this many damaged copies are kept; beyond it, damaged keys are left as they are. */
export const MAX_COPIES = 10;

export const isTombstone = (x: Timed | Tombstone): x is Tombstone => "deletedAt" in x;

const when = (x: Timed | Tombstone) => (isTombstone(x) ? x.deletedAt : x.updatedAt);

export class RecordStore<R extends Timed> {
  readonly key: string;
  readonly recordPrefix: string;
  readonly damagedPrefix: string;
  /** The cleared-at time this tab has seen; records older than it are gone. */
  seenCleared = 0;

  constructor(
    readonly def: RecordStoreDef<R>,
    readonly getStorage: () => StorageLike = browserStorage,
    readonly now: () => number = Date.now,
  ) {
    this.key = `${SITE_PREFIX}${def.name}`;
    this.recordPrefix = `${this.key}:r:`;
    this.damagedPrefix = `${this.key}:damaged:`;
  }

  /** Reads one stored value (a record key's text). */
  parse(raw: string): Slot<R> {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { kind: "damaged", reason: "not-json", problems: [] };
    }
    const o = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
    const v = Object.hasOwn(o, "v") ? o.v : undefined;
    if (typeof v === "number" && v > this.def.version) return { kind: "newer" };
    if (v === this.def.version) {
      const deletedAt = Object.hasOwn(o, "deletedAt") ? o.deletedAt : undefined;
      const id = Object.hasOwn(o, "id") ? o.id : undefined;
      if (typeof deletedAt === "number" && typeof id === "string")
        return { kind: "deleted", tomb: { id, deletedAt } };
      const problems: string[] = [];
      const record = Object.hasOwn(o, "r") ? this.def.read(o.r, problems) : null;
      if (record) return { kind: "record", record, problems };
      return { kind: "damaged", reason: "wrong-shape", problems };
    }
    return { kind: "damaged", reason: "wrong-shape", problems: [] };
  }

  serialize(x: R | Tombstone): string {
    const { version: v } = this.def;
    return JSON.stringify(isTombstone(x) ? { v, id: x.id, deletedAt: x.deletedAt } : { v, r: x });
  }

  /**
   * Keeps a copy of damaged text, once: the same text already kept is not
   * copied again. Throws (as full) when MAX_COPIES are kept already, and
   * whatever the storage throws.
   */
  keepCopy(s: StorageLike, raw: string, prefix = this.damagedPrefix): string {
    const keys = keysWith(s, prefix);
    for (const key of keys) if (s.getItem(key) === raw) return key;
    if (prefix === this.damagedPrefix && keys.length >= MAX_COPIES)
      throw new DOMException("Too many damaged copies are kept.", "QuotaExceededError");
    const base =
      prefix === this.damagedPrefix ? `${prefix}${new Date(this.now()).toISOString()}` : prefix;
    let key = base;
    for (let n = 2; s.getItem(key) !== null; n++) key = `${base}#${n}`;
    s.setItem(key, raw);
    return key;
  }

  /** Damaged text found in `raw`: a copy is kept, or (throwing) none could be. */
  private secure(s: StorageLike, raw: string, slot: Slot<R>, out: { damaged: Damaged | null }) {
    const partly = slot.kind === "record" && slot.problems.length > 0;
    if (slot.kind !== "damaged" && !partly) return;
    const damaged: Damaged = {
      raw,
      backupKey: null,
      reason: slot.kind === "damaged" ? slot.reason : "partly",
      problems: slot.kind === "damaged" || slot.kind === "record" ? slot.problems : [],
    };
    out.damaged = damaged;
    damaged.backupKey = this.keepCopy(s, raw);
  }

  /** Reads every record. Damaged ones are copied first; a key whose copy failed is left alone. */
  load(): Loaded<R> {
    const out: Loaded<R> = { records: [], deleted: [], damaged: null, trouble: null, newer: false };
    let s: StorageLike;
    try {
      s = this.getStorage();
      this.seenCleared = clearedAt(s);
      for (const key of keysWith(s, this.recordPrefix)) {
        const raw = s.getItem(key) ?? "";
        const slot = this.parse(raw);
        try {
          this.secure(s, raw, slot, out);
        } catch (e) {
          out.trouble = classifyError(e);
        }
        if (slot.kind === "newer") out.newer = true;
        else if (slot.kind === "deleted") out.deleted.push(slot.tomb);
        else if (slot.kind === "record" && slot.record.updatedAt > this.seenCleared)
          out.records.push(slot.record);
      }
    } catch (e) {
      out.trouble = classifyError(e);
    }
    return out;
  }

  /**
   * Writes these records and tombstones, each merged with what is stored
   * under its key first. `edited` and `base` (by id) go to the feature's merge.
   */
  write(
    items: Iterable<R | Tombstone>,
    edited?: ReadonlyMap<string, ReadonlySet<string>>,
    base?: ReadonlyMap<string, Partial<R>>,
  ): Written<R> {
    const out: Written<R> = {
      ok: true,
      trouble: null,
      results: [],
      conflicts: [],
      damaged: null,
      newer: false,
      cleared: null,
    };
    let s: StorageLike;
    try {
      s = this.getStorage();
      const cleared = clearedAt(s);
      if (cleared > this.seenCleared) {
        out.cleared = cleared;
        return out;
      }
    } catch (e) {
      return { ...out, ok: false, trouble: classifyError(e) };
    }
    for (const mine of items) {
      try {
        const key = this.recordPrefix + mine.id;
        const raw = s.getItem(key);
        const slot = raw === null ? null : this.parse(raw);
        if (slot?.kind === "newer") {
          out.newer = true;
          continue;
        }
        if (raw !== null && slot) this.secure(s, raw, slot, out);
        const theirs =
          slot?.kind === "record" ? slot.record : slot?.kind === "deleted" ? slot.tomb : null;
        const { record, conflict } = this.merge(
          mine,
          theirs,
          edited?.get(mine.id),
          base?.get(mine.id),
        );
        const text = this.serialize(record);
        if (text !== raw) s.setItem(key, text);
        if (conflict) {
          s.setItem(this.recordPrefix + conflict.id, this.serialize(conflict));
          out.conflicts.push(conflict);
        }
        out.results.push(record);
      } catch (e) {
        out.ok = false;
        out.trouble = classifyError(e);
        out.results.push(mine);
      }
    }
    if (out.newer) out.ok = false;
    return out;
  }

  /** Two versions of one id, record or tombstone: the newer wins; records merge. */
  merge(
    mine: R | Tombstone,
    theirs: R | Tombstone | null,
    edited?: ReadonlySet<string>,
    base?: Partial<R>,
  ): { record: R | Tombstone; conflict?: R | undefined } {
    if (!theirs) return { record: mine };
    if (!isTombstone(mine) && !isTombstone(theirs))
      return this.def.merge(mine as R, theirs as R, edited, base);
    // A change after a deletion wins over it (an undo, or words typed in another tab).
    return { record: when(mine) >= when(theirs) ? mine : theirs };
  }

  /**
   * What a `storage` event means for this store: a record or tombstone that
   * changed, "cleared" after "Delete all", or null (not ours, or not readable
   * yet: damaged text is dealt with at the next write).
   */
  changed(key: string | null, newValue: string | null): R | Tombstone | "cleared" | null {
    if (key === null || (key === CLEARED_KEY && newValue !== null)) return "cleared";
    if (newValue === null || !key.startsWith(this.recordPrefix)) return null;
    const slot = this.parse(newValue);
    if (slot.kind === "record" && slot.problems.length === 0) return slot.record;
    return slot.kind === "deleted" ? slot.tomb : null;
  }

  /** Copies of damaged data kept on this device, oldest first. */
  damagedCopies(): { key: string; raw: string }[] {
    try {
      const s = this.getStorage();
      return keysWith(s, this.damagedPrefix)
        .sort()
        .map((key) => ({ key, raw: s.getItem(key) ?? "" }));
    } catch {
      return [];
    }
  }
}
