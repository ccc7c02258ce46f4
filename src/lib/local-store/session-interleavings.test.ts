/**
 * Two tabs over one storage, many timings: each tab sees the other's writes
 * (in what it reads, and as storage events) only after a delay, one write at
 * a time and in order, as Chromium delivers them between processes under
 * load. Tab B opens after tab A's first save; then A changes one field and
 * B another field (or the same one) a moment apart. Whatever the timing,
 * every word ends up stored: different fields in one record with no copy,
 * the same field as one record and one copy. The timings come from a seeded
 * generator, so every run of this test tries the same 1,500 of each.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import type { Mergeable } from "./merge";
import { RecordStore, type RecordStoreDef } from "./record-store";
import { RecordSession, SAVE_DELAY } from "./session";
import type { StorageLike } from "./storage";

interface Note extends Mergeable {
  title: string;
  body: string;
}
const notes: RecordStoreDef<Note> = { name: "notes", version: 1, read: (v) => v as Note };

/** A small seeded generator (a linear congruential one): the same numbers on every run. */
function numbers(seed: number): (below: number) => number {
  let x = seed;
  return (below) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * below);
  };
}

/** One tab's view of the shared storage: another tab's writes arrive `delay()` ms later, in order. */
class DelayedTab implements StorageLike {
  /** What this tab still reads for a key another tab wrote, until that write reaches it. */
  readonly stale = new Map<string, string | null>();
  queue: { due: number; key: string; value: string }[] = [];
  listener: { external(key: string | null, value: string | null): void } | undefined;
  other: DelayedTab = this;

  constructor(
    readonly shared: FakeStorage,
    readonly delay: () => number,
  ) {}

  get length(): number {
    return this.shared.length;
  }
  key(i: number): string | null {
    return this.shared.key(i);
  }
  getItem(key: string): string | null {
    return this.stale.has(key) ? (this.stale.get(key) ?? null) : this.shared.getItem(key);
  }
  setItem(key: string, value: string): void {
    const before = this.getItem(key);
    if (!this.other.stale.has(key)) this.other.stale.set(key, this.shared.getItem(key));
    this.stale.delete(key);
    this.shared.setItem(key, value);
    const last = this.other.queue.at(-1)?.due ?? 0;
    // A browser fires no event when the value did not change.
    if (before !== value)
      this.other.queue.push({ due: Math.max(last, Date.now() + this.delay()), key, value });
  }
  removeItem(key: string): void {
    throw new Error(`Not used here: ${key}`);
  }
  /** Hands this tab every write of the other tab that is due by `now`. */
  deliver(now: number): void {
    for (let e = this.queue[0]; e && e.due <= now; e = this.queue[0]) {
      this.queue.shift();
      if (this.queue.some((x) => x.key === e?.key)) this.stale.set(e.key, e.value);
      else this.stale.delete(e.key);
      this.listener?.external(e.key, e.value);
    }
  }
  /** A page that loads reads storage as it is now. */
  opened(): void {
    this.stale.clear();
    this.queue = [];
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 1_800_000_000_000 });
});
afterEach(() => vi.useRealTimers());

/** One timing: A saves its first words, B opens, then A edits `title` and, `gap` ms later, B edits `field`. */
function play(seed: number, field: "title" | "body"): { stored: Note[]; timing: string } {
  const n = numbers(seed);
  const shared = new FakeStorage();
  const most = n(900);
  const a = new DelayedTab(shared, () => n(most + 1));
  const b = new DelayedTab(shared, () => n(most + 1));
  a.other = b;
  b.other = a;
  const open = (tab: DelayedTab) => {
    const s = new RecordSession(new RecordStore(notes, () => tab), { saved: () => undefined });
    tab.listener = s;
    return s;
  };
  const run = (ms: number) => {
    for (let t = 0; t < ms; t += 10) {
      vi.advanceTimersByTime(10);
      a.deliver(Date.now());
      b.deliver(Date.now());
    }
  };
  const sa = open(a);
  sa.add({ id: "n", updatedAt: Date.now(), copyOf: "", title: "", body: "" });
  sa.edit("n", { title: "first words" });
  run(SAVE_DELAY + 50);
  b.opened();
  const sb = open(b);
  const wait = n(300);
  const gap = n(350);
  run(wait);
  sa.edit("n", { title: "alpha words" });
  run(gap);
  sb.edit("n", { [field]: "beta words" });
  run(5000);
  const stored = Object.entries(shared.dump())
    .filter(([k]) => k.startsWith("bounce-back:notes:r:"))
    .map(([, v]) => JSON.parse(v).r as Note);
  return { stored, timing: `seed ${seed}: delays up to ${most} ms, edits ${gap} ms apart` };
}

describe("two tabs under many timings (issue 20)", () => {
  it("different fields of one record: both kept in the record, never a copy", () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 1500; seed++) {
      const { stored, timing } = play(seed, "body");
      const words = stored.map((r) => [r.copyOf, r.title, r.body].join("|"));
      if (words.join() !== "|alpha words|beta words") wrong.push(`${timing}: ${words.join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });

  it("the same field: both words kept, one in the record and one in a copy", () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 1500; seed++) {
      const { stored, timing } = play(seed, "title");
      const main = stored.filter((r) => r.copyOf === "");
      const titles = stored.map((r) => r.title).sort();
      if (main.length !== 1 || titles.join() !== "alpha words,beta words")
        wrong.push(`${timing}: ${stored.map((r) => `${r.copyOf}|${r.title}`).join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
