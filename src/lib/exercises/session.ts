/**
 * The controller every exercise shares, apart from any UI: several records,
 * newest first; edit with a debounced autosave; rename; delete with undo;
 * import from a backup; "Delete all"; changes from other tabs. It keeps
 * nothing of its own in storage: the RecordStore (src/lib/local-store) gives
 * it reload, two tabs, damaged, blocked and full storage and read-only data
 * from a newer version. Unit tests drive two sessions over one fake storage.
 */
import {
  type Damaged,
  isTombstone,
  type RecordStore,
  type Tombstone,
  type Written,
} from "../local-store/record-store";
import type { Trouble } from "../local-store/site-data";
import type { ExerciseRecord } from "./record";

export type SaveState = "saved" | "pending" | "unsaved";

export interface ExerciseState<R> {
  /** Newest first (by last change). */
  records: R[];
  currentId: string;
  save: SaveState;
  trouble: Trouble | null;
  damaged: Damaged | null;
  readOnly: boolean;
  /** The record deleted last, which Undo brings back (until the next action or UNDO_TIME). */
  undo: R | null;
  /** News from another tab, or about a conflict copy. */
  notice: string | null;
}

export interface ExerciseKind<R extends ExerciseRecord> {
  blank(now: number): R;
  /** Nothing written in it yet: a blank record is not saved. */
  isBlank(r: R): boolean;
}

export const SAVE_DELAY = 400;
export const UNDO_TIME = 60_000;
export const CLEARED_ELSEWHERE = "Everything was deleted in another tab or window.";
export const CONFLICT =
  "The same words were changed in two places at once. Both versions are kept: look for the copy in your list.";

export const newestFirst = <R extends ExerciseRecord>(list: Iterable<R>) =>
  [...list].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));

export class ExerciseSession<R extends ExerciseRecord> {
  state: ExerciseState<R>;
  private readonly listeners = new Set<(s: ExerciseState<R>) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal (for data.ts) */ dirty = new Set<string>();
  /** @internal */ deleted = new Map<string, Tombstone>();
  private touched = new Map<string, Set<string>>();
  private base = new Map<string, Partial<R>>();
  /** The blank record opened on a first visit; saved once someone writes in it. */
  /** @internal */ phantom: string | null = null;

  constructor(
    readonly store: RecordStore<R>,
    readonly kind: ExerciseKind<R>,
    readonly now: () => number = Date.now,
  ) {
    const loaded = store.load();
    for (const t of loaded.deleted) this.deleted.set(t.id, t);
    const records = newestFirst(loaded.records.filter((r) => !this.isGone(r)));
    this.state = {
      records,
      currentId: "",
      save: loaded.trouble ? "unsaved" : "saved",
      trouble: loaded.trouble,
      damaged: loaded.damaged,
      readOnly: loaded.newer,
      undo: null,
      notice: null,
    };
    this.state = { ...this.state, ...this.opened(records) };
  }

  private isGone(r: R): boolean {
    const t = this.deleted.get(r.id);
    return t !== undefined && t.deletedAt >= r.updatedAt;
  }

  /** Opens the newest record, or a new blank one. */
  /** @internal */ opened(
    records: R[],
    id?: string,
  ): Pick<ExerciseState<R>, "records" | "currentId"> {
    if (id && records.some((r) => r.id === id)) return { records, currentId: id };
    const first = records[0];
    if (first) return { records, currentId: first.id };
    const blank = this.kind.blank(this.now());
    this.phantom = blank.id;
    return { records: [blank], currentId: blank.id };
  }

  subscribe(fn: (s: ExerciseState<R>) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** @internal */ set(patch: Partial<ExerciseState<R>>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  current(): R | undefined {
    return this.state.records.find((r) => r.id === this.state.currentId);
  }

  /** The records someone wrote in (a blank one nobody touched is left out). */
  written(): R[] {
    return this.state.records.filter((r) => !(r.id === this.phantom && this.kind.isBlank(r)));
  }

  /** @internal */ endUndo(): Partial<ExerciseState<R>> {
    clearTimeout(this.undoTimer);
    return { undo: null };
  }

  select(id: string): void {
    if (this.state.records.some((r) => r.id === id))
      this.set({ ...this.endUndo(), currentId: id, notice: null });
  }

  /** @internal */ schedule(ids: Iterable<string>): void {
    for (const id of ids) this.dirty.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
    if (this.state.save !== "pending") this.set({ save: "pending" });
  }

  /** Changes fields of a record; saved shortly after the last change. */
  edit(id: string, patch: Partial<Omit<R, "id" | "createdAt" | "updatedAt">>): void {
    const r = this.state.records.find((x) => x.id === id);
    if (this.state.readOnly || !r) return;
    if (id === this.phantom) this.phantom = null;
    const fields = this.touched.get(id) ?? new Set<string>();
    const base = this.base.get(id) ?? {};
    for (const f of Object.keys(patch)) {
      if (!fields.has(f)) Object.assign(base, { [f]: (r as Record<string, unknown>)[f] });
      fields.add(f);
    }
    this.touched.set(id, fields);
    this.base.set(id, base);
    const next = { ...r, ...patch, updatedAt: Math.max(this.now(), r.updatedAt + 1) } as R;
    this.set({
      ...(this.state.undo ? this.endUndo() : {}),
      records: newestFirst(this.state.records.map((x) => (x === r ? next : x))),
    });
    this.schedule([id]);
  }

  rename(id: string, name: string): void {
    this.edit(id, { name: name.trim().slice(0, 200) } as Partial<R>);
    this.flush();
  }

  /** Starts a new record and opens it (saved once written in). */
  create(): R {
    this.flush();
    const old = this.phantom && this.state.records.find((r) => r.id === this.phantom);
    const records = this.state.records.filter((r) => r !== old || !this.kind.isBlank(r));
    const blank = this.kind.blank(this.now());
    this.phantom = blank.id;
    this.set({
      ...this.endUndo(),
      notice: null,
      records: [blank, ...records],
      currentId: blank.id,
    });
    return blank;
  }

  /** Saves now whatever changed (also on pagehide and when the tab is hidden). */
  flush(): void {
    clearTimeout(this.timer);
    if (this.state.readOnly || (this.dirty.size === 0 && this.state.save !== "unsaved")) return;
    const ids = this.state.save === "unsaved" ? null : new Set(this.dirty);
    const items: (R | Tombstone)[] = [];
    for (const r of this.state.records)
      if ((ids ? ids.has(r.id) : true) && !(r.id === this.phantom && this.kind.isBlank(r)))
        items.push(r);
    for (const t of this.deleted.values())
      if (ids ? ids.has(t.id) : this.dirty.has(t.id)) items.push(t);
    const w = this.store.write(items, this.touched, this.base);
    if (w.cleared !== null) this.clearedElsewhere(w.cleared);
    else this.adopt(w);
  }

  private adopt(w: Written<R>): void {
    const ok = w.ok && w.cleared === null;
    if (ok) {
      this.dirty.clear();
      this.touched.clear();
      this.base.clear();
    }
    const byId = new Map(this.state.records.map((r) => [r.id, r]));
    for (const x of w.results) {
      if (isTombstone(x)) {
        byId.delete(x.id);
        this.deleted.set(x.id, x);
      } else byId.set(x.id, x);
    }
    for (const c of w.conflicts) byId.set(c.id, c);
    const records = newestFirst(byId.values());
    this.set({
      ...this.opened(records, this.state.currentId),
      save: ok ? "saved" : "unsaved",
      trouble: ok || w.newer ? null : w.trouble,
      damaged: w.damaged ?? this.state.damaged,
      readOnly: w.newer || this.state.readOnly,
      ...(w.conflicts.length ? { notice: CONFLICT } : {}),
    });
  }

  remove(id: string): void {
    const r = this.state.records.find((x) => x.id === id);
    if (!r || this.state.readOnly) return;
    const tomb = { id, deletedAt: Math.max(this.now(), r.updatedAt + 1) };
    this.deleted.set(id, tomb);
    this.touched.delete(id);
    this.base.delete(id);
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.set({ undo: null }), UNDO_TIME);
    const wasPhantom = id === this.phantom;
    this.set({
      ...this.opened(this.state.records.filter((x) => x !== r)),
      undo: r,
      notice: null,
    });
    if (wasPhantom && this.kind.isBlank(r)) return;
    this.schedule([id]);
    this.flush();
  }

  /** Brings back the record deleted last, stamped just after its deletion. */
  undoRemove(): void {
    const r = this.state.undo;
    if (!r) return;
    const at = this.deleted.get(r.id)?.deletedAt ?? r.updatedAt;
    this.deleted.delete(r.id);
    const back = { ...r, updatedAt: at + 1 };
    const records = this.state.records.filter(
      (x) => x.id !== r.id && !(x.id === this.phantom && this.kind.isBlank(x)),
    );
    this.set({ ...this.endUndo(), ...this.opened(newestFirst([back, ...records]), r.id) });
    this.schedule([r.id]);
    this.flush();
  }

  /** @internal */ reset(patch: Partial<ExerciseState<R>>, keep: R[] = []): void {
    clearTimeout(this.timer);
    this.dirty = new Set(keep.map((r) => r.id));
    this.deleted.clear();
    this.touched.clear();
    this.base.clear();
    this.phantom = null;
    this.set({ ...this.endUndo(), damaged: null, ...patch, ...this.opened(newestFirst(keep)) });
    if (keep.length) this.flush();
  }

  /** "Delete all" ran in another tab: what this tab held from before then is gone here too. */
  private clearedElsewhere(at: number): void {
    this.store.seenCleared = at;
    const keep = this.state.records.filter(
      (r) => this.dirty.has(r.id) && r.updatedAt > at && !this.kind.isBlank(r),
    );
    this.reset({ save: "saved", trouble: null, notice: CLEARED_ELSEWHERE }, keep);
  }

  /** A `storage` event from another tab: merged without touching fields being typed here. */
  external(key: string | null, newValue: string | null): void {
    const change = this.store.changed(key, newValue);
    if (change === null) return;
    if (change === "cleared") {
      this.clearedElsewhere(Number(newValue) || this.now());
      return;
    }
    const byId = new Map(this.state.records.map((r) => [r.id, r]));
    const here = byId.get(change.id);
    if (isTombstone(change)) {
      if (here && change.deletedAt < here.updatedAt) return;
      this.deleted.set(change.id, change);
      byId.delete(change.id);
    } else {
      if (
        this.deleted.has(change.id) &&
        (this.deleted.get(change.id)?.deletedAt ?? 0) >= change.updatedAt
      )
        return;
      this.deleted.delete(change.id);
      if (!here) byId.set(change.id, change);
      else {
        const fields = this.touched.get(change.id);
        const merged = { ...change } as Record<string, unknown>;
        for (const f of fields ?? []) merged[f] = (here as Record<string, unknown>)[f];
        if (fields?.size || change.updatedAt > here.updatedAt)
          byId.set(change.id, {
            ...(merged as R),
            updatedAt: Math.max(here.updatedAt, change.updatedAt),
          });
      }
    }
    // An untouched blank open here gives way to words that arrive from another tab.
    const blank = this.phantom && byId.get(this.phantom);
    if (
      blank &&
      blank.id === this.state.currentId &&
      this.kind.isBlank(blank) &&
      !isTombstone(change)
    ) {
      byId.delete(blank.id);
      this.phantom = null;
      this.set({ ...this.opened(newestFirst(byId.values()), change.id) });
      return;
    }
    const lost = !byId.has(this.state.currentId);
    this.set({
      ...this.opened(newestFirst(byId.values()), this.state.currentId),
      ...(lost ? { notice: "The one you had open was deleted in another tab or window." } : {}),
    });
  }
}
