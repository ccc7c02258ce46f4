import { type CollectionEntry, getCollection, getEntry } from "astro:content";
import { articleHref } from "../articles";
import type { ArticleLink, SelfCheckProps } from "./types";

export type SelfCheck = CollectionEntry<"self-checks">;

/** Every self-check, in the order a visitor is most likely to need them. */
export async function getSelfChecks(): Promise<SelfCheck[]> {
  const order = [
    "how-are-you-taking-it",
    "was-it-you-or-them",
    "interview-debrief",
    "ready-for-the-next-one",
  ];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const checks = await getCollection("self-checks");
  return checks.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id, "en"));
}

export function selfCheckHref(id: string): string {
  return `/self-check/${id}/`;
}

type ArticleRef = SelfCheck["data"]["bands"][number]["articles"][number];

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
    href: articleHref(article.id),
    description: article.data.description,
  };
}

/** The plain props for the island: references resolved, nothing the browser must validate. */
export async function selfCheckIslandProps(check: SelfCheck): Promise<SelfCheckProps> {
  const { slug, questions, bands } = check.data;
  return {
    slug,
    questions: questions.map((q) => ({
      prompt: q.prompt,
      hint: q.hint,
      options: q.options.map((o) => ({ label: o.label, score: o.score })),
    })),
    bands: await Promise.all(
      bands.map(async (b) => ({
        id: b.id,
        min: b.min,
        max: b.max,
        title: b.title,
        explanation: b.explanation.split(/\n\s*\n/).map((p) => p.trim()),
        support: b.support,
        worksheet: b.worksheet,
        articles: await Promise.all(b.articles.map((ref) => resolveArticle(ref, check.id))),
      })),
    ),
  };
}

/** Every article any band of this self-check recommends, once each, for the no-JavaScript fallback. */
export function allRecommended(props: SelfCheckProps): ArticleLink[] {
  const seen = new Map<string, ArticleLink>();
  for (const band of props.bands) for (const a of band.articles) seen.set(a.href, a);
  return [...seen.values()];
}
