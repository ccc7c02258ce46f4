/**
 * The one controller every private tool uses (the worksheet, the writing
 * exercises, plans, the application log), apart from any UI: records newest
 * first, one of them open; edit with a debounced autosave; add; delete with
 * Undo; import with Undo; conflict copies to compare and keep or discard;
 * "Delete all"; and changes that arrive from other tabs. The store
 * (record-store.ts) keeps each record under its own key; merge.ts decides
 * what two versions of a record become, so no tab loses words it has not
 * seen. Unit tests drive two sessions over one fake storage, like two tabs.
 */
import { noteSaved } from "./backup-status";
import { clearSiteData } from "./delete-all";
import {
  field,
  type Mergeable,
  type Merged,
  mergeConcurrent,
  newer,
  sameContent,
  sameValue,
  setField,
} from "./merge";
import { askSilently } from "./persist";
import {
  type Change,
  carries,
  type Damaged,
  isTombstone,
  type Loaded,
  pending,
  type RecordStoreDef,
  type Tombstone,
  type Unacked,
  type Written,
} from "./record-store";
import type { Trouble } from "./site-data";
import type { StorageLike } from "./storage";

export type SaveState = "saved" | "pending" | "unsaved";

/** What several sessions on one view show together: "unsaved" over "pending" over "saved". */
export function worstSave(states: readonly SaveState[]): SaveState {
  return states.includes("unsaved") ? "unsaved" : states.includes("pending") ? "pending" : "saved";
}

export interface SessionState<R> {
  /** Newest first (by last change). */
  records: R[];
  /** Deleted records remembered, so that no tab brings them back. */
  deleted: Tombstone[];
  /** The record open (tools that show one at a time), or "". */
  currentId: string;
  save: SaveState;
  trouble: Trouble | null;
  damaged: Damaged | null;
  /** Saved by a newer version of the site: everything shows, nothing is written. */
  readOnly: boolean;
  /** The record deleted last, which Undo brings back (until the next action or UNDO_TIME). */
  undo: R | null;
  /** True while the last import can be undone. */
  importUndo: boolean;
  /** A plain message: something that happened in another tab, or a conflict copy. */
  notice: string | null;
}

/** What a session needs of its store: RecordStore, or a feature's store built on one. */
export interface SessionStore<R extends Mergeable> {
  readonly def: RecordStoreDef<R>;
  readonly getStorage: () => StorageLike;
  seenCleared: number;
  /** Every record and tombstone stored. */
  open(): Loaded<R>;
  write(
    items: Iterable<R | Tombstone>,
    edited?: ReadonlyMap<string, ReadonlySet<string>>,
    base?: ReadonlyMap<string, Partial<R>>,
    unacked?: ReadonlyMap<string, Unacked<R>>,
  ): Written<R>;
  changed(key: string | null, newValue: string | null): Change<R> | "cleared" | null;
  /** Copies of damaged data kept on this device, oldest first. */
  damagedCopies(): { key: string; raw: string }[];
}

/** For tools that always show one record: how to make a blank one, and tell it is blank. */
export interface RecordKind<R> {
  blank(now: number): R;
  isBlank(r: R): boolean;
}

export interface SessionOptions<R> {
  /** A new blank record to open when there is none (tools that always show one). */
  blank?: ((now: number) => R) | undefined;
  /** Nothing written in it yet: an untouched blank is never saved. */
  isBlank?: ((r: R) => boolean) | undefined;
  now?: (() => number) | undefined;
  /** Shown when "Delete all" ran in another tab. */
  clearedNotice?: string | undefined;
  /** Shown when the record open here was deleted in another tab. */
  deletedNotice?: string | undefined;
  /** After each save that wrote words (default: remember it for the backup reminder, and ask the browser to keep storage). */
  saved?: ((first: boolean) => void) | undefined;
}

/** What an import did, in numbers the view can say honestly. */
export interface ImportResult {
  added: number;
  /** Records the backup had newer: the backup's words in place, this device's kept as a copy. */
  updated: number;
  /** Already here, the same or newer: left as they are. */
  unchanged: number;
}

/** The import's outcome in a sentence; `one` and `many`: "letter", "letters". */
export function importSummary(r: ImportResult, one: string, many: string): string {
  const n = (k: number) => `${k} ${k === 1 ? one : many}`;
  if (r.added + r.updated === 0)
    return "Everything in the file is here already: nothing was changed.";
  const parts: string[] = [];
  if (r.added) parts.push(`${n(r.added)} added from the backup`);
  if (r.updated)
    parts.push(
      `${n(r.updated)} brought up to date from the backup, with what this browser held kept beside ${r.updated === 1 ? "it" : "them"} as a copy to compare`,
    );
  if (r.unchanged)
    parts.push(
      `${n(r.unchanged)} already here left as ${r.unchanged === 1 ? "it was" : "they were"}`,
    );
  return `${parts.join("; ")}.`;
}

export const SAVE_DELAY = 400;
export const UNDO_TIME = 60_000;
/** How long a tab keeps checking that its last save was seen by the next writer. */
const ACK_TIME = 10_000;

export const CONFLICT =
  "The same words were changed in two places at once. Both versions are kept: look for the copy marked “Copy” in your list.";
export const CLEARED_ELSEWHERE = "Everything was deleted in another tab or window.";
export const DELETED_ELSEWHERE = "The one you had open was deleted in another tab or window.";

export const newestFirst = <R extends Mergeable>(list: Iterable<R>): R[] =>
  [...list].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));

/** Remembers each save for the backup reminder and, once a visit, asks the browser to keep storage. */
export function keepSafe(getStorage: () => StorageLike): (first: boolean) => void {
  const get = (k: string) => {
    try {
      return getStorage().getItem(k);
    } catch {
      return null;
    }
  };
  const set = (k: string, v: string | null) => {
    try {
      if (v === null) getStorage().removeItem(k);
      else getStorage().setItem(k, v);
      return true;
    } catch {
      return false;
    }
  };
  return (first) => {
    noteSaved(Date.now(), get, set);
    if (first) askSilently().catch(() => undefined);
  };
}

type Patch<R> = Partial<Omit<R, "id" | "updatedAt">>;

export class RecordSession<R extends Mergeable> {
  state: SessionState<R>;
  readonly now: () => number;
  private readonly listeners = new Set<(s: SessionState<R>) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ids changed here and not yet saved. */
  private dirty = new Set<string>();
  private tombs = new Map<string, Tombstone>();
  /** Fields edited here since the last save, and their values before. */
  private touched = new Map<string, Set<string>>();
  private base = new Map<string, Partial<R>>();
  /** Fields this tab saved that no other tab's write has shown it saw yet. */
  private unacked = new Map<string, Unacked<R> & { until: number }>();
  /** The blank record opened for a first visit; saved once someone writes in it. */
  private phantom: string | null = null;
  /** What the last import replaced (null: it added the record) and the times it wrote. */
  private imported: { before: Map<string, R | null>; after: Map<string, number> } | null = null;
  private savedOnce = false;

  constructor(
    readonly store: SessionStore<R>,
    readonly options: SessionOptions<R> = {},
  ) {
    this.now = options.now ?? Date.now;
    const loaded = store.open();
    for (const t of loaded.deleted) this.tombs.set(t.id, t);
    const records = newestFirst(loaded.records.filter((r) => !this.isGone(r)));
    this.state = {
      records,
      deleted: loaded.deleted,
      currentId: "",
      save: loaded.trouble ? "unsaved" : "saved",
      trouble: loaded.trouble,
      damaged: loaded.damaged,
      readOnly: loaded.newer,
      undo: null,
      importUndo: false,
      notice: null,
    };
    this.state = { ...this.state, ...this.opened(records) };
  }

  subscribe(fn: (s: SessionState<R>) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  protected set(patch: Partial<SessionState<R>>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  find(id: string): R | undefined {
    return this.state.records.find((r) => r.id === id);
  }

  current(): R | undefined {
    return this.find(this.state.currentId);
  }

  private isBlank(r: R): boolean {
    return this.options.isBlank?.(r) ?? false;
  }

  private isGone(r: R): boolean {
    const t = this.tombs.get(r.id);
    return t !== undefined && t.deletedAt >= r.updatedAt;
  }

  /** The records someone wrote in (an untouched blank is left out). */
  written(): R[] {
    return this.state.records.filter((r) => !(r.id === this.phantom && this.isBlank(r)));
  }

  /** Keeps `id` open if it is there; else the newest record, or (with `blank`) a new blank one. */
  private opened(records: R[], id = this.state?.currentId ?? "") {
    const deleted = [...this.tombs.values()];
    if (id && records.some((r) => r.id === id)) return { records, deleted, currentId: id };
    const first = records[0];
    if (first || !this.options.blank) return { records, deleted, currentId: first?.id ?? "" };
    const blank = this.options.blank(this.now());
    this.phantom = blank.id;
    return { records: [blank, ...records], deleted, currentId: blank.id };
  }

  /** Any new action ends the chance to undo the last delete or import. */
  private endUndo(): Partial<SessionState<R>> {
    clearTimeout(this.undoTimer);
    this.imported = null;
    return { undo: null, importUndo: false };
  }

  private offerUndo(): void {
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.set(this.endUndo()), UNDO_TIME);
  }

  select(id: string): void {
    if (this.find(id)) this.set({ ...this.endUndo(), currentId: id, notice: null });
  }

  private schedule(ids: Iterable<string>): void {
    for (const id of ids) this.dirty.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
    if (this.state.save !== "pending") this.set({ save: "pending" });
  }

  /** Changes fields of a record; it is saved shortly after the last change. */
  edit(id: string, patch: Patch<R>): void {
    const r = this.find(id);
    if (this.state.readOnly || !r) return;
    if (id === this.phantom) this.phantom = null;
    const fields = this.touched.get(id) ?? new Set<string>();
    const base = this.base.get(id) ?? {};
    for (const f of changedFields(r, patch)) {
      if (!fields.has(f)) Object.assign(base, { [f]: field(r, f) });
      fields.add(f);
    }
    this.touched.set(id, fields);
    this.base.set(id, base);
    // Always newer than before, even if the clock went back.
    const next = { ...r, ...patch, updatedAt: Math.max(this.now(), r.updatedAt + 1) } as R;
    this.set({
      ...(this.state.undo || this.state.importUndo ? this.endUndo() : {}),
      records: newestFirst(this.state.records.map((x) => (x === r ? next : x))),
    });
    this.schedule([id]);
  }

  /** Changes fields and saves at once (a rename, a tick). */
  editNow(id: string, patch: Patch<R>): void {
    this.edit(id, patch);
    this.flush();
  }

  /** Starts a new blank record and opens it (saved once written in). */
  create(): R {
    const make = this.options.blank;
    if (!make) throw new Error("This tool makes no blank records: use add().");
    this.flush();
    const old = this.phantom && this.find(this.phantom);
    const records = this.state.records.filter((r) => r !== old || !this.isBlank(r));
    const blank = make(this.now());
    this.phantom = blank.id;
    this.set({
      ...this.endUndo(),
      notice: null,
      records: [blank, ...records],
      currentId: blank.id,
    });
    return blank;
  }

  /** Adds a record and saves it straight away. */
  add(record: R): void {
    if (this.state.readOnly) return;
    this.touched.set(
      record.id,
      new Set(Object.keys(record).filter((k) => k !== "id" && k !== "updatedAt")),
    );
    this.base.set(record.id, {});
    this.set({
      ...this.endUndo(),
      notice: null,
      records: newestFirst([record, ...this.state.records]),
    });
    this.schedule([record.id]);
    this.flush();
  }

  /** Saves now whatever changed (also on pagehide and when the tab is hidden). */
  flush(): void {
    clearTimeout(this.timer);
    if (this.state.readOnly || (this.dirty.size === 0 && this.state.save !== "unsaved")) {
      if (this.state.save === "pending") this.set({ save: "saved" });
      return;
    }
    const all = this.state.save === "unsaved";
    const items: (R | Tombstone)[] = [];
    for (const r of this.state.records)
      if ((all || this.dirty.has(r.id)) && !(r.id === this.phantom && this.isBlank(r)))
        items.push(r);
    for (const t of this.tombs.values()) if (this.dirty.has(t.id)) items.push(t);
    const now = this.now();
    for (const [id, u] of this.unacked) if (u.until < now) this.unacked.delete(id);
    const touched = this.touched;
    const base = this.base;
    const w = this.store.write(items, touched, base, this.unacked);
    if (w.cleared !== null) this.clearedElsewhere(w.cleared);
    else this.adopt(w, touched, base, now);
  }

  /** Takes what a save wrote: the merged records, tombstones and any conflict copies. */
  private adopt(
    w: Written<R>,
    touched: Map<string, Set<string>>,
    base: Map<string, Partial<R>>,
    now: number,
  ): void {
    const ok = w.ok && w.cleared === null;
    if (ok) {
      for (const x of w.results) {
        if (isTombstone(x)) continue;
        const fields = touched.get(x.id);
        const before = this.unacked.get(x.id);
        // A later save of the record carries what the earlier one wrote.
        if (before) {
          before.at = x.updatedAt;
          before.wrote = x;
        }
        if (fields?.size)
          this.unacked.set(x.id, {
            at: x.updatedAt,
            saves: [
              ...(before?.saves ?? []),
              {
                at: x.updatedAt,
                fields: new Set(fields),
                base: { ...base.get(x.id) } as Partial<R>,
              },
            ],
            wrote: x,
            until: now + ACK_TIME,
          });
      }
      this.dirty.clear();
      this.touched = new Map();
      this.base = new Map();
    }
    const byId = new Map(this.state.records.map((r) => [r.id, r]));
    for (const x of w.results) {
      if (isTombstone(x)) {
        byId.delete(x.id);
        this.tombs.set(x.id, x);
      } else byId.set(x.id, x);
    }
    for (const c of w.conflicts) byId.set(c.id, c);
    this.set({
      ...this.opened(newestFirst(byId.values())),
      save: ok ? "saved" : "unsaved",
      trouble: ok || w.newer ? null : w.trouble,
      damaged: w.damaged ?? this.state.damaged,
      readOnly: w.newer || this.state.readOnly,
      ...(w.conflicts.length ? { notice: CONFLICT } : {}),
    });
    if (ok && w.results.some((x) => !isTombstone(x))) {
      (this.options.saved ?? keepSafe(this.store.getStorage))(!this.savedOnce);
      this.savedOnce = true;
    }
  }

  /** Deletes a record (a tombstone, so other tabs drop it too), with Undo. */
  remove(id: string): void {
    const r = this.find(id);
    if (!r || this.state.readOnly) return;
    this.tombs.set(id, { id, deletedAt: Math.max(this.now(), r.updatedAt + 1) });
    this.touched.delete(id);
    this.base.delete(id);
    this.unacked.delete(id);
    const wasBlank = id === this.phantom && this.isBlank(r);
    this.set({
      ...this.endUndo(),
      ...this.opened(this.state.records.filter((x) => x !== r)),
      undo: r,
      notice: null,
    });
    this.offerUndo();
    if (wasBlank) return;
    this.schedule([id]);
    this.flush();
  }

  /**
   * Brings back the record deleted last. It is stamped just after its
   * deletion, not "now": if another tab wrote in it since, that newer text wins.
   */
  undoRemove(): void {
    const r = this.state.undo;
    if (!r) return;
    const at = this.tombs.get(r.id)?.deletedAt ?? r.updatedAt;
    this.tombs.delete(r.id);
    const back = { ...r, updatedAt: at + 1 };
    const records = this.state.records.filter(
      (x) => x.id !== r.id && !(x.id === this.phantom && this.isBlank(x)),
    );
    this.set({ ...this.endUndo(), ...this.opened(newestFirst([back, ...records]), r.id) });
    this.schedule([r.id]);
    this.flush();
  }

  /** Deletes every record of this tool (the site-wide "Delete all my data" is deleteAll). */
  removeAll(): boolean {
    if (this.state.readOnly) return false;
    const t = this.now();
    for (const r of this.written())
      this.tombs.set(r.id, { id: r.id, deletedAt: Math.max(t, r.updatedAt + 1) });
    const ids = this.written().map((r) => r.id);
    this.touched.clear();
    this.base.clear();
    this.unacked.clear();
    this.phantom = null;
    this.set({ ...this.endUndo(), ...this.opened([], ""), notice: null });
    this.schedule(ids);
    this.flush();
    return this.state.save === "saved";
  }

  /**
   * Adds records from a backup, by the one rule every tool follows: a record
   * not here is added (one deleted here is brought back, on purpose); one the
   * backup has newer and different takes its place, and this device's
   * version is kept as a conflict copy; one here the same or newer is left.
   * The import can be undone until the next action.
   */
  importRecords(list: Iterable<R>): ImportResult {
    const out: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    if (this.state.readOnly) return out;
    const now = this.now();
    const byId = new Map(this.written().map((r) => [r.id, r]));
    const before = new Map<string, R | null>();
    for (const r of list) {
      const here = byId.get(r.id);
      if (here && (here.updatedAt >= r.updatedAt || sameContent(here, r))) {
        out.unchanged++;
        continue;
      }
      const deletedAt = this.tombs.get(r.id)?.deletedAt;
      this.tombs.delete(r.id);
      const incoming =
        deletedAt !== undefined && r.updatedAt <= deletedAt
          ? { ...r, updatedAt: deletedAt + 1 }
          : r;
      byId.set(r.id, incoming);
      before.set(r.id, here ?? null);
      if (!here) out.added++;
      else {
        out.updated++;
        const copy = { ...here, id: `${r.id.slice(0, 48)}-i${now.toString(36)}`, copyOf: r.id };
        byId.set(copy.id, { ...copy, updatedAt: Math.max(now, here.updatedAt + 1) });
        before.set(copy.id, null);
      }
    }
    this.phantom = null;
    this.set({ ...this.endUndo(), notice: null, ...this.opened(newestFirst(byId.values())) });
    if (before.size === 0) return out;
    this.schedule(before.keys());
    this.flush();
    const after = new Map<string, number>();
    for (const r of this.state.records) if (before.has(r.id)) after.set(r.id, r.updatedAt);
    this.imported = { before, after };
    this.set({ importUndo: true });
    this.offerUndo();
    return out;
  }

  /**
   * Undoes the last import: each record it added or changed goes back to how
   * it was, unless it was changed again since (in any tab): newer words stay.
   * Returns how many were left because they had changed since.
   */
  undoImport(): number {
    const imported = this.imported;
    if (!imported) return 0;
    const now = this.now();
    let kept = 0;
    const records: R[] = [];
    const changed: string[] = [];
    for (const r of this.state.records) {
      const at = imported.after.get(r.id);
      const old = imported.before.get(r.id);
      if (at === undefined || old === undefined) records.push(r);
      else if (at !== r.updatedAt) {
        kept++;
        records.push(r);
      } else {
        changed.push(r.id);
        const stamp = Math.max(now, r.updatedAt + 1);
        if (old) records.push({ ...old, updatedAt: stamp });
        else this.tombs.set(r.id, { id: r.id, deletedAt: stamp });
      }
    }
    this.set({ ...this.endUndo(), ...this.opened(newestFirst(records)) });
    this.schedule(changed);
    this.flush();
    return kept;
  }

  /** Keeps a conflict copy as an ordinary record. */
  keepCopy(id: string): void {
    this.editNow(id, { copyOf: "" } as Patch<R>);
  }

  /** Empties the tool in memory, dropping any save still waiting; `keep` are saved again. */
  private reset(patch: Partial<SessionState<R>>, keep: R[] = []): void {
    clearTimeout(this.timer);
    this.dirty = new Set(keep.map((r) => r.id));
    this.tombs.clear();
    this.touched.clear();
    this.base.clear();
    this.unacked.clear();
    this.phantom = null;
    this.set({ ...this.endUndo(), damaged: null, ...patch, ...this.opened(newestFirst(keep), "") });
    if (keep.length) this.flush();
  }

  /**
   * "Delete all" ran in another tab: what this tab held from before then is
   * gone here too (never written back); words typed here since, and not yet
   * saved, are kept.
   */
  private clearedElsewhere(at: number): void {
    this.store.seenCleared = at;
    const keep = this.state.records.filter(
      (r) => this.dirty.has(r.id) && r.updatedAt > at && !this.isBlank(r),
    );
    const notice = this.options.clearedNotice ?? CLEARED_ELSEWHERE;
    this.reset({ save: "saved", trouble: null, notice }, keep);
  }

  /**
   * "Delete all my data": every key of this site, here and in memory. Blocked
   * storage holds nothing, so only a real failure keeps the words on screen.
   */
  deleteAll(): Trouble | null {
    const trouble = clearSiteData(this.store.getStorage, this.now);
    if (!trouble) this.store.seenCleared = this.now();
    if (trouble !== "failed")
      this.reset({ save: trouble ? "unsaved" : "saved", trouble, readOnly: false, notice: null });
    return trouble;
  }

  /** Handles a `storage` event: another tab's words merge without touching newer ones here. */
  external(key: string | null, newValue: string | null): void {
    const change = this.store.changed(key, newValue);
    if (change === null) return;
    if (change === "cleared") {
      this.clearedElsewhere(Number(newValue) || this.now());
      return;
    }
    const byId = new Map(this.state.records.map((r) => [r.id, r]));
    const { item } = change;
    if (isTombstone(item)) {
      const here = byId.get(item.id);
      if (here && item.deletedAt < here.updatedAt) return;
      this.tombs.set(item.id, item);
      this.unacked.delete(item.id);
      byId.delete(item.id);
    } else {
      const gone = this.tombs.get(item.id);
      if (gone && gone.deletedAt >= item.updatedAt) return;
      this.tombs.delete(item.id);
      const merged = this.mergeIncoming(byId.get(item.id), item, change.seen);
      byId.set(item.id, merged.record);
      if (merged.conflict) byId.set(merged.conflict.id, merged.conflict);
    }
    this.showExternal(byId, item);
  }

  /**
   * Another tab's version of a record meets this tab's. Fields typed here and
   * not yet saved stay. If that tab's write did not see this tab's last save
   * of the record (it read storage just before this tab's write reached it),
   * both are combined again here and saved, so neither tab's words are lost.
   */
  private mergeIncoming(here: R | undefined, theirs: R, seen: number): Merged<R> {
    if (!here) return { record: theirs };
    const u = this.unacked.get(theirs.id);
    if (u && carries(theirs, seen, u)) this.unacked.delete(theirs.id);
    const fields = this.touched.get(theirs.id);
    if (u && this.unacked.has(theirs.id)) {
      // A write made on a stale read: combined the same way in every tab.
      const mine = pending(u, seen);
      const merged = mergeConcurrent(
        here,
        mine.fields,
        mine.base as Record<string, unknown>,
        theirs,
      );
      this.unacked.delete(theirs.id);
      for (const f of fields ?? []) setField(merged.record, f, field(here, f));
      if (!sameContent(merged.record, theirs) || merged.conflict)
        this.schedule([theirs.id, ...(merged.conflict ? [merged.conflict.id] : [])]);
      if (merged.conflict) this.set({ notice: CONFLICT });
      return merged;
    }
    if (!fields?.size) {
      const kept = newer(here, theirs);
      // An older version saved over this one (a save on a stale read): this tab writes it back.
      if (kept === here && !sameContent(here, theirs)) this.schedule([here.id]);
      return { record: kept };
    }
    const out = { ...theirs, updatedAt: Math.max(here.updatedAt, theirs.updatedAt) };
    for (const f of fields) setField(out, f, field(here, f));
    return { record: sameValue(out, here) ? here : out };
  }

  private showExternal(byId: Map<string, R>, item: R | Tombstone): void {
    // An untouched blank open here gives way to words that arrive from another tab.
    const blank = this.phantom ? byId.get(this.phantom) : undefined;
    if (blank && blank.id === this.state.currentId && this.isBlank(blank) && !isTombstone(item)) {
      byId.delete(blank.id);
      this.phantom = null;
      this.set(this.opened(newestFirst(byId.values()), item.id));
      return;
    }
    const lost = this.state.currentId !== "" && !byId.has(this.state.currentId);
    this.set({
      ...this.opened(newestFirst(byId.values())),
      ...(lost ? { notice: this.options.deletedNotice ?? DELETED_ELSEWHERE } : {}),
    });
  }
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The fields a patch changes: a field's name or, for an object field (a kind
 * letter's steps), "name.part" for each part that changed, so two tabs
 * writing in different parts do not clash.
 */
function changedFields<R>(r: R, patch: object): string[] {
  const out: string[] = [];
  for (const [f, v] of Object.entries(patch)) {
    const now = (r as Record<string, unknown>)[f] ?? {};
    if (!isPlain(v) || !isPlain(now)) out.push(f);
    else
      for (const k of new Set([...Object.keys(v), ...Object.keys(now)]))
        if (!sameValue(v[k], now[k])) out.push(`${f}.${k}`);
  }
  return out;
}
