import type { Page } from "@playwright/test";
import {
  comesBefore,
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsLightAndDark,
  test,
  useColorScheme,
} from "./fixtures";

/**
 * Issue 23, "one path for a person": help first for the visitor's likely
 * country, the home page's "Carry on" links (on this device only), and search
 * that finds articles by the words people use.
 */

/** The country sections of /help/'s crisis lines, in the order shown. */
const countryOrder = (page: Page) =>
  page.locator("#crisis-lines ~ [data-region-list] > section h3").allTextContents();

test.describe("/help/ puts the likely country first, and every number is a link", () => {
  const cases = [
    { locale: "en-GB", first: "United Kingdom", emergency: "tel:999" },
    { locale: "en-AU", first: "Australia", emergency: "tel:000" },
    { locale: "fr-CA", first: "Canada", emergency: "tel:911" },
    { locale: "en-IE", first: "Ireland", emergency: "tel:112" },
    { locale: "de-DE", first: "United Kingdom", emergency: "tel:999" },
  ];
  for (const { locale, first, emergency } of cases) {
    test.describe(locale, () => {
      test.use({ locale });
      test(`${locale}: ${first} first, none hidden`, async ({ strictPage: page }) => {
        await page.goto("/help/");
        const order = await countryOrder(page);
        expect(order[0]).toBe(first);
        expect([...order].sort()).toEqual([
          "Australia",
          "Canada",
          "Ireland",
          "United Kingdom",
          "United States",
        ]);
        await expect(page.locator("[data-region-list] > li a").first()).toHaveAttribute(
          "href",
          emergency,
        );
      });
    });
  }

  test.describe("de-DE, a region with no lines here", () => {
    test.use({ locale: "de-DE" });
    test("112 and In another country come before the five countries", async ({
      strictPage: page,
    }) => {
      await page.goto("/help/");
      const elsewhere = page.getByRole("region", { name: "In another country" });
      await expect(
        elsewhere.getByRole("link", { name: "Find a helpline in your country" }),
      ).toHaveAttribute("href", "https://findahelpline.com/");
      expect(await comesBefore(elsewhere, page.locator("#united-kingdom"))).toBe(true);
      // In the danger box, the EU's number leads, before the UK's 999.
      const eu = page.getByRole("link", { name: "call 112", exact: true });
      await expect(eu).toHaveAttribute("href", "tel:112");
      expect(await comesBefore(eu, page.getByRole("link", { name: "Call 999 in the UK" }))).toBe(
        true,
      );
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false, locale: "en-AU" });
    test("the site's order, the UK first", async ({ page }) => {
      await page.goto("/help/");
      expect((await countryOrder(page))[0]).toBe("United Kingdom");
    });
  });

  test("every phone number outside the sources is inside a tel: or sms: link, named for what it does", async ({
    strictPage: page,
  }) => {
    await page.goto("/help/");
    const bare = await page.evaluate(() => {
      const main = document.querySelector("main");
      const found: string[] = [];
      if (!main) return ["no main"];
      const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        // Links, the sources, and service names such as "988 Suicide & Crisis Lifeline".
        if (!el || el.closest("a, [data-sources], [data-service-name]")) continue;
        const numbers = (n.textContent ?? "").match(/\d[\d -]*\d|\d/g) ?? [];
        // "48 hours" and the like are words, not numbers to call.
        found.push(...numbers.filter((d) => d.replace(/\D/g, "").length >= 3));
      }
      return found;
    });
    expect(bare).toEqual([]);
    const call = page.getByRole("link", { name: "Call Samaritans on 116 123" }).first();
    await expect(call).toHaveAttribute("href", "tel:116123");
    await expect(page.getByRole("link", { name: "Text Shout: SHOUT to 85258" })).toHaveAttribute(
      "href",
      "sms:85258?body=SHOUT",
    );
    const links = await page
      .locator('main a[href^="tel:"], main a[href^="sms:"]')
      .evaluateAll((as) => as.map((a) => a.textContent?.trim() ?? ""));
    expect(links.length).toBeGreaterThan(15);
    for (const name of links) expect(name).toMatch(/^(Call|Text|call) /);
  });

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    test(`axe finds nothing at ${width} px (light and dark)`, async ({ strictPage: page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/help/");
      await expect(page.locator("#united-kingdom")).toBeVisible();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      expect(wide).toBe(false);
      await expectNoAxeViolationsLightAndDark(page, `/help/ ${width}`);
    });
  }
});

const carryOn = (page: Page) => page.getByRole("region", { name: "Carry on where you left off" });

async function writeReflection(page: Page) {
  await page.goto("/worksheet/");
  await page.getByLabel("Role (optional)", { exact: true }).fill("Product designer");
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
}

async function takeCheckIn(page: Page) {
  await page.goto("/self-check/interview-debrief/");
  const form = page.locator("form");
  await expect(form.locator("fieldset").first()).toBeVisible();
  for (const fieldset of await form.locator("fieldset").all())
    await fieldset.getByRole("radio").first().check();
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("region", { name: /Your result/ })).toBeVisible();
}

test.describe("the home page remembers you, on this device only", () => {
  test("a new visitor sees no Carry on links, and does not download the stores' readers", async ({
    strictPage: page,
  }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The page script has run when the search box's script has; give it the load event.
    await page.waitForLoadState("load");
    await expect(page.locator("#carry-on")).toBeHidden();
    await expect(page.locator("#carry-on li")).toHaveCount(0);
    expect(fetched.filter((u) => /carry-on/.test(u))).toEqual([]);
  });

  test("after a reflection and a check-in, both are offered; with the lock set, none", async ({
    strictPage: page,
  }) => {
    // Setting the lock derives a key slowly on purpose (PBKDF2), as lock.spec.ts allows for.
    test.setTimeout(60_000);
    await writeReflection(page);
    await takeCheckIn(page);
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto("/");
    const region = carryOn(page);
    await expect(region).toBeVisible();
    await expect(region.getByRole("link", { name: "Your reflection" })).toHaveAttribute(
      "href",
      "/worksheet/",
    );
    await expect(
      region.getByRole("link", { name: "Your check-in: Interview debrief" }),
    ).toHaveAttribute("href", "/self-check/interview-debrief/");
    await expect(region.getByRole("link")).toHaveCount(2);
    expect(fetched.some((u) => /carry-on/.test(u))).toBe(true);
    await expect(region).not.toContainText("Product designer");
    await expectNoAxeViolations(page, "home with Carry on");

    // Set the lock: a new tab (a new visit) sees nothing on the home page.
    await page.goto("/about/#lock");
    const lock = page.locator("#lock");
    await lock.getByLabel("Passphrase", { exact: true }).fill("lantern harbour seven");
    await lock.getByLabel("The same passphrase again").fill("lantern harbour seven");
    await lock.getByRole("button", { name: "Lock my writing" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "your writing is now locked" }),
    ).toBeVisible({ timeout: 15_000 });
    const other = await page.context().newPage();
    await other.goto("/");
    await other.waitForLoadState("load");
    await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(other.locator("#carry-on")).toBeHidden();
    // The tab that set the lock still has the words open, and still shows nothing here.
    await page.goto("/");
    await page.waitForLoadState("load");
    await expect(page.locator("#carry-on")).toBeHidden();
  });
});

/**
 * Everyday words, and the article each must find in its top three, by
 * Pagefind's real ranking over the built index (the options the search page
 * uses), all on one page load.
 */
const EVERYDAY_QUERIES: [query: string, article: string][] = [
  ["ghosted", "when-an-employer-goes-silent"],
  ["no reply", "when-an-employer-goes-silent"],
  ["heard nothing", "when-an-employer-goes-silent"],
  ["still waiting to hear back", "when-an-employer-goes-silent"],
  ["runner-up", "coming-second-after-a-final-round"],
  ["second choice", "coming-second-after-a-final-round"],
  ["broke", "when-money-is-tight"],
  ["can't pay rent", "when-money-is-tight"],
  ["unemployment benefits", "when-money-is-tight"],
  ["offer rescinded", "when-a-job-offer-is-withdrawn"],
  ["offer pulled", "when-a-job-offer-is-withdrawn"],
  ["14 rejections", "handling-many-rejections-in-a-row"],
  ["keep getting rejected", "handling-many-rejections-in-a-row"],
  ["discrimination", "your-rights-after-a-job-rejection"],
  ["subject access request", "your-rights-after-a-job-rejection"],
  ["still employed", "rejected-while-you-still-have-a-job"],
  ["hate my current job", "rejected-while-you-still-have-a-job"],
  ["second interview", "when-a-good-interview-ends-in-a-no"],
  ["thought it went well", "when-a-good-interview-ends-in-a-no"],
  ["internal hire", "losing-to-an-internal-candidate"],
  ["age discrimination", "facing-barriers-in-hiring"],
  ["visa sponsorship", "facing-barriers-in-hiring"],
  ["reapply", "applying-again-to-the-same-company"],
  ["thank you email", "replying-to-a-rejection-email"],
  ["generic rejection", "reading-a-rejection-email"],
  ["tell my parents", "what-to-tell-people-after-a-rejection"],
  ["presentation task", "learning-from-final-round-tasks"],
  ["assessment day", "learning-from-final-round-tasks"],
  ["what did i do wrong", "learning-from-a-rejection"],
  ["why did they say no", "why-hiring-decisions-go-the-way-they-do"],
  ["ask for feedback", "asking-for-feedback-after-a-rejection"],
  ["mock interview", "turning-a-debrief-into-a-practice-plan"],
  ["red flags", "was-this-job-right-for-you"],
  ["ask a mentor", "asking-others-for-advice"],
  ["can't sleep", "looking-after-yourself-after-a-rejection"],
  ["just found out", "what-to-do-in-the-first-48-hours"],
];

test("everyday words find the article that answers them, in the top three", async ({
  strictPage: page,
}) => {
  await page.goto("/search/");
  const found = await page.evaluate(
    async (queries) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: "/", noWorker: true });
      const out: Record<string, string[]> = {};
      for (const q of queries) {
        const response = await pagefind.search(q);
        const top = await Promise.all(
          response.results
            .slice(0, 5)
            .map((r: { data: () => Promise<{ url: string }> }) => r.data()),
        );
        out[q] = top.map((d: { url: string }) => d.url);
      }
      return out;
    },
    [...EVERYDAY_QUERIES.map(([q]) => q), "samaritans", "crisis"],
  );
  const rows = EVERYDAY_QUERIES.map(([q, article]) => {
    const rank = (found[q] ?? []).indexOf(`/articles/${article}/`) + 1;
    return { q, article, rank, top: found[q] ?? [] };
  });
  console.log(
    `\neveryday query → article: rank\n${rows.map((r) => `${r.q} → ${r.article}: ${r.rank || "-"}`).join("\n")}`,
  );
  expect(rows.filter((r) => r.rank < 1 || r.rank > 3)).toEqual([]);
  // A number in a query never finds /help/ by a phone number alone…
  expect(found["14 rejections"]).not.toContain("/help/");
  // …and /help/ is still found by its words.
  expect(found.samaritans?.[0]).toBe("/help/");
  expect(found.crisis?.slice(0, 3)).toContain("/help/");
});

test.describe("a flagged self-check result leads with a call for the likely country", () => {
  /** Settled answers, but "Yes, now and then" to thoughts of harming yourself. */
  async function flaggedResult(page: Page) {
    await page.goto("/self-check/how-are-you-taking-it/");
    const groups = page.locator("form fieldset");
    await expect(groups.first()).toBeVisible();
    for (const fieldset of await groups.all()) {
      const legend = (await fieldset.locator("legend").textContent()) ?? "";
      if (/not be safe/.test(legend))
        await fieldset.getByRole("radio", { name: "Yes, now and then" }).check();
      else await fieldset.getByRole("radio").first().check();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    return page.getByRole("region", { name: "If you have thought about harming yourself" });
  }

  const firstLinks = (page: Page, n = 2) =>
    page
      .getByRole("region", { name: /Your result/ })
      .locator("a")
      .evaluateAll((as, n) => as.slice(0, n).map((a) => a.getAttribute("href")), n);

  test.describe("en-AU", () => {
    test.use({ locale: "en-AU" });
    test("Australia's Lifeline first (call, then text); the others one tap away (390 px, dark)", async ({
      strictPage: page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await useColorScheme(page, "dark");
      const panel = await flaggedResult(page);
      await expect(panel).toBeVisible();
      expect(await firstLinks(page)).toEqual(["tel:131114", "sms:0477131114"]);
      // Its emergency number is Australia's, never another country's.
      await expect(panel.getByRole("link", { name: "000", exact: true })).toHaveAttribute(
        "href",
        "tel:000",
      );
      await expect(panel).not.toContainText("999");
      // The emergency number comes straight after the call and text buttons, before any other words.
      expect(await firstLinks(page, 3)).toEqual(["tel:131114", "sms:0477131114", "tel:000"]);
      // The crisis panel comes before anything else said about the result, the check-in's comparison included.
      await expect(page.locator("[data-compare]")).toBeVisible();
      expect(await comesBefore(panel, page.locator("[data-compare]"))).toBe(true);
      const call = panel.getByRole("link", { name: "Call Lifeline on 13 11 14" });
      await expect(call).toBeVisible();
      expect((await call.boundingBox())?.y ?? 9999).toBeLessThan(
        844 + (await page.evaluate(() => scrollY)),
      );
      // The other countries are folded, one tap away, and each links to its part of /help/.
      await expect(panel.getByRole("link", { name: "Call Samaritans on 116 123" })).toBeHidden();
      await panel.getByText("Lines in other countries").click();
      await expect(
        panel.getByRole("link", { name: "Call Samaritans on 116 123" }).first(),
      ).toBeVisible();
      await expect(panel.getByRole("link", { name: "United Kingdom" })).toHaveAttribute(
        "href",
        "/help/#united-kingdom",
      );
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      expect(wide).toBe(false);
      await expectNoAxeViolations(page, "crisis panel en-AU (dark, 390 px)");
    });
  });

  test.describe("de-DE", () => {
    test.use({ locale: "de-DE" });
    test("elsewhere: a directory of lines and the local emergency number, never the UK's 999 (390 px, light)", async ({
      strictPage: page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      // A German browser's list as browsers send it, English after German: en-US must not win.
      await page.addInitScript(() =>
        Object.defineProperty(navigator, "languages", {
          get: () => ["de-DE", "de", "en-US", "en"],
        }),
      );
      const panel = await flaggedResult(page);
      await expect(panel).toBeVisible();
      expect(await firstLinks(page, 2)).toEqual(["https://findahelpline.com/", "tel:112"]);
      await expect(panel).not.toContainText("911");
      await expect(
        panel.getByRole("link", { name: "Find a helpline in your country" }),
      ).toBeVisible();
      await expect(panel).toContainText(
        "call your local emergency number now (112 anywhere in the European Union)",
      );
      await expect(panel).not.toContainText("999");
      // Its words promise nothing of lines it does not list.
      await expect(panel).toContainText("the directory above lists confidential helplines");
      await expect(panel).not.toContainText("the lines above will listen");
      // The five countries' lines are one tap away.
      await panel.getByText("Crisis lines by country").click();
      await expect(
        panel.getByRole("link", { name: "Call Samaritans on 116 123" }).first(),
      ).toBeVisible();
      await expect(panel.getByRole("link", { name: "Call Lifeline on 13 11 14" })).toBeVisible();
      await expectNoAxeViolations(page, "crisis panel de-DE (light, 390 px)");
    });
  });

  test.describe("en-GB", () => {
    test.use({ locale: "en-GB" });
    test("Samaritans first, then Shout (1280 px, light)", async ({ strictPage: page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await useColorScheme(page, "light");
      await expect(await flaggedResult(page)).toBeVisible();
      expect(await firstLinks(page)).toEqual(["tel:116123", "sms:85258?body=SHOUT"]);
      await expect(page.getByRole("link", { name: "999", exact: true })).toHaveAttribute(
        "href",
        "tel:999",
      );
      await expectNoAxeViolations(page, "crisis panel en-GB (light, 1280 px)");
    });
  });
});
