/**
 * Prints word count, sentence length, reading grade and number of sources for
 * each article, with the limits the content test applies.
 * Usage: node scripts/article-stats.ts [files...]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { mdxToPlainText, textStats } from "../src/lib/readability.ts";

const dir = "content/articles";
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => join(dir, f));

function sourceCount(source: string): number {
  const yaml = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "";
  try {
    const data = parse(yaml) as { sources?: unknown };
    return Array.isArray(data?.sources) ? data.sources.length : 0;
  } catch {
    return 0;
  }
}

console.log("words  w/sent  grade  sources  file");
const grades: number[] = [];
for (const file of files) {
  const source = readFileSync(file, "utf8");
  const s = textStats(mdxToPlainText(source));
  grades.push(s.grade);
  const flags = [
    s.words < 700 || s.words > 1400 ? "words outside 700-1,400" : "",
    s.grade > 9 ? "grade over 9" : "",
  ].filter(Boolean);
  console.log(
    `${String(s.words).padStart(5)}  ${String(s.wordsPerSentence).padStart(6)}  ${String(s.grade).padStart(5)}  ${String(sourceCount(source)).padStart(7)}  ${file}${flags.length ? `  (${flags.join(", ")})` : ""}`,
  );
}
if (grades.length > 1) {
  const mean = grades.reduce((a, b) => a + b, 0) / grades.length;
  console.log(`mean grade ${mean.toFixed(1)} (8 or lower across the library)`);
}
