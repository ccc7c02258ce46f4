import { Component } from "preact";
import type { DraftSource } from "../../../lib/drafts/fill";
import { checkReminder, reminderIcs, suggestedFollowUp } from "../../../lib/drafts/remind";
import { type DraftKind, TEMPLATES } from "../../../lib/drafts/templates";
import { downloadText } from "../download";
import { focusSoon } from "../focus";

interface Props {
  /** The ids' start, unique on the page. */
  prefix: string;
  kind: DraftKind;
  title: string;
  source: DraftSource;
  subject: string;
}

interface State {
  date: string;
  time: string;
  error: { field: "date" | "time"; message: string } | null;
  done: string;
}

/**
 * "Remind me to send it": a day (and, if wanted, a time) gives a one-off
 * calendar reminder (.ics), made in the browser. The follow-up suggests
 * five working days after the interview, as the silence article advises.
 */
export class RemindMe extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    const date = props.kind === "follow-up" ? suggestedFollowUp(props.source.date) : "";
    this.state = { date, time: "", error: null, done: "" };
  }

  download = () => {
    const { kind, source, subject, prefix } = this.props;
    const { date, time } = this.state;
    const check = checkReminder(date, time);
    if (!check.ok) {
      this.setState({ error: { field: check.field, message: check.message }, done: "" });
      focusSoon(`${prefix}-${check.field}`);
      return;
    }
    const file = reminderIcs(kind, source, subject, { date, time }, Date.now());
    downloadText(file.name, file.text, "text/calendar");
    this.setState({
      error: null,
      done: "Reminder downloaded. Open the file to add it to your calendar.",
    });
  };

  render({ prefix, kind, title }: Props, { date, time, error, done }: State) {
    const input = (field: "date" | "time", label: string, hint: string, value: string) => {
      const bad = error?.field === field;
      return (
        <div class="dr-field">
          <label for={`${prefix}-${field}`} class="dr-label">
            {label}
          </label>
          <p id={`${prefix}-${field}-hint`} class="dr-hint">
            {hint}
          </p>
          {bad && (
            <p id={`${prefix}-${field}-err`} class="dr-err">
              {error.message}
            </p>
          )}
          <input
            id={`${prefix}-${field}`}
            type={field}
            autocomplete="off"
            class="field-input dr-input max-w-56"
            value={value}
            aria-invalid={bad ? "true" : undefined}
            aria-describedby={`${prefix}-${field}-hint${bad ? ` ${prefix}-${field}-err` : ""}`}
            onInput={(e) => {
              const v = e.currentTarget.value;
              this.setState(field === "date" ? { date: v, done: "" } : { time: v, done: "" });
            }}
          />
        </div>
      );
    };
    return (
      <details class="dr-remind">
        <summary>Remind me to send it</summary>
        <div class="dr-when">
          {input("date", "Remind me on", TEMPLATES[kind].when, date)}
          {input("time", "At (optional)", "Leave empty for a reminder at 9:00 that day.", time)}
        </div>
        <div class="dr-row">
          <button type="button" class="btn btn-secondary" onClick={this.download}>
            Download reminder for “{title}” (.ics)
          </button>
        </div>
        <p role="status" class="mt-2 min-h-6">
          {done}
        </p>
      </details>
    );
  }
}
