import { MAX_LINE } from "../../lib/local-store/read";
import type { RecordSession } from "../../lib/local-store/session";
import type { Application, Stage } from "../../lib/log/model";
import { Field } from "../ui/field/Field";

export interface EditorProps {
  a: Application;
  stages: { id: string; label: string; hint: string }[];
  session: RecordSession<Application>;
  readOnly: boolean;
}

const id = (a: Application, what: string) => `app-${a.id}-${what}`;

/**
 * The fields of one application, saved as you type. Loaded when someone
 * adds or edits an application, so the log opens lighter.
 */
export default function AppEditor({ a, stages, session: s, readOnly }: EditorProps) {
  const text = (what: keyof Application, label: string, type?: "date", hint?: string) => (
    <Field
      id={id(a, what)}
      kind={type ?? "text"}
      look="tl"
      maxLength={MAX_LINE}
      label={label}
      hint={hint}
      value={a[what] as string}
      onInput={(v) => s.edit(a.id, { [what]: v })}
    />
  );
  return (
    <fieldset id={id(a, "edit")} disabled={readOnly} class="min-w-0">
      <legend class="sr-only">Change this application</legend>
      <div class="tl-grid">
        {text("role", "Role")}
        {text("company", "Company")}
        {text("date", "Date applied", "date")}
        <div class="tl-field">
          <label for={id(a, "stage")} class="tl-label">
            Stage
          </label>
          <select
            id={id(a, "stage")}
            class="field-input tl-input"
            aria-describedby={id(a, "stage-hint")}
            value={a.stage}
            onChange={(e) => s.edit(a.id, { stage: e.currentTarget.value as Stage })}
          >
            {stages.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
          <p id={id(a, "stage-hint")} class="tl-hint">
            {stages.find((x) => x.id === a.stage)?.hint}
          </p>
        </div>
      </div>
      {text(
        "interviewDate",
        "Interview date (optional)",
        "date",
        "The latest interview, if any: it counts in the weekly view.",
      )}
      <div class="tl-grid">
        {text("nextAction", "Next action (optional)")}
        {text("nextDate", "By when (optional)", "date", "A day makes a calendar reminder.")}
      </div>
    </fieldset>
  );
}
