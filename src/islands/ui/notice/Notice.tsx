import type { ComponentChildren } from "preact";

interface Props {
  id?: string;
  tone?: "info" | "warn" | "danger" | "success";
  title: string;
  /** "alert" for something that needs attention now, "status" for news. */
  role?: "alert" | "status";
  /** Focusable by script (after an action) but not in the tab order. */
  focusable?: boolean;
  children?: ComponentChildren;
}

const tones = {
  info: "border-note bg-note-soft",
  warn: "border-warn bg-warn-soft",
  danger: "border-danger bg-danger-soft",
  success: "border-success bg-accent-soft",
} as const;

/** A bordered message box with a short title, in the site's callout style. */
export function Notice({ id, tone = "info", title, role, focusable, children }: Props) {
  return (
    <div
      id={id}
      role={role}
      tabIndex={focusable ? -1 : undefined}
      class={`ws-notice ${tones[tone]}`}
    >
      <p class="font-bold">{title}</p>
      {children}
    </div>
  );
}
