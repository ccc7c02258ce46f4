/** Expressive writing: one record per writing session, on one of the five days' prompts. */
import { RecordStore } from "../local-store/record-store";
import type { RecordKind } from "../local-store/session";
import { blankBase, type ExerciseRecord, exerciseDef, own, text } from "./record";

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

export const writingKind: RecordKind<WritingSession> = {
  blank: (now) => ({ ...blankBase(now), day: 1, text: "" }),
  isBlank: (r) => !r.text.trim() && !r.name,
};

export const writingStore = () => new RecordStore(writingDef);

/** What a session is called in a list, and its parts for Markdown ([label, text]). */
export const writingLabel = (r: WritingSession, sessions: readonly { title: string }[]) =>
  sessions[r.day - 1]?.title ?? `Day ${r.day}`;

export const writingParts = (
  r: WritingSession,
  sessions: readonly { title: string }[],
): [string, string][] => [[writingLabel(r, sessions), r.text]];
