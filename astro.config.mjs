// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";

/** The theme is applied by a tiny blocking inline script, so it needs a hash in the CSP. */
const themeInit = readFileSync(
  new URL("./src/scripts/theme-init.js", import.meta.url),
  "utf8",
).trim();
const themeInitHash = `sha256-${createHash("sha256").update(themeInit).digest("base64")}`;

export const SITE = process.env.SITE_URL ?? "https://bounceback.example";

export default defineConfig({
  site: SITE,
  trailingSlash: "always",
  output: "static",
  vite: {
    plugins: [tailwindcss()],
  },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes("/404") })],
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
