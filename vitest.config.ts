import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Over the built site: run after the build (vitest.built.config.ts, `npm run test:built`).
    exclude: ["tests/built/**", "node_modules/**"],
    environment: "node",
    // One process per worker for every file, not a fresh one per file: the suite took
    // 22.7 s with a fresh process per file and 6.5 s without, on this 2-core machine
    // (7 December 2026). The price: a file must put back what it changes globally
    // (the time zone: tests/support/time-zone.ts; fake timers and stubs: vitest restores).
    isolate: false,
    // The zone every file starts in, whatever the machine's own.
    env: { TZ: "UTC" },
    unstubGlobals: true,
  },
});
