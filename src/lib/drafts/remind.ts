// cspell:words VEVENT
/**
 * "Remind me to send this": a one-off calendar reminder (.ics) for a draft,
 * written by src/lib/ics, so every word a person typed goes in as escaped
 * text. The reminder names who and what, not the message: a calendar may be
 * shared or synced, and the draft itself stays on this device.
 */

import { isRealDate } from "../days";
import { canWrite, type IcsEvent, icsCalendar, icsFileName } from "../ics/ics";
import { type DraftSource, formatDraftDate, oneLine } from "./fill";
import type { DraftKind } from "./templates";

const ACTIONS: Record<DraftKind, string> = {
  feedback: "Send the feedback request",
  reply: "Send the reply",
  "follow-up": "Send the follow-up",
};

/** "Send the follow-up to Acme about the Data analyst role", with what is known. */
export function reminderSummary(kind: DraftKind, source: DraftSource): string {
  const company = oneLine(source.company);
  const role = oneLine(source.role);
  return [
    ACTIONS[kind],
    company ? ` to ${company}` : "",
    role ? ` about the ${role} role` : "",
  ].join("");
}

export type ReminderCheck = { ok: true } | { ok: false; field: "date" | "time"; message: string };

/** Whether a reminder can be made for this day and time, and if not, why, in plain words. */
export function checkReminder(date: string, time: string): ReminderCheck {
  if (!date) return { ok: false, field: "date", message: "Choose the day to be reminded." };
  if (!isRealDate(date))
    return {
      ok: false,
      field: "date",
      message: "Enter a real date, for example 14 December 2026.",
    };
  if (!canWrite({ date, time }))
    return { ok: false, field: "time", message: "Enter a time such as 09:30, or leave it empty." };
  return { ok: true };
}

/** The reminder's .ics file: one event (at `time`, or all day), stamped `now`. */
export function reminderIcs(
  kind: DraftKind,
  source: DraftSource,
  subject: string,
  reminder: { date: string; time: string },
  now: number,
): { name: string; text: string } {
  const when = formatDraftDate(source.date);
  const description = [
    `Subject: ${oneLine(subject)}`,
    when ? `${source.stage ? oneLine(source.stage) : "Interview"}: ${when}` : "",
    "Your draft is kept in Bounce Back on this device: open it there, copy it and send it.",
  ]
    .filter(Boolean)
    .join("\n");
  const event: IcsEvent = {
    uid: `draft-${kind}-${source.id}-${reminder.date}@bounce-back`,
    summary: reminderSummary(kind, source),
    description,
    date: reminder.date,
    time: reminder.time,
  };
  return { name: icsFileName(reminder.date), text: icsCalendar([event], now) };
}

/**
 * A suggested day for the follow-up, as the silence article advises: about
 * five working days after the interview. "" when the source has no date.
 */
export function suggestedFollowUp(date: string): string {
  if (!isRealDate(date)) return "";
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  for (let left = 5; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}
