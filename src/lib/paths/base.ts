/**
 * Internal links under a base path. The site can be built to live under a
 * sub-path (BASE_PATH=/bounce-back/ for a GitHub Pages project site), so
 * every internal link goes through `url()`: `url("/articles/")` is
 * "/articles/" at the root and "/bounce-back/articles/" under the sub-path.
 * Article bodies keep writing root-relative links: rehypeBaseLinks adds the
 * base to them at build time.
 */

/** "/", or the base with exactly one slash at each end: "/bounce-back/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** True for a link to this site written from its root: "/x", not "//host" or "https://…". */
export function isRootRelative(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

/** Puts a root-relative path under the base; anything else (external, #hash, relative) is left alone. */
export function joinBase(base: string, path: string): string {
  const b = normaliseBase(base);
  if (b === "/" || !isRootRelative(path) || path.startsWith(b) || `${path}/` === b) return path;
  return b + path.slice(1);
}

/** The base the site was built with (Astro's `base`, from BASE_PATH). */
export const BASE = normaliseBase(import.meta.env?.BASE_URL);

/** An internal link or asset URL under the site's base: `url("/help/")`. */
export function url(path: string): string {
  return joinBase(BASE, path);
}
