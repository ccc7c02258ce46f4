/**
 * One month on one page: what a person did in a calendar month (applications,
 * interviews, weeks their plans were kept, plans done, small wins, check-ins)
 * and where the month's applications stand now. Read-only: it takes plain
 * arrays of records, read by each tool's own store (load.ts), and writes
 * nothing. Conflict copies (`copyOf` set) are the same record twice, so they
 * are never counted.
 *
 * Months are local: every day here is the local calendar day the tools store
 * ("YYYY-MM-DD"), and a moment (a plan's `doneAt`) counts on its local day.
 */

import { dayText, localDay } from "../days";
import { type Application, STAGES, type Win } from "../log/model";
import { funnel } from "../log/stats";
import { type Plan, planSentence } from "../plan/model";
import { type CheckIn, checkInDays, compareWithLast, HIGHER_MEANS } from "../self-check/history";
import { addMonths, monthLabel, monthOfDay, monthOfTime } from "./month";

/** Every tool's records, as each tool's own store reads them (load.ts). */
export interface MonthInput {
  applications: readonly Application[];
  plans: readonly Plan[];
  wins: readonly Win[];
  /** "How are you taking it?" results (src/lib/self-check/history.ts). */
  checkIns: readonly CheckIn[];
}

/** One row of "where they stand": a stage and how many of the month's applications are at it. */
export interface StageRow {
  stage: string;
  label: string;
  count: number;
}

export interface MonthSummary {
  /** "YYYY-MM". */
  month: string;
  /** "December 2026". */
  label: string;
  /** Applications sent this month (by the day applied). */
  applications: number;
  /** Applications with an interview this month, on or before today (by the interview's day). */
  interviews: number;
  /** Interviews later this month than today: still to come, so not yet "had". */
  interviewsAhead: number;
  /** The month's applications (sent or interviewed for this month) by where they stand now; rows with none left out. */
  stages: StageRow[];
  /** Of those turned down: the stage each was turned down at; rows with none left out. */
  turnedDown: StageRow[];
  /** Weekly plans kept this month: the plan's sentence and its weeks kept (a week counts in the month of its Monday). */
  plansKept: { id: string; sentence: string; weeks: number }[];
  /** The weeks this month in which at least one weekly plan was kept. */
  weeksKept: number;
  /** One-off plans ticked off this month, by the day. */
  plansDone: { id: string; sentence: string; day: string }[];
  /** Small wins dated this month, oldest first. */
  wins: { date: string; day: string; text: string }[];
  /** Check-ins taken this month (one a day: the last that day), oldest first. */
  checkIns: { day: string; when: string; bandLabel: string; score: number; max: number }[];
  /**
   * Only when both months have check-ins: last month's count and its last
   * check-in, and how this month's latest compares with it ("unknown": a
   * score was not kept or the scale changed, so only the bands can be said).
   */
  before: {
    label: string;
    count: number;
    last: { when: string; bandLabel: string; score: number };
    change: "higher" | "lower" | "same" | "unknown";
  } | null;
  /** Any check-in this month landed in the band that suggests more support. */
  support: boolean;
  /** Nothing at all logged this month. */
  empty: boolean;
}

/** A plan as the one-line sentence people read. */
const planLine = (p: Plan) => planSentence(p).replace(/\s*\n\s*/g, " ");

const original = <T extends { copyOf: string }>(list: readonly T[]) =>
  list.filter((x) => x.copyOf === "");

/**
 * Everything the month page and its Markdown show for `month` ("YYYY-MM").
 * `stageLabels`: each stage in words, as the log names them (the log's
 * content on the page, the log's files' STAGE_LABELS in the document).
 * `today` ("YYYY-MM-DD", the local day): an interview after it is still to come.
 */
export function monthSummary(
  input: MonthInput,
  month: string,
  stageLabels: Readonly<Record<string, string>>,
  today: string,
): MonthSummary {
  const inMonth = (day: string) => day !== "" && monthOfDay(day) === month;
  const apps = original(input.applications);
  const sent = apps.filter((a) => inMonth(a.date));
  const interviewed = apps.filter((a) => inMonth(a.interviewDate));
  const ahead = interviewed.filter((a) => a.interviewDate > today);
  const touched = apps.filter((a) => inMonth(a.date) || inMonth(a.interviewDate));
  const down = touched.filter((a) => a.stage === "turned-down");

  const plans = original(input.plans);
  const plansKept = plans
    .filter((p) => p.weekly)
    .map((p) => ({
      id: p.id,
      sentence: planLine(p),
      weeks: new Set(p.kept.filter(inMonth)).size,
    }))
    .filter((p) => p.weeks > 0)
    .sort((a, b) => b.weeks - a.weeks);
  const plansDone = plans
    .filter((p) => !p.weekly && p.done && p.doneAt > 0 && monthOfTime(p.doneAt) === month)
    .sort((a, b) => a.doneAt - b.doneAt)
    .map((p) => ({ id: p.id, sentence: planLine(p), day: dayText(localDay(p.doneAt)) }));

  const wins = original(input.wins)
    .filter((w) => inMonth(w.date) && w.text.trim() !== "")
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
    .map((w) => ({ date: w.date, day: dayText(w.date), text: w.text.trim() }));

  const days = checkInDays(input.checkIns);
  const checks = (m: string) => days.filter((c) => monthOfDay(c.day) === m);
  const now = checks(month);
  const previousMonth = addMonths(month, -1);
  const then = checks(previousMonth);
  const last = then[then.length - 1];
  const latest = now[now.length - 1];
  const change = latest && last ? compareWithLast([last, latest]).change : "first";
  const before =
    last && change !== "first"
      ? {
          label: monthLabel(previousMonth),
          count: then.length,
          last: { when: dayText(last.day), bandLabel: last.bandLabel, score: last.score },
          change,
        }
      : null;

  const summary: MonthSummary = {
    month,
    label: monthLabel(month),
    applications: sent.length,
    interviews: interviewed.length - ahead.length,
    interviewsAhead: ahead.length,
    stages: STAGES.map((stage) => ({
      stage,
      label: stageLabels[stage] ?? stage,
      count: touched.filter((a) => a.stage === stage).length,
    })).filter((r) => r.count > 0),
    turnedDown: funnel(down).filter((r) => r.count > 0),
    plansKept,
    weeksKept: new Set(plans.filter((p) => p.weekly).flatMap((p) => p.kept.filter(inMonth))).size,
    plansDone,
    wins,
    checkIns: now.map((c) => ({
      day: c.day,
      when: dayText(c.day),
      bandLabel: c.bandLabel,
      score: c.score,
      max: c.max,
    })),
    before,
    support: now.some((c) => c.support),
    empty: false,
  };
  summary.empty =
    touched.length === 0 &&
    plansKept.length === 0 &&
    plansDone.length === 0 &&
    wins.length === 0 &&
    now.length === 0;
  return summary;
}

/** A check-in's score in words ("18 out of 24"), or "" when it was not kept. */
export const scoreText = (c: { score: number; max: number }): string =>
  c.score >= 0 ? `${c.score} out of ${c.max}` : "";

/**
 * "Compared with the month before", in plain words ("" without last month's
 * check-ins): said to the reader ("you") on the page, by them ("I") in the file.
 */
export function beforeText(s: MonthSummary, person: "you" | "I"): string {
  const { before } = s;
  const latest = s.checkIns[s.checkIns.length - 1];
  if (!before || !latest) return "";
  const mine = person === "you" ? "your" : "my";
  const head = `Compared with the month before: in ${before.label} ${person} checked in ${
    before.count === 1 ? "once" : `${before.count} times`
  }, and the last, on ${before.last.when}, was “${before.last.bandLabel}”.`;
  if (before.change === "unknown") return head;
  const now = scoreText(latest);
  const move =
    before.change === "same"
      ? `${capital(mine)} latest this month has the same score, ${now}.`
      : `${capital(mine)} latest this month is ${before.change}: ${now}, against ${before.last.score}.`;
  return `${head} ${move} ${HIGHER_MEANS}`;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
