import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

/**
 * A passphrase-protected backup, end to end: download it, bring it back into an
 * empty browser, where a wrong passphrase changes nothing and the right one
 * shows what it adds. (The crypto itself is unit-tested in crypto.test.ts.)
 */
test("a protected backup opens only with its passphrase", async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto("/worksheet/");
  await page.getByLabel("Role (optional)", { exact: true }).fill("Ça va 😊 designer");
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
  await expect(page.locator("#ws-last-backup")).toHaveText(/not downloaded a backup/);

  await page.getByLabel("Protect a backup with a passphrase").check();
  await expect(page.getByText("If you forget it, nobody can open the file")).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill("river stone lamp");
  await page.getByLabel("The same passphrase again").fill("river stone lamp");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a protected backup" }).click(),
  ]);
  const file = readFileSync((await download.path()) ?? "", "utf8");
  expect(JSON.parse(file)).toMatchObject({ format: "bounce-back-encrypted", version: 2 });
  expect(file).not.toContain("designer");

  // An empty browser.
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const choose = page.getByLabel("Choose a backup file (.json)");
  await choose.setInputFiles({
    name: "protected.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  const pass = page.locator("#ws-import-box-pass");
  await pass.fill("wrong words");
  await page.getByRole("button", { name: "Open the backup" }).click();
  await expect(page.getByRole("alert")).toContainText("does not open this backup");
  await expect(pass).toBeFocused();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":r:"))),
  ).toEqual([]);

  await pass.fill("river stone lamp");
  await page.getByRole("button", { name: "Open the backup" }).click();
  const preview = page.getByRole("region", { name: "Check before importing" });
  await expect(preview).toContainText("1 new reflection will be added");
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Ça va 😊 designer").first()).toBeVisible();
});
