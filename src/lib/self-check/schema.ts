/**
 * The schema of a self-check file in content/self-checks/<slug>.json:
 *
 * - slug, title, description (for search results), intro, minutes
 * - questions: 6–10, each { prompt, hint?, options: 2–5 × { label, score } }
 * - bands: 2–5 result bands from lowest to highest score, each
 *   { id, min, max, title, explanation, support?, articles: 2–4 slugs, worksheet? }
 *   Blank lines in the explanation start a new paragraph.
 *
 * Bands must not overlap or leave gaps, must run from the lowest to the highest
 * possible total, and each must be reachable by some set of answers.
 */
import { z } from "astro/zod";
import { bandProblems } from "./scoring";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key of an article reference: a plain slug in tests, `{ collection, id }` from astro:content. */
function refKey(ref: unknown): string {
  if (typeof ref === "string") return ref;
  if (ref && typeof ref === "object" && "id" in ref) return String((ref as { id: unknown }).id);
  return JSON.stringify(ref);
}

/** Adds an issue at each item whose key was already seen earlier in the list. */
function flagRepeats<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  issue: (key: string, index: number) => { message: string; path: (string | number)[] },
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", ...issue(k, i) });
    seen.add(k);
  });
}

const optionSchema = z.object({
  label: z.string().trim().min(1, "Every option needs a label").max(120),
  score: z
    .number({ error: "Every option needs a score (a whole number)" })
    .int("Scores must be whole numbers")
    .min(0, "Scores must be 0 or more")
    .max(10, "Scores must be 10 or less"),
});

const questionSchema = z
  .object({
    prompt: z.string().trim().min(10, "Write the question in full").max(160),
    hint: z.string().trim().min(10).max(200).optional(),
    options: z
      .array(optionSchema)
      .min(2, "Give each question at least 2 options")
      .max(5, "Give each question at most 5 options"),
  })
  .superRefine((q, ctx) =>
    flagRepeats(
      ctx,
      q.options,
      (o) => o.label.toLowerCase(),
      (_, i) => ({
        message: `Option "${q.options[i]?.label}" appears twice`,
        path: ["options", i, "label"],
      }),
    ),
  );

/**
 * The fields of a self-check file. `articleRef` is `reference("articles")` in
 * src/content.config.ts and a plain slug schema in unit tests.
 */
export function selfCheckFields<R extends z.ZodType>(articleRef: R) {
  const bandSchema = z
    .object({
      id: z.string().regex(SLUG, "A band id is lowercase words joined by hyphens"),
      min: z.number().int("Band limits must be whole numbers"),
      max: z.number().int("Band limits must be whole numbers"),
      title: z.string().trim().min(5).max(80),
      explanation: z
        .string()
        .trim()
        .min(120, "Explain the result kindly in a few sentences (at least 120 characters)")
        .max(900, "Keep the explanation short (900 characters or fewer)"),
      support: z.string().trim().min(40).max(400).optional(),
      articles: z
        .array(articleRef)
        .min(2, "Recommend at least 2 articles")
        .max(4, "Recommend at most 4 articles"),
      worksheet: z.string().trim().min(30).max(300).optional(),
    })
    .superRefine((b, ctx) =>
      flagRepeats(ctx, b.articles, refKey, (key, i) => ({
        message: `Article "${key}" is recommended twice`,
        path: ["articles", i],
      })),
    );

  return z
    .object({
      slug: z.string().regex(SLUG, "The slug is lowercase words joined by hyphens"),
      title: z.string().trim().min(5).max(80),
      description: z
        .string()
        .trim()
        .min(50, "The description should be a full sentence (at least 50 characters)")
        .max(160, "Keep the description to 160 characters or fewer"),
      intro: z.string().trim().min(50).max(600),
      minutes: z.number().int().min(1).max(15),
      questions: z
        .array(questionSchema)
        .min(6, "A self-check has at least 6 questions")
        .max(10, "A self-check has at most 10 questions"),
      bands: z
        .array(bandSchema)
        .min(2, "A self-check has at least 2 result bands")
        .max(5, "A self-check has at most 5 result bands"),
    })
    .superRefine((check, ctx) => {
      flagRepeats(
        ctx,
        check.bands,
        (b) => b.id,
        (id, i) => ({ message: `Band id "${id}" is used twice`, path: ["bands", i, "id"] }),
      );
      for (const p of bandProblems(check.questions, check.bands)) {
        ctx.addIssue({
          code: "custom",
          message: p.message,
          path: p.band === undefined ? ["bands"] : ["bands", p.band],
        });
      }
    });
}

/** The schema with plain slugs for article references: for unit tests and scripts. */
export const selfCheckSchema = selfCheckFields(
  z.string().regex(SLUG, "An article reference is the article's slug"),
);
export type SelfCheckData = z.infer<typeof selfCheckSchema>;
