/**
 * Writes a corpus of N articles for the scale benchmark: the site's real
 * articles (self-checks refer to them, so the build needs them) plus generated
 * ones of the same length and shape, until there are N in all. Deterministic:
 * the same N always gives the same files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TOPIC_IDS } from "../src/lib/topics.ts";
import {
  ADJECTIVES,
  ADVERBS,
  COMMON_NOUNS,
  HEADINGS,
  NAMES,
  SENTENCES,
  SYLLABLES,
  TITLES,
  TOPIC_NOUNS,
  VERBS,
} from "./words.ts";

/** A small, fast, seeded random number generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

/** Skewed towards the start of the list, as word use is in real text. */
function pick<T>(rand: Rand, list: readonly T[]): T {
  const r = rand();
  return list[Math.floor(r * r * list.length)] as T;
}

function between(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function orgName(rand: Rand): string {
  const parts = between(rand, 2, 3);
  let name = "";
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return capital(name);
}

function fill(rand: Rand, template: string, topic: string): string {
  const nouns = TOPIC_NOUNS[topic] ?? [];
  const noun = () => (rand() < 0.6 ? pick(rand, nouns) : pick(rand, COMMON_NOUNS));
  return template
    .replace(/\{Verb\}/g, () => capital(pick(rand, VERBS)))
    .replace(/\{verb2?\}/g, () => pick(rand, VERBS))
    .replace(/\{noun2?\}/g, noun)
    .replace(/\{adj2?\}/g, () => pick(rand, ADJECTIVES))
    .replace(/\{adv\}/g, () => pick(rand, ADVERBS))
    .replace(/\{name\}/g, () => pick(rand, NAMES))
    .replace(/\{org\}/g, () => orgName(rand));
}

function sentence(rand: Rand, topic: string): string {
  return capital(fill(rand, pick(rand, SENTENCES), topic));
}

function paragraph(rand: Rand, topic: string, min = 4, max = 7): string {
  const count = between(rand, min, max);
  return Array.from({ length: count }, () => sentence(rand, topic)).join(" ");
}

/** Double quotes only appear inside YAML strings as escaped characters. */
const yaml = (s: string) => JSON.stringify(s);

export interface GeneratedArticle {
  slug: string;
  topic: string;
  text: string;
  words: number;
}

/** One article of about 800 to 1,200 words: intro, 6 or 7 sections, lists and a callout. */
export function article(index: number, slugs: readonly string[]): GeneratedArticle {
  const rand = random(index + 1);
  const topic = TOPIC_IDS[index % TOPIC_IDS.length] as string;
  const slug = slugs[index] as string;
  const title = capital(fill(rand, pick(rand, TITLES), topic)).slice(0, 80);
  let description = "";
  while (description.length < 60) description += `${sentence(rand, topic)} `;
  description = description.trim().slice(0, 155);
  const takeaways = Array.from({ length: between(rand, 3, 5) }, () => sentence(rand, topic));
  const related = Array.from({ length: 3 }, (_, i) => slugs[(index + 1 + i * 7) % slugs.length]);
  const month = String(1 + (index % 12)).padStart(2, "0");
  const day = String(1 + (index % 28)).padStart(2, "0");

  const body: string[] = [paragraph(rand, topic, 3, 4)];
  const sections = between(rand, 6, 7);
  for (let s = 0; s < sections; s++) {
    body.push(`## ${capital(fill(rand, pick(rand, HEADINGS), topic))}`);
    const paragraphs = between(rand, 2, 3);
    for (let p = 0; p < paragraphs; p++) body.push(paragraph(rand, topic));
    if (s === 1 || s === 3) {
      body.push(
        Array.from({ length: between(rand, 3, 5) }, () => `- ${sentence(rand, topic)}`).join("\n"),
      );
    }
    if (s === 2) {
      const title = capital(fill(rand, "{Verb} the {noun}", topic));
      body.push(
        `<Callout type="tip" title=${yaml(title)}>\n${paragraph(rand, topic, 1, 2)}\n</Callout>`,
      );
    }
    if (s === sections - 2 && rand() < 0.5) {
      body.push(`### ${capital(fill(rand, pick(rand, HEADINGS), topic))}`);
      body.push(paragraph(rand, topic, 2, 4));
    }
  }
  body.push(`## Your next steps\n\n${paragraph(rand, topic, 2, 3)}`);

  const text = [
    "---",
    `title: ${yaml(title)}`,
    `description: ${yaml(description)}`,
    `topic: ${topic}`,
    `reviewed: 2026-${month}-${day}`,
    `nextReview: 2028-${month}-${day}`,
    "takeaways:",
    ...takeaways.map((t) => `  - ${yaml(t)}`),
    "related:",
    ...related.map((r) => `  - ${r}`),
    "nextStep: worksheet",
    "---",
    "",
    body.join("\n\n"),
    "",
  ].join("\n");
  const words = body
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w)).length;
  return { slug, topic, text, words };
}

export interface CorpusInfo {
  dir: string;
  articles: number;
  real: number;
  generated: number;
  meanWords: number;
}

/** Writes N articles into `dir` (emptied first): the real ones, then generated ones. */
export function writeCorpus(n: number, dir: string, realDir: string): CorpusInfo {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const real = readdirSync(realDir).filter((f) => f.endsWith(".mdx") && !f.startsWith("_"));
  // A real article's relative imports (`../../src/lib/…`) point at the site's
  // source from content/articles/; here they are made absolute, from realDir.
  for (const file of real) {
    const text = readFileSync(join(realDir, file), "utf8");
    writeFileSync(
      join(dir, file),
      text.replace(
        /(^import[^\n]*?from\s*["'])(\.{1,2}\/[^"']+)(["'])/gm,
        (_, start: string, path: string, end: string) => `${start}${resolve(realDir, path)}${end}`,
      ),
    );
  }
  const count = Math.max(0, n - real.length);
  const slugs = Array.from({ length: count }, (_, i) => `bench-${String(i + 1).padStart(5, "0")}`);
  let words = 0;
  for (let i = 0; i < count; i++) {
    const a = article(i, slugs);
    words += a.words;
    writeFileSync(join(dir, `${a.slug}.mdx`), a.text);
  }
  return {
    dir,
    articles: real.length + count,
    real: real.length,
    generated: count,
    meanWords: count ? Math.round(words / count) : 0,
  };
}
