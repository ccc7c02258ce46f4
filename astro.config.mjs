// @ts-check
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { redirectRules } from "./src/lib/redirects.ts";

/** The theme is applied by a tiny blocking inline script, so it needs a hash in the CSP. */
const themeInit = readFileSync(
  new URL("./src/scripts/theme-init.js", import.meta.url),
  "utf8",
).trim();
const themeInitHash = `sha256-${createHash("sha256").update(themeInit).digest("base64")}`;

export const SITE = process.env.SITE_URL ?? "https://bounceback.example";

/**
 * The "this article has moved" pages stand in for merged articles: they are not
 * pages in their own right, so they stay out of the sitemap (and search and RSS).
 * A redirect page exists only once the old article's file is gone.
 */
const articlesDir = process.env.BB_CONTENT_DIR ?? "./content/articles";
const movedPaths = redirectRules()
  .filter((r) => !existsSync(new URL(`${articlesDir}/${r.fromSlug}.mdx`, import.meta.url)))
  .map((r) => r.from);
const inSitemap = (/** @type {string} */ page) =>
  !page.includes("/404") && !movedPaths.some((path) => new URL(page).pathname === path);

export default defineConfig({
  site: SITE,
  trailingSlash: "always",
  output: "static",
  vite: {
    plugins: [tailwindcss()],
  },
  integrations: [mdx(), preact(), sitemap({ filter: inSitemap })],
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: "always" },
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
