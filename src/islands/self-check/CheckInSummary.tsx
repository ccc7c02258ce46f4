import type { CheckInBook } from "../../lib/self-check/check-ins";
import {
  compareWithLast,
  comparisonText,
  FALL_STEP,
  supportReason,
} from "../../lib/self-check/history";
import type { HelpText } from "../../lib/self-check/types";

interface Props {
  book: CheckInBook;
  /** The result on screen (ISO time): the summary is about it only when it is the newest check-in. */
  at: string;
  help: HelpText;
  /** A flag's panel above already gives the doctor threshold: the note does not repeat it. */
  doctorAbove?: boolean | undefined;
  /** A flag's panel above (help or crisis) already links /help/: the note does not repeat it. */
  linkAbove?: boolean | undefined;
}

/** What the kind note says first, by why it shows (src/lib/self-check/history.ts, supportReason). */
const NOTE = {
  stayed:
    "Your last two check-ins both landed in the hardest part of the range. That is a lot to carry for this long, and you don't have to carry it alone.",
  fell: "Your answers are quite a bit heavier than last time. A hard week or more bad news can do that, and it is worth being gentle with yourself.",
};

/** Is the result on screen (ISO time `at`) the newest check-in? Only then is the summary about it. */
const isLatest = (book: CheckInBook, at: string) => book.latest()?.takenAt === Date.parse(at);

/**
 * Why the kind note shows under the result at `at` (the support rule), or
 * null when it does not. The note carries the doctor threshold and /help/,
 * so the result leaves out its own copy of them when this is not null.
 */
export function supportNote(book: CheckInBook, at: string): "stayed" | "fell" | null {
  return isLatest(book, at) ? supportReason(book.history(), FALL_STEP) : null;
}

/**
 * Under the result of a check-in: "compared with last time" and, when the
 * support rule holds, a kind note with the doctor threshold and /help/.
 */
export function CheckInSummary({ book, at, help, doctorAbove, linkAbove }: Props) {
  if (!isLatest(book, at)) return null;
  const text = comparisonText(compareWithLast(book.history()));
  const reason = supportNote(book, at);
  return (
    <>
      <p class="mt-3" data-compare>
        {text ||
          "This is your first check-in kept here. Take it again in a few days to see how things change."}
      </p>
      {reason && (
        <section
          aria-labelledby="sc-note-title"
          class="mt-4 rounded-r-lg border-l-4 border-note bg-note-soft px-4 py-3"
        >
          <h3 id="sc-note-title" class="text-xl font-bold">
            A note for you
          </h3>
          <p class="mt-2">{NOTE[reason]}</p>
          <p class="mt-2">
            Telling someone you trust how you are is a good next step.
            {!doctorAbove && ` ${help.doctor}`}
          </p>
          {!linkAbove && (
            <p class="mt-3">
              <a class="btn btn-secondary" href={help.href}>
                {help.label}
              </a>
            </p>
          )}
        </section>
      )}
    </>
  );
}
