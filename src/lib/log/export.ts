/**
 * The log as files, loaded only when someone asks for one: CSV for
 * spreadsheets, readable Markdown, and a calendar reminder for a next action.
 */
import { toCsv } from "../csv/csv";
import { dayText } from "../days";
import { icsCalendar, icsFileName } from "../ics/ics";
import { escapeMarkdown } from "../markdown/escape";
import { type Application, applicationTitle, byDate, STOPPED_AT_LABELS, type Win } from "./model";

export const STAGE_LABELS: Record<Application["stage"], string> = {
  applied: "Applied",
  "first-interview": "First interview",
  "later-interview": "Later interview",
  "final-round": "Final round",
  offer: "Offer",
  "turned-down": "Turned down",
  "no-reply": "No reply",
};

/** Where a turned-down application stopped, in words ("" for any other stage). */
const stoppedText = (a: Application) =>
  a.stage === "turned-down" ? STOPPED_AT_LABELS[a.stoppedAt] : "";

/** Applications, then small wins, as one CSV file (dates stay "YYYY-MM-DD" for spreadsheets). */
export function logCsv(
  apps: readonly Application[],
  wins: readonly Win[],
  labels: Record<string, string> = STAGE_LABELS,
): string {
  const rows: string[][] = [
    [
      "Type",
      "Date",
      "Role",
      "Company",
      "Stage",
      "Turned down at",
      "Interview date",
      "Next action",
      "Next action date",
      "Job link",
      "Contact",
      "Notes",
      "Small win",
    ],
  ];
  for (const a of [...apps].sort(byDate))
    rows.push([
      "Application",
      a.date,
      a.role,
      a.company,
      labels[a.stage] ?? a.stage,
      stoppedText(a),
      a.interviewDate,
      a.nextAction,
      a.nextDate,
      a.link,
      a.contact,
      a.notes,
      "",
    ]);
  for (const w of [...wins].sort(
    (x, y) => y.date.localeCompare(x.date) || y.createdAt - x.createdAt,
  ))
    rows.push(["Small win", w.date, "", "", "", "", "", "", "", "", "", "", w.text]);
  return toCsv(rows);
}

/** Notes as lines of a list item: each escaped, line breaks kept. */
function notesLines(text: string): string[] {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((l) => escapeMarkdown(l.trim()));
  return lines.map((l, i) => {
    const next = lines[i + 1];
    const br = l && next ? "\\" : "";
    return `${i === 0 ? "- Notes: " : l ? "  " : ""}${l}${br}`;
  });
}

/** The log as Markdown, days as people read them; everything people wrote is escaped. */
export function logMarkdown(
  apps: readonly Application[],
  wins: readonly Win[],
  today: string,
  labels: Record<string, string> = STAGE_LABELS,
): string {
  const out = [
    "# My application log",
    "",
    `Saved from Bounce Back on ${today}. This file is private: keep it somewhere safe.`,
    "",
    "## Applications",
    "",
  ];
  const one = (s: string) => escapeMarkdown(s.replace(/\s*\n\s*/g, " ").trim());
  if (apps.length === 0) out.push("None yet.", "");
  for (const a of [...apps].sort(byDate)) {
    out.push(
      `### ${one(applicationTitle(a))}`,
      "",
      `- Applied: ${a.date ? dayText(a.date) : "not given"}`,
    );
    const stopped = stoppedText(a);
    out.push(
      `- Stage: ${labels[a.stage] ?? a.stage}${stopped ? ` (${stopped.toLowerCase()})` : ""}`,
    );
    if (a.interviewDate) out.push(`- Interview: ${dayText(a.interviewDate)}`);
    if (a.nextAction.trim() || a.nextDate)
      out.push(
        `- Next: ${one(a.nextAction) || "(no action written)"}${a.nextDate ? ` by ${dayText(a.nextDate)}` : ""}`,
      );
    if (a.link) out.push(`- Job link: ${one(a.link)}`);
    if (a.contact.trim()) out.push(`- Contact: ${one(a.contact)}`);
    if (a.notes.trim()) out.push(...notesLines(a.notes));
    out.push("");
  }
  out.push("## Small wins", "");
  if (wins.length === 0) out.push("None yet.");
  for (const w of [...wins].sort((x, y) => y.date.localeCompare(x.date)))
    out.push(`- ${dayText(w.date)}: ${one(w.text)}`);
  return `${out.join("\n").trimEnd()}\n`;
}

/** A next action with a day as an all-day calendar reminder: [file name, .ics text]. */
export function nextActionIcs(a: Application, now: number): [string, string] {
  const text = a.nextAction.trim() || "Next step";
  const title = applicationTitle(a);
  const ics = icsCalendar(
    [
      {
        uid: `log-${a.id}@bounce-back`,
        summary: `${text} (${title})`,
        description: `Next step for ${title}: ${text}\n\nFrom your application log on Bounce Back.`,
        date: a.nextDate,
        time: "",
      },
    ],
    now,
  );
  return [icsFileName(a.nextDate), ics];
}
