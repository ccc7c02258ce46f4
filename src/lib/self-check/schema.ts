/**
 * The schema of a self-check file in content/self-checks/<slug>.json:
 *
 * - slug, title, description (for search results), intro, minutes, notice?
 *   (a plain note shown above the questions, such as "a check-in, not a test")
 * - scales: 1–3 × { id, label, mode?, pattern?, tieFlag?, bands }. Each question feeds one scale
 *   (`scale`, or the first scale when it names none). `mode` is "sum" (the
 *   default: the scores add up) or "largest" (the total is the place of the
 *   question that scored highest, 0 when none scored: see scoring.ts). A
 *   "largest" scale may set `pattern` (the lowest top score that counts) and
 *   `tieFlag` (raised when questions share the top score).
 * - questions: 6–10, each { prompt, hint?, scale?, options: 2–5 ×
 *   { label, score | neutral: true, flag?, focus?, focusWhen? } }. A neutral
 *   option ("I don't know") counts towards no scale. `flag` raises a flag
 *   whatever the totals; `focus` names a thing in the reader's hands to work
 *   on, and `focusWhen` (band ids) names it only when the result is in one of
 *   those bands.
 * - bands of a scale: 1–5 from lowest to highest score, each
 *   { id, min, max, title, explanation, articles: 2–4 slugs, worksheet?, flag?,
 *   help?, reflect? }. `reflect` holds prompts for a worksheet entry started
 *   from the result; `help` adds the site's doctor threshold and help link
 *   under the explanation. Blank lines in the explanation start a new paragraph.
 * - flags: 0–4, every flag an option, band or tie raises, with its panel
 *   { id, title, text, help?, crisis?, textElsewhere?, articles? } (`help`: also show the
 *   site's help text; `crisis`: the likely country's crisis lines' call and text links come
 *   first in the panel; `articles`: up to 2 articles the panel links to).
 *
 * A flag with no panel, a panel no answer can raise, a scale with no bands or
 * no questions, bands that overlap, leave gaps, miss the lowest or highest
 * total or can never be reached: each fails the build with a message.
 */
import { z } from "astro/zod";
import { bandProblems, questionsOf } from "./scoring";

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

const optionSchema = z
  .object({
    label: z.string().trim().min(1, "Every option needs a label").max(120),
    score: z
      .number({ error: "A score is a whole number" })
      .int("Scores must be whole numbers")
      .min(0, "Scores must be 0 or more")
      .max(10, "Scores must be 10 or less")
      .optional(),
    neutral: z.literal(true).optional(),
    flag: z.string().regex(SLUG, "A flag is lowercase words joined by hyphens").optional(),
    focus: z.string().trim().min(10).max(120).optional(),
    focusWhen: z
      .array(z.string().regex(SLUG, "A band id is lowercase words joined by hyphens"))
      .min(1)
      .max(5)
      .optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.score === undefined) === (o.neutral === undefined)) {
      ctx.addIssue({
        code: "custom",
        message: `Option "${o.label}" needs a score, or "neutral": true (not both)`,
        path: ["score"],
      });
    }
    if (o.focusWhen && !o.focus) {
      ctx.addIssue({
        code: "custom",
        message: `Option "${o.label}" has "focusWhen" but no focus to name`,
        path: ["focusWhen"],
      });
    }
  });

const questionSchema = z
  .object({
    prompt: z.string().trim().min(10, "Write the question in full").max(160),
    hint: z.string().trim().min(10).max(200).optional(),
    scale: z.string().regex(SLUG, "A scale id is lowercase words joined by hyphens").optional(),
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

/** Worksheet prompts for an entry started from a result: a field's words, or steps. */
const prompt = z.string().trim().min(10).max(400).optional();
const reflectSchema = z.strictObject({
  feeling: prompt,
  wentWell: prompt,
  differently: prompt,
  workOn: prompt,
  advice: prompt,
  kindNote: prompt,
  steps: z.array(z.string().trim().min(3).max(160)).max(5).optional(),
});

/**
 * The fields of a self-check file. `articleRef` is `reference("articles")` in
 * src/content.config.ts and a plain slug schema in unit tests.
 */
export function selfCheckFields<R extends z.ZodType>(articleRef: R) {
  const flagSchema = z.object({
    id: z.string().regex(SLUG, "A flag id is lowercase words joined by hyphens"),
    title: z.string().trim().min(5).max(80),
    text: z.string().trim().min(40).max(400),
    /** Also show the site's help (src/lib/help.ts): what to do now, and when to see a doctor. */
    help: z.boolean().optional(),
    /** Put the crisis lines' call and text links first in the panel (src/lib/self-check/crisis.ts). */
    crisis: z.boolean().optional(),
    /**
     * A crisis panel's text for a visitor whose language names a country the site has no
     * lines for (src/lib/help/region.ts): `text` may speak of the lines it lists.
     */
    textElsewhere: z.string().trim().min(40).max(400).optional(),
    /** Articles the panel links to, such as the rights article for a discrimination concern. */
    articles: z.array(articleRef).max(2, "A flag's panel links to at most 2 articles").optional(),
  });

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
      articles: z
        .array(articleRef)
        .min(2, "Recommend at least 2 articles")
        .max(4, "Recommend at most 4 articles"),
      worksheet: z.string().trim().min(30).max(300).optional(),
      flag: z.string().regex(SLUG).optional(),
      help: z.boolean().optional(),
      reflect: reflectSchema.optional(),
    })
    .superRefine((b, ctx) =>
      flagRepeats(ctx, b.articles, refKey, (key, i) => ({
        message: `Article "${key}" is recommended twice`,
        path: ["articles", i],
      })),
    );

  const scaleSchema = z.object({
    id: z.string().regex(SLUG, "A scale id is lowercase words joined by hyphens"),
    label: z.string().trim().min(3).max(40),
    mode: z.enum(["sum", "largest"]).optional(),
    pattern: z.number().int().min(1).max(10).optional(),
    tieFlag: z.string().regex(SLUG, "A flag is lowercase words joined by hyphens").optional(),
    bands: z
      .array(bandSchema)
      .min(1, "A scale needs result bands")
      .max(5, "A scale has at most 5 result bands"),
  });

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
      notice: z.string().trim().min(20).max(300).optional(),
      minutes: z.number().int().min(1).max(15),
      questions: z
        .array(questionSchema)
        .min(6, "A self-check has at least 6 questions")
        .max(10, "A self-check has at most 10 questions"),
      scales: z
        .array(scaleSchema)
        .min(1, "A self-check has at least one scale")
        .max(3, "A self-check has at most 3 scales"),
      flags: z.array(flagSchema).max(4).default([]),
    })
    .superRefine((check, ctx) => {
      const issue = (message: string, path: (string | number)[]) =>
        ctx.addIssue({ code: "custom", message, path });
      flagRepeats(
        ctx,
        check.scales,
        (s) => s.id,
        (id, i) => ({ message: `Scale id "${id}" is used twice`, path: ["scales", i, "id"] }),
      );
      flagRepeats(
        ctx,
        check.scales.flatMap((s) => s.bands),
        (b) => b.id,
        (id) => ({ message: `Band id "${id}" is used twice`, path: ["scales"] }),
      );
      flagRepeats(
        ctx,
        check.flags,
        (f) => f.id,
        (id, i) => ({ message: `Flag "${id}" is declared twice`, path: ["flags", i, "id"] }),
      );

      const scaleIds = new Set(check.scales.map((s) => s.id));
      check.questions.forEach((q, i) => {
        if (q.scale !== undefined && !scaleIds.has(q.scale)) {
          issue(`Question ${i + 1} feeds a scale that does not exist: "${q.scale}"`, [
            "questions",
            i,
            "scale",
          ]);
        }
      });

      check.scales.forEach((scale, si) => {
        const qs = questionsOf(check.questions, check.scales, scale.id);
        if (qs.length === 0) {
          issue(`No question feeds the scale "${scale.id}"`, ["scales", si]);
          return;
        }
        if ((scale.pattern !== undefined || scale.tieFlag) && scale.mode !== "largest") {
          issue(`Scale "${scale.id}": "pattern" and "tieFlag" need "mode": "largest"`, [
            "scales",
            si,
          ]);
        }
        for (const p of bandProblems(qs, scale.bands, scale.mode, scale.pattern)) {
          issue(
            `Scale "${scale.id}": ${p.message}`,
            p.band === undefined ? ["scales", si, "bands"] : ["scales", si, "bands", p.band],
          );
        }
      });

      // Every flag raised needs a panel, and every panel must be reachable.
      const declared = new Set(check.flags.map((f) => f.id));
      const raised = new Set<string>();
      check.questions.forEach((q, i) => {
        q.options.forEach((o, j) => {
          if (!o.flag) return;
          raised.add(o.flag);
          if (!declared.has(o.flag)) {
            issue(
              `Option "${o.label}" raises the flag "${o.flag}", which has no panel in "flags"`,
              ["questions", i, "options", j, "flag"],
            );
          }
        });
      });
      check.scales.forEach((s, si) => {
        s.bands.forEach((b, bi) => {
          if (!b.flag) return;
          raised.add(b.flag);
          if (!declared.has(b.flag)) {
            issue(`Band "${b.id}" raises the flag "${b.flag}", which has no panel in "flags"`, [
              "scales",
              si,
              "bands",
              bi,
              "flag",
            ]);
          }
        });
      });
      check.scales.forEach((s, si) => {
        if (!s.tieFlag) return;
        raised.add(s.tieFlag);
        if (!declared.has(s.tieFlag)) {
          issue(`Scale "${s.id}" raises the flag "${s.tieFlag}" on a tie, which has no panel`, [
            "scales",
            si,
            "tieFlag",
          ]);
        }
      });
      const bandIds = new Set(check.scales.flatMap((s) => s.bands.map((b) => b.id)));
      check.questions.forEach((q, i) => {
        q.options.forEach((o, j) => {
          for (const b of o.focusWhen ?? []) {
            if (!bandIds.has(b)) {
              issue(`Option "${o.label}" names its focus in a band that does not exist: "${b}"`, [
                "questions",
                i,
                "options",
                j,
                "focusWhen",
              ]);
            }
          }
        });
      });
      check.flags.forEach((f, i) => {
        if (!raised.has(f.id)) {
          issue(`No answer or band raises the flag "${f.id}"`, ["flags", i]);
        }
      });
    });
}

/** The schema with plain slugs for article references: for unit tests and scripts. */
export const selfCheckSchema = selfCheckFields(
  z.string().regex(SLUG, "An article reference is the article's slug"),
);
export type SelfCheckData = z.infer<typeof selfCheckSchema>;
