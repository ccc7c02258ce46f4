import type { Page } from "@playwright/test";
import { test as base, expect } from "./fixtures";

/**
 * The lock holds across tabs and the Back button (issue 21), in Chromium with
 * its back/forward cache on: Playwright turns the cache off by default, so
 * this file launches its own browser without that switch.
 */
const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({
        ...launchOptions,
        ignoreDefaultArgs: ["--disable-back-forward-cache"],
      }),
    { scope: "worker" },
  ],
});

const PASS = "lantern harbour seven";
const ROLE = "Secret role for the tabs test";

async function unlockFrom(page: Page) {
  await page
    .getByRole("region", { name: "Your writing here is locked" })
    .getByRole("link", { name: "Unlock your writing" })
    .click();
  await page.locator("#lock-open-pass").fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
}

/**
 * Looks for the lock's raw key bytes (derived here from the passphrase and the
 * envelope's salt, as base64 and hex) in sessionStorage, localStorage and
 * every value the page keeps on globalThis (two levels down).
 */
const keyBytesFound = (page: Page) =>
  page.evaluate(async (pass) => {
    const e = JSON.parse(localStorage.getItem("bounce-back:locked") ?? "{}");
    const salt = Uint8Array.from(atob(e.kdf.salt), (c) => c.charCodeAt(0));
    const material = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(pass),
      "PBKDF2",
      false,
      ["deriveBits"],
    );
    const bits = new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: "PBKDF2", hash: "SHA-256", salt, iterations: e.kdf.iterations },
        material,
        256,
      ),
    );
    const b64 = btoa(String.fromCharCode(...bits));
    const hex = [...bits].map((b) => b.toString(16).padStart(2, "0")).join("");
    const needles = [b64, b64.replace(/=+$/, ""), hex, bits.join(",")];
    const texts: string[] = [];
    for (const s of [sessionStorage, localStorage])
      for (let i = 0; i < s.length; i++) texts.push(`${s.key(i)}=${s.getItem(s.key(i) ?? "")}`);
    const seen = new Set<unknown>();
    const walk = (v: unknown, depth: number) => {
      if (typeof v === "string") texts.push(v);
      if (depth > 2 || v === null || typeof v !== "object" || seen.has(v)) return;
      seen.add(v);
      if (ArrayBuffer.isView(v)) texts.push(Array.from(v as Uint8Array).join(","));
      for (const k of Object.keys(v)) {
        try {
          walk((v as Record<string, unknown>)[k], depth + 1);
        } catch {}
      }
    };
    for (const k of Object.getOwnPropertyNames(globalThis)) {
      try {
        walk((globalThis as Record<string, unknown>)[k], 0);
      } catch {}
    }
    texts.push(JSON.stringify(history.state));
    const found = needles.filter((n) => texts.some((t) => t.includes(n)));
    // A control: the scan does find what storage holds (the envelope's salt).
    const sees = texts.some((t) => t.includes(e.kdf.salt));
    return { checked: texts.length, sees, found, keptInTab: sessionStorage.length > 0 };
  }, PASS);

test("Lock it now locks every open tab, and Back brings no words back", {
  tag: "@full-browser",
}, async ({ page, context }) => {
  test.setTimeout(60_000);
  // Counts restores from the back/forward cache, so the test knows the cache was really used.
  await context.addInitScript(() =>
    addEventListener("pageshow", (e) => {
      if (e.persisted)
        sessionStorage.setItem(
          "e2e-restored",
          String(Number(sessionStorage.getItem("e2e-restored")) + 1),
        );
    }),
  );
  await page.goto("/worksheet/");
  await page.getByLabel("Role (optional)", { exact: true }).fill(ROLE);
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
  await page.goto("/about/#lock");
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByLabel("The same passphrase again").fill(PASS);
  await page.getByRole("button", { name: "Lock my writing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now locked" })).toBeVisible({
    timeout: 15_000,
  });

  // A second tab, unlocked with the passphrase, shows the words.
  const other = await context.newPage();
  await other.goto("/worksheet/");
  await unlockFrom(other);
  await expect(other).toHaveURL(/\/worksheet\/$/);
  const otherRole = other.getByLabel("Role (optional)", { exact: true });
  await expect(otherRole).toHaveValue(ROLE);

  // Unlocked, in both tabs: no raw key bytes as text anywhere the page can read.
  await page.goto("/worksheet/");
  await expect(page.getByLabel("Role (optional)", { exact: true })).toHaveValue(ROLE);
  for (const tab of [page, other]) {
    const scan = await keyBytesFound(tab);
    expect(scan.keptInTab).toBe(true);
    expect(scan.sees).toBe(true);
    expect(scan.checked).toBeGreaterThan(5);
    expect(scan.found).toEqual([]);
  }

  // "Lock it now" in the first tab: the second hides the words within a second.
  await page.goto("/about/#lock");
  await page.getByRole("button", { name: "Lock it now" }).click();
  const gate = other.getByRole("region", { name: "Your writing here is locked" });
  // How fast is a speed target (the lock broadcast is immediate); here, only that it happens.
  await expect(gate).toBeVisible();
  await expect(gate).toContainText("locked in another tab");
  await expect(otherRole).toBeHidden();
  await expect(other.getByText(ROLE)).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("locked again");

  // Back to the worksheet, restored from the back/forward cache: no words.
  await page.goBack();
  await expect(page).toHaveURL(/\/worksheet\/$/);
  await expect(page.getByRole("region", { name: "Your writing here is locked" })).toBeVisible();
  await expect(page.getByLabel("Role (optional)", { exact: true })).toBeHidden();
  await expect(page.locator("textarea, input").filter({ hasText: ROLE })).toHaveCount(0);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll("input, textarea")].some(
        (f) => (f as HTMLInputElement).value === "Secret role for the tabs test",
      ),
    ),
  ).toBe(false);
  expect(await page.evaluate(() => sessionStorage.getItem("e2e-restored"))).toBe("1");
});
