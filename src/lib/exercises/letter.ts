/** The kind letter: four guided steps. */
import { RecordStore } from "../local-store/record-store";
import { blankBase, type ExerciseRecord, exerciseDef, own, text } from "./record";
import type { ExerciseKind } from "./session";

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
  blank: (now) => ({ ...blankBase(now), steps: emptySteps() }),
  isBlank: (r) => !r.name && LETTER_STEPS.every((s) => !r.steps[s].trim()),
};

export const letterStore = () => new RecordStore(letterDef);
