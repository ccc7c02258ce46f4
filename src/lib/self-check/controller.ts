import type { PrefillInput } from "../worksheet/prefill";
import type { ReflectionOutcome } from "./reflection";
import {
  clearResult,
  readResult,
  resultStorage,
  type StoredResult,
  saveResult,
} from "./result-store";
import { scoreAnswers, unansweredQuestions } from "./scoring";
import type { BandView, FlagView, ScaleView, SelfCheckProps } from "./types";

/** Where focus goes after an action, once the view shows its result. */
export type FocusTarget = "summary" | "result" | "questions";

export interface SelfCheckState {
  answers: (number | undefined)[];
  /** True once someone has tried to submit with questions unanswered. */
  showErrors: boolean;
  /** The result on screen; null while answering. */
  result: StoredResult | null;
  /** The result remembered on this device. */
  saved: StoredResult | null;
  saveFailed: boolean;
  /** Text for the polite live region. */
  status: string;
  /** True while a worksheet entry is being started from the result. */
  reflecting: boolean;
  /** Why the entry could not be started, in plain words; "" when fine. */
  reflectError: string;
}

/** Starts a worksheet entry from a result; resolves to the outcome. */
export type Reflect = (input: PrefillInput) => Promise<ReflectionOutcome>;

/** The worksheet's store, loaded only when someone asks for a reflection. */
const reflectLazily: Reflect = (input) =>
  import("./reflection").then((m) => m.startReflection(input));

export const REFLECT_FAILED =
  "We could not start a reflection: this browser is not letting the site save. Your result is still here.";
export const REFLECT_READ_ONLY =
  "We could not start a reflection: your worksheet was saved by a newer version of this site. Reload the worksheet page to use it.";

/** The remembered result of one self-check. */
export interface SavedResult {
  read(): StoredResult | null;
  /** False if it could not be saved (storage blocked or full). */
  save(result: StoredResult): boolean;
  clear(): void;
}

/** The result remembered in this browser, through the site's storage. */
export function browserSavedResult(slug: string): SavedResult {
  return {
    read: () => readResult(resultStorage(), slug),
    save: (result) => saveResult(resultStorage(), slug, result),
    clear: () => void clearResult(resultStorage(), slug),
  };
}

export interface SelfCheckOptions {
  saved?: SavedResult;
  now?: () => Date;
  reflect?: Reflect;
}

/**
 * A self-check as plain state and actions: every question on one page, then a
 * result with advice. Only the result (band and date) is remembered, never the
 * answers. Each action that moves the person on names where focus should go
 * (`takeFocus`), for the view to move it once it has drawn the new state.
 */
export class SelfCheckController {
  readonly check: SelfCheckProps;
  #state: SelfCheckState;
  #focus: FocusTarget | null = null;
  readonly #listeners = new Set<() => void>();
  readonly #saved: SavedResult;
  readonly #now: () => Date;
  readonly #reflect: Reflect;
  /** The reflection being started, so a second click waits for the first instead of repeating it. */
  #reflecting: Promise<string | null> | null = null;

  constructor(check: SelfCheckProps, options: SelfCheckOptions = {}) {
    this.check = check;
    this.#saved = options.saved ?? browserSavedResult(check.slug);
    this.#now = options.now ?? (() => new Date());
    this.#reflect = options.reflect ?? reflectLazily;
    this.#state = {
      answers: this.#empty(),
      showErrors: false,
      result: null,
      saved: null,
      saveFailed: false,
      status: "",
      reflecting: false,
      reflectError: "",
    };
  }

  get state(): SelfCheckState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Where focus should go now, once; null if it stays where it is. */
  takeFocus(): FocusTarget | null {
    const focus = this.#focus;
    this.#focus = null;
    return focus;
  }

  #empty(): (number | undefined)[] {
    return this.check.questions.map(() => undefined);
  }

  #set(patch: Partial<SelfCheckState>, focus: FocusTarget | null = null): void {
    this.#state = { ...this.#state, ...patch };
    this.#focus = focus;
    for (const listener of this.#listeners) listener();
  }

  /** On return, show the remembered result (without moving focus). */
  start(): void {
    const saved = this.#saved.read();
    if (saved) this.#set({ saved, result: saved });
  }

  /** Unanswered questions to flag: none until someone tries to submit. */
  missing(): number[] {
    const { showErrors, result, answers } = this.#state;
    return showErrors && !result ? unansweredQuestions(this.check.questions, answers) : [];
  }

  /**
   * The result on screen, scale by scale: each scale with its band (undefined
   * if the self-check has changed since the result was saved).
   */
  resultScales(): { scale: ScaleView; band: BandView | undefined }[] {
    const { result } = this.#state;
    if (!result) return [];
    return this.check.scales.map((scale, i) => ({
      scale,
      band: scale.bands.find((b) => b.id === result.bands[i]),
    }));
  }

  /** The panels of the flags the result raised, in the self-check's order. */
  resultFlags(): FlagView[] {
    const flags = this.#state.result?.flags ?? [];
    return this.check.flags.filter((f) => flags.includes(f.id));
  }

  /** True when the self-check has changed since the result on screen was saved. */
  stale(): boolean {
    const { result } = this.#state;
    return (
      !!result &&
      (result.bands.length !== this.check.scales.length || this.resultScales().some((s) => !s.band))
    );
  }

  answer(question: number, option: number): void {
    this.#set({ answers: this.#state.answers.map((a, i) => (i === question ? option : a)) });
  }

  submit(): void {
    const { questions, scales } = this.check;
    const { answers } = this.#state;
    if (unansweredQuestions(questions, answers).length > 0) {
      this.#set({ showErrors: true, status: "" }, "summary");
      return;
    }
    const outcome = scoreAnswers(questions, scales, answers);
    const picked = outcome.scales.map((o, i) =>
      this.check.scales[i]?.bands.find((b) => b.id === o.band),
    );
    if (picked.some((b) => !b)) return; // The schema guarantees a band for every possible total.
    const title =
      scales.length === 1
        ? (picked[0]?.title ?? "")
        : picked.map((b, i) => `${scales[i]?.label}: ${b?.title}`).join(" · ");
    const result: StoredResult = {
      bands: outcome.scales.map((o) => o.band),
      title,
      at: this.#now().toISOString(),
      flags: outcome.flags,
      focus: outcome.focus,
    };
    const ok = this.#saved.save(result);
    this.#set(
      {
        result,
        saveFailed: !ok,
        showErrors: false,
        status: "",
        reflectError: "",
        ...(ok ? { saved: result } : {}),
      },
      "result",
    );
  }

  retake(): void {
    this.#set(
      { answers: this.#empty(), showErrors: false, result: null, status: "", reflectError: "" },
      "questions",
    );
  }

  clear(): void {
    this.#saved.clear();
    this.#set(
      {
        answers: this.#empty(),
        showErrors: false,
        result: null,
        saved: null,
        saveFailed: false,
        reflectError: "",
        status: "Your saved result has been cleared.",
      },
      "questions",
    );
  }

  showSaved(): void {
    this.#set({ result: this.#state.saved, status: "" }, "result");
  }

  /** What the worksheet entry for the result on screen is made from. */
  prefillInput(): PrefillInput | null {
    const { result } = this.#state;
    if (!result || this.stale()) return null;
    const many = this.check.scales.length > 1;
    return {
      slug: this.check.slug,
      checkTitle: this.check.title,
      at: result.at,
      results: this.resultScales().map(({ scale, band }) => ({
        label: many ? scale.label : "",
        title: band?.title ?? "",
        reflect: band?.reflect,
      })),
      focus: result.focus,
    };
  }

  /**
   * Starts ONE worksheet entry from the result on screen and resolves to its id
   * (null if it could not be made: the reason is in `reflectError`). A second
   * call while the first runs gets the same promise, and a later one finds the
   * entry already made, so a double click never makes two.
   */
  startReflection(): Promise<string | null> {
    if (this.#reflecting) return this.#reflecting;
    const input = this.prefillInput();
    if (!input) return Promise.resolve(null);
    this.#set({ reflecting: true, reflectError: "" });
    this.#reflecting = this.#reflect(input).then(
      (out) => {
        if (out.ok) {
          this.#set({
            reflecting: false,
            status: "Your reflection is ready. Opening the worksheet…",
          });
          return out.id;
        }
        this.#set({
          reflecting: false,
          reflectError: out.reason === "read-only" ? REFLECT_READ_ONLY : REFLECT_FAILED,
        });
        return null;
      },
      () => {
        this.#set({ reflecting: false, reflectError: REFLECT_FAILED });
        return null;
      },
    );
    const done = this.#reflecting;
    void done.finally(() => {
      if (this.#reflecting === done) this.#reflecting = null;
    });
    return done;
  }
}
