/**
 * The one merge every private tool uses: two versions of one record, field by
 * field. Nothing anyone wrote is dropped:
 *
 * - fields edited here (and not yet seen by the stored version) are laid over
 *   the other version, so two tabs typing in different fields keep both;
 * - when the other version also changed a field edited here, to other words,
 *   those words are kept as a conflict copy: a new record whose `copyOf`
 *   names the original, which the person can compare, keep or discard.
 *
 * A conflict copy's id is made from the original's id and the time of the
 * version it keeps, so two tabs that find the same conflict make one copy.
 * A list of strings (a plan's weeks done, a thought record's traps) is a set:
 * both sides' additions and removals are combined, never a conflict.
 */

/** What every record shares: its id and when it last changed. */
export interface Timed {
  id: string;
  /** Milliseconds since the epoch; merges keep the newest change. */
  updatedAt: number;
}

/** A record that can have conflict copies: every tool's records are. */
export interface Mergeable extends Timed {
  /** "" for an ordinary record; on a conflict copy, the id of the record it is a copy of. */
  copyOf: string;
}

/** What merging two versions of one record gives. */
export interface Merged<R> {
  record: R;
  /** The other version, under a new id, when both changed the same words. */
  conflict?: R | undefined;
}

/** The same value (lists and objects compared by their JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The same words in every field, whatever the times. */
export function sameContent<R extends Timed>(a: R, b: R): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete("updatedAt");
  for (const k of keys)
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  return true;
}

/** Which of two versions wins when neither has unsaved edits: the newer; on a tie, a fixed choice. */
export function newer<R extends Timed>(a: R, b: R): R {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a === b || sameContent(a, b)) return a;
  // Same millisecond, different words: every tab picks the same one.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** The id of the conflict copy that keeps `version` of the record `of`: the same in every tab. */
export function conflictId(of: string, version: Timed): string {
  return `${of.slice(0, 48)}-c${version.updatedAt.toString(36)}`;
}

/** A conflict copy of `version`: listed beside `of` until kept or discarded. */
export function conflictCopy<R extends Mergeable>(version: R, of: string, at: number): R {
  return { ...version, id: conflictId(of, version), copyOf: of, updatedAt: at };
}

/**
 * A field of a record by its name, or a part of an object field by
 * "name.part" (a kind letter's steps are one field of four parts: two tabs
 * writing in different steps changed different parts).
 */
export function field(r: object, f: string): unknown {
  const dot = f.indexOf(".");
  const top = (r as Record<string, unknown>)[dot < 0 ? f : f.slice(0, dot)];
  if (dot < 0) return top;
  return typeof top === "object" && top !== null
    ? (top as Record<string, unknown>)[f.slice(dot + 1)]
    : undefined;
}

/** Sets a field (or "name.part") on `r`, copying the object it is part of. */
export function setField(r: object, f: string, value: unknown): void {
  const o = r as Record<string, unknown>;
  const dot = f.indexOf(".");
  if (dot < 0) {
    o[f] = value;
    return;
  }
  const top = f.slice(0, dot);
  const part = o[top];
  o[top] = {
    ...(typeof part === "object" && part !== null ? part : {}),
    [f.slice(dot + 1)]: value,
  };
}

/** A value kept in a base (by field name, or "name.part"). */
const before = (base: object, f: string): unknown => (base as Record<string, unknown>)[f];

const isWords = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * A list of strings changed on both sides since `base`: what either side
 * added is in, what either removed is out, sorted (so every tab gets the
 * same list). Undefined when the values are not lists of strings.
 */
export function mergeSet(base: unknown, mine: unknown, theirs: unknown): string[] | undefined {
  if (!isWords(mine) || !isWords(theirs) || !(base === undefined || isWords(base))) return;
  const was = new Set(base);
  const kept = new Set(mine);
  const added = mine.filter((x) => !was.has(x));
  return [...new Set([...theirs.filter((x) => kept.has(x) || !was.has(x)), ...added])].sort();
}

/** The fields a merge may take from one side: never the id, nor the time (the merge sets it). */
const words = (fields: Iterable<string>) =>
  [...fields].filter((f) => f !== "id" && f !== "updatedAt");

/**
 * This tab's version (`mine`, with the fields in `edited` changed here and
 * `base` their values before that) meets the stored one (`theirs`). Without
 * edits the newer wins. With them, `theirs` is taken with the edited fields
 * laid over it, stamped newer than both; a field that `theirs` changed too,
 * to other words, makes a conflict copy of `theirs`.
 */
export function mergeFields<R extends Mergeable>(
  mine: R,
  theirs: R,
  edited?: ReadonlySet<string>,
  base?: Readonly<Record<string, unknown>>,
): Merged<R> {
  if (!edited?.size) return { record: newer(mine, theirs) };
  const out = { ...theirs, updatedAt: Math.max(mine.updatedAt, theirs.updatedAt) + 1 };
  let clash = false;
  for (const f of words(edited)) {
    const m = field(mine, f);
    setField(out, f, m);
    const t = field(theirs, f);
    if (base && Object.hasOwn(base, f) && !sameValue(t, before(base, f)) && !sameValue(t, m)) {
      const set = mergeSet(before(base, f), m, t);
      if (set) setField(out, f, set);
      else clash = true;
    }
  }
  const record = sameContent(out, mine) && mine.updatedAt > theirs.updatedAt ? mine : out;
  if (!clash) return { record };
  return { record, conflict: conflictCopy(theirs, mine.id, record.updatedAt) };
}

/**
 * Two versions that both changed fields, neither having seen the other (a
 * tab read storage just before another tab's write reached it). Fields only
 * one side changed are combined; a field both changed keeps the newer
 * version's words in place and the older version as a conflict copy. Every
 * tab that runs this gets the same result.
 */
export function mergeConcurrent<R extends Mergeable>(
  a: R,
  aFields: ReadonlySet<string>,
  aBase: Readonly<Record<string, unknown>>,
  b: R,
): Merged<R> {
  const win = newer(a, b);
  const lose = win === a ? b : a;
  const out = { ...b, updatedAt: Math.max(a.updatedAt, b.updatedAt) + 1 };
  let clash = false;
  for (const f of words(aFields)) {
    const mineValue = field(a, f);
    const theirs = field(b, f);
    const theyChanged = Object.hasOwn(aBase, f) && !sameValue(theirs, before(aBase, f));
    const set = theyChanged ? mergeSet(before(aBase, f), mineValue, theirs) : undefined;
    if (!theyChanged) setField(out, f, mineValue);
    else if (set) setField(out, f, set);
    else if (!sameValue(theirs, mineValue)) {
      clash = true;
      setField(out, f, field(win, f));
    }
  }
  if (!clash) return { record: out };
  return { record: out, conflict: conflictCopy(lose, a.id, out.updatedAt) };
}
