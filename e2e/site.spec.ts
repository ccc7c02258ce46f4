import { readFileSync } from "node:fs";
import { sitemapPaths } from "../tests/support/sitemap";
import { expect, expectNoAxeViolationsLightAndDark, test, useColorScheme } from "./fixtures";

const pages = sitemapPaths();
const dist = process.env.DIST_DIR ?? "dist";

/**
 * axe in a real browser, light and dark, on one page of each type rather than
 * every page twice: pages of a type share their layout, components and CSS,
 * which is where contrast, landmarks, focus and the header's and footer's
 * names come from. What differs from page to page (headings in order, names
 * for links and images, unique ids, one h1, the CSP, nothing from another
 * origin) is checked on every built page without a browser, in
 * tests/built/pages.test.ts. The article shown is the longest (the most kinds
 * of content: tables, asides, citations); the exercises, the self-checks, the
 * worksheet, the plan and the log are checked again, filled in, by their own specs.
 */
function representatives(paths: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const parts = path.split("/").filter(Boolean);
    const type = parts.length > 1 && parts[0] !== "about" ? `/${parts[0]}/*` : path;
    groups.set(type, [...(groups.get(type) ?? []), path]);
  }
  const size = (path: string) => readFileSync(`${dist}${path}index.html`).length;
  return [
    ...[...groups.values()].map((group) => group.reduce((a, b) => (size(b) > size(a) ? b : a))),
    "/offline/",
  ];
}
const sample = representatives(pages);

/** Pages per axe test: few enough to finish in time on a busy 2-core machine (8 took 130 s at load 30). */
const CHUNK = 4;
const chunks = Array.from({ length: Math.ceil(sample.length / CHUNK) }, (_, i) =>
  sample.slice(i * CHUNK, (i + 1) * CHUNK),
);

test.describe("one page of each type", () => {
  for (const [i, chunk] of chunks.entries()) {
    test(`has no axe violations in light and dark, and makes no off-site requests (${i + 1}/${chunks.length})`, async ({
      strictPage: page,
    }) => {
      test.setTimeout(120_000);
      // One load per page: the colour scheme is switched in place for the second run.
      for (const path of chunk) {
        await page.goto(path);
        await expectNoAxeViolationsLightAndDark(page, path);
      }
    });
  }
});

test("home to an article to a related article, by keyboard alone", async ({ strictPage: page }) => {
  await page.goto("/");
  // The first Tab lands on the skip link, which jumps to the main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Tab through the page until an article link in "Good places to start reading" has focus.
  const starters = page
    .getByRole("region", { name: "Good places to start reading" })
    .getByRole("link");
  const firstTitle = (await starters.first().textContent())?.trim() ?? "";
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focusedText = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focusedText === firstTitle) break;
  }
  await expect(starters.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText(firstTitle);

  // Then on to the first related article.
  const related = page.getByRole("region", { name: "Related articles" }).getByRole("link").first();
  const relatedTitle = (await related.textContent())?.trim() ?? "";
  await related.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
  await expect(page.locator("h1")).toHaveText(relatedTitle);
});

test("an article page has its parts", async ({ strictPage: page }) => {
  await page.goto("/articles/");
  await page.getByRole("link", { name: /^Why hiring decisions/ }).click();
  await expect(page.getByText(/\d+ minute read/)).toBeVisible();
  await expect(
    page.getByText(
      /^Page last reviewed: \d{1,2} \w{3,4} 20\d\d · Next review due: \d{1,2} \w{3,4} 20\d\d$/,
    ),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key takeaways" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your next step" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related articles" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: /^More in / })).toBeVisible();
  // Table of contents links jump to the headings.
  const firstToc = page.locator('nav[aria-labelledby="toc-heading"] a').first();
  const target = (await firstToc.getAttribute("href")) ?? "";
  await firstToc.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test("the help page is one click from the footer and lists crisis lines", async ({
  strictPage: page,
}) => {
  await page.goto("/articles/");
  await page
    .locator("footer[data-site-footer]")
    .getByRole("link", { name: "Need help now?" })
    .click();
  await expect(page).toHaveURL(/\/help\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Need help now?" })).toBeVisible();
  for (const number of ["988", "116 123", "13 11 14"]) {
    await expect(page.getByText(number, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
});

test("a search for crisis, helpline or can't cope finds the help page first", async ({
  strictPage: page,
}) => {
  await page.goto("/");
  const firsts = await page.evaluate(async () => {
    const url = "/pagefind/pagefind.js";
    const pagefind = await import(/* @vite-ignore */ url);
    const first = async (q: string) => (await (await pagefind.search(q)).results[0]?.data())?.url;
    return [await first("crisis"), await first("helpline"), await first("can't cope")];
  });
  expect(firsts).toEqual(["/help/", "/help/", "/help/"]);
});

test("an article with an illustration labels it for every reader, and lists its sources", async ({
  strictPage: page,
}) => {
  const path = pages.find((p) => {
    if (!/^\/articles\/[a-z0-9-]+\/$/.test(p)) return false;
    const html = readFileSync(`${dist}${p}index.html`, "utf8");
    return html.includes("data-illustration") && html.includes("data-sources");
  });
  test.skip(!path, "no article uses <Illustration> and has sources yet");
  await page.goto(path ?? "/");
  const aside = page.locator("aside[data-illustration]");
  await expect(aside.getByText("An illustration: not a real person")).toBeVisible();
  await expect(
    page.getByRole("complementary", { name: /^An illustration: not a real person/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, path ?? "");
});

test("the theme menu switches to dark and keeps the choice on reload", async ({
  strictPage: page,
}) => {
  await useColorScheme(page, "light");
  await page.goto("/about/");
  const html = page.locator("html");
  await expect(html).not.toHaveAttribute("data-theme", /.+/);
  const select = page.getByLabel("Theme");
  await expect(select).toHaveValue("system");
  await select.selectOption("dark");
  await expect(html).toHaveAttribute("data-theme", "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(21, 24, 27)");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Theme")).toHaveValue("dark");

  await page.getByLabel("Theme").selectOption("system");
  await expect(html).not.toHaveAttribute("data-theme", /.+/);
  await page.reload();
  await expect(html).not.toHaveAttribute("data-theme", /.+/);
  await expect(page.getByLabel("Theme")).toHaveValue("system");
});

test("the dark theme is applied before the first paint", async ({ strictPage: page }) => {
  await page.addInitScript(() => localStorage.setItem("bounce-back:theme", "dark"));
  // Check the theme as soon as the body exists, before any module script runs.
  await page.goto("/articles/", { waitUntil: "commit" });
  await page.waitForSelector("body", { state: "attached" });
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(theme).toBe("dark");
});

test("a missing page shows the helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-advice/");
  expect(response?.status()).toBe(404);
  await expectNoAxeViolationsLightAndDark(page, "404 page");
  await expect(
    page.getByRole("heading", { level: 1, name: "We can't find that page" }),
  ).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search the site" })).toBeVisible();
  await expect(page.getByRole("link", { name: "All articles, grouped by topic" })).toBeVisible();
  await page.getByRole("link", { name: "The home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("articles read in full without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/articles/why-hiring-decisions-go-the-way-they-do/");
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key takeaways" })).toBeVisible();
  await expect(page.locator(".prose h2").first()).toBeVisible();
  // The theme toggle needs JavaScript, so it stays hidden rather than doing nothing.
  await expect(page.getByLabel("Theme")).toBeHidden();
  await context.close();
});

test("printing an article hides the site chrome", async ({ strictPage: page }) => {
  await page.goto("/articles/why-hiring-decisions-go-the-way-they-do/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header[data-site-header]")).toBeHidden();
  await expect(page.locator("footer[data-site-footer]")).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator(".prose")).toBeVisible();
});

test.describe("site header and footer", () => {
  test("at 320 px wide nothing scrolls sideways and the header fits in two rows", async ({
    strictPage: page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/articles/", "/articles/your-rights-after-a-job-rejection/"]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scroll on ${path}`).toBe(0);
      const header = page.locator("header[data-site-header]");
      for (const link of [
        header.getByRole("link", { name: "Need help now?" }),
        ...["Articles", "Self-checks", "Tools"].map((name) =>
          page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }),
        ),
      ]) {
        const box = await link.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320, `${link} on ${path}`).toBe(true);
      }
      // Two rows of 44 px controls and their spacing: the name, help, search and theme; then the sections.
      const height = (await header.boundingBox())?.height ?? 0;
      expect(height, `header height on ${path}`).toBeLessThanOrEqual(110);
    }
  });
});
