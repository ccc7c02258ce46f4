/**
 * A controller for a simple list of records on the local store (plans,
 * applications, wins): add, edit with a debounced autosave, delete with undo,
 * delete all, and changes from other tabs. Each record merges field by field:
 * fields edited here and not yet saved win, the rest come from the stored
 * version. The views (src/islands/plan, src/islands/log) render its state.
 */
import { isTombstone, type RecordStore, type Timed } from "../local-store/record-store";
import type { Trouble } from "../local-store/site-data";

export type SaveState = "saved" | "pending" | "unsaved";

export interface ListState<R> {
  records: R[];
  save: SaveState;
  trouble: Trouble | null;
  /** Damaged data was found (a copy is kept in this browser). */
  damaged: boolean;
  /** Saved by a newer version of the site: shown, never written. */
  readOnly: boolean;
  /** The record deleted last, which can be brought back until the next delete. */
  undo: R | null;
  /** A plain message about something that happened in another tab. */
  notice: string | null;
}

export const SAVE_DELAY = 400;

/** Merges two versions of one record: fields edited here win, the rest are the newest. */
export function mergeFields<R extends Timed>(
  mine: R,
  theirs: R,
  edited?: ReadonlySet<string>,
): { record: R } {
  if (!edited || edited.size === 0)
    return { record: mine.updatedAt >= theirs.updatedAt ? mine : theirs };
  const out = { ...theirs } as Record<string, unknown>;
  for (const f of edited) out[f] = (mine as Record<string, unknown>)[f];
  out.updatedAt = Math.max(mine.updatedAt, theirs.updatedAt);
  return { record: out as R };
}

export class ListSession<R extends Timed> {
  state: ListState<R>;
  private readonly listeners = new Set<(s: ListState<R>) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private edited = new Map<string, Set<string>>();

  constructor(
    readonly store: RecordStore<R>,
    readonly now: () => number = Date.now,
    readonly clearedNotice = "Everything here was deleted in another tab or window.",
  ) {
    const loaded = store.load();
    this.state = {
      records: loaded.records,
      save: loaded.trouble ? "unsaved" : "saved",
      trouble: loaded.trouble,
      damaged: loaded.damaged !== null,
      readOnly: loaded.newer,
      undo: null,
      notice: null,
    };
  }

  subscribe(fn: (s: ListState<R>) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<ListState<R>>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  find(id: string): R | undefined {
    return this.state.records.find((r) => r.id === id);
  }

  /** Adds a record and saves it straight away. */
  add(record: R): void {
    if (this.state.readOnly) return;
    this.set({ records: [...this.state.records, record], notice: null });
    this.edited.set(record.id, new Set(Object.keys(record)));
    this.flush();
  }

  /** Changes fields of a record; saved shortly after the last change. */
  edit(id: string, patch: Partial<Omit<R, "id">>): void {
    if (this.state.readOnly || !this.find(id)) return;
    const t = Math.max(this.now(), (this.find(id)?.updatedAt ?? 0) + 1);
    const fields = this.edited.get(id) ?? new Set<string>();
    for (const k of Object.keys(patch)) fields.add(k);
    this.edited.set(id, fields);
    this.set({
      records: this.state.records.map((r) => (r.id === id ? { ...r, ...patch, updatedAt: t } : r)),
      save: "pending",
    });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
  }

  /** Saves every record changed here. */
  flush(): void {
    clearTimeout(this.timer);
    if (this.edited.size === 0 || this.state.readOnly) {
      if (this.state.save === "pending") this.set({ save: "saved" });
      return;
    }
    const ids = [...this.edited.keys()];
    const items = ids.map((id) => this.find(id)).filter((r): r is R => r !== undefined);
    const edited = this.edited;
    this.edited = new Map();
    const w = this.store.write(items, edited);
    if (w.cleared !== null) {
      this.cleared();
      return;
    }
    const byId = new Map(w.results.map((r) => [r.id, r]));
    const records = this.state.records
      .map((r) => byId.get(r.id) ?? r)
      .filter((r): r is R => !isTombstone(r));
    if (!w.ok) for (const [id, f] of edited) if (!this.edited.has(id)) this.edited.set(id, f);
    this.set({
      records,
      save: w.ok ? "saved" : "unsaved",
      trouble: w.trouble,
      readOnly: this.state.readOnly || w.newer,
      damaged: this.state.damaged || w.damaged !== null,
    });
  }

  /** Deletes a record (a tombstone, so other tabs drop it too); it can be undone. */
  remove(id: string): void {
    const record = this.find(id);
    if (!record || this.state.readOnly) return;
    this.edited.delete(id);
    const w = this.store.write([{ id, deletedAt: Math.max(this.now(), record.updatedAt + 1) }]);
    if (w.cleared !== null) {
      this.cleared();
      return;
    }
    this.set({
      records: this.state.records.filter((r) => r.id !== id),
      undo: record,
      save: w.ok ? "saved" : "unsaved",
      trouble: w.trouble,
    });
  }

  /** Brings back the record deleted last. */
  undoRemove(): void {
    const r = this.state.undo;
    if (!r) return;
    this.set({ undo: null });
    this.add({ ...r, updatedAt: this.now() });
  }

  /** Deletes every record of this list (the site-wide "Delete all my data" is on the about page). */
  removeAll(): boolean {
    if (this.state.readOnly) return false;
    const t = this.now();
    const tombs = this.state.records.map((r) => ({
      id: r.id,
      deletedAt: Math.max(t, r.updatedAt + 1),
    }));
    this.edited.clear();
    const w = this.store.write(tombs);
    if (!w.ok && w.cleared === null) {
      this.set({ save: "unsaved", trouble: w.trouble });
      return false;
    }
    this.set({ records: [], undo: null, save: "saved" });
    return true;
  }

  /** "Delete all my data" ran in another tab: everything here goes, nothing is written back. */
  private cleared(): void {
    clearTimeout(this.timer);
    this.edited.clear();
    this.store.load();
    this.set({ records: [], undo: null, save: "saved", notice: this.clearedNotice });
  }

  /** A `storage` event from another tab. */
  external(key: string | null, newValue: string | null): void {
    const change = this.store.changed(key, newValue);
    if (change === null) return;
    if (change === "cleared") {
      this.cleared();
      return;
    }
    const id = change.id;
    const mine = this.find(id);
    if (isTombstone(change)) {
      if (!mine || mine.updatedAt > change.deletedAt) return;
      this.edited.delete(id);
      this.set({ records: this.state.records.filter((r) => r.id !== id) });
      return;
    }
    const merged = mine ? mergeFields(mine, change, this.edited.get(id)).record : change;
    this.set({
      records: mine
        ? this.state.records.map((r) => (r.id === id ? merged : r))
        : [...this.state.records, merged],
    });
  }
}
