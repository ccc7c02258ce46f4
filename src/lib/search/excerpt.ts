/**
 * Pagefind excerpts are HTML: the page text with entities encoded and the
 * matched words wrapped in <mark>. The UI never inserts them as HTML; it turns
 * them into plain text segments, each either marked or not, and renders those
 * as text nodes. Any other tag is dropped (its text is kept).
 */

import { decodeEntities } from "../html-text";

export interface Segment {
  text: string;
  mark: boolean;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;

function push(segments: Segment[], text: string, mark: boolean): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

/** Splits an excerpt into text and highlighted (<mark>) segments. */
export function parseExcerpt(html: string | undefined | null): Segment[] {
  if (!html) return [];
  const segments: Segment[] = [];
  let depth = 0;
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    push(segments, decodeEntities(html.slice(last, match.index)), depth > 0);
    last = match.index + match[0].length;
    if (match[2]?.toLowerCase() === "mark") {
      depth = match[1] === "/" ? Math.max(0, depth - 1) : depth + 1;
    }
  }
  push(segments, decodeEntities(html.slice(last)), depth > 0);
  return segments;
}

/** The excerpt as plain text, for labels and tests. */
export function segmentsToText(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}
