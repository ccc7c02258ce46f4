import { expect, expectNoAxeViolations, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

/** The copy button on email templates: a tiny script, no framework. */
const PAGE = "/articles/replying-to-a-rejection-email/";

test("a template's Copy button copies the exact text and says so", async ({
  strictPage: page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // The page's timers run on a fake clock, so the 4 seconds of "Copied" pass at once.
  await page.clock.install();
  await page.goto(PAGE);
  const template = page.getByRole("figure", { name: "Reply to a rejection email" });
  const button = template.getByRole("button", { name: "Copy" });
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleDescription("Reply to a rejection email");

  await button.click();
  await expect(template.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(template.getByRole("status")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await template.locator("pre").textContent());
  expect(copied).toMatch(/^Hi \[Name\],\n\nThank you for letting me know/);

  await expectNoAxeViolationsLightAndDark(page, `${PAGE} after copying`);
  // It goes back to "Copy" after 4 seconds, ready to copy again.
  await page.clock.runFor(4_000);
  await expect(template.getByRole("button", { name: "Copy" })).toBeVisible();
});

test("if copying fails, the reader is told to copy the text by hand", async ({
  strictPage: page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error("blocked"));
  });
  await page.goto(PAGE);
  const template = page.getByRole("figure", { name: "Reply to a rejection email" });
  await template.getByRole("button", { name: "Copy" }).click();
  const status = template.getByRole("status");
  await expect(status).toHaveText("Could not copy. Select the text and copy it yourself.");
  await expect(status).toBeVisible();
  await expect(template.getByRole("button", { name: "Copy" })).toBeVisible();
  await expectNoAxeViolations(page, `${PAGE} after a failed copy`);
});

test("without a clipboard, or without JavaScript, there is no button but the text is there", async ({
  browser,
}) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(PAGE);
  const template = page.getByRole("figure", { name: "Reply to a rejection email" });
  await expect(template.locator("pre")).toContainText("Thank you for letting me know");
  await expect(template.getByRole("button")).toBeHidden();
  await noJs.close();

  const noClipboard = await browser.newContext();
  const page2 = await noClipboard.newPage();
  await page2.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page2.goto(PAGE);
  await expect(page2.locator("figure pre").first()).toBeVisible();
  await expect(page2.locator("button[data-copy]").first()).toBeHidden();
  await noClipboard.close();
});

// How much JavaScript the page loads (no framework for the button) is measured from the
// built files for every article page, in tests/built/budget.test.ts (at most 3 KB gzipped).
