/**
 * The application log: applications with their stage and next action, and
 * small wins in a line. Two record stores on the local store.
 */

import { isRealDate, localDay } from "../days";
import { isTime, own, readCopyOf, readId, readTexts } from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";

export const STAGES = [
  "applied",
  "first-interview",
  "later-interview",
  "final-round",
  "offer",
  "turned-down",
  "no-reply",
] as const;
export type Stage = (typeof STAGES)[number];

/** The stages that are an interview. */
export const INTERVIEW_STAGES: readonly Stage[] = [
  "first-interview",
  "later-interview",
  "final-round",
];

/** The stages an application can be turned down at ("" in a record: not said). */
export const STOPPED_AT = [
  "applied",
  "first-interview",
  "later-interview",
  "final-round",
  "offer",
] as const;
export type StoppedAt = "" | (typeof STOPPED_AT)[number];

/** How each answer to "At which stage?" reads, in the form, the funnel and the exports. */
export const STOPPED_AT_LABELS: Record<StoppedAt, string> = {
  applied: "After applying",
  "first-interview": "After a first interview",
  "later-interview": "After a later interview",
  "final-round": "After the final round",
  offer: "After an offer",
  "": "Stage not said",
};

/** The longest job link, contact and notes kept: each input's maxLength and the reader's limit. */
export const MAX_LINK = 500;
export const MAX_CONTACT = 200;
export const MAX_NOTES = 4000;

export interface Application {
  id: string;
  createdAt: number;
  updatedAt: number;
  role: string;
  company: string;
  /** When you applied, "YYYY-MM-DD". */
  date: string;
  stage: Stage;
  /** When the stage is "turned-down": the stage it happened at ("" = not said). */
  stoppedAt: StoppedAt;
  /** The job advert, an http or https address, or "". */
  link: string;
  /** Who to contact about it (a name, an email), or "". */
  contact: string;
  /** Anything else worth keeping, several lines if need be. */
  notes: string;
  /** The day of the latest interview, "YYYY-MM-DD" or "": counted in the weekly view. */
  interviewDate: string;
  nextAction: string;
  /** "YYYY-MM-DD" or "". */
  nextDate: string;
  /** "" or, on a conflict copy, the id of the application it is a copy of. */
  copyOf: string;
}

export interface Win {
  id: string;
  createdAt: number;
  updatedAt: number;
  text: string;
  /** "YYYY-MM-DD", the local day it was logged. */
  date: string;
  /** "" or, on a conflict copy, the id of the win it is a copy of. */
  copyOf: string;
}

export function newApplication(now: number, id: string): Application {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    role: "",
    company: "",
    date: localDay(now),
    stage: "applied",
    stoppedAt: "",
    link: "",
    contact: "",
    notes: "",
    interviewDate: "",
    nextAction: "",
    nextDate: "",
    copyOf: "",
  };
}

/**
 * The day a small win is logged for: "" means today; an earlier day is fine
 * (a win remembered later still counts); a day after today is refused.
 */
export function checkWinDay(
  day: string,
  today: string,
): { ok: true; day: string } | { ok: false; error: string } {
  if (day === "") return { ok: true, day: today };
  if (!isRealDate(day))
    return { ok: false, error: "Choose the day of this win, or leave it as today." };
  if (day > today)
    return {
      ok: false,
      error: "A win can be logged for today or an earlier day, not a day still to come.",
    };
  return { ok: true, day };
}

export function newWin(now: number, id: string, text: string): Win {
  return { id, createdAt: now, updatedAt: now, text, date: localDay(now), copyOf: "" };
}

function readCommon<T extends { createdAt: number; updatedAt: number; copyOf: string }>(
  v: Record<string, unknown>,
  into: T,
  texts: readonly (keyof T & string)[],
  dates: readonly (keyof T & string)[],
  bad: (what: string) => void,
): void {
  for (const k of ["createdAt", "updatedAt"] as const) {
    const t = own(v, k);
    if (isTime(t)) into[k] = t;
    else bad("a time cannot be read");
  }
  readTexts(v, into, texts, bad);
  into.copyOf = readCopyOf(v);
  for (const k of dates) {
    const t = own(v, k);
    if (t === "" || (typeof t === "string" && isRealDate(t)))
      (into as Record<string, unknown>)[k] = t;
    else if (t !== undefined) bad(`“${k}” is not a date`);
  }
}

export function readApplication(v: unknown, problems: string[]): Application | null {
  const id = readId(v, "An application", problems);
  if (id === null) return null;
  const o = v as Record<string, unknown>;
  const a = newApplication(0, id);
  const bad = (what: string) => problems.push(`An application: ${what}.`);
  readCommon(o, a, ["role", "company", "nextAction"], ["date", "interviewDate", "nextDate"], bad);
  const stage = own(o, "stage");
  if ((STAGES as readonly unknown[]).includes(stage)) a.stage = stage as Stage;
  else bad("its stage cannot be read");
  const stopped = own(o, "stoppedAt");
  if (stopped === "" || (STOPPED_AT as readonly unknown[]).includes(stopped))
    a.stoppedAt = stopped as StoppedAt;
  else if (stopped !== undefined) bad("the stage it was turned down at cannot be read");
  readTexts(o, a, ["contact"], bad, MAX_CONTACT);
  readTexts(o, a, ["notes"], bad, MAX_NOTES);
  const link = own(o, "link");
  if (typeof link === "string" && link.length <= MAX_LINK && checkLink(link).ok) a.link = link;
  else if (link !== undefined) bad("its job link is not a web address");
  return a;
}

/**
 * A job link as typed: "" (none) or an http or https address, else a plain
 * reason. Any other kind of link (javascript:, data:, file:) is refused, so a
 * link on a card can only ever open a web page.
 */
export function checkLink(text: string): { ok: true; link: string } | { ok: false; error: string } {
  const link = text.trim();
  if (link === "") return { ok: true, link };
  const fail = (error: string) => ({ ok: false as const, error });
  if (link.length > MAX_LINK) return fail(`A job link can be up to ${MAX_LINK} characters.`);
  if (!/^https?:\/\//i.test(link))
    return fail(
      "A job link starts with https:// or http://. Copy it from your browser’s address bar. It is not saved until then.",
    );
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return fail("That job link is not a web address this log can keep. It is not saved.");
  }
  if (/\s/.test(link) || !url.hostname)
    return fail("That job link is not a web address this log can keep. It is not saved.");
  return { ok: true, link };
}

/**
 * The fields that change when someone picks a stage. Turned down after an
 * interview stage or an offer: "At which stage?" starts at that stage, which
 * the person can change. "Applied" is where every new application starts, so
 * it is not taken as an answer. Any other stage clears the answer.
 */
export function stagePatch(a: Application, stage: Stage): Pick<Application, "stage" | "stoppedAt"> {
  if (stage !== "turned-down") return { stage, stoppedAt: "" };
  if (a.stage === "turned-down") return { stage, stoppedAt: a.stoppedAt };
  const from = (STOPPED_AT as readonly string[]).includes(a.stage) && a.stage !== "applied";
  return { stage, stoppedAt: from ? (a.stage as StoppedAt) : "" };
}

export function readWin(v: unknown, problems: string[]): Win | null {
  const id = readId(v, "A small win", problems);
  if (id === null) return null;
  const w = newWin(0, id, "");
  readCommon(v as Record<string, unknown>, w, ["text"], ["date"], (what) =>
    problems.push(`A small win: ${what}.`),
  );
  return w;
}

export const applicationDef: RecordStoreDef<Application> = {
  name: "log-applications",
  version: 1,
  read: readApplication,
};

export const winDef: RecordStoreDef<Win> = {
  name: "log-wins",
  version: 1,
  read: readWin,
};

export const applicationStore = () => new RecordStore(applicationDef);
export const winStore = () => new RecordStore(winDef);

/** "Role at Company", or whichever is given. */
export function applicationTitle(a: Pick<Application, "role" | "company">): string {
  const r = a.role.trim();
  const c = a.company.trim();
  return r && c ? `${r} at ${c}` : r || c || "Untitled application";
}

/** Applications newest first by the day applied, then by when logged. */
export function byDate(a: Application, b: Application): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}
