/**
 * The optional writing timer, as a pure model: start, pause, resume, stop,
 * and what to announce. It never forces anything: when the time is up it only
 * says so, and stopping early is always fine. The view ticks it (once a
 * second, to redraw the clock) with the real clock; tests with a fake one.
 */
export type TimerStatus = "idle" | "running" | "paused" | "done";

export interface TimerState {
  status: TimerStatus;
  /** Milliseconds left. */
  left: number;
  /** While running: when it ends (clock time). */
  endsAt: number | null;
}

export const WRITING_TIME = 20 * 60_000;
/** Minutes left at which a screen reader hears how long is left (and at the end). */
export const ANNOUNCE_AT = [10, 5, 1];

export const idle = (duration = WRITING_TIME): TimerState => ({
  status: "idle",
  left: duration,
  endsAt: null,
});

export function start(now: number, duration = WRITING_TIME): TimerState {
  return { status: "running", left: duration, endsAt: now + duration };
}

export function pause(t: TimerState, now: number): TimerState {
  if (t.status !== "running" || t.endsAt === null) return t;
  return { status: "paused", left: Math.max(0, t.endsAt - now), endsAt: null };
}

export function resume(t: TimerState, now: number): TimerState {
  return t.status === "paused" ? { status: "running", left: t.left, endsAt: now + t.left } : t;
}

export const stop = (duration = WRITING_TIME): TimerState => idle(duration);

/** The timer at `now`: its time left, and "done" once it runs out. */
export function tick(t: TimerState, now: number): TimerState {
  if (t.status !== "running" || t.endsAt === null) return t;
  const left = Math.max(0, t.endsAt - now);
  return left === 0 ? { status: "done", left: 0, endsAt: null } : { ...t, left };
}

/** "19:05": minutes and seconds left, rounded up so it never shows 0:00 early. */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const minutes = (n: number) => (n === 1 ? "1 minute" : `${n} minutes`);

/**
 * What a screen reader should hear between two states of the timer, or null:
 * starting, pausing, resuming, a few moments on the way (10, 5 and 1 minutes
 * left) and the end; never every second.
 */
export function announcement(before: TimerState, after: TimerState): string | null {
  if (before.status === after.status) {
    if (after.status !== "running") return null;
    for (const m of ANNOUNCE_AT)
      if (before.left > m * 60_000 && after.left <= m * 60_000) return `${minutes(m)} left.`;
    return null;
  }
  const mins = Math.ceil(after.left / 60_000);
  switch (after.status) {
    case "running":
      return before.status === "paused"
        ? `Timer resumed: ${minutes(mins)} left.`
        : `Timer started: ${minutes(mins)}. Write until it ends, or stop whenever you like.`;
    case "paused":
      return `Timer paused with ${minutes(mins)} left.`;
    case "done":
      return "The time is up. Finish your sentence, there is no hurry. Your writing is saved.";
    default:
      return "Timer stopped.";
  }
}
