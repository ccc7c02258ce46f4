/**
 * Reading an imported backup: the checks it must pass before it can change
 * anything (a file with any problem is refused whole, with plain reasons),
 * and the plan of what it would add or update.
 *
 * This module is loaded only when someone chooses a file. What it needs from
 * the page's main bundle comes in `kit` rather than by import: a shared import
 * would make the bundler split the main bundle into extra chunks, which costs
 * the page more than loading this on demand saves. (Types are free.)
 */
import type { ImportPlan, sameContent } from "./merge";
import type { Upgrade } from "./migrate";
import type { Entry, WorksheetDoc } from "./model";
import type { isRecord, LIMITS, readDoc } from "./validate";

export interface ImportKit {
  readDoc: typeof readDoc;
  isRecord: typeof isRecord;
  sameContent: typeof sameContent;
  limits: typeof LIMITS;
  version: number;
  format: string;
  /** migrate(), for a backup in an older shape; see isOlderBackup. */
  upgrade?: Upgrade | undefined;
}

export type ImportCheck = { ok: true; entries: Entry[] } | { ok: false; errors: string[] };

const MAX_ERRORS = 10;

/** Returned for a backup in an older shape when no upgrade was passed in. */
export const NEEDS_UPGRADE = "This backup is from an older version and could not be upgraded.";

/** True when the file's text is JSON in an older shape, so migrate.ts is needed to read it. */
export function isOlderBackup(text: string, kit: ImportKit): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return kit.isRecord(json) && json.version !== kit.version;
  } catch {
    return false;
  }
}

/** Validates the text of a backup file. A file with any problem is refused whole. */
export function readBackup(text: string, now: number, kit: ImportKit): ImportCheck {
  const fail = (error: string): ImportCheck => ({ ok: false, errors: [error] });
  if (text.length > kit.limits.importBytes)
    return fail("The file is too large. A backup from this site is much smaller than 5 MB.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("The file is not a JSON backup. Choose the .json file you saved from this page.");
  }
  const format = kit.isRecord(json) && Object.hasOwn(json, "format") ? json.format : kit.format;
  if (!kit.isRecord(json) || format !== kit.format)
    return fail("The file is not a backup of the worksheet.");
  const version = Object.hasOwn(json, "version") ? json.version : undefined;
  if (typeof version === "number" && version > kit.version)
    return fail(
      "The file was saved by a newer version of this site. Reload the page and try again.",
    );
  // Only the entries are imported: a backup never deletes anything here.
  const only = { version, entries: Object.hasOwn(json, "entries") ? json.entries : undefined };
  if (version !== kit.version && !kit.upgrade) return fail(NEEDS_UPGRADE);
  const read = kit.readDoc(version === kit.version ? only : kit.upgrade?.(only, now).value);
  // Stricter than reading storage: any repair, or any limit broken, refuses the file.
  const problems = read.ok
    ? [...read.problems, ...overLimits(read.doc.entries, now, kit.limits)]
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
function overLimits(entries: Entry[], now: number, limits: ImportKit["limits"]): string[] {
  if (entries.length > limits.entries) return ["The file has too many reflections."];
  const out: string[] = [];
  entries.forEach((e, i) => {
    const bad = (what: string) => out.push(`Reflection ${i + 1}: ${what}.`);
    if (e.updatedAt > now + 86_400_000 || e.createdAt > now + 86_400_000)
      bad("it was changed in the future");
    for (const [key, value] of Object.entries(e))
      if (typeof value === "string" && value.length > limits.fieldChars)
        bad(`“${key}” is too long`);
    if (e.steps.length > limits.steps) bad("it has too many next steps");
    if (e.steps.some((s) => s.text.length > limits.stepChars)) bad("a next step is too long");
  });
  return out;
}

/** Sorts a file's entries into those it adds, those it updates (newer and different), and the rest. */
export function planImport(
  local: WorksheetDoc,
  incoming: readonly Entry[],
  kit: ImportKit,
): ImportPlan {
  const byId = new Map(local.entries.map((e) => [e.id, e]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: [] };
  for (const e of incoming) {
    const mine = byId.get(e.id);
    if (!mine) plan.added.push(e);
    else if (e.updatedAt > mine.updatedAt && !kit.sameContent(e, mine)) plan.updated.push(e);
    else plan.unchanged.push(e);
  }
  return plan;
}
