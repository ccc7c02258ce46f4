import { countWords, MAX_TEXT } from "../../lib/exercises/record";
import type * as Timer from "../../lib/exercises/timer";
import {
  DAYS,
  type WritingSession,
  writingKind,
  writingLabel,
  writingParts,
  writingStore,
} from "../../lib/exercises/writing";
import { RecordSession } from "../../lib/local-store/session";
import { type BaseProps, ExerciseIsland, ids, later } from "./ExerciseIsland";

interface Props extends BaseProps {
  sessions: { title: string; prompt: string }[];
}

/**
 * Expressive writing: one record per writing session on one of five prompts,
 * a word count, an optional timer (src/lib/exercises/timer.ts) that only
 * ever informs, and "write it and let it go": delete it straight after.
 * The timer's model comes with Lazy.tsx, after the page is up: until then it is idle.
 */
export default class ExpressiveWriting extends ExerciseIsland<WritingSession, Props> {
  session = new RecordSession(writingStore(), writingKind);
  noun = "session";
  listHeading = "Your sessions";
  title = "Expressive writing";
  /** The prompt and the timer, then the writing and "let it go", a frame apart (see formParts). */
  override formParts = 2;
  /** The timer's model (from Lazy.tsx), taken on the first "Start". */
  T: typeof Timer | undefined;
  /** Idle, as the model's idle(): twenty minutes left. */
  timer: Timer.TimerState = { status: "idle", left: 20 * 60_000, endsAt: null };
  said = "";
  interval: ReturnType<typeof setInterval> | undefined;

  constructor(props: Props) {
    super(props);
    this.init();
  }

  label(r: WritingSession) {
    return writingLabel(r, this.props.sessions);
  }

  parts(r: WritingSession) {
    return writingParts(r, this.props.sessions);
  }

  override componentWillUnmount() {
    clearInterval(this.interval);
    super.componentWillUnmount();
  }

  /** Takes the timer's model from Lazy.tsx (in once the page is up); starts from the click. */
  start() {
    const now = Date.now();
    later().then(
      ({ timer: T }) => {
        this.T = T;
        this.time(T.start(now));
      },
      () => undefined,
    );
  }

  /** Moves the timer on, says what there is to say, and ticks only while it runs. */
  time(next: Timer.TimerState) {
    const T = this.T as typeof Timer;
    const said = T.announcement(this.timer, next);
    this.timer = next;
    if (said) this.said = said;
    clearInterval(this.interval);
    if (next.status === "running")
      this.interval = setInterval(() => this.time(T.tick(this.timer, Date.now())), 1000);
    this.forceUpdate();
  }

  timerPanel() {
    const t = this.timer;
    const T = this.T;
    const now = Date.now();
    /** `next` runs only once the model is loaded (every button but "Start" needs it). */
    const btn = (label: string, next: (T: typeof Timer) => Timer.TimerState, primary = false) => (
      <button
        type="button"
        class={`btn ${primary ? "btn-primary" : "btn-secondary"}`}
        onClick={() => (T ? this.time(next(T)) : this.start())}
      >
        {label}
      </button>
    );
    return (
      <section
        aria-labelledby="ex-timer-h"
        class="mt-6 rounded-lg border-2 border-line bg-surface p-4"
      >
        <h3 id="ex-timer-h" class="text-lg font-bold">
          Timer (optional)
        </h3>
        <p class="ex-hint">
          Twenty minutes, if you want them. It makes no sound, you can pause it, and stopping early
          is fine.
        </p>
        <p class="mt-2 font-mono text-3xl tabular-nums" id="ex-clock">
          <span class="ex-sr">Time left: </span>
          {T ? T.clock(t.left) : "20:00"}
        </p>
        <p class="ex-sr" role="status" aria-live="polite" id="ex-timer-said">
          {this.said}
        </p>
        {t.status === "done" && (
          <p class="mt-1 font-semibold">The time is up. Finish your sentence, there is no hurry.</p>
        )}
        <div class="ex-row">
          {t.status === "idle" && btn("Start the 20-minute timer", (T) => T.start(now), true)}
          {t.status === "done" && btn("Start again", (T) => T.start(now))}
          {t.status === "running" && btn("Pause", (T) => T.pause(t, now), true)}
          {t.status === "paused" && btn("Resume", (T) => T.resume(t, now), true)}
          {(t.status === "running" || t.status === "paused") && btn("Stop", (T) => T.stop())}
        </div>
      </section>
    );
  }

  form(r: WritingSession, readOnly: boolean) {
    const prompt = this.props.sessions[r.day - 1];
    const words = countWords(r.text);
    return (
      <div>
        <div class="ex-field">
          <label for={ids.first} class="ex-label">
            Which day’s prompt
          </label>
          <p id="ex-day-hint" class="ex-hint">
            Five days, one prompt each. Take them in order, or pick the one that fits today.
          </p>
          <select
            id={ids.first}
            class="field-input mt-2 max-w-md"
            aria-describedby="ex-day-hint"
            disabled={readOnly}
            value={String(r.day)}
            onChange={(e) => this.session.edit(r.id, { day: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: DAYS }, (_, i) => (
              <option value={String(i + 1)} key={i}>
                {this.props.sessions[i]?.title ?? `Day ${i + 1}`}
              </option>
            ))}
          </select>
        </div>
        {this.timerPanel()}
        {this.shown(2) && (
          <>
            <div class="ex-field">
              <label for="ex-text" class="ex-label">
                Your writing
              </label>
              <p id="ex-text-hint" class="ex-hint text-lg text-ink">
                {prompt?.prompt}
              </p>
              <textarea
                id="ex-text"
                autocomplete="off"
                value={r.text}
                rows={14}
                maxLength={MAX_TEXT}
                spellcheck
                readOnly={readOnly}
                aria-describedby="ex-text-hint ex-words"
                class="field-input ex-long min-h-72"
                onInput={(e) => this.session.edit(r.id, { text: e.currentTarget.value })}
              />
              <p id="ex-words" class="mt-1 text-base text-muted">
                {words === 1 ? "1 word" : `${words} words`}
              </p>
            </div>
            <section aria-labelledby="ex-letgo-h" class="mt-8">
              <h3 id="ex-letgo-h" class="text-lg font-bold">
                Write it and let it go
              </h3>
              <p class="mt-1">
                Some people like to keep what they wrote; others feel lighter deleting it straight
                away. Both are fine: the writing is what matters.
              </p>
              {this.state.lazy && !readOnly && (
                <this.state.lazy.LetGo key={r.id} onConfirm={() => this.remove(r)} />
              )}
            </section>
          </>
        )}
      </div>
    );
  }
}
