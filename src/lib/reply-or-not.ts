/**
 * The site's one answer to "should I reply to the rejection email?", in ONE place.
 * The first-48-hours list, the reply article and the feedback article all render
 * this constant, so the answer is word for word the same wherever a reader meets it.
 * For authors in MDX:
 *   import { REPLY_OR_NOT } from "../../src/lib/reply-or-not";
 *   … {REPLY_OR_NOT} …
 * Never type the answer out by hand in an article (a test checks).
 */
export const REPLY_OR_NOT =
  "Replying is optional: if you want feedback or want to leave the door open, send one short, calm email in the next few days, not tonight; if you would rather not, saying nothing is a fair choice.";

/** The articles that give the answer; each must render the constant above. */
export const REPLY_OR_NOT_ARTICLES = [
  "what-to-do-in-the-first-48-hours",
  "replying-to-a-rejection-email",
  "asking-for-feedback-after-a-rejection",
] as const;
