/**
 * The worksheet as a readable Markdown file, loaded only when someone asks
 * for one. What people wrote is text, never markup: every character that
 * Markdown or HTML would act on is escaped, so a tag, a `javascript:` link or
 * a remote image in an entry stays inert words in any Markdown viewer.
 */
import { escapeMarkdown } from "../markdown/escape";
import type { Entry, WorksheetDoc } from "./model";
import { entryTitle, FIELD_TEXT, formatEntryDate, inListOrder, TEXT_FIELDS } from "./model";

/** One entry as readable Markdown. */
export function entryToMarkdown(e: Entry): string {
  const steps = e.steps.length
    ? [
        `### ${FIELD_TEXT.steps.label}`,
        "",
        ...e.steps.map(
          (s) => `- [${s.done ? "x" : " "}] ${escapeMarkdown(s.text.replace(/\s*\n\s*/g, " "))}`,
        ),
        "",
      ]
    : [];
  const out = [`## ${escapeMarkdown(entryTitle(e))}`, ""];
  if (e.date) out.push(`Interview date: ${formatEntryDate(e.date)}`, "");
  if (e.interviewer.trim()) out.push(`Interviewer: ${escapeMarkdown(e.interviewer.trim())}`, "");
  for (const f of TEXT_FIELDS) {
    // The checklist goes just before the kind note, as on the page.
    if (f === "kindNote") out.push(...steps);
    if (f === "role" || f === "company" || f === "interviewer" || !e[f].trim()) continue;
    out.push(`### ${FIELD_TEXT[f].label}`, "", escapeMarkdown(e[f].trim()), "");
  }
  return out.join("\n");
}

/** Every entry, newest first; `today` is the date in words, for the heading. */
export function toMarkdown(doc: WorksheetDoc, today: string): string {
  const head = [
    "# My interview reflections",
    "",
    `Saved from Bounce Back on ${today}. This file is private: keep it somewhere safe.`,
    "",
  ];
  const body = inListOrder(doc.entries).map((e) => entryToMarkdown(e));
  return `${[...head, ...body.flatMap((b) => ["---", "", b])]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
