/**
 * The three writing exercises' records and store declarations: what each
 * keeps, how a stored value is read back (validated, never trusted), and
 * what counts as blank. Each store is one line in src/lib/stores.ts.
 */
import { RecordStore } from "../local-store/record-store";
import { type ExerciseRecord, exerciseDef, newId, own, text } from "./record";
import type { ExerciseKind } from "./session";

const base = (now: number): ExerciseRecord => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  name: "",
  copyOf: "",
});

// Expressive writing: one record per writing session, on one of the five days' prompts.

export interface WritingSession extends ExerciseRecord {
  /** Which day's prompt, 1 to 5. */
  day: number;
  text: string;
}

export const DAYS = 5;

export const writingDef = exerciseDef<WritingSession>("expressive-writing", (o, b, problems) => {
  const d = own(o, "day");
  const day = typeof d === "number" && Number.isInteger(d) && d >= 1 && d <= DAYS ? d : 1;
  if (d !== undefined && day !== d) problems.push("day was not 1 to 5");
  return { ...b, day, text: text(o, "text", problems) };
});

export const writingKind: ExerciseKind<WritingSession> = {
  blank: (now) => ({ ...base(now), day: 1, text: "" }),
  isBlank: (r) => !r.text.trim() && !r.name,
};

// The kind letter: four guided steps.

export const LETTER_STEPS = [
  "what-happened",
  "what-a-friend-would-say",
  "others-go-through-this",
  "what-next",
] as const;
export type LetterStep = (typeof LETTER_STEPS)[number];

export interface Letter extends ExerciseRecord {
  steps: Record<LetterStep, string>;
}

const emptySteps = () =>
  Object.fromEntries(LETTER_STEPS.map((s) => [s, ""])) as Record<LetterStep, string>;

export const letterDef = exerciseDef<Letter>("kind-letter", (o, b, problems) => {
  const raw = own(o, "steps");
  const steps = emptySteps();
  for (const s of LETTER_STEPS) steps[s] = text(raw, s, problems);
  return { ...b, steps };
});

export const letterKind: ExerciseKind<Letter> = {
  blank: (now) => ({ ...base(now), steps: emptySteps() }),
  isBlank: (r) => !r.name && LETTER_STEPS.every((s) => !r.steps[s].trim()),
};

// The thought record.

export const TRAPS = [
  "personalising",
  "all-or-nothing",
  "mind-reading",
  "fortune-telling",
  "labelling",
  "always-like-this",
] as const;

export interface Feeling {
  name: string;
  /** 0 to 100, or null when not rated yet. */
  before: number | null;
  after: number | null;
}

export interface ThoughtRecord extends ExerciseRecord {
  situation: string;
  thought: string;
  feelings: Feeling[];
  traps: string[];
  evidenceFor: string;
  evidenceAgainst: string;
  balanced: string;
}

export const MAX_FEELINGS = 10;
export const THOUGHT_FIELDS = [
  "situation",
  "thought",
  "evidenceFor",
  "evidenceAgainst",
  "balanced",
] as const;

const rating = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : null;

export const thoughtDef = exerciseDef<ThoughtRecord>("thought-record", (o, b, problems) => {
  const f = own(o, "feelings");
  const feelings = (Array.isArray(f) ? f : []).slice(0, MAX_FEELINGS).map((x) => ({
    name: text(x, "name", problems).slice(0, 80),
    before: rating(own(x, "before")),
    after: rating(own(x, "after")),
  }));
  const t = own(o, "traps");
  const traps = (Array.isArray(t) ? t : []).filter(
    (x): x is string => typeof x === "string" && (TRAPS as readonly string[]).includes(x),
  );
  const r = { ...b, feelings, traps: [...new Set(traps)] } as ThoughtRecord;
  for (const k of THOUGHT_FIELDS) r[k] = text(o, k, problems);
  return r;
});

export const thoughtKind: ExerciseKind<ThoughtRecord> = {
  blank: (now) => ({
    ...base(now),
    situation: "",
    thought: "",
    feelings: [{ name: "", before: null, after: null }],
    traps: [],
    evidenceFor: "",
    evidenceAgainst: "",
    balanced: "",
  }),
  isBlank: (r) =>
    !r.name &&
    THOUGHT_FIELDS.every((k) => !r[k].trim()) &&
    r.traps.length === 0 &&
    r.feelings.every((f) => !f.name.trim() && f.before === null && f.after === null),
};

export const writingStore = () => new RecordStore(writingDef);
export const letterStore = () => new RecordStore(letterDef);
export const thoughtStore = () => new RecordStore(thoughtDef);
