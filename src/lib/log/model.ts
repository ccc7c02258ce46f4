/**
 * The application log: applications with their stage and next action, and
 * small wins in a line. Two record stores on the local store.
 */
import { isRealDate, isTime, own, readCopyOf, readId, readTexts } from "../local-store/read";
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

export interface Application {
  id: string;
  createdAt: number;
  updatedAt: number;
  role: string;
  company: string;
  /** When you applied, "YYYY-MM-DD". */
  date: string;
  stage: Stage;
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

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar day of a moment, "YYYY-MM-DD". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
    interviewDate: "",
    nextAction: "",
    nextDate: "",
    copyOf: "",
  };
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
  return a;
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
