/**
 * "Carry on where you left off" on the home page: what this visitor has
 * already started, read in the browser through each tool's own store (the
 * same readers the tools use, so nothing damaged or foreign is trusted).
 * Nothing is sent anywhere. A new visitor gets nothing, and so does anyone
 * while the lock is set: the home page is what a second person on a shared
 * device sees first.
 */
import { letterDef, letterKind } from "../exercises/letter";
import { thoughtDef, thoughtKind } from "../exercises/thought";
import { writingDef, writingKind } from "../exercises/writing";
import { rawStorage } from "../local-store/delete-all";
import { isLocked } from "../local-store/lock";
import { RecordStore, type RecordStoreDef, type Timed } from "../local-store/record-store";
import { browserStorage, type StorageLike } from "../local-store/storage";
import { applicationDef } from "../log/model";
import { planDef } from "../plan/model";
import { readResult } from "../self-check/result-store";
import { isBlank } from "../worksheet/model";
import { worksheetDef } from "../worksheet/store";

/** Where each tool lives (with the site's base path) and what each self-check is called. */
export interface CarryOnPlaces {
  worksheet: string;
  plan: string;
  log: string;
  exercises: { "expressive-writing": string; "kind-letter": string; "thought-record": string };
  checks: { slug: string; title: string; href: string }[];
}

/** One "carry on" link: where, what it says, and when it was last touched (ms). */
export interface CarryOn {
  href: string;
  label: string;
  detail: string;
  at: number;
}

export interface CarryOnOptions {
  /** The stores' storage (browserStorage: the unlocked words, or a refusal). */
  storage: () => StorageLike;
  /** Storage as it is, lock or no lock, only to ask whether the lock is set. */
  raw: () => StorageLike;
}

/** "6 December 2026", in the visitor's own time zone. */
export function dayText(ms: number): string {
  return new Date(ms).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

function lockSet(raw: () => StorageLike): boolean {
  try {
    return isLocked(raw());
  } catch {
    // Storage that cannot be read holds nothing to carry on with.
    return true;
  }
}

/** The newest record a store holds that `keep` accepts, or null. */
function newest<R extends Timed>(
  def: RecordStoreDef<R>,
  storage: () => StorageLike,
  keep: (r: R) => boolean = () => true,
): R | null {
  let best: R | null = null;
  for (const r of new RecordStore(def, storage).load().records)
    if (keep(r) && (!best || r.updatedAt > best.updatedAt)) best = r;
  return best;
}

/**
 * The links to show, newest first: the last reflection, the last exercise,
 * the plans, the application log and the last check-in, each only when the
 * visitor has started one. Empty for a new visitor, while the lock is set,
 * and when storage cannot be read.
 */
export function carryOnLinks(
  places: CarryOnPlaces,
  opts: CarryOnOptions = { storage: browserStorage, raw: rawStorage },
): CarryOn[] {
  if (lockSet(opts.raw)) return [];
  const out: CarryOn[] = [];
  const changed = (at: number) => `last changed ${dayText(at)}`;

  const entry = newest(worksheetDef, opts.storage, (e) => !isBlank(e));
  if (entry)
    out.push({
      href: places.worksheet,
      label: "Your reflection",
      detail: changed(entry.updatedAt),
      at: entry.updatedAt,
    });

  const exercises = [
    {
      label: "Your expressive writing",
      href: places.exercises["expressive-writing"],
      record: newest(writingDef, opts.storage, (r) => !writingKind.isBlank(r)),
    },
    {
      label: "Your kind letter",
      href: places.exercises["kind-letter"],
      record: newest(letterDef, opts.storage, (r) => !letterKind.isBlank(r)),
    },
    {
      label: "Your thought record",
      href: places.exercises["thought-record"],
      record: newest(thoughtDef, opts.storage, (r) => !thoughtKind.isBlank(r)),
    },
  ]
    .filter((x) => x.record !== null)
    .sort((a, b) => (b.record?.updatedAt ?? 0) - (a.record?.updatedAt ?? 0));
  const exercise = exercises[0];
  if (exercise?.record)
    out.push({
      href: exercise.href,
      label: exercise.label,
      detail: changed(exercise.record.updatedAt),
      at: exercise.record.updatedAt,
    });

  const plan = newest(planDef, opts.storage);
  if (plan)
    out.push({
      href: places.plan,
      label: "Your plans",
      detail: changed(plan.updatedAt),
      at: plan.updatedAt,
    });

  const application = newest(applicationDef, opts.storage);
  if (application)
    out.push({
      href: places.log,
      label: "Your application log",
      detail: changed(application.updatedAt),
      at: application.updatedAt,
    });

  let check: CarryOn | null = null;
  let results: ReturnType<typeof readResult>[] = [];
  try {
    const s = opts.storage();
    results = places.checks.map((c) => readResult(s, c.slug));
  } catch {
    results = [];
  }
  places.checks.forEach((c, i) => {
    const result = results[i];
    const at = result ? Date.parse(result.at) : Number.NaN;
    if (result && !Number.isNaN(at) && (!check || at > check.at))
      check = {
        href: c.href,
        label: `Your check-in: ${c.title}`,
        detail: `taken ${dayText(at)}`,
        at,
      };
  });
  if (check) out.push(check);

  return out.sort((a, b) => b.at - a.at);
}
