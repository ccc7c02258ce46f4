/**
 * The host's settings: the values in site.config.ts, each overridden by its
 * environment variable when that is set, checked once and typed. Pages and
 * astro.config.mjs read SETTINGS; nothing else reads these variables.
 */
import siteConfig from "../../site.config.ts";
import { normaliseBase } from "./paths/base.ts";

/** A service near the reader that a host adds above the national lines on /help/. */
export interface LocalService {
  /** "Student Counselling Service" */
  name: string;
  /** What it is for, in a sentence: "Free, confidential counselling for students." */
  purpose: string;
  /** A number to call, as people write it: "01234 567890". */
  phone?: string | undefined;
  /** A number to text. */
  text?: string | undefined;
  /** A web page (https) where the service explains itself or books appointments. */
  url?: string | undefined;
  /** When it answers: "Monday to Friday, 9am to 5pm, in term time". */
  hours?: string | undefined;
}

/** The shape of site.config.ts. */
export interface SiteConfig {
  name: string;
  shortName: string;
  publisher: string;
  publisherUrl: string;
  contact: string;
  url: string;
  basePath: string;
  localServices: LocalService[];
}

/** The checked settings: `basePath` normalised to "/" or "/x/", `url` without a trailing slash. */
export type Settings = Readonly<SiteConfig> & {
  /** True while the corrections address is still the placeholder. */
  readonly placeholderContact: boolean;
};

type Env = Record<string, string | undefined>;

/** The placeholder address shipped in site.config.ts: anything at a .example domain. */
export function isPlaceholderContact(contact: string): boolean {
  return /\.example$/i.test(contact.trim());
}

/** A plain-language message for a setting that cannot be used; the build stops with it. */
export class SettingsError extends Error {
  override name = "SettingsError";
}

const fail = (message: string): never => {
  throw new SettingsError(
    `Site settings (site.config.ts or its environment variables): ${message}`,
  );
};

function httpUrl(value: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return fail(`${what} must be a full web address starting with https://, not "${value}".`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    fail(`${what} must start with https:// (or http://), not "${value}".`);
  return value;
}

function email(value: string, what: string): string {
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value))
    fail(`${what} must be an email address such as corrections@example.org, not "${value}".`);
  return value;
}

const PHONE = /^\+?[0-9][0-9 ()-]{2,}$/;

function service(raw: unknown, index: number): LocalService {
  const where = `local service ${index + 1}`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return fail(`${where} must be an object with a name, a purpose and a phone, text or url.`);
  const o = raw as Record<string, unknown>;
  const field = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v !== "string") return fail(`${where}: "${key}" must be text.`);
    return v.trim() || undefined;
  };
  const known = new Set(["name", "purpose", "phone", "text", "url", "hours"]);
  for (const key of Object.keys(o))
    if (!known.has(key))
      fail(
        `${where} has "${key}", which is not a setting (use name, purpose, phone, text, url, hours).`,
      );
  const name = field("name") ?? fail(`${where} needs a "name".`);
  const purpose = field("purpose") ?? fail(`${where} (${name}) needs a "purpose": what it is for.`);
  const phone = field("phone");
  const text = field("text");
  const url = field("url");
  if (!phone && !text && !url)
    fail(`${where} (${name}) needs at least one of "phone", "text" or "url".`);
  if (phone && !PHONE.test(phone)) fail(`${where} (${name}): "${phone}" is not a phone number.`);
  if (text && !PHONE.test(text)) fail(`${where} (${name}): "${text}" is not a number to text.`);
  if (url) httpUrl(url, `${where} (${name}) url`);
  return { name, purpose, phone, text, url, hours: field("hours") };
}

function services(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return fail(
      'SITE_LOCAL_SERVICES must be JSON, e.g. [{"name":"Careers team","purpose":"Appointments with a careers adviser.","url":"https://…"}].',
    );
  }
}

/** The settings: `config` (site.config.ts) with each environment variable that is set put over it. */
export function loadSettings(
  env: Env = typeof process === "undefined" ? {} : process.env,
  config: SiteConfig = siteConfig,
): Settings {
  const pick = (key: string, fallback: string) => {
    const v = env[key]?.trim();
    return v ? v : fallback.trim();
  };
  const name = pick("SITE_NAME", config.name);
  if (!name) fail("the site name (SITE_NAME) is empty.");
  const shortName = pick("SITE_SHORT_NAME", env.SITE_NAME?.trim() ? name : config.shortName);
  const publisher = pick("SITE_PUBLISHER", config.publisher);
  if (!publisher)
    fail("the publisher (SITE_PUBLISHER) is empty: name who stands behind this copy.");
  const publisherUrl = pick("SITE_PUBLISHER_URL", config.publisherUrl);
  if (publisherUrl) httpUrl(publisherUrl, "the publisher's web address (SITE_PUBLISHER_URL)");
  const contact = email(pick("SITE_CONTACT", config.contact), "the contact (SITE_CONTACT)");
  const url = httpUrl(pick("SITE_URL", config.url), "the site URL (SITE_URL)").replace(/\/+$/, "");
  const basePath = normaliseBase(pick("BASE_PATH", config.basePath));
  const rawServices = env.SITE_LOCAL_SERVICES?.trim()
    ? services(env.SITE_LOCAL_SERVICES)
    : config.localServices;
  if (!Array.isArray(rawServices)) return fail("the local services must be a list (a JSON array).");
  return {
    name,
    shortName,
    publisher,
    publisherUrl,
    contact,
    url,
    basePath,
    localServices: rawServices.map(service),
    placeholderContact: isPlaceholderContact(contact),
  };
}

/**
 * What a build says about the contact: nothing when it is real; a warning for
 * a local build; a refusal (an error to stop on) when `REQUIRE_REAL_CONTACT=1`,
 * which the deploy workflows set, so no public copy goes out with the placeholder.
 */
export function contactCheck(settings: Settings, env: Env = {}): { warn?: string; error?: string } {
  if (!settings.placeholderContact) return {};
  const message = `The corrections contact is still the placeholder "${settings.contact}". Set SITE_CONTACT (a repository variable on GitHub Pages, an environment variable on Netlify or Cloudflare Pages) or "contact" in site.config.ts to an address your organisation reads.`;
  return env.REQUIRE_REAL_CONTACT === "1" || env.REQUIRE_REAL_CONTACT === "true"
    ? { error: `${message} This deploy refuses to publish the placeholder.` }
    : { warn: `${message} (A local build only warns; the deploy workflows stop here.)` };
}

/** The settings this build was run with (site.config.ts and the build's environment). */
export const SETTINGS: Settings = /* @__PURE__ */ loadSettings();

/** One of this build's settings, e.g. settingsValue("name"). */
export function settingsValue<K extends keyof Settings>(key: K): Settings[K] {
  return SETTINGS[key];
}

/** One value as site.config.ts has it, before any environment variable: configValue("contact"). */
export function configValue<K extends keyof SiteConfig>(key: K): SiteConfig[K] {
  return siteConfig[key];
}
