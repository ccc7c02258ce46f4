/**
 * Reading an imported backup: the checks it must pass before it can change
 * anything (a file with any problem is refused whole, with plain reasons),
 * and the plan of what it would add or update. Loaded only when someone
 * chooses a file.
 */

import { BACKUP_FORMAT } from "./export";
import { type ImportPlan, sameWords } from "./merge";
import type { Upgrade } from "./migrate";
import { DOC_VERSION, type Entry, type WorksheetDoc } from "./model";
import { readDoc } from "./read-doc";
import { isRecord, LIMITS } from "./validate";

export type ImportCheck = { ok: true; entries: Entry[] } | { ok: false; errors: string[] };

const MAX_ERRORS = 10;

/** Returned for a backup in an older shape when no upgrade was passed in. */
export const NEEDS_UPGRADE = "This backup is from an older version and could not be upgraded.";

/** True when the file's text is JSON in an older shape, so migrate.ts is needed to read it. */
export function isOlderBackup(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return isRecord(json) && json.version !== DOC_VERSION;
  } catch {
    return false;
  }
}

const MB = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

export const TOO_LARGE = `The file is too large. A backup from this site is never larger than ${MB(LIMITS.importBytes)}.`;

/**
 * The headroom rule: the worksheet keeps everything it stores under
 * LIMITS.storeChars (half of the 5 MB browsers give a site), so that after
 * any import there is always room for a conflict copy of every entry, or for
 * undoing the import. `stored` is what the worksheet holds now, in characters.
 */
export function roomFor(text: string, stored: number): string | null {
  if (stored + text.length <= LIMITS.storeChars) return null;
  return `There is not enough room for this backup. With what is already here your reflections would take about ${MB(stored + text.length)}, and the worksheet keeps them under ${MB(LIMITS.storeChars)}, half of what the browser allows, so that there is always room to keep both versions of a changed reflection or to undo the import. Delete some reflections, or import a smaller backup.`;
}

/** Validates the text of a backup file. A file with any problem is refused whole. */
export function readBackup(text: string, now: number, upgrade?: Upgrade): ImportCheck {
  const fail = (error: string): ImportCheck => ({ ok: false, errors: [error] });
  if (text.length > LIMITS.importBytes) return fail(TOO_LARGE);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("The file is not a JSON backup. Choose the .json file you saved from this page.");
  }
  const format = isRecord(json) && Object.hasOwn(json, "format") ? json.format : BACKUP_FORMAT;
  if (!isRecord(json) || format !== BACKUP_FORMAT)
    return fail("The file is not a backup of the worksheet.");
  const version = Object.hasOwn(json, "version") ? json.version : undefined;
  if (typeof version === "number" && version > DOC_VERSION)
    return fail(
      "The file was saved by a newer version of this site. Reload the page and try again.",
    );
  // Only the entries are imported: a backup never deletes anything here.
  const only = { version, entries: Object.hasOwn(json, "entries") ? json.entries : undefined };
  if (version !== DOC_VERSION && !upgrade) return fail(NEEDS_UPGRADE);
  const read = readDoc(version === DOC_VERSION ? only : upgrade?.(only, now).value);
  // Stricter than reading storage: any repair, or any limit broken, refuses the file.
  const problems = read.ok
    ? [...read.problems, ...overLimits(read.doc.entries, now)]
    : read.problems;
  if (problems.length > 0) {
    const errors = problems.slice(0, MAX_ERRORS);
    if (problems.length > MAX_ERRORS)
      errors.push(`And ${problems.length - MAX_ERRORS} more problems.`);
    return { ok: false, errors };
  }
  if (!read.ok || read.doc.entries.length === 0) return fail("The file has no reflections in it.");
  return { ok: true, entries: read.doc.entries };
}

/** The import limits: how many, how long, and no times in the future. */
function overLimits(entries: Entry[], now: number): string[] {
  if (entries.length > LIMITS.entries) return ["The file has too many reflections."];
  const out: string[] = [];
  entries.forEach((e, i) => {
    const bad = (what: string) => out.push(`Reflection ${i + 1}: ${what}.`);
    if (e.updatedAt > now + 86_400_000 || e.createdAt > now + 86_400_000)
      bad("it was changed in the future");
    for (const [key, value] of Object.entries(e))
      if (typeof value === "string" && value.length > LIMITS.fieldChars)
        bad(`“${key}” is too long`);
    if (e.steps.length > LIMITS.steps) bad("it has too many next steps");
    if (e.steps.some((s) => s.text.length > LIMITS.stepChars)) bad("a next step is too long");
  });
  return out;
}

/** Sorts a file's entries into those it adds, those it updates (newer and different), and the rest. */
export function planImport(local: WorksheetDoc, incoming: readonly Entry[]): ImportPlan {
  const byId = new Map(local.entries.map((e) => [e.id, e]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: [] };
  for (const e of incoming) {
    const mine = byId.get(e.id);
    if (!mine) plan.added.push(e);
    else if (e.updatedAt > mine.updatedAt && !sameWords(e, mine)) plan.updated.push(e);
    else plan.unchanged.push(e);
  }
  return plan;
}
