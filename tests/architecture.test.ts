/**
 * The rules of the code's shape, read from the source files (import lines and
 * storage calls are enough; no bundler needed):
 * - src/lib is plain logic: it imports nothing from islands, components, pages or scripts;
 * - src/islands (the views) import nothing from scripts or pages;
 * - only the storage module (src/lib/local-store) touches localStorage or
 *   sessionStorage, or calls getItem/setItem/removeItem/key on any handle
 *   (`s.getItem(k)`, `s.getItem?.(k)`, `s["getItem"](k)`, Storage.prototype),
 *   apart from the inline pre-paint script, which reads the theme and whether
 *   the lock is set; scripts/, public/ and bench/ are held to the same rule;
 * - features do not depend on each other in a loop, and a feature uses
 *   another feature only through the few modules named as its seams (the
 *   month summary and "carry on" read every tool, so they may read any);
 * - island features share view pieces through src/islands/ui only;
 * - scripts/, public/ and bench/ take only plain logic from src (src/lib),
 *   never a view, and nothing from e2e/ (what both need lives elsewhere).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

/** What the benchmarks generate (gitignored): built sites, not source. */
const GENERATED = new Set([join(root, "bench", ".work"), join(root, "bench", "results")]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return GENERATED.has(path) ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

const read = (path: string) => ({
  path,
  name: relative(root, path).replaceAll("\\", "/"),
  text: readFileSync(path, "utf8"),
});
const files = sourceFiles(src).map(read);
/** Everything that runs: the site's source, the build scripts, what public/ serves, the benchmarks. */
const everything = [
  ...files,
  ...["scripts", "public", "bench"].flatMap((d) => sourceFiles(join(root, d)).map(read)),
];
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
  const allowed = [/^src\/lib\/local-store\//, /^src\/scripts\/theme-init\.js$/];
  /**
   * The self-check's result store still reads and writes its own keys (its
   * helper owns that code; issue 20 moves it behind local-store). Listed by
   * name, so nothing else can join it unseen.
   */
  const pending = [
    "src/lib/self-check/handoff.ts",
    "src/lib/self-check/reflection.ts",
    "src/lib/self-check/result-store.ts",
  ];
  const RAW = new RegExp(
    [
      // s.getItem(k), s.getItem?.(k), s.key (0)
      /\.(getItem|setItem|removeItem|key)\s*(\?\.)?\s*\(/.source,
      // s["setItem"](k, v), window["localStorage"]
      /\[\s*["'`](getItem|setItem|removeItem|localStorage|sessionStorage)["'`]\s*\]/.source,
      /\bStorage\.prototype\b/.source,
      // localStorage, sessionStorage (not an object's key of that name)
      /\b(localStorage|sessionStorage)\b(?!\s*:)/.source,
    ].join("|"),
  );

  it("only the storage module touches storage, in src, scripts, public and bench", () => {
    const users = everything
      .filter((f) => !isTest(f.name) && !allowed.some((a) => a.test(f.name)))
      .filter((f) => RAW.test(withoutComments(f.text)))
      .map((f) => f.name);
    expect(users).toEqual(pending);
  });

  it("sees raw storage calls on any handle", () => {
    for (const code of [
      "s.getItem(k)",
      "store.getStorage().removeItem(k)",
      "x.key(0)",
      "s.getItem?.(k)",
      's["setItem"](k, v)',
      "window['localStorage']",
      "Storage.prototype.getItem",
      "sessionStorage",
    ])
      expect(RAW.test(code), code).toBe(true);
    expect(
      RAW.test("e.key === 'Enter'; map.get(k); { localStorage: [] }; const keys = [\"key\"]"),
    ).toBe(false);
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

/** src/lib's features: each a folder of its own. */
const FEATURES = [
  "worksheet",
  "exercises",
  "plan",
  "log",
  "self-check",
  "search",
  "drafts",
  "checklist",
  "month",
  "carry-on",
];
/**
 * Parts whose job is to read what every tool keeps, through each tool's own
 * readers: the month summary and the home page's "carry on where you left
 * off". They may use any feature's modules; no feature may use theirs.
 */
const READS_EVERY_FEATURE = ["month", "carry-on"];
/**
 * The modules one feature may use of another: the seams, each for a reason.
 * The self-check starts a worksheet entry (through the worksheet's store and
 * the prefill of a result); the worksheet page takes that hand-off.
 */
const SEAMS = [
  "src/lib/worksheet/store",
  "src/lib/worksheet/prefill",
  "src/lib/self-check/handoff",
  "src/lib/self-check/reflection",
];

/** A lib module's part of the code: its feature folder, or its own name. */
const partOf = (target: string) =>
  target
    .replace(/^src\/lib\//, "")
    .split("/")[0]
    ?.replace(/\.tsx?$/, "") ?? "";

describe("features and seams", () => {
  const lib = files.filter((f) => f.name.startsWith("src/lib/") && !isTest(f.name));

  it("no two parts of src/lib depend on each other in a loop", () => {
    const edges = new Map<string, Set<string>>();
    for (const f of lib)
      for (const t of importsOf(f.name, f.text)) {
        if (!t.startsWith("src/lib/")) continue;
        const [a, b] = [partOf(f.name), partOf(t)];
        if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
      }
    const loops: string[] = [];
    const walk = (at: string, path: string[]) => {
      for (const next of edges.get(at) ?? []) {
        if (next === path[0]) loops.push([...path, next].join(" -> "));
        else if (!path.includes(next) && next > (path[0] ?? "")) walk(next, [...path, next]);
      }
    };
    for (const start of edges.keys()) walk(start, [start]);
    expect(loops).toEqual([]);
  });

  it("a lib feature uses another feature only through its seams", () => {
    const sideways = lib.flatMap((f) =>
      importsOf(f.name, f.text)
        .filter((t) => t.startsWith("src/lib/"))
        .filter((t) => {
          const [from, to] = [partOf(f.name), partOf(t)];
          if (READS_EVERY_FEATURE.includes(from)) return false;
          return FEATURES.includes(from) && FEATURES.includes(to) && from !== to;
        })
        .filter((t) => !SEAMS.includes(t.replace(/\.tsx?$/, "")))
        .map((t) => `${f.name} -> ${t}`),
    );
    expect(sideways).toEqual([]);
  });

  it("an island feature imports no other island feature: shared pieces live in src/islands/ui", () => {
    const islandOf = (name: string) => name.replace(/^src\/islands\//, "").split("/")[0] ?? "";
    const sideways = files
      .filter((f) => f.name.startsWith("src/islands/") && f.name.split("/").length > 3)
      .flatMap((f) =>
        importsOf(f.name, f.text)
          .filter((t) => t.startsWith("src/islands/") && t.split("/").length > 3)
          .filter((t) => !["ui", islandOf(f.name)].includes(islandOf(t)))
          .map((t) => `${f.name} -> ${t}`),
      );
    expect(sideways).toEqual([]);
  });

  it("an island uses another feature's lib only through its seams", () => {
    const sideways = files
      .filter((f) => f.name.startsWith("src/islands/") && !isTest(f.name))
      .flatMap((f) => {
        // A shared view of one feature (src/islands/ui/drafts/) is that feature's.
        const [top, sub] = f.name.replace(/^src\/islands\//, "").split("/");
        const own = top === "ui" ? (sub ?? "") : (top ?? "");
        return importsOf(f.name, f.text)
          .filter((t) => t.startsWith("src/lib/") && FEATURES.includes(partOf(t)))
          .filter((t) => partOf(t) !== own && !SEAMS.includes(t.replace(/\.tsx?$/, "")))
          .map((t) => `${f.name} -> ${t}`);
      });
    expect(sideways).toEqual([]);
  });

  it("scripts/, public/ and bench/ take plain logic from src/lib only, and nothing from e2e/", () => {
    const views = ["src/islands", "src/components", "src/pages", "src/layouts", "e2e"];
    const reach = everything
      .filter((f) => /^(scripts|public|bench)\//.test(f.name))
      .flatMap((f) =>
        importsOf(f.name, f.text)
          .filter((t) => views.some((v) => t === v || t.startsWith(`${v}/`)))
          .map((t) => `${f.name} -> ${t}`),
      );
    expect(reach).toEqual([]);
  });
});
