/**
 * The day every tool stores: the local calendar day, "YYYY-MM-DD"; the check
 * that a stored day is a real one; and the day in words, as the rest of the
 * site writes dates (formatDate, src/lib/site.ts). Shared by the worksheet,
 * the log, plans, drafts, check-ins and the month page, so none of them loads
 * another tool's model (or the record readers) for a date.
 */
import { formatDate } from "./site";

const pad = (n: number) => String(n).padStart(2, "0");

/** A real calendar day, "YYYY-MM-DD" (so not 2025-02-30). */
export function isRealDate(v: unknown): v is string {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

/** The local calendar day of a moment, "YYYY-MM-DD". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2026-12-04" → "4 December 2026", as the rest of the site writes a day; anything else as it is. */
export function dayText(day: string): string {
  return isRealDate(day) ? formatDate(new Date(`${day}T00:00:00Z`)) : day;
}
