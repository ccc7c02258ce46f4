/**
 * A guess at the visitor's country, from the languages their browser asks for
 * (`navigator.languages`), so that /help/ and a self-check's crisis panel can
 * put that country's lines first. The guess stays in the page: it is never
 * stored or sent anywhere, and nothing is hidden because of it.
 */

/** The countries the site lists crisis lines for. */
export const REGIONS = ["uk", "ie", "us", "ca", "au"] as const;
export type Region = (typeof REGIONS)[number];

/** Somewhere none of the five is: a region the browser names that the site has no lines for. */
export const ELSEWHERE = "elsewhere";
/** Where the visitor most likely is: one of the five countries, or elsewhere. */
export type Place = Region | typeof ELSEWHERE;

/** The site's own country, first when the browser says nothing that helps (and without JavaScript). */
export const DEFAULT_REGION: Region = "uk";

/** A language tag's region code ("GB" in "en-GB", "419" in "es-419"), upper case, if any. */
const BY_REGION: Record<string, Region> = {
  GB: "uk",
  UK: "uk",
  IE: "ie",
  US: "us",
  CA: "ca",
  AU: "au",
};

/** Languages spoken mostly in one of the countries, for tags with no region ("cy", "ga"). */
const BY_LANGUAGE: Record<string, Region> = {
  cy: "uk",
  gd: "uk",
  ga: "ie",
};

/** The country one language tag points to, or null ("en", "de-DE", "nonsense"). */
export function regionOfTag(tag: string): Region | null {
  const parts = tag.trim().replace(/_/g, "-").split("-");
  const language = (parts[0] ?? "").toLowerCase();
  // The region is the first two-letter (or three-digit) part after the language.
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) {
      const region = BY_REGION[part.toUpperCase()];
      return region ?? null;
    }
    if (/^\d{3}$/.test(part)) return null;
  }
  return Object.hasOwn(BY_LANGUAGE, language) ? (BY_LANGUAGE[language] ?? null) : null;
}

/** Whether a language tag names a region at all ("de-DE", "es-419"; not "en" or "cy"). */
export function namesARegion(tag: string): boolean {
  return tag
    .trim()
    .replace(/_/g, "-")
    .split("-")
    .slice(1)
    .some((part) => /^([A-Za-z]{2}|\d{3})$/.test(part));
}

/**
 * Where the visitor most likely is, from the browser's languages in its own order:
 * the first language that says anything about a place decides. One that points to
 * one of the five countries ("en-GB", "fr-CA", "cy") gives that country; one that
 * names another region ("de-DE", "en-NZ", "es-419"), or a language with no region
 * other than English ("de", "fr"), gives elsewhere. Plain "en" says nothing, so the
 * next language is read; with nothing said at all, the site's default (the UK).
 * Browsers list English after the person's own language ("de-DE, de, en-US, en"), so
 * a later "en-US" must not win: a crisis panel would send someone in Germany to 911.
 * Where the guess is unsure it leans to elsewhere, whose panel (a directory of lines
 * and the local emergency number) is right in every country.
 */
export function guessPlace(languages: readonly string[] | undefined | null): Place {
  for (const tag of languages ?? []) {
    if (typeof tag !== "string" || !tag.trim()) continue;
    const region = regionOfTag(tag);
    if (region) return region;
    if (namesARegion(tag)) return ELSEWHERE;
    const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
    if (/^[a-z]{2,3}$/.test(language) && language !== "en") return ELSEWHERE;
  }
  return DEFAULT_REGION;
}

/**
 * The most likely of the five countries: the first of the browser's languages, in its own
 * order of preference, that points to one; else the site's default (the UK).
 */
export function guessRegion(languages: readonly string[] | undefined | null): Region {
  const place = guessPlace(languages);
  return place === ELSEWHERE ? DEFAULT_REGION : place;
}
