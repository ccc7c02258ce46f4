/**
 * A record's date, for its list and the Markdown file. Its own module: only
 * what loads after the page is up (Lazy.tsx, backup.ts) uses it.
 */
const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const two = (n: number) => String(n).padStart(2, "0");

/**
 * "29 November 2026 at 14:05", local time: a record's date in its list and
 * in the Markdown file. Written out by hand, as toLocaleString("en-GB") puts
 * it today: the first Intl date format a page makes loads the browser's
 * locale data, a long task (tens of ms on a phone) as the list appears.
 */
export function formatWhen(ms: number): string {
  const d = new Date(ms);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} at ${two(d.getHours())}:${two(d.getMinutes())}`;
}
