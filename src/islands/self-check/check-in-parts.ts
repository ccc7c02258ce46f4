/**
 * The check-in history's part of the self-check page, imported only on the
 * page of "How are you taking it?" once it starts, so the page's own script
 * stays within its budget (tests/built/budget.test.ts).
 */
import { keepInSync } from "../../lib/local-store/browser";
import { CheckInBook } from "../../lib/self-check/check-ins";
import type { SelfCheckProps } from "../../lib/self-check/types";

export { CheckInList } from "./CheckInList";
export { CheckInSummary, supportNote } from "./CheckInSummary";

/** Opens this self-check's history (its first scale's bands), kept in step with other tabs. */
export function openCheckIns(props: SelfCheckProps): { book: CheckInBook; stop: () => void } {
  const book = new CheckInBook({ slug: props.slug, bands: props.scales[0]?.bands ?? [] });
  return { book, stop: keepInSync(book.session) };
}
