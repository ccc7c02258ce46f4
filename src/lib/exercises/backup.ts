/**
 * One exercise's records as a backup file (.json), and reading one back:
 * every record is validated by the store's own reader, so a damaged or
 * hostile file adds nothing it cannot read. (The site-wide backup on the
 * about page covers every store by its keys.)
 */
import type { RecordStoreDef } from "../local-store/record-store";
import { escapeMarkdown } from "../markdown/escape";
import { type ExerciseRecord, own } from "./record";
import { formatWhen } from "./when";

export const EXERCISE_BACKUP = "bounce-back-exercise";

export function toBackup(name: string, records: ExerciseRecord[], now: number): string {
  return JSON.stringify(
    {
      format: EXERCISE_BACKUP,
      version: 1,
      exercise: name,
      exportedAt: new Date(now).toISOString(),
      records,
    },
    null,
    1,
  );
}

export type ReadBackup<R> =
  | { ok: true; records: R[]; skipped: number }
  | { ok: false; error: string };

export function readBackup<R extends ExerciseRecord>(
  text: string,
  def: RecordStoreDef<R>,
): ReadBackup<R> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: "The file is not a backup from this site. Choose the .json file you saved here.",
    };
  }
  if (own(json, "format") !== EXERCISE_BACKUP || own(json, "exercise") !== def.name)
    return { ok: false, error: "The file is not a backup of this exercise." };
  const v = own(json, "version");
  if (typeof v !== "number" || v > def.version)
    return {
      ok: false,
      error: "The file was saved by a newer version of this site. Reload the page and try again.",
    };
  const list = own(json, "records");
  if (!Array.isArray(list))
    return { ok: false, error: "The file has nothing of this exercise in it." };
  const records: R[] = [];
  for (const x of list.slice(0, 5000)) {
    const r = def.read(x, []);
    if (r) records.push(r);
  }
  if (list.length && !records.length)
    return { ok: false, error: "Nothing in the file could be read, so nothing was added." };
  return { ok: true, records, skipped: list.length - records.length };
}

/** Records as readable Markdown: every word people wrote is escaped, so it stays text. */
export function toMarkdown(
  heading: string,
  records: { name: string; when: number; parts: [string, string][] }[],
): string {
  const out = [`# ${escapeMarkdown(heading)}`, ""];
  for (const r of records) {
    out.push(
      `## ${escapeMarkdown(r.name || formatWhen(r.when))}`,
      "",
      `_${formatWhen(r.when)}_`,
      "",
    );
    for (const [label, text] of r.parts)
      if (text.trim()) out.push(`### ${escapeMarkdown(label)}`, "", escapeMarkdown(text), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
