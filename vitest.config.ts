import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Over the built site: run after the build (vitest.built.config.ts, `npm run test:built`).
    exclude: ["tests/built/**", "node_modules/**"],
    environment: "node",
  },
});
