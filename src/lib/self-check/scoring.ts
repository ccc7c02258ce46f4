/**
 * Scoring for self-checks. Plain functions with no dependencies, so the island
 * can import them without pulling in zod, and the schema can reuse them.
 */

export interface ScoredOption {
  score: number;
}

export interface ScoredQuestion {
  options: readonly ScoredOption[];
}

export interface ScoreBand {
  min: number;
  max: number;
}

/** One answer per question: the index of the chosen option, or undefined if unanswered. */
export type Answers = readonly (number | undefined)[];

/** The lowest and highest total anyone can get. */
export function scoreRange(questions: readonly ScoredQuestion[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const q of questions) {
    const scores = q.options.map((o) => o.score);
    if (scores.length === 0) continue;
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return { min, max };
}

/** Every total that some set of answers can produce, in ascending order. */
export function achievableScores(questions: readonly ScoredQuestion[]): number[] {
  let sums = new Set<number>([0]);
  for (const q of questions) {
    if (q.options.length === 0) continue;
    const next = new Set<number>();
    for (const s of sums) for (const o of q.options) next.add(s + o.score);
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

/** The total score of a full set of answers. Throws if any question is unanswered. */
export function totalScore(questions: readonly ScoredQuestion[], answers: Answers): number {
  const missing = unansweredQuestions(questions, answers);
  if (missing.length > 0) {
    throw new Error(`Questions not answered: ${missing.map((i) => i + 1).join(", ")}`);
  }
  let total = 0;
  questions.forEach((q, i) => {
    total += q.options[answers[i] as number]?.score ?? 0;
  });
  return total;
}

/** The band whose inclusive range holds `score`, if any. */
export function findBand<B extends ScoreBand>(bands: readonly B[], score: number): B | undefined {
  return bands.find((b) => score >= b.min && score <= b.max);
}

/**
 * One set of answers (option indexes) that adds up to exactly `target`,
 * or undefined if no set does. Used by tests to prove every band is reachable.
 */
export function answersForScore(
  questions: readonly ScoredQuestion[],
  target: number,
): number[] | undefined {
  // reachable[i] = the totals the questions from i to the end can add up to.
  const reachable: Set<number>[] = new Array(questions.length + 1);
  reachable[questions.length] = new Set([0]);
  for (let i = questions.length - 1; i >= 0; i--) {
    const after = reachable[i + 1] as Set<number>;
    const here = new Set<number>();
    for (const o of questions[i]?.options ?? []) for (const s of after) here.add(s + o.score);
    reachable[i] = here;
  }
  if (!reachable[0]?.has(target)) return undefined;
  const answers: number[] = [];
  let remaining = target;
  questions.forEach((q, i) => {
    const after = reachable[i + 1] as Set<number>;
    const pick = q.options.findIndex((o) => after.has(remaining - o.score));
    answers.push(pick);
    remaining -= q.options[pick]?.score ?? 0;
  });
  return answers;
}

export interface BandProblem {
  /** Index of the band the problem is about, or undefined for the whole list. */
  band: number | undefined;
  message: string;
}

/**
 * Everything wrong with a list of bands for these questions: bands must be
 * listed from lowest to highest, must not overlap or leave gaps, must cover
 * exactly the lowest to the highest possible total, and each must be
 * reachable by at least one set of answers.
 */
export function bandProblems(
  questions: readonly ScoredQuestion[],
  bands: readonly ScoreBand[],
): BandProblem[] {
  const problems: BandProblem[] = [];
  if (bands.length === 0) return [{ band: undefined, message: "Add at least one result band" }];
  const { min, max } = scoreRange(questions);
  const sums = achievableScores(questions);

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

  const first = bands[0] as ScoreBand;
  const last = bands[bands.length - 1] as ScoreBand;
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
