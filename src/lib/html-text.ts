/**
 * Plain text out of HTML that the site did not build as a DOM: Pagefind's
 * excerpts (search/excerpt.ts) and a component's slot rendered at build time
 * (linksIn). Nothing here makes HTML: the text it returns is rendered as text.
 */

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

/** A link as a page shows it: where it goes and what it says. */
export interface PageLink {
  href: string;
  text: string;
}

/** Text from an HTML fragment: tags dropped, references decoded, white space as one space. */
export const plainText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/**
 * The links in a piece of HTML that Astro rendered at build time (a
 * component's slot), in order, each once; `skip` leaves out addresses
 * offered anyway (the page's own link to urgent help).
 */
export function linksIn(html: string, skip: readonly string[] = []): PageLink[] {
  const out: PageLink[] = [];
  for (const m of html.matchAll(
    /<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a>/gi,
  )) {
    const href = plainText(m[1] ?? m[2] ?? "");
    const text = plainText(m[3] ?? "");
    if (!href || !text || skip.includes(href) || out.some((l) => l.href === href)) continue;
    out.push({ href, text });
  }
  return out;
}
