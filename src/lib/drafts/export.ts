/**
 * The drafts a person changed, as Markdown for the site-wide document
 * (src/lib/site-markdown.ts): each with its subject and message, newest
 * first, and the name they sign with. Everything they wrote is escaped, so
 * it stays text.
 */
import { escapeMarkdown } from "../markdown/escape";
import { formatDate } from "../site";
import type { DraftRecord, NameRecord } from "./model";
import { SENDER_ID } from "./model";
import { TEMPLATES } from "./templates";

export function draftsMarkdown(
  drafts: readonly DraftRecord[],
  names: readonly NameRecord[],
): string {
  const out = ["# Email drafts", ""];
  const sender = names.find((n) => n.id === SENDER_ID)?.name.trim();
  if (sender) out.push(`Signed: ${escapeMarkdown(sender)}`, "");
  for (const d of [...drafts].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const copy = d.copyOf ? " (the other version, kept when it was changed in two places)" : "";
    out.push(
      `## ${TEMPLATES[d.kind].draftTitle}${copy}`,
      "",
      `Changed on ${formatDate(new Date(d.updatedAt), "local")}.`,
      "",
      `**Subject:** ${escapeMarkdown(d.subject)}`,
      "",
      ...d.body.split(/\r\n?|\n/).map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : ">")),
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}
