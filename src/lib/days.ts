/**
 * The day every tool stores: the local calendar day, "YYYY-MM-DD", and the
 * same day in words as the rest of the site writes dates (formatDate,
 * src/lib/site.ts). Shared by the log, plans, check-ins and the month page,
 * so none of them loads another tool's model for a date.
 */
import { isRealDate } from "./local-store/read";
import { formatDate } from "./site";

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar day of a moment, "YYYY-MM-DD". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2026-12-04" → "4 December 2026", as the rest of the site writes a day; anything else as it is. */
export function dayText(day: string): string {
  return isRealDate(day) ? formatDate(new Date(`${day}T00:00:00Z`)) : day;
}
