/**
 * The files a plan becomes, loaded only when someone asks for one: a
 * calendar reminder (.ics) and the plans as readable Markdown (what people
 * wrote is escaped).
 */
import { type IcsEvent, icsCalendar } from "../ics/ics";

export { icsFileName } from "../ics/ics";

import { escapeMarkdown } from "../markdown/escape";
import { actionText, type Plan, planSentence, splitPlans } from "./model";

export function planEvent(p: Plan): IcsEvent {
  const action = actionText(p.action);
  return {
    uid: `plan-${p.id}@bounce-back`,
    summary: action ? `I will ${action}` : planSentence(p),
    description: `${planSentence(p)}.\n\nAn if-then plan you made on Bounce Back.`,
    date: p.date,
    time: p.time,
    minutes: 30,
    weekly: p.weekly,
    alarmMinutes: 10,
  };
}

export const planIcs = (p: Plan, now: number): string => icsCalendar([planEvent(p)], now);

/**
 * The plans that go into "Download all plans": every plan still going that
 * has a day (a weekly one repeats); done plans and conflict copies (a second
 * version of a plan already there) are left out.
 */
export const calendarPlans = (plans: readonly Plan[]): Plan[] =>
  splitPlans(plans).open.filter((p) => p.date !== "" && p.copyOf === "");

/** One calendar with a reminder for each plan in calendarPlans. */
export const allPlansIcs = (plans: readonly Plan[], now: number): string =>
  icsCalendar(calendarPlans(plans).map(planEvent), now);

function line(p: Plan): string {
  const n = p.weekly ? p.kept.length : 0;
  const when = [
    p.date && `${p.date}${p.time ? ` ${p.time}` : ""}${p.weekly ? ", every week" : ""}`,
    n && `done ${n} ${n === 1 ? "week" : "weeks"}`,
  ]
    .filter(Boolean)
    .join("; ");
  const sentence = escapeMarkdown(planSentence(p).replace(/\s*\n\s*/g, " "));
  return `- [${p.done ? "x" : " "}] ${sentence}${when ? ` (${when})` : ""}`;
}

export function plansMarkdown(plans: readonly Plan[], today: string): string {
  const { open, done } = splitPlans(plans);
  const out = [
    "# My if-then plans",
    "",
    `Saved from Bounce Back on ${today}. This file is private: keep it somewhere safe.`,
    "",
    "## Plans",
    "",
    ...(open.length ? open.map(line) : ["None yet."]),
    "",
    "## Done",
    "",
    ...(done.length ? done.map(line) : ["None yet."]),
  ];
  return `${out.join("\n")}\n`;
}
