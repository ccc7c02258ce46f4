import { Component, createRef } from "preact";
import {
  clearResult,
  readResult,
  resultStorage,
  type StoredResult,
  saveResult,
} from "../../lib/self-check/result-store";
import { findBand, totalScore, unansweredQuestions } from "../../lib/self-check/scoring";
import { missingAnswerMessage, type SelfCheckProps } from "../../lib/self-check/types";
import { ErrorSummary } from "../ui/error-summary/ErrorSummary";
import { ids } from "./ids";
import { LastResult } from "./LastResult";
import { QuestionFieldset } from "./QuestionFieldset";
import { ResultPanel } from "./ResultPanel";

type FocusTarget = "summary" | "result" | "questions";

interface State {
  answers: (number | undefined)[];
  /** True once someone has tried to submit with questions unanswered. */
  showErrors: boolean;
  /** The result on screen; null while answering. */
  result: StoredResult | null;
  /** The result remembered on this device. */
  saved: StoredResult | null;
  saveFailed: boolean;
  /** Text for the polite live region. */
  status: string;
}

/**
 * A self-check: every question on one page, then a result with advice.
 * Only the result (band and date) is remembered on the device, never the answers.
 *
 * A class component rather than hooks: it keeps preact/hooks (about 1 KB
 * gzipped) off the page, which helps keep the page under its 12 KB JS budget.
 */
export default class SelfCheck extends Component<SelfCheckProps, State> {
  summaryRef = createRef<HTMLDivElement>();
  resultRef = createRef<HTMLHeadingElement>();
  questionsRef = createRef<HTMLHeadingElement>();
  focusNext: FocusTarget | null = null;

  constructor(props: SelfCheckProps) {
    super(props);
    this.state = {
      answers: this.empty(),
      showErrors: false,
      result: null,
      saved: null,
      saveFailed: false,
      status: "",
    };
  }

  empty(): (number | undefined)[] {
    return this.props.questions.map(() => undefined);
  }

  /** On return, show the remembered result (without moving focus). */
  override componentDidMount() {
    const saved = readResult(resultStorage(), this.props.slug);
    if (saved) this.setState({ saved, result: saved });
  }

  /** Moves focus once the DOM shows the new state, and marks the title while there are errors. */
  override componentDidUpdate() {
    const target = this.focusNext;
    this.focusNext = null;
    if (target) this[`${target}Ref`].current?.focus();
    const base = document.title.replace(/^Error: /, "");
    document.title = this.missing().length > 0 ? `Error: ${base}` : base;
  }

  /** Unanswered questions to flag: none until someone tries to submit. */
  missing(): number[] {
    const { showErrors, result, answers } = this.state;
    return showErrors && !result ? unansweredQuestions(this.props.questions, answers) : [];
  }

  show(state: Partial<State>, focus: FocusTarget) {
    this.focusNext = focus;
    this.setState(state);
  }

  answer = (question: number, option: number) => {
    this.setState(({ answers }) => ({
      answers: answers.map((a, i) => (i === question ? option : a)),
    }));
  };

  submit = (event: Event) => {
    event.preventDefault();
    const { questions, bands, slug } = this.props;
    const { answers } = this.state;
    if (unansweredQuestions(questions, answers).length > 0) {
      this.show({ showErrors: true, status: "" }, "summary");
      return;
    }
    const band = findBand(bands, totalScore(questions, answers));
    if (!band) return; // The schema guarantees a band for every possible total.
    const result: StoredResult = { band: band.id, title: band.title, at: new Date().toISOString() };
    const ok = saveResult(resultStorage(), slug, result);
    this.show(
      {
        result,
        saveFailed: !ok,
        showErrors: false,
        status: "",
        ...(ok ? { saved: result } : {}),
      },
      "result",
    );
  };

  retake = () => {
    this.show({ answers: this.empty(), showErrors: false, result: null, status: "" }, "questions");
  };

  clear = () => {
    clearResult(resultStorage(), this.props.slug);
    this.show(
      {
        answers: this.empty(),
        showErrors: false,
        result: null,
        saved: null,
        saveFailed: false,
        status: "Your saved result has been cleared.",
      },
      "questions",
    );
  };

  showSaved = () => {
    this.show({ result: this.state.saved, status: "" }, "result");
  };

  render() {
    const { questions, bands } = this.props;
    const { answers, result, saved, saveFailed, status } = this.state;
    const missing = this.missing();
    return (
      <div class="mt-8">
        <p role="status" class="sr-only">
          {status}
        </p>
        {result ? (
          <ResultPanel
            result={result}
            band={bands.find((b) => b.id === result.band)}
            saveFailed={saveFailed}
            headingRef={this.resultRef}
            onRetake={this.retake}
            onClear={this.clear}
          />
        ) : (
          <div class="grid gap-8">
            {saved && <LastResult saved={saved} onShow={this.showSaved} onClear={this.clear} />}
            {missing.length > 0 && (
              <ErrorSummary
                id="sc-error-summary"
                summaryRef={this.summaryRef}
                errors={missing.map((i) => ({
                  href: `#${ids.option(i, 0)}`,
                  text: missingAnswerMessage(i),
                }))}
              />
            )}
            <form noValidate onSubmit={this.submit} aria-labelledby={ids.questionsHeading}>
              <h2
                id={ids.questionsHeading}
                ref={this.questionsRef}
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
                    onAnswer={this.answer}
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
