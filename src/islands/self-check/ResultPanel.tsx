import type { Ref } from "preact";
import { formatResultDate, type StoredResult } from "../../lib/self-check/result-store";
import type { BandView } from "../../lib/self-check/types";
import { ids } from "./ids";

interface Props {
  result: StoredResult;
  /** The band for the result, or undefined if the self-check has changed since. */
  band: BandView | undefined;
  saveFailed: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onRetake: () => void;
  onClear: () => void;
}

/** The result: its title (focused), a kind explanation, reading, and what to do next. */
export function ResultPanel({ result, band, saveFailed, headingRef, onRetake, onClear }: Props) {
  const date = formatResultDate(result.at);
  return (
    <section
      aria-labelledby={ids.resultHeading}
      class="rounded-xl border-2 border-accent bg-surface p-4 sm:p-5"
    >
      <h2
        id={ids.resultHeading}
        ref={headingRef}
        tabIndex={-1}
        class="text-2xl font-bold leading-tight"
      >
        <span class="block text-base font-semibold text-muted">Your result: </span>
        {band?.title ?? result.title}
      </h2>
      {date && (
        <p class="mt-2 text-base text-muted">
          Taken on <time dateTime={result.at}>{date}</time>.
        </p>
      )}

      {band ? (
        <div class="mt-4 grid gap-4">
          {band.explanation.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {band.support && (
            <div class="rounded-r-lg border-l-4 border-note bg-note-soft px-4 py-3">
              <p class="font-bold">If things feel like too much</p>
              <p class="mt-1">{band.support}</p>
            </div>
          )}
        </div>
      ) : (
        <p class="mt-4">
          This self-check has changed since you took it. Take it again to see advice that fits.
        </p>
      )}

      {band && band.articles.length > 0 && (
        <>
          <h3 class="mt-6 text-xl font-bold">Suggested reading</h3>
          <ul class="mt-3 grid gap-3">
            {band.articles.map((a) => (
              <li key={a.href} class="rounded-lg border border-line bg-page p-4">
                <a href={a.href} class="text-lg font-bold leading-snug">
                  {a.title}
                </a>
                <p class="mt-1 text-base text-muted">{a.description}</p>
              </li>
            ))}
          </ul>
        </>
      )}

      {band?.worksheet && (
        <>
          <h3 class="mt-6 text-xl font-bold">Reflect in the worksheet</h3>
          <p class="mt-2">{band.worksheet}</p>
          <p class="mt-3">
            <a class="btn btn-secondary" href="/worksheet/">
              Open the worksheet
            </a>
          </p>
        </>
      )}

      <p class="mt-6 text-base text-muted">
        {saveFailed
          ? "We could not save this result on your device, so it will not be here next time. Your browser may be blocking storage."
          : "Only the result and its date are kept, on this device. Your answers are not saved."}
      </p>
      <div class="mt-4 flex flex-wrap gap-3">
        <button id={ids.retake} type="button" class="btn btn-primary" onClick={onRetake}>
          Retake the self-check
        </button>
        <button type="button" class="btn btn-danger" onClick={onClear}>
          Clear my result
        </button>
      </div>
    </section>
  );
}
