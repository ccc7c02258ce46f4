/**
 * The worksheet's state and behaviour, apart from any UI: editing with a
 * debounced autosave, several entries, delete with undo, import, delete all,
 * and changes arriving from another tab. The Preact islands render it; the
 * unit tests drive two sessions over one fake storage, like two tabs.
 */
import { applyImport, type ImportPlan, mergeDocs, normalize } from "./merge";
import { type Entry, emptyDoc, isBlank, lastEdited, newEntry, type WorksheetDoc } from "./model";
import { type Damaged, KEY, type Trouble, type WorksheetStore } from "./store";

export type SaveState = "saved" | "pending" | "unsaved";

export interface SessionState {
  doc: WorksheetDoc;
  currentId: string;
  save: SaveState;
  trouble: Trouble | null;
  damaged: Damaged | null;
  migratedFrom: number | null;
  /** The entry deleted last, which can be brought back. */
  undo: Entry | null;
  /** A plain message about something that happened in another tab. */
  notice: string | null;
}

export type EntryPatch = Partial<Omit<Entry, "id" | "createdAt" | "updatedAt">>;

/** Autosave this long after the last change, in milliseconds. */
export const SAVE_DELAY = 400;

export class WorksheetSession {
  state: SessionState;
  private readonly listeners = new Set<(s: SessionState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  /** Fields edited here since the last save, which another tab's copy must not overwrite. */
  private touched = new Map<string, Set<keyof Entry>>();
  /** A blank entry made for a first visit; it is not saved until someone writes in it. */
  private phantom: string | null = null;

  constructor(private readonly store: WorksheetStore) {
    const loaded = store.load();
    const { trouble, damaged, migratedFrom } = loaded;
    const last = lastEdited(loaded.doc.entries);
    const [doc, currentId] = last ? [loaded.doc, last.id] : this.withBlank(loaded.doc);
    this.state = {
      doc,
      currentId,
      save: trouble ? "unsaved" : "saved",
      trouble,
      damaged,
      migratedFrom,
      undo: null,
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

  select(id: string): void {
    if (this.state.doc.entries.some((e) => e.id === id)) this.set({ currentId: id, notice: null });
  }

  /** Sets a new document and keeps an entry open: the same, or the one edited last. */
  private change(next: WorksheetDoc, patch: Partial<SessionState> = {}, save = true): void {
    let doc = next;
    let currentId = patch.currentId ?? this.state.currentId;
    if (!doc.entries.some((e) => e.id === currentId)) {
      const last = lastEdited(doc.entries);
      if (last) currentId = last.id;
      else [doc, currentId] = this.withBlank(doc);
    }
    this.set({ ...patch, doc, currentId });
    if (save) {
      this.dirty = true;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
      if (this.state.save !== "pending") this.set({ save: "pending" });
    }
  }

  /** Changes fields of an entry; it is saved shortly after the last change. */
  edit(id: string, patch: EntryPatch): void {
    if (id === this.phantom) this.phantom = null;
    const fields = this.touched.get(id) ?? new Set();
    for (const f of Object.keys(patch)) fields.add(f as keyof Entry);
    this.touched.set(id, fields);
    const entries = this.state.doc.entries.map((e) =>
      // Always newer than before, even if the clock went back.
      e.id === id ? { ...e, ...patch, updatedAt: Math.max(Date.now(), e.updatedAt + 1) } : e,
    );
    this.change({ ...this.state.doc, entries });
  }

  /** Saves now if anything changed (also on pagehide and when the tab is hidden). */
  flush(): void {
    clearTimeout(this.timer);
    if (!this.dirty && this.state.save !== "unsaved") return;
    const local = this.state.doc;
    const blank = local.entries.find((e) => e.id === this.phantom && isBlank(e));
    const result = this.store.save(
      blank ? { ...local, entries: local.entries.filter((e) => e !== blank) } : local,
      this.touched,
    );
    this.dirty = !result.ok;
    if (result.ok) this.touched.clear();
    // The unsaved blank entry stays in memory; everything else comes from the merge.
    const doc = blank ? { ...result.doc, entries: [...result.doc.entries, blank] } : result.doc;
    this.change(
      doc,
      {
        save: result.ok ? "saved" : "unsaved",
        trouble: result.ok ? null : result.trouble,
        damaged: result.damaged ?? this.state.damaged,
      },
      false,
    );
  }

  /** Changes and saves at once (create, delete, undo, import). */
  private commit(doc: WorksheetDoc, patch: Partial<SessionState> = {}): void {
    this.change(doc, patch);
    this.flush();
  }

  create(): Entry {
    const entry = newEntry(Date.now());
    const { doc } = this.state;
    this.commit(
      { ...doc, entries: [...doc.entries, entry] },
      { currentId: entry.id, notice: null },
    );
    return entry;
  }

  remove(id: string): void {
    const { doc } = this.state;
    const entry = doc.entries.find((e) => e.id === id);
    if (!entry) return;
    const deletedAt = Math.max(Date.now(), entry.updatedAt + 1);
    this.commit(
      normalize(
        doc.entries.filter((e) => e !== entry),
        [...doc.deleted, { id, deletedAt }],
      ),
      { undo: entry, notice: null },
    );
  }

  /** Brings back the entry deleted last, newer than its deletion so no tab removes it again. */
  undoRemove(): void {
    const { doc, undo } = this.state;
    if (!undo) return;
    const deletedAt = doc.deleted.find((t) => t.id === undo.id)?.deletedAt ?? 0;
    const restored = {
      ...undo,
      updatedAt: Math.max(Date.now(), deletedAt + 1, undo.updatedAt + 1),
    };
    this.commit(
      normalize([...doc.entries.filter((e) => e.id !== undo.id), restored], doc.deleted),
      {
        undo: null,
        currentId: undo.id,
      },
    );
  }

  importPlan(plan: ImportPlan): void {
    this.commit(applyImport(this.state.doc, plan));
  }

  /** Empties the worksheet in memory, dropping any save still waiting. */
  private reset(patch: Partial<SessionState>): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.touched.clear();
    const [doc, currentId] = this.withBlank(emptyDoc());
    this.set({
      undo: null,
      damaged: null,
      migratedFrom: null,
      notice: null,
      ...patch,
      doc,
      currentId,
    });
  }

  /**
   * Removes everything this site stored, here and in memory. Blocked storage
   * holds nothing, so only a real failure keeps the words on screen.
   */
  deleteAll(): Trouble | null {
    const trouble = this.store.clearAll();
    if (trouble !== "failed") this.reset({ save: trouble ? "unsaved" : "saved", trouble });
    return trouble;
  }

  /** Handles a `storage` event: merges another tab's words without touching newer ones here. */
  external(key: string | null, newValue: string | null): void {
    if (key !== null && key !== KEY) return;
    if (newValue === null) {
      // Everything was deleted in another tab ("Delete all my data").
      this.reset({
        save: this.state.trouble ? "unsaved" : "saved",
        notice: "All your reflections were deleted in another tab or window.",
      });
      return;
    }
    const parsed = this.store.read(newValue);
    // Damaged text from elsewhere is dealt with (and backed up) at the next save.
    if (!parsed?.ok || parsed.problems.length > 0) return;
    const doc = mergeDocs(this.state.doc, parsed.doc, this.touched);
    const lost = !doc.entries.some((e) => e.id === this.state.currentId);
    this.change(
      doc,
      lost ? { notice: "The reflection you had open was deleted in another tab or window." } : {},
      false,
    );
  }
}
