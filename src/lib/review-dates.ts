/**
 * The review cycle of an article: when it was last reviewed, when the next
 * review is due, and what the build should say about it today. Pure functions,
 * so the schema, the build warning and the content test share one rule.
 */

/** The longest an article may go between reviews. */
export const MAX_REVIEW_YEARS = 3;
/** The build warns this many days before a review falls due. */
export const REVIEW_WARNING_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a date, so times of day never move a deadline. */
function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The same calendar day `years` later (29 Feb becomes 1 Mar in a common year). */
export function addYears(date: Date, years: number): Date {
  const d = new Date(utcDay(date));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * What is wrong with a pair of review dates, in plain words, or undefined if
 * nothing is. Used by the article schema.
 */
export function reviewDatesProblem(reviewed: Date, nextReview: Date): string | undefined {
  if (utcDay(nextReview) <= utcDay(reviewed)) {
    return "nextReview must be after reviewed";
  }
  if (utcDay(nextReview) > addYears(reviewed, MAX_REVIEW_YEARS).getTime()) {
    return `nextReview must be at most ${MAX_REVIEW_YEARS} years after reviewed`;
  }
  return undefined;
}

export type ReviewStatus =
  | { state: "ok"; daysLeft: number }
  | { state: "due-soon"; daysLeft: number }
  | { state: "overdue"; daysLate: number };

/**
 * Where an article stands on `today`: fine, due within the warning window
 * (the build prints a warning), or past its next review (the content test fails).
 * The due day itself still counts as due soon, not overdue.
 */
export function reviewStatus(
  nextReview: Date,
  today: Date = new Date(),
  warningDays = REVIEW_WARNING_DAYS,
): ReviewStatus {
  const daysLeft = daysBetween(today, nextReview);
  if (daysLeft < 0) return { state: "overdue", daysLate: -daysLeft };
  if (daysLeft <= warningDays) return { state: "due-soon", daysLeft };
  return { state: "ok", daysLeft };
}

/** The build's one-line message for an article, or undefined when all is well. */
export function reviewMessage(
  slug: string,
  nextReview: Date,
  today = new Date(),
): string | undefined {
  const status = reviewStatus(nextReview, today);
  const due = nextReview.toISOString().slice(0, 10);
  if (status.state === "due-soon") {
    return `Article "${slug}" is due for review on ${due} (in ${status.daysLeft} days): review it and move both dates.`;
  }
  if (status.state === "overdue") {
    return `Article "${slug}" was due for review on ${due} (${status.daysLate} days ago): review the article and move both dates.`;
  }
  return undefined;
}
