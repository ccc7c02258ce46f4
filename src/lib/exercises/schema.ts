/**
 * The frontmatter of an exercise or planning tool (content/exercises/*.mdx):
 * what the hub lists (title, description, minutes, evidence), the article
 * `sources` and review-date rules, and each page's own data (expressive
 * writing's sessions, the kind letter's steps, the thought record's traps,
 * feelings and worked examples, the plan's examples, the log's stages).
 * Plain zod, so unit tests check the files directly.
 */
import { z } from "astro/zod";
import { sourceSchema } from "../article-schema";
import { reviewDatesProblem } from "../review-dates";

const dateField = (name: string) =>
  z.coerce.date({ error: `${name} must be a date like 2026-11-29` });
const id = z.string().regex(/^[a-z0-9-]+$/, "An id is lower-case words joined by hyphens");
const text = (min = 3) => z.string().min(min);

export const sessionSchema = z.object({ title: text(), prompt: text(20) });
export const stepSchema = z.object({ id, label: text(), hint: text(10), placeholder: text() });
export const trapSchema = z.object({ id, name: text(), line: text(10) });
export const feelingRating = z.object({
  name: text(2),
  strength: z.number().int().min(0).max(100),
});
export const recordExampleSchema = z.object({
  title: text(),
  situation: text(),
  thought: text(),
  feelings: z.array(feelingRating).min(1),
  traps: z.array(id),
  evidenceFor: text(),
  evidenceAgainst: text(),
  balanced: text(),
  rerate: z.array(feelingRating).min(1),
});
export const planExampleSchema = z.object({
  if: text(),
  // The content's own word: "If …, then …". Never awaited.
  // biome-ignore lint/suspicious/noThenProperty: a field of the content, not a promise
  then: text(),
  when: text().optional(),
});
export const stageSchema = z.object({ id, label: text(2), hint: text(10) });

export const exerciseSchema = z
  .object({
    title: z.string().min(5).max(90),
    description: z
      .string()
      .min(50, "The description should be a full sentence (at least 50 characters)")
      .max(160, "Keep the description to 160 characters or fewer: it is shown in search results"),
    /** How long it takes, in words: "About 15 minutes". */
    minutes: text(5),
    /** One honest line on what research says about it. */
    evidence: z.string().min(30).max(220),
    reviewed: dateField("reviewed"),
    nextReview: dateField("nextReview"),
    sources: z.array(sourceSchema).min(1, "An exercise says what research says: list its sources"),
    sessions: z.array(sessionSchema).optional(),
    steps: z.array(stepSchema).optional(),
    traps: z.array(trapSchema).optional(),
    feelings: z.array(text(2)).optional(),
    examples: z.array(z.union([recordExampleSchema, planExampleSchema])).optional(),
    stages: z.array(stageSchema).optional(),
    winExamples: z.array(text()).optional(),
  })
  .superRefine((data, ctx) => {
    const problem = reviewDatesProblem(data.reviewed, data.nextReview);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["nextReview"] });
    const traps = new Set(data.traps?.map((t) => t.id));
    for (const [i, ex] of (data.examples ?? []).entries())
      if ("traps" in ex)
        for (const t of ex.traps)
          if (!traps.has(t))
            ctx.addIssue({
              code: "custom",
              message: `Example ${i + 1} names a thinking trap that is not listed: ${t}`,
              path: ["examples", i, "traps"],
            });
  });
export type Exercise = z.infer<typeof exerciseSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Trap = z.infer<typeof trapSchema>;
export type RecordExample = z.infer<typeof recordExampleSchema>;
