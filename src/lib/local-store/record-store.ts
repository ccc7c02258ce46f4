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
 * - Every write reads the stored record first and merges it (merge.ts: the
 *   newest version, the fields edited here laid over it, and a conflict copy
 *   when two windows or an import changed the same words). Each stored
 *   record says which version it was merged against (`s`), so a tab can tell
 *   a write that saw its own from one made on a stale read.
 * - A record from a newer version of the site makes the store read-only: it
 *   is never written over, and nothing more is written until a reload.
 * - "Delete all my data" leaves a cleared-at time (storage.ts); a write that
 *   finds a newer one stops, so no tab writes deleted words back.
 * - Blocked or full storage is reported (a Trouble), never thrown.
 */
import { field, type Mergeable, type Merged, mergeFields, sameValue, type Timed } from "./merge";
import { CLEARED_KEY, classifyError, clearedAt, keysWith, type Trouble } from "./site-data";
import { browserStorage, SITE_PREFIX, type StorageLike } from "./storage";

export type { Merged, Timed } from "./merge";

export interface Tombstone {
  id: string;
  deletedAt: number;
}

/** What a feature declares to get a store. */
export interface RecordStoreDef<R extends Timed> {
  /** Its keys start with `bounce-back:<name>:`. */
  name: string;
  /** The record format this code writes; a stored record with a higher one is left alone. */
  version: number;
  /** Validates a stored record: null if unreadable; each repair is pushed to `problems`. */
  read(value: unknown, problems: string[]): R | null;
}

/**
 * Fields this tab wrote in its last save of a record, which no stored version
 * has acknowledged yet (`at`: the time that save gave the record; `base`: the
 * fields' values before). A stored version that was merged against an older
 * one did not see them, so they still count as edited here.
 */
export interface Unacked<R> {
  at: number;
  /**
   * Each save of the record that no stored version has acknowledged yet,
   * oldest first: its time, its fields and their values before it. Kept
   * apart, so a version that saw an earlier save (merged against it, `seen`)
   * leaves only the later saves' fields as edited here, against their own
   * values before (issue 20: a tab that loaded after this tab's first save
   * and then changed another field made a false conflict copy, its field lost).
   */
  saves: readonly UnackedSave<R>[];
  /** The record as the last save wrote it. */
  wrote: R;
}

export interface UnackedSave<R> {
  at: number;
  fields: ReadonlySet<string>;
  base: Readonly<Partial<R>>;
}

/**
 * The fields this tab saved that a version merged against `seen` did not
 * see, and their values before this tab's first such save.
 */
export function pending<R>(
  u: Unacked<R>,
  seen: number,
): { fields: ReadonlySet<string>; base: Partial<R> } {
  const later = u.saves.filter((s) => s.at > seen);
  return {
    fields: new Set(later.flatMap((s) => [...s.fields])),
    // The earliest value before wins: a later save's "before" is this tab's own earlier words.
    base: Object.assign({}, ...later.map((s) => s.base).reverse()),
  };
}

/**
 * True when `r` (a stored or incoming version, merged against the version
 * `seen`) carries this tab's unacked fields: it was merged against them, or
 * holds each one as this tab wrote it. Never by its time alone: two tabs
 * that save in the same millisecond give their versions the same time, and
 * the other tab's version, merged on a stale read, does not hold these words
 * (issue 20).
 */
export function carries<R extends Timed>(r: R, seen: number, u: Unacked<R>): boolean {
  if (seen >= u.at) return true;
  return [...pending(u, seen).fields].every((f) => sameValue(field(r, f), field(u.wrote, f)));
}

export type Slot<R> =
  | { kind: "record"; record: R; problems: string[]; seen: number }
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

/**
 * At most this many damaged copies are kept per store; beyond it, damaged
 * keys are left as they are (never written over), which is not "storage full".
 */
export const MAX_COPIES = 10;

/** A change another tab made: the record or tombstone, and the version it was merged against. */
export interface Change<R> {
  item: R | Tombstone;
  seen: number;
}

/**
 * The fields a write must treat as edited here: those typed since the last
 * save and, when the stored version did not see this tab's last save of
 * them (it was merged against an older version), those too.
 */
function withUnacked<R extends Timed>(
  edited: ReadonlySet<string> | undefined,
  base: Partial<R> | undefined,
  stored: { record: R; seen: number } | null,
  unacked: Unacked<R> | undefined,
): [ReadonlySet<string> | undefined, Partial<R> | undefined] {
  if (!unacked || !stored || carries(stored.record, stored.seen, unacked)) return [edited, base];
  const mine = pending(unacked, stored.seen);
  return [new Set([...mine.fields, ...(edited ?? [])]), { ...base, ...mine.base }];
}

export const isTombstone = (x: Timed | Tombstone): x is Tombstone => "deletedAt" in x;

const when = (x: Timed | Tombstone) => (isTombstone(x) ? x.deletedAt : x.updatedAt);

export class RecordStore<R extends Timed = Mergeable> {
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
      const seen = Object.hasOwn(o, "s") && typeof o.s === "number" ? o.s : 0;
      if (record) return { kind: "record", record, problems, seen };
      return { kind: "damaged", reason: "wrong-shape", problems };
    }
    return { kind: "damaged", reason: "wrong-shape", problems: [] };
  }

  /** A record's stored text; `seen`: the time of the stored version it was merged against. */
  serialize(x: R | Tombstone, seen = 0): string {
    const { version: v } = this.def;
    if (isTombstone(x)) return JSON.stringify({ v, id: x.id, deletedAt: x.deletedAt });
    return JSON.stringify(seen ? { v, r: x, s: seen } : { v, r: x });
  }

  /** The damaged copies kept, by their text: read once per load or write. */
  private copies(s: StorageLike, cache: { copies?: Map<string, string> }): Map<string, string> {
    if (!cache.copies) {
      cache.copies = new Map();
      for (const key of keysWith(s, this.damagedPrefix))
        cache.copies.set(s.getItem(key) ?? "", key);
    }
    return cache.copies;
  }

  /**
   * Keeps a copy of damaged text, once: the same text already kept is not
   * copied again. Returns its key, or null when MAX_COPIES are kept already
   * (the damaged key is then left as it is). Throws what the storage throws.
   */
  keepCopy(
    s: StorageLike,
    raw: string,
    cache: { copies?: Map<string, string> } = {},
  ): string | null {
    const copies = this.copies(s, cache);
    const kept = copies.get(raw);
    if (kept !== undefined) return kept;
    if (copies.size >= MAX_COPIES) return null;
    const base = `${this.damagedPrefix}${new Date(this.now()).toISOString()}`;
    let key = base;
    for (let n = 2; s.getItem(key) !== null; n++) key = `${base}#${n}`;
    s.setItem(key, raw);
    copies.set(raw, key);
    return key;
  }

  /**
   * Damaged text found in `raw`: a copy is kept. Returns false when the key
   * holds damaged text of which no copy could be kept, so it must not be
   * written over. Throws what the storage throws.
   */
  private secure(
    s: StorageLike,
    raw: string,
    slot: Slot<R>,
    out: { damaged: Damaged | null },
    cache: { copies?: Map<string, string> },
  ): boolean {
    const partly = slot.kind === "record" && slot.problems.length > 0;
    if (slot.kind !== "damaged" && !partly) return true;
    const damaged: Damaged = {
      raw,
      backupKey: null,
      reason: slot.kind === "damaged" ? slot.reason : "partly",
      problems: slot.kind === "damaged" || slot.kind === "record" ? slot.problems : [],
    };
    out.damaged = damaged;
    damaged.backupKey = this.keepCopy(s, raw, cache);
    return damaged.backupKey !== null;
  }

  /** Reads every record. Damaged ones are copied first; a key whose copy failed is left alone. */
  load(): Loaded<R> {
    const out: Loaded<R> = { records: [], deleted: [], damaged: null, trouble: null, newer: false };
    let s: StorageLike;
    const cache = {};
    try {
      s = this.getStorage();
      this.seenCleared = clearedAt(s);
      for (const key of keysWith(s, this.recordPrefix)) {
        const raw = s.getItem(key) ?? "";
        const slot = this.parse(raw);
        try {
          this.secure(s, raw, slot, out, cache);
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

  /** For a session (src/lib/local-store/session.ts): the same as load(). */
  open(): Loaded<R> {
    return this.load();
  }

  /**
   * Writes these records and tombstones, each merged with what is stored
   * under its key first. `edited` and `base` (by id) go to the merge; so do
   * the `unacked` fields of a record whose stored version did not see them.
   */
  write(
    items: Iterable<R | Tombstone>,
    edited?: ReadonlyMap<string, ReadonlySet<string>>,
    base?: ReadonlyMap<string, Partial<R>>,
    unacked?: ReadonlyMap<string, Unacked<R>>,
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
    const cache = {};
    for (const mine of items) {
      try {
        const key = this.recordPrefix + mine.id;
        const raw = s.getItem(key);
        const slot = raw === null ? null : this.parse(raw);
        if (slot?.kind === "newer") {
          out.newer = true;
          continue;
        }
        if (raw !== null && slot && !this.secure(s, raw, slot, out, cache)) {
          // Damaged text that could not be copied stays where it is.
          out.ok = false;
          out.results.push(mine);
          continue;
        }
        const theirs =
          slot?.kind === "record" ? slot.record : slot?.kind === "deleted" ? slot.tomb : null;
        const [fields, before] = withUnacked(
          edited?.get(mine.id),
          base?.get(mine.id),
          slot?.kind === "record" ? slot : null,
          unacked?.get(mine.id),
        );
        const { record, conflict } = this.merge(mine, theirs, fields, before);
        const text = this.serialize(record, theirs && !isTombstone(theirs) ? theirs.updatedAt : 0);
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
    if (!isTombstone(mine) && !isTombstone(theirs)) {
      const merged = mergeFields(
        mine as Mergeable & R,
        theirs as Mergeable & R,
        edited,
        base as Readonly<Record<string, unknown>> | undefined,
      );
      return merged as unknown as Merged<R>;
    }
    // A change after a deletion wins over it (an undo, or words typed in another tab).
    return { record: when(mine) >= when(theirs) ? mine : theirs };
  }

  /**
   * What a `storage` event means for this store: a record (with the time of
   * the version it was merged against) or tombstone that changed, "cleared"
   * after "Delete all", or null (not ours, or not readable yet: damaged text
   * is dealt with at the next write).
   */
  changed(key: string | null, newValue: string | null): Change<R> | "cleared" | null {
    if (key === null || (key === CLEARED_KEY && newValue !== null)) return "cleared";
    if (newValue === null || !key.startsWith(this.recordPrefix)) return null;
    const slot = this.parse(newValue);
    if (slot.kind === "record" && slot.problems.length === 0)
      return { item: slot.record, seen: slot.seen };
    return slot.kind === "deleted" ? { item: slot.tomb, seen: 0 } : null;
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
