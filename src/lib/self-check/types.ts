/**
 * The plain, serialisable props the self-check page passes to its island.
 * Everything here is resolved at build time: no zod and no content API in the browser.
 */

import type { HelpAction } from "../help";
import type { CrisisCountry } from "./crisis";

export interface OptionView {
  label: string;
  score?: number | undefined;
  neutral?: boolean | undefined;
  flag?: string | undefined;
  focus?: string | undefined;
  focusWhen?: string[] | undefined;
}

export interface QuestionView {
  prompt: string;
  hint?: string | undefined;
  scale?: string | undefined;
  options: OptionView[];
}

export interface ArticleLink {
  title: string;
  href: string;
  description: string;
}

import type { ReflectPrompts } from "../reflection-handoff";

export type { ReflectPrompts };

export interface BandView {
  id: string;
  min: number;
  max: number;
  title: string;
  /** Paragraphs of the kind explanation. */
  explanation: string[];
  worksheet?: string | undefined;
  flag?: string | undefined;
  /** Show the site's doctor threshold and help link under the explanation. */
  help?: boolean | undefined;
  reflect?: ReflectPrompts | undefined;
  articles: ArticleLink[];
}

export interface ScaleView {
  id: string;
  label: string;
  /** How the scale's total is worked out (src/lib/self-check/scoring.ts); "sum" if absent. */
  mode?: "sum" | "largest" | undefined;
  pattern?: number | undefined;
  tieFlag?: string | undefined;
  bands: BandView[];
}

export interface FlagView {
  id: string;
  title: string;
  text: string;
  /** Also show the site's help: what to do now, and when to see a doctor. */
  help?: boolean | undefined;
  /** Put the crisis lines' call and text links first in the panel. */
  crisis?: boolean | undefined;
  /** The panel's text for a visitor elsewhere (no lines listed for their country). */
  textElsewhere?: string | undefined;
  /** Articles the panel links to. */
  articles?: ArticleLink[] | undefined;
}

/** The site's help, resolved at build time (src/lib/help.ts), so the page's JS stays small. */
export interface HelpText {
  href: string;
  label: string;
  urgent: string;
  doctor: string;
  /**
   * Each country's call and text links (crisis.ts crisisCountries): the crisis
   * panel leads with the one the browser's language points to.
   */
  countries: CrisisCountry[];
  /** For a visitor elsewhere (help/region.ts guessPlace): a directory of lines, and the EU's emergency number. */
  elsewhere: { line: HelpAction; euEmergency: CrisisCountry["emergency"] };
}

export interface SelfCheckProps {
  slug: string;
  title: string;
  help: HelpText;
  /** The worksheet's address (under the site's base path). */
  worksheetHref: string;
  questions: QuestionView[];
  scales: ScaleView[];
  flags: FlagView[];
  /**
   * Keep each result in the check-in history (src/lib/self-check/history.ts)
   * and show it: "How are you taking it?" only.
   */
  history?: boolean | undefined;
}

/** The error shown for an unanswered question, inline and in the summary. */
export function missingAnswerMessage(i: number): string {
  return `Choose an answer to question ${i + 1}`;
}
