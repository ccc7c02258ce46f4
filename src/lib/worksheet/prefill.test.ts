import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { HANDOFF_KEY, hasHandoff } from "../self-check/handoff";
import { startReflection, takeHandoff } from "../self-check/reflection";
import { saveHandoff, HANDOFF_KEY as WRITTEN_KEY } from "../self-check/result-store";
import {
  originLine,
  type PrefillInput,
  prefillEntry,
  readPrefillInput,
  reflectionId,
} from "./prefill";
import { WorksheetStore } from "./store";
import { readEntry } from "./validate";

const AT = "2026-11-29T10:30:00.000Z";
const NOW = Date.UTC(2026, 10, 29, 11);

const input: PrefillInput = {
  slug: "was-it-you-or-them",
  checkTitle: "Was it you, or them?",
  at: AT,
  results: [
    {
      label: "In your hands",
      title: "One or two things to practise",
      reflect: {
        workOn: "How and when I will practise this: ",
        advice: "Someone who could run a practice question with me: ",
        steps: ["Choose one thing to practise this week", "Practise it once out loud"],
      },
    },
    {
      label: "Outside your hands",
      title: "Some things outside your hands played a part",
      reflect: {
        differently: "What was outside my hands this time: ",
        steps: ["Practise it once out loud"],
      },
    },
  ],
  focus: ["Set aside time to prepare examples", "Practise your answers out loud"],
};

describe("prefillEntry: a worksheet entry from a self-check result", () => {
  it("puts the things in your hands under “What I will work on”, then the band's prompt", () => {
    const entry = prefillEntry(input, NOW);
    expect(entry.workOn).toBe(
      "From the self-check, in my hands to work on:\n- Set aside time to prepare examples\n- Practise your answers out loud\n\nHow and when I will practise this:",
    );
    expect(entry.advice).toBe("Someone who could run a practice question with me:");
    expect(entry.differently).toBe("What was outside my hands this time:");
    expect(entry.wentWell).toBe("");
    expect(entry.kindNote).toBe("");
  });

  it("names the self-check and its date as the entry's origin", () => {
    const entry = prefillEntry(input, NOW);
    expect(entry.origin).toBe(
      "Started from the self-check “Was it you, or them?” on 29 November 2026.",
    );
    expect(originLine("How are you taking it?", "nonsense")).toBe(
      "Started from the self-check “How are you taking it?”.",
    );
  });

  it("turns the bands' steps into next steps, once each", () => {
    const entry = prefillEntry(input, NOW);
    expect(entry.steps.map((s) => s.text)).toEqual([
      "Choose one thing to practise this week",
      "Practise it once out loud",
    ]);
    expect(entry.steps.every((s) => !s.done)).toBe(true);
    expect(new Set(entry.steps.map((s) => s.id)).size).toBe(2);
  });

  it("is the same entry for the same result, and a different one for another result", () => {
    expect(prefillEntry(input, NOW)).toEqual(prefillEntry(input, NOW));
    expect(prefillEntry(input, NOW).id).toBe(reflectionId(input.slug, AT));
    expect(reflectionId(input.slug, "2026-11-29T10:31:00.000Z")).not.toBe(
      reflectionId(input.slug, AT),
    );
    expect(prefillEntry(input, NOW)).toMatchObject({ createdAt: NOW, updatedAt: NOW, date: "" });
  });

  it("leaves “What I will work on” empty when nothing was named and no band asks", () => {
    const entry = prefillEntry(
      { ...input, focus: [], results: [{ label: "", title: "Fine" }] },
      NOW,
    );
    expect(entry.workOn).toBe("");
    expect(entry.steps).toEqual([]);
  });

  it("makes an entry the worksheet reads back as it is, origin included", () => {
    const entry = prefillEntry(input, NOW);
    const problems: string[] = [];
    expect(readEntry(JSON.parse(JSON.stringify(entry)), "x", problems)).toEqual(entry);
    expect(problems).toEqual([]);
  });
});

describe("startReflection: through the worksheet's store", () => {
  it("writes ONE entry however many times it is asked for the same result", () => {
    const fake = new FakeStorage();
    const store = () =>
      new WorksheetStore(
        () => fake,
        () => NOW,
      );
    expect(startReflection(input, store(), () => NOW)).toEqual({
      ok: true,
      id: reflectionId(input.slug, AT),
      created: true,
    });
    expect(startReflection(input, store(), () => NOW)).toMatchObject({ ok: true, created: false });
    const loaded = store().load();
    expect(loaded.doc.entries).toHaveLength(1);
    expect(loaded.doc.entries[0]?.origin).toMatch(/Was it you, or them\?/);
  });

  it("says so when storage is blocked", () => {
    const blocked = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    expect(startReflection(input, new WorksheetStore(blocked, () => NOW), () => NOW)).toEqual({
      ok: false,
      reason: "storage",
    });
  });
});

describe("the hand-over from a self-check page to the worksheet page", () => {
  it("reads the key the self-check page writes", () => {
    expect(HANDOFF_KEY).toBe(WRITTEN_KEY);
  });

  it("makes ONE entry from what was handed over, and removes the hand-over", () => {
    const fake = new FakeStorage();
    const store = () =>
      new WorksheetStore(
        () => fake,
        () => NOW,
      );
    expect(hasHandoff(() => fake)).toBe(false);
    // A double click hands the same result over twice.
    expect(saveHandoff(fake, input)).toBe(true);
    expect(saveHandoff(fake, input)).toBe(true);
    expect(hasHandoff(() => fake)).toBe(true);
    expect(takeHandoff(store())).toBe(reflectionId(input.slug, AT));
    expect(fake.getItem(HANDOFF_KEY)).toBeNull();
    expect(takeHandoff(store())).toBeNull();
    // Handing the same result over again later opens the same entry.
    saveHandoff(fake, input);
    expect(takeHandoff(store())).toBe(reflectionId(input.slug, AT));
    expect(store().load().doc.entries).toHaveLength(1);
  });

  it("drops a hand-over that cannot be read, without writing anything", () => {
    const fake = new FakeStorage();
    fake.setItem(HANDOFF_KEY, "{oops");
    expect(
      takeHandoff(
        new WorksheetStore(
          () => fake,
          () => NOW,
        ),
      ),
    ).toBeNull();
    expect(fake.getItem(HANDOFF_KEY)).toBeNull();
    expect(
      new WorksheetStore(
        () => fake,
        () => NOW,
      ).load().doc.entries,
    ).toHaveLength(0);
  });

  it("reads back only well-formed input, field by field", () => {
    expect(readPrefillInput(JSON.parse(JSON.stringify(input)))).toEqual({
      ...input,
      results: input.results.map((r) => ({ ...r, reflect: r.reflect ?? {} })),
    });
    for (const bad of [
      null,
      [],
      { ...input, slug: "Not a slug" },
      { ...input, at: "soon" },
      { ...input, checkTitle: "" },
      { ...input, focus: [5] },
      { ...input, results: [] },
      { ...input, results: [{ label: "x", title: 5 }] },
      { ...input, results: [{ label: "x", title: "y", reflect: { workOn: 5 } }] },
      { ...input, results: [{ label: "x", title: "y", reflect: { steps: "one" } }] },
      { ...input, results: [{ label: "x", title: "y", reflect: { workOn: "x".repeat(401) } }] },
    ]) {
      expect(readPrefillInput(bad), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
    const sneaky = JSON.parse(
      '{"slug":"a","checkTitle":"b","at":"2026-11-29T10:30:00.000Z","focus":[],"results":[{"label":"","title":"t","reflect":{"__proto__":{"x":1},"workOn":"w"}}],"__proto__":{"y":2}}',
    );
    const read = readPrefillInput(sneaky);
    expect(read?.results[0]?.reflect).toEqual({ workOn: "w" });
    expect(Object.keys(read ?? {})).toEqual(["slug", "checkTitle", "at", "results", "focus"]);
  });
});
