/**
 * What the drafts keep on this device, on the one engine every tool shares
 * (src/lib/local-store): a draft the person changed (its subject and
 * message, by the source it came from and its kind), and the names given
 * once: their own name for signing, and each source's recipient's first
 * name. An untouched draft is not stored: it is the template, filled in.
 */
import {
  isRecord,
  isTime,
  isValidId,
  MAX_LINE,
  own,
  readCopyOf,
  readId,
  readTexts,
} from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";
import type { StorageLike } from "../local-store/storage";
import { DRAFT_KINDS, type DraftKind } from "./templates";

export interface DraftRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** The worksheet entry's or application's id. */
  sourceId: string;
  kind: DraftKind;
  subject: string;
  body: string;
  /** "" or, on a conflict copy, the id of the draft it is a copy of. */
  copyOf: string;
}

/** A name given once: the person's own (sourceId ""), or a source's recipient's first name. */
export interface NameRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** "" for the person's own name; else the source whose recipient this is. */
  sourceId: string;
  name: string;
  copyOf: string;
}

/** The most characters kept, here and in each field's maxLength. */
export const LIMITS = { subject: MAX_LINE, body: 5000, name: 100 } as const;

/** The id of the record that keeps the person's own name. */
export const SENDER_ID = "you";

/**
 * The same source and kind give the same id in every tab, so two tabs that
 * start editing one draft merge into one record. Source ids are short (16
 * characters), well inside the 64 an id may have.
 */
const PREFIX: Record<DraftKind, string> = { feedback: "fb", reply: "re", "follow-up": "fu" };
export const draftId = (sourceId: string, kind: DraftKind) =>
  `${PREFIX[kind]}-${sourceId}`.slice(0, 64);
export const recipientId = (sourceId: string) => `to-${sourceId}`.slice(0, 64);

const isKind = (v: unknown): v is DraftKind =>
  typeof v === "string" && (DRAFT_KINDS as readonly string[]).includes(v);

function readTimes(v: Record<string, unknown>, into: { createdAt: number; updatedAt: number }) {
  const problems: string[] = [];
  for (const k of ["createdAt", "updatedAt"] as const) {
    const t = own(v, k);
    if (isTime(t)) into[k] = t;
    else if (t !== undefined) problems.push("a time cannot be read");
  }
  return problems;
}

/** Validates a stored draft: null if it cannot be one; text too long is cut and reported. */
export function readDraft(v: unknown, problems: string[]): DraftRecord | null {
  const id = readId(v, "A draft", problems);
  if (id === null || !isRecord(v)) return null;
  const kind = own(v, "kind");
  const sourceId = own(v, "sourceId");
  if (!isKind(kind) || !isValidId(sourceId)) {
    problems.push("A draft cannot be read.");
    return null;
  }
  const d: DraftRecord = {
    id,
    createdAt: 0,
    updatedAt: 0,
    sourceId,
    kind,
    subject: "",
    body: "",
    copyOf: readCopyOf(v),
  };
  const bad = (what: string) => problems.push(`A draft: ${what}.`);
  for (const p of readTimes(v, d)) bad(p);
  readTexts(v, d, ["subject"], bad, LIMITS.subject);
  readTexts(v, d, ["body"], bad, LIMITS.body);
  return d;
}

/** Validates a stored name. */
export function readName(v: unknown, problems: string[]): NameRecord | null {
  const id = readId(v, "A name", problems);
  if (id === null || !isRecord(v)) return null;
  const sourceId = own(v, "sourceId");
  if (!(sourceId === "" || isValidId(sourceId))) {
    problems.push("A name cannot be read.");
    return null;
  }
  const n: NameRecord = {
    id,
    createdAt: 0,
    updatedAt: 0,
    sourceId,
    name: "",
    copyOf: readCopyOf(v),
  };
  const bad = (what: string) => problems.push(`A name: ${what}.`);
  for (const p of readTimes(v, n)) bad(p);
  readTexts(v, n, ["name"], bad, LIMITS.name);
  return n;
}

export const draftDef: RecordStoreDef<DraftRecord> = {
  name: "drafts",
  version: 1,
  read: readDraft,
};
export const nameDef: RecordStoreDef<NameRecord> = {
  name: "draft-names",
  version: 1,
  read: readName,
};

export const draftStore = (s?: () => StorageLike) => new RecordStore(draftDef, s);
export const nameStore = (s?: () => StorageLike) => new RecordStore(nameDef, s);

export function newDraft(
  now: number,
  sourceId: string,
  kind: DraftKind,
  text: { subject: string; body: string },
): DraftRecord {
  return {
    id: draftId(sourceId, kind),
    createdAt: now,
    updatedAt: now,
    sourceId,
    kind,
    subject: text.subject.slice(0, LIMITS.subject),
    body: text.body.slice(0, LIMITS.body),
    copyOf: "",
  };
}

export function newName(now: number, sourceId: string, name: string): NameRecord {
  return {
    id: sourceId ? recipientId(sourceId) : SENDER_ID,
    createdAt: now,
    updatedAt: now,
    sourceId,
    name: name.slice(0, LIMITS.name),
    copyOf: "",
  };
}
