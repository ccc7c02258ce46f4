import { describe, expect, test } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { letterDef, letterKind } from "../exercises/letter";
import { writingDef, writingKind } from "../exercises/writing";
import { LOCKED_KEY } from "../local-store/lock";
import { RecordStore, type RecordStoreDef, type Timed } from "../local-store/record-store";
import { CLEARED_KEY } from "../local-store/site-data";
import { applicationDef, newApplication } from "../log/model";
import { newPlan, planDef } from "../plan/model";
import { checkInDef, newCheckIn } from "../self-check/history";
import { resultKey } from "../self-check/result-store";
import { formatDate } from "../site";
import { THEME_KEY } from "../theme";
import { newEntry } from "../worksheet/model";
import { worksheetDef } from "../worksheet/store";
import { type CarryOnPlaces, carryOnLinks } from "./carry-on";
import { hasStarted } from "./started";

const places: CarryOnPlaces = {
  worksheet: "/worksheet/",
  plan: "/plan/",
  log: "/log/",
  exercises: {
    "expressive-writing": "/exercises/expressive-writing/",
    "kind-letter": "/exercises/kind-letter/",
    "thought-record": "/exercises/thought-record/",
  },
  checks: [
    {
      slug: "how-are-you-taking-it",
      title: "How are you taking it?",
      href: "/self-check/how-are-you-taking-it/",
    },
    {
      slug: "interview-debrief",
      title: "Interview debrief",
      href: "/self-check/interview-debrief/",
    },
  ],
};

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 12);

/** Stores a record the way its tool does: one key, in the store's own format. */
function put<R extends Timed & { id: string }>(s: FakeStorage, def: RecordStoreDef<R>, r: R) {
  const store = new RecordStore(def, () => s);
  s.setItem(`${store.recordPrefix}${r.id}`, store.serialize(r));
}

const links = (s: FakeStorage) => carryOnLinks(places, { storage: () => s, raw: () => s });

describe("carry on where you left off", () => {
  test("a new visitor sees nothing", () => {
    expect(links(new FakeStorage())).toEqual([]);
  });

  test("each thing started is one link, newest first, with the day it was last touched", () => {
    const s = new FakeStorage();
    put(s, worksheetDef, { ...newEntry(T0, "w1"), role: "Designer", updatedAt: T0 + DAY });
    put(s, worksheetDef, { ...newEntry(T0, "w2"), role: "Older", updatedAt: T0 });
    put(s, planDef, newPlan(T0 + 2 * DAY, "p1", { situation: "it is Monday", action: "apply" }));
    put(s, applicationDef, { ...newApplication(T0 + 3 * DAY, "a1"), role: "Analyst" });
    const letter = { ...letterKind.blank(T0 + 4 * DAY), id: "l1" };
    letter.steps["what-happened"] = "It hurt.";
    put(s, letterDef, letter);
    s.setItem(
      resultKey("how-are-you-taking-it"),
      JSON.stringify({
        v: 2,
        bands: ["steady"],
        title: "Steady",
        at: new Date(T0 + 5 * DAY).toISOString(),
        flags: [],
        focus: [],
      }),
    );
    expect(links(s)).toEqual([
      {
        href: "/self-check/how-are-you-taking-it/",
        label: "Your check-in: How are you taking it?",
        detail: `taken ${formatDate(new Date(T0 + 5 * DAY), "local")}`,
        at: T0 + 5 * DAY,
      },
      {
        href: "/exercises/kind-letter/",
        label: "Your kind letter",
        detail: `last changed ${formatDate(new Date(T0 + 4 * DAY), "local")}`,
        at: T0 + 4 * DAY,
      },
      {
        href: "/log/",
        label: "Your application log",
        detail: `last changed ${formatDate(new Date(T0 + 3 * DAY), "local")}`,
        at: T0 + 3 * DAY,
      },
      {
        href: "/plan/",
        label: "Your plans",
        detail: `last changed ${formatDate(new Date(T0 + 2 * DAY), "local")}`,
        at: T0 + 2 * DAY,
      },
      {
        href: "/worksheet/",
        label: "Your reflection",
        detail: `last changed ${formatDate(new Date(T0 + DAY), "local")}`,
        at: T0 + DAY,
      },
    ]);
  });

  test("the newest of the exercises and of the check-ins is the one offered", () => {
    const s = new FakeStorage();
    const letter = { ...letterKind.blank(T0), id: "l1" };
    letter.steps["what-next"] = "Rest.";
    put(s, letterDef, letter);
    const writing = { ...writingKind.blank(T0 + DAY), id: "x1" };
    put(s, writingDef, { ...writing, name: "Day one" });
    const result = (at: number) =>
      JSON.stringify({
        v: 2,
        bands: ["b"],
        title: "T",
        at: new Date(at).toISOString(),
        flags: [],
        focus: [],
      });
    s.setItem(resultKey("how-are-you-taking-it"), result(T0));
    s.setItem(resultKey("interview-debrief"), result(T0 + 2 * DAY));
    expect(links(s).map((l) => l.href)).toEqual([
      "/self-check/interview-debrief/",
      "/exercises/expressive-writing/",
    ]);
  });

  test("How are you taking it? is offered by its newest check-in, before an older last result", () => {
    const s = new FakeStorage();
    const band = { id: "up-and-down", min: 10, max: 17, title: "Coping" };
    const checkIn = (takenAt: number) =>
      newCheckIn({
        slug: "how-are-you-taking-it",
        takenAt,
        score: 12,
        max: 24,
        band,
        flags: [],
        focus: [],
      });
    put(s, checkInDef, checkIn(T0 + 3 * DAY));
    put(s, checkInDef, checkIn(T0 + DAY));
    s.setItem(
      resultKey("how-are-you-taking-it"),
      JSON.stringify({ v: 2, bands: ["x"], title: "Old", at: new Date(T0).toISOString() }),
    );
    expect(links(s)).toEqual([
      {
        href: "/self-check/how-are-you-taking-it/",
        label: "Your check-in: How are you taking it?",
        detail: `taken ${formatDate(new Date(T0 + 3 * DAY), "local")}`,
        at: T0 + 3 * DAY,
      },
    ]);
  });

  test("blank records (opened, nothing written) and unreadable results are not offered", () => {
    const s = new FakeStorage();
    put(s, worksheetDef, newEntry(T0, "w1"));
    put(s, letterDef, { ...letterKind.blank(T0), id: "l1" });
    s.setItem(resultKey("how-are-you-taking-it"), "{not json");
    expect(links(s)).toEqual([]);
  });

  test("nothing shows while the lock is set, and nothing when storage is blocked", () => {
    const s = new FakeStorage();
    put(s, planDef, newPlan(T0, "p1", { situation: "x", action: "y" }));
    expect(links(s)).toHaveLength(1);
    s.setItem(LOCKED_KEY, "{}");
    expect(links(s)).toEqual([]);
    s.removeItem(LOCKED_KEY);
    s.blocked = true;
    expect(links(s)).toEqual([]);
  });

  test("an unlocked tab still shows nothing while the lock is set", () => {
    const words = new FakeStorage();
    put(words, planDef, newPlan(T0, "p1", { situation: "x", action: "y" }));
    const raw = new FakeStorage();
    raw.setItem(LOCKED_KEY, "{}");
    expect(carryOnLinks(places, { storage: () => words, raw: () => raw })).toEqual([]);
  });
});

describe("whether the visitor has started anything (by key names alone)", () => {
  test("not for a new visitor, nor for the theme or the time data was deleted", () => {
    const s = new FakeStorage();
    expect(hasStarted(() => s)).toBe(false);
    s.setItem(THEME_KEY, "dark");
    s.setItem(CLEARED_KEY, String(T0));
    s.setItem("another-site:key", "x");
    expect(hasStarted(() => s)).toBe(false);
  });

  test("yes once any tool or self-check has kept something", () => {
    const s = new FakeStorage();
    s.setItem(resultKey("interview-debrief"), "{}");
    expect(hasStarted(() => s)).toBe(true);
  });

  test("no when storage is blocked or refused", () => {
    const s = new FakeStorage();
    s.setItem(resultKey("interview-debrief"), "{}");
    s.blocked = true;
    expect(hasStarted(() => s)).toBe(false);
    expect(
      hasStarted(() => {
        throw new DOMException("Storage is not available.", "SecurityError");
      }),
    ).toBe(false);
  });
});
