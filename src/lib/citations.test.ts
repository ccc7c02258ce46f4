import { mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import {
  citeAnchorId,
  citeIds,
  citeLabel,
  countCitations,
  factIds,
  secondaryCopyReason,
  sourceAnchorId,
  sourcePosition,
} from "./citations";
import { citationsPlugin } from "./citations-plugin";

const sources = [
  { id: "ons", title: "Labour market overview", publisher: "Office for National Statistics" },
  { id: "acas", title: "If an employer rejects you", publisher: "Acas" },
];

/** Compiles MDX with the plugin and returns the props each <Cite> is given, in order. */
async function citeProps(mdx: string): Promise<string[]> {
  const result = await mdxToJs(mdx, {
    hastPlugins: [citationsPlugin],
    jsxImportSource: "astro",
    data: {
      astro: {
        frontmatter: { sources },
        headings: [],
        localImagePaths: new Set<string>(),
        remoteImagePaths: new Set<string>(),
      },
    },
  });
  return [...result.code.matchAll(/_jsx\(Cite, \{([^}]*)\}/g)].map((m) =>
    (m[1] ?? "").replace(/\s+/g, " ").trim(),
  );
}

describe("citation ids and labels", () => {
  it("names a source by its place, publisher and title", () => {
    expect(citeLabel(3, { title: "If an employer rejects you", publisher: "Acas" })).toBe(
      "Source 3: Acas, If an employer rejects you",
    );
    expect(citeLabel(1, { title: "A study", authors: "Smith, J." })).toBe(
      "Source 1: Smith, J., A study",
    );
  });

  it("gives each marker and each list entry its own id", () => {
    expect(sourceAnchorId("acas")).toBe("source-acas");
    expect(citeAnchorId("acas", 2)).toBe("cite-acas-2");
  });

  it("finds a source's place from 1, or 0 when it is not listed", () => {
    expect(sourcePosition(sources, "acas")).toBe(2);
    expect(sourcePosition(sources, "nope")).toBe(0);
  });
});

describe("reading markers from an MDX body", () => {
  const body = [
    'One<Cite id="acas" />. Two<Cite id="ons" /><Cite id="acas" />.',
    "",
    "```mdx",
    'Code<Cite id="in-code" />',
    "```",
    "",
    'Inline `<Cite id="inline" />` is code. A fact: <Fact id="uk-tribunal-time-limit" />.',
  ].join("\n");

  it("lists markers in reading order, skipping code", () => {
    expect(citeIds(body)).toEqual(["acas", "ons", "acas"]);
  });

  it("counts markers per source", () => {
    expect(Object.fromEntries(countCitations(body))).toEqual({ acas: 2, ons: 1 });
  });

  it("lists facts", () => {
    expect(factIds(body)).toEqual(["uk-tribunal-time-limit"]);
  });
});

describe("the citations plugin", () => {
  it("numbers each marker by its source's place and counts occurrences in reading order", async () => {
    const props = await citeProps(
      'First<Cite id="acas" />.\n\nThen<Cite id="ons" /> and again<Cite id="acas" />.\n',
    );
    expect(props).toEqual([
      'id: "acas", n: "2", occurrence: "1", label: "Source 2: Acas, If an employer rejects you"',
      'id: "ons", n: "1", occurrence: "1", label: "Source 1: Office for National Statistics, Labour market overview"',
      'id: "acas", n: "2", occurrence: "2", label: "Source 2: Acas, If an employer rejects you"',
    ]);
  });

  it("gives a marker naming no listed source the number 0 and no label", async () => {
    expect(await citeProps('Oops<Cite id="missing" />.\n')).toEqual([
      'id: "missing", n: "0", occurrence: "1"',
    ]);
  });

  it("counts afresh in every document", async () => {
    await citeProps('A<Cite id="acas" />.\n');
    const second = await citeProps('B<Cite id="acas" />.\n');
    expect(second[0]).toContain('occurrence: "1"');
  });

  it("agrees with the body count used by the Sources list", async () => {
    const mdx = 'A<Cite id="acas" /> b<Cite id="ons" />.\n\n- c<Cite id="acas" />\n';
    const props = await citeProps(mdx);
    expect(props).toHaveLength(citeIds(mdx).length);
  });
});

describe("secondary copies", () => {
  it("names a mirror or a local branch and what to cite instead", () => {
    expect(secondaryCopyReason("https://www.parallelparliament.co.uk/question/123")).toMatch(
      /parallelparliament\.co\.uk is a secondary copy: cite the official record/,
    );
    expect(secondaryCopyReason("https://pubmedhh.nlm.nih.gov/cgi-bin/abstract.cgi")).toMatch(/DOI/);
    expect(secondaryCopyReason("https://beta.acas.org.uk/x")).toMatch(/www\.acas\.org\.uk/);
  });

  it("lets the primary sources through", () => {
    expect(secondaryCopyReason("https://www.acas.org.uk/x")).toBeUndefined();
    expect(secondaryCopyReason("https://ico.org.uk/x")).toBeUndefined();
    expect(secondaryCopyReason("https://www.legislation.gov.uk/ukpga/2025/36")).toBeUndefined();
    expect(secondaryCopyReason("not a url")).toBeUndefined();
  });
});
