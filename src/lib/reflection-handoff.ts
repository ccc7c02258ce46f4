/**
 * What a self-check and the worksheet agree on when a result starts a
 * reflection ("Start a reflection from this"): the prompts a result band
 * offers, and the id of the entry made for one result. Both features import
 * this small module, so neither imports the other's internals both ways.
 */

/** Prompts for a worksheet entry started from a result (see src/lib/worksheet/prefill.ts). */
export interface ReflectPrompts {
  feeling?: string | undefined;
  wentWell?: string | undefined;
  differently?: string | undefined;
  workOn?: string | undefined;
  advice?: string | undefined;
  kindNote?: string | undefined;
  steps?: string[] | undefined;
}

/**
 * The id of the worksheet entry started from one result: the same every time
 * for that result, so starting twice opens the same entry.
 */
export function reflectionId(slug: string, at: string): string {
  const time = Date.parse(at);
  return `sc-${slug.replace(/[^a-z0-9-]/g, "").slice(0, 40)}-${Number.isFinite(time) ? time : 0}`;
}
