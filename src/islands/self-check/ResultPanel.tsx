import type { ComponentChildren, Ref } from "preact";
import { ELSEWHERE, guessPlace } from "../../lib/help/region";
import { lockedHere } from "../../lib/local-store/storage";
import { url } from "../../lib/paths/base";
import { formatResultDate, type StoredResult } from "../../lib/self-check/result-store";
import { readingList } from "../../lib/self-check/scoring";
import type {
  ArticleLink,
  BandView,
  FlagView,
  HelpText,
  ScaleView,
} from "../../lib/self-check/types";
import { ids } from "./ids";

interface Props {
  result: StoredResult;
  /** Each scale with its band (undefined if the self-check has changed since). */
  scales: { scale: ScaleView; band: BandView | undefined }[];
  flags: FlagView[];
  stale: boolean;
  help: HelpText;
  saveFailed: boolean;
  reflectError: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** A check-in (src/lib/self-check/history.ts): deleting it deletes one check-in of the history. */
  checkIn?: boolean | undefined;
  /** Shown under the date: the check-in history's "compared with last time" and kind note. */
  children?: ComponentChildren;
  /** The kind note above already gives the doctor threshold and /help/: the band does not repeat them. */
  noteGivesHelp?: boolean | undefined;
  onReflect: () => void;
  onRetake: () => void;
  onClear: () => void;
}

/**
 * A flag's panel, such as "support": shown whatever the totals, above the result.
 * A crisis panel puts the call and text links first, before any words.
 */
function FlagPanel({ flag, help }: { flag: FlagView; help: HelpText }) {
  const id = `sc-flag-${flag.id}`;
  // The crisis lines of the country the browser's language points to lead (the UK when
  // it says nothing); a visitor whose language names another region is led to a
  // directory of lines and their local emergency number instead. The others are one
  // tap away. The guess stays in the page.
  const { countries } = help;
  const place = guessPlace(typeof navigator === "undefined" ? [] : navigator.languages);
  const mine =
    place === ELSEWHERE ? undefined : (countries.find((c) => c.region === place) ?? countries[0]);
  const others = countries.filter((c) => c !== mine);
  const first = mine ? mine.actions : [help.elsewhere.line];
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      class={`mt-4 rounded-r-lg border-l-4 px-4 py-3 ${flag.crisis ? "border-warn bg-warn-soft" : "border-note bg-note-soft"}`}
    >
      <h3 id={`${id}-title`} class="text-xl font-bold">
        {flag.title}
      </h3>
      {flag.crisis && (
        <>
          <p class="mt-3 flex flex-wrap gap-3">
            {first.map((line) => (
              <a key={line.href} class="btn btn-primary" href={line.href}>
                {line.label}
              </a>
            ))}
          </p>
          <p class="mt-3 font-bold">
            {mine ? (
              <>
                If you might act on these thoughts, call{" "}
                <a href={mine.emergency.href}>{mine.emergency.number}</a> now or go to the nearest
                emergency department.
              </>
            ) : (
              <>
                If you might act on these thoughts, call your local emergency number now (
                <a href={help.elsewhere.euEmergency.href}>{help.elsewhere.euEmergency.number}</a>{" "}
                anywhere in the European Union) or go to the nearest emergency department.
              </>
            )}
          </p>
          {others.length > 0 && (
            <details class="mt-3">
              <summary class="cursor-pointer font-bold">
                {mine ? "Lines in other countries" : "Crisis lines by country"}
              </summary>
              <ul class="mt-2 space-y-2">
                {others.map((c) => (
                  <li key={c.region}>
                    <a href={c.href} class="font-bold">
                      {c.name}
                    </a>
                    :{" "}
                    {c.actions.map((a, i) => (
                      <span key={a.href}>
                        {i > 0 && " · "}
                        <a href={a.href}>{a.label}</a>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p class="mt-2 text-base">
            Every line and emergency number:{" "}
            <a href={help.href} class="font-bold">
              {help.label}
            </a>
          </p>
        </>
      )}
      <p class="mt-2">{(!mine && flag.textElsewhere) || flag.text}</p>
      {flag.articles && flag.articles.length > 0 && (
        <ul class="mt-2 list-disc pl-6">
          {flag.articles.map((a) => (
            <li key={a.href} class="mt-1">
              <a href={a.href} class="font-bold">
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {flag.help && (
        <>
          <p class="mt-2 font-bold">{help.urgent}</p>
          <p class="mt-2">{help.doctor}</p>
          <p class="mt-3">
            <a class="btn btn-secondary" href={help.href}>
              {help.label}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** The result: its title (focused), flags' panels, each scale's band, reading, and what to do next. */
export function ResultPanel(props: Props) {
  const { result, scales, flags, stale, saveFailed, reflectError } = props;
  const date = formatResultDate(result.at);
  const one = scales.length === 1 ? scales[0]?.band : undefined;
  // A band may ask for the doctor threshold and the help link, unless a flag's panel or the check-in's note already shows them.
  const bandHelp =
    !stale &&
    scales.some((s) => s.band?.help) &&
    !flags.some((f) => f.help) &&
    !props.noteGivesHelp;
  // At most four articles, taken in turn from each scale's band, most relevant first.
  const reading = readingList<ArticleLink>(scales.map((s) => s.band?.articles));
  return (
    <section
      aria-labelledby={ids.resultHeading}
      class="rounded-xl border-2 border-accent bg-surface p-4 sm:p-5"
    >
      <h2
        id={ids.resultHeading}
        ref={props.headingRef}
        tabIndex={-1}
        class="text-2xl font-bold leading-tight"
      >
        {one || stale ? (
          <>
            <span class="block text-base font-semibold text-muted">Your result: </span>
            {one?.title ?? result.title}
          </>
        ) : (
          "Your result"
        )}
      </h2>
      {date && (
        <p class="mt-2 text-base text-muted">
          Taken on <time dateTime={result.at}>{date}</time>.
        </p>
      )}
      {/* A flag's panel (a crisis first of all) comes before anything else said about the result. */}
      {flags.map((f) => (
        <FlagPanel key={f.id} flag={f} help={props.help} />
      ))}

      {props.children}

      {stale ? (
        <p class="mt-4">
          This self-check has changed since you took it. Take it again to see advice that fits.
        </p>
      ) : one ? (
        <div class="mt-4 grid gap-4">
          {one.explanation.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : (
        <div class="mt-4 grid gap-4 md:grid-cols-2">
          {scales.map(({ scale, band }) => (
            <section
              key={scale.id}
              aria-labelledby={`sc-scale-${scale.id}`}
              class="rounded-lg border border-line bg-page p-4"
            >
              <h3 id={`sc-scale-${scale.id}`} class="text-xl font-bold leading-snug">
                <span class="block text-base font-semibold text-muted">{scale.label}</span>
                {band?.title}
              </h3>
              {band?.explanation.map((p) => (
                <p key={p} class="mt-2">
                  {p}
                </p>
              ))}
            </section>
          ))}
        </div>
      )}

      {bandHelp && (
        <p class="mt-4">
          {props.help.doctor}{" "}
          <a href={props.help.href} class="font-bold">
            {props.help.label}
          </a>
        </p>
      )}

      {!stale && result.focus.length > 0 && (
        <>
          <h3 class="mt-6 text-xl font-bold">In your hands to work on</h3>
          <ul class="mt-2 list-disc pl-6">
            {result.focus.map((f) => (
              <li key={f} class="mt-1">
                {f}
              </li>
            ))}
          </ul>
        </>
      )}

      {!stale && reading.length > 0 && (
        <>
          <h3 class="mt-6 text-xl font-bold">Suggested reading</h3>
          <ul class="mt-3 grid gap-3">
            {reading.map((a) => (
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

      {!stale && (
        <>
          <h3 class="mt-6 text-xl font-bold">Turn this into a plan</h3>
          <p class="mt-2">
            {one?.worksheet ??
              "Start a reflection in the worksheet, already filled in from this result. It stays on this device."}
          </p>
          {reflectError && (
            <p role="alert" class="mt-2 font-bold text-danger">
              {reflectError}
            </p>
          )}
          <p class="mt-3">
            <button
              id={ids.reflect}
              type="button"
              class="btn btn-primary"
              onClick={props.onReflect}
            >
              Start a reflection from this
            </button>
          </p>
        </>
      )}

      <p class="mt-6 text-base text-muted">
        {saveFailed ? (
          lockedHere() ? (
            <>
              Your writing on this site is locked, so this result was not saved.{" "}
              <a href={url("/about/#lock")}>Unlock it with your passphrase</a>, then take the
              self-check again to keep the result.
            </>
          ) : (
            "We could not save this result on your device, so it will not be here next time. Your browser may be blocking storage."
          )
        ) : (
          `Only the result${props.checkIn ? ", its score" : ""} and its date are kept, on this device. Your answers are not saved.`
        )}
      </p>
      <div class="mt-4 flex flex-wrap gap-3">
        <button id={ids.retake} type="button" class="btn btn-secondary" onClick={props.onRetake}>
          Retake the self-check
        </button>
        <button type="button" class="btn btn-danger" onClick={props.onClear}>
          {props.checkIn ? "Delete this check-in" : "Clear my result"}
        </button>
      </div>
    </section>
  );
}
