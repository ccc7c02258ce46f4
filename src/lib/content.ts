import { type CollectionEntry, getCollection } from "astro:content";
import { published } from "./articles";

export type Article = CollectionEntry<"articles">;

/** Every article that should be on the site (drafts only in dev). */
export async function getArticles(): Promise<Article[]> {
  return published(await getCollection("articles"), import.meta.env.DEV);
}
