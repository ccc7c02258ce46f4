import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe on the page as it is now and fails with a readable list of violations.
 * Legacy mode runs axe in the page itself; the default mode opens a second, blank
 * page to put the results of each frame together, and the site has no frames.
 * Only violations are sent back (passes would come back too, with every text node
 * the contrast rule looked at): on the longest article, 48 s became 8.5 s on a
 * loaded 2-core machine, with the same violations found.
 */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets light or dark through the system preference, as a visitor's device would. */
export async function useColorScheme(page: Page, scheme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/**
 * axe on the page as it is now in light, then in dark: the colour scheme is
 * switched in place (no second load), and the page is left in light.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, label: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `${label} (${scheme})`);
  }
  await useColorScheme(page, "light");
}

/**
 * Collects console errors and uncaught exceptions on a page, for a test to
 * expect to be empty at the end. `ignoreFailedLoads` is for tests that make
 * requests fail on purpose, which the browser logs as console errors.
 */
export function watchErrors(page: Page, { ignoreFailedLoads = false } = {}): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (ignoreFailedLoads && msg.text().startsWith("Failed to load resource")) return;
    problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

/**
 * Every test gets a page that fails the test on a console error, an uncaught
 * exception, or any request that leaves localhost.
 */
export const test = base.extend<{ strictPage: Page }>({
  strictPage: async ({ page }, use) => {
    const problems = watchErrors(page);
    await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    await use(page);
    expect(problems, "console errors, page errors or off-site requests").toEqual([]);
  },
});

export { expect };
