import { readdirSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The next thing to do is on the first screen (issue 23): on every tool page
 * and every self-check, at 390×844, the first field starts above the fold,
 * with a link to /help/ visible above it; and while typing far down the
 * worksheet, the save status is on screen.
 */

const PHONE = { width: 390, height: 844 };

const TOOLS = [
  "/worksheet/",
  "/exercises/expressive-writing/",
  "/exercises/kind-letter/",
  "/exercises/thought-record/",
  "/plan/",
  "/log/",
];
const SELF_CHECKS = readdirSync("content/self-checks")
  .filter((f) => f.endsWith(".json"))
  .map((f) => `/self-check/${f.replace(/\.json$/, "")}/`);

/**
 * The first thing a visitor can use in the page's main content: a field, or
 * on the plan and the log (which start empty, with no field until something
 * is added) the first control of the tool, "Start from an example" or "Add an
 * application".
 */
function firstField(page: Page, path: string): Locator {
  const tool = path === "/plan/" ? "#plan-tool" : path === "/log/" ? "#log-tool" : "main";
  const controls = tool === "main" ? FIELDS : `${FIELDS}, button`;
  return page.locator(tool).locator(controls).filter({ visible: true }).first();
}
const FIELDS = 'input:not([type="hidden"]), textarea, select';

/** Top of an element in page coordinates (scroll-independent). */
async function pageTop(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

test("the first field of every tool and self-check starts on the first phone screen, below a link to help", async ({
  strictPage: page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  expect(SELF_CHECKS.length).toBeGreaterThan(0);
  const tops: string[] = [];
  for (const path of [...TOOLS, ...SELF_CHECKS]) {
    await page.goto(path);
    const field = firstField(page, path);
    await expect(field, `a field on ${path}`).toBeVisible();
    const top = await pageTop(field);
    tops.push(`${path} ${Math.round(top)}`);
    expect.soft(top, `first field on ${path} starts at ${top}px`).toBeLessThan(PHONE.height);
    const help = page.locator('main a[href$="/help/"]').filter({ visible: true }).first();
    await expect.soft(help, `a link to help on ${path}`).toBeVisible();
    expect
      .soft(
        await pageTop(help).catch(() => Infinity),
        `the help link on ${path} is above the first field`,
      )
      .toBeLessThan(top);
  }
  test.info().annotations.push({ type: "first-field tops", description: tops.join("; ") });
});

test("typing far down the worksheet on a phone, the save status stays in view", async ({
  strictPage: page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/worksheet/");
  const last = page.locator("#ws-kindNote");
  await last.scrollIntoViewIfNeeded();
  await last.fill("I did my best on the day, and that counts.");
  const status = page.locator("#save-status");
  await expect(status).toHaveText(/Saved/);
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(last).toBeInViewport();
  await expect(status).toBeInViewport();
});
