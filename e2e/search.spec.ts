import type { Locator, Page } from "@playwright/test";
import { topicHref } from "../src/lib/articles";
import { TOPICS } from "../src/lib/topics";
import {
  expectNoAxeViolationsLightAndDark as axeBoth,
  expect,
  expectNoAxeViolations,
  test,
  watchErrors,
} from "./fixtures";

const ARTICLE = "/articles/why-hiring-decisions-go-the-way-they-do/";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search" });
const searchBox = (scope: Page | Locator) =>
  scope.getByRole("searchbox", { name: "Search articles and self-checks" });
const status = (scope: Page | Locator) => scope.getByRole("status");
/** Result titles and section links: the links the arrow keys move through. */
const resultLinks = (scope: Page | Locator) => scope.locator("a[data-result-link]");
/** The topic (or type) line of each result, as a screen reader reads it: "Topic: …". */
const resultLabels = (scope: Page | Locator) =>
  scope.locator("ol > li > p").filter({ hasText: /^(Topic|Type): / });
const resultCount = async (scope: Page | Locator) => {
  const text = (await status(scope).textContent()) ?? "";
  const match = text.match(/^([\d,]+) results?/);
  return match ? Number(match[1]?.replace(/,/g, "")) : 0;
};

/** Opens the dialog with "/" and waits until the search box inside has focus. */
async function openWithSlash(page: Page): Promise<Locator> {
  await page.keyboard.press("/");
  const box = searchBox(dialog(page));
  await expect(box).toBeFocused();
  return box;
}

test.describe("the search dialog", () => {
  test("finds an article by keyboard alone and opens it", async ({ strictPage: page }) => {
    await page.goto(ARTICLE);
    // Tab to the header's search button and open it with Enter.
    const opener = page.locator("[data-search-open]");
    for (let i = 0; i < 6 && !(await opener.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAttribute("aria-haspopup", "dialog");
    await page.keyboard.press("Enter");
    const box = searchBox(dialog(page));
    await expect(box).toBeFocused();

    await page.keyboard.type("feedback");
    await expect(status(dialog(page))).toHaveText(/^\d+ results? for “feedback”\.$/);
    const links = resultLinks(dialog(page));
    expect(await links.count()).toBeGreaterThan(1);
    await expect(dialog(page).locator("mark").first()).toHaveText(/feedback/i);

    // Down into the results, down once more, then back up to the box.
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(box).toBeFocused();

    // Enter on a result follows it.
    await page.keyboard.press("ArrowDown");
    const href = (await links.nth(0).getAttribute("href")) ?? "";
    const title = (await links.nth(0).textContent())?.trim() ?? "";
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.href.endsWith(href));
    await expect(page.locator("h1")).toHaveText(title);
  });

  test("Escape closes it and focus returns to the search button; focus stays inside while open", async ({
    strictPage: page,
  }) => {
    await page.goto(ARTICLE);
    const opener = page.locator("[data-search-open]");
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect(searchBox(dialog(page))).toBeFocused();

    // Tab and Shift+Tab never leave the modal dialog.
    for (const key of [...Array(8).fill("Tab"), "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      // Past the last control focus may leave the page for the browser's own UI (body is
      // active then), as with any modal dialog; it never reaches the page behind.
      const inside = await page.evaluate(
        () =>
          !!document.activeElement?.closest("dialog[open]") ||
          document.activeElement === document.body,
      );
      expect(inside, `focus after ${key}`).toBe(true);
    }

    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(opener).toBeFocused();

    // The close button works too, and reopening keeps the last search.
    await page.keyboard.press("Enter");
    await page.keyboard.type("motivation");
    await expect(status(dialog(page))).toHaveText(/for “motivation”/);
    await dialog(page).getByRole("button", { name: "Close" }).click();
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press("Control+k");
    await expect(searchBox(dialog(page))).toHaveValue("motivation");
    await expect(searchBox(dialog(page))).toBeFocused();
  });

  test("opened with / from the page, Escape brings focus back to the search link", async ({
    strictPage: page,
  }) => {
    await page.goto(ARTICLE);
    const box = await openWithSlash(page);
    await page.keyboard.type("abc");
    // The first Escape clears the search box (the browser's own behaviour), the second closes.
    await page.keyboard.press("Escape");
    await expect(box).toHaveValue("");
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(page.locator("[data-search-open]")).toBeFocused();
  });

  test("opens with Ctrl+K and Cmd+K, but not with / while typing", async ({ strictPage: page }) => {
    await page.goto("/");
    await page.keyboard.press("Control+k");
    await expect(searchBox(dialog(page))).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press("Meta+k");
    await expect(searchBox(dialog(page))).toBeFocused();
    await page.keyboard.press("Escape");

    // The theme menu is a <select>; "/" there must not open search.
    const theme = page.getByLabel("Theme");
    await theme.focus();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeHidden();

    // Neither in a text field: the home page's search form keeps the slash.
    const field = page.getByRole("main").getByRole("searchbox").first();
    await field.fill("");
    await field.pressSequentially("a/b");
    await expect(field).toHaveValue("a/b");
    await expect(dialog(page)).toBeHidden();
  });

  test("a topic filter narrows the results", async ({ strictPage: page }) => {
    await page.goto(ARTICLE);
    await openWithSlash(page);
    await page.keyboard.type("rejection");
    const d = dialog(page);
    await expect(status(d)).toHaveText(/^\d+ results? for “rejection”\.$/);
    const all = await resultCount(d);

    await d
      .getByRole("group", { name: "Only show these topics" })
      .getByLabel("Coping and care")
      .check();
    await expect(status(d)).toHaveText(/for “rejection” in Coping and care\.$/);
    const narrowed = await resultCount(d);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const labels = await resultLabels(d).allTextContents();
    expect(labels).toHaveLength(await d.locator("ol > li").count());
    for (const label of labels) expect(label).toBe("Topic: Coping and care");
  });

  test("nothing loads for search on an article until search is opened", async ({
    strictPage: page,
  }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(ARTICLE, { waitUntil: "networkidle" });
    expect(
      requests.filter((p) => p.startsWith("/pagefind/")),
      "Pagefind files",
    ).toEqual([]);
    // On load only the scripts the page runs are fetched (the header's search element and the
    // theme menu), and the dialog is closed and empty. (tests/built/budget.test.ts weighs what is fetched.)
    const onLoad = requests.filter((p) => p.endsWith(".js"));
    await expect(dialog(page)).toBeHidden();
    await expect(searchBox(page)).toHaveCount(0);

    await openWithSlash(page);
    await page.keyboard.type("advice");
    await expect(status(dialog(page))).toHaveText(/for “advice”/);
    const afterOpen = requests.filter((p) => p.endsWith(".js") && !onLoad.includes(p));
    expect(afterOpen.length, "the search UI's scripts, loaded on first open").toBeGreaterThan(0);
    expect(requests).toContain("/pagefind/pagefind.js");
  });

  test("axe finds nothing with the dialog open, with results and with none (light and dark)", async ({
    strictPage: page,
  }) => {
    test.setTimeout(120_000); // Six axe runs; each takes seconds on a busy machine.
    await page.goto(ARTICLE);
    await openWithSlash(page);
    await axeBoth(page, "dialog open");
    await page.keyboard.type("feedback");
    await expect(status(dialog(page))).toHaveText(/for “feedback”/);
    await dialog(page).getByLabel("Learning from it").check();
    await expect(status(dialog(page))).toHaveText(/in Learning from it/);
    await axeBoth(page, "dialog with results");
    await searchBox(dialog(page)).fill("qqzzxxy");
    await expect(status(dialog(page))).toHaveText("No results for “qqzzxxy” in Learning from it.");
    await axeBoth(page, "dialog with no results");
  });
});

test.describe("the search page", () => {
  test("searches by keyboard alone and keeps the address in step", async ({ strictPage: page }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto("/search/", { waitUntil: "networkidle" });
    await expect(page.locator("#search-page[data-hydrated]")).toBeAttached();
    // The index loads when someone reaches for the box, not for a visit that only reads.
    expect(requests.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    const box = searchBox(page);
    // "/" on the search page goes to its own box rather than opening the dialog.
    await page.keyboard.press("/");
    await expect(box).toBeFocused();
    await expect(dialog(page)).toBeHidden();
    await expect.poll(() => requests).toContain("/pagefind/pagefind.js");
    await page.keyboard.type("rejection email");
    await expect(status(page.getByRole("main"))).toHaveText(
      /^\d+ results? for “rejection email”\.$/,
    );
    await expect(page).toHaveURL(/\/search\/\?q=rejection\+email$/);

    // A topic filter by keyboard: Tab to the fourth checkbox, Space to tick it, then back.
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    const nextSteps = page.getByLabel("Moving forward");
    await expect(nextSteps).toBeFocused();
    await page.keyboard.press("Space");
    await expect(nextSteps).toBeChecked();
    await expect(page).toHaveURL(/\?q=rejection\+email&topic=next-steps$/);
    await expect(status(page.getByRole("main"))).toHaveText(/in Moving forward\.$/);
    for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+Tab");
    await expect(box).toBeFocused();

    await page.keyboard.press("ArrowDown");
    const first = resultLinks(page.getByRole("main")).first();
    await expect(first).toBeFocused();
    const title = (await first.textContent())?.trim() ?? "";
    await page.keyboard.press("Enter");
    await expect(page.locator("h1")).toHaveText(title);

    // Back returns to the same search.
    await page.goBack();
    await expect(searchBox(page)).toHaveValue("rejection email");
    await expect(page.getByLabel("Moving forward")).toBeChecked();
  });

  test("a deep link (?q=) fills the box and shows highlighted results with section links", async ({
    strictPage: page,
  }) => {
    await page.goto("/search/?q=feedback");
    await expect(searchBox(page)).toHaveValue("feedback");
    const main = page.getByRole("main");
    await expect(status(main)).toHaveText(/^\d+ results? for “feedback”\.$/);
    await expect(main.locator("ol mark").first()).toHaveText(/feedback/i);
    // Result titles are h2 under the page's h1.
    await expect(main.locator("ol h2 a").first()).toBeVisible();
    // At least one result links straight to a matching section.
    const section = main.locator('ol a[href*="#"]').first();
    await expect(section).toBeVisible();
    const href = (await section.getAttribute("href")) ?? "";
    await section.click();
    const id = decodeURIComponent(href.split("#")[1] ?? "");
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test("Show more results adds the next results and moves focus to the first new one", async ({
    strictPage: page,
  }) => {
    await page.goto("/search/?q=rejection");
    const main = page.getByRole("main");
    await expect(status(main)).toHaveText(/^\d+ results for “rejection”\.$/);
    const total = await resultCount(main);
    const items = main.locator("ol > li");
    const shown = await items.count();
    // "rejection" is in every article, so there are always more results than one screen shows.
    expect(total).toBeGreaterThan(shown);
    await main.getByRole("button", { name: /^Show more results/ }).click();
    await expect(items).toHaveCount(Math.min(total, shown * 2));
    await expect(items.nth(shown).locator("a[data-result-link]").first()).toBeFocused();
  });

  test("a deep link with a topic ticks the filter", async ({ strictPage: page }) => {
    await page.goto("/search/?q=rejection&topic=coping");
    await expect(page.getByLabel("Coping and care")).toBeChecked();
    await expect(status(page.getByRole("main"))).toHaveText(/in Coping and care\.$/);
  });

  test("no results says so and offers a way on", async ({ strictPage: page }) => {
    await page.goto("/search/?q=xylophone%20zebra");
    const main = page.getByRole("main");
    await expect(status(main)).toHaveText("No results for “xylophone zebra”.");
    await expect(main.getByRole("link", { name: "Coping and care" })).toHaveAttribute(
      "href",
      "/topics/coping/",
    );
    await expect(
      main.getByRole("link", { name: "all articles, grouped by topic" }),
    ).toHaveAttribute("href", "/articles/");
    // A suggested word searches for it.
    await main.getByRole("button", { name: "feedback" }).click();
    await expect(searchBox(page)).toHaveValue("feedback");
    await expect(searchBox(page)).toBeFocused();
    await expect(status(main)).toHaveText(/results? for “feedback”/);
  });

  test("no results inside a topic offers the other topics", async ({ strictPage: page }) => {
    // A word used in only some topics: find one of the topics it is missing from.
    await page.goto("/search/?q=sponsor");
    const main = page.getByRole("main");
    await expect(status(main)).toHaveText(/^\d+ results? for “sponsor”\.$/);
    const labels = (await resultLabels(main).allTextContents()).join(" ");
    const missing = TOPICS.map((t) => t.name).find((name) => !labels.includes(name)) ?? "";
    expect(missing, "a topic without this word").not.toBe("");

    await page.getByLabel(missing).check();
    await expect(status(main)).toHaveText(`No results for “sponsor” in ${missing}.`);
    await expect(
      main.getByText(/^There (is 1 result|are \d+ results) in other topics\./),
    ).toBeVisible();
    await main.getByRole("button", { name: "Search all topics" }).click();
    await expect(status(main)).toHaveText(/^\d+ results? for “sponsor”\.$/);
    await expect(page.getByLabel(missing)).not.toBeChecked();
    await expect(searchBox(page)).toBeFocused();
    await expect(page).toHaveURL(/\/search\/\?q=sponsor$/);
  });

  test("axe finds nothing with results shown (light and dark)", async ({ strictPage: page }) => {
    await page.goto("/search/?q=interview");
    await expect(status(page.getByRole("main"))).toHaveText(/for “interview”/);
    await axeBoth(page, "search page with results");
  });

  test("without JavaScript it explains and links to the articles and topics", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/search/?q=feedback");
    await expect(page.getByRole("heading", { name: "Search needs JavaScript" })).toBeVisible();
    for (const topic of TOPICS) {
      await expect(page.locator(`main a[href="${topicHref(topic.id)}"]`)).toBeVisible();
    }
    await expect(page.locator('main a[href="/articles/"]')).toBeVisible();
    await expect(searchBox(page)).toBeHidden();
    await context.close();
  });
});

test("when the index cannot load it says so, and Try again recovers", async ({ page }) => {
  // Not strictPage: the aborted requests are logged by the browser as console errors.
  const problems = watchErrors(page, { ignoreFailedLoads: true });
  await page.route("**/pagefind/**", (route) => route.abort("internetdisconnected"));
  await page.goto(ARTICLE);
  await openWithSlash(page);
  const alert = dialog(page).getByRole("alert");
  // The search UI's own chunk loads first: on a busy machine that can take over 5 s.
  await expect(alert).toContainText("Search could not load", { timeout: 15_000 });
  await expectNoAxeViolations(page, "offline message");

  // Still offline: trying again keeps the message.
  const retry = alert.getByRole("button", { name: "Try again" });
  await retry.click();
  await expect(retry).toHaveText("Try again");
  await expect(alert).toContainText("Search could not load");

  // Back online: it loads and searches.
  await page.unroute("**/pagefind/**");
  await retry.click();
  await expect(dialog(page).getByRole("alert")).toHaveCount(0);
  await searchBox(dialog(page)).fill("feedback");
  await expect(status(dialog(page))).toHaveText(/results? for “feedback”/);
  expect(problems).toEqual([]);
});

test("when the search UI itself cannot load, the dialog says so", async ({ page }) => {
  // Not strictPage: the aborted request is logged by the browser as a console error.
  const problems = watchErrors(page, { ignoreFailedLoads: true });
  await page.goto(ARTICLE, { waitUntil: "networkidle" });
  // Every script the page runs on load has arrived; what is fetched from now on is the search UI.
  await page.route("**/_astro/**", (route) => route.abort("internetdisconnected"));
  await page.keyboard.press("/");
  await expect(dialog(page).getByRole("status")).toHaveText(
    /Search could not load\. Are you offline\?/,
  );
  await expectNoAxeViolations(page, "search UI failed to load");
  expect(problems).toEqual([]);
});
