/**
 * The reflection worksheet's data model. Everything here is plain data so that
 * it can be stored as JSON, validated on every read and merged between tabs.
 */

import { newId } from "../random-id";
import { formatDate } from "../site";

export const DOC_VERSION = 1;

/** The free-text fields of an entry, in the order they appear on the page. */
export const TEXT_FIELDS = [
  "role",
  "company",
  "interviewer",
  "feeling",
  "wentWell",
  "differently",
  "workOn",
  "advice",
  "kindNote",
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];

export interface Step {
  id: string;
  text: string;
  done: boolean;
}

export type Entry = {
  id: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; the merge keeps the newest version of an entry. */
  updatedAt: number;
  /** "YYYY-MM-DD" or "" when not given. */
  date: string;
  steps: Step[];
  /**
   * "" for an ordinary entry. For a conflict copy (two windows, or an import,
   * changed the same words), the id of the entry it is a copy of: the page
   * shows it until the person keeps or discards it.
   */
  copyOf: string;
  /**
   * Where the entry came from, if it was started from somewhere else: a line
   * such as "Started from the self-check “Was it you, or them?” on 29 November
   * 2026." (src/lib/worksheet/prefill.ts). Shown on the entry, never edited.
   */
  origin?: string;
} & Record<TextField, string>;

/** A deleted entry is remembered so that another tab does not bring it back. */
export interface Tombstone {
  id: string;
  deletedAt: number;
}

export interface WorksheetDoc {
  version: typeof DOC_VERSION;
  entries: Entry[];
  deleted: Tombstone[];
}

/** The document a session's state holds: its entries and tombstones. */
export const docOf = (s: { records: Entry[]; deleted: Tombstone[] }): WorksheetDoc => ({
  version: DOC_VERSION,
  entries: s.records,
  deleted: s.deleted,
});

export function emptyDoc(): WorksheetDoc {
  return { version: DOC_VERSION, entries: [], deleted: [] };
}

export { newId };

export function newEntry(now: number, id: string = newId()): Entry {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    date: "",
    steps: [],
    copyOf: "",
    role: "",
    company: "",
    interviewer: "",
    feeling: "",
    wentWell: "",
    differently: "",
    workOn: "",
    advice: "",
    kindNote: "",
  };
}

export const UNTITLED = "Untitled reflection";

/** "Role at Company", or whichever of the two is given, or "Untitled reflection". */
export function entryTitle(entry: Pick<Entry, "role" | "company">): string {
  const role = entry.role.trim();
  const company = entry.company.trim();
  if (role && company) return `${role} at ${company}`;
  return role || company || UNTITLED;
}

/** True when nothing has been written in the entry yet. */
export function isBlank(entry: Entry): boolean {
  return (
    entry.date === "" && entry.steps.length === 0 && TEXT_FIELDS.every((f) => !entry[f].trim())
  );
}

/** "2025-03-07" → "7 March 2025"; anything else is returned as it is. */
export function formatEntryDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  return d?.toISOString().startsWith(date) ? formatDate(d) : date;
}

/** Entries newest first by the time they were last changed. */
export function byLastEdited(a: Entry, b: Entry): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The entry edited most recently, which the page reopens on. */
export function lastEdited(entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) if (!best || byLastEdited(e, best) < 0) best = e;
  return best;
}

/** Entries in the order people see them: newest first by when they were started. */
export function inListOrder(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}

/** Labels and hints, shared by the form, the Markdown export and the print view. */
export const FIELD_TEXT: Record<TextField | "date" | "steps", { label: string; hint: string }> = {
  role: {
    label: "Role (optional)",
    hint: "The job you interviewed for, for example ‘Junior data analyst’.",
  },
  company: { label: "Company (optional)", hint: "Who the interview was with." },
  interviewer: {
    label: "Interviewer’s name (optional)",
    hint: "Who you met or heard from. It fills in the email drafts.",
  },
  date: { label: "Interview date", hint: "When the interview was. You can leave it empty." },
  feeling: {
    label: "How it felt overall",
    hint: "How did you feel walking out? And when you heard the news? There is no wrong answer.",
  },
  wentWell: {
    label: "What went well",
    hint: "Which answers felt strong? What did your preparation get right? What did they seem to like?",
  },
  differently: {
    label: "What could have gone differently",
    hint: "Was there a question that caught you out? Anything you would say another way? Often the decision had nothing to do with you.",
  },
  workOn: {
    label: "What I will work on",
    hint: "Pick one or two things you can practise before your next interview.",
  },
  advice: {
    label: "Who I can ask for advice",
    hint: "A friend, a former manager, a mentor, a careers adviser? Many people are glad to help.",
  },
  steps: {
    label: "Next steps",
    hint: "Small, concrete actions. Tick them off as you go.",
  },
  kindNote: {
    label: "A kind note to myself",
    hint: "What would you say to a good friend in your place?",
  },
};
