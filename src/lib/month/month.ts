/**
 * Calendar months in local time, as "YYYY-MM". A day ("YYYY-MM-DD", the
 * local calendar day every tool stores, src/lib/days.ts) belongs to the month
 * it starts with; a moment (milliseconds) to the month of its local day.
 * Months are written out as the rest of the site writes dates (formatDate,
 * src/lib/site.ts), not with toLocaleDateString.
 */
import { formatDate } from "../site";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** True for a real month written "YYYY-MM" (from 1970 to 9999). */
export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return m !== null && Number(m[1]) >= 1970;
}

/** The local month of a moment, "YYYY-MM". */
export function monthOfTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** The month a local day falls in ("" if it is not a day). */
export function monthOfDay(day: string): string {
  return DAY.test(day) ? day.slice(0, 7) : "";
}

/** The month `n` months after (n < 0: before) `month`. */
export function addMonths(month: string, n: number): string {
  const m = MONTH.exec(month);
  if (!m) return "";
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The month in words: "December 2026". */
export function monthLabel(month: string): string {
  return isMonth(month)
    ? formatDate(new Date(`${month}-01T00:00:00Z`)).replace(/^\d+ /, "")
    : month;
}
