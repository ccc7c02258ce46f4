/**
 * The rules of the code's shape, read from the source files (import lines and
 * storage calls are enough; no bundler needed):
 * - src/lib is plain logic: it imports nothing from islands, components, pages or scripts;
 * - src/islands (the views) import nothing from scripts or pages;
 * - only the storage module touches localStorage or sessionStorage, apart from
 *   the inline pre-paint script, which reads the theme and whether the lock is set.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({
  path,
  name: relative(root, path).replaceAll("\\", "/"),
  text: readFileSync(path, "utf8"),
}));
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

/** The modules a file imports (static, dynamic and re-exports), resolved against the repo. */
function importsOf(name: string, text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*import\s+(?:type\s+)?(?:[^"';]*?\sfrom\s*)?["']([^"']+)["']/gm,
    /^\s*export\s+(?:type\s+)?[^"';]*?\sfrom\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const spec = m[1] ?? "";
      if (!spec.startsWith(".")) continue;
      found.push(relative(root, resolve(dirname(join(root, name)), spec)).replaceAll("\\", "/"));
    }
  }
  return found;
}

/** Imports from files under `from` into any of the `banned` folders, as "file -> import". */
function crossings(from: string, banned: string[]): string[] {
  return files
    .filter((f) => f.name.startsWith(from))
    .flatMap((f) =>
      importsOf(f.name, f.text)
        .filter((target) => banned.some((b) => target === b || target.startsWith(`${b}/`)))
        .map((target) => `${f.name} -> ${target}`),
    );
}

/** Code with comments removed, so a comment may still name localStorage. */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

describe("import direction", () => {
  it("reads import lines correctly", () => {
    expect(
      importsOf(
        "src/lib/a/b.ts",
        `import x from "../../islands/y";\nimport type { Z } from "./z";\nexport * from "../c";\nconst l = () => import("../../scripts/s");\nimport "preact";`,
      ),
    ).toEqual(["src/islands/y", "src/lib/a/z", "src/lib/c", "src/scripts/s"]);
  });

  it("src/lib imports nothing from islands, components, pages or scripts", () => {
    expect(
      crossings("src/lib/", ["src/islands", "src/components", "src/pages", "src/scripts"]),
    ).toEqual([]);
  });

  it("src/islands imports nothing from scripts or pages", () => {
    expect(crossings("src/islands/", ["src/scripts", "src/pages"])).toEqual([]);
  });
});

describe("browser storage", () => {
  /** The storage module, and the tiny inline theme script that runs before first paint. */
  const allowed = [
    /^src\/lib\/local-store\//,
    /^src\/lib\/site-storage\.ts$/,
    /^src\/scripts\/theme-init\.js$/,
  ];

  it("only the storage module uses localStorage or sessionStorage", () => {
    const users = files
      .filter((f) => !isTest(f.name) && !allowed.some((a) => a.test(f.name)))
      .filter((f) => /\b(localStorage|sessionStorage)\b/.test(withoutComments(f.text)))
      .map((f) => f.name);
    expect(users).toEqual([]);
  });

  it("finds storage calls that are real code, not comments", () => {
    expect(/\blocalStorage\b/.test(withoutComments("// localStorage\n/* sessionStorage */"))).toBe(
      false,
    );
    expect(/\blocalStorage\b/.test(withoutComments('const u = "https://x"; localStorage'))).toBe(
      true,
    );
  });
});
