// cspell:words VCALENDAR VEVENT VEVENTs VALARM DTSTAMP DTSTART DTEND RRULE PRODID CALSCALE ICAL dtstamp prodid rrule valarm vevent ical
/**
 * A small iCalendar (RFC 5545) writer for reminders: one VCALENDAR with
 * VEVENTs, each with an alarm and, if asked, a weekly repeat. Times are
 * "floating" local times (no TZID, no Z): 9:00 stays 9:00 wherever the
 * calendar is, which is what a personal reminder means. DTSTAMP is in UTC,
 * as the standard asks. People's words go in only as escaped TEXT values.
 */

export interface IcsEvent {
  /** Unique and stable for this reminder, so importing it again updates it. */
  uid: string;
  summary: string;
  description: string;
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" (24 h), or "" for an all-day reminder. */
  time: string;
  /** Length in minutes of a timed event (default 30). */
  minutes?: number;
  weekly?: boolean;
  /** Minutes before a timed start that the alarm goes off (default 10); an all-day reminder rings at 9:00 on the day. */
  alarmMinutes?: number;
}

const CRLF = "\r\n";
const enc = new TextEncoder();

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control characters go. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\\;,]/g, "\\$&")
      .replace(/\n/g, "\\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): CRLF and one space before
 * each continuation, never inside a UTF-8 character (nor a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = enc.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space counts towards the 75
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Milliseconds since the epoch as a UTC DATE-TIME: 20261129T180000Z. */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The day after "YYYY-MM-DD", as YYYYMMDD (calendar arithmetic, no time zone involved). */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

/** True when the event can be written: a real date and, if any, a valid time. */
export function canWrite(e: Pick<IcsEvent, "date" | "time">): boolean {
  return DATE.test(e.date) && (e.time === "" || TIME.test(e.time));
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  const day = e.date.replace(/-/g, "");
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`];
  if (e.time) {
    lines.push(
      `DTSTART:${day}T${e.time.replace(":", "")}00`,
      `DURATION:PT${Math.max(1, Math.round(e.minutes ?? 30))}M`,
    );
  } else {
    lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(e.date)}`);
  }
  if (e.weekly) lines.push("RRULE:FREQ=WEEKLY");
  lines.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`);
  // A timed reminder rings shortly before; an all-day one at 9:00 on the day (9 h after its start).
  const trigger = e.time ? `-PT${Math.max(0, Math.round(e.alarmMinutes ?? 10))}M` : "PT9H";
  lines.push(
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(e.summary)}`,
    `TRIGGER:${trigger}`,
    "END:VALARM",
    "END:VEVENT",
  );
  return lines;
}

/** A whole .ics file for these events; `now` stamps it (DTSTAMP). */
export function icsCalendar(events: readonly IcsEvent[], now: number): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Bounce Back//Reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.filter(canWrite).flatMap((e) => eventLines(e, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A safe file name for a reminder: "bounce-back-reminder-2026-11-30.ics". */
export function icsFileName(date: string): string {
  return `bounce-back-reminder${DATE.test(date) ? `-${date}` : ""}.ics`;
}
