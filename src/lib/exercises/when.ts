/**
 * A record's date, for its list and the Markdown file. Its own module: only
 * what loads after the page is up (Lazy.tsx, backup.ts) uses it.
 */
import { formatDate } from "../site";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * "29 November 2026 at 14:05", local time: a record's date in its list and
 * in the Markdown file. Written out by hand (formatDate, src/lib/site.ts), not
 * with Intl, whose first date format on a page is a long task on a phone.
 */
export function formatWhen(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(d, "local")} at ${two(d.getHours())}:${two(d.getMinutes())}`;
}
