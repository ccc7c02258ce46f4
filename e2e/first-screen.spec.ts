import { readdirSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolationsLightAndDark, test, watchErrors } from "./fixtures";

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

test.describe("the first 48 hours: its to-do list as tick boxes", () => {
  const ARTICLE = "/articles/what-to-do-in-the-first-48-hours/";
  const TICKS = "bounce-back:checklist:r:";
  const firstBox = (page: Page) =>
    page.getByRole("checkbox", { name: /Let the rest of today be a bad day/ });
  const kept = (page: Page) =>
    page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
      TICKS,
    );

  test("the first tick box starts on the first screen, on a phone and a laptop", async ({
    strictPage: page,
  }) => {
    const tops: string[] = [];
    for (const screen of [PHONE, { width: 1280, height: 800 }]) {
      await page.setViewportSize(screen);
      await page.goto(ARTICLE);
      const top = await pageTop(firstBox(page));
      tops.push(`${screen.width}: ${Math.round(top)}`);
      expect(top, `first tick box at ${screen.width}px starts at ${top}px`).toBeLessThan(
        screen.height - 40,
      );
    }
    test.info().annotations.push({ type: "first tick box tops", description: tops.join("; ") });
    // Its summary is the list: no takeaways box and no contents list above it.
    await expect(page.getByRole("heading", { name: "Key takeaways" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "On this page" })).toHaveCount(0);
  });

  test("a tick is kept in this browser and survives a reload; unticking too; axe 0 light and dark", async ({
    strictPage: page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    await page.goto(ARTICLE);
    const box = firstBox(page);
    await expect(box).not.toBeChecked();
    expect(await kept(page)).toBe(0);
    await box.check();
    await expect.poll(() => kept(page)).toBe(1);
    await page.reload();
    await expect(box).toBeChecked();
    const step = page.getByRole("checkbox", { name: /one small step/ });
    await step.check();
    await expect.poll(() => kept(page)).toBe(2);
    await box.uncheck();
    await page.reload();
    await expect(step).toBeChecked();
    await expect(box).not.toBeChecked();
    // Its link goes to the part of the page that explains it.
    await page.getByRole("link", { name: "Ideas for day two" }).click();
    await expect(page.getByRole("heading", { name: "Day two: one small step" })).toBeInViewport();
    await expectNoAxeViolationsLightAndDark(page, `${ARTICLE} with a tick`);
  });

  test("a tick in one tab shows in another, and Delete all my data unticks it", async ({
    context,
  }) => {
    test.setTimeout(60_000);
    const a = await context.newPage();
    const b = await context.newPage();
    const problems = [...watchErrors(a), ...watchErrors(b)];
    await a.goto(ARTICLE);
    await b.goto(ARTICLE);
    await firstBox(a).check();
    await expect(firstBox(b)).toBeChecked();
    await a.goto("/about/");
    await a.getByRole("button", { name: "Delete all my data" }).click();
    await a.getByRole("button", { name: /Yes, delete/ }).click();
    await expect.poll(() => kept(a)).toBe(0);
    await expect(firstBox(b)).not.toBeChecked();
    expect(problems).toEqual([]);
  });

  test("under the lock, ticks are kept encrypted; a tab not unlocked says they are not kept", async ({
    strictPage: page,
    context,
  }) => {
    test.setTimeout(120_000);
    const pass = "lantern harbour seven";
    await page.goto(ARTICLE);
    await firstBox(page).check();
    await expect.poll(() => kept(page)).toBe(1);
    await page.goto("/about/#lock");
    const lock = page.locator("#lock");
    await lock.getByLabel("Passphrase", { exact: true }).fill(pass);
    await lock.getByLabel("The same passphrase again").fill(pass);
    await lock.getByRole("button", { name: "Lock my writing" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "your writing is now locked" }),
    ).toBeVisible({ timeout: 30_000 });
    expect(await kept(page)).toBe(0);

    // This tab is unlocked: the tick shows, and a new one is kept, still sealed.
    await page.goto(ARTICLE);
    await expect(firstBox(page)).toBeChecked();
    const step = page.getByRole("checkbox", { name: /one small step/ });
    await step.check();
    await page.reload();
    await expect(step).toBeChecked();
    await expect(firstBox(page)).toBeChecked();
    expect(await kept(page)).toBe(0);

    // A new tab is a new visit: nothing shows, and a tick says why it is not kept.
    const other = await context.newPage();
    await other.goto(ARTICLE);
    await expect(firstBox(other)).not.toBeChecked();
    await firstBox(other).check();
    const status = other.getByRole("status").filter({ hasText: "locked" });
    await expect(status).toContainText("your ticks are not being kept");
    await expect(status.getByRole("link", { name: "Unlock it" })).toHaveAttribute(
      "href",
      /\/about\/\?back=.*#lock$/,
    );
    expect(await kept(other)).toBe(0);
  });

  test("without JavaScript they are still tick boxes, and the page says they are not kept", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await firstBox(page).check();
    await expect(firstBox(page)).toBeChecked();
    await expect(page.getByText("without JavaScript, until you leave the page")).toBeVisible();
    await context.close();
  });
});

test("on a phone the worksheet opens on the form, with past reflections one tap away above it", async ({
  strictPage: page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  await page.goto("/worksheet/");
  // A first visit: nothing to switch to, so nothing above the form until something is written.
  await expect(page.getByLabel("Role (optional)", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Your reflections/ })).toBeHidden();
  await page.getByLabel("How it felt overall").fill("Flat, but fine.");
  await expect(page.getByRole("button", { name: "Your reflections (1)" })).toBeVisible();
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
  await page.evaluate(() => {
    localStorage.clear();
    for (const [i, role] of ["Nurse", "Teacher", "Data analyst"].entries()) {
      const id = `seed${i}`;
      const at = 1_796_000_000_000 - i * 86_400_000;
      const r = { id, createdAt: at, updatedAt: at, role, company: "Acme", steps: [], copyOf: "" };
      localStorage.setItem(`bounce-back:worksheet:r:${id}`, JSON.stringify({ v: 1, r }));
    }
  });
  await page.reload();
  const toggle = page.getByRole("button", { name: "Your reflections (3)" });
  const role = page.getByLabel("Role (optional)", { exact: true });
  await expect(role).toHaveValue("Nurse");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(await pageTop(toggle)).toBeLessThan(await pageTop(role));
  expect(await pageTop(role)).toBeLessThan(PHONE.height);
  const entries = page.getByRole("region", { name: /Your reflections/ }).getByRole("listitem");
  await expect(page.locator("#ws-entries")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1)).toBeInViewport();
  await expectNoAxeViolationsLightAndDark(page, "worksheet list open on a phone");
  await entries.nth(1).getByRole("button").click();
  await expect(role).toHaveValue("Teacher");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#ws-entries")).toBeHidden();
  await page.getByRole("button", { name: "New reflection" }).click();
  await expect(role).toHaveValue("");
  await expect(role).toBeInViewport();
});
