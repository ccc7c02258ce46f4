/**
 * If-then plans: "If [situation or time], then I will [action]", with an
 * optional date and time that makes a calendar reminder (.ics).
 */

import { isRealDate } from "../days";
import { isRecord, isTime, own, readCopyOf, readId, readTexts } from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";
import { addDays, cleanWeeks, MAX_WEEKS, mondayOf } from "./weeks";

export interface Plan {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** The situation or time: "it is Monday morning". */
  situation: string;
  /** The action: "I will send two applications before lunch". */
  action: string;
  /** "YYYY-MM-DD" or "": the reminder's day. */
  date: string;
  /** "HH:MM" or "" (all day). */
  time: string;
  /** Repeats every week. */
  weekly: boolean;
  /**
   * Done (a one-off plan), or finished with (a weekly one): it moves to the
   * done list. A weekly plan's ordinary weeks are kept in `kept` instead.
   */
  done: boolean;
  /** When it was ticked off (0: not done). */
  doneAt: number;
  /**
   * A weekly plan's weeks done: the Monday ("YYYY-MM-DD", local) of each week
   * the person marked "done this week". Sorted, unique, at most MAX_WEEKS.
   */
  kept: string[];
  /** "" or, on a conflict copy, the id of the plan it is a copy of. */
  copyOf: string;
}

/** A ready example from content/exercises/plan.mdx (its `if` and `then`). */
export interface PlanExample {
  situation: string;
  action: string;
  /** When it fits, in words: "Monday 9:00, every week". */
  when?: string | undefined;
}

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function newPlan(
  now: number,
  id: string,
  from: Partial<Pick<Plan, "situation" | "action" | "date" | "time" | "weekly">> = {},
): Plan {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    situation: from.situation ?? "",
    action: from.action ?? "",
    date: from.date ?? "",
    time: from.time ?? "",
    weekly: from.weekly ?? false,
    done: false,
    doneAt: 0,
    kept: [],
    copyOf: "",
  };
}

/** Validates a stored plan; fields that cannot be read are emptied and reported. */
export function readPlan(v: unknown, problems: string[]): Plan | null {
  const id = readId(v, "A plan", problems);
  if (id === null || !isRecord(v)) return null;
  const p = newPlan(0, id);
  const bad = (what: string) => problems.push(`A plan: ${what}.`);
  for (const k of ["createdAt", "updatedAt", "doneAt"] as const) {
    const t = own(v, k);
    if (isTime(t)) p[k] = t;
    else if (t !== undefined) bad("a time cannot be read");
  }
  readTexts(v, p, ["situation", "action"], bad);
  p.copyOf = readCopyOf(v);
  const date = own(v, "date");
  if (date === "" || (typeof date === "string" && isRealDate(date))) p.date = date;
  else if (date !== undefined) bad("the date cannot be read");
  const time = own(v, "time");
  if (time === "" || (typeof time === "string" && TIME.test(time))) p.time = time;
  else if (time !== undefined) bad("the time cannot be read");
  for (const k of ["weekly", "done"] as const) {
    const b = own(v, k);
    if (typeof b === "boolean") p[k] = b;
    else if (b !== undefined) bad(`“${k}” cannot be read`);
  }
  const kept = own(v, "kept");
  if (Array.isArray(kept)) {
    p.kept = cleanWeeks(kept);
    if (kept.length > MAX_WEEKS) bad(`only the latest ${MAX_WEEKS} weeks done are kept`);
    else if (p.kept.length !== kept.length || kept.some((w, i) => w !== p.kept[i]))
      bad("some weeks done could not be read");
  } else if (kept !== undefined) bad("the weeks done cannot be read");
  return p;
}

export const planDef: RecordStoreDef<Plan> = {
  name: "plans",
  version: 1,
  read: readPlan,
};

export const planStore = () => new RecordStore(planDef);

/** A plan's "If…" as typed, without a leading "If" (the sentence adds it). */
export const situationText = (situation: string): string =>
  situation.trim().replace(/^if\b[\s,]*/i, "");

/**
 * A plan's action as typed, without a leading "then", "I will", "I'll" or
 * "will" (the sentence and the field's label say "then I will"), so
 * "I will send…", "then I will send…" and "send…" all read the same.
 */
export const actionText = (action: string): string =>
  action
    .trim()
    .replace(/^then\b[\s,]*/i, "")
    .replace(/^(?:i\s+will|i['’]ll|will)\b\s*/i, "");

/** The plan as one sentence: "If it is Monday at 9:00, then I will send two applications". */
export function planSentence(p: Pick<Plan, "situation" | "action">): string {
  const w = situationText(p.situation);
  const t = actionText(p.action);
  return `If ${w || "…"}, then I will ${t || "…"}`;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/**
 * The schedule an example's "when" names, for a plan made from it today:
 * "Monday 9:00, every week" is the next Monday (today if it is one) at 09:00,
 * repeating weekly; "Sunday, all day, every week" has no time. Words that
 * name no weekday ("Five working days after each interview") give no day.
 */
export function exampleSchedule(
  when: string | undefined,
  today: string,
): Pick<Plan, "date" | "time" | "weekly"> {
  const words = (when ?? "").toLowerCase();
  const weekly = /\bevery week\b|\bweekly\b/.test(words);
  const day = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(words));
  const monday = mondayOf(today);
  if (day < 0 || !monday) return { date: "", time: "", weekly: false };
  const thisWeek = addDays(monday, day);
  const date = thisWeek >= today ? thisWeek : addDays(thisWeek, 7);
  const t = /\b(\d{1,2})[:.](\d{2})\b/.exec(words);
  const time = t ? `${t[1]?.padStart(2, "0")}:${t[2]}` : "";
  return { date, time: TIME.test(time) ? time : "", weekly };
}

/** A new plan from an example: its words (the action without "I will") and its schedule. */
export function planFromExample(x: PlanExample, now: number, id: string, today: string): Plan {
  return newPlan(now, id, {
    situation: situationText(x.situation),
    action: actionText(x.action),
    ...exampleSchedule(x.when, today),
  });
}

/** A calendar day in words: "Monday 14 December 2026" (the day as written, in no time zone). */
function dayInWords(day: string, parts: Intl.DateTimeFormatOptions): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { ...parts, timeZone: "UTC" });
}

/**
 * When a plan is, in words: "Every Monday at 09:00, from 14 December 2026",
 * "Thursday 10 December 2026, all day", or that it has no day yet.
 */
export function planWhen(p: Pick<Plan, "date" | "time" | "weekly">): string {
  if (!p.date) return "No day yet: give it one to make a calendar reminder.";
  const at = p.time ? ` at ${p.time}` : ", all day";
  // Weekday and date apart: browsers differ on a comma between them.
  const weekday = dayInWords(p.date, { weekday: "long" });
  const date = dayInWords(p.date, { day: "numeric", month: "long", year: "numeric" });
  return p.weekly ? `Every ${weekday}${at}, from ${date}` : `${weekday} ${date}${at}`;
}

/** Open plans first (newest first), done plans after (most recently done first). */
export function splitPlans(plans: readonly Plan[]): { open: Plan[]; done: Plan[] } {
  const open = plans.filter((p) => !p.done).sort((a, b) => b.createdAt - a.createdAt);
  const done = plans.filter((p) => p.done).sort((a, b) => b.doneAt - a.doneAt);
  return { open, done };
}
