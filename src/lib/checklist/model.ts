/**
 * Tick boxes on an article's to-do list (the first 48 hours), kept in this
 * browser like everything written in the tools: on the local store, one
 * record per box (`bounce-back:checklist:r:<list>--<item>`). Two tabs ticking
 * different boxes never touch the same key, and a box changed in two tabs
 * keeps the later change: a tick is not words, so it never needs a conflict
 * copy. Under the lock, in the site's backup and in "Delete all" like every
 * other store (src/lib/stores.ts).
 */
import { isRecord, isTime, isValidId, own } from "../local-store/read";
import { RecordStore, type RecordStoreDef } from "../local-store/record-store";

export interface Tick {
  /** `<list>--<item>`: tickId(). */
  id: string;
  createdAt: number;
  updatedAt: number;
  done: boolean;
  /** Always "": kept for the shape every record shares (a tick never has conflict copies). */
  copyOf: string;
}

/** A list's or an item's name: lower-case words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest list and item names together, so every id fits the store's 64 characters. */
const MAX_NAMES = 62;

/** The record id of one box: its list's name and its own, e.g. "first-48-hours--tell-one-person". */
export function tickId(list: string, item: string): string {
  if (!SLUG.test(list) || !SLUG.test(item) || list.length + item.length > MAX_NAMES)
    throw new Error(
      `A checklist and its items are named in lower-case words joined by hyphens, at most ${MAX_NAMES} characters together: "${list}", "${item}".`,
    );
  return `${list}--${item}`;
}

/** The list a tick belongs to and its item, or null when the id is not a tick's. */
export function splitTickId(id: string): { list: string; item: string } | null {
  const at = id.indexOf("--");
  if (at < 0) return null;
  const list = id.slice(0, at);
  const item = id.slice(at + 2);
  return SLUG.test(list) && SLUG.test(item) ? { list, item } : null;
}

/** Validates a stored tick: null if it cannot be read; each repair is pushed to `problems`. */
export function readTick(v: unknown, problems: string[]): Tick | null {
  const id = isRecord(v) ? own(v, "id") : undefined;
  if (!isRecord(v) || !isValidId(id) || !splitTickId(id)) {
    problems.push("A tick box cannot be read.");
    return null;
  }
  const updatedAt = own(v, "updatedAt");
  const createdAt = own(v, "createdAt");
  const done = own(v, "done");
  if (!isTime(updatedAt) || typeof done !== "boolean") {
    problems.push("A tick box cannot be read.");
    return null;
  }
  if (createdAt !== undefined && !isTime(createdAt))
    problems.push("A tick box: when it was first ticked cannot be read.");
  return {
    id,
    createdAt: isTime(createdAt) ? createdAt : updatedAt,
    updatedAt,
    done,
    copyOf: "",
  };
}

export const tickDef: RecordStoreDef<Tick> = {
  name: "checklist",
  version: 1,
  read: readTick,
};

/** The store of every tick box on the site (tests pass their own storage). */
export const tickStore = (getStorage?: ConstructorParameters<typeof RecordStore>[1]) =>
  new RecordStore<Tick>(tickDef, getStorage);
