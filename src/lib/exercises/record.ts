/**
 * What every exercise record shares, and the pieces each exercise's store
 * declaration is made of: reading stored values safely (never trusting their
 * shape). Merging is the local store's (src/lib/local-store/merge.ts).
 */
import type { Mergeable } from "../local-store/merge";
import type { RecordStoreDef } from "../local-store/record-store";
import { newId } from "../random-id";

export interface ExerciseRecord extends Mergeable {
  createdAt: number;
  /** The name a person gave it ("" until they rename it: the list shows a date instead). */
  name: string;
}

export { newId };

/** The shared fields of a new, blank record. */
export const blankBase = (now: number): ExerciseRecord => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  name: "",
  copyOf: "",
});

/** The longest text kept in one field: plenty for writing, small enough for storage. */
export const MAX_TEXT = 100_000;

/** A plain object's own property, or undefined (never one from the prototype). */
export const own = (o: unknown, k: string): unknown =>
  typeof o === "object" && o !== null && !Array.isArray(o) && Object.hasOwn(o, k)
    ? (o as Record<string, unknown>)[k]
    : undefined;

/** A text field: a string (cut to MAX_TEXT), or "" with a problem noted. */
export function text(o: unknown, k: string, problems: string[]): string {
  const v = own(o, k);
  if (v === undefined) return "";
  if (typeof v !== "string") {
    problems.push(`${k} was not text`);
    return "";
  }
  if (v.length > MAX_TEXT) problems.push(`${k} was cut to ${MAX_TEXT} characters`);
  return v.slice(0, MAX_TEXT);
}

const time = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;

/** The shared fields, or null when the value is not a record at all. */
export function readBase(o: unknown, problems: string[]): ExerciseRecord | null {
  const id = own(o, "id");
  const updatedAt = time(own(o, "updatedAt"));
  if (typeof id !== "string" || !/^[\w-]{1,64}$/.test(id) || updatedAt === null) return null;
  return {
    id,
    updatedAt,
    createdAt: time(own(o, "createdAt")) ?? updatedAt,
    name: text(o, "name", problems).slice(0, 200),
    copyOf: text(o, "copyOf", problems).slice(0, 64),
  };
}

/** A store declaration for an exercise: its name and its reader (the merge is the local store's). */
export function exerciseDef<R extends ExerciseRecord>(
  name: string,
  read: (o: unknown, base: ExerciseRecord, problems: string[]) => R,
): RecordStoreDef<R> {
  return {
    name,
    version: 1,
    read: (value, problems) => {
      const base = readBase(value, problems);
      return base ? read(value, base, problems) : null;
    },
  };
}

/** Words in a text, as a word processor counts them. */
export function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The first line of some text, cut to 40 characters; `empty` when there is none. */
export function firstLine(text: string, empty: string): string {
  const s = text.trim().split("\n")[0] ?? "";
  return s ? (s.length > 40 ? `${s.slice(0, 40)}…` : s) : empty;
}
