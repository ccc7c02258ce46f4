/**
 * One to-do list's tick boxes, apart from any page: which are ticked, ticking
 * and unticking (saved at once: a tick is one small key), and changes from
 * other tabs. The view (src/islands/checklist/) draws `done` onto native
 * check boxes and says what `trouble` means.
 */
import { noteSaved } from "../local-store/backup-status";
import { askSilently } from "../local-store/persist";
import { isTombstone, type RecordStore } from "../local-store/record-store";
import type { Trouble } from "../local-store/site-data";
import { lockedHere } from "../local-store/storage";
import { splitTickId, type Tick, tickId, tickStore } from "./model";

export interface ChecklistState {
  /** The items ticked. */
  done: ReadonlySet<string>;
  /** Why ticks are not being kept (null: they are). */
  trouble: Trouble | "locked" | "newer" | null;
}

export interface ChecklistOptions {
  store?: RecordStore<Tick>;
  now?: () => number;
  /** After a tick is kept; `first`: the first in this visit (default: note it for the backup reminder, and ask the browser to keep storage). */
  saved?: (first: boolean) => void;
}

function keptSaved(first: boolean): void {
  noteSaved();
  if (first) askSilently().catch(() => undefined);
}

/** Why a load or a write kept nothing: a newer version's data, the lock, or the storage itself. */
const troubleOf = (r: { newer: boolean; trouble: Trouble | null }): ChecklistState["trouble"] =>
  r.newer ? "newer" : r.trouble && lockedHere() ? "locked" : r.trouble;

export class ChecklistController {
  readonly store: RecordStore<Tick>;
  private readonly now: () => number;
  private readonly saved: (first: boolean) => void;
  /** The newest version of each of this list's ticks known here, by item. */
  private readonly known = new Map<string, Tick>();
  private listeners = new Set<(s: ChecklistState) => void>();
  private savedOnce = false;
  state: ChecklistState = { done: new Set(), trouble: null };

  constructor(
    readonly list: string,
    readonly items: readonly string[],
    opts: ChecklistOptions = {},
  ) {
    for (const item of items) tickId(list, item); // every name checked once, here
    this.store = opts.store ?? tickStore();
    this.now = opts.now ?? Date.now;
    this.saved = opts.saved ?? keptSaved;
  }

  subscribe(fn: (s: ChecklistState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<ChecklistState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  private doneNow(): Set<string> {
    return new Set([...this.known].filter(([, t]) => t.done).map(([item]) => item));
  }

  /** Takes a stored tick of this list (ignores other lists and items no longer on the page). */
  private take(t: Tick): boolean {
    const split = splitTickId(t.id);
    if (!split || split.list !== this.list || !this.items.includes(split.item)) return false;
    const had = this.known.get(split.item);
    if (had && had.updatedAt > t.updatedAt) return false;
    this.known.set(split.item, t);
    return true;
  }

  /** Reads what is stored. */
  load(): ChecklistState {
    const loaded = this.store.load();
    this.known.clear();
    for (const t of loaded.records) this.take(t);
    this.set({ done: this.doneNow(), trouble: troubleOf(loaded) });
    return this.state;
  }

  /** Ticks or unticks `item`, and keeps it. Returns the state after. */
  tick(item: string, done: boolean): ChecklistState {
    const id = tickId(this.list, item);
    if (!this.items.includes(item)) throw new Error(`"${item}" is not on the list "${this.list}".`);
    const had = this.known.get(item);
    const at = Math.max(this.now(), (had?.updatedAt ?? 0) + 1);
    const tick: Tick = { id, createdAt: had?.createdAt ?? at, updatedAt: at, done, copyOf: "" };
    this.known.set(item, tick);
    let w = this.store.write([tick]);
    if (w.cleared !== null) {
      // "Delete all" ran in another tab: every earlier tick is gone; this new one is kept.
      this.store.seenCleared = w.cleared;
      this.known.clear();
      this.known.set(item, tick);
      w = this.store.write([tick]);
    }
    const result = w.results[0];
    if (result && !isTombstone(result)) this.take(result);
    this.set({ done: this.doneNow(), trouble: troubleOf(w) });
    if (w.ok && w.cleared === null) {
      this.saved(!this.savedOnce);
      this.savedOnce = true;
    }
    return this.state;
  }

  /** Another tab changed `key` (null: everything was cleared). */
  external(key: string | null, newValue: string | null): void {
    const change = this.store.changed(key, newValue);
    if (change === "cleared") {
      const at = Number(newValue) || this.now();
      this.store.seenCleared = Math.max(this.store.seenCleared, at);
      for (const [item, t] of this.known) if (t.updatedAt <= at) this.known.delete(item);
      this.set({ done: this.doneNow() });
      return;
    }
    if (!change || isTombstone(change.item)) return;
    if (this.take(change.item)) this.set({ done: this.doneNow() });
  }
}
