/**
 * Citation markers: how <Cite id="…" /> in an article's body points at one
 * entry in its "Sources" list, and how the list points back. Pure functions,
 * shared by the Sätteri plugin that numbers the markers, the Cite and Sources
 * components and the content tests, so all of them agree on ids and counts.
 */

/** A source in a frontmatter `sources:` list, as far as citations need it. */
export interface CitableSource {
  id?: string | undefined;
  title: string;
  authors?: string | undefined;
  publisher?: string | undefined;
}

/** The id of a source's entry in the Sources list: the target of its markers. */
export function sourceAnchorId(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The id of the k-th marker (from 1) citing a source: the target of a back-link. */
export function citeAnchorId(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}

/** Who a source is by, in a few words: the publisher, or the authors when there is none. */
export function sourceBy(source: CitableSource): string {
  return source.publisher ?? source.authors ?? "";
}

/** A marker's accessible name: "Source 3: Acas, If an employer rejects you". */
export function citeLabel(position: number, source: CitableSource): string {
  const by = sourceBy(source);
  return `Source ${position}: ${by ? `${by}, ` : ""}${source.title}`;
}

/**
 * The <Cite id="…" /> markers in an MDX body, in reading order. Fenced code and
 * inline code are skipped, as MDX does not render components there.
 */
export function citeIds(body: string): string[] {
  const withoutCode = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "")
    .replace(/`[^`\n]*`/g, "");
  return [...withoutCode.matchAll(/<Cite\s+id=["']([^"']*)["']\s*\/>/g)].map((m) => m[1] ?? "");
}

/** How many times each source id is cited in an MDX body. */
export function countCitations(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of citeIds(body)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The <Fact id="…" /> ids used in an MDX body, in reading order. */
export function factIds(body: string): string[] {
  return [...body.matchAll(/<Fact\s+id=["']([^"']*)["']\s*\/>/g)].map((m) => m[1] ?? "");
}

/** Where a source sits in its list (from 1), or 0 when no source has that id. */
export function sourcePosition(sources: readonly CitableSource[], sourceId: string): number {
  return sources.findIndex((s) => s.id === sourceId) + 1;
}

/**
 * Hosts that copy or mirror material whose primary source is readable, or
 * that are local branches of a national service, with what to cite instead.
 * A content test fails when a source's URL is on one of them.
 */
export const SECONDARY_COPIES: ReadonlyArray<{ host: string; instead: string }> = [
  {
    host: "parallelparliament.co.uk",
    instead: "the official record (hansard.parliament.uk, bills.parliament.uk, legislation.gov.uk)",
  },
  { host: "pubmedhh.nlm.nih.gov", instead: "the study's DOI (PubMed Health is discontinued)" },
  { host: "researchgate.net", instead: "the study's DOI" },
  { host: "academia.edu", instead: "the study's DOI" },
  { host: "scribd.com", instead: "the publisher's own page" },
  { host: "beta.acas.org.uk", instead: "the same page on www.acas.org.uk" },
  { host: "cy.ico.org.uk", instead: "the same page on ico.org.uk" },
  { host: "crimeline.co.uk", instead: "legislation.gov.uk" },
  { host: "zoomlaw.co.uk", instead: "legislation.gov.uk" },
  { host: "acthub.uk", instead: "legislation.gov.uk" },
  { host: "davidburkus.com", instead: "the study's DOI (a blog summary is not the study)" },
  { host: "health.wyo.gov", instead: "988lifeline.org (a state department is not the service)" },
  { host: "cmhasaskatoon.ca", instead: "988.ca (a local branch is not the service)" },
  { host: "watershed.law", instead: "the regulator's guidance (ico.org.uk) or the law itself" },
];

/** Why a source URL is not acceptable (what to cite instead), or undefined when it is fine. */
export function secondaryCopyReason(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const hit = SECONDARY_COPIES.find((c) => host === c.host || host.endsWith(`.${c.host}`));
  return hit ? `${hit.host} is a secondary copy: cite ${hit.instead}` : undefined;
}
