import { Component } from "preact";
import { dayText } from "../../lib/days";
import type { CheckInBook } from "../../lib/self-check/check-ins";
import { type CheckIn, compareWithLast, comparisonText } from "../../lib/self-check/history";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { focusSoon } from "../ui/focus";

interface Props {
  book: CheckInBook;
  /** Also say "compared with last time" (on the start screen; the result says it itself). */
  compare?: boolean | undefined;
}

interface State {
  confirming: boolean;
  showAll: boolean;
  /** Something was deleted here this visit: the list stays, even empty, so focus has a place. */
  touched: boolean;
  /** Why the last deletion could not be saved, or "". */
  error: string;
}

/** How many check-ins show before "Show all". */
const SHORT = 3;

const ids = {
  heading: "sc-history-heading",
  undo: "sc-history-undo",
  confirm: "sc-history-confirm",
  all: "sc-history-all",
};

const scoreText = (c: CheckIn) => (c.score < 0 ? "score not kept" : `${c.score} out of ${c.max}`);

/** "Delete the check-in of 7 December 2026" (with the time when two share a day). */
function deleteLabel(c: CheckIn, list: readonly CheckIn[]): string {
  const twice = list.some((x) => x !== c && x.day === c.day);
  const time = new Date(c.takenAt).toTimeString().slice(0, 5);
  return `Delete the check-in of ${dayText(c.day)}${twice ? ` at ${time}` : ""}`;
}

/**
 * The check-in history: newest first, each with its date, result and score,
 * one at a time deleted (with Undo) or all at once (after a confirmation).
 */
export class CheckInList extends Component<Props, State> {
  override state: State = { confirming: false, showAll: false, touched: false, error: "" };

  remove(c: CheckIn) {
    this.props.book.remove(c.id);
    this.setState({ touched: true, error: this.failed() });
    focusSoon(ids.undo);
  }

  undo = () => {
    const back = this.props.book.session.state.undo;
    this.props.book.session.undoRemove();
    this.setState({ error: this.failed() });
    if (back) focusSoon(`sc-history-${back.id}`);
  };

  removeAll = () => {
    const ok = this.props.book.removeAll();
    this.setState({ confirming: false, touched: true, error: ok ? "" : this.failed() });
    focusSoon(ids.heading);
  };

  failed(): string {
    return this.props.book.session.state.save === "saved"
      ? ""
      : "This could not be saved on your device, so it may come back when you reload the page.";
  }

  render() {
    const { book } = this.props;
    const { confirming, showAll, touched, error } = this.state;
    const list = book.history();
    const undo = book.session.state.undo;
    if (list.length === 0 && !touched) return null;
    const shown = showAll ? list : list.slice(0, SHORT);
    const compared = this.props.compare ? comparisonText(compareWithLast(list)) : "";
    return (
      <section
        aria-labelledby={ids.heading}
        class="rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
        <h2 id={ids.heading} tabIndex={-1} class="text-2xl font-bold leading-tight">
          Your check-ins
        </h2>
        {list.length === 0 ? (
          <p class="mt-2">No check-ins are kept on this device.</p>
        ) : (
          <>
            {compared && <p class="mt-2">{compared}</p>}
            <p class="mt-2 text-base text-muted">
              Newest first.{compared ? "" : " A higher score means steadier answers."} Kept on this
              device only, never your answers.
            </p>
            <ol class="mt-3 grid gap-2">
              {shown.map((c) => (
                <li
                  key={c.id}
                  class="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-line bg-page px-3 py-2"
                >
                  <span class="min-w-0">
                    <time dateTime={c.day} class="font-bold">
                      {dayText(c.day)}
                    </time>
                    : {c.bandLabel}
                    <span class="block text-base text-muted">
                      {scoreText(c)}
                      {c.copyOf ? " · a copy kept when the same check-in was changed twice" : ""}
                    </span>
                  </span>
                  <button
                    id={`sc-history-${c.id}`}
                    type="button"
                    class="btn btn-secondary"
                    aria-label={deleteLabel(c, list)}
                    onClick={() => this.remove(c)}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ol>
            {list.length > SHORT && (
              <p class="mt-3">
                <button
                  type="button"
                  class="btn btn-secondary"
                  aria-expanded={showAll}
                  onClick={() => this.setState({ showAll: !showAll })}
                >
                  {showAll ? "Show fewer" : `Show all ${list.length} check-ins`}
                </button>
              </p>
            )}
          </>
        )}
        <div role="status" class="mt-3">
          {undo && (
            <p class="flex flex-wrap items-center gap-3">
              The check-in of {dayText(undo.day)} was deleted.
              <button id={ids.undo} type="button" class="btn btn-secondary" onClick={this.undo}>
                Undo
              </button>
            </p>
          )}
        </div>
        {error && (
          <p role="alert" class="mt-3 font-bold text-danger">
            {error}
          </p>
        )}
        {list.length > 0 &&
          (confirming ? (
            <ConfirmInline
              id={ids.confirm}
              question="Delete all your check-ins?"
              detail="Every check-in kept on this device goes, and this cannot be undone."
              confirmLabel="Delete all check-ins"
              onConfirm={this.removeAll}
              onCancel={() => {
                this.setState({ confirming: false });
                focusSoon(ids.all);
              }}
            />
          ) : (
            <p class="mt-4">
              <button
                id={ids.all}
                type="button"
                class="btn btn-danger"
                onClick={() => {
                  this.setState({ confirming: true });
                  focusSoon(ids.confirm);
                }}
              >
                Delete all check-ins
              </button>
            </p>
          ))}
      </section>
    );
  }
}
