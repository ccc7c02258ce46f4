/**
 * "Add an application" without ghost entries. The new application lives
 * here, in memory only, until the person changes something in it; then it is
 * added to the session and saved like any other. Closed, or left when the
 * page goes, an untouched one is simply dropped: no record, nothing in the
 * chart, the counts or the CSV.
 */
import type { RecordSession } from "../local-store/session";
import type { Application } from "./model";

/** The fields someone types in: spaces alone do not count as writing. */
const TEXTS = ["role", "company", "nextAction", "link", "contact", "notes"] as const;
/** The fields a new application starts with a value in: any change counts. */
const CHOICES = ["date", "stage", "stoppedAt", "interviewDate", "nextDate"] as const;

/** True when `a` is still the new application `fresh` as it was offered. */
export function untouched(a: Application, fresh: Application): boolean {
  return TEXTS.every((k) => a[k].trim() === "") && CHOICES.every((k) => a[k] === fresh[k]);
}

type Session = Pick<RecordSession<Application>, "add" | "edit" | "now">;

export class NewApplication {
  private fresh: Application | null = null;
  private draft: Application | null = null;

  /**
   * @param make a new application (its id and times).
   * @param changed called whenever the unsaved new application changes or goes.
   */
  constructor(
    private readonly session: Session,
    private readonly make: () => Application,
    private readonly changed: (draft: Application | null) => void = () => undefined,
  ) {}

  /** The new application not saved yet, if one is open. */
  get current(): Application | null {
    return this.draft;
  }

  /** Opens a new application (the same one again if it is still untouched). */
  start(): Application {
    if (!this.draft) {
      this.fresh = this.make();
      this.draft = this.fresh;
      this.changed(this.draft);
    }
    return this.draft;
  }

  /** A change to an application: the new one is saved by its first real change, others as usual. */
  edit(id: string, patch: Partial<Omit<Application, "id">>): void {
    const draft = this.draft;
    if (!draft || draft.id !== id || !this.fresh) {
      this.session.edit(id, patch);
      return;
    }
    const next = { ...draft, ...patch };
    if (untouched(next, this.fresh)) {
      this.draft = next;
      this.changed(next);
      return;
    }
    this.draft = null;
    this.fresh = null;
    // Added as it was, then changed like any saved application: the session's usual path for a
    // first save and the edit after it (the same merge with other tabs as every later change).
    this.session.add({ ...draft, updatedAt: Math.max(this.session.now(), draft.createdAt) });
    this.session.edit(id, patch);
    this.changed(null);
  }

  /** Closes an application's form: the new one, unsaved, is dropped. True if it was. */
  close(id: string): boolean {
    if (this.draft?.id !== id) return false;
    this.draft = null;
    this.fresh = null;
    this.changed(null);
    return true;
  }

  /** The saved applications and, first, the new one while it is open. */
  list(records: readonly Application[]): Application[] {
    const d = this.draft;
    return d && !records.some((r) => r.id === d.id) ? [d, ...records] : [...records];
  }
}
