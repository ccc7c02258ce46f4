/**
 * The worksheet as a readable Markdown file.
 *
 * This module is loaded only when someone asks for Markdown. The model's
 * helpers are passed in (a "kit") instead of imported: an import shared with
 * the page's main bundle would make the bundler split that bundle into extra
 * chunks, which costs the page more than loading this on demand saves.
 */
import type * as Model from "./model";
import type { Entry, WorksheetDoc } from "./model";

export type MarkdownKit = Pick<
  typeof Model,
  "entryTitle" | "formatEntryDate" | "FIELD_TEXT" | "TEXT_FIELDS" | "inListOrder"
>;

/** One entry as readable Markdown. */
export function entryToMarkdown(e: Entry, kit: MarkdownKit): string {
  const steps = e.steps.length
    ? [
        `### ${kit.FIELD_TEXT.steps.label}`,
        "",
        ...e.steps.map((s) => `- [${s.done ? "x" : " "}] ${s.text.replace(/\s*\n\s*/g, " ")}`),
        "",
      ]
    : [];
  const out = [`## ${kit.entryTitle(e)}`, ""];
  if (e.date) out.push(`Interview date: ${kit.formatEntryDate(e.date)}`, "");
  for (const f of kit.TEXT_FIELDS) {
    // The checklist goes just before the kind note, as on the page.
    if (f === "kindNote") out.push(...steps);
    if (f === "role" || f === "company" || !e[f].trim()) continue;
    out.push(`### ${kit.FIELD_TEXT[f].label}`, "", e[f].trim(), "");
  }
  return out.join("\n");
}

/** Every entry, newest first; `today` is the date in words, for the heading. */
export function toMarkdown(doc: WorksheetDoc, today: string, kit: MarkdownKit): string {
  const head = [
    "# My interview reflections",
    "",
    `Saved from Bounce Back on ${today}. This file is private: keep it somewhere safe.`,
    "",
  ];
  const body = kit.inListOrder(doc.entries).map((e) => entryToMarkdown(e, kit));
  return `${[...head, ...body.flatMap((b) => ["---", "", b])]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
