import { readFileSync } from "node:fs";

/** Every page path listed in the built sitemap, e.g. "/articles/foo/". */
export function sitemapPaths(dist = process.env.DIST_DIR ?? "dist"): string[] {
  const xml = readFileSync(`${dist}/sitemap-0.xml`, "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
}
