/**
 * The worksheet's controller, apart from any UI: editing with a debounced
 * autosave, several entries, delete with undo, import with undo, conflict
 * copies, delete all, and changes arriving from another tab. The Preact view
 * (src/islands/worksheet) renders it; the unit tests drive two sessions over
 * one fake storage, like two tabs, with a fake clock.
 */
import { isTombstone } from "../local-store/record-store";
import { applyImport, type ImportPlan, mergeDocs, normalize } from "./merge";
import { type Entry, emptyDoc, isBlank, lastEdited, newEntry, type WorksheetDoc } from "./model";
import type { Damaged, SaveResult, Trouble, WorksheetStore } from "./store";

export type SaveState = "saved" | "pending" | "unsaved";

export interface SessionState {
  doc: WorksheetDoc;
  currentId: string;
  save: SaveState;
  trouble: Trouble | null;
  damaged: Damaged | null;
  migratedFrom: number | null;
  /** Saved by a newer version of the site: everything shows, nothing is written. */
  readOnly: boolean;
  /** The entry deleted last, which can be brought back (for a while, until the next action). */
  undo: Entry | null;
  /** True while the last import can be undone (until the next action). */
  importUndo: boolean;
  /** A plain message about something that happened in another tab. */
  notice: string | null;
}

export type EntryPatch = Partial<Omit<Entry, "id" | "createdAt" | "updatedAt">>;

/** Autosave this long after the last change, in milliseconds. */
export const SAVE_DELAY = 400;
/** The Undo button for a deleted entry or an import goes after this long. */
export const UNDO_TIME = 30_000;

export const CLEARED_ELSEWHERE = "All your reflections were deleted in another tab or window.";

export class WorksheetSession {
  state: SessionState;
  private readonly listeners = new Set<(s: SessionState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ids changed here and not yet saved. */
  private dirty = new Set<string>();
  /** Fields edited here since the last save, which another tab's copy must not overwrite. */
  private touched = new Map<string, Set<keyof Entry>>();
  /** The value of each touched field before it was first edited: tells a conflict from an edit. */
  private base = new Map<string, Partial<Entry>>();
  /** A blank entry made for a first visit; it is not saved until someone writes in it. */
  private phantom: string | null = null;
  /** What the last import replaced (null: it added the entry) and the times it wrote. */
  private imported: { before: Map<string, Entry | null>; after: Map<string, number> } | null = null;

  constructor(private readonly store: WorksheetStore) {
    const loaded = store.load();
    const { trouble, damaged, migratedFrom, readOnly } = loaded;
    const last = lastEdited(loaded.doc.entries);
    const [doc, currentId] = last ? [loaded.doc, last.id] : this.withBlank(loaded.doc);
    this.state = {
      doc,
      currentId,
      save: trouble ? "unsaved" : "saved",
      trouble,
      damaged,
      migratedFrom,
      readOnly,
      undo: null,
      importUndo: false,
      notice: null,
    };
  }

  /** Adds a blank entry to open, remembered so that it is not saved until written in. */
  private withBlank(doc: WorksheetDoc): [WorksheetDoc, string] {
    const entry = newEntry(Date.now());
    this.phantom = entry.id;
    return [{ ...doc, entries: [...doc.entries, entry] }, entry.id];
  }

  subscribe(fn: (s: SessionState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  current(): Entry | undefined {
    return this.state.doc.entries.find((e) => e.id === this.state.currentId);
  }

  /** Any new action ends the chance to undo the last delete or import. */
  private endUndo(): Partial<SessionState> {
    clearTimeout(this.undoTimer);
    this.imported = null;
    return { undo: null, importUndo: false };
  }

  private offerUndo(patch: Partial<SessionState>): Partial<SessionState> {
    this.undoTimer = setTimeout(() => this.set(this.endUndo()), UNDO_TIME);
    return patch;
  }

  select(id: string): void {
    if (this.state.doc.entries.some((e) => e.id === id))
      this.set({ ...this.endUndo(), currentId: id, notice: null });
  }

  /**
   * Sets a new document and keeps an entry open: the same, or the one edited
   * last. With `changed` (ids), those are saved shortly after the last change.
   */
  private change(
    next: WorksheetDoc,
    patch: Partial<SessionState> = {},
    changed?: Iterable<string>,
  ): void {
    let doc = next;
    let currentId = patch.currentId ?? this.state.currentId;
    if (!doc.entries.some((e) => e.id === currentId)) {
      const last = lastEdited(doc.entries);
      if (last) currentId = last.id;
      else [doc, currentId] = this.withBlank(doc);
    }
    this.set({ ...patch, doc, currentId });
    if (changed) {
      for (const id of changed) this.dirty.add(id);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
      if (this.state.save !== "pending") this.set({ save: "pending" });
    }
  }

  /** Changes fields of an entry; it is saved shortly after the last change. */
  edit(id: string, patch: EntryPatch): void {
    const entry = this.state.doc.entries.find((e) => e.id === id);
    if (this.state.readOnly || !entry) return;
    if (id === this.phantom) this.phantom = null;
    const fields = this.touched.get(id) ?? new Set();
    const base = this.base.get(id) ?? {};
    for (const f of Object.keys(patch) as (keyof Entry)[]) {
      if (!fields.has(f)) Object.assign(base, { [f]: entry[f] });
      fields.add(f);
    }
    this.touched.set(id, fields);
    this.base.set(id, base);
    // Always newer than before, even if the clock went back.
    const next = { ...entry, ...patch, updatedAt: Math.max(Date.now(), entry.updatedAt + 1) };
    const entries = this.state.doc.entries.map((e) => (e === entry ? next : e));
    const undo = this.state.undo || this.state.importUndo ? this.endUndo() : {};
    this.change({ ...this.state.doc, entries }, undo, [id]);
  }

  /** Saves now if anything changed (also on pagehide and when the tab is hidden). */
  flush(): void {
    clearTimeout(this.timer);
    if (this.state.readOnly || (this.dirty.size === 0 && this.state.save !== "unsaved")) return;
    const local = this.state.doc;
    const blank = local.entries.find((e) => e.id === this.phantom && isBlank(e));
    const ids = new Set(this.dirty);
    if (blank) ids.delete(blank.id);
    const result = this.store.save(
      blank ? { ...local, entries: local.entries.filter((e) => e !== blank) } : local,
      this.touched,
      this.state.save === "unsaved" ? undefined : ids,
      this.base,
    );
    if (result.cleared !== null) this.clearedElsewhere(result.cleared);
    else this.adopt(result, blank);
  }

  private adopt(result: SaveResult, blank?: Entry): void {
    if (result.ok) {
      this.dirty.clear();
      this.touched.clear();
      this.base.clear();
    }
    // The unsaved blank entry stays in memory; everything else comes from the merge.
    const doc = blank ? { ...result.doc, entries: [...result.doc.entries, blank] } : result.doc;
    const conflict = result.conflicts.length > 0;
    this.change(doc, {
      save: result.ok ? "saved" : "unsaved",
      trouble: result.ok || result.readOnly ? null : result.trouble,
      damaged: result.damaged ?? this.state.damaged,
      readOnly: result.readOnly || this.state.readOnly,
      ...(conflict ? { notice: CONFLICT } : {}),
    });
  }

  /** Changes and saves at once (create, delete, undo, import). */
  private commit(doc: WorksheetDoc, patch: Partial<SessionState>, changed: Iterable<string>): void {
    if (this.state.readOnly) return;
    this.change(doc, patch, changed);
    this.flush();
  }

  create(): Entry {
    const entry = newEntry(Date.now());
    const { doc } = this.state;
    this.commit(
      { ...doc, entries: [...doc.entries, entry] },
      { ...this.endUndo(), currentId: entry.id, notice: null },
      [entry.id],
    );
    return entry;
  }

  remove(id: string): void {
    const { doc } = this.state;
    const entry = doc.entries.find((e) => e.id === id);
    if (!entry) return;
    const deletedAt = Math.max(Date.now(), entry.updatedAt + 1);
    this.touched.delete(id);
    this.base.delete(id);
    this.commit(
      normalize(
        doc.entries.filter((e) => e !== entry),
        [...doc.deleted, { id, deletedAt }],
      ),
      this.offerUndo({ ...this.endUndo(), undo: entry, notice: null }),
      [id],
    );
  }

  /**
   * Brings back the entry deleted last. It is stamped just after its deletion,
   * not "now": if another tab wrote in it since, that newer text wins.
   */
  undoRemove(): void {
    const { doc, undo } = this.state;
    if (!undo) return;
    const deletedAt = doc.deleted.find((t) => t.id === undo.id)?.deletedAt;
    const here = doc.entries.find((e) => e.id === undo.id);
    const restored = here ?? { ...undo, updatedAt: (deletedAt ?? undo.updatedAt) + 1 };
    this.commit(
      normalize([...doc.entries.filter((e) => e.id !== undo.id), restored], doc.deleted),
      { ...this.endUndo(), currentId: undo.id },
      [undo.id],
    );
  }

  /** Imports a checked file: changed entries keep this device's words as conflict copies. */
  importPlan(plan: ImportPlan): void {
    const { doc } = this.state;
    const before = new Map<string, Entry | null>();
    const byId = new Map(doc.entries.map((e) => [e.id, e]));
    for (const e of [...plan.added, ...plan.updated]) before.set(e.id, byId.get(e.id) ?? null);
    const next = applyImport(doc, plan, Date.now());
    const changed = next.entries.filter((e) => before.has(e.id) || !byId.has(e.id));
    for (const e of changed) if (!before.has(e.id)) before.set(e.id, null);
    this.commit(
      next,
      { ...this.endUndo(), notice: null },
      changed.map((e) => e.id),
    );
    const after = new Map<string, number>();
    for (const e of this.state.doc.entries) if (before.has(e.id)) after.set(e.id, e.updatedAt);
    this.imported = { before, after };
    this.set(this.offerUndo({ importUndo: true }));
  }

  /**
   * Undoes the last import: each entry it added or changed goes back to how
   * it was, unless it was changed again since (in any tab): newer text stays.
   * Returns how many entries were left because they had changed since.
   */
  undoImport(): number {
    const imported = this.imported;
    if (!imported) return 0;
    const { doc } = this.state;
    const now = Date.now();
    let kept = 0;
    const entries: Entry[] = [];
    const deleted = [...doc.deleted];
    for (const e of doc.entries) {
      const at = imported.after.get(e.id);
      const old = imported.before.get(e.id);
      if (at === undefined || old === undefined) entries.push(e);
      else if (at !== e.updatedAt) {
        kept++;
        entries.push(e);
      } else if (old) entries.push({ ...old, updatedAt: Math.max(now, e.updatedAt + 1) });
      else deleted.push({ id: e.id, deletedAt: Math.max(now, e.updatedAt + 1) });
    }
    this.commit(normalize(entries, deleted), this.endUndo(), imported.after.keys());
    return kept;
  }

  /** Keeps a conflict copy as an ordinary entry. */
  keepCopy(id: string): void {
    this.edit(id, { copyOf: "" });
  }

  /** Empties the worksheet in memory, dropping any save still waiting. */
  private reset(patch: Partial<SessionState>, keep: Entry[] = []): void {
    clearTimeout(this.timer);
    this.dirty = new Set(keep.map((e) => e.id));
    this.touched.clear();
    this.base.clear();
    const last = lastEdited(keep);
    const [doc, currentId] = last
      ? [{ ...emptyDoc(), entries: keep }, last.id]
      : this.withBlank(emptyDoc());
    this.set({
      ...this.endUndo(),
      damaged: null,
      migratedFrom: null,
      notice: null,
      ...patch,
      doc,
      currentId,
    });
    if (keep.length) this.flush();
  }

  /**
   * "Delete all" ran in another tab: what this tab held from before then is
   * gone here too (never written back); words typed here since, and not yet
   * saved, are kept.
   */
  private clearedElsewhere(at: number): void {
    this.store.records.seenCleared = at;
    const keep = this.state.doc.entries.filter(
      (e) => this.dirty.has(e.id) && e.updatedAt > at && !isBlank(e),
    );
    this.reset({ save: "saved", trouble: null, notice: CLEARED_ELSEWHERE }, keep);
  }

  /**
   * Removes everything this site stored, here and in memory. Blocked storage
   * holds nothing, so only a real failure keeps the words on screen.
   */
  deleteAll(): Trouble | null {
    const trouble = this.store.clearAll();
    if (trouble !== "failed")
      this.reset({ save: trouble ? "unsaved" : "saved", trouble, readOnly: false });
    return trouble;
  }

  /** Handles a `storage` event: merges another tab's words without touching newer ones here. */
  external(key: string | null, newValue: string | null): void {
    const change = this.store.records.changed(key, newValue);
    if (change === null) return;
    if (change === "cleared") {
      this.clearedElsewhere(Number(newValue) || Date.now());
      return;
    }
    const other = isTombstone(change)
      ? { ...emptyDoc(), deleted: [change] }
      : { ...emptyDoc(), entries: [change] };
    const doc = mergeDocs(this.state.doc, other, this.touched);
    const lost = !doc.entries.some((e) => e.id === this.state.currentId);
    this.change(
      doc,
      lost ? { notice: "The reflection you had open was deleted in another tab or window." } : {},
    );
  }
}

export const CONFLICT =
  "The same words were changed in two places at once. Both versions are kept: look for the copy in your list.";
