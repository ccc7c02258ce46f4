/**
 * "Start a reflection from this": the self-check page leaves the result under
 * HANDOFF_KEY and opens the worksheet; the worksheet page (which loads this
 * only when that key is there) writes ONE entry for it through the worksheet's
 * own store (src/lib/worksheet/store.ts), with every guarantee of the local
 * store, then removes the key.
 */
import {
  type PrefillInput,
  prefillEntry,
  readPrefillInput,
  reflectionId,
} from "../worksheet/prefill";
import { WorksheetStore } from "../worksheet/store";
import { HANDOFF_KEY } from "./handoff";

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

/**
 * Makes the entry a self-check handed over (once: the key is removed when the
 * entry is written, or when what was handed over cannot be read). Returns the
 * entry's id, or null.
 */
export function takeHandoff(store: WorksheetStore): string | null {
  let raw: string | null = null;
  try {
    raw = store.getStorage().getItem(HANDOFF_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let input: PrefillInput | null = null;
  try {
    const v = JSON.parse(raw) as { v?: unknown; input?: unknown } | null;
    input = v && v.v === 1 ? readPrefillInput(v.input) : null;
  } catch {
    input = null;
  }
  const out = input ? startReflection(input, store) : null;
  if (out && !out.ok) return null; // Kept: it can be made once saving works again.
  try {
    store.getStorage().removeItem(HANDOFF_KEY);
  } catch {
    // Blocked since: nothing more to do.
  }
  return out?.ok ? out.id : null;
}
