import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core itself, put into a page once and run there as often as a test needs. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it is now (or on the part `include` selects) and fails
 * with a readable list of violations. axe is put into the page once per document and
 * run there directly: @axe-core/playwright injected it again on every call, about
 * 150 ms of the 450–650 ms each call took in the headless shell (7 December 2026).
 * Only violations are sent back: passes come back with every text node the contrast
 * rule looked at, which made the longest article take seconds. The site has no frames.
 */
export async function expectNoAxeViolations(
  page: Page,
  label = page.url(),
  { include }: { include?: string } = {},
): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map(
        (v): AxeViolation => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")),
        }),
      );
    },
    { tags: AXE_TAGS, include },
  );
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join("\n    ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets light or dark through the system preference, as a visitor's device would. */
/** Whether `first` comes before `second` in the page (both must be there). */
export async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate(
    (a, b) => !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) > 0,
    other,
  );
}

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
 * exception, or any request that leaves localhost. Requests are watched, not
 * routed: a route sends every request through the test runner and turns the
 * browser's cache off, which cost 11 % of the CPU time of the worksheet, log and
 * self-check specs (12,570 against 11,185 ticks, 7 December 2026). An off-site
 * request is still reported here; it would fail on its own on a machine with no
 * other network, and the test fails on the report either way.
 */
export const test = base.extend<{ strictPage: Page }>({
  strictPage: async ({ page }, use) => {
    const problems = watchErrors(page);
    page.on("request", (request) => {
      const url = request.url();
      if (/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(url)) return;
      problems.push(`request to another origin: ${url}`);
    });
    await use(page);
    expect(problems, "console errors, page errors or off-site requests").toEqual([]);
  },
});

export { expect };
