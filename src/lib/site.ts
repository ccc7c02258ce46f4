import { configValue, loadSettings, settingsValue } from "./settings.ts";

/** The site's name, from the settings (site.config.ts, or SITE_NAME when the site is built). */
export const SITE_NAME = /* @__PURE__ */ settingsValue("name");
export const SITE_TAGLINE = "Kind, practical help after a job interview that ended in a no.";
export const SITE_DESCRIPTION =
  "Turned down after an interview you thought went well? Read short, kind advice, check in with yourself and reflect privately on what comes next.";

/** "Bounce Back" alone on the home page, "Page – Bounce Back" elsewhere. */
export function pageTitle(title?: string): string {
  return title && title !== SITE_NAME ? `${title} – ${SITE_NAME}` : SITE_NAME;
}

/** Is `href` the current section for `pathname`? Used for aria-current. */
export function isCurrentSection(pathname: string, href: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return path === href || path.startsWith(href);
}

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );

/**
 * A date as people read it, e.g. "25 November 2026". Calendar dates (an
 * article's update, an interview date) are read in UTC so they never shift a
 * day; a moment on this device (when a self-check was taken) in local time.
 * Written out by hand, as toLocaleDateString("en-GB") puts it: the first Intl
 * date format a page makes loads the browser's locale data, a long task on a
 * phone as the worksheet's list appears.
 */
export function formatDate(date: Date, zone: "utc" | "local" = "utc"): string {
  const utc = zone === "utc";
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  return `${day} ${MONTHS[month]} ${utc ? date.getUTCFullYear() : date.getFullYear()}`;
}

/** Where readers report a mistake when SITE_CONTACT is not set: the placeholder in site.config.ts. */
export const DEFAULT_CONTACT = /* @__PURE__ */ configValue("contact");

/**
 * The address for corrections and questions, set once for the whole site in
 * site.config.ts or by the SITE_CONTACT environment variable when the site is built.
 */
export function siteContact(
  env: Record<string, string | undefined> = typeof process === "undefined" ? {} : process.env,
): string {
  return loadSettings(env).contact;
}

/** A calendar date with a short month, e.g. "29 Nov 2026", read in UTC. */
export function formatShortDate(date: Date): string {
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
