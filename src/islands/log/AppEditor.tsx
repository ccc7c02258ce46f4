import { MAX_LINE } from "../../lib/local-store/read";
import {
  type Application,
  MAX_CONTACT,
  MAX_NOTES,
  STOPPED_AT,
  STOPPED_AT_LABELS,
  type Stage,
  type StoppedAt,
  stagePatch,
} from "../../lib/log/model";
import { Field } from "../ui/field/Field";
import { LinkField } from "./LinkField";

/** Changes fields of an application (the new one is saved by its first real change). */
export type Change = (id: string, patch: Partial<Omit<Application, "id">>) => void;

export interface EditorProps {
  a: Application;
  stages: { id: string; label: string; hint: string }[];
  change: Change;
  readOnly: boolean;
}

const id = (a: Application, what: string) => `app-${a.id}-${what}`;

/** "At which stage?": asked once an application is turned down; the answer is optional. */
function StoppedAtField({ a, change }: Pick<EditorProps, "a" | "change">) {
  return (
    <div class="tl-field">
      <label for={id(a, "stoppedAt")} class="tl-label">
        At which stage? (optional)
      </label>
      <p id={id(a, "stoppedAt-hint")} class="tl-hint">
        Where the no came. Over time, “Where do applications stop?” shows the pattern.
      </p>
      <select
        id={id(a, "stoppedAt")}
        class="field-input tl-input"
        aria-describedby={id(a, "stoppedAt-hint")}
        value={a.stoppedAt}
        onChange={(e) => change(a.id, { stoppedAt: e.currentTarget.value as StoppedAt })}
      >
        <option value="">Not said</option>
        {STOPPED_AT.map((s) => (
          <option key={s} value={s}>
            {STOPPED_AT_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The fields of one application, saved as you type. Loaded when someone
 * adds or edits an application, so the log opens lighter.
 */
export default function AppEditor({ a, stages, change, readOnly }: EditorProps) {
  const text = (
    what: keyof Application,
    label: string,
    type?: "date" | "long",
    hint?: string,
    max = MAX_LINE,
  ) => (
    <Field
      id={id(a, what)}
      kind={type ?? "text"}
      look="tl"
      maxLength={max}
      label={label}
      hint={hint}
      value={a[what] as string}
      onInput={(v) => change(a.id, { [what]: v })}
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
            onChange={(e) => change(a.id, stagePatch(a, e.currentTarget.value as Stage))}
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
        {a.stage === "turned-down" && <StoppedAtField a={a} change={change} />}
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
      <div class="tl-grid">
        <LinkField id={id(a, "link")} value={a.link} onSave={(link) => change(a.id, { link })} />
        {text(
          "contact",
          "Contact (optional)",
          undefined,
          "Who you dealt with: a name, an email or a number.",
          MAX_CONTACT,
        )}
      </div>
      {text("notes", "Notes (optional)", "long", undefined, MAX_NOTES)}
    </fieldset>
  );
}
