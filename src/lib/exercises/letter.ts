/** The kind letter: four guided steps. */
import { RecordStore } from "../local-store/record-store";
import type { RecordKind } from "../local-store/session";
import { blankBase, type ExerciseRecord, exerciseDef, firstLine, own, text } from "./record";

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

export const letterKind: RecordKind<Letter> = {
  blank: (now) => ({ ...blankBase(now), steps: emptySteps() }),
  isBlank: (r) => !r.name && LETTER_STEPS.every((s) => !r.steps[s].trim()),
};

export const letterStore = () => new RecordStore(letterDef);

/** What a letter is called in a list, and its parts for Markdown ([label, text]). */
export const letterLabel = (r: Letter) =>
  firstLine(r.steps["what-happened"], "A letter not yet written");

export const letterParts = (
  r: Letter,
  steps: readonly { id: string; label: string }[],
): [string, string][] => steps.map((s) => [s.label, r.steps[s.id as keyof Letter["steps"]] ?? ""]);
