import { type CollectionEntry, getCollection, getEntry } from "astro:content";
import { articleHref } from "../articles";
import { ANYWHERE_ELSE, DOCTOR_THRESHOLD, HELP_HREF, HELP_LABEL, URGENT_HELP } from "../help";
import { url } from "../paths/base";
import { crisisCountries } from "./crisis";
import { CHECK_IN_SLUG } from "./history";
import type { ArticleLink, SelfCheckProps } from "./types";

export type SelfCheck = CollectionEntry<"self-checks">;

/** Every self-check, in the order a visitor is most likely to need them. */
export async function getSelfChecks(): Promise<SelfCheck[]> {
  const order = [
    "how-are-you-taking-it",
    "was-it-you-or-them",
    "interview-debrief",
    "ready-for-the-next-one",
    "where-is-your-search-stuck",
  ];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const checks = await getCollection("self-checks");
  return checks.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id, "en"));
}

export function selfCheckHref(id: string): string {
  return `/self-check/${id}/`;
}

type ArticleRef = SelfCheck["data"]["scales"][number]["bands"][number]["articles"][number];

/** Looks up a recommended article at build time; a missing or draft article fails the build. */
async function resolveArticle(ref: ArticleRef, checkId: string): Promise<ArticleLink> {
  const article = await getEntry(ref);
  if (!article) {
    throw new Error(`Self-check "${checkId}" recommends a missing article: "${ref.id}"`);
  }
  if (article.data.draft && !import.meta.env.DEV) {
    throw new Error(`Self-check "${checkId}" recommends a draft article: "${ref.id}"`);
  }
  return {
    title: article.data.title,
    href: url(articleHref(article.id)),
    description: article.data.description,
  };
}

/** The plain props for the island: references resolved, nothing the browser must validate. */
export async function selfCheckIslandProps(check: SelfCheck): Promise<SelfCheckProps> {
  const { slug, title, questions, scales, flags } = check.data;
  return {
    slug,
    title,
    help: {
      href: url(HELP_HREF),
      label: HELP_LABEL,
      urgent: URGENT_HELP,
      doctor: DOCTOR_THRESHOLD,
      // The build's date, as on /help/: the numbers as the facts file reads today.
      countries: crisisCountries(new Date(), url(HELP_HREF)),
      elsewhere: { line: { ...ANYWHERE_ELSE.line }, euEmergency: { ...ANYWHERE_ELSE.euEmergency } },
    },
    worksheetHref: url("/worksheet/"),
    history: slug === CHECK_IN_SLUG ? true : undefined,
    questions: questions.map((q) => ({
      prompt: q.prompt,
      hint: q.hint,
      scale: q.scale,
      options: q.options.map((o) => ({
        label: o.label,
        score: o.score,
        neutral: o.neutral,
        flag: o.flag,
        focus: o.focus,
        focusWhen: o.focusWhen,
      })),
    })),
    scales: await Promise.all(
      scales.map(async (s) => ({
        id: s.id,
        label: s.label,
        mode: s.mode,
        pattern: s.pattern,
        tieFlag: s.tieFlag,
        bands: await Promise.all(
          s.bands.map(async (b) => ({
            id: b.id,
            min: b.min,
            max: b.max,
            title: b.title,
            explanation: b.explanation.split(/\n\s*\n/).map((p) => p.trim()),
            worksheet: b.worksheet,
            flag: b.flag,
            help: b.help,
            reflect: b.reflect,
            articles: await Promise.all(b.articles.map((ref) => resolveArticle(ref, check.id))),
          })),
        ),
      })),
    ),
    flags: await Promise.all(
      flags.map(async (f) => ({
        id: f.id,
        title: f.title,
        text: f.text,
        help: f.help,
        crisis: f.crisis,
        textElsewhere: f.textElsewhere,
        articles: f.articles
          ? await Promise.all(f.articles.map((ref) => resolveArticle(ref, check.id)))
          : undefined,
      })),
    ),
  };
}

/** Every article any band of this self-check recommends, once each, for the no-JavaScript fallback. */
export function allRecommended(props: SelfCheckProps): ArticleLink[] {
  const seen = new Map<string, ArticleLink>();
  for (const scale of props.scales)
    for (const band of scale.bands) for (const a of band.articles) seen.set(a.href, a);
  for (const flag of props.flags) for (const a of flag.articles ?? []) seen.set(a.href, a);
  return [...seen.values()];
}
