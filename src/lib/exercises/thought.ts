/** The thought record: a situation, a thought, feelings rated 0 to 100, traps, evidence, a balanced thought. */
import { RecordStore } from "../local-store/record-store";
import { blankBase, type ExerciseRecord, exerciseDef, own, text } from "./record";
import type { ExerciseKind } from "./session";

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
    ...blankBase(now),
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

export const thoughtStore = () => new RecordStore(thoughtDef);
