/**
 * The one GOV.UK-style error summary: a focusable alert that names each
 * problem and links to the field to fix. Used by the self-checks (unanswered
 * questions) and the worksheet's import (a bad backup file).
 */
import type { ComponentChildren, Ref } from "preact";

export interface ErrorLink {
  /** "#" and the id of the field to fix. */
  href: string;
  text: string;
}

interface Props {
  errors: ErrorLink[];
  /** The box's id; the heading's id is derived from it. */
  id?: string;
  title?: string;
  /** A sentence under the heading, e.g. that nothing was changed. */
  children?: ComponentChildren;
  /** Where the caller keeps the box, to move focus to it. */
  summaryRef?: Ref<HTMLElement> | undefined;
}

/**
 * Like GOV.UK's: focuses the field without jumping past its question, and
 * scrolls its fieldset (so the legend shows) or label into view.
 */
function jump(event: MouseEvent, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  const context = field.closest("fieldset") ?? document.querySelector(`label[for="${field.id}"]`);
  (context ?? field).scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

export function ErrorSummary({
  errors,
  id = "error-summary",
  title = "There is a problem",
  children,
  summaryRef,
}: Props) {
  return (
    <div
      id={id}
      ref={(summaryRef ?? null) as Ref<HTMLDivElement>}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      class="rounded-lg border-4 border-danger bg-surface p-4 sm:p-5"
    >
      <h2 id={`${id}-title`} class="text-xl font-bold">
        {title}
      </h2>
      {children && <p class="mt-1">{children}</p>}
      <ul class="mt-3 grid gap-2">
        {errors.map((e) => (
          <li key={e.href + e.text}>
            <a
              href={e.href}
              onClick={(ev) => jump(ev, e.href)}
              class="font-bold text-danger hover:text-danger"
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
