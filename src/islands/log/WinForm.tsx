import { Component } from "preact";
import { localDay } from "../../lib/days";
import { MAX_LINE } from "../../lib/local-store/read";
import { checkWinDay } from "../../lib/log/model";
import { focusSoon } from "../ui/focus";

interface Props {
  /** Today, "YYYY-MM-DD": the day a win takes unless another is chosen, and the latest allowed. */
  today: string;
  example: string;
  readOnly: boolean;
  /** A win to log: its line and its day ("YYYY-MM-DD"), both checked. */
  onAdd: (text: string, day: string) => void;
}

interface State {
  text: string;
  /** The day as typed ("" until changed: today). */
  day: string;
  /** Why the day cannot be used, or "". */
  error: string;
}

/**
 * "A small win, in a line" and its day. It keeps what is typed to itself, so
 * a keystroke here redraws this form, not the log's thousand cards and wins.
 */
export class WinForm extends Component<Props, State> {
  override state: State = { text: "", day: "", error: "" };

  submit = (e: Event) => {
    e.preventDefault();
    const text = this.state.text.trim();
    if (!text) {
      focusSoon("log-win");
      return;
    }
    const day = checkWinDay(this.state.day, localDay(Date.now()));
    if (!day.ok) {
      this.setState({ error: day.error });
      focusSoon("log-win-day");
      return;
    }
    this.props.onAdd(text, day.day);
    this.setState({ text: "", day: "", error: "" });
    focusSoon("log-win");
  };

  render({ today, example, readOnly }: Props, { text, day, error }: State) {
    return (
      <form class="tl-row items-end" noValidate onSubmit={this.submit}>
        <div class="log-win-text">
          <label for="log-win" class="tl-label">
            A small win, in a line
          </label>
          <p id="log-win-hint" class="tl-hint">
            For example: “{example}”.
          </p>
          <input
            id="log-win"
            class="field-input tl-input"
            autocomplete="off"
            aria-describedby="log-win-hint"
            maxLength={MAX_LINE}
            disabled={readOnly}
            value={text}
            onInput={(e) => this.setState({ text: e.currentTarget.value })}
          />
        </div>
        <div class="tl-field">
          <label for="log-win-day" class="tl-label">
            When
          </label>
          <p id="log-win-day-hint" class="sr-only">
            Today, or an earlier day.
          </p>
          {error && (
            <p id="log-win-day-error" class="mt-1 font-bold text-danger">
              <span class="sr-only">Error: </span>
              {error}
            </p>
          )}
          <input
            id="log-win-day"
            type="date"
            class="field-input tl-input max-w-56"
            autocomplete="off"
            max={today}
            aria-describedby={`log-win-day-hint${error ? " log-win-day-error" : ""}`}
            aria-invalid={error ? "true" : undefined}
            disabled={readOnly}
            value={day || today}
            onInput={(e) => this.setState({ day: e.currentTarget.value, error: "" })}
          />
        </div>
        <button type="submit" class="btn btn-secondary" disabled={readOnly}>
          Log this win
        </button>
      </form>
    );
  }
}
