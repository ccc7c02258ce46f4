/**
 * What every exercise record shares, and the pieces each exercise's store
 * declaration is made of: reading stored values safely (never trusting their
 * shape), and merging two versions of one record field by field.
 */
import type { Merged, RecordStoreDef, Timed } from "../local-store/record-store";
import { newId } from "../random-id";

export interface ExerciseRecord extends Timed {
  createdAt: number;
  /** The name a person gave it ("" until they rename it: the list shows a date instead). */
  name: string;
  /** Set on a conflict copy: the id of the record it is a copy of. */
  copyOf: string;
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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Two versions of one record: the fields edited here win; the rest come from
 * the newer version. If the other version also changed a field edited here
 * (it differs from what this tab started from), its words are kept as a
 * conflict copy, so nothing anyone wrote is lost.
 */
export function mergeRecord<R extends ExerciseRecord>(
  mine: R,
  theirs: R,
  edited?: ReadonlySet<string>,
  base?: Readonly<Partial<R>>,
): Merged<R> {
  if (!edited || edited.size === 0)
    return { record: mine.updatedAt >= theirs.updatedAt ? mine : theirs };
  const record = { ...theirs } as Record<string, unknown>;
  let clash = false;
  for (const f of edited) {
    const m = (mine as Record<string, unknown>)[f];
    const t = (theirs as Record<string, unknown>)[f];
    record[f] = m;
    if (
      base &&
      Object.hasOwn(base, f) &&
      !same(t, (base as Record<string, unknown>)[f]) &&
      !same(t, m)
    )
      clash = true;
  }
  record.updatedAt = Math.max(mine.updatedAt, theirs.updatedAt);
  const merged = record as R;
  if (!clash) return { record: merged };
  return { record: merged, conflict: { ...theirs, id: newId(), copyOf: mine.id } };
}

/** A store declaration for an exercise: its name, its reader and the shared merge. */
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
    merge: mergeRecord,
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
