/**
 * Validates every built page with html-validate (rules in .htmlvalidate.json),
 * and checks what its lenient parser lets through: nothing may come before the
 * doctype or after </html> (the W3C checker stops at a script there with
 * "Stray start tag script").
 *
 * Usage: node scripts/validate-html.ts [folder]   (default: dist, or DIST_DIR)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type ConfigData, HtmlValidate, type Message } from "html-validate";

const root = process.argv[2] ?? process.env.DIST_DIR ?? "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** Problems outside the document element, which html-validate's parser accepts silently. */
export function strayContent(html: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<!doctype html>/i.test(html)) problems.push("the page must start with <!doctype html>");
  const end = html.search(/<\/html>/i);
  if (end < 0) problems.push("no </html> end tag");
  else if (html.slice(end + "</html>".length).trim())
    problems.push(`content after </html>: ${html.slice(end + 7, end + 87).trim()}…`);
  return problems;
}

const config = JSON.parse(
  readFileSync(new URL("../.htmlvalidate.json", import.meta.url), "utf8"),
) as ConfigData;
const validator = new HtmlValidate(config);
const files = htmlFiles(root);
let errors = 0;
for (const file of files) {
  const html = readFileSync(file, "utf8");
  const report = await validator.validateString(html, file);
  const messages: string[] = report.results.flatMap((r) =>
    r.messages.map((m: Message) => `  ${m.line}:${m.column}  ${m.message}  (${m.ruleId})`),
  );
  messages.push(...strayContent(html).map((p) => `  ${p}`));
  if (messages.length) {
    errors += messages.length;
    console.error(`${relative(".", file)}\n${messages.join("\n")}`);
  }
}

if (files.length === 0) {
  console.error(`No HTML files in ${root}. Build first.`);
  process.exit(1);
}
console.log(`html-validate: ${files.length} pages, ${errors} problems`);
process.exit(errors ? 1 : 0);
