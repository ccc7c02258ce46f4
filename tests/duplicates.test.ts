/**
 * No block of six or more lines is written twice in the site's own code
 * (src/, scripts/, bench/, outside tests). Lines are compared with their
 * white space folded; blank lines, comments, import lines, lines of lone
 * punctuation and bare markup (a tag, or one attribute) are passed over, as
 * they say nothing on their own. Two copies of the same logic should be one
 * function or component.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const ROOTS = ["src", "scripts", "bench"];
const CODE = /\.(ts|tsx|astro|mjs|js|css)$/;
const SKIP = /(\.test\.ts|\.spec\.ts)$|(^|\/)(fixtures|\.work|results)\//;
const RUN = 6;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return CODE.test(path) && !SKIP.test(path) ? [path] : [];
  });
}

interface Line {
  text: string;
  at: number;
}

/** The lines that carry meaning, each with its line number. */
function meaningfulLines(source: string): Line[] {
  const out: Line[] = [];
  let inComment = false;
  source.split("\n").forEach((raw, i) => {
    let text = raw.trim().replace(/\s+/g, " ");
    if (inComment) {
      if (text.includes("*/")) inComment = false;
      return;
    }
    if (text.startsWith("/*") || text.startsWith("<!--")) {
      if (!text.includes("*/") && !text.includes("-->")) inComment = !text.startsWith("<!--");
      return;
    }
    if (text.startsWith("//") || text.startsWith("*")) return;
    if (/^(import|export \{[^}]*\} from|export \* from)\b/.test(text) || /^} from /.test(text))
      return;
    text = text.replace(/\s*\/\/.*$/, "");
    if (!/[A-Za-z0-9]/.test(text)) return;
    // Markup on its own line: a tag, or one attribute of a tag.
    if (/^<\/?[\w.:-]/.test(text) || /^[\w:.-]+=("[^"]*"|\{.*)$/.test(text)) return;
    out.push({ text, at: i + 1 });
  });
  return out;
}

/** Every run of RUN meaningful lines that stands in two places. */
function repeatedRuns(sources: Record<string, string>): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  const reported = new Set<string>();
  for (const [file, source] of Object.entries(sources)) {
    const lines = meaningfulLines(source);
    for (let i = 0; i + RUN <= lines.length; i++) {
      const window = lines.slice(i, i + RUN);
      const key = window.map((l) => l.text).join("\n");
      const here = `${file}:${window[0]?.at}-${window.at(-1)?.at}`;
      const before = seen.get(key);
      if (!before) {
        seen.set(key, here);
        continue;
      }
      const pair = `${before.split(":")[0]} ~ ${file}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      found.push(`${before} ~ ${here}`);
    }
  }
  return found;
}

test("the detector finds a repeated run and ignores imports, comments and punctuation", () => {
  const body = ["const a = 1;", "const b = 2;", "call(a);", "call(b);", "x += a;", "y += b;"];
  const one = ['import { x } from "y";', "// note", ...body, "}"].join("\n");
  const two = ["function f() {", ...body.map((l) => `    ${l}`), "}"].join("\n");
  expect(repeatedRuns({ "one.ts": one, "two.ts": two })).toHaveLength(1);
  expect(repeatedRuns({ "one.ts": one, "three.ts": body.slice(0, 5).join("\n") })).toEqual([]);
});

test("no block of six or more lines is repeated in the site's own code", () => {
  const sources = Object.fromEntries(
    ROOTS.flatMap(files).map((path) => [path, readFileSync(path, "utf8")]),
  );
  expect(repeatedRuns(sources)).toEqual([]);
});
