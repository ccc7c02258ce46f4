/** The thought record: a situation, a thought, feelings rated 0 to 100, traps, evidence, a balanced thought. */
import { RecordStore } from "../local-store/record-store";
import type { RecordKind } from "../local-store/session";
import { blankBase, type ExerciseRecord, exerciseDef, firstLine, own, text } from "./record";

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

export const thoughtKind: RecordKind<ThoughtRecord> = {
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

/** The thought record's text fields, as the form labels them. */
export const THOUGHT_LABELS = {
  situation: "What happened",
  thought: "The thought that came",
  evidenceFor: "Evidence for the thought",
  evidenceAgainst: "Evidence against the thought",
  balanced: "A more balanced thought",
} as const;

/** What a record is called in a list, and its parts for Markdown ([label, text]). */
export const thoughtLabel = (r: ThoughtRecord) =>
  firstLine(r.situation || r.thought, "A record not yet written");

export function thoughtParts(
  r: ThoughtRecord,
  traps: readonly { id: string; name: string }[],
): [string, string][] {
  const feel = (k: "before" | "after") =>
    r.feelings
      .filter((f) => f.name.trim())
      .map((f) => `${f.name}: ${f[k] ?? "not rated"}`)
      .join("\n");
  const named = traps.filter((t) => r.traps.includes(t.id)).map((t) => t.name);
  return [
    [THOUGHT_LABELS.situation, r.situation],
    [THOUGHT_LABELS.thought, r.thought],
    ["Feelings, 0 to 100", feel("before")],
    ["Thinking traps", named.join("\n")],
    [THOUGHT_LABELS.evidenceFor, r.evidenceFor],
    [THOUGHT_LABELS.evidenceAgainst, r.evidenceAgainst],
    [THOUGHT_LABELS.balanced, r.balanced],
    ["Feelings now, 0 to 100", feel("after")],
  ];
}

/** A feeling's strength as typed: a whole number from 0 to 100, null for empty, or undefined when it is not one. */
export function parseStrength(v: string): number | null | undefined {
  const t = v.trim();
  if (!t) return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}
