/**
 * Articles that were merged into others: old slug -> the slug that absorbed it.
 * An article URL never breaks: once an old article's file is gone, the site
 * builds a small "This article has moved" page at its old URL (see
 * src/pages/articles/[slug].astro). Hosts that support server redirects can
 * use `redirectRules()` for a permanent 301 as well (e.g. netlify/_redirects).
 */
export const ARTICLE_REDIRECTS = {
  "rejection-is-part-of-the-search": "when-a-good-interview-ends-in-a-no",
  "its-often-not-about-you": "why-hiring-decisions-go-the-way-they-do",
  "using-rejection-as-motivation": "handling-many-rejections-in-a-row",
  "preparing-for-your-next-interview": "turning-a-debrief-into-a-practice-plan",
  "keeping-momentum-with-a-weekly-routine": "handling-many-rejections-in-a-row",
} as const satisfies Record<string, string>;

export type RedirectSource = keyof typeof ARTICLE_REDIRECTS;

export interface ArticleRedirect {
  /** The old URL path, e.g. /articles/its-often-not-about-you/ */
  from: string;
  /** The new URL path */
  to: string;
  fromSlug: string;
  toSlug: string;
}

/** Every redirect as URL paths, for server rules and tests. */
export function redirectRules(map: Record<string, string> = ARTICLE_REDIRECTS): ArticleRedirect[] {
  return Object.entries(map).map(([fromSlug, toSlug]) => ({
    from: `/articles/${fromSlug}/`,
    to: `/articles/${toSlug}/`,
    fromSlug,
    toSlug,
  }));
}

/**
 * The redirect pages to build: only for old slugs that are no longer articles
 * (while an old article still exists, its own page is served instead).
 */
export function activeRedirects(
  articleSlugs: Iterable<string>,
  map: Record<string, string> = ARTICLE_REDIRECTS,
): ArticleRedirect[] {
  const existing = new Set(articleSlugs);
  return redirectRules(map).filter((r) => !existing.has(r.fromSlug));
}
