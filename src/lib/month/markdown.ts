/**
 * A month's summary as Markdown: the month page's "Download this month" and
 * a section of the whole-site document (src/lib/site-markdown.ts). Same
 * order as the page: what the person did first, outcomes last. Everything
 * people wrote (wins, plans) is escaped, so it stays text.
 */
import { escapeMarkdown } from "../markdown/escape";
import { beforeText, type MonthSummary, scoreText } from "./summary";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const text = (s: string) => escapeMarkdown(s.replace(/\s*\n\s*/g, " ").trim());

/** The file's name: "bounce-back-month-2026-12.md". */
export const monthFileName = (s: Pick<MonthSummary, "month">) => `bounce-back-month-${s.month}.md`;

/** The month in Markdown; `savedOn` is today in words ("7 December 2026"). */
export function monthMarkdown(s: MonthSummary, savedOn: string): string {
  const out = [
    `# My month: ${s.label}`,
    "",
    `Saved from Bounce Back on ${savedOn}. This file is private: keep it somewhere safe.`,
    "",
  ];
  if (s.empty) {
    out.push(
      "Nothing is logged for this month. A quiet month is allowed: rest is part of keeping going.",
    );
    return `${out.join("\n")}\n`;
  }
  out.push(
    "## What I did",
    "",
    `- Applications sent: ${s.applications}`,
    `- Interviews: ${s.interviews}`,
    ...(s.interviewsAhead ? [`- Interviews still to come: ${s.interviewsAhead}`] : []),
    `- Weeks I kept a plan: ${s.weeksKept}`,
    `- Plans done: ${s.plansDone.length}`,
    `- Small wins: ${s.wins.length}`,
    `- Check-ins: ${s.checkIns.length}`,
    "",
  );
  out.push("## Small wins", "");
  if (s.wins.length === 0) out.push("None logged this month.");
  for (const w of s.wins) out.push(`- ${w.day}: ${text(w.text)}`);
  out.push("", "## Plans I kept", "");
  if (s.plansKept.length === 0 && s.plansDone.length === 0) out.push("None this month.");
  for (const p of s.plansKept) out.push(`- ${text(p.sentence)} (kept ${plural(p.weeks, "week")})`);
  for (const p of s.plansDone) out.push(`- ${text(p.sentence)} (done on ${p.day})`);
  out.push("", "## Check-ins", "");
  if (s.checkIns.length === 0) out.push("None this month.");
  for (const c of s.checkIns) {
    const score = scoreText(c);
    out.push(`- ${c.when}: ${text(c.bandLabel)}${score ? ` (${score})` : ""}`);
  }
  if (s.before) out.push("", text(beforeText(s, "I")));
  out.push("", "## Where this month’s applications stand now", "");
  if (s.stages.length === 0) out.push("No applications sent or interviews this month.");
  for (const r of s.stages) {
    out.push(`- ${r.label}: ${r.count}`);
    if (r.stage === "turned-down")
      for (const t of s.turnedDown) out.push(`  - ${t.label}: ${t.count}`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
