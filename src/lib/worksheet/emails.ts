/**
 * Email drafts from a worksheet entry: a request for feedback, a reply to the
 * rejection and a follow-up after silence, in the words of the site's
 * article templates, filled in with what the entry knows. What it does not
 * know stays as a [placeholder] to fill in. The site never sends anything:
 * a draft is copied, or handed to the mail app through a mailto: link.
 */
import { formatEntryDate } from "./model";

export interface DraftSource {
  role: string;
  company: string;
  interviewer: string;
  /** "YYYY-MM-DD" or "". */
  date: string;
}

export type DraftKind = "feedback" | "reply" | "follow-up";

export interface Draft {
  kind: DraftKind;
  /** What the draft is, for its heading. */
  title: string;
  subject: string;
  body: string;
}

const or = (text: string, placeholder: string) => text.replace(/\s+/g, " ").trim() || placeholder;

/** The three drafts for an entry. */
export function draftEmails(e: DraftSource): Draft[] {
  const name = or(e.interviewer, "[Name]");
  const role = or(e.role, "[job title]");
  const company = or(e.company, "[company name]");
  const when = e.date ? formatEntryDate(e.date) : "[date]";
  const at = e.company.trim() ? ` at ${company}` : "";
  return [
    {
      kind: "feedback",
      title: "Ask for feedback",
      subject: `Thank you, and a quick request about the ${role} role`,
      body: `Hi ${name},

Thank you for letting me know your decision about the ${role} role${at}. I am disappointed, but I am grateful for the time you and the team gave me on ${when}.

I am keen to keep improving. If you have a moment, I would welcome any feedback on my interview. Is there one thing I could have done better, or a skill I should build?

Even a line or two would help me a lot. I understand if you are not able to share anything.

Best wishes,
[Your name]`,
    },
    {
      kind: "reply",
      title: "Reply to the rejection",
      subject: `Re: ${role}${at}`,
      body: `Hi ${name},

Thank you for letting me know, and for your time during the interview on ${when}. I'm sorry it didn't work out this time, but I really enjoyed meeting you and the team.

I especially liked hearing about [something specific from the interview]. It made me even more keen on ${company}.

If a role like this opens up again, I would love to be considered.

I wish you and the new ${role} all the best.

Best wishes,
[Your name]`,
    },
    {
      kind: "follow-up",
      title: "Follow up after silence",
      subject: `${role} interview on ${when}`,
      body: `Hi ${name},

I hope you are well. I wanted to check in about the ${role} role${at}. I enjoyed meeting you on ${when}, and I am still very interested.

Could you let me know where things are with the decision, or when I might expect to hear?

Thank you for your time,
[Your name]`,
    },
  ];
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
