import { Component } from "preact";
import type * as Timer from "../../lib/exercises/timer";
import { later } from "./ExerciseIsland";

interface State {
  timer: Timer.TimerState;
  /** The last thing said to screen readers ("Timer paused", "Time is up"). */
  said: string;
}

/**
 * The optional 20-minute timer (src/lib/exercises/timer.ts): it only ever
 * informs, makes no sound, and can be paused or stopped. Its model comes
 * with Lazy.tsx, after the page is up: until then it is idle, and "Start"
 * waits for it.
 */
export class WritingTimer extends Component<Record<string, never>, State> {
  /** Idle, as the model's idle(): twenty minutes left. */
  override state: State = { timer: { status: "idle", left: 20 * 60_000, endsAt: null }, said: "" };
  /** The timer's model, taken on the first "Start". */
  T: typeof Timer | undefined;
  interval: ReturnType<typeof setInterval> | undefined;

  /** Nothing from outside changes it: a keystroke in the writing does not draw it again. */
  override shouldComponentUpdate(_: Record<string, never>, next: State): boolean {
    return next !== this.state;
  }

  override componentWillUnmount() {
    clearInterval(this.interval);
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
    const said = T.announcement(this.state.timer, next);
    this.setState({ timer: next, said: said || this.state.said });
    clearInterval(this.interval);
    if (next.status === "running")
      this.interval = setInterval(() => this.time(T.tick(this.state.timer, Date.now())), 1000);
  }

  /** A button; `next` runs only once the model is loaded (every button but "Start" needs it). */
  button(label: string, next: (T: typeof Timer) => Timer.TimerState, primary = false) {
    const T = this.T;
    return (
      <button
        type="button"
        class={`btn ${primary ? "btn-primary" : "btn-secondary"}`}
        onClick={() => (T ? this.time(next(T)) : this.start())}
      >
        {label}
      </button>
    );
  }

  render(_: Record<string, never>, { timer: t, said }: State) {
    const now = Date.now();
    const going = t.status === "running" || t.status === "paused";
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
          {this.T ? this.T.clock(t.left) : "20:00"}
        </p>
        <p class="ex-sr" role="status" aria-live="polite" id="ex-timer-said">
          {said}
        </p>
        {t.status === "done" && (
          <p class="mt-1 font-semibold">The time is up. Finish your sentence, there is no hurry.</p>
        )}
        <div class="ex-row">
          {t.status === "idle" &&
            this.button("Start the 20-minute timer", (T) => T.start(now), true)}
          {t.status === "done" && this.button("Start again", (T) => T.start(now))}
          {t.status === "running" && this.button("Pause", (T) => T.pause(t, now), true)}
          {t.status === "paused" && this.button("Resume", (T) => T.resume(t, now), true)}
          {going && this.button("Stop", (T) => T.stop())}
        </div>
      </section>
    );
  }
}
