import { gzipSync } from "node:zlib";

/**
 * Measures what a built page costs a visitor, from the files in dist/: its
 * HTML, the CSS it loads, and the JavaScript that runs on load (inline
 * scripts, script src, modulepreload links and their static imports).
 * Dynamic import() chunks and scripts kept in an inert <template> load only on
 * demand: they are not in `js`, but `allJs` adds them (everything the page can load).
 */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  /** `js` plus every chunk the page can load later (lazy imports, template scripts). */
  allJs: number;
}

export const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

const attr = (tag: string, name: string): string | undefined =>
  tag
    .match(new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`))
    ?.slice(2)
    .find(Boolean);

/** The modules an ES module's source imports on demand, with import("…"). */
export function dynamicImports(source: string): string[] {
  return [
    ...new Set(
      [...source.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? ""),
    ),
  ];
}

/** The static imports of an ES module's source (not dynamic import()). */
export function staticImports(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
  )) {
    if (m[1]) found.add(m[1]);
  }
  for (const m of source.matchAll(
    /(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  )) {
    if (m[1]) found.add(m[1]);
  }
  return [...found];
}

export function measurePage(
  html: string,
  readAsset: (absolutePath: string) => string,
  pageUrl = "/",
): PageWeight {
  let css = 0;
  let inlineJs = 0;
  const jsRoots = new Set<string>();
  /** What the page can load later: template scripts and dynamic imports. */
  const lazyRoots = new Set<string>();
  const resolve = (url: string, from: string) => new URL(url, `http://x${from}`).pathname;
  // Scripts inside <template> are inert until something clones or imports them: not on load.
  const live = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, "");
  for (const t of html.matchAll(/<template\b[^>]*>([\s\S]*?)<\/template>/g)) {
    for (const m of (t[1] ?? "").matchAll(/<script\b[^>]*>/g)) {
      const src = attr(m[0], "src");
      if (src) lazyRoots.add(resolve(src, pageUrl));
    }
  }

  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1] ?? "");
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = attr(tag, "rel");
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "stylesheet") css += gz(readAsset(new URL(href, `http://x${pageUrl}`).pathname));
    if (rel === "modulepreload") jsRoots.add(new URL(href, `http://x${pageUrl}`).pathname);
  }
  for (const m of live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const tag = `<script${m[1] ?? ""}>`;
    const type = attr(tag, "type");
    if (type && type !== "module" && !type.includes("javascript")) continue;
    const src = attr(tag, "src");
    if (src) jsRoots.add(new URL(src, `http://x${pageUrl}`).pathname);
    else if ((m[2] ?? "").trim()) {
      inlineJs += gz(m[2] ?? "");
      for (const dep of staticImports(m[2] ?? "")) jsRoots.add(resolve(dep, pageUrl));
      for (const dep of dynamicImports(m[2] ?? "")) lazyRoots.add(resolve(dep, pageUrl));
    }
  }
  // Astro islands name their component and renderer modules in attributes.
  for (const m of live.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ["component-url", "renderer-url"]) {
      const url = attr(m[0], name);
      if (url) jsRoots.add(new URL(url, `http://x${pageUrl}`).pathname);
    }
  }

  const seen = new Set<string>();
  /** Weighs the modules from `roots` and their static imports (not seen before). */
  const weighFrom = (roots: Iterable<string>): number => {
    let bytes = 0;
    const queue = [...roots];
    while (queue.length) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const source = readAsset(path);
      bytes += gz(source);
      for (const dep of staticImports(source)) queue.push(resolve(dep, path));
      for (const dep of dynamicImports(source)) lazyRoots.add(resolve(dep, path));
    }
    return bytes;
  };
  const js = inlineJs + weighFrom(jsRoots);
  const jsFiles = [...seen];
  let lazy = 0;
  while ([...lazyRoots].some((p) => !seen.has(p))) lazy += weighFrom(lazyRoots);

  return {
    html: gz(html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")),
    css,
    js,
    jsFiles,
    allJs: js + lazy,
  };
}
