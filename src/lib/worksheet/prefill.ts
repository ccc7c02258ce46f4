/**
 * A worksheet entry started from a self-check result ("Start a reflection
 * from this"). Pure: the same result always maps to the same entry, with an id
 * made from the self-check and the time of the result, so starting twice
 * (a double click, a second tab) finds the entry already there instead of
 * making another.
 */

import { type ReflectPrompts, reflectionId } from "../reflection-handoff";
import { formatDate } from "../site";
import { type Entry, newEntry, type Step } from "./model";
import { isRecord, own } from "./validate";

export { reflectionId };

/** The prompts a result band offers, field by field (from the self-check's content file). */
export type Prompts = ReflectPrompts;

export interface PrefillInput {
  /** The self-check's slug and its name as shown to people. */
  slug: string;
  checkTitle: string;
  /** When the result was given, ISO 8601: with the slug, what makes the entry's id. */
  at: string;
  /** One per scale: its label (for a self-check with several), the result's title and prompts. */
  results: readonly { label: string; title: string; reflect?: Prompts | undefined }[];
  /** Things in the reader's hands the result named, to go under "What I will work on". */
  focus: readonly string[];
}

const TEXT = ["feeling", "wentWell", "differently", "workOn", "advice", "kindNote"] as const;

/** The line the worksheet shows on the entry: where it came from, and when. */
export function originLine(checkTitle: string, at: string): string {
  const d = new Date(at);
  const when = Number.isNaN(d.getTime()) ? "" : ` on ${formatDate(d, "local")}`;
  return `Started from the self-check “${checkTitle}”${when}.`;
}

/** The new entry for a result, stamped `now`. */
export function prefillEntry(input: PrefillInput, now: number): Entry {
  const id = reflectionId(input.slug, input.at);
  const entry: Entry = { ...newEntry(now, id), origin: originLine(input.checkTitle, input.at) };
  const parts: Record<(typeof TEXT)[number], string[]> = {
    feeling: [],
    wentWell: [],
    differently: [],
    workOn: [],
    advice: [],
    kindNote: [],
  };
  if (input.focus.length > 0) {
    parts.workOn.push(
      ["From the self-check, in my hands to work on:", ...input.focus.map((f) => `- ${f}`)].join(
        "\n",
      ),
    );
  }
  const steps: Step[] = [];
  const seen = new Set<string>();
  for (const r of input.results) {
    for (const field of TEXT) {
      const text = r.reflect?.[field]?.trim();
      if (text && !parts[field].includes(text)) parts[field].push(text);
    }
    for (const text of r.reflect?.steps ?? []) {
      const t = text.trim();
      if (!t || seen.has(t)) continue;
      seen.add(t);
      steps.push({ id: `${id}-s${steps.length + 1}`, text: t, done: false });
    }
  }
  for (const field of TEXT) entry[field] = parts[field].join("\n\n");
  entry.steps = steps;
  return entry;
}

const text = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;

/**
 * What a self-check handed over (read back from storage), checked field by
 * field; null if anything is missing, too long or of the wrong kind. Fresh
 * objects are built, so unknown keys are never copied.
 */
export function readPrefillInput(v: unknown): PrefillInput | null {
  if (!isRecord(v)) return null;
  const slug = own(v, "slug");
  const checkTitle = own(v, "checkTitle");
  const at = own(v, "at");
  const results = own(v, "results");
  const focus = own(v, "focus");
  if (!text(slug, 80) || !/^[a-z0-9-]+$/.test(slug) || !text(checkTitle, 120) || !checkTitle)
    return null;
  if (!text(at, 40) || Number.isNaN(Date.parse(at))) return null;
  if (!Array.isArray(focus) || focus.length > 5 || !focus.every((f) => text(f, 200))) return null;
  if (!Array.isArray(results) || results.length === 0 || results.length > 5) return null;
  const read: PrefillInput["results"][number][] = [];
  for (const r of results) {
    if (!isRecord(r)) return null;
    const label = own(r, "label");
    const title = own(r, "title");
    const reflect = own(r, "reflect");
    if (!text(label, 80) || !text(title, 200)) return null;
    const prompts: Prompts = {};
    if (reflect !== undefined) {
      if (!isRecord(reflect)) return null;
      for (const field of TEXT) {
        const t = own(reflect, field);
        if (t === undefined) continue;
        if (!text(t, 400)) return null;
        prompts[field] = t;
      }
      const steps = own(reflect, "steps");
      if (steps !== undefined) {
        if (!Array.isArray(steps) || steps.length > 5 || !steps.every((x) => text(x, 160)))
          return null;
        prompts.steps = steps as string[];
      }
    }
    read.push({ label, title, reflect: prompts });
  }
  return { slug, checkTitle, at, results: read, focus: focus as string[] };
}
