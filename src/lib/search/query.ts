import { getTopic, TOPIC_IDS, TOPICS, type Topic, type TopicId } from "../topics";
import type { PagefindSearchOptions } from "./types";

/** Long enough for any real question; stops a pasted essay from reaching the index. */
export const MAX_QUERY_LENGTH = 200;

export const SEARCH_PATH = "/search/";

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

/** The topic whose name Pagefind returned, if it is one of ours. */
export function topicByName(name: string | undefined): Topic | undefined {
  return name ? TOPICS.find((t) => t.name === name) : undefined;
}

/**
 * Search options for the chosen topics: a page in any of them matches. Pagefind
 * filters on a topic's name, as set by data-pagefind-filter.
 */
export function searchOptions(topics: readonly TopicId[]): PagefindSearchOptions {
  const chosen = cleanTopics(topics);
  return chosen.length ? { filters: { topic: { any: topicNames(chosen) } } } : {};
}

/** Toggles one topic in a selection, keeping the site's topic order. */
export function toggleTopic(topics: readonly TopicId[], id: TopicId, on: boolean): TopicId[] {
  const next = new Set(topics);
  if (on) next.add(id);
  else next.delete(id);
  return cleanTopics(next);
}

/** The names of topics, as the site shows them (and Pagefind filters on them). */
export function topicNames(topics: readonly TopicId[]): string[] {
  return topics.map((id) => getTopic(id).name);
}
