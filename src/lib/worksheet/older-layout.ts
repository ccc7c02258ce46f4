/**
 * The older layout kept the whole worksheet under one key
 * ("bounce-back:worksheet"), in version 1 or, in the first prototype, the
 * version 0 shape (migrate.ts). This moves it into one key per entry, and is
 * loaded only when that key exists (see WorksheetStore.hasOlderLayout). The
 * old text is removed only once a copy of it (damaged or version 0 data) or
 * every entry it held (version 1) is safely written; data from a newer
 * version is left alone and makes the worksheet read-only.
 */
import { keepOnce, readKey, writeKey } from "../local-store/site-data";
import type { StorageLike } from "../local-store/storage";
import { normalize } from "./merge";
import { migrate, type Upgrade } from "./migrate";
import { DOC_VERSION, type WorksheetDoc } from "./model";
import { readDoc } from "./read-doc";
import { KEY, type LoadResult, UPGRADE_PREFIX, type WorksheetStore } from "./store";
import { isRecord } from "./validate";

export type Parsed =
  | { ok: true; doc: WorksheetDoc; problems: string[]; from: number }
  | { ok: false; reason: "not-json" | "wrong-shape" | "newer"; problems: string[] };

/** True when parsed JSON is in the current shape and needs no upgrade. */
export function isCurrent(json: unknown): boolean {
  return isRecord(json) && json.version === DOC_VERSION;
}

/** True when parsed JSON says it is from a newer version than this code knows. */
const isNewer = (json: unknown) =>
  isRecord(json) && typeof json.version === "number" && json.version > DOC_VERSION;

/**
 * Parses and validates a whole-document text (the older layout). Older
 * shapes are upgraded by migrate.ts; a shape it does not know counts as
 * unreadable, so it is backed up, never lost.
 */
export function parseStored(raw: string, now: number, upgrade: Upgrade = migrate): Parsed {
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
  if (isNewer(json))
    return { ok: false, reason: "newer", problems: ["Saved by a newer version of the site."] };
  const { value, from } = isCurrent(json) ? { value: json, from: DOC_VERSION } : upgrade(json, now);
  const read = readDoc(value);
  if (!read.ok) return { ok: false, reason: "wrong-shape", problems: read.problems };
  return { ok: true, doc: read.doc, problems: read.problems, from };
}

/**
 * Moves the whole-document key of the older layout into one key per entry.
 * The old text is removed only once a copy (damaged or older data) or every
 * entry (current data) is safely written.
 */
export function move(store: WorksheetStore, s: StorageLike, out: LoadResult): void {
  const raw = readKey(s, KEY);
  if (raw === null) return;
  const parsed = parseStored(raw, store.now(), migrate);
  if (!parsed.ok && parsed.reason === "newer") {
    out.readOnly = true;
    return;
  }
  if (!parsed.ok || parsed.problems.length > 0) {
    out.damaged = {
      raw,
      backupKey: null,
      reason: parsed.ok ? "partly" : parsed.reason === "not-json" ? "not-json" : "wrong-shape",
      problems: parsed.problems,
    };
    out.damaged.backupKey = store.records.keepCopy(s, raw);
  } else if (parsed.from !== DOC_VERSION) {
    keepOnce(s, raw, `${UPGRADE_PREFIX}${parsed.from}`);
    out.migratedFrom = parsed.from;
  }
  if (parsed.ok) {
    const written = store.save(parsed.doc);
    const byId = new Map(out.doc.entries.map((e) => [e.id, e]));
    for (const e of written.doc.entries) byId.set(e.id, e);
    out.doc = normalize(byId.values(), [...out.doc.deleted, ...written.doc.deleted]);
    if (!written.ok) {
      out.trouble = written.trouble ?? out.trouble;
      out.readOnly ||= written.readOnly;
      return;
    }
  }
  writeKey(s, KEY, null);
}
