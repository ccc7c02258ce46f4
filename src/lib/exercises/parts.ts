/**
 * What each exercise's record is called in a list, and its parts as a
 * document ([label, text] pairs) for Markdown: used by each exercise's own
 * Markdown file and by the whole-site one (src/lib/site-markdown.ts). The
 * labels that come from the content (session titles, letter steps, trap names)
 * are passed in.
 */
import type { Letter } from "./letter";
import type { ThoughtRecord } from "./thought";
import type { WritingSession } from "./writing";

/** The thought record's text fields, as the form labels them. */
export const THOUGHT_LABELS = {
  situation: "What happened",
  thought: "The thought that came",
  evidenceFor: "Evidence for the thought",
  evidenceAgainst: "Evidence against the thought",
  balanced: "A more balanced thought",
} as const;

/** The first line of some text, cut to 40 characters; `empty` when there is none. */
export function firstLine(text: string, empty: string): string {
  const s = text.trim().split("\n")[0] ?? "";
  return s ? (s.length > 40 ? `${s.slice(0, 40)}…` : s) : empty;
}

export const writingLabel = (r: WritingSession, sessions: readonly { title: string }[]) =>
  sessions[r.day - 1]?.title ?? `Day ${r.day}`;

export const writingParts = (
  r: WritingSession,
  sessions: readonly { title: string }[],
): [string, string][] => [[writingLabel(r, sessions), r.text]];

export const letterLabel = (r: Letter) =>
  firstLine(r.steps["what-happened"], "A letter not yet written");

export const letterParts = (
  r: Letter,
  steps: readonly { id: string; label: string }[],
): [string, string][] => steps.map((s) => [s.label, r.steps[s.id as keyof Letter["steps"]] ?? ""]);

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
