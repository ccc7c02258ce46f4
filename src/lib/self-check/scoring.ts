/**
 * Scoring for self-checks. Plain functions with no dependencies, so the island
 * can import them without pulling in zod, and the schema can reuse them.
 *
 * A self-check has one or more scales. Each question feeds one scale (the
 * first, if it names none). An option either scores on its question's scale
 * or is neutral ("I don't know"), which counts towards no scale: it adds
 * nothing, so a guess never pushes a result either way. An option may raise a
 * flag (such as "support"), which shows a panel whatever the totals; a result
 * band may raise one too.
 *
 * A scale adds up its questions' scores ("sum", the default), or names the
 * question that scored highest ("largest"): its total is that question's
 * place among the scale's questions (1 for the first), the earlier one on a
 * tie, and 0 when none scored above 0. "Where is your search stuck?" uses it
 * to name the stage where most applications stop: each question is one stage,
 * and its options are rough counts. Such a scale may set `pattern`, the
 * lowest top score that counts as a pattern (1 if unset): below it, the total
 * is 0, "too early to say". It may also name a `tieFlag`, raised when two or
 * more questions share the top score, so the result can say so.
 *
 * An option's `focusWhen` lists band ids: its focus line is named only when
 * the result falls in one of those bands (interview practice only for someone
 * whose applications stop at interviews, for example).
 */

export interface ScoredOption {
  score?: number | undefined;
  neutral?: boolean | undefined;
  flag?: string | undefined;
  /** A short thing in the reader's hands to work on, named in the result. */
  focus?: string | undefined;
  /** Name the focus only when the result falls in one of these bands (any scale). */
  focusWhen?: readonly string[] | undefined;
}

export interface ScoredQuestion {
  scale?: string | undefined;
  options: readonly ScoredOption[];
}

export interface ScoreBand {
  id: string;
  min: number;
  max: number;
  flag?: string | undefined;
}

/** How a scale turns its questions' scores into a total (see above). */
export type ScaleMode = "sum" | "largest";

export interface Scale<B extends ScoreBand = ScoreBand> {
  id: string;
  mode?: ScaleMode | undefined;
  /** "largest" only: the lowest top score that counts as a pattern (1 if unset). */
  pattern?: number | undefined;
  /** "largest" only: a flag raised when two or more questions share the top score. */
  tieFlag?: string | undefined;
  bands: readonly B[];
}

/** One answer per question: the index of the chosen option, or undefined if unanswered. */
export type Answers = readonly (number | undefined)[];

/** What an option adds to its scale: a neutral option adds nothing. */
export function optionScore(o: ScoredOption): number {
  return o.neutral ? 0 : (o.score ?? 0);
}

/** The scale a question feeds: its own, or the first scale. */
export function scaleOf(q: ScoredQuestion, scales: readonly { id: string }[]): string {
  return q.scale ?? scales[0]?.id ?? "";
}

/** The questions that feed one scale, with their indexes in the whole self-check. */
export function questionsOf<Q extends ScoredQuestion>(
  questions: readonly Q[],
  scales: readonly { id: string }[],
  scale: string,
): Q[] {
  return questions.filter((q) => scaleOf(q, scales) === scale);
}

/** The lowest and highest total anyone can get from these questions. */
export function scoreRange(
  questions: readonly ScoredQuestion[],
  mode: ScaleMode = "sum",
  pattern = 1,
): { min: number; max: number } {
  if (mode === "largest") {
    const sums = achievableScores(questions, mode, pattern);
    return { min: sums[0] ?? 0, max: sums[sums.length - 1] ?? 0 };
  }
  let min = 0;
  let max = 0;
  for (const q of questions) {
    const scores = q.options.map(optionScore);
    if (scores.length === 0) continue;
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return { min, max };
}

/**
 * For a "largest" scale: the places (1-based) of every question that shares
 * the top score, earliest first; none when the top score is below `pattern`.
 */
export function topPlaces(scores: readonly number[], pattern = 1): number[] {
  const best = Math.max(0, ...scores);
  if (best < Math.max(1, pattern)) return [];
  return scores.flatMap((s, i) => (s === best ? [i + 1] : []));
}

/** The total of one scale from the scores of its questions' chosen options, in order. */
export function scaleTotal(
  scores: readonly number[],
  mode: ScaleMode = "sum",
  pattern = 1,
): number {
  if (mode === "sum") return scores.reduce((a, b) => a + b, 0);
  return topPlaces(scores, pattern)[0] ?? 0;
}

/**
 * For a "largest" scale: one answer per question that makes question `place`
 * (1-based) score highest, the earlier one on a tie, or, for place 0, that
 * leaves every question at 0. Undefined if no answers can.
 */
function answersForPlace(
  questions: readonly ScoredQuestion[],
  place: number,
  pattern = 1,
): number[] | undefined {
  const floor = Math.max(1, pattern);
  const scores = (q: ScoredQuestion) => q.options.map(optionScore);
  const lowest = (q: ScoredQuestion, below: number) => {
    const s = scores(q);
    const m = Math.min(...s);
    return m < below ? s.indexOf(m) : -1;
  };
  if (place === 0) {
    const picks = questions.map((q) => scores(q).findIndex((s) => s < floor));
    return picks.every((p) => p >= 0) ? picks : undefined;
  }
  const winner = questions[place - 1];
  if (!winner) return undefined;
  const top = Math.max(...scores(winner));
  if (!(top >= floor)) return undefined;
  const picks = questions.map((q, i) =>
    i === place - 1 ? scores(q).indexOf(top) : lowest(q, i < place - 1 ? top : top + 1),
  );
  return picks.every((p) => p >= 0) ? picks : undefined;
}

/** Every total that some set of answers can produce, in ascending order. */
export function achievableScores(
  questions: readonly ScoredQuestion[],
  mode: ScaleMode = "sum",
  pattern = 1,
): number[] {
  if (mode === "largest") {
    const places: number[] = [];
    for (let p = 0; p <= questions.length; p++)
      if (answersForPlace(questions, p, pattern)) places.push(p);
    return places;
  }
  let sums = new Set<number>([0]);
  for (const q of questions) {
    if (q.options.length === 0) continue;
    const next = new Set<number>();
    for (const s of sums) for (const o of q.options) next.add(s + optionScore(o));
    sums = next;
  }
  return [...sums].sort((a, b) => a - b);
}

/** The indexes of questions that have no valid answer yet. */
export function unansweredQuestions(
  questions: readonly ScoredQuestion[],
  answers: Answers,
): number[] {
  const missing: number[] = [];
  questions.forEach((q, i) => {
    const a = answers[i];
    if (a === undefined || !Number.isInteger(a) || a < 0 || a >= q.options.length) missing.push(i);
  });
  return missing;
}

/** The total score of a full set of answers (to these questions). Throws if any is unanswered. */
export function totalScore(
  questions: readonly ScoredQuestion[],
  answers: Answers,
  mode: ScaleMode = "sum",
  pattern = 1,
): number {
  const missing = unansweredQuestions(questions, answers);
  if (missing.length > 0) {
    throw new Error(`Questions not answered: ${missing.map((i) => i + 1).join(", ")}`);
  }
  const scores = questions.map((q, i) => {
    const o = q.options[answers[i] as number];
    return o ? optionScore(o) : 0;
  });
  return scaleTotal(scores, mode, pattern);
}

/** The band whose inclusive range holds `score`, if any. */
export function findBand<B extends { min: number; max: number }>(
  bands: readonly B[],
  score: number,
): B | undefined {
  return bands.find((b) => score >= b.min && score <= b.max);
}

export interface Outcome {
  /** Per scale, in the self-check's order: its total and the id of its band. */
  scales: { scale: string; total: number; band: string }[];
  /** Flags raised by the chosen options or the bands, once each, in order of first raising. */
  flags: string[];
  /** Up to `maxFocus` things to work on, the highest-scoring first (then in question order). */
  focus: string[];
}

/** The whole result of a full set of answers. Throws if any question is unanswered. */
export function scoreAnswers(
  questions: readonly ScoredQuestion[],
  scales: readonly Scale[],
  answers: Answers,
  maxFocus = 2,
): Outcome {
  const missing = unansweredQuestions(questions, answers);
  if (missing.length > 0) {
    throw new Error(`Questions not answered: ${missing.map((i) => i + 1).join(", ")}`);
  }
  const scores = new Map<string, number[]>(scales.map((s) => [s.id, []]));
  const flags: string[] = [];
  const raise = (flag: string | undefined) => {
    if (flag && !flags.includes(flag)) flags.push(flag);
  };
  const focus: { text: string; score: number; i: number; when: readonly string[] | undefined }[] =
    [];
  questions.forEach((q, i) => {
    const o = q.options[answers[i] as number] as ScoredOption;
    scores.get(scaleOf(q, scales))?.push(optionScore(o));
    raise(o.flag);
    if (o.focus) focus.push({ text: o.focus, score: optionScore(o), i, when: o.focusWhen });
  });
  const out = scales.map((s) => {
    const own = scores.get(s.id) ?? [];
    const total = scaleTotal(own, s.mode, s.pattern);
    const band = findBand(s.bands, total);
    raise(band?.flag);
    if (s.mode === "largest" && s.tieFlag && topPlaces(own, s.pattern).length > 1) raise(s.tieFlag);
    return { scale: s.id, total, band: band?.id ?? "" };
  });
  const bands = new Set(out.map((o) => o.band));
  const named = focus.filter((f) => !f.when || f.when.some((b) => bands.has(b)));
  named.sort((a, b) => b.score - a.score || a.i - b.i);
  const texts = [...new Set(named.map((f) => f.text))].slice(0, maxFocus);
  return { scales: out, flags, focus: texts };
}

/**
 * One set of answers (option indexes) that adds up to exactly `target`,
 * or undefined if no set does. Used by tests to prove every band is reachable.
 */
export function answersForScore(
  questions: readonly ScoredQuestion[],
  target: number,
  mode: ScaleMode = "sum",
  pattern = 1,
): number[] | undefined {
  if (mode === "largest") return answersForPlace(questions, target, pattern);
  // reachable[i] = the totals the questions from i to the end can add up to.
  const reachable: Set<number>[] = new Array(questions.length + 1);
  reachable[questions.length] = new Set([0]);
  for (let i = questions.length - 1; i >= 0; i--) {
    const after = reachable[i + 1] as Set<number>;
    const here = new Set<number>();
    for (const o of questions[i]?.options ?? [])
      for (const s of after) here.add(s + optionScore(o));
    reachable[i] = here;
  }
  if (!reachable[0]?.has(target)) return undefined;
  const answers: number[] = [];
  let remaining = target;
  questions.forEach((q, i) => {
    const after = reachable[i + 1] as Set<number>;
    const pick = q.options.findIndex((o) => after.has(remaining - optionScore(o)));
    answers.push(pick);
    remaining -= optionScore(q.options[pick] ?? {});
  });
  return answers;
}

export interface BandProblem {
  /** Index of the band the problem is about, or undefined for the whole list. */
  band: number | undefined;
  message: string;
}

/**
 * Everything wrong with a list of bands for the questions of one scale: bands
 * must be listed from lowest to highest, must not overlap or leave gaps, must
 * cover exactly the lowest to the highest possible total, and each must be
 * reachable by at least one set of answers.
 */
export function bandProblems(
  questions: readonly ScoredQuestion[],
  bands: readonly { min: number; max: number }[],
  mode: ScaleMode = "sum",
  pattern = 1,
): BandProblem[] {
  const problems: BandProblem[] = [];
  if (bands.length === 0) return [{ band: undefined, message: "Add at least one result band" }];
  const { min, max } = scoreRange(questions, mode, pattern);
  const sums = achievableScores(questions, mode, pattern);

  bands.forEach((b, i) => {
    if (b.min > b.max) {
      problems.push({
        band: i,
        message: `Band ${i + 1} starts (${b.min}) after it ends (${b.max})`,
      });
    }
    const prev = bands[i - 1];
    if (!prev) return;
    if (b.min <= prev.max) {
      problems.push({
        band: i,
        message: `Band ${i + 1} (${b.min}–${b.max}) overlaps band ${i} (${prev.min}–${prev.max}); list bands from lowest to highest without overlap`,
      });
    } else if (b.min > prev.max + 1) {
      problems.push({
        band: i,
        message: `There is a gap between band ${i} (ends at ${prev.max}) and band ${i + 1} (starts at ${b.min})`,
      });
    }
  });

  const first = bands[0] as { min: number; max: number };
  const last = bands[bands.length - 1] as { min: number; max: number };
  if (first.min !== min) {
    problems.push({
      band: 0,
      message: `The first band must start at the lowest possible score, ${min} (it starts at ${first.min})`,
    });
  }
  if (last.max !== max) {
    problems.push({
      band: bands.length - 1,
      message: `The last band must end at the highest possible score, ${max} (it ends at ${last.max})`,
    });
  }

  bands.forEach((b, i) => {
    if (b.min <= b.max && !sums.some((s) => s >= b.min && s <= b.max)) {
      problems.push({
        band: i,
        message: `No set of answers gives a score from ${b.min} to ${b.max}, so band ${i + 1} can never be shown`,
      });
    }
  });
  return problems;
}

/**
 * The suggested reading under a result: up to `max` articles, taken in turn
 * from each scale's band (first from each, then second from each…), once each.
 */
export function readingList<A extends { href: string }>(
  perBand: readonly (readonly A[] | undefined)[],
  max = 4,
): A[] {
  const reading = new Map<string, A>();
  const longest = Math.max(0, ...perBand.map((a) => a?.length ?? 0));
  for (let i = 0; i < longest; i++)
    for (const articles of perBand) {
      const a = articles?.[i];
      if (a && reading.size < max && !reading.has(a.href)) reading.set(a.href, a);
    }
  return [...reading.values()];
}
