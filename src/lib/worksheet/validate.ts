/**
 * A small hand-written validator for stored entries and imported backups
 * (a whole document is read by read-doc.ts, with readEntry from here). It builds fresh objects field by field, so unknown keys (including
 * "__proto__", "constructor" and "prototype") are never copied anywhere.
 *
 * It salvages what it can: a field of the wrong type becomes empty, an
 * unreadable entry is skipped, and every repair is reported as a problem, so
 * the store keeps a backup of the raw text. An import (import.ts) is stricter:
 * any problem, or any limit below broken, refuses the whole file.
 */
import { isRealDate } from "../days";
import { type Entry, newEntry, type Step, TEXT_FIELDS } from "./model";

export const LIMITS = {
  /**
   * Everything the worksheet stores, in characters: half of the 5 MB a
   * browser gives a site, so a conflict copy or an import's undo always fits
   * (the headroom rule, roomFor in import.ts).
   */
  storeChars: 2_500_000,
  /** Limits for an imported backup (import.ts). Largest file, in characters: */
  importBytes: 2_500_000,
  entries: 2000,
  steps: 500,
  fieldChars: 200_000,
  stepChars: 2000,
  tombstones: 5000,
} as const;

/** A date far in the future (year 2200): nothing real is stamped later. */
const MAX_TIME = 7_258_118_400_000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Names that mean something to JavaScript objects are never used as ids. */
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

export function isValidId(v: unknown): v is string {
  return typeof v === "string" && ID.test(v) && !RESERVED.has(v);
}

export function isTime(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
}

function readStep(v: unknown, bad: (what: string) => void, n: number): Step | null {
  const o = isRecord(v) ? v : {};
  const id = own(o, "id");
  const text = own(o, "text");
  const done = own(o, "done");
  const ok = isValidId(id);
  if (!ok || typeof text !== "string" || typeof done !== "boolean")
    bad(`next step ${n} cannot be read`);
  return ok ? { id, text: typeof text === "string" ? text : "", done: done === true } : null;
}

export function readEntry(v: unknown, where: string, problems: string[]): Entry | null {
  const bad = (what: string) => problems.push(`${where}: ${what}.`);
  const id = isRecord(v) ? own(v, "id") : undefined;
  if (!isRecord(v) || !isValidId(id)) {
    bad(isRecord(v) ? "it has no valid id" : "it is not a reflection");
    return null;
  }
  const entry = newEntry(0, id);
  for (const key of ["createdAt", "updatedAt"] as const) {
    const t = own(v, key);
    if (isTime(t)) entry[key] = t;
    else bad("a time cannot be read");
  }
  for (const field of TEXT_FIELDS) {
    const value = own(v, field);
    if (typeof value === "string") {
      entry[field] = value;
    } else if (value !== undefined) bad(`“${field}” is not text`);
  }
  const date = own(v, "date");
  if (typeof date === "string" && (date === "" || isRealDate(date))) entry.date = date;
  else if (date !== undefined) bad("the date cannot be read");
  const copyOf = own(v, "copyOf");
  if (copyOf === "" || isValidId(copyOf)) entry.copyOf = copyOf;
  else if (copyOf !== undefined) bad("it is marked as a copy of something that cannot be read");
  const origin = own(v, "origin");
  if (typeof origin === "string" && origin.length <= 300) {
    if (origin) entry.origin = origin;
  } else if (origin !== undefined) bad("where it came from cannot be read");
  const steps = own(v, "steps");
  if (Array.isArray(steps)) {
    const seen = new Set<string>();
    steps.forEach((x, i) => {
      const step = readStep(x, bad, i + 1);
      if (step && !seen.has(step.id)) {
        seen.add(step.id);
        entry.steps.push(step);
      } else if (step) bad(`next step ${i + 1} is repeated`);
    });
  } else if (steps !== undefined) bad("the next steps are not a list");
  return entry;
}
