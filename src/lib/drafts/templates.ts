/**
 * The site's one set of email templates. The articles show them as they are
 * (src/components/Template.astro, `<Template draft="feedback" />`), and the
 * drafts fill them in (fill.ts), so an article and a draft never say two
 * different things. Words in [square brackets] are for the reader to fill;
 * fill.ts replaces the ones a tool knows (FILLED) and leaves the rest.
 */

/** The drafts a tool can offer. */
export const DRAFT_KINDS = ["feedback", "reply", "follow-up"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** Every template: the drafts', and the silence article's second nudge. */
export type TemplateId = DraftKind | "nudge";

export interface EmailTemplate {
  /** The article's caption for it: "Email asking for feedback". */
  title: string;
  /** What the draft is, as its heading in a tool: "Ask for feedback". */
  draftTitle: string;
  subject: string;
  body: string;
  /** The article shows the subject line above the message (the follow-up does). */
  subjectInArticle: boolean;
  /** How to send it, as the article advises, shown with the draft. */
  tip: string;
  /** When to send it, as the article advises: the hint by a draft's "Remind me" day. */
  when: string;
}

const SAME_THREAD =
  "Best sent as a reply to their email, in the same thread, so they can see at once what it is about.";

export const TEMPLATES: Record<TemplateId, EmailTemplate> = {
  feedback: {
    title: "Email asking for feedback",
    draftTitle: "Ask for feedback",
    subject: "Thank you, and a quick request about the [job title] role",
    subjectInArticle: false,
    tip: SAME_THREAD,
    when: "Within a few days, while the interview is still fresh for both of you.",
    body: `Hi [Name],

Thank you for letting me know about the [job title] role at [company], and for the time you and the team gave me. I'm disappointed, but I enjoyed meeting you, and especially hearing about [one specific thing from the interview].

If you have a moment, I'd be grateful for one piece of feedback: [your one question].

Even a line would help. I understand if you can't share anything.

[Optional: If a similar role opens up, I would be glad to hear about it.]

Best wishes,
[Your name]`,
  },
  reply: {
    title: "Reply to a rejection email",
    draftTitle: "Reply to the rejection",
    subject: "Re: [job title] role at [company]",
    subjectInArticle: false,
    tip: SAME_THREAD,
    when: "Once you feel steady: within a few days is usual, and a week later is fine.",
    body: `Hi [Name],

Thank you for letting me know, and for your time during the interviews. I enjoyed meeting you and [the team / the name of someone you met].

I especially valued [one specific thing: a project they described, how the team works, a question that made you think].

If a similar role opens up, I'd be glad to hear about it, and happy for you to keep my details on file for that.

With best wishes to you and the team,
[Your name]`,
  },
  "follow-up": {
    title: "First follow-up after an interview",
    draftTitle: "Follow up after silence",
    subject: "[Job title] interview on [date]",
    subjectInArticle: true,
    tip: "If you can, reply in the same thread as your last email with them, so they know at once who you are and which role you mean.",
    when: "About five working days after the interview is usual.",
    body: `Hi [Name],

I hope you're well. I wanted to check in about the [job title] role at [company]. I enjoyed meeting you and [the team / name] on [date], and I'm still very interested.

Could you let me know where things are with the decision, or when I might expect to hear?

Thank you,
[Your name]
[Phone number]`,
  },
  nudge: {
    title: "Second nudge",
    draftTitle: "One shorter nudge",
    subject: "Re: [Job title] interview on [date]",
    subjectInArticle: false,
    tip: "Send it about five working days after the first, if that one had no reply.",
    when: "About five working days after the first follow-up, if it had no reply.",
    body: `Hi [Name],

Just following up on my note from [day]. Is there any update on the [job title] role? A one-line reply would be very welcome.

Thanks,
[Your name]`,
  },
};

/** The template as an article shows it: the subject line first where it has one, then the message. */
export function articleText(id: TemplateId): string {
  const t = TEMPLATES[id];
  return t.subjectInArticle ? `Subject: ${t.subject}\n\n${t.body}` : t.body;
}

export const isTemplateId = (v: unknown): v is TemplateId =>
  typeof v === "string" && Object.hasOwn(TEMPLATES, v);
