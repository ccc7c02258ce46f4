import { Component, type ComponentType } from "preact";
import type { SaveState } from "../../lib/local-store/session";
import { type Entry, entryTitle, FIELD_TEXT, type TextField } from "../../lib/worksheet/model";
import { LIMITS } from "../../lib/worksheet/validate";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { Field } from "../ui/field/Field";
import { focusSoon } from "../ui/focus";
import { SaveStatus } from "../ui/save-status/SaveStatus";
import { ids } from "./ids";
import { NextStepsChecklist } from "./NextStepsChecklist";

interface Props {
  entry: Entry;
  /** Saved by a newer version: shown, but nothing can be changed. */
  readOnly: boolean;
  save: SaveState;
  announced: boolean;
  onEdit: (patch: Partial<Omit<Entry, "id" | "updatedAt">>) => void;
  onDelete: () => void;
}

const LONG: TextField[] = ["feeling", "wentWell", "differently", "workOn", "advice"];
const DELETE = "ws-delete";
const CONFIRM = "ws-confirm-delete";

/** One reflection: every field, the checklist, and delete with confirmation. */
export class EntryForm extends Component<Props, { confirming: boolean }> {
  override state = { confirming: false };

  confirm(confirming: boolean) {
    this.setState({ confirming });
    focusSoon(confirming ? CONFIRM : DELETE);
  }

  render(
    { entry, readOnly, save, announced, onEdit, onDelete }: Props,
    { confirming }: { confirming: boolean },
  ) {
    const title = entryTitle(entry);
    const field = (name: TextField | "date", kind: "text" | "date" | "long" = "long") => (
      <Field
        id={ids.field(name)}
        label={FIELD_TEXT[name].label}
        hint={FIELD_TEXT[name].hint}
        value={entry[name]}
        kind={kind}
        look="ws"
        maxLength={kind === "date" ? 10 : LIMITS.fieldChars}
        onInput={(value) => onEdit({ [name]: value })}
      />
    );
    return (
      <section aria-labelledby={ids.heading} class="print:hidden">
        <div class="ws-head">
          <h2 id={ids.heading} tabIndex={-1}>
            {title}
          </h2>
          <SaveStatus save={save} announced={announced} />
        </div>
        {entry.origin && <p class="mt-2 text-muted">{entry.origin}</p>}
        <fieldset disabled={readOnly} class="min-w-0">
          <div class="grid gap-x-6 sm:grid-cols-2">
            {field("role", "text")}
            {field("company", "text")}
          </div>
          {field("interviewer", "text")}
          {field("date", "date")}
          {LONG.map((name) => field(name))}
          <NextStepsChecklist steps={entry.steps} onChange={(steps) => onEdit({ steps })} />
          {field("kindNote")}
        </fieldset>
        <EmailsPanel key={entry.id} entry={entry} />

        <div class="mt-10 border-t-2 border-line pt-4">
          <div class="ws-row">
            <button type="button" class="btn btn-secondary" onClick={() => window.print()}>
              Print this reflection
            </button>
            {!confirming && !readOnly && (
              <button
                id={DELETE}
                type="button"
                class="btn btn-danger"
                onClick={() => this.confirm(true)}
              >
                Delete this reflection
              </button>
            )}
          </div>
          {confirming && (
            <ConfirmInline
              id={CONFIRM}
              question={`Delete “${title}”?`}
              detail="You can undo this straight after."
              confirmLabel="Yes, delete it"
              onConfirm={() => {
                this.setState({ confirming: false });
                onDelete();
              }}
              onCancel={() => this.confirm(false)}
            />
          )}
        </div>
      </section>
    );
  }
}

/**
 * "Draft emails from this reflection": the drafts (EmailDrafts.tsx) load only
 * when asked for, so the worksheet's first load stays within its JS budget.
 */
class EmailsPanel extends Component<
  { entry: Entry },
  { View?: ComponentType<{ entry: Entry }>; failed?: boolean }
> {
  override state: { View?: ComponentType<{ entry: Entry }>; failed?: boolean } = {};

  open = () =>
    import("./EmailDrafts").then(
      (m) => {
        this.setState({ View: m.default });
        focusSoon("ws-drafts-h");
      },
      () => this.setState({ failed: true }),
    );

  render(
    { entry }: { entry: Entry },
    { View, failed }: { View?: ComponentType<{ entry: Entry }>; failed?: boolean },
  ) {
    return (
      <section aria-labelledby="ws-drafts-h" class="mt-10 border-t-2 border-line pt-4 print:hidden">
        <h3 id="ws-drafts-h" tabIndex={-1} class="text-xl font-bold">
          Emails from this reflection
        </h3>
        {View ? (
          <View entry={entry} />
        ) : (
          <>
            <button
              type="button"
              id="ws-draft-emails"
              class="btn btn-secondary mt-3"
              onClick={this.open}
            >
              Draft emails: feedback, reply, follow-up
            </button>
            {failed && (
              <p role="alert" class="ws-err">
                The drafts could not load. Try again.
              </p>
            )}
          </>
        )}
      </section>
    );
  }
}
