import { url } from "../paths/base";
import { getTopic, TOPIC_IDS, TOPICS, type Topic, type TopicId } from "../topics";
import type { PagefindSearchOptions } from "./types";

/** Long enough for any real question; stops a pasted essay from reaching the index. */
export const MAX_QUERY_LENGTH = 200;

export const SEARCH_PATH = url("/search/");

export interface SearchState {
  q: string;
  topics: TopicId[];
}

/** Collapses whitespace, trims and caps the length of what someone typed. */
export function normaliseQuery(raw: string | null | undefined): string {
  return (raw ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Known topic ids only, each once, in the site's topic order. */
export function cleanTopics(values: Iterable<string>): TopicId[] {
  const wanted = new Set(values);
  return TOPIC_IDS.filter((id) => wanted.has(id));
}

/** Reads `?q=words&topic=coping&topic=learning` (unknown topics are ignored). */
export function readSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: normaliseQuery(params.get("q")),
    topics: cleanTopics(params.getAll("topic")),
  };
}

/** The shareable address of a search: `/search/?q=words&topic=coping`. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set("q", q);
  for (const topic of cleanTopics(state.topics)) params.append("topic", topic);
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** The topic whose id Pagefind returned (articles index `data-pagefind-filter="topic"` with the id), if it is one of ours. */
export function topicById(id: string | undefined): Topic | undefined {
  return id ? TOPICS.find((t) => t.id === id) : undefined;
}

/**
 * Search options for the chosen topics: a page in any of them matches. Pagefind
 * filters on the topic id, as set by data-pagefind-filter.
 */
export function searchOptions(topics: readonly TopicId[]): PagefindSearchOptions {
  const chosen = cleanTopics(topics);
  return chosen.length ? { filters: { topic: { any: chosen } } } : {};
}

/** Toggles one topic in a selection, keeping the site's topic order. */
export function toggleTopic(topics: readonly TopicId[], id: TopicId, on: boolean): TopicId[] {
  const next = new Set(topics);
  if (on) next.add(id);
  else next.delete(id);
  return cleanTopics(next);
}

/** The names of topics, as the site shows them. */
export function topicNames(topics: readonly TopicId[]): string[] {
  return topics.map((id) => getTopic(id).name);
}
