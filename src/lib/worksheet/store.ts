/**
 * Reads and writes the worksheet in localStorage (or any Storage-like object,
 * so tests can pass a fake). The rules that keep people's words safe:
 *
 * - Every read is validated. Text that is not JSON or not a worksheet is copied
 *   to a backup key before anything else is written, and never removed (except
 *   by "Delete all my data").
 * - If that backup cannot be written, the main key is not overwritten at all.
 * - Every write first reads (and validates) what is stored and merges it, so a
 *   tab with an old copy never overwrites newer words from another tab.
 * - A blocked storage (SecurityError) or a full one (QuotaExceededError) is
 *   reported, never thrown: the page keeps working from memory.
 */

import {
  browserStorage,
  classifyError,
  clearSiteData,
  SITE_PREFIX,
  type StorageLike,
  type Trouble,
} from "../site-storage";
import { mergeDocs, type Touched } from "./merge";
import type { Upgrade } from "./migrate";
import { DOC_VERSION, emptyDoc, type WorksheetDoc } from "./model";
import { isRecord, readDoc } from "./validate";

export type { Trouble } from "../site-storage";

export const KEY = `${SITE_PREFIX}worksheet`;
export const DAMAGED_PREFIX = `${KEY}:damaged:`;
export const UPGRADE_PREFIX = `${KEY}:before-upgrade:v`;

export interface Damaged {
  /** The text as it was found. */
  raw: string;
  /** Where a copy is kept, or null if no copy could be written. */
  backupKey: string | null;
  /** "not-json": not readable at all; "wrong-shape": not a worksheet; "partly": some parts skipped. */
  reason: "not-json" | "wrong-shape" | "partly";
  problems: string[];
}

export type Parsed =
  | { ok: true; doc: WorksheetDoc; problems: string[]; from: number }
  | { ok: false; reason: "not-json" | "wrong-shape"; problems: string[] };

export interface LoadResult {
  doc: WorksheetDoc;
  trouble: Trouble | null;
  damaged: Damaged | null;
  /** The version the data was upgraded from, or null. */
  migratedFrom: number | null;
}

export type SaveResult =
  | { ok: true; doc: WorksheetDoc; damaged: Damaged | null }
  | { ok: false; doc: WorksheetDoc; trouble: Trouble; damaged: Damaged | null };

/** True when parsed JSON is in the current shape and needs no upgrade. */
export function isCurrent(json: unknown): boolean {
  return isRecord(json) && json.version === DOC_VERSION;
}

/**
 * Parses and validates stored text (or a storage event's new value). Older
 * shapes are upgraded with `upgrade` (migrate.ts, loaded only when needed);
 * without it they count as unreadable, so they are backed up, never lost.
 */
export function parseStored(raw: string, now: number, upgrade?: Upgrade): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      reason: "not-json",
      problems: ["The saved text is not in a format this page can read."],
    };
  }
  const { value, from } = isCurrent(json)
    ? { value: json, from: DOC_VERSION }
    : upgrade
      ? upgrade(json, now)
      : { value: null, from: -1 };
  const read = readDoc(value);
  if (!read.ok) return { ok: false, reason: "wrong-shape", problems: read.problems };
  return { ok: true, doc: read.doc, problems: read.problems, from };
}

export class WorksheetStore {
  /** Stored text that must be backed up before the main key may be overwritten. */
  private unsafeRaw: { raw: string; prefix: string } | null = null;

  /** Upgrades older shapes; set it (to migrate) before load when needsUpgrade() says so. */
  upgrade: Upgrade | undefined;

  constructor(
    private readonly getStorage: () => StorageLike = browserStorage,
    private readonly now: () => number = Date.now,
    upgrade?: Upgrade,
  ) {
    this.upgrade = upgrade;
  }

  /** True when the stored data is JSON in an older shape, so migrate.ts should be loaded first. */
  needsUpgrade(): boolean {
    try {
      const raw = this.storage().getItem(KEY);
      return raw !== null && !isCurrent(JSON.parse(raw));
    } catch {
      return false;
    }
  }

  private storage(): StorageLike {
    return this.getStorage();
  }

  /**
   * Writes a copy of `raw` under a new key and returns the key. A copy that is
   * already kept is not written twice. Throws if storage refuses.
   */
  private backup(s: StorageLike, raw: string, prefix: string): string {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(prefix) && s.getItem(key) === raw) return key;
    }
    const base =
      prefix === DAMAGED_PREFIX ? `${prefix}${new Date(this.now()).toISOString()}` : prefix;
    let key = base;
    for (let n = 2; s.getItem(key) !== null; n++) key = `${base}#${n}`;
    s.setItem(key, raw);
    return key;
  }

  /** Makes sure text that is not a valid current doc has a copy before it is overwritten. */
  private secure(s: StorageLike): void {
    if (!this.unsafeRaw) return;
    this.backup(s, this.unsafeRaw.raw, this.unsafeRaw.prefix);
    this.unsafeRaw = null;
  }

  /**
   * Looks at stored text. Damaged text, or text in an old shape, is copied to a
   * backup key; if that fails, the main key is locked until a copy is made.
   */
  private inspect(
    s: StorageLike,
    raw: string,
  ): { doc: WorksheetDoc | null; damaged: Damaged | null; from: number | null; error: unknown } {
    const parsed = parseStored(raw, this.now(), this.upgrade);
    const damaged: Damaged | null =
      !parsed.ok || parsed.problems.length > 0
        ? {
            raw,
            backupKey: null,
            reason: parsed.ok ? "partly" : parsed.reason,
            problems: parsed.problems,
          }
        : null;
    const from = parsed.ok && parsed.from !== DOC_VERSION ? parsed.from : null;
    if (damaged) this.unsafeRaw = { raw, prefix: DAMAGED_PREFIX };
    else if (from !== null) this.unsafeRaw = { raw, prefix: `${UPGRADE_PREFIX}${from}` };
    let error: unknown = null;
    if (this.unsafeRaw) {
      try {
        const key = this.backup(s, this.unsafeRaw.raw, this.unsafeRaw.prefix);
        this.unsafeRaw = null;
        if (damaged) damaged.backupKey = key;
      } catch (e) {
        error = e;
      }
    }
    return { doc: parsed.ok ? parsed.doc : null, damaged, from, error };
  }

  load(): LoadResult {
    let s: StorageLike;
    let raw: string | null;
    try {
      s = this.storage();
      raw = s.getItem(KEY);
    } catch (e) {
      return { doc: emptyDoc(), trouble: classifyError(e), damaged: null, migratedFrom: null };
    }
    if (raw === null) return { doc: emptyDoc(), trouble: null, damaged: null, migratedFrom: null };
    const found = this.inspect(s, raw);
    return {
      doc: found.doc ?? emptyDoc(),
      // No copy could be kept: the main key stays untouched until one can.
      trouble: found.error === null ? null : classifyError(found.error),
      damaged: found.damaged,
      migratedFrom: found.from,
    };
  }

  /**
   * Saves the document after merging what is stored now. Returns the merged
   * document, which the caller should adopt.
   */
  save(doc: WorksheetDoc, touched?: Touched): SaveResult {
    let merged = doc;
    let damaged: Damaged | null = null;
    try {
      const s = this.storage();
      this.secure(s);
      const raw = s.getItem(KEY);
      if (raw !== null) {
        const found = this.inspect(s, raw);
        damaged = found.damaged;
        if (found.doc) merged = mergeDocs(doc, found.doc, touched);
        if (found.error !== null) throw found.error;
      }
      const out = JSON.stringify(merged);
      if (out !== raw) s.setItem(KEY, out);
      return { ok: true, doc: merged, damaged };
    } catch (e) {
      return { ok: false, doc: merged, trouble: classifyError(e), damaged };
    }
  }

  /** Reads the current stored document without writing (for a storage event). */
  read(raw: string | null): Parsed | null {
    if (raw === null) return null;
    return parseStored(raw, this.now(), this.upgrade);
  }

  /** Copies of damaged data kept on this device, oldest first. */
  damagedCopies(): { key: string; raw: string }[] {
    const out: { key: string; raw: string }[] = [];
    try {
      const s = this.storage();
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(DAMAGED_PREFIX)) out.push({ key, raw: s.getItem(key) ?? "" });
      }
    } catch {
      // Nothing can be listed when storage is blocked.
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  /** Removes every key this site wrote. Returns the trouble, or null when done. */
  clearAll(): Trouble | null {
    const trouble = clearSiteData(this.getStorage);
    this.unsafeRaw = null;
    return trouble;
  }
}
