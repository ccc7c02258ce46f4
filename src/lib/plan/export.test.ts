// cspell:words VCALENDAR VEVENT RRULE ICAL rrule vevent
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { allPlansIcs, calendarPlans, plansMarkdown } from "./export";
import { newPlan, type Plan } from "./model";

const NOW = Date.UTC(2026, 11, 7, 4, 30);
const HOSTILE = 'Ask, politely; then "wait" \\ back\nnext line\r\nand <b>bold</b>';

const plan = (id: string, over: Partial<Plan> = {}): Plan => ({
  ...newPlan(NOW - 1000, id, { situation: "it is Monday", action: "send two applications" }),
  ...over,
});

const plans: Plan[] = [
  plan("weekly", { date: "2026-12-07", time: "09:00", weekly: true, kept: ["2026-11-30"] }),
  plan("sunday", { date: "2026-12-13", weekly: true, action: HOSTILE }),
  plan("once", { date: "2026-12-10", time: "14:30" }),
  plan("done-once", { date: "2026-12-01", done: true, doneAt: NOW - 10 }),
  plan("retired", { date: "2026-11-02", weekly: true, done: true, doneAt: NOW - 20 }),
  plan("no-day", { weekly: true }),
  plan("once-c1", { date: "2026-12-10", time: "15:00", copyOf: "once" }),
];

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((v) => ({ v, e: new ICAL.Event(v) }));
}

describe("Download all plans (.ics)", () => {
  it("is one calendar with one event per active plan; weekly ones repeat", () => {
    const text = allPlansIcs(plans, NOW);
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const events = parse(text);
    expect(events.map(({ e }) => e.uid).sort()).toEqual([
      "plan-once@bounce-back",
      "plan-sunday@bounce-back",
      "plan-weekly@bounce-back",
    ]);
    const byUid = new Map(events.map((x) => [x.e.uid, x]));
    const weekly = byUid.get("plan-weekly@bounce-back");
    expect(weekly?.e.isRecurring()).toBe(true);
    expect(weekly?.v.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY");
    expect(weekly?.e.startDate.toString()).toBe("2026-12-07T09:00:00");
    expect(weekly?.e.summary).toBe("I will send two applications");
    const sunday = byUid.get("plan-sunday@bounce-back");
    expect(sunday?.e.isRecurring()).toBe(true);
    expect(sunday?.e.startDate.isDate).toBe(true);
    const once = byUid.get("plan-once@bounce-back");
    expect(once?.e.isRecurring()).toBe(false);
    expect(once?.v.getFirstProperty("rrule")).toBeNull();
    // Every line ends CRLF and none is longer than 75 octets.
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("keeps hostile words as text: commas, semicolons, backslashes and line breaks escaped", () => {
    const text = allPlansIcs(plans, NOW);
    const sunday = parse(text).find(({ e }) => e.uid === "plan-sunday@bounce-back");
    expect(sunday?.e.summary).toBe(`I will ${HOSTILE.replace(/\r\n/g, "\n")}`);
    expect(sunday?.e.description).toContain(HOSTILE.replace(/\r\n/g, "\n"));
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      'SUMMARY:I will Ask\\, politely\\; then "wait" \\\\ back\\nnext line\\nand <b>bold</b>',
    );
    // No line of the file starts with words from the plan (no injected property).
    expect(unfolded.split("\r\n").some((l) => /^(next line|and <b>)/.test(l))).toBe(false);
  });

  it("leaves out done plans, plans with no day and conflict copies", () => {
    expect(calendarPlans(plans).map((p) => p.id)).toEqual(["weekly", "sunday", "once"]);
    expect(parse(allPlansIcs([plans[3] as Plan], NOW))).toEqual([]);
  });
});

describe("plans as Markdown", () => {
  it("says how many weeks a weekly plan was done", () => {
    const md = plansMarkdown(plans.slice(0, 3), "7 December 2026");
    expect(md).toContain(
      "- [ ] If it is Monday, then I will send two applications (2026-12-07 09:00, every week; done 1 week)",
    );
    expect(md).toContain("(2026-12-10 14:30)\n");
  });
});
