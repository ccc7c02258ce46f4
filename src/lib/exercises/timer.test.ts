import { describe, expect, it } from "vitest";
import { announcement, clock, idle, pause, resume, start, stop, tick, WRITING_TIME } from "./timer";

const MIN = 60_000;

describe("the writing timer", () => {
  it("runs 20 minutes by a fake clock and says so at a few moments only", () => {
    let now = 1_000_000;
    let t = idle();
    const heard: string[] = [];
    const go = (next: typeof t) => {
      const said = announcement(t, next);
      if (said) heard.push(said);
      t = next;
    };
    go(start(now));
    expect(t.left).toBe(WRITING_TIME);
    for (let s = 1; s <= 20 * 60; s++) {
      now += 1000;
      go(tick(t, now));
    }
    expect(t.status).toBe("done");
    expect(heard).toEqual([
      "Timer started: 20 minutes. Write until it ends, or stop whenever you like.",
      "10 minutes left.",
      "5 minutes left.",
      "1 minute left.",
      "The time is up. Finish your sentence, there is no hurry. Your writing is saved.",
    ]);
  });

  it("pauses and resumes without losing time", () => {
    let t = start(0);
    t = tick(t, 3 * MIN);
    t = pause(t, 3 * MIN + 500);
    expect(t).toMatchObject({ status: "paused", left: 17 * MIN - 500 });
    // A long pause costs nothing.
    expect(tick(t, 60 * MIN)).toBe(t);
    expect(announcement(tick(start(0), 3 * MIN), t)).toBe("Timer paused with 17 minutes left.");
    const r = resume(t, 100 * MIN);
    expect(r.endsAt).toBe(100 * MIN + 17 * MIN - 500);
    expect(announcement(t, r)).toBe("Timer resumed: 17 minutes left.");
    expect(tick(r, 100 * MIN + MIN).left).toBe(16 * MIN - 500);
  });

  it("stops early whenever, and ignores actions that do not apply", () => {
    const t = tick(start(0), 2 * MIN);
    expect(stop()).toEqual(idle());
    expect(announcement(t, stop())).toBe("Timer stopped.");
    expect(resume(t, 5)).toBe(t);
    expect(pause(idle(), 5)).toEqual(idle());
    expect(tick(idle(), 5)).toEqual(idle());
  });

  it("skips announcements when a tick jumps (a sleeping laptop) but still ends", () => {
    const t = start(0);
    const later = tick(t, 25 * MIN);
    expect(later.status).toBe("done");
    expect(announcement(t, later)).toMatch(/time is up/);
    expect(announcement(tick(t, 9 * MIN), tick(t, 10 * MIN + 1))).toBe("10 minutes left.");
  });

  it("shows the clock rounded up", () => {
    expect(clock(WRITING_TIME)).toBe("20:00");
    expect(clock(61_001)).toBe("1:02");
    expect(clock(1)).toBe("0:01");
    expect(clock(0)).toBe("0:00");
  });
});
