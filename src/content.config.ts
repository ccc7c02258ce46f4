import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { articleFields } from "./lib/article-schema";
import { exerciseSchema } from "./lib/exercises/schema";
import { selfCheckFields } from "./lib/self-check/schema";

const articles = defineCollection({
  // BB_CONTENT_DIR points at another articles folder: the scale benchmark (bench/) uses it.
  loader: glob({ pattern: "**/*.mdx", base: process.env.BB_CONTENT_DIR ?? "./content/articles" }),
  schema: articleFields(reference("articles")),
});

/** One JSON file per self-check; the `slug` field becomes the entry id. */
const selfChecks = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/self-checks" }),
  schema: selfCheckFields(reference("articles")),
});

/** The exercises and planning tools (one MDX file each): the hub and their pages read them. */
const exercises = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/exercises" }),
  schema: exerciseSchema,
});

export const collections = { articles, "self-checks": selfChecks, exercises };
