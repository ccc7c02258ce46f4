import type { ComponentChildren } from "preact";
import "./notice.css";

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

/** A bordered message box with a short title, in the site's callout style. */
export function Notice({ id, tone = "info", title, role, focusable, children }: Props) {
  return (
    <div id={id} role={role} tabIndex={focusable ? -1 : undefined} class={`notice notice-${tone}`}>
      <p class="font-bold">{title}</p>
      {children}
    </div>
  );
}
