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
import { isLocked } from "../local-store/lock";
import { RecordStore, type RecordStoreDef, type Timed } from "../local-store/record-store";
import { browserStorage, rawStorage, type StorageLike } from "../local-store/storage";
import { applicationDef } from "../log/model";
import { planDef } from "../plan/model";
import { CHECK_IN_SLUG, latestCheckIn } from "../self-check/history";
import { readResult } from "../self-check/result-store";
import { formatDate } from "../site";
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
const dayText = (ms: number): string => formatDate(new Date(ms), "local");

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
  const { storage } = opts;
  /** A link to `href`, when the visitor has a record there. */
  const changed = (href: string, label: string, record: Timed | null): CarryOn[] =>
    record
      ? [{ href, label, detail: `last changed ${dayText(record.updatedAt)}`, at: record.updatedAt }]
      : [];
  /** Only the newest of a kind (the first on a tie). */
  const newestOf = (links: CarryOn[]) => links.sort((a, b) => b.at - a.at).slice(0, 1);

  // When each self-check was last taken: "How are you taking it?" from its check-in
  // history (or a last result saved before it), the others from their last result.
  let times: number[] = [];
  try {
    const s = storage();
    times = places.checks.map(
      (c) =>
        (c.slug === CHECK_IN_SLUG ? latestCheckIn(storage)?.takenAt : undefined) ??
        Date.parse(readResult(s, c.slug)?.at ?? ""),
    );
  } catch {
    // Storage that cannot be read holds no check-ins.
  }
  const checks = places.checks.flatMap((c, i) => {
    const at = times[i] ?? Number.NaN;
    return Number.isNaN(at)
      ? []
      : [{ href: c.href, label: `Your check-in: ${c.title}`, detail: `taken ${dayText(at)}`, at }];
  });

  const out = [
    ...changed(
      places.worksheet,
      "Your reflection",
      newest(worksheetDef, storage, (e) => !isBlank(e)),
    ),
    ...newestOf([
      ...changed(
        places.exercises["expressive-writing"],
        "Your expressive writing",
        newest(writingDef, storage, (r) => !writingKind.isBlank(r)),
      ),
      ...changed(
        places.exercises["kind-letter"],
        "Your kind letter",
        newest(letterDef, storage, (r) => !letterKind.isBlank(r)),
      ),
      ...changed(
        places.exercises["thought-record"],
        "Your thought record",
        newest(thoughtDef, storage, (r) => !thoughtKind.isBlank(r)),
      ),
    ]),
    ...changed(places.plan, "Your plans", newest(planDef, storage)),
    ...changed(places.log, "Your application log", newest(applicationDef, storage)),
    ...newestOf(checks),
  ];
  return out.sort((a, b) => b.at - a.at);
}
