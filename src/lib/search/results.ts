import type { TopicId } from "../topics";
import { parseExcerpt, type Segment } from "./excerpt";
import { topicById } from "./query";
import type { PagefindResult, PagefindResultData, PagefindSubResult } from "./types";

/** A link to one section (a heading with an id) of a matching page. */
export interface SectionLink {
  title: string;
  url: string;
  excerpt: Segment[];
}

export interface ShapedResult {
  id: string;
  url: string;
  title: string;
  kind: "article" | "self-check" | "page";
  /** "Coping and care", "Self-check", or "" when neither is known. */
  label: string;
  /** The topic id, for articles. */
  topic: TopicId | undefined;
  excerpt: Segment[];
  sections: SectionLink[];
}

/**
 * Only same-site paths are followed. Pagefind builds URLs from file paths, so
 * anything else would be a damaged index; it is dropped rather than linked.
 */
export function isSafeSitePath(url: unknown): url is string {
  return (
    typeof url === "string" &&
    url.startsWith("/") &&
    !url.startsWith("//") &&
    !url.includes("\\") &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    !/[\u0000-\u001f\u007f]/.test(url)
  );
}

function sectionScore(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) {
    return sub.weighted_locations.reduce((sum, l) => sum + (l.balanced_score || 0), 0);
  }
  return sub.locations?.length ?? 0;
}

/**
 * The best-matching sections of a page: sub-results that start at a heading
 * with an id (so the link lands on it), most hits first, page order on ties.
 */
export function bestSections(
  subs: readonly PagefindSubResult[] | undefined,
  pageUrl: string,
  max = 3,
): SectionLink[] {
  if (!subs || max <= 0) return [];
  return subs
    .map((sub, index) => ({ sub, index, score: sectionScore(sub) }))
    .filter(
      ({ sub }) =>
        sub.anchor?.id &&
        /^h[1-6]$/i.test(sub.anchor.element) &&
        isSafeSitePath(sub.url) &&
        sub.url !== pageUrl &&
        sub.title.trim() !== "",
    )
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(({ sub }) => ({
      title: sub.title.trim(),
      url: sub.url,
      excerpt: parseExcerpt(sub.excerpt),
    }));
}

/** Turns Pagefind's data for one page into what a result shows; null if unusable. */
export function shapeResult(
  id: string,
  data: PagefindResultData,
  maxSections = 3,
): ShapedResult | null {
  if (!data || !isSafeSitePath(data.url)) return null;
  const meta = data.meta ?? {};
  const title = (meta.title ?? "").trim() || data.url;
  const topic = topicById(meta.topic?.trim() || data.filters?.topic?.[0]);
  const kind = meta.type === "self-check" ? "self-check" : topic ? "article" : "page";
  return {
    id,
    url: data.url,
    title,
    kind,
    label: kind === "self-check" ? "Self-check" : (topic?.name ?? ""),
    topic: topic?.id,
    excerpt: parseExcerpt(data.excerpt),
    sections: bestSections(data.sub_results, data.url, maxSections),
  };
}

/** Fetches the details of some hits and shapes them, in order, leaving out unusable ones. */
export async function shapeResults(hits: readonly PagefindResult[]): Promise<ShapedResult[]> {
  const shaped = await Promise.all(hits.map(async (hit) => shapeResult(hit.id, await hit.data())));
  return shaped.filter((result) => result !== null);
}

/** What the polite live region says once results are on screen. */
export function resultsMessage(
  count: number,
  query: string,
  topicNames: readonly string[],
): string {
  const found =
    count === 0
      ? "No results"
      : count === 1
        ? "1 result"
        : `${count.toLocaleString("en-GB")} results`;
  const where = topicNames.length ? ` in ${listOf(topicNames)}` : "";
  return `${found} for “${query}”${where}.`;
}

/** "A", "A or B", "A, B or C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

const LIST_KEYS = ["ArrowDown", "ArrowUp", "Home", "End"] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** Is this one of the keys that move through the results? */
export function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

/**
 * Arrow-key movement through a list of `count` links, with -1 meaning the
 * search box. Down from the box goes to the first link; up from the first
 * link goes back to the box; the ends do not wrap.
 */
export function moveIndex(current: number, key: ListKey, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case "ArrowDown":
      return Math.min(current + 1, count - 1);
    case "ArrowUp":
      return Math.max(current - 1, -1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
  }
}
