/**
 * What the log shows about momentum: counts per week (weeks start on Monday,
 * in local time), counts by stage, and when to nudge.
 */

import { localDay } from "../days";
import {
  type Application,
  INTERVIEW_STAGES,
  STAGES,
  STOPPED_AT,
  STOPPED_AT_LABELS,
  type Stage,
  type StoppedAt,
  type Win,
} from "./model";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local calendar day as a Date at local noon (noon never falls in a clock change). */
function noon(day: string): Date | null {
  const m = DAY.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
}

/** The Monday of the week a local day falls in, "YYYY-MM-DD" ("" if not a day). */
export function weekOf(day: string): string {
  const d = noon(day);
  if (!d) return "";
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(d.getTime());
}

/** The Monday `n` weeks after (or before, n < 0) the Monday `week`. */
export function addWeeks(week: string, n: number): string {
  const d = noon(week);
  if (!d) return "";
  d.setDate(d.getDate() + 7 * n);
  return localDay(d.getTime());
}

export interface WeekCount {
  /** The Monday, "YYYY-MM-DD". */
  week: string;
  applications: number;
  interviews: number;
  wins: number;
}

/**
 * The last `weeks` weeks up to the week of `today` (a local day), oldest
 * first: applications by the day applied, interviews by the interview day,
 * wins by the day logged.
 */
export function weeklyCounts(
  apps: readonly Application[],
  wins: readonly Win[],
  today: string,
  weeks = 8,
): WeekCount[] {
  const last = weekOf(today);
  const out: WeekCount[] = [];
  for (let i = weeks - 1; i >= 0; i--)
    out.push({ week: addWeeks(last, -i), applications: 0, interviews: 0, wins: 0 });
  const at = new Map(out.map((w) => [w.week, w]));
  for (const a of apps) {
    const w = at.get(weekOf(a.date));
    if (w) w.applications++;
    const iw = a.interviewDate ? at.get(weekOf(a.interviewDate)) : undefined;
    if (iw) iw.interviews++;
  }
  for (const x of wins) {
    const w = at.get(weekOf(x.date));
    if (w) w.wins++;
  }
  return out;
}

/** How many applications are at each stage now, in stage order. */
export function stageCounts(apps: readonly Application[]): { stage: Stage; count: number }[] {
  return STAGES.map((stage) => ({ stage, count: apps.filter((a) => a.stage === stage).length }));
}

/**
 * Where applications stop: the applications turned down, counted by the
 * stage they were turned down at, in stage order, with a last row for those
 * whose stage was not said. Every row is there, even at 0, so the table and
 * chart keep one shape.
 */
export function funnel(
  apps: readonly Application[],
): { stage: StoppedAt; label: string; count: number }[] {
  const rows = [...STOPPED_AT, ""] as const;
  const count = new Map<StoppedAt, number>(rows.map((s) => [s, 0]));
  for (const a of apps)
    if (a.stage === "turned-down") count.set(a.stoppedAt, (count.get(a.stoppedAt) ?? 0) + 1);
  return rows.map((stage) => ({
    stage,
    label: STOPPED_AT_LABELS[stage],
    count: count.get(stage) ?? 0,
  }));
}

/** Days from one local day to another. */
function daysBetween(from: string, to: string): number {
  const a = noon(from);
  const b = noon(to);
  return a && b ? Math.round((b.getTime() - a.getTime()) / 86_400_000) : Number.POSITIVE_INFINITY;
}

/**
 * True when an application has reached an interview and nothing else is
 * moving: no other application sent in the last 14 days that is still open.
 * People tend to ease off after a day that feels like progress (Wanberg, Zhu
 * and van Hooft, 2010); the nudge asks for one more application.
 */
export function needsNudge(apps: readonly Application[], today: string): boolean {
  const interviewing = apps.filter((a) => INTERVIEW_STAGES.includes(a.stage));
  if (interviewing.length === 0) return false;
  return !apps.some(
    (a) =>
      a.stage === "applied" && daysBetween(a.date, today) <= 14 && daysBetween(a.date, today) >= 0,
  );
}
