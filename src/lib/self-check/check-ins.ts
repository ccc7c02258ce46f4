/**
 * The check-in history as the self-check page uses it: the engine's one
 * controller (RecordSession over the "check-ins" RecordStore) with what this
 * tool adds: keep a completed result, read the newest as "the last result",
 * and once move a last result saved before the history (result-store.ts's
 * key) into it. Loaded only on the page of "How are you taking it?", after
 * it starts (the page's own script stays within its budget).
 */

import { RecordSession, type SessionOptions } from "../local-store/session";
import { browserStorage, type StorageLike } from "../local-store/storage";
import type { SavedResult } from "./controller";
import {
  asResult,
  type CheckIn,
  type CheckInBand,
  checkInStore,
  newCheckIn,
  newestTaken,
  UNKNOWN_SCORE,
} from "./history";
import type { StoredResult } from "./result-store";
import { clearResult, readResult } from "./result-store";

/** What the history needs of the self-check: its slug and its one scale's bands. */
export interface CheckInScale {
  slug: string;
  bands: readonly CheckInBand[];
}

export interface CheckInOptions {
  getStorage?: () => StorageLike;
  now?: () => number;
  /** After each save (default: the backup reminder, and asking the browser to keep storage). */
  saved?: SessionOptions<CheckIn>["saved"];
}

/** The highest total of a scale: the top of its last band. */
const topOf = (bands: readonly CheckInBand[]) => Math.max(0, ...bands.map((b) => b.max));

/**
 * The check-in made from a last result saved before the history was kept,
 * or null if it cannot be read. Its score was never stored, so it is
 * UNKNOWN_SCORE; its band's title and support come from today's bands when
 * the band is still there, else from what was stored.
 */
export function fromOldResult(old: StoredResult, scale: CheckInScale): CheckIn | null {
  const takenAt = Date.parse(old.at);
  const id = old.bands[0];
  if (!id || !(takenAt > 0)) return null;
  const band = scale.bands.find((b) => b.id === id) ?? { id, min: 0, max: 0, title: old.title };
  return newCheckIn({
    slug: scale.slug,
    takenAt,
    score: UNKNOWN_SCORE,
    max: topOf(scale.bands),
    band,
    flags: old.flags,
    focus: old.focus,
  });
}

export class CheckInBook {
  readonly session: RecordSession<CheckIn>;
  readonly #scale: CheckInScale;
  readonly #getStorage: () => StorageLike;

  constructor(scale: CheckInScale, options: CheckInOptions = {}) {
    this.#scale = scale;
    this.#getStorage = options.getStorage ?? browserStorage;
    this.session = new RecordSession(checkInStore(this.#getStorage), {
      now: options.now,
      saved: options.saved,
    });
    this.migrate();
  }

  /**
   * Moves the last result saved before the history (one key per self-check)
   * into it, once: the key is removed only after the check-in is saved. Its
   * id comes from its time, so two tabs doing this at once make one record.
   */
  migrate(): void {
    let storage: StorageLike;
    try {
      storage = this.#getStorage();
    } catch {
      return;
    }
    // Damaged or missing: nothing to move (a damaged one is left as it is, and ignored).
    const old = readResult(storage, this.#scale.slug);
    if (!old) return;
    const c = fromOldResult(old, this.#scale);
    if (c && !this.session.find(c.id)) this.session.add(c);
    if (!c || this.session.state.save === "saved") clearResult(storage, this.#scale.slug);
  }

  /** This self-check's check-ins, newest taken first (conflict copies too: the person may delete them). */
  history(): CheckIn[] {
    return newestTaken(this.session.written().filter((c) => c.slug === this.#scale.slug));
  }

  /** The newest check-in that is not a conflict copy, or null. */
  latest(): CheckIn | null {
    return this.history().find((c) => c.copyOf === "") ?? null;
  }

  /** Keeps a completed result with its total; false if it could not be saved. */
  keep(result: StoredResult, score: number): boolean {
    const band = this.#scale.bands.find((b) => b.id === result.bands[0]);
    const takenAt = Date.parse(result.at);
    if (!band || !(takenAt > 0)) return false;
    const c = newCheckIn({
      slug: this.#scale.slug,
      takenAt,
      score,
      max: topOf(this.#scale.bands),
      band,
      flags: result.flags,
      focus: result.focus,
    });
    this.session.add(c);
    const { save, readOnly } = this.session.state;
    return save === "saved" && !readOnly && this.session.find(c.id) !== undefined;
  }

  /** Deletes one check-in (Undo: session.undoRemove()). */
  remove(id: string): void {
    this.session.remove(id);
  }

  /** Deletes every check-in of this self-check; false if that could not be saved. */
  removeAll(): boolean {
    return this.session.removeAll();
  }

  /** The last result, for the self-check's controller: the newest check-in. */
  savedResult(): SavedResult {
    return {
      read: () => {
        const c = this.latest();
        return c ? asResult(c) : null;
      },
      save: (result, score) => (score === undefined ? false : this.keep(result, score)),
      clear: (result) => {
        const at = result ? Date.parse(result.at) : Number.NaN;
        const c = this.history().find((x) => x.takenAt === at) ?? this.latest();
        if (c) this.remove(c.id);
      },
      cleared: "This check-in has been deleted.",
    };
  }
}
