import { url } from "./paths/base";
import { TOPICS, type TopicId } from "./topics";

/** The little an article list needs to know about each article. */
export interface ArticleSummary {
  id: string;
  data: { title: string; topic: TopicId; reviewed: Date; draft: boolean };
}

export function articleHref(id: string): string {
  return url(`/articles/${id}/`);
}

export function topicHref(topic: TopicId): string {
  return url(`/topics/${topic}/`);
}

/** Drafts are left out of production builds. */
export function published<T extends ArticleSummary>(articles: T[], includeDrafts = false): T[] {
  return articles.filter((a) => includeDrafts || !a.data.draft);
}

/** Stable reading order inside a topic: by title, so lists never shuffle between builds. */
export function sortArticles<T extends ArticleSummary>(articles: T[]): T[] {
  return [...articles].sort((a, b) => a.data.title.localeCompare(b.data.title, "en"));
}

export interface TopicGroup<T> {
  topic: (typeof TOPICS)[number];
  articles: T[];
}

/** Articles grouped by topic, in the fixed topic order; empty topics are left out. */
export function groupByTopic<T extends ArticleSummary>(articles: T[]): TopicGroup<T>[] {
  return TOPICS.map((topic) => ({
    topic,
    articles: sortArticles(articles.filter((a) => a.data.topic === topic.id)),
  })).filter((g) => g.articles.length > 0);
}

/** The articles before and after `id` within its topic, in reading order. */
export function prevNextInTopic<T extends ArticleSummary>(
  articles: T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const current = articles.find((a) => a.id === id);
  if (!current) return { prev: undefined, next: undefined };
  const inTopic = sortArticles(articles.filter((a) => a.data.topic === current.data.topic));
  const i = inTopic.findIndex((a) => a.id === id);
  return { prev: inTopic[i - 1], next: inTopic[i + 1] };
}
