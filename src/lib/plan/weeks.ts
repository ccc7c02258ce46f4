/**
 * Weeks for plans that repeat: weeks start on Monday, and a week is named by
 * its Monday, "YYYY-MM-DD". Days are calendar days (no clock, no time zone):
 * the arithmetic runs on UTC dates made from the day's numbers, so a clock
 * change never moves a day. "Today" is always passed in, never read here.
 */

import { isRealDate, localDay } from "../days";
import type { Plan } from "./model";

/** The most weeks a plan remembers (ten years). */
export const MAX_WEEKS = 520;

const DAY_MS = 86_400_000;

/** A calendar day as a number of days since 1970-01-01. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week `day` falls in ("" if `day` is not a real day). */
export function mondayOf(day: string): string {
  if (!isRealDate(day)) return "";
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return fromDayNumber(n - ((((n + 3) % 7) + 7) % 7));
}

/** True for a real day that is a Monday. */
export const isMonday = (day: string): boolean => day !== "" && mondayOf(day) === day;

/** The day `n` days after the real day `day`. */
export const addDays = (day: string, n: number): string => fromDayNumber(dayNumber(day) + n);

/** Weeks kept: each week the person said "done this week". */
export const weeksKept = (p: Pick<Plan, "kept">): number => p.kept.length;

/** The week a weekly plan started: its day if it has one, else the day it was made. */
export function firstWeek(p: Pick<Plan, "date" | "createdAt" | "kept">): string {
  const start = mondayOf(p.date || localDay(p.createdAt));
  const first = p.kept[0];
  return first !== undefined && first < start ? first : start;
}

/**
 * Weeks missed: finished weeks (before this one) since the plan started that
 * were not marked done. This week is never counted as missed: it is not over.
 * A plan that is not weekly misses nothing.
 */
export function weeksMissed(
  p: Pick<Plan, "weekly" | "date" | "createdAt" | "kept">,
  today: string,
): number {
  const now = mondayOf(today);
  if (!p.weekly || !now) return 0;
  const start = firstWeek(p);
  if (start >= now) return 0;
  const weeks = Math.round((dayNumber(now) - dayNumber(start)) / 7);
  const keptBefore = p.kept.filter((w) => w >= start && w < now).length;
  return Math.max(0, weeks - keptBefore);
}

/** True when this week (the week of `today`) is marked done. */
export const keptThisWeek = (p: Pick<Plan, "kept">, today: string): boolean =>
  p.kept.includes(mondayOf(today));

/** `kept` with the week of `today` marked (done) or unmarked: sorted, unique, the latest MAX_WEEKS. */
export function markWeek(kept: readonly string[], today: string, done: boolean): string[] {
  const week = mondayOf(today);
  if (!week) return [...kept];
  const rest = kept.filter((w) => w !== week);
  return cleanWeeks(done ? [...rest, week] : rest);
}

/** Real Mondays only, unique, sorted oldest first, at most the latest MAX_WEEKS. */
export function cleanWeeks(weeks: readonly unknown[]): string[] {
  const ok = new Set<string>();
  for (const w of weeks) if (typeof w === "string" && isMonday(w)) ok.add(w);
  return [...ok].sort().slice(-MAX_WEEKS);
}

/**
 * How a weekly plan is going, said kindly: "Kept 3 weeks of 5." and, when
 * weeks were missed, a line that makes room for them.
 */
export function weeksSummary(
  p: Pick<Plan, "weekly" | "date" | "createdAt" | "kept">,
  today: string,
): { kept: string; missed: string } {
  const kept = weeksKept(p);
  const missed = weeksMissed(p, today);
  const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;
  const of = kept + missed;
  const keptLine = kept === 0 ? "No weeks marked yet." : `Kept ${weeks(kept)} of ${of}.`;
  if (missed === 0) return { kept: keptLine, missed: "" };
  return {
    kept: keptLine,
    missed: `${weeks(missed)} slipped by, and that is normal: routines bend. This week is a fresh start.`,
  };
}
