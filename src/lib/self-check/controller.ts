import type { PrefillInput } from "../worksheet/prefill";
import {
  clearResult,
  readResult,
  reflectionId,
  resultStorage,
  type StoredResult,
  saveHandoff,
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
  /** Why a reflection could not be started, in plain words; "" when fine. */
  reflectError: string;
}

/** Leaves a result for the worksheet page to make an entry from; false if it could not. */
export type Reflect = (input: PrefillInput) => boolean;

export const REFLECT_FAILED =
  "We could not start a reflection: this browser is not letting the site save. Your result is still here.";

/** The remembered result of one self-check. */
export interface SavedResult {
  read(): StoredResult | null;
  /**
   * False if it could not be saved (storage blocked or full). `score`: the
   * total of the first scale (the check-in history keeps it).
   */
  save(result: StoredResult, score?: number): boolean;
  /** Forgets `result` (the one on screen), or the remembered one. */
  clear(result?: StoredResult): void;
  /** What the live region says once it is cleared (default: CLEARED). */
  cleared?: string;
}

export const CLEARED = "Your saved result has been cleared.";

/** Remembers nothing: the check-in page's stand-in until its history has loaded. */
export const NOTHING_SAVED: SavedResult = { read: () => null, save: () => false, clear: () => {} };

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
  #saved: SavedResult;
  readonly #now: () => Date;
  readonly #reflect: Reflect;

  constructor(check: SelfCheckProps, options: SelfCheckOptions = {}) {
    this.check = check;
    this.#saved = options.saved ?? browserSavedResult(check.slug);
    this.#now = options.now ?? (() => new Date());
    this.#reflect = options.reflect ?? ((input) => saveHandoff(resultStorage(), input));
    this.#state = {
      answers: this.#empty(),
      showErrors: false,
      result: null,
      saved: null,
      saveFailed: false,
      status: "",
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

  /** Remembers results through `saved` from now on (the check-in history, once loaded). */
  useSaved(saved: SavedResult): void {
    this.#saved = saved;
  }

  /** Reads the remembered result again (it changed elsewhere); the result on screen stays. */
  refresh(): void {
    this.#set({ saved: this.#saved.read() });
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
    const ok = this.#saved.save(result, outcome.scales[0]?.total);
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
    this.#saved.clear(this.#state.result ?? this.#state.saved ?? undefined);
    this.#set(
      {
        answers: this.#empty(),
        showErrors: false,
        result: null,
        saved: null,
        saveFailed: false,
        reflectError: "",
        status: this.#saved.cleared ?? CLEARED,
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
   * Hands the result on screen to the worksheet, which makes ONE entry from it
   * (its id comes from the self-check and the result's time, so a double
   * click, or starting again later, opens the same entry). Returns that id,
   * or null if it could not be handed over (the reason is in `reflectError`).
   */
  startReflection(): string | null {
    const input = this.prefillInput();
    if (!input) return null;
    if (this.#reflect(input)) return reflectionId(input.slug, input.at);
    this.#set({ reflectError: REFLECT_FAILED });
    return null;
  }
}
