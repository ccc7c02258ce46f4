import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, useColorScheme, watchErrors } from "./fixtures";

/**
 * The lock for shared devices (src/lib/local-store/lock.ts, vault.ts and
 * src/scripts/lock-page.ts), in the real browser: set on /about/, nothing
 * readable left in localStorage, open once per tab, asked for again in a new
 * tab, and taken off again. The encryption itself is unit-tested.
 */
const PASS = "lantern harbour seven";
const ROLE = "Secret role 😊 <b>not bold</b>";

/** Everything localStorage holds, as one string. */
const stored = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

async function writeRole(page: Page, text: string) {
  await page.goto("/worksheet/");
  await page.getByLabel("Role (optional)", { exact: true }).fill(text);
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
}

async function setLock(page: Page) {
  await page.goto("/about/#lock");
  const lock = page.locator("#lock");
  await expect(lock.getByText("A forgotten passphrase cannot be recovered")).toBeVisible();
  await lock.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await lock.getByLabel("The same passphrase again").fill(PASS);
  await lock.getByRole("button", { name: "Lock my writing" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "your writing is now locked" }),
  ).toBeVisible({
    timeout: 15_000,
  });
}

test("the lock keeps writing encrypted, opens once per tab and comes off again", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const problems = watchErrors(page);
  await writeRole(page, ROLE);
  await setLock(page);
  let all = await stored(page);
  expect(all).toContain("bounce-back:locked");
  expect(all).not.toContain("Secret role");
  expect(all).not.toContain("bounce-back:worksheet");

  // This tab is open: the worksheet shows the words and saves changes, still encrypted.
  await page.goto("/worksheet/");
  const role = page.getByLabel("Role (optional)", { exact: true });
  await expect(role).toHaveValue(ROLE);
  await role.fill(`${ROLE} again`);
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
  await expect.poll(() => stored(page)).not.toBe(all);
  await page.reload();
  await expect(role).toHaveValue(`${ROLE} again`);
  all = await stored(page);
  expect(all).not.toContain("Secret role");
  expect(problems).toEqual([]);

  // A new tab is a new visit: the writing stays hidden until the passphrase is given.
  const other = await context.newPage();
  for (const path of ["/exercises/kind-letter/", "/plan/", "/log/"]) {
    await other.goto(path);
    await expect(other.getByRole("region", { name: "Your writing here is locked" })).toBeVisible();
    await expect(other.locator("[data-private]")).toBeHidden();
  }
  await other.goto("/worksheet/");
  const gate = other.getByRole("region", { name: "Your writing here is locked" });
  await expect(gate).toBeVisible();
  await expect(other.locator("#worksheet")).toBeHidden();
  await expect(other.getByText("Secret role")).toHaveCount(0);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(other, scheme);
    await expectNoAxeViolations(other, `locked worksheet (${scheme})`);
  }
  await gate.getByRole("link", { name: "Unlock your writing" }).click();
  await expect(other).toHaveURL(/\/about\/\?back=%2Fworksheet%2F#lock$/);
  const pass = other.locator("#lock-open-pass");
  await expect(pass).toBeFocused();
  await pass.fill("not the passphrase");
  await other.getByRole("button", { name: "Unlock" }).click();
  await expect(other.getByRole("alert")).toContainText("does not unlock your writing");
  await expect(pass).toBeFocused();
  await expectNoAxeViolations(other, "about: wrong passphrase");
  await pass.fill(PASS);
  await other.getByRole("button", { name: "Unlock" }).click();
  await expect(other).toHaveURL(/\/worksheet\/$/);
  await expect(other.getByLabel("Role (optional)", { exact: true })).toHaveValue(`${ROLE} again`);

  // "Lock it now" ends the visit in that tab; removing the lock puts the words back as they were.
  await other.goto("/about/#lock");
  await other.getByRole("button", { name: "Lock it now" }).click();
  await expect(other.getByRole("status")).toContainText("locked again");
  await other.locator("#lock-open-pass").fill(PASS);
  await other.getByRole("button", { name: "Unlock" }).click();
  await expect(other.getByRole("status")).toContainText("open in this tab");
  await other.locator("#lock-remove-pass").fill(PASS);
  await other.getByRole("button", { name: "Remove the lock" }).click();
  await expect(other.getByRole("status")).toContainText("The lock is off");
  all = await stored(other);
  expect(all).not.toContain("bounce-back:locked");
  expect(all).toContain("Secret role");
  await other.goto("/worksheet/");
  await expect(other.getByLabel("Role (optional)", { exact: true })).toHaveValue(`${ROLE} again`);
});

test("a forgotten passphrase: Delete all my data removes the lock and everything in it", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await writeRole(page, ROLE);
  await setLock(page);
  const fresh = await context.newPage();
  await fresh.goto("/about/#delete-all");
  await expect(fresh.getByText("Your writing is locked.", { exact: true })).toBeVisible();
  await fresh.getByRole("button", { name: "Delete all my data" }).click();
  await fresh.getByRole("button", { name: /^Yes, delete/ }).click();
  await expect(fresh.getByRole("status").last()).toContainText(/deleted/i);
  expect(await stored(fresh)).not.toContain("bounce-back:locked");
  await fresh.goto("/worksheet/");
  await expect(fresh.locator("#lock-gate")).toBeHidden();
  await expect(fresh.getByLabel("Role (optional)", { exact: true })).toHaveValue("");
});

test("a protected backup of everything round-trips into a fresh browser; the document of everything is text", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await writeRole(page, ROLE);
  await page.goto("/about/#backup");
  const [doc] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download everything as a document (.md)" }).click(),
  ]);
  expect(doc.suggestedFilename()).toMatch(/^bounce-back-everything-.*\.md$/);
  const md = readFileSync((await doc.path()) ?? "", "utf8");
  expect(md).toContain("# Everything I saved on Bounce Back");
  expect(md).toContain("Secret role 😊 \\<b\\>not bold\\</b\\>");

  await page.getByLabel("Protect a backup with a passphrase").check();
  const form = page.locator("#site-pass");
  await form.getByLabel("Passphrase", { exact: true }).fill("short");
  await form.getByRole("button", { name: "Download a protected backup" }).click();
  await expect(form.getByRole("alert")).toContainText("8 characters or more");
  await expect(form.getByLabel("Passphrase", { exact: true })).toBeFocused();
  await form.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await form.getByLabel("The same passphrase again").fill(PASS);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Download a protected backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bounce-back-everything-.*-protected\.json$/);
  const file = readFileSync((await download.path()) ?? "", "utf8");
  expect(JSON.parse(file)).toMatchObject({ format: "bounce-back-encrypted", version: 2 });
  expect(file).not.toContain("Secret role");

  const fresh = await browser.newContext({ serviceWorkers: "block" });
  const other = await fresh.newPage();
  await other.goto("/about/#backup");
  await other.getByLabel("Bring back a backup of everything").setInputFiles({
    name: "everything-protected.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  const pass = other.locator("#site-open-pass");
  await pass.fill("wrong words here");
  await other.getByRole("button", { name: "Open the backup" }).click();
  await expect(other.getByRole("alert")).toContainText("does not open this backup");
  expect(await stored(other)).not.toContain("Secret role");
  await pass.fill(PASS);
  await other.getByRole("button", { name: "Open the backup" }).click();
  await expect(other.getByRole("status")).toContainText("Brought back");
  await other.goto("/worksheet/");
  await expect(other.getByLabel("Role (optional)", { exact: true })).toHaveValue(ROLE);
  await fresh.close();
});
