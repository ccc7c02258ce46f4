import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

import { decodeEntities } from "../../src/lib/html-text";

export { sitemapPaths } from "../support/sitemap";

/**
 * The built site, read from its files (DIST_DIR, else dist/) for the tests in
 * tests/built/, which need no browser: `npm test` runs them after the build
 * (vitest.built.config.ts), before the end-to-end suite.
 */
export const dist = process.env.DIST_DIR ?? "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

/** The URL path a built file is served at: dist/a/b/index.html -> /a/b/. */
function urlPathOf(file: string): string {
  const rel = relative(dist, file).split(sep).join("/");
  if (rel === "index.html") return "/";
  return rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
}

/** Every value of one attribute in a piece of HTML. */
export const attrValues = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, "g"))].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""),
  );

export interface BuiltPage {
  path: string;
  html: string;
  hrefs: string[];
  ids: Set<string>;
}

/** Every HTML file in the build, with its links and ids. */
export const pages: BuiltPage[] = existsSync(dist)
  ? htmlFiles(dist).map((file) => {
      const html = readFileSync(file, "utf8");
      return {
        path: urlPathOf(file),
        html,
        hrefs: attrValues(html, "href"),
        ids: new Set(attrValues(html, "id")),
      };
    })
  : [];
export const byPath = new Map(pages.map((p) => [p.path, p]));

/** A merged article's old URL: a small "moved" page, not an article. */
export const isMovedPage = (page: BuiltPage) => page.html.includes('http-equiv="refresh"');

/** The file in dist that a static host would serve for a URL path, if any. */
export function resolveOnDisk(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const full = join(dist, decoded);
  if (!full.startsWith(join(dist))) return undefined;
  if (decoded.endsWith("/")) {
    const index = join(full, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}
