export const SITE_NAME = "Bounce Back";
export const SITE_TAGLINE = "Kind, practical help after a job interview that ended in a no.";
export const SITE_DESCRIPTION =
  "Turned down after an interview you thought went well? Read short, kind advice, check in with yourself and reflect privately on what comes next.";

export const NAV_LINKS = [
  { href: "/articles/", label: "Articles" },
  { href: "/self-check/", label: "Self-checks" },
  { href: "/worksheet/", label: "Worksheet" },
] as const;

/** "Bounce Back" alone on the home page, "Page – Bounce Back" elsewhere. */
export function pageTitle(title?: string): string {
  return title && title !== SITE_NAME ? `${title} – ${SITE_NAME}` : SITE_NAME;
}

/** Is `href` the current section for `pathname`? Used for aria-current. */
export function isCurrentSection(pathname: string, href: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return path === href || path.startsWith(href);
}

/**
 * A date as people read it, e.g. "25 November 2026". Calendar dates (an
 * article's update, an interview date) are read in UTC so they never shift a
 * day; a moment on this device (when a self-check was taken) in local time.
 */
export function formatDate(date: Date, zone: "utc" | "local" = "utc"): string {
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(zone === "utc" ? { timeZone: "UTC" } : {}),
  });
}
