/**
 * The check-in history of "How are you taking it?": each completed result is
 * kept with its date as a CheckIn, one record per result, on the site's one
 * engine (a RecordStore, so it is in the site-wide backup, "Delete all my
 * data" and the lock like every other tool). Only the result is kept (its
 * score, band, the flags it raised and the things to work on it named),
 * never the answers.
 *
 * Also here, as plain functions the view and the month summary share:
 * "compared with last time" and the rule for the kind support note.
 */

import { dayText, isRealDate, localDay } from "../days";
import { isRecord, isTime, own, readCopyOf, readId } from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";
import type { StorageLike } from "../local-store/storage";
import type { StoredResult } from "./result-store";

/** The one self-check whose results are kept as a history. */
export const CHECK_IN_SLUG = "how-are-you-taking-it";

export interface CheckIn {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** The self-check's slug (CHECK_IN_SLUG). */
  slug: string;
  /** When it was taken (ms). */
  takenAt: number;
  /** The local day it was taken, "YYYY-MM-DD". */
  day: string;
  /**
   * The total on the self-check's scale, 0 to `max`; higher means steadier.
   * -1 (UNKNOWN_SCORE): not kept, for a result saved before the history was
   * (only its band was stored then).
   */
  score: number;
  /** The highest total the scale can give. */
  max: number;
  /** The result band's id. */
  band: string;
  /** The band's title as the person saw it: "It hurts, and you're coping". */
  bandLabel: string;
  /** The band is the scale's support band (the one that shows the doctor threshold and /help/). */
  support: boolean;
  /** Flags the answers raised ("support", "money"…), in order. */
  flags: string[];
  /** The things in the reader's hands the result named. */
  focus: string[];
  /** "" or, on a conflict copy, the id of the check-in it is a copy of. */
  copyOf: string;
}

/** The score of a result kept before scores were (see CheckIn.score). */
export const UNKNOWN_SCORE = -1;

/** A check-in's id: from its time, so the same result saved twice (two tabs) is one record. */
export const checkInId = (takenAt: number): string => `ci-${takenAt.toString(36)}`;

const ID_TEXT = /^[a-z0-9-]{1,80}$/;
/** The longest band title kept: as the old last-result store (result-store.ts). */
export const MAX_LABEL = 200;
const MAX_FLAGS = 5;
const MAX_FOCUS = 3;
const MAX_SCALE = 1000;

function textList(v: unknown, max: number, ok: (s: string) => boolean): string[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  return v.every((x) => typeof x === "string" && ok(x)) ? [...(v as string[])] : null;
}

/**
 * Validates a stored check-in. Its result (time, day, score, band) must all
 * be readable, or the record is refused (null): a check-in with a made-up
 * score would mislead. Lesser fields fall back to safe defaults, reported.
 */
export function readCheckIn(v: unknown, problems: string[]): CheckIn | null {
  const id = readId(v, "A check-in", problems);
  if (id === null || !isRecord(v)) return null;
  const refuse = (what: string) => {
    problems.push(`A check-in: ${what}.`);
    return null;
  };
  const bad = (what: string) => problems.push(`A check-in: ${what}.`);
  const slug = own(v, "slug");
  const takenAt = own(v, "takenAt");
  const day = own(v, "day");
  const max = own(v, "max");
  const score = own(v, "score");
  const band = own(v, "band");
  const bandLabel = own(v, "bandLabel");
  if (typeof slug !== "string" || !ID_TEXT.test(slug))
    return refuse("the self-check cannot be read");
  if (!isTime(takenAt) || takenAt === 0) return refuse("the time it was taken cannot be read");
  if (!isRealDate(day)) return refuse("the day cannot be read");
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_SCALE)
    return refuse("the highest score cannot be read");
  if (typeof score !== "number" || !Number.isInteger(score) || score < UNKNOWN_SCORE || score > max)
    return refuse("the score cannot be read");
  if (typeof band !== "string" || !ID_TEXT.test(band)) return refuse("the result cannot be read");
  if (typeof bandLabel !== "string" || bandLabel.trim() === "" || bandLabel.length > MAX_LABEL)
    return refuse("the result's title cannot be read");
  const c: CheckIn = {
    id,
    createdAt: takenAt,
    updatedAt: takenAt,
    slug,
    takenAt,
    day,
    score,
    max,
    band,
    bandLabel,
    support: false,
    flags: [],
    focus: [],
    copyOf: readCopyOf(v),
  };
  for (const k of ["createdAt", "updatedAt"] as const) {
    const t = own(v, k);
    if (isTime(t)) c[k] = t;
    else if (t !== undefined) bad("a time cannot be read");
  }
  const support = own(v, "support");
  if (typeof support === "boolean") c.support = support;
  else if (support !== undefined) bad("“support” cannot be read");
  const flags = own(v, "flags");
  const okFlags = flags === undefined ? [] : textList(flags, MAX_FLAGS, (f) => ID_TEXT.test(f));
  if (okFlags) c.flags = okFlags;
  else bad("its flags cannot be read");
  const focus = own(v, "focus");
  const okFocus =
    focus === undefined ? [] : textList(focus, MAX_FOCUS, (f) => f.length <= MAX_LABEL);
  if (okFocus) c.focus = okFocus;
  else bad("the things to work on cannot be read");
  return c;
}

export const checkInDef: RecordStoreDef<CheckIn> = {
  name: "check-ins",
  version: 1,
  read: readCheckIn,
};

/** The check-in store (keys bounce-back:check-ins:r:<id>). */
export const checkInStore = (getStorage?: () => StorageLike) =>
  new RecordStore(checkInDef, getStorage);

/** The band of a result, as the history keeps it. */
export interface CheckInBand {
  id: string;
  min: number;
  max: number;
  title: string;
  /** The support band: it shows the doctor threshold and the help link. */
  help?: boolean | undefined;
}

/** A new check-in from a completed result. */
export function newCheckIn(input: {
  slug: string;
  takenAt: number;
  score: number;
  max: number;
  band: CheckInBand;
  flags: readonly string[];
  focus: readonly string[];
}): CheckIn {
  const { takenAt, band } = input;
  return {
    id: checkInId(takenAt),
    createdAt: takenAt,
    updatedAt: takenAt,
    slug: input.slug,
    takenAt,
    day: localDay(takenAt),
    score: input.score,
    max: input.max,
    band: band.id,
    bandLabel: band.title.slice(0, MAX_LABEL),
    support: band.help === true,
    flags: input.flags.slice(0, MAX_FLAGS),
    focus: input.focus.slice(0, MAX_FOCUS),
    copyOf: "",
  };
}

/**
 * The narrowest band of a scale, in points: the smallest span of scores the
 * self-check ever treats as one result. A fall at least this big since last
 * time is "a meaningful step" for the support note: the answers moved by as
 * much as a whole band, so it is not a point or two of everyday wobble.
 */
export function fallStep(bands: readonly { min: number; max: number }[]): number {
  return Math.min(...bands.map((b) => b.max - b.min + 1));
}

/**
 * fallStep of "How are you taking it?" (its bands are 0–9, 10–17 and 18–24,
 * so 7 points, the 18–24 band); history.test.ts checks it against the
 * content, so a change to the bands cannot leave it behind.
 */
export const FALL_STEP = 7;

/**
 * The check-ins that count, one per day (the last taken that day), oldest
 * first: conflict copies are left out, and taking it twice in a day is one
 * check-in for "last time" and the support rule, not a trend.
 */
export function checkInDays(history: readonly CheckIn[], slug = CHECK_IN_SLUG): CheckIn[] {
  const byDay = new Map<string, CheckIn>();
  for (const c of history) {
    if (c.slug !== slug || c.copyOf !== "") continue;
    const kept = byDay.get(c.day);
    if (!kept || c.takenAt > kept.takenAt) byDay.set(c.day, c);
  }
  return [...byDay.values()].sort((a, b) => a.takenAt - b.takenAt);
}

export interface Comparison {
  /** The newest check-in, or null when there is none. */
  latest: CheckIn | null;
  /** The check-in on the day before it (the one before the latest's day), or null. */
  last: CheckIn | null;
  /**
   * "first": nothing to compare with; "unknown": last time's score was not
   * kept (or the scale has changed since), so only its band can be said.
   */
  change: "first" | "higher" | "lower" | "same" | "unknown";
  /** How many points higher (+) or lower (-); 0 unless higher or lower. */
  points: number;
}

/** The newest check-in compared with the one on the day before (see checkInDays). */
export function compareWithLast(history: readonly CheckIn[], slug = CHECK_IN_SLUG): Comparison {
  const days = checkInDays(history, slug);
  const latest = days[days.length - 1] ?? null;
  const last = days[days.length - 2] ?? null;
  if (!latest || !last) return { latest, last: null, change: "first", points: 0 };
  if (latest.score < 0 || last.score < 0 || latest.max !== last.max)
    return { latest, last, change: "unknown", points: 0 };
  const points = latest.score - last.score;
  const change = points > 0 ? "higher" : points < 0 ? "lower" : "same";
  return { latest, last, change, points };
}

/** What a higher score means on this scale, said every time a score is compared. */
export const HIGHER_MEANS =
  "On this check-in a higher score means your answers were steadier, and a lower one that things are weighing on you more.";

/** "Compared with last time" in plain words, or "" when there is no last time. */
export function comparisonText(c: Comparison): string {
  const { latest, last, change } = c;
  if (!latest || !last) return "";
  const when = dayText(last.day);
  const now = `${latest.score} out of ${latest.max}`;
  if (change === "unknown")
    return `Compared with last time (${when}): that result was “${last.bandLabel}”, and its score was not kept, so the two cannot be set side by side.`;
  if (change === "same")
    return `Compared with last time (${when}): the same score, ${now}. ${HIGHER_MEANS}`;
  return `Compared with last time (${when}): ${change}, ${now} against ${last.score}. ${HIGHER_MEANS}`;
}

/**
 * Why the kind support note shows, or null:
 * - "stayed": the last two check-ins (on different days) are both in the
 *   support band;
 * - "fell": the score fell by `step` points or more since last time (a
 *   meaningful step: see fallStep).
 */
export function supportReason(
  history: readonly CheckIn[],
  step = FALL_STEP,
  slug = CHECK_IN_SLUG,
): "stayed" | "fell" | null {
  const c = compareWithLast(history, slug);
  if (!c.latest || !c.last) return null;
  if (c.latest.support && c.last.support) return "stayed";
  if (c.change === "lower" && -c.points >= step) return "fell";
  return null;
}

/** Newest first, by when each was taken (the order the history lists them). */
export const newestTaken = (history: readonly CheckIn[]): CheckIn[] =>
  [...history].sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? -1 : 1));

/** The newest check-in kept in this browser (conflict copies left out), or null; never throws. */
export function latestCheckIn(getStorage: () => StorageLike, slug = CHECK_IN_SLUG): CheckIn | null {
  const { records } = checkInStore(getStorage).load();
  return newestTaken(records.filter((c) => c.slug === slug && c.copyOf === ""))[0] ?? null;
}

/** A check-in as the self-check's last result (its one scale's band, title and date). */
export function asResult(c: CheckIn): StoredResult {
  return {
    bands: [c.band],
    title: c.bandLabel,
    at: new Date(c.takenAt).toISOString(),
    flags: c.flags,
    focus: c.focus,
  };
}
