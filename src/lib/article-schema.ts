import { z } from "astro/zod";
import { NEXT_STEP_IDS } from "./next-steps";
import { TOPIC_IDS } from "./topics";

/**
 * The frontmatter of an article, without the collection references (which need
 * astro:content). Kept separate so unit tests can check it directly.
 */
export function articleFields<R extends z.ZodType>(relatedRef: R) {
  return z.object({
    title: z.string().min(5, "Give the article a title of at least 5 characters").max(90),
    description: z
      .string()
      .min(50, "The description should be a full sentence (at least 50 characters)")
      .max(160, "Keep the description to 160 characters or fewer: it is shown in search results"),
    topic: z.enum(TOPIC_IDS, {
      error: `topic must be one of: ${TOPIC_IDS.join(", ")}`,
    }),
    updated: z.coerce.date({ error: "updated must be a date like 2026-11-25" }),
    takeaways: z
      .array(z.string().min(10))
      .min(3, "List at least 3 key takeaways")
      .max(5, "List at most 5 key takeaways"),
    related: z.array(relatedRef).default([]),
    nextStep: z.enum(NEXT_STEP_IDS).default("worksheet"),
    draft: z.boolean().default(false),
  });
}

/** The schema with plain slugs for references: for unit tests and scripts. */
export const articleFrontmatterSchema = articleFields(z.string().regex(/^[a-z0-9-]+$/));
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
