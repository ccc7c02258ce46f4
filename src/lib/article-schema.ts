import { z } from "astro/zod";
import { NEXT_STEP_IDS } from "./next-steps";
import { reviewDatesProblem } from "./review-dates";
import { TOPIC_IDS } from "./topics";

/**
 * One entry in an article's "Sources" list: something the writer has read.
 * People or an organisation (or both), and a way to find it (a URL or a DOI).
 */
export const sourceSchema = z
  .object({
    /** How the text points at this source: <Cite id="…" /> (kebab-case, unique in its file). */
    id: z
      .string({
        error: 'Give each source an id, like acas-rejected-applicants, for <Cite id="…" />',
      })
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "A source's id is lower-case words joined by hyphens, like acas-rejected-applicants",
      ),
    title: z.string().min(3, "Give each source its real title"),
    authors: z.string().min(2).optional(),
    publisher: z.string().min(2).optional(),
    year: z
      .number({ error: "A source's year must be a whole number like 2024" })
      .int("A source's year must be a whole number like 2024")
      .min(1800, "A source's year must be between 1800 and 2100")
      .max(2100, "A source's year must be between 1800 and 2100"),
    url: z
      .url({ protocol: /^https$/, error: "A source's url must be a full https:// address" })
      .optional(),
    doi: z
      .string()
      .regex(
        /^10\.\d{4,9}\/\S+$/,
        "A source's doi must look like 10.1234/abc (without https://doi.org/)",
      )
      .optional(),
  })
  .refine((s) => s.authors !== undefined || s.publisher !== undefined, {
    message: "Each source needs authors or a publisher (or both)",
    path: ["authors"],
  })
  .refine((s) => s.url !== undefined || s.doi !== undefined, {
    message: "Each source needs a url or a doi (or both) so readers can find it",
    path: ["url"],
  });
export type Source = z.infer<typeof sourceSchema>;
/** A source in a list that no <Cite> points at (the /help/ page's): the id is optional. */
export type ListedSource = Omit<Source, "id"> & { id?: string };

/** An everyday phrase: short, lower case, words and numbers with single spaces ("can't pay rent"). */
const EVERYDAY_PHRASE = /^[a-z0-9]+(?:['’-][a-z0-9]+)*(?: [a-z0-9]+(?:['’-][a-z0-9]+)*)*$/;
const EVERYDAY_MESSAGE =
  "Write each everyday phrase in lower case, words and numbers only, with single spaces (like ‘no reply’ or ‘can’t pay rent’)";

const dateField = (name: string) =>
  z.coerce.date({ error: `${name} must be a date like 2026-11-29` });

/**
 * The frontmatter of an article, without the collection references (which need
 * astro:content). Kept separate so unit tests can check it directly.
 */
export function articleFields<R extends z.ZodType>(relatedRef: R) {
  return z
    .object({
      title: z.string().min(5, "Give the article a title of at least 5 characters").max(90),
      description: z
        .string()
        .min(50, "The description should be a full sentence (at least 50 characters)")
        .max(160, "Keep the description to 160 characters or fewer: it is shown in search results"),
      topic: z.enum(TOPIC_IDS, {
        error: `topic must be one of: ${TOPIC_IDS.join(", ")}`,
      }),
      reviewed: dateField("reviewed"),
      nextReview: dateField("nextReview"),
      takeaways: z
        .array(z.string().min(10))
        .min(3, "List at least 3 key takeaways")
        .max(5, "List at most 5 key takeaways"),
      related: z.array(relatedRef).default([]),
      nextStep: z.enum(NEXT_STEP_IDS).default("worksheet"),
      sources: z.array(sourceSchema).default([]),
      draft: z.boolean().default(false),
      /**
       * The words people type for what the article is about, when the article
       * itself says it differently ("ghosted", "no reply", "broke"): indexed
       * for search with extra weight, never shown on the page.
       */
      everyday: z
        .array(
          z
            .string()
            .regex(EVERYDAY_PHRASE, EVERYDAY_MESSAGE)
            .max(40, "Keep each everyday phrase to 40 characters or fewer"),
        )
        .max(25, "List at most 25 everyday phrases")
        .refine((list) => new Set(list).size === list.length, "List each everyday phrase once")
        .default([]),
    })
    .superRefine((data, ctx) => {
      const problem = reviewDatesProblem(data.reviewed, data.nextReview);
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["nextReview"] });
    });
}

/** The schema with plain slugs for references: for unit tests and scripts. */
export const articleFrontmatterSchema = articleFields(z.string().regex(/^[a-z0-9-]+$/));
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
