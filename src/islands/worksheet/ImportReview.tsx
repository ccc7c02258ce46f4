/**
 * Loaded only once someone chooses a file to import: the checks on the file
 * (import.ts) and the preview of what a good one will change.
 */
import {
  isOlderBackup,
  planImport,
  readBackup,
  roomFor,
  TOO_LARGE,
} from "../../lib/worksheet/import";
import type { ImportPlan } from "../../lib/worksheet/merge";
import type { Entry, WorksheetDoc } from "../../lib/worksheet/model";
import { LIMITS } from "../../lib/worksheet/validate";

// The shared error summary, for a bad file: loaded with the rest of this, only when needed.
export { ErrorSummary } from "../ui/error-summary/ErrorSummary";

/** Checks a chosen file: the plan of what it would change, or why it cannot be imported. */
export async function checkFile(
  file: File,
  doc: WorksheetDoc,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; errors: string[] }> {
  const fail = (error: string) => ({ ok: false as const, errors: [error] });
  if (file.size > LIMITS.importBytes) return fail(TOO_LARGE);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail("The file could not be read. Try choosing it again.");
  }
  // The headroom rule, against what the worksheet holds now (in characters).
  const room = roomFor(text, JSON.stringify(doc.entries).length);
  if (room) return fail(room);
  // A backup in an older shape needs migrate.ts, loaded only for it.
  const upgrade = isOlderBackup(text)
    ? await import("../../lib/worksheet/migrate").then(
        (m) => m.migrate,
        () => undefined,
      )
    : undefined;
  const check = readBackup(text, Date.now(), upgrade);
  return check.ok ? { ok: true, plan: planImport(doc, check.entries) } : check;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

interface PreviewProps {
  id: string;
  name: string;
  plan: ImportPlan;
  title: (e: Entry) => string;
  onImport: () => void;
  onCancel: () => void;
}

/** What a good file will add or update, before anything changes. */
export function Preview({ id, name, plan, title, onImport, onCancel }: PreviewProps) {
  const list = (label: string, entries: Entry[]) =>
    entries.length > 0 && (
      <>
        <p class="mt-3 font-semibold">{label}</p>
        <ul class="mt-1 list-disc pl-6">
          {entries.slice(0, 20).map((e) => (
            <li key={e.id} class="break-words">
              {title(e)}
            </li>
          ))}
          {entries.length > 20 && <li>and {entries.length - 20} more</li>}
        </ul>
      </>
    );
  const changes = plan.added.length + plan.updated.length;
  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-t`}
      class="ws-box border-note bg-note-soft"
    >
      <p id={`${id}-t`} class="text-lg font-bold">
        Check before importing
      </p>
      <p class="mt-1 break-words">
        “{name}” holds {plural(changes + plan.unchanged.length, "reflection")}. Nothing here will be
        deleted.
      </p>
      {list(`${plural(plan.added.length, "new reflection")} will be added:`, plan.added)}
      {list(
        `${plural(plan.updated.length, "reflection")} will be updated with a newer version from the file (what you have here is kept as a copy):`,
        plan.updated,
      )}
      {plan.unchanged.length > 0 && (
        <p class="mt-3">
          {plural(plan.unchanged.length, "reflection")} you already have (the same or newer here)
          will stay as
          {plan.unchanged.length === 1 ? " it is." : " they are."}
        </p>
      )}
      <div class="ws-row">
        {changes > 0 && (
          <button type="button" class="btn btn-primary" onClick={onImport}>
            Import
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

interface DoneProps {
  id: string;
  kind: "done" | "undone";
  added?: number;
  updated?: number;
  /** After an undo: entries left as they were because they changed since the import. */
  kept?: number;
  canUndo: boolean;
  onUndo: () => void;
}

/** What an import did, with Undo while it is offered; or what undoing it did. */
export function Done({ id, kind, added = 0, updated = 0, kept = 0, canUndo, onUndo }: DoneProps) {
  if (kind === "undone")
    return (
      <p id={id} tabIndex={-1} role="status" class="mt-4 font-semibold">
        The import was undone.
        {kept > 0 &&
          ` ${plural(kept, "reflection")} changed since the import ${kept === 1 ? "stays" : "stay"} as ${kept === 1 ? "it is" : "they are"}.`}
      </p>
    );
  return (
    <div
      id={id}
      tabIndex={-1}
      role="status"
      class="mt-4 rounded-r-lg border-l-4 border-success bg-accent-soft px-4 py-3"
    >
      <p class="font-semibold">
        Imported: {added} added and {updated} updated.
        {updated > 0 &&
          " Where the file changed words you had here, your version is kept as a copy."}
      </p>
      {canUndo && (
        <button type="button" class="btn btn-secondary mt-2" onClick={onUndo}>
          Undo import
        </button>
      )}
    </div>
  );
}
