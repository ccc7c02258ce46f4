import { Component, createRef } from "preact";
import type { CheckInBook } from "../../lib/self-check/check-ins";
import {
  type FocusTarget,
  NOTHING_SAVED,
  SelfCheckController,
  type SelfCheckState,
} from "../../lib/self-check/controller";
import { missingAnswerMessage, type SelfCheckProps } from "../../lib/self-check/types";
import { ErrorSummary } from "../ui/error-summary/ErrorSummary";
import { ids } from "./ids";
import { LastResult } from "./LastResult";
import { QuestionFieldset } from "./QuestionFieldset";
import { ResultPanel } from "./ResultPanel";

/** The check-in history, once loaded (check-in-parts.ts). */
interface History {
  parts: typeof import("./check-in-parts");
  book: CheckInBook;
}

/**
 * A self-check's view: it draws the SelfCheckController's state, moves focus
 * where the controller says, and marks the page title while there are errors.
 * Server-rendered, then hydrated by mountIsland with the same props.
 *
 * A class component rather than hooks: it keeps preact/hooks (about 1 KB
 * gzipped) off the page, which helps keep the page under its 16 KB JS budget
 * (tests/built/budget.test.ts).
 */
export default class SelfCheck extends Component<
  SelfCheckProps,
  SelfCheckState & { history?: History }
> {
  // A check-in page remembers results through its history, once that has loaded.
  check = new SelfCheckController(this.props, this.props.history ? { saved: NOTHING_SAVED } : {});
  focusRefs = {
    summary: createRef<HTMLDivElement>(),
    result: createRef<HTMLHeadingElement>(),
    questions: createRef<HTMLHeadingElement>(),
  } satisfies Record<FocusTarget, unknown>;
  stop: (() => void) | undefined;
  stopHistory: (() => void) | undefined;
  /** While the check-in history loads: a result submitted meanwhile waits for it. */
  loading: Promise<void> | null = null;

  override state: SelfCheckState & { history?: History } = this.check.state;

  /** Follows the controller, and on return shows the remembered result (without moving focus). */
  override componentDidMount() {
    this.stop = this.check.subscribe(() => this.setState(this.check.state));
    if (this.props.history) this.loading = this.loadHistory();
    else this.check.start();
  }

  /** Loads the check-in history; if it cannot load, results still show (and say they were not kept). */
  async loadHistory() {
    try {
      const parts = await import("./check-in-parts");
      const { book, stop } = parts.openCheckIns(this.props);
      const unsubscribe = book.session.subscribe(() => this.check.refresh());
      this.stopHistory = () => {
        stop();
        unsubscribe();
      };
      this.check.useSaved(book.savedResult());
      this.setState({ history: { parts, book } });
    } catch {
      // Shown as any result that could not be saved.
    }
    this.loading = null;
    this.check.start();
  }

  override componentWillUnmount() {
    this.stop?.();
    this.stopHistory?.();
  }

  /** Moves focus once the DOM shows the new state, and marks the title while there are errors. */
  override componentDidUpdate() {
    const target = this.check.takeFocus();
    if (target) this.focusRefs[target].current?.focus();
    const base = document.title.replace(/^Error: /, "");
    document.title = this.check.missing().length > 0 ? `Error: ${base}` : base;
  }

  submit = (event: Event) => {
    event.preventDefault();
    if (this.loading) void this.loading.then(() => this.check.submit());
    else this.check.submit();
  };

  /** The entry being opened: a second click while the page is leaving does not navigate again. */
  opening = "";

  /** Hands the result to the worksheet, which opens ONE entry made from it. */
  reflect = () => {
    const id = this.check.startReflection();
    if (!id || this.opening === id) return;
    this.opening = id;
    setTimeout(() => {
      this.opening = "";
    }, 2000);
    location.assign(`${this.props.worksheetHref}?entry=${encodeURIComponent(id)}`);
  };

  render() {
    const { questions } = this.props;
    const { answers, result, saved, saveFailed, status, reflectError, history } = this.state;
    const check = this.check;
    const missing = check.missing();
    const flags = result ? check.resultFlags() : [];
    return (
      <div class="mt-8">
        <p role="status" class="sr-only">
          {status}
        </p>
        {result ? (
          <>
            <ResultPanel
              result={result}
              scales={check.resultScales()}
              flags={flags}
              stale={check.stale()}
              saveFailed={saveFailed}
              help={this.props.help}
              reflectError={reflectError}
              headingRef={this.focusRefs.result}
              onReflect={this.reflect}
              onRetake={() => check.retake()}
              onClear={() => check.clear()}
              checkIn={!!history}
              noteGivesHelp={
                !!history && history.parts.supportNote(history.book, result.at) !== null
              }
            >
              {history && (
                <history.parts.CheckInSummary
                  book={history.book}
                  at={result.at}
                  help={this.props.help}
                  doctorAbove={flags.some((f) => f.help)}
                  linkAbove={flags.some((f) => f.help || f.crisis)}
                />
              )}
            </ResultPanel>
            {history && (
              <div class="mt-8">
                <history.parts.CheckInList book={history.book} />
              </div>
            )}
          </>
        ) : (
          <div class="grid gap-8">
            {saved && (
              <LastResult
                saved={saved}
                onShow={() => check.showSaved()}
                onClear={history ? undefined : () => check.clear()}
              />
            )}
            {history && <history.parts.CheckInList book={history.book} compare />}
            {missing.length > 0 && (
              <ErrorSummary
                id="sc-error-summary"
                summaryRef={this.focusRefs.summary}
                errors={missing.map((i) => ({
                  href: `#${ids.option(i, 0)}`,
                  text: missingAnswerMessage(i),
                }))}
              />
            )}
            <form noValidate onSubmit={this.submit} aria-labelledby={ids.questionsHeading}>
              <h2
                id={ids.questionsHeading}
                ref={this.focusRefs.questions}
                tabIndex={-1}
                class="text-2xl font-bold leading-tight"
              >
                Questions
              </h2>
              <p class="mt-2">
                Choose the answer closest to how things are for you. There are no right or wrong
                answers.
              </p>
              <div class="mt-6 grid gap-8">
                {questions.map((q, i) => (
                  <QuestionFieldset
                    key={ids.question(i)}
                    index={i}
                    total={questions.length}
                    question={q}
                    value={answers[i]}
                    showError={missing.includes(i)}
                    onAnswer={(q, option) => check.answer(q, option)}
                  />
                ))}
              </div>
              <div class="mt-8">
                <button type="submit" class="btn btn-primary text-lg">
                  See my result
                </button>
              </div>
            </form>
          </div>
        )}
      </div>
    );
  }
}
