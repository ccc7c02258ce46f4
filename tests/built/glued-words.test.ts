/**
 * No word glued to a link on any built page ("see<a>Need help now?</a>"): Astro's
 * HTML compression drops the line break between text and an element, so a space
 * must be written in the source ({" "}).
 */
import { describe, expect, test } from "vitest";
import { pages } from "./built-site";

/**
 * The visible text of a page's body with each link's start and end marked (⟦ ⟧).
 * Inline tags vanish without a space (as the browser draws them); block tags,
 * line breaks, scripts, styles and templates end a run of text. Citation markers
 * (superscript links, Cite.astro) sit against the word they support on purpose.
 */
function linkMarkedText(html: string): string {
  const body = html.slice(html.indexOf("<body"));
  return body
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, "\n")
    .replace(/<sup\b[\s\S]*?<\/sup>/gi, "")
    .replace(/<a\b[^>]*>/gi, "⟦")
    .replace(/<\/a>/gi, "⟧")
    .replace(
      /<\/?(p|div|li|ul|ol|h[1-6]|section|header|footer|nav|main|table|tr|td|th|br|figure|figcaption|pre|dl|dt|dd|details|summary|form|label|button|fieldset|legend|option|select|textarea|input)\b[^>]*>/gi,
      "\n",
    )
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|&#160;/g, " ");
}

/** Where a letter or digit touches a link's start or end, with a little context. */
function gluedWords(html: string): string[] {
  const text = linkMarkedText(html);
  const found: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]⟦|⟧[\p{L}\p{N}]/gu)) {
    const at = m.index ?? 0;
    found.push(text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, " "));
  }
  return found;
}

describe("gluedWords", () => {
  test("finds a word glued to either side of a link, and nothing where there is a space or punctuation", () => {
    expect(gluedWords('<body><p>see<a href="/help/">help</a> now</p>')).toHaveLength(1);
    expect(gluedWords('<body><p>see <a href="/help/">help</a>now</p>')).toHaveLength(1);
    expect(
      gluedWords('<body><p>see <a href="/help/">help</a>, now (<a href="/">home</a>).</p>'),
    ).toEqual([]);
    expect(gluedWords('<body><p>see <strong><a href="/">x</a></strong> y</p>')).toEqual([]);
    expect(gluedWords('<body><li>one</li><li><a href="/">two</a></li>')).toEqual([]);
    expect(gluedWords('<body><p>a claim<sup><a href="#s1">[1]</a></sup>.</p>')).toEqual([]);
  });
});

test("no built page has a word glued to a link", () => {
  expect(pages.length).toBeGreaterThan(20);
  const glued = pages.flatMap((page) =>
    gluedWords(page.html).map((where) => `${page.path}: …${where}…`),
  );
  expect(glued).toEqual([]);
});
