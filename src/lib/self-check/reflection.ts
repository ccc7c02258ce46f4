/**
 * "Start a reflection from this": writes ONE worksheet entry for a result,
 * through the worksheet's own store (src/lib/worksheet/store.ts), so the
 * worksheet page opens it with every guarantee of the local store. Loaded
 * only when someone asks for it, so the self-check page stays small.
 */
import { type PrefillInput, prefillEntry, reflectionId } from "../worksheet/prefill";
import { WorksheetStore } from "../worksheet/store";

export type ReflectionOutcome =
  | { ok: true; id: string; created: boolean }
  | { ok: false; reason: "read-only" | "storage" };

/**
 * Makes the entry for this result, or finds the one already made (a second
 * click, another tab): the id comes from the self-check and the result's time.
 */
export function startReflection(
  input: PrefillInput,
  store: WorksheetStore = new WorksheetStore(),
  now: () => number = Date.now,
): ReflectionOutcome {
  const loaded = store.load();
  if (loaded.readOnly) return { ok: false, reason: "read-only" };
  if (loaded.trouble === "blocked") return { ok: false, reason: "storage" };
  const id = reflectionId(input.slug, input.at);
  if (loaded.doc.entries.some((e) => e.id === id)) return { ok: true, id, created: false };
  const entry = prefillEntry(input, now());
  const doc = { ...loaded.doc, entries: [...loaded.doc.entries, entry] };
  const saved = store.save(doc, undefined, new Set([id]));
  if (!saved.ok) return { ok: false, reason: saved.readOnly ? "read-only" : "storage" };
  return { ok: true, id, created: true };
}
