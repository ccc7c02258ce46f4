/**
 * The site-wide backup: every key this site keeps ("bounce-back:…", with the
 * lock's words as they read when unlocked, never its encrypted copy), so it
 * covers every store, present and future, without a list to keep up to date.
 * Only keys and values the site knows are accepted (`check`, from
 * src/lib/stores.ts: each store's own reader), so a planted or newer-version
 * record is refused whole, with a reason.
 * Bringing one back only adds: a key that is not here is written; a key that
 * is here already is never written over (when it holds other words, both
 * versions still exist, here and in the file, and the import says so). The
 * keys it added can be removed again with undo, unless they changed since.
 */

import { LOCKED_KEY } from "./lock";
import { CLEARED_KEY, classifyError, keysWith } from "./site-data";
import { browserStorage, SITE_PREFIX, type StorageLike } from "./storage";

export const SITE_BACKUP_FORMAT = "bounce-back-site";
const VERSION = 1;
/** Everything the site stores, in characters: half of a browser's 5 MB, so copies and undo fit. */
export const SITE_CHARS = 2_500_000;

export function exportSite(getStorage = browserStorage, now = Date.now()): string {
  const data: Record<string, string> = {};
  try {
    const s = getStorage();
    for (const key of keysWith(s, SITE_PREFIX).sort())
      if (key !== CLEARED_KEY && key !== LOCKED_KEY) data[key] = s.getItem(key) ?? "";
  } catch {
    // Blocked storage holds nothing: the backup is empty.
  }
  return JSON.stringify(
    { format: SITE_BACKUP_FORMAT, version: VERSION, exportedAt: new Date(now).toISOString(), data },
    null,
    1,
  );
}

export type SiteImport =
  | { ok: true; added: Record<string, string>; same: number; different: string[] }
  | { ok: false; error: string };

/** Why one key and value of a backup cannot be brought back, or null when the site knows it. */
export type KeyCheck = (key: string, value: string) => string | null;

/** Reads a site backup and adds what is missing here. Nothing here is ever written over. */
export function importSite(
  text: string,
  check: KeyCheck,
  getStorage: () => StorageLike = browserStorage,
): SiteImport {
  const fail = (error: string): SiteImport => ({ ok: false, error });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("The file is not a backup from this site. Choose the .json file you saved here.");
  }
  const o = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (o.format !== SITE_BACKUP_FORMAT) return fail("The file is not a backup of this whole site.");
  if (typeof o.version !== "number" || o.version > VERSION)
    return fail(
      "The file was saved by a newer version of this site. Reload the page and try again.",
    );
  const data = (typeof o.data === "object" && o.data !== null ? o.data : null) as Record<
    string,
    unknown
  > | null;
  if (!data || Array.isArray(data)) return fail("The file has nothing of this site in it.");
  const entries = Object.entries(data);
  if (
    entries.some(
      ([k, v]) =>
        !k.startsWith(SITE_PREFIX) ||
        k === CLEARED_KEY ||
        k === LOCKED_KEY ||
        k.length > 200 ||
        typeof v !== "string",
    )
  )
    return fail("The file holds something that is not this site’s data, so nothing was imported.");
  for (const [k, v] of entries) {
    const why = check(k, v as string);
    if (why) return fail(`${why} Nothing was imported.`);
  }
  try {
    const s = getStorage();
    let size = 0;
    for (const key of keysWith(s, SITE_PREFIX)) size += key.length + (s.getItem(key) ?? "").length;
    const added: Record<string, string> = {};
    const different: string[] = [];
    let same = 0;
    const adding = entries.filter(([k, v]) => {
      const here = s.getItem(k);
      if (here === v) same++;
      else if (here !== null) different.push(k);
      return here === null;
    });
    for (const [k, v] of adding) size += k.length + (v as string).length;
    if (size > SITE_CHARS)
      return fail(
        `There is not enough room: with this file, this site would keep about ${(size / 1e6).toFixed(1)} MB, and it stays under 2.5 MB, half of what the browser allows, so that there is always room to keep both versions of a change or to undo.`,
      );
    for (const [k, v] of adding) {
      s.setItem(k, v as string);
      added[k] = v as string;
    }
    return { ok: true, added, same, different };
  } catch (e) {
    return fail(
      classifyError(e) === "full"
        ? "This browser’s storage for this site is full, so the backup could not be brought back."
        : "This browser is not letting this site store anything, so the backup could not be brought back.",
    );
  }
}

/** Undoes an import: removes the keys it added, unless they changed since. Returns how many stayed. */
export function undoSiteImport(
  added: Record<string, string>,
  getStorage: () => StorageLike = browserStorage,
): number {
  let kept = 0;
  try {
    const s = getStorage();
    for (const [k, v] of Object.entries(added)) {
      if (s.getItem(k) === v) s.removeItem(k);
      else if (s.getItem(k) !== null) kept++;
    }
  } catch {
    return Object.keys(added).length;
  }
  return kept;
}
