// @ts-check
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { transformSync } from "esbuild";
import { pageChunkGroups } from "./scripts/page-chunks.ts";
import { citationsPlugin } from "./src/lib/citations-plugin.ts";
import { attentionMessage, buildDay, FACTS, factsNeedingAttention } from "./src/lib/facts.ts";
import { joinBase, normaliseBase } from "./src/lib/paths/base.ts";
import { baseLinksPlugin } from "./src/lib/paths/base-links-plugin.ts";
import { redirectRules } from "./src/lib/redirects.ts";
import { contactCheck, SETTINGS } from "./src/lib/settings.ts";

/**
 * The placeholder corrections address: a local build warns; a deploy workflow
 * (REQUIRE_REAL_CONTACT=1) stops here with a plain message, before anything is built.
 */
const contact = contactCheck(SETTINGS, process.env);
if (contact.error) {
  console.error(`\n✖ ${contact.error}\n`);
  // On GitHub Actions, the same message as an annotation on the run's page.
  if (process.env.GITHUB_ACTIONS) console.log(`::error title=Site settings::${contact.error}`);
  process.exit(1);
}
if (contact.warn && process.argv.includes("build")) console.warn(`\n⚠ ${contact.warn}\n`);

/**
 * Once per build, every fact that is due a check: a scheduled change that has
 * happened, an announced change without a date, or a check older than its
 * review cycle (BB_TODAY sets the day, as for the pages).
 */
if (process.argv.includes("build")) {
  const due = factsNeedingAttention(FACTS, buildDay());
  for (const fact of due) console.warn(`\n⚠ ${attentionMessage(fact)}\n`);
  console.info(`Facts file: ${FACTS.length} facts, ${due.length} due a check (src/lib/facts.ts).`);
}

/** The site's address and base path come from the settings (site.config.ts, SITE_URL, BASE_PATH). */
export const SITE = SETTINGS.url;
/** The path the site lives under: "/" by default, "/bounce-back/" for a GitHub Pages project site. */
const BASE = normaliseBase(SETTINGS.basePath);

/**
 * The theme (and, when set, the lock) starts in a tiny blocking inline script,
 * so it needs a hash in the CSP. It is minified here, with the base path put
 * in, and BaseLayout inlines exactly this text (import.meta.env.THEME_INIT).
 */
const themeInit = transformSync(
  readFileSync(new URL("./src/scripts/theme-init.js", import.meta.url), "utf8").replaceAll(
    "%BASE%",
    BASE,
  ),
  { minify: true, target: "es2020" },
).code.trim();
const themeInitHash = `sha256-${createHash("sha256").update(themeInit).digest("base64")}`;

/**
 * The "this article has moved" pages stand in for merged articles: they are not
 * pages in their own right, so they stay out of the sitemap (and search and RSS).
 * A redirect page exists only once the old article's file is gone.
 */
const articlesDir = process.env.BB_CONTENT_DIR ?? "./content/articles";
const movedPaths = redirectRules()
  .filter((r) => !existsSync(new URL(`${articlesDir}/${r.fromSlug}.mdx`, import.meta.url)))
  .map((r) => ({ from: joinBase(BASE, r.from), to: joinBase(BASE, r.to) }));
const inSitemap = (/** @type {string} */ page) =>
  !page.includes("/404") &&
  !page.endsWith("/offline/") &&
  !movedPaths.some((moved) => new URL(page).pathname === moved.from);

/**
 * Writes `_redirects` (Netlify, Cloudflare Pages and scripts/serve.ts read it):
 * a real 301 from each merged article's old URL to its new one, on hosts that
 * can send one. The "this article has moved" pages cover hosts that cannot.
 */
const redirectsFile = {
  name: "bounce-back:redirects",
  hooks: {
    "astro:build:done": (/** @type {{ dir: URL }} */ { dir }) => {
      const lines = movedPaths.map((moved) => `${moved.from} ${moved.to} 301`);
      writeFileSync(new URL("_redirects", dir), `${lines.join("\n")}\n`);
    },
  },
};

/**
 * No <link rel="modulepreload"> for the JavaScript a lazy chunk depends on: Vite
 * added one for every dependency, even those the page had already run, which on
 * the worksheet cost a long task just as it opened; the few chunks a lazy part
 * needs that are not yet loaded come one step later instead. (Astro sets the
 * client build's modulePreload itself, so a plain vite.build option would not
 * reach it.)
 */
/** @type {import("vite").Plugin} */
const plainDynamicImports = {
  name: "bounce-back:plain-dynamic-imports",
  configEnvironment(name, config) {
    // No modulepreload links for a lazy chunk's JS dependencies, but its CSS is still loaded.
    // `polyfill: true` only lets Vite's helper (which wraps every import(), vitejs/vite#13952)
    // name rel=modulepreload outright instead of feature-testing for it, 56 B smaller on every
    // page with a lazy part; Astro's pages are not Vite HTML entries, so no polyfill is added.
    if (name === "client")
      config.build = {
        ...config.build,
        modulePreload: {
          polyfill: true,
          resolveDependencies: (_url, deps) => deps.filter((d) => d.endsWith(".css")),
        },
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          output: {
            ...config.build?.rolldownOptions?.output,
            // Chunks by the pages that run them (scripts/page-chunks.ts).
            codeSplitting: { groups: pageChunkGroups() },
          },
        },
      };
  },
};

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: "always",
  output: "static",
  vite: {
    plugins: [tailwindcss(), plainDynamicImports],
    // One value per build: Pagefind's metaCacheTag (src/lib/search/config.ts), so the
    // service worker can cache pagefind-entry.json and a new build still loads a fresh one.
    define: {
      "import.meta.env.BUILD_ID": JSON.stringify(Date.now().toString(36)),
      "import.meta.env.THEME_INIT": JSON.stringify(themeInit),
    },
  },
  integrations: [mdx(), preact(), sitemap({ filter: inSitemap }), redirectsFile],
  markdown: {
    syntaxHighlight: false,
    // Articles keep root-relative links; this puts them under BASE_PATH at build time.
    // <Cite id="…" /> markers get their number and accessible name from the file's sources.
    processor: satteri({ hastPlugins: [baseLinksPlugin(BASE), citationsPlugin] }),
  },
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
