/**
 * The plain, serialisable props the self-check page passes to its island.
 * Everything here is resolved at build time: no zod and no content API in the browser.
 */

export interface OptionView {
  label: string;
  score: number;
}

export interface QuestionView {
  prompt: string;
  hint?: string | undefined;
  options: OptionView[];
}

export interface ArticleLink {
  title: string;
  href: string;
  description: string;
}

export interface BandView {
  id: string;
  min: number;
  max: number;
  title: string;
  /** Paragraphs of the kind explanation. */
  explanation: string[];
  support?: string | undefined;
  worksheet?: string | undefined;
  articles: ArticleLink[];
}

export interface SelfCheckProps {
  slug: string;
  questions: QuestionView[];
  bands: BandView[];
}

/** The error shown for an unanswered question, inline and in the summary. */
export function missingAnswerMessage(i: number): string {
  return `Choose an answer to question ${i + 1}`;
}
