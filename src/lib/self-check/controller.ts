import {
  clearResult,
  readResult,
  resultStorage,
  type StoredResult,
  saveResult,
} from "./result-store";
import { findBand, totalScore, unansweredQuestions } from "./scoring";
import type { BandView, SelfCheckProps } from "./types";

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
}

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

  constructor(check: SelfCheckProps, options: SelfCheckOptions = {}) {
    this.check = check;
    this.#saved = options.saved ?? browserSavedResult(check.slug);
    this.#now = options.now ?? (() => new Date());
    this.#state = {
      answers: this.#empty(),
      showErrors: false,
      result: null,
      saved: null,
      saveFailed: false,
      status: "",
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

  /** The band of the result on screen, or undefined if the self-check has changed since. */
  resultBand(): BandView | undefined {
    const { result } = this.#state;
    return result ? this.check.bands.find((b) => b.id === result.band) : undefined;
  }

  answer(question: number, option: number): void {
    this.#set({ answers: this.#state.answers.map((a, i) => (i === question ? option : a)) });
  }

  submit(): void {
    const { questions, bands } = this.check;
    const { answers } = this.#state;
    if (unansweredQuestions(questions, answers).length > 0) {
      this.#set({ showErrors: true, status: "" }, "summary");
      return;
    }
    const band = findBand(bands, totalScore(questions, answers));
    if (!band) return; // The schema guarantees a band for every possible total.
    const result: StoredResult = {
      band: band.id,
      title: band.title,
      at: this.#now().toISOString(),
    };
    const ok = this.#saved.save(result);
    this.#set(
      { result, saveFailed: !ok, showErrors: false, status: "", ...(ok ? { saved: result } : {}) },
      "result",
    );
  }

  retake(): void {
    this.#set({ answers: this.#empty(), showErrors: false, result: null, status: "" }, "questions");
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
        status: "Your saved result has been cleared.",
      },
      "questions",
    );
  }

  showSaved(): void {
    this.#set({ result: this.#state.saved, status: "" }, "result");
  }
}
