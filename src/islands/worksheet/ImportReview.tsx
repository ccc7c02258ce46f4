/**
 * Loaded only once someone chooses a file to import: the checks on the file
 * (import.ts), the error summary for a bad file and the preview of what a good
 * one will change. Like the Markdown export, it imports nothing from the main
 * bundle but types, so loading it on demand does not split that bundle.
 */
import type { ImportPlan } from "../../lib/worksheet/merge";
import type { Entry } from "../../lib/worksheet/model";

export { isOlderBackup, planImport, readBackup } from "../../lib/worksheet/import";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** A GOV.UK-style error summary: what is wrong with the file, and that nothing changed. */
export function ErrorSummary({
  id,
  errors,
  input,
}: {
  id: string;
  errors: string[];
  input: string;
}) {
  return (
    <div id={id} tabIndex={-1} role="alert" class="ws-box border-danger bg-surface">
      <p class="text-lg font-bold">There is a problem with the file</p>
      <p class="mt-1">Nothing has been changed. Your reflections are as they were.</p>
      <ul class="mt-2 grid gap-1">
        {errors.map((msg) => (
          <li key={msg}>
            <a href={`#${input}`} class="ws-err hover:text-danger">
              {msg}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

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
        `${plural(plan.updated.length, "reflection")} will be updated with a newer version from the file:`,
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
