import { missingAnswerMessage, type QuestionView } from "../../lib/self-check/types";
import { ids } from "./ids";

interface Props {
  index: number;
  total: number;
  question: QuestionView;
  value: number | undefined;
  showError: boolean;
  onAnswer: (question: number, option: number) => void;
}

/** One question: a native fieldset of radio buttons, with its hint and error message. */
export function QuestionFieldset({ index, total, question, value, showError, onAnswer }: Props) {
  const hintId = question.hint ? ids.hint(index) : undefined;
  const errorId = showError ? ids.error(index) : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const name = ids.question(index);

  return (
    <div class={showError ? "border-l-4 border-danger pl-4" : undefined}>
      <fieldset id={name} aria-describedby={describedBy} class="min-w-0">
        <legend class="text-xl font-bold leading-snug">
          <span class="block text-base font-semibold text-muted">
            Question {index + 1} of {total}
          </span>
          {question.prompt}
        </legend>
        {question.hint && (
          <p id={hintId} class="mt-1 text-muted">
            {question.hint}
          </p>
        )}
        {showError && (
          <p id={errorId} class="mt-2 font-bold text-danger">
            <span class="sr-only">Error: </span>
            {missingAnswerMessage(index)}
          </p>
        )}
        <div class="mt-3 grid gap-2">
          {question.options.map((option, j) => {
            const id = ids.option(index, j);
            // The whole row is the label, so the full width is a big touch target.
            return (
              <label
                key={id}
                for={id}
                class="flex cursor-pointer items-start gap-3 rounded-lg border-2 border-line bg-surface px-3 py-3 has-checked:border-accent has-checked:bg-accent-soft"
              >
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={String(j)}
                  checked={value === j}
                  onChange={() => onAnswer(index, j)}
                  class="mt-0.5 size-6 shrink-0 cursor-pointer accent-accent"
                />
                <span class="leading-snug">{option.label}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
