import { expect, test } from "./fixtures";

// In a file of its own: the no-JavaScript option applies to every test here.
// Playwright's text matching skips <noscript>, so these look for roles and elements;
// axe needs JavaScript to run, so it checks the worksheet in worksheet.spec.ts.
test.use({ javaScriptEnabled: false });

test("the worksheet says plainly that it needs JavaScript, and links to the articles", async ({
  page,
}) => {
  await page.goto("/worksheet/");
  await expect(page.getByRole("heading", { name: "The worksheet needs JavaScript" })).toBeVisible();
  await expect(page.locator('main a[href="/articles/"]')).toBeVisible();
  await expect(page.getByText("Opening your worksheet…")).toBeHidden();
  // The form drawn at build time for the worksheet to replace takes no space either.
  expect(await page.locator(".ws-preview").evaluate((el) => getComputedStyle(el).display)).toBe(
    "none",
  );
});

test("/about/ shows no dead delete button without JavaScript", async ({ page }) => {
  await page.goto("/about/");
  await expect(page.getByRole("button", { name: "Delete all my data" })).toHaveCount(0);
});
