/**
 * If-then plans: "If [situation or time], then I will [action]", with an
 * optional date and time that makes a calendar reminder (.ics).
 */

import {
  isRealDate,
  isRecord,
  isTime,
  own,
  readCopyOf,
  readId,
  readTexts,
} from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";

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
  done: boolean;
  /** When it was ticked off (0: not done). */
  doneAt: number;
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
  from: Partial<Pick<Plan, "situation" | "action">> = {},
): Plan {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    situation: from.situation ?? "",
    action: from.action ?? "",
    date: "",
    time: "",
    weekly: false,
    done: false,
    doneAt: 0,
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
  return p;
}

export const planDef: RecordStoreDef<Plan> = {
  name: "plans",
  version: 1,
  read: readPlan,
};

export const planStore = () => new RecordStore(planDef);

/** The plan as one sentence. */
export function planSentence(p: Pick<Plan, "situation" | "action">): string {
  const w = p.situation.trim().replace(/^if\s+/i, "");
  const t = p.action.trim().replace(/^then\s+/i, "");
  return `If ${w || "…"}, then ${t || "…"}`;
}

/** A plan can become a reminder once it has a day. */
export const hasReminder = (p: Plan): boolean => p.date !== "";

/** Open plans first (newest first), done plans after (most recently done first). */
export function splitPlans(plans: readonly Plan[]): { open: Plan[]; done: Plan[] } {
  const open = plans.filter((p) => !p.done).sort((a, b) => b.createdAt - a.createdAt);
  const done = plans.filter((p) => p.done).sort((a, b) => b.doneAt - a.doneAt);
  return { open, done };
}
