import type { Ref } from "preact";
import { ids, missingAnswerMessage } from "./types";

interface Props {
  /** Indexes of the questions still unanswered. */
  missing: number[];
  summaryRef: Ref<HTMLDivElement>;
}

/** Moves focus to a question's first option and brings its legend into view. */
function jumpTo(event: MouseEvent, question: number) {
  const input = document.getElementById(ids.option(question, 0));
  if (!input) return;
  event.preventDefault();
  document.getElementById(ids.question(question))?.scrollIntoView({ block: "start" });
  input.focus({ preventScroll: true });
}

/** A GOV.UK-style error summary: announced, focused, and linking to each problem. */
export function ErrorSummary({ missing, summaryRef }: Props) {
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={ids.summaryTitle}
      class="rounded-lg border-4 border-danger bg-surface p-4 sm:p-5"
    >
      <h2 id={ids.summaryTitle} class="text-xl font-bold">
        There is a problem
      </h2>
      <p class="mt-1">Answer every question to see your result. Your answers so far are kept.</p>
      <ul class="mt-3 grid gap-2">
        {missing.map((i) => (
          <li key={i}>
            <a
              href={`#${ids.option(i, 0)}`}
              onClick={(e) => jumpTo(e, i)}
              class="font-bold text-danger hover:text-danger"
            >
              {missingAnswerMessage(i)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
