/**
 * Pagefind excerpts are HTML: the page text with entities encoded and the
 * matched words wrapped in <mark>. The UI never inserts them as HTML; it turns
 * them into plain text segments, each either marked or not, and renders those
 * as text nodes. Any other tag is dropped (its text is kept).
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function fromCodePoint(code: number): string {
  // Lone surrogates, NUL and out-of-range values become the replacement character.
  if (
    !Number.isFinite(code) ||
    code <= 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return "\ufffd";
  }
  return String.fromCodePoint(code);
}

/** Decodes the character references Pagefind produces (and numeric ones in general). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const hex = body[1] === "x" || body[1] === "X";
      return fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

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
