/**
 * The files a plan becomes, loaded only when someone asks for one: a
 * calendar reminder (.ics) and the plans as readable Markdown (what people
 * wrote is escaped).
 */
import { type IcsEvent, icsCalendar } from "../ics/ics";

export { icsFileName } from "../ics/ics";

import { escapeMarkdown } from "../markdown/escape";
import { type Plan, planSentence, splitPlans } from "./model";

export function planEvent(p: Plan): IcsEvent {
  return {
    uid: `plan-${p.id}@bounce-back`,
    summary: p.action.trim() || planSentence(p),
    description: `${planSentence(p)}.\n\nAn if-then plan you made on Bounce Back.`,
    date: p.date,
    time: p.time,
    minutes: 30,
    weekly: p.weekly,
    alarmMinutes: 10,
  };
}

export const planIcs = (p: Plan, now: number): string => icsCalendar([planEvent(p)], now);

function line(p: Plan): string {
  const when = p.date
    ? ` (${p.date}${p.time ? ` ${p.time}` : ""}${p.weekly ? ", every week" : ""})`
    : "";
  return `- [${p.done ? "x" : " "}] ${escapeMarkdown(planSentence(p).replace(/\s*\n\s*/g, " "))}${when}`;
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
