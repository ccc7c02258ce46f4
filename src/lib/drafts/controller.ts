/**
 * The drafts' controller, apart from any UI: two RecordSessions on the one
 * engine (drafts, and names), and what a drafts panel asks of them. A draft
 * is the template filled in until the person changes it; from the first
 * change it is kept (autosaved as every tool is) and shown as they left it.
 * "Start again from the template" deletes the kept draft, with Undo. Names
 * are given once: the person's own name for every draft, and each source's
 * recipient's first name (first taken from the name the tool holds).
 *
 * One controller per page (`sharedDrafts`), so every panel on a page shows
 * the same names and drafts at once.
 */
import { keepInSync } from "../local-store/browser";
import {
  RecordSession,
  type SaveState,
  type SessionState,
  worstSave,
} from "../local-store/session";
import type { StorageLike } from "../local-store/storage";
import {
  type DraftNames,
  type DraftSource,
  type FilledDraft,
  fillDraft,
  greetingName,
} from "./fill";
import {
  type DraftRecord,
  draftId,
  draftStore,
  LIMITS,
  type NameRecord,
  nameStore,
  newDraft,
  newName,
  recipientId,
  SENDER_ID,
} from "./model";
import type { DraftKind } from "./templates";

export interface DraftView extends FilledDraft {
  /** Kept: the person changed it, and these are their words. */
  edited: boolean;
  /** Conflict copies of this draft (two tabs changed the same words), to compare and discard. */
  copies: DraftRecord[];
}

export interface DraftsState {
  drafts: SessionState<DraftRecord>;
  names: SessionState<NameRecord>;
}

export interface DraftsOptions {
  now?: () => number;
  /** After each save that wrote words (tests pass a no-op). */
  saved?: (first: boolean) => void;
}

export class DraftsController {
  readonly drafts: RecordSession<DraftRecord>;
  readonly names: RecordSession<NameRecord>;
  private readonly now: () => number;

  constructor(getStorage?: () => StorageLike, options: DraftsOptions = {}) {
    this.now = options.now ?? Date.now;
    const common = {
      now: this.now,
      saved: options.saved,
      clearedNotice: "Your drafts were deleted in another tab or window.",
    };
    this.drafts = new RecordSession(draftStore(getStorage), common);
    this.names = new RecordSession(nameStore(getStorage), common);
  }

  get state(): DraftsState {
    return { drafts: this.drafts.state, names: this.names.state };
  }

  subscribe(fn: (s: DraftsState) => void): () => void {
    const call = () => fn(this.state);
    const a = this.drafts.subscribe(call);
    const b = this.names.subscribe(call);
    return () => {
      a();
      b();
    };
  }

  /** The person's own name, and this source's recipient's first name. */
  namesFor(source: DraftSource): DraftNames {
    const kept = (id: string) => this.names.find(id);
    const to = kept(recipientId(source.id));
    return {
      sender: kept(SENDER_ID)?.name ?? "",
      recipient: to ? to.name : greetingName(source.contact ?? ""),
    };
  }

  /** The draft as it stands: the person's words if they changed it, else the template filled in. */
  draft(source: DraftSource, kind: DraftKind): DraftView {
    const id = draftId(source.id, kind);
    const kept = this.drafts.find(id);
    const copies = this.drafts.state.records.filter((d) => d.copyOf === id);
    if (kept) return { subject: kept.subject, body: kept.body, edited: true, copies };
    return { ...fillDraft(kind, source, this.namesFor(source)), edited: false, copies };
  }

  /** A change to a draft's subject or message: the first one keeps the draft. */
  editDraft(source: DraftSource, kind: DraftKind, patch: Partial<FilledDraft>): void {
    const id = draftId(source.id, kind);
    const limited: Partial<FilledDraft> = {};
    if (patch.subject !== undefined) limited.subject = patch.subject.slice(0, LIMITS.subject);
    if (patch.body !== undefined) limited.body = patch.body.slice(0, LIMITS.body);
    if (this.drafts.find(id)) this.drafts.edit(id, limited);
    else {
      const { subject, body } = this.draft(source, kind);
      this.drafts.add(newDraft(this.now(), source.id, kind, { subject, body, ...limited }));
    }
  }

  /** "Start again from the template": the kept draft goes (Undo brings it back). */
  resetDraft(source: DraftSource, kind: DraftKind): void {
    this.drafts.remove(draftId(source.id, kind));
  }

  undoReset(): void {
    this.drafts.undoRemove();
  }

  /** Discards a conflict copy once compared. */
  discardCopy(id: string): void {
    this.drafts.remove(id);
  }

  private setName(id: string, sourceId: string, name: string): void {
    const value = name.slice(0, LIMITS.name);
    if (this.names.find(id)) this.names.edit(id, { name: value });
    else this.names.add(newName(this.now(), sourceId, value));
  }

  setSender(name: string): void {
    this.setName(SENDER_ID, "", name);
  }

  setRecipient(sourceId: string, name: string): void {
    this.setName(recipientId(sourceId), sourceId, name);
  }

  /** The save state to show for both sessions. */
  save(): SaveState {
    return worstSave([this.drafts.state.save, this.names.state.save]);
  }

  flush(): void {
    this.drafts.flush();
    this.names.flush();
  }

  external(key: string | null, newValue: string | null): void {
    this.drafts.external(key, newValue);
    this.names.external(key, newValue);
  }
}

let shared: DraftsController | undefined;

/** The page's one drafts controller, made and kept in step with other tabs on first use. */
export function sharedDrafts(): DraftsController {
  if (!shared) {
    shared = new DraftsController();
    keepInSync(shared);
  }
  return shared;
}
