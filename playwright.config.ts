import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run against the production build in dist/, served by
 * scripts/serve.ts. The browser is Debian's Chromium (Playwright cannot download
 * its own here), else Playwright's own:
 * - Debian's headless shell (package chromium-headless-shell: the same engine with no
 *   browser around it, which is what Playwright itself runs headless) for most tests.
 *   The whole suite took 288 s with it against 420 s with the full browser, on this
 *   2-core machine (7 December 2026), with the same results;
 * - the full browser for tests tagged @full-browser: the shell has no back/forward cache.
 */
const firstThere = (...paths: string[]) => paths.find((p) => existsSync(p));
const fullChromium = firstThere("/usr/bin/chromium", "/usr/bin/chromium-browser");
const headlessShell =
  firstThere("/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium-headless-shell") ??
  fullChromium;
/** Chromium at `executablePath`, kept off the network it has no need of (this machine has none). */
function launchOptions(executablePath: string | undefined) {
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}

const port = Number(process.env.E2E_PORT ?? 4322);
const distDir = process.env.DIST_DIR ?? "dist";

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder when it starts: runs on other ports (other builds,
  // side by side on one machine) each keep their own, so one run never deletes another's traces.
  outputDir: process.env.E2E_PORT ? `test-results/port-${port}` : "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry, on CI and off it (a CI machine may not set CI); a retried pass is reported as
  // flaky, not hidden. The two-tab races it covered are fixed in the session (issue 20; see
  // src/lib/local-store/session-interleavings.test.ts); it stays for a loaded CI machine.
  retries: 1,
  // Two workers, one per core. Three gained nothing on this 2-core machine (idle, 7 December
  // 2026: 210 s against 213 s in the headless shell; 7.5 min against 6.7 min in the full
  // browser) and load it more, which is when timing-sensitive tests are tried hardest.
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices["Desktop Chrome"],
    channel: undefined,
    baseURL: `http://localhost:${port}`,
    // A trace only when a failed test runs again: recording one for every test, to keep
    // it on failure, took 15 % of the time (worksheet and exercises: 76 s against 64.5 s).
    trace: "on-first-retry",
    launchOptions: launchOptions(headlessShell),
    // Service workers are blocked, so every test checks the network path, but the offline spec's.
    serviceWorkers: "block",
  },
  projects: [
    // The offline spec runs the site's own worker. It comes first: its tests share one copy
    // of the site and run one after another (about 30 s), so started last they kept one
    // worker busy after the other had finished (7 December 2026: 17 s of 244).
    { name: "offline", testMatch: /offline\.spec\.ts/, use: { serviceWorkers: "allow" } },
    // The tests that need the whole browser (the back/forward cache), also started early.
    {
      name: "full browser",
      grep: /@full-browser/,
      use: { launchOptions: launchOptions(fullChromium) },
    },
    // Every other test.
    { name: "chromium", testIgnore: /offline\.spec\.ts/, grepInvert: /@full-browser/ },
  ],
  webServer: {
    command: `node scripts/serve.ts ${distDir} --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
