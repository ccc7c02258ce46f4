// cspell:words Łukasz
/**
 * A template filled in from where it is used: a worksheet reflection or an
 * application in the log (the source), and the names the person gave once
 * (their own, and the first name of the person they are writing to). What is
 * not known stays a [placeholder]. The site never sends anything: a draft is
 * copied, or handed to the mail app through a mailto: link.
 */
import { isRealDate } from "../days";
import { formatDate } from "../site";
import { type DraftKind, TEMPLATES } from "./templates";

/** Where a draft comes from: the props every tool passes to the drafts panel. */
export interface DraftSource {
  /** The worksheet entry's or application's id. */
  id: string;
  role: string;
  company: string;
  /** The day of the interview (or of the application), "YYYY-MM-DD" or "". */
  date: string;
  /** The stage it reached, in words ("Final round"), if the tool knows it. */
  stage?: string | undefined;
  /** The name of the person to write to, as the tool holds it (an interviewer, a contact). */
  contact?: string | undefined;
}

export interface DraftNames {
  /** The person's own name, for signing. */
  sender: string;
  /** The first name of whoever the email goes to. */
  recipient: string;
}

export interface FilledDraft {
  subject: string;
  body: string;
}

/** Text on one line, as it goes into a sentence: runs of spaces and line breaks become one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** "2026-11-20" as "20 November 2026"; "" when it is not a real day. */
export function formatDraftDate(date: string): string {
  return isRealDate(date) ? formatDate(new Date(`${date}T00:00:00Z`)) : "";
}

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"]);

/**
 * How to greet someone from the name a tool holds: the first name ("Zoë"
 * from "Zoë Łukasz"), or the title and surname when the name starts with a
 * title ("Dr Jones" from "Dr Sarah Jones").
 */
export function greetingName(full: string): string {
  const words = oneLine(full).split(" ").filter(Boolean);
  const [first = "", ...rest] = words;
  if (TITLES.has(first.toLowerCase().replace(/\.$/, "")) && rest.length)
    return `${first} ${rest[rest.length - 1]}`;
  return first;
}

/** The placeholders a draft fills in, and where each one's words come from. */
const FILLED = /\[(Name|Your name|job title|Job title|company|date)\]/g;

/**
 * Fills a template's placeholders in one pass, so words a person typed (a
 * company called "[date]") are never filled in again.
 */
function fillText(text: string, words: Record<string, string>): string {
  return text.replace(FILLED, (all, key: string) => words[key] || all);
}

/** The draft of `kind` for this source and these names. */
export function fillDraft(kind: DraftKind, source: DraftSource, names: DraftNames): FilledDraft {
  const t = TEMPLATES[kind];
  const role = oneLine(source.role);
  const words: Record<string, string> = {
    Name: oneLine(names.recipient),
    "Your name": oneLine(names.sender),
    "job title": role,
    "Job title": role,
    company: oneLine(source.company),
    date: formatDraftDate(source.date),
  };
  return { subject: fillText(t.subject, words), body: fillText(t.body, words) };
}

/**
 * A mailto: link that opens the mail app with this subject and body and no
 * address (the person adds it). Both are percent-encoded as UTF-8 (RFC 6068):
 * "&" and "=" cannot end a field early, line breaks become %0D%0A, and names
 * in any script survive.
 */
export function mailtoHref(subject: string, body: string): string {
  const crlf = body.replace(/\r\n?|\n/g, "\r\n");
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
