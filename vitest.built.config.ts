import { defineConfig } from "vitest/config";

/**
 * Tests over the built site (tests/built/): links, page structure, the CSP,
 * byte budgets, sitemap coverage. They need the build, not a browser, so
 * `npm test` runs them after `npm run build` (DIST_DIR picks another folder).
 */
export default defineConfig({
  test: {
    include: ["tests/built/**/*.test.ts"],
    environment: "node",
    // One process for all the files, which read the same built pages once (see vitest.config.ts).
    isolate: false,
  },
});
