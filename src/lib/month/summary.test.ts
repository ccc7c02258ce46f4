import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { inTimeZone } from "../../../tests/support/time-zone";
import { dayText } from "../days";
import { RecordStore, type RecordStoreDef, type Timed } from "../local-store/record-store";
import { STAGE_LABELS } from "../log/export";
import {
  type Application,
  applicationDef,
  newApplication,
  newWin,
  type Stage,
  type Win,
  winDef,
} from "../log/model";
import { newPlan, type Plan, planDef } from "../plan/model";
import { type CheckIn, checkInDef, HIGHER_MEANS } from "../self-check/history";
import { loadMonthInput } from "./load";
import { monthFileName, monthMarkdown } from "./markdown";
import { addMonths, isMonth, monthLabel, monthOfDay, monthOfTime } from "./month";
import { beforeText, type MonthInput, monthSummary } from "./summary";

// Months are local: in a zone far from UTC (13 hours ahead in December).
inTimeZone("Pacific/Auckland");

/** Today for every summary here, unless a test says otherwise: the month's last day, so every December interview has happened. */
const TODAY = "2026-12-31";

let ids = 0;
const app = (date: string, stage: Stage, more: Partial<Application> = {}): Application => ({
  ...newApplication(1, `a${ids++}`),
  date,
  stage,
  ...more,
});
const plan = (more: Partial<Plan>): Plan => ({
  ...newPlan(1, `p${ids++}`, {
    situation: "it is Monday at 9",
    action: "I will send one application",
  }),
  ...more,
});
const win = (date: string, text: string, createdAt = 1): Win => ({
  ...newWin(createdAt, `w${ids++}`, text),
  date,
});
/** A check-in at 10:00 on `day`; `later` moves it on by that many milliseconds. */
const check = (
  day: string,
  bandLabel: string,
  score: number,
  { later = 0, ...more }: Partial<CheckIn> & { later?: number } = {},
): CheckIn => {
  const takenAt = new Date(`${day}T10:00:00`).getTime() + later;
  return {
    id: `ci-${takenAt.toString(36)}`,
    createdAt: takenAt,
    updatedAt: takenAt,
    slug: "how-are-you-taking-it",
    takenAt,
    day,
    score,
    max: 24,
    band: "band",
    bandLabel,
    support: false,
    flags: [],
    focus: [],
    copyOf: "",
    ...more,
  };
};
const none: MonthInput = { applications: [], plans: [], wins: [], checkIns: [] };

describe("months in local time (Pacific/Auckland)", () => {
  it("runs 13 hours ahead of UTC in December", () => {
    expect(new Date(Date.UTC(2026, 11, 1)).getTimezoneOffset()).toBe(-780);
  });

  it("reads a moment as its local month: 00:30 on 1 December is December, not November", () => {
    const justAfter = new Date(2026, 11, 1, 0, 30).getTime();
    expect(new Date(justAfter).toISOString()).toMatch(/^2026-11-30/); // still November in UTC
    expect(monthOfTime(justAfter)).toBe("2026-12");
    expect(monthOfTime(new Date(2026, 10, 30, 23, 59).getTime())).toBe("2026-11");
  });

  it("steps months across a year and reads only real months", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-03", -15)).toBe("2024-12");
    expect(addMonths("2026-13", 1)).toBe("");
    expect(isMonth("2026-12")).toBe(true);
    for (const bad of ["2026-00", "2026-13", "1969-12", "2026-1", "", "2026-12-01"])
      expect(isMonth(bad)).toBe(false);
    expect(monthOfDay("2026-12-31")).toBe("2026-12");
    expect(monthOfDay("soon")).toBe("");
  });

  it("words months and days in UK English", () => {
    expect(monthLabel("2026-12")).toBe("December 2026");
    expect(dayText("2026-12-03")).toBe("3 December 2026");
  });
});

describe("the month's summary", () => {
  it("counts applications sent and interviews held in the month, and where they stand", () => {
    const s = monthSummary(
      {
        ...none,
        applications: [
          app("2026-12-01", "applied"),
          app("2026-12-31", "turned-down", { stoppedAt: "applied" }),
          app("2026-12-10", "turned-down", {
            stoppedAt: "first-interview",
            interviewDate: "2026-12-15",
          }),
          app("2026-12-11", "turned-down", {
            stoppedAt: "final-round",
            interviewDate: "2026-12-20",
          }),
          app("2026-12-12", "turned-down"),
          // Sent last month, interviewed this month: an interview here, and counted where it stands.
          app("2026-11-20", "later-interview", { interviewDate: "2026-12-02" }),
          // Last month and next month: not this month's.
          app("2026-11-30", "offer"),
          app("2027-01-01", "applied"),
          // A conflict copy is the same application twice.
          app("2026-12-01", "applied", { copyOf: "x" }),
        ],
      },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    expect(s.applications).toBe(5);
    expect(s.interviews).toBe(3);
    expect(s.stages).toEqual([
      { stage: "applied", label: "Applied", count: 1 },
      { stage: "later-interview", label: "Later interview", count: 1 },
      { stage: "turned-down", label: "Turned down", count: 4 },
    ]);
    expect(s.turnedDown.map((r) => [r.stage, r.count])).toEqual([
      ["applied", 1],
      ["first-interview", 1],
      ["final-round", 1],
      ["", 1],
    ]);
    expect(s.empty).toBe(false);
  });

  it("counts an interview after today as still to come, not as one had", () => {
    const input = {
      ...none,
      applications: [
        app("2026-12-01", "first-interview", { interviewDate: "2026-12-07" }),
        app("2026-12-02", "later-interview", { interviewDate: "2026-12-08" }),
        app("2026-12-03", "first-interview", { interviewDate: "2026-12-21" }),
      ],
    };
    const s = monthSummary(input, "2026-12", STAGE_LABELS, "2026-12-07");
    expect([s.interviews, s.interviewsAhead]).toEqual([1, 2]);
    const md = monthMarkdown(s, "7 December 2026");
    expect(md).toContain("- Interviews: 1\n- Interviews still to come: 2\n");
    // A month that is over has none still to come.
    const later = monthSummary(input, "2026-12", STAGE_LABELS, "2027-01-05");
    expect([later.interviews, later.interviewsAhead]).toEqual([3, 0]);
    expect(monthMarkdown(later, "5 January 2027")).not.toContain("still to come");
  });

  it("counts the weeks each weekly plan was kept in the month (by the week's Monday), and the weeks any was", () => {
    const s = monthSummary(
      {
        ...none,
        plans: [
          plan({ weekly: true, kept: ["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14"] }),
          plan({
            weekly: true,
            action: "I will call one contact",
            kept: ["2026-12-07", "2026-12-28"],
          }),
          plan({ weekly: true, action: "rest on Sunday", kept: ["2026-11-30"] }), // November's Monday
          plan({ weekly: true, action: "copy", kept: ["2026-12-07"], copyOf: "p0" }),
          // A one-off plan ticked off at 00:10 on 1 December, local time.
          plan({
            action: "I will ask for feedback",
            done: true,
            doneAt: new Date(2026, 11, 1, 0, 10).getTime(),
          }),
          plan({
            action: "in November",
            done: true,
            doneAt: new Date(2026, 10, 30, 23, 50).getTime(),
          }),
        ],
      },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    expect(s.plansKept.map((p) => [p.sentence, p.weeks])).toEqual([
      ["If it is Monday at 9, then I will send one application", 2],
      ["If it is Monday at 9, then I will call one contact", 2],
    ]);
    // Weeks with any plan kept: 7, 14 and 28 December (two plans in one week is one week).
    expect(s.weeksKept).toBe(3);
    expect(s.plansDone).toEqual([
      expect.objectContaining({
        sentence: "If it is Monday at 9, then I will ask for feedback",
        day: "1 December 2026",
      }),
    ]);
  });

  it("lists the month's small wins only, oldest first", () => {
    const s = monthSummary(
      {
        ...none,
        wins: [
          win("2026-12-31", "Took Sunday off", 5),
          win("2026-11-30", "Last month"),
          win("2026-12-01", "Practised out loud", 3),
          win("2026-12-01", "Asked for feedback", 2),
          win("2027-01-01", "Next year"),
          win("2026-12-05", "   "),
        ],
      },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    expect(s.wins.map((w) => `${w.day}: ${w.text}`)).toEqual([
      "1 December 2026: Asked for feedback",
      "1 December 2026: Practised out loud",
      "31 December 2026: Took Sunday off",
    ]);
  });

  it("lists check-ins (one a day), and compares with the month before only when both months have some", () => {
    const checkIns = [
      check("2026-11-03", "It is hitting hard", 8, { support: true }),
      check("2026-11-28", "Finding your feet", 12),
      check("2026-12-02", "Mostly steady", 19),
      // Taken twice on one day: the later one is that day's check-in.
      check("2026-12-20", "Mostly steady", 18),
      check("2026-12-20", "Finding your feet", 9, { support: true, later: 3_600_000 }),
      // A conflict copy, and another self-check: never counted.
      check("2026-12-21", "Copy", 1, { copyOf: "x" }),
      check("2026-12-22", "Other", 1, { slug: "interview-debrief" }),
    ];
    const dec = monthSummary({ ...none, checkIns }, "2026-12", STAGE_LABELS, TODAY);
    expect(dec.checkIns.map((c) => `${c.when}: ${c.bandLabel} ${c.score}`)).toEqual([
      "2 December 2026: Mostly steady 19",
      "20 December 2026: Finding your feet 9",
    ]);
    expect(dec.before).toEqual({
      label: "November 2026",
      count: 2,
      last: { when: "28 November 2026", bandLabel: "Finding your feet", score: 12 },
      change: "lower",
    });
    expect(beforeText(dec, "you")).toBe(
      `Compared with the month before: in November 2026 you checked in 2 times, and the last, on 28 November 2026, was “Finding your feet”. Your latest this month is lower: 9 out of 24, against 12. ${HIGHER_MEANS}`,
    );
    expect(dec.support).toBe(true);
    // November: nothing in October to compare with.
    const nov = monthSummary({ ...none, checkIns }, "2026-11", STAGE_LABELS, TODAY);
    expect(nov.before).toBeNull();
    expect(beforeText(nov, "you")).toBe("");
    // January: no check-ins of its own, so no comparison.
    expect(monthSummary({ ...none, checkIns }, "2027-01", STAGE_LABELS, TODAY).before).toBeNull();
  });

  it("says only the results when last month's score was not kept", () => {
    const s = monthSummary(
      { ...none, checkIns: [check("2026-11-30", "Steady", -1), check("2026-12-01", "Steady", 20)] },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    expect(s.before?.change).toBe("unknown");
    expect(beforeText(s, "I")).toBe(
      "Compared with the month before: in November 2026 I checked in once, and the last, on 30 November 2026, was “Steady”.",
    );
  });

  it("says a month with nothing in it is empty", () => {
    const s = monthSummary(
      { ...none, applications: [app("2026-11-01", "applied")], wins: [win("2027-01-02", "Later")] },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    expect(s).toMatchObject({ empty: true, applications: 0, interviews: 0, stages: [], wins: [] });
  });
});

const HOSTILE = "<img src=x onerror=alert(1)> # not a heading [link](javascript:x)";

describe("the month as Markdown", () => {
  it("leads with what was done, escapes what people wrote, and names the file by month", () => {
    const s = monthSummary(
      {
        applications: [app("2026-12-01", "turned-down", { stoppedAt: "first-interview" })],
        plans: [plan({ weekly: true, action: HOSTILE, kept: ["2026-12-07"] })],
        wins: [win("2026-12-02", `${HOSTILE}\n# second line`)],
        checkIns: [check("2026-11-20", "Steady", 20), check("2026-12-03", "Finding your feet", 20)],
      },
      "2026-12",
      STAGE_LABELS,
      TODAY,
    );
    const md = monthMarkdown(s, "7 December 2026");
    expect(md.startsWith("# My month: December 2026\n")).toBe(true);
    expect(md.indexOf("## What I did")).toBeLessThan(md.indexOf("## Where this month"));
    expect(md).toContain("- Applications sent: 1");
    expect(md).toContain("- Weeks I kept a plan: 1");
    expect(md).toContain("  - After a first interview: 1");
    expect(md).toContain("- 3 December 2026: Finding your feet (20 out of 24)");
    expect(md).toContain(
      "in November 2026 I checked in once, and the last, on 20 November 2026, was “Steady”. My latest this month has the same score, 20 out of 24.",
    );
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/^#+ (not a heading|second line)/m);
    expect(md).toContain("\\[link\\]");
    expect(monthFileName(s)).toBe("bounce-back-month-2026-12.md");
  });

  it("says something kind about an empty month", () => {
    const md = monthMarkdown(monthSummary(none, "2026-12", STAGE_LABELS, TODAY), "7 December 2026");
    expect(md).toContain("Nothing is logged for this month. A quiet month is allowed");
    expect(md).not.toContain("## What I did");
  });
});

describe("reading the tools' stores", () => {
  function put<R extends Timed>(s: FakeStorage, def: RecordStoreDef<R>, r: R) {
    expect(new RecordStore(def, () => s).write([r]).ok).toBe(true);
  }

  it("reads each tool's records through its own store, and writes nothing", () => {
    const s = new FakeStorage();
    put(s, applicationDef, { ...newApplication(1, "a1"), date: "2026-12-03", role: "Analyst" });
    put(s, winDef, { ...newWin(2, "w1", "Practised"), date: "2026-12-04" });
    put(s, planDef, newPlan(3, "p1", { situation: "it is Monday", action: "apply" }));
    put(s, checkInDef, check("2026-12-05", "Finding your feet", 12));
    const before = s.written;
    const { input, trouble } = loadMonthInput(() => s);
    expect(trouble).toBeNull();
    expect(s.written).toBe(before);
    const sum = monthSummary(input, "2026-12", STAGE_LABELS, TODAY);
    expect([sum.applications, sum.wins.length, input.plans.length, sum.checkIns.length]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it("reports storage it cannot read instead of throwing", () => {
    const s = new FakeStorage();
    s.blocked = true;
    const { input, trouble } = loadMonthInput(() => s);
    expect(trouble).toBe("blocked");
    expect(input.applications).toEqual([]);
  });
});
