import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { LOCKED_KEY, lock, PART_PREFIX } from "../local-store/lock";
import { exportSite, importSite } from "../local-store/site-backup";
import { checkBackupKey } from "../stores";
import { CheckInBook, type CheckInScale } from "./check-ins";
import { SelfCheckController } from "./controller";
import { type CheckIn, checkInDef, compareWithLast, UNKNOWN_SCORE } from "./history";
import { readResult, resultKey, saveResult } from "./result-store";
import type { SelfCheckProps } from "./types";

const file = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../../content/self-checks/how-are-you-taking-it.json"),
    "utf8",
  ),
) as Omit<SelfCheckProps, "help" | "worksheetHref">;

const SLUG = "how-are-you-taking-it";
const scale: CheckInScale = { slug: SLUG, bands: file.scales[0]?.bands ?? [] };
const props = {
  ...file,
  slug: SLUG,
  history: true,
  worksheetHref: "/worksheet/",
  help: {
    href: "/help/",
    label: "Need help now?",
    urgent: "",
    doctor: "",
    countries: [],
    elsewhere: {
      line: { href: "https://example.org/", label: "Find a line" },
      euEmergency: { number: "112", href: "tel:112" },
    },
  },
} as SelfCheckProps;

/**
 * Answers that score `points[i]` on question i where it can (1 when not given),
 * else its neutral answer: "Have you told anyone" has no 2, so all 2s make 14.
 */
function answersFor(points: number[]): number[] {
  return props.questions.map((q, i) => {
    const want = points[i] ?? 1;
    return q.options.findIndex((o) => !o.neutral && !o.flag && o.score === want) >= 0
      ? q.options.findIndex((o) => !o.neutral && !o.flag && o.score === want)
      : q.options.findIndex((o) => o.neutral);
  });
}

const DAY = 86_400_000;
const START = Date.UTC(2026, 11, 1, 12);

function setup(storage = new FakeStorage(), now = { t: START }) {
  const book = new CheckInBook(scale, {
    getStorage: () => storage,
    now: () => now.t,
    saved: () => {},
  });
  const check = new SelfCheckController(props, {
    saved: book.savedResult(),
    now: () => new Date(now.t),
  });
  return { storage, now, book, check };
}

function take(check: SelfCheckController, answers: number[]) {
  check.retake();
  answers.forEach((a, i) => {
    check.answer(i, a);
  });
  check.submit();
}

describe("keeping each result of How are you taking it?", () => {
  it("keeps each completed result with its date and score, never the answers", () => {
    const { storage, book, check, now } = setup();
    take(check, answersFor([3, 3, 3, 3, 3, 3, 3, 3]));
    expect(check.state.saveFailed).toBe(false);
    now.t += 3 * DAY;
    take(check, answersFor([1, 1, 1, 1, 1, 1, 1, 1]));
    const history = book.history();
    expect(history.map((c) => [c.day, c.score, c.max, c.band, c.support])).toEqual([
      ["2026-12-04", 8, 24, "weighing-on-you", true],
      ["2026-12-01", 24, 24, "finding-your-feet", false],
    ]);
    expect(compareWithLast(history)).toMatchObject({ change: "lower", points: -16 });
    const keys = Object.keys(storage.dump()).filter((k) =>
      k.startsWith("bounce-back:check-ins:r:"),
    );
    expect(keys).toHaveLength(2);
    for (const k of keys)
      expect(Object.keys(JSON.parse(storage.getItem(k) ?? "{}").r).sort()).toEqual(
        [
          "band",
          "bandLabel",
          "copyOf",
          "createdAt",
          "day",
          "flags",
          "focus",
          "id",
          "max",
          "score",
          "slug",
          "support",
          "takenAt",
          "updatedAt",
        ].sort(),
      );
    // The last result is the newest check-in: shown on return, on a new page.
    const again = setup(storage, now);
    again.check.start();
    expect(again.check.state.saved?.title).toBe(history[0]?.bandLabel);
  });

  it("deletes the check-in on screen, then all of them", () => {
    const { book, check, now } = setup();
    take(check, answersFor([2, 2, 2, 2, 2, 2, 2, 2]));
    now.t += DAY;
    take(check, answersFor([3, 3, 3, 3, 2, 2, 2, 2]));
    expect(book.history()).toHaveLength(2);
    check.clear();
    expect(check.state.status).toBe("This check-in has been deleted.");
    expect(book.history().map((c) => c.score)).toEqual([14]);
    check.refresh();
    expect(check.state.saved?.bands).toEqual(["up-and-down"]);
    book.session.undoRemove();
    expect(book.history()).toHaveLength(2);
    expect(book.removeAll()).toBe(true);
    expect(book.history()).toEqual([]);
    expect(setup(book.session.store.getStorage() as FakeStorage).book.history()).toEqual([]);
  });

  it("says a result was not kept when storage is blocked", () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const { check } = setup(storage);
    take(check, answersFor([2]));
    expect(check.state.result).not.toBeNull();
    expect(check.state.saveFailed).toBe(true);
  });
});

describe("the last result saved before the history", () => {
  const old = {
    bands: ["up-and-down"],
    title: "It hurts, and you're coping",
    at: "2026-11-20T10:00:00.000Z",
    flags: ["money"],
    focus: [],
  };

  it("moves into the history once, with its score not kept, and its key goes", () => {
    const storage = new FakeStorage();
    saveResult(storage, SLUG, old);
    const { book } = setup(storage);
    const [c] = book.history();
    expect(c).toMatchObject({
      takenAt: Date.parse(old.at),
      score: UNKNOWN_SCORE,
      max: 24,
      band: "up-and-down",
      bandLabel: "It hurts, and you're coping",
      support: false,
      flags: ["money"],
    });
    expect(readResult(storage, SLUG)).toBeNull();
    // Opened again (or in a second tab): still one.
    expect(setup(storage).book.history()).toHaveLength(1);
    saveResult(storage, SLUG, old);
    expect(setup(storage).book.history()).toHaveLength(1);
  });

  it("a damaged one is left alone and not moved; other self-checks keep theirs", () => {
    const storage = new FakeStorage();
    storage.setItem(resultKey(SLUG), "{not json");
    saveResult(storage, "was-it-you-or-them", old);
    const { book } = setup(storage);
    expect(book.history()).toEqual([]);
    expect(storage.getItem(resultKey(SLUG))).toBe("{not json");
    expect(readResult(storage, "was-it-you-or-them")).toEqual(old);
  });

  it("is not lost when the history cannot be written", () => {
    const storage = new FakeStorage();
    saveResult(storage, SLUG, old);
    storage.quota = storage.getItem(resultKey(SLUG))?.length ?? 0;
    const { book } = setup(storage);
    expect(book.session.state.save).toBe("unsaved");
    expect(readResult(storage, SLUG)).toEqual(old);
  });
});

describe("the site-wide backup", () => {
  it("carries the history there and back", () => {
    const { storage, check, now } = setup();
    take(check, answersFor([2, 2, 2, 2, 2, 2, 2, 2]));
    now.t += DAY;
    take(check, answersFor([1, 1, 1, 1, 1, 1, 1, 1]));
    const text = exportSite(() => storage);
    const empty = new FakeStorage();
    const r = importSite(text, checkBackupKey, () => empty);
    expect(r.ok).toBe(true);
    const back = setup(empty).book.history();
    expect(back.map((c) => [c.day, c.score, c.bandLabel])).toEqual([
      ["2026-12-02", 8, "This is hitting you hard right now"],
      ["2026-12-01", 14, "It hurts, and you're coping"],
    ]);
  });

  it("refuses a bad check-in plainly and changes nothing", () => {
    const { storage, book, check } = setup();
    take(check, answersFor([2, 2, 2, 2, 2, 2, 2, 2]));
    const c = book.history()[0] as CheckIn;
    const key = `bounce-back:check-ins:r:${c.id}`;
    const bad = (r: object) => JSON.stringify({ v: 1, r: { ...c, ...r } });
    for (const value of [bad({ score: 99 }), bad({ day: "soon" }), bad({ bandLabel: "" }), "{"]) {
      expect(checkBackupKey(key, value)).toBe(
        "The file holds something this site does not keep, or cannot read.",
      );
      const here = new FakeStorage();
      const text = JSON.stringify({
        format: "bounce-back-site",
        version: 1,
        data: { [key]: value },
      });
      const r = importSite(text, checkBackupKey, () => here);
      expect(r.ok).toBe(false);
      expect(here.dump()).toEqual({});
    }
    expect(checkBackupKey(key, storage.getItem(key) ?? "")).toBeNull();
    expect(checkInDef.name).toBe("check-ins");
  });
});

describe("two tabs", () => {
  it("a check-in kept in one tab shows in the other, and a deletion too", () => {
    vi.useFakeTimers();
    try {
      const storage = new FakeStorage();
      const a = setup(storage);
      const b = setup(storage);
      storage.onChange = (key, value) => b.book.session.external(key, value);
      take(a.check, answersFor([2, 2, 2, 2, 2, 2, 2, 2]));
      expect(b.book.history().map((c) => c.score)).toEqual([14]);
      storage.onChange = (key, value) => a.book.session.external(key, value);
      b.book.remove(b.book.history()[0]?.id ?? "");
      expect(a.book.history()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the lock", () => {
  it("seals the check-ins with everything else: no score, band or day stays readable", async () => {
    const { storage, check } = setup();
    take(check, answersFor([2, 2, 2, 2, 2, 2, 2, 2]));
    expect((await lock(storage, "a long passphrase", { iterations: 100_000 })).ok).toBe(true);
    const plain = Object.entries(storage.dump()).filter(
      ([k]) => k !== LOCKED_KEY && !k.startsWith(PART_PREFIX),
    );
    expect(plain).toEqual([]);
    expect(JSON.stringify(storage.dump())).not.toMatch(/coping|up-and-down|2026-12-01/);
  });
});
