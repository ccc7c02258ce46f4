/**
 * Plain-text statistics for article bodies: word counts, sentence lengths,
 * syllables and the Flesch-Kincaid grade. Pure functions, no DOM.
 */

/** Strip MDX/Markdown syntax so only the prose a reader reads is left. */
export function mdxToPlainText(source: string): string {
  let text = source;
  // frontmatter
  text = text.replace(/^---\n[\s\S]*?\n---\n?/, "");
  // import / export lines
  text = text.replace(/^(import|export)\s.*$/gm, "");
  // fenced code blocks
  text = text.replace(/```[\s\S]*?```/g, "");
  // JSX attributes holding template literals (email templates are not prose we grade)
  text = text.replace(/\w+=\{`[\s\S]*?`\}/g, "");
  // self-closing and paired JSX tags (keep their children)
  text = text.replace(/<\/?[A-Za-z][^<>]*\/?>/g, "\n");
  // MDX expressions
  text = text.replace(/\{[^{}]*\}/g, "");
  // images, then links: keep link text
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "");
  text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  // headings, list markers, quotes: each becomes its own line ending in a full stop
  text = text.replace(/^\s{0,3}#{1,6}\s+(.*)$/gm, "$1.");
  text = text.replace(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/gm, "$1.");
  text = text.replace(/^\s*>\s?/gm, "");
  // emphasis and inline code markers
  text = text.replace(/[*_`~]+/g, "");
  // a line ending without punctuation ends a sentence too
  text = text.replace(/([^.!?:;\s])\s*\n\s*\n/g, "$1.\n\n");
  text = text.replace(/\.(\s*\.)+/g, ".");
  return text.replace(/[ \t]+/g, " ").trim();
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? [];
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** A dictionary-free syllable estimate, good enough for grade averages. */
export function syllables(word: string): number {
  let w = word
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/[^a-z]/g, "");
  if (w.length === 0) return /\d/.test(word) ? 1 : 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "");
  w = w.replace(/^y/, "");
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  grade: number;
}

export function textStats(plain: string): TextStats {
  const ws = words(plain);
  const ss = sentences(plain).length || 1;
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  const n = ws.length || 1;
  const wordsPerSentence = ws.length / ss;
  const grade = 0.39 * wordsPerSentence + 11.8 * (syl / n) - 15.59;
  return {
    words: ws.length,
    sentences: ss,
    syllables: syl,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    grade: Math.round(grade * 10) / 10,
  };
}

/** Minutes to read at an unhurried 200 words a minute, at least 1. */
export function readingMinutes(wordCount: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
