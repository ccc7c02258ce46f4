import { Component, createRef } from "preact";
import { localDay } from "../../lib/days";
import { lockedHere } from "../../lib/local-store/storage";
import { type LoadedMonth, loadMonthInput } from "../../lib/month/load";
import { monthFileName, monthMarkdown } from "../../lib/month/markdown";
import { addMonths, isMonth, monthLabel, monthOfTime } from "../../lib/month/month";
import { monthSummary } from "../../lib/month/summary";
import { formatDate } from "../../lib/site";
import { downloadText } from "../ui/download";
import { type MonthLinks, MonthReport } from "./MonthReport";
import "../ui/notice/notice.css";
import "./month.css";

interface Props extends MonthLinks {
  /** Each stage of the log in words, by its id (the log's content, as /log/ shows them). */
  stageLabels: Record<string, string>;
}

interface State {
  /** The month shown, "YYYY-MM". */
  month: string;
  /** This month, "YYYY-MM" (the latest that can be shown). */
  current: string;
  /** Today, "YYYY-MM-DD": an interview after it is still to come. */
  today: string;
  loaded: LoadedMonth;
  /** What the live region last said. */
  said: string;
}

/** `?month=YYYY-MM` in the address, if it names a month up to `current`. */
function monthFromAddress(current: string): string | null {
  const m = new URLSearchParams(location.search).get("month") ?? "";
  return isMonth(m) && m <= current ? m : null;
}

/**
 * A month on one page: what the person did, then where things stand, read
 * from every tool's store and never written back. Previous and next month,
 * print, and the month as a Markdown file. Another tab's change (a win
 * logged, a plan kept) shows here at once.
 */
export default class MonthTool extends Component<Props, State> {
  heading = createRef<HTMLHeadingElement>();

  constructor(props: Props) {
    super(props);
    const now = Date.now();
    const current = monthOfTime(now);
    this.state = {
      month: monthFromAddress(current) ?? current,
      current,
      today: localDay(now),
      loaded: loadMonthInput(),
      said: "",
    };
  }

  override componentDidMount() {
    addEventListener("storage", this.reload);
    addEventListener("pageshow", this.reload);
  }

  override componentWillUnmount() {
    removeEventListener("storage", this.reload);
    removeEventListener("pageshow", this.reload);
  }

  reload = () => this.setState({ loaded: loadMonthInput(), today: localDay(Date.now()) });

  show(month: string) {
    const { current } = this.state;
    const atEnd = month >= current;
    // "Next month" and "This month" go away at this month: focus would be lost with them, so it moves to the heading.
    const leaving = document.activeElement?.id;
    if (atEnd && (leaving === "month-next" || leaving === "month-now"))
      this.heading.current?.focus();
    const address = new URL(location.href);
    if (month === current) address.searchParams.delete("month");
    else address.searchParams.set("month", month);
    history.replaceState(history.state, "", address);
    this.setState({ month, said: `Showing ${monthLabel(month)}.` });
  }

  download = () => {
    const { loaded, month, today } = this.state;
    const s = monthSummary(loaded.input, month, this.props.stageLabels, today);
    downloadText(
      monthFileName(s),
      monthMarkdown(s, formatDate(new Date(), "local")),
      "text/markdown",
    );
  };

  render(props: Props, { month, current, today, loaded, said }: State) {
    // The lock's gate (LockGate.astro) says how to unlock; nothing of the month is read meanwhile.
    if (lockedHere())
      return (
        <p class="notice notice-warn" id="month-locked">
          Your month is locked, like everything you saved here. Unlock your writing to see it.
        </p>
      );
    const summary = monthSummary(loaded.input, month, props.stageLabels, today);
    return (
      <div class="month">
        <nav aria-label="Months" class="month-nav no-print">
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => this.show(addMonths(month, -1))}
          >
            <span aria-hidden="true">← </span>Previous month
          </button>
          {month < current && (
            <>
              <button
                type="button"
                id="month-next"
                class="btn btn-secondary"
                onClick={() => this.show(addMonths(month, 1))}
              >
                Next month<span aria-hidden="true"> →</span>
              </button>
              <button
                type="button"
                id="month-now"
                class="btn btn-secondary"
                onClick={() => this.show(current)}
              >
                This month
              </button>
            </>
          )}
        </nav>
        <p class="sr-only" role="status">
          {said}
        </p>
        <h2 id="month-title" ref={this.heading} tabIndex={-1} class="month-title">
          {summary.label}
        </h2>
        {loaded.trouble && (
          <p class="notice notice-warn mt-4" id="month-trouble">
            This browser is not letting the site read what it saved
            {loaded.trouble === "blocked" ? " (its storage is blocked or turned off)" : ""}, so some
            of your month may be missing here.
          </p>
        )}
        <MonthReport summary={summary} links={props} thisMonth={month === current} />
        <div class="month-actions no-print">
          <button type="button" class="btn btn-primary" onClick={() => print()}>
            Print this month
          </button>
          <button type="button" class="btn btn-secondary" onClick={this.download}>
            Download this month (.md)
          </button>
        </div>
        <p class="month-private tl-muted">
          Made in this browser from what you saved here. Nothing is sent anywhere.
        </p>
      </div>
    );
  }
}
