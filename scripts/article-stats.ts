/**
 * Prints word count, sentence length and reading grade for each article.
 * Usage: node scripts/article-stats.ts [files...]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mdxToPlainText, textStats } from "../src/lib/readability.ts";

const dir = "content/articles";
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => join(dir, f));

console.log("words  w/sent  grade  file");
for (const file of files) {
  const s = textStats(mdxToPlainText(readFileSync(file, "utf8")));
  console.log(
    `${String(s.words).padStart(5)}  ${String(s.wordsPerSentence).padStart(6)}  ${String(s.grade).padStart(5)}  ${file}`,
  );
}
