/**
 * Every claim next to its source (issue 22), checked on the content files:
 * each article's and exercise's sources have unique ids, every <Cite> names
 * one of them, every source is cited in the text, every <Fact> exists in
 * src/lib/facts.ts, and no source is a secondary copy of a readable primary.
 * Also: no fact's scheduled change is more than 30 days past without a check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { citeIds, factIds, secondaryCopyReason } from "../src/lib/citations";
import { attentionMessage, FACTS, findFact, overdueChanges } from "../src/lib/facts";

interface ContentFile {
  file: string;
  sources: Array<Record<string, unknown>>;
  body: string;
}

function read(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
      let data: Record<string, unknown> = {};
      try {
        data = (parseYaml(m?.[1] ?? "") ?? {}) as Record<string, unknown>;
      } catch {
        // content.test.ts reports bad YAML; here the file simply has no sources.
      }
      const sources = Array.isArray(data.sources)
        ? (data.sources as Array<Record<string, unknown>>)
        : [];
      return { file: join(dir, f), sources, body: m?.[2] ?? text };
    });
}

const files = [...read("content/articles"), ...read("content/exercises")];

test("there are articles and exercises to check", () => {
  expect(files.filter((f) => f.file.startsWith("content/articles")).length).toBeGreaterThan(10);
  expect(files.filter((f) => f.file.startsWith("content/exercises")).length).toBeGreaterThan(3);
});

describe.each(files)("$file", ({ sources, body }) => {
  const ids = sources.map((s) => (typeof s.id === "string" ? s.id : undefined));

  test("every source has an id, unique in the file", () => {
    const missing = sources
      .map((s, i) => (ids[i] === undefined ? `sources.${i} (${String(s.title)})` : undefined))
      .filter(Boolean);
    expect(missing, "give each source an id: kebab-case words").toEqual([]);
    const dupes = ids.filter((id, i) => id !== undefined && ids.indexOf(id) !== i);
    expect(dupes, "source ids must be unique in a file").toEqual([]);
  });

  test("every <Cite> names a source listed in this file", () => {
    const known = new Set(ids.filter(Boolean));
    const unknown = [...new Set(citeIds(body).filter((id) => !known.has(id)))];
    expect(unknown, "add the source (with this id) or fix the marker").toEqual([]);
  });

  test("every listed source is cited at least once in the text", () => {
    const cited = new Set(citeIds(body));
    const uncited = ids.filter((id): id is string => id !== undefined && !cited.has(id));
    expect(
      uncited,
      'mark the claim each supports with <Cite id="…" />, or remove the source',
    ).toEqual([]);
  });

  test("every <Fact> names a fact in src/lib/facts.ts", () => {
    const missing = [...new Set(factIds(body).filter((id) => !findFact(id)))];
    expect(missing, "append the fact to src/lib/facts.ts").toEqual([]);
  });

  test("no source is a secondary copy of a readable primary", () => {
    const bad = sources
      .map((s) => (typeof s.url === "string" ? secondaryCopyReason(s.url) : undefined))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });
});

describe("the facts file", () => {
  test("ids are unique kebab-case words", () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test("every fact's source is a full https address and not a secondary copy", () => {
    for (const fact of FACTS) {
      for (const source of [fact.source, fact.change?.source, fact.pending?.source]) {
        if (!source) continue;
        expect(source.url, fact.id).toMatch(/^https:\/\//);
        expect(secondaryCopyReason(source.url), fact.id).toBeUndefined();
      }
    }
  });

  // The one check that reads today's date: like an article's review date, a
  // scheduled change that took effect over 30 days ago must have been checked since.
  test("no scheduled change is more than 30 days past without a fresh check", () => {
    expect(overdueChanges(FACTS, new Date()).map(attentionMessage)).toEqual([]);
  });
});
