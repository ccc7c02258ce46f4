import { describe, expect, it, vi } from "vitest";
import type { PrefillInput } from "../worksheet/prefill";
import { REFLECT_FAILED, type SavedResult, SelfCheckController } from "./controller";
import type { StoredResult } from "./result-store";
import type { BandView, SelfCheckProps } from "./types";

const band = (id: string, min: number, max: number): BandView => ({
  id,
  min,
  max,
  title: `Result ${id}`,
  explanation: ["Kind words."],
  articles: [],
});

const check: SelfCheckProps = {
  slug: "test-check",
  title: "A test check",
  help: {
    href: "/help/",
    label: "Need help now?",
    urgent: "Get help now.",
    doctor: "See a GP.",
    countries: [
      {
        region: "uk",
        name: "United Kingdom",
        href: "/help/#uk",
        actions: [{ href: "tel:1", label: "Call 1" }],
        emergency: { number: "999", href: "tel:999" },
      },
    ],
    elsewhere: {
      line: { href: "https://example.org/", label: "Find a line" },
      euEmergency: { number: "112", href: "tel:112" },
    },
  },
  worksheetHref: "/worksheet/",
  flags: [{ id: "support", title: "If things feel like too much", text: "Help text.", help: true }],
  questions: [
    {
      prompt: "One?",
      options: [
        { label: "No", score: 0 },
        { label: "Yes", score: 2 },
      ],
    },
    {
      prompt: "Two?",
      options: [
        { label: "No", score: 0, flag: "support" },
        { label: "Yes", score: 2, focus: "Practise one answer" },
        { label: "I don't know", neutral: true },
      ],
    },
  ],
  scales: [
    {
      id: "main",
      label: "Main",
      bands: [
        band("low", 0, 1),
        { ...band("mid", 2, 3), reflect: { workOn: "How I will practise: " } },
        band("high", 4, 4),
      ],
    },
  ],
};

const NOW = new Date("2026-11-25T10:00:00Z");

/** A remembered result in memory; `blocked` makes saving fail as full or blocked storage does. */
function memory(initial: StoredResult | null = null, blocked = false) {
  let value = initial;
  const saved: SavedResult = {
    read: () => value,
    save: (result) => {
      if (blocked) return false;
      value = result;
      return true;
    },
    clear: () => {
      value = null;
    },
  };
  return { saved, current: () => value };
}

function setup(initial: StoredResult | null = null, blocked = false) {
  const store = memory(initial, blocked);
  const controller = new SelfCheckController(check, { saved: store.saved, now: () => NOW });
  return { controller, store };
}

describe("SelfCheckController", () => {
  it("starts with nothing answered and flags nothing", () => {
    const { controller } = setup();
    expect(controller.state.answers).toEqual([undefined, undefined]);
    expect(controller.missing()).toEqual([]);
    expect(controller.takeFocus()).toBeNull();
  });

  it("flags unanswered questions only after a submit, and sends focus to the summary", () => {
    const { controller, store } = setup();
    controller.answer(1, 0);
    expect(controller.missing()).toEqual([]);
    controller.submit();
    expect(controller.missing()).toEqual([0]);
    expect(controller.state.result).toBeNull();
    expect(controller.takeFocus()).toBe("summary");
    expect(controller.takeFocus()).toBeNull();
    expect(store.current()).toBeNull();
    // Answering clears the flag the next time it is drawn, and keeps the other answer.
    controller.answer(0, 1);
    expect(controller.state.answers).toEqual([1, 0]);
    expect(controller.missing()).toEqual([]);
  });

  it("different answers lead to different results, each remembered with its date", () => {
    for (const [answers, expected, flags, focus] of [
      [[0, 0], "low", ["support"], []],
      [[1, 2], "mid", [], []],
      [[1, 1], "high", [], ["Practise one answer"]],
    ] as const) {
      const { controller, store } = setup();
      answers.forEach((option, q) => {
        controller.answer(q, option);
      });
      controller.submit();
      const result = {
        bands: [expected],
        title: `Result ${expected}`,
        at: NOW.toISOString(),
        flags,
        focus,
      };
      expect(controller.state.result).toEqual(result);
      expect(controller.state.saved).toEqual(result);
      expect(controller.resultScales()[0]?.band?.id).toBe(expected);
      expect(controller.resultFlags().map((f) => f.id)).toEqual(flags);
      expect(controller.takeFocus()).toBe("result");
      expect(store.current()).toEqual(result);
    }
  });

  it("still gives a result when it cannot be saved, and says so", () => {
    const { controller } = setup(null, true);
    controller.answer(0, 0);
    controller.answer(1, 0);
    controller.submit();
    expect(controller.state).toMatchObject({ saveFailed: true, saved: null });
    expect(controller.state.result?.bands).toEqual(["low"]);
  });

  it("shows the remembered result on start, without moving focus", () => {
    const earlier = {
      bands: ["mid"],
      title: "Result mid",
      at: "2026-11-01T09:00:00Z",
      flags: [],
      focus: [],
    };
    const { controller } = setup(earlier);
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.start();
    expect(listener).toHaveBeenCalledOnce();
    expect(controller.state).toMatchObject({ saved: earlier, result: earlier });
    expect(controller.takeFocus()).toBeNull();
  });

  it("retake keeps the remembered result on offer, and can show it again", () => {
    const earlier = {
      bands: ["mid"],
      title: "Result mid",
      at: "2026-11-01T09:00:00Z",
      flags: [],
      focus: [],
    };
    const { controller } = setup(earlier);
    controller.start();
    controller.retake();
    expect(controller.state).toMatchObject({ result: null, saved: earlier });
    expect(controller.state.answers).toEqual([undefined, undefined]);
    expect(controller.takeFocus()).toBe("questions");
    controller.showSaved();
    expect(controller.state.result).toEqual(earlier);
    expect(controller.takeFocus()).toBe("result");
  });

  it("clear forgets the result on the device and announces it", () => {
    const earlier = {
      bands: ["mid"],
      title: "Result mid",
      at: "2026-11-01T09:00:00Z",
      flags: [],
      focus: [],
    };
    const { controller, store } = setup(earlier);
    controller.start();
    controller.clear();
    expect(store.current()).toBeNull();
    expect(controller.state).toMatchObject({
      result: null,
      saved: null,
      status: "Your saved result has been cleared.",
    });
    expect(controller.takeFocus()).toBe("questions");
  });

  it("a band the self-check no longer has gives no band, not an error", () => {
    const { controller } = setup({
      bands: ["gone"],
      title: "Old",
      at: "2026-01-01T00:00:00Z",
      flags: [],
      focus: [],
    });
    controller.start();
    expect(controller.resultScales()[0]?.band).toBeUndefined();
    expect(controller.stale()).toBe(true);
    expect(controller.prefillInput()).toBeNull();
  });

  it("hands the result to the worksheet, with the same entry id each time", () => {
    const reflect = vi.fn((_: PrefillInput) => true);
    const controller = new SelfCheckController(check, {
      saved: memory().saved,
      now: () => NOW,
      reflect,
    });
    expect(controller.startReflection()).toBeNull(); // No result yet.
    controller.answer(0, 1);
    controller.answer(1, 2);
    controller.submit();
    const id = controller.startReflection();
    expect(id).toBe(`sc-test-check-${NOW.getTime()}`);
    expect(controller.startReflection()).toBe(id);
    expect(reflect.mock.calls[0]?.[0]).toEqual({
      slug: "test-check",
      checkTitle: "A test check",
      at: NOW.toISOString(),
      results: [{ label: "", title: "Result mid", reflect: { workOn: "How I will practise: " } }],
      focus: [],
    });
    expect(controller.state.reflectError).toBe("");
  });

  it("says so in plain words when a reflection cannot be started", () => {
    const controller = new SelfCheckController(check, {
      saved: memory().saved,
      now: () => NOW,
      reflect: () => false,
    });
    controller.answer(0, 0);
    controller.answer(1, 0);
    controller.submit();
    expect(controller.startReflection()).toBeNull();
    expect(controller.state.reflectError).toBe(REFLECT_FAILED);
  });
});
