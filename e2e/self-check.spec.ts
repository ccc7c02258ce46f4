import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { findBand, totalScore } from "../src/lib/self-check/scoring";
import { expect, expectNoAxeViolations, test, useColorScheme } from "./fixtures";

/** The self-check files, read directly so the tests follow the content. */
interface CheckFile {
  slug: string;
  title: string;
  intro: string;
  minutes: number;
  questions: { prompt: string; options: { label: string; score: number }[] }[];
  bands: { id: string; min: number; max: number; title: string; worksheet?: string }[];
}

const dir = join(import.meta.dirname, "../content/self-checks");
const checks: CheckFile[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as CheckFile);

const KEY = (slug: string) => `bounce-back:self-check:${slug}`;

/** For each question, the index of its lowest- or highest-scoring option. */
function extremeAnswers(check: CheckFile, pick: "low" | "high"): number[] {
  return check.questions.map((q) => {
    const scores = q.options.map((o) => o.score);
    return scores.indexOf(pick === "low" ? Math.min(...scores) : Math.max(...scores));
  });
}

function expectedBand(check: CheckFile, answers: number[]) {
  const band = findBand(check.bands, totalScore(check.questions, answers));
  if (!band) throw new Error(`No band for ${check.slug} ${answers.join(",")}`);
  return band;
}

const pathOf = (slug: string) => `/self-check/${slug}/`;
const resultHeading = (page: Page) => page.locator("#sc-result-heading");

/** Waits until the island has hydrated (the submit handler is attached). */
async function ready(page: Page, slug: string) {
  await page.goto(pathOf(slug));
  await expect(page.locator("#self-check[data-hydrated]")).toHaveCount(1);
}

/** Presses Tab until the element with `id` has focus. */
async function tabTo(page: Page, id: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press("Tab");
  }
  await expect(page.locator(`#${id}`)).toBeFocused();
}

/**
 * Answers every question with the keyboard alone: Tab into each radio group,
 * then Space selects the first option or the arrow keys move to another.
 */
async function answerByKeyboard(page: Page, answers: number[]) {
  await tabTo(page, "sc-q1-a1");
  for (const [i, choice] of answers.entries()) {
    await expect(page.locator(`#sc-q${i + 1}-a1`)).toBeFocused();
    if (choice === 0) await page.keyboard.press("Space");
    for (let n = 0; n < choice; n++) await page.keyboard.press("ArrowDown");
    await expect(page.locator(`#sc-q${i + 1}-a${choice + 1}`)).toBeChecked();
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "See my result" })).toBeFocused();
  await page.keyboard.press("Enter");
}

/** Answers by clicking the labels (faster; for tests not about the keyboard). */
async function answerByClick(page: Page, check: CheckFile, answers: (number | undefined)[]) {
  for (const [i, choice] of answers.entries()) {
    if (choice === undefined) continue;
    await page.locator(`label[for="sc-q${i + 1}-a${choice + 1}"]`).click();
  }
  expect(answers.length).toBeLessThanOrEqual(check.questions.length);
}

test.describe("the self-check list", () => {
  test("lists every self-check with its time, and the last result once taken", async ({
    strictPage: page,
  }) => {
    await page.goto("/self-check/");
    await expect(page.locator("h1")).toHaveText("Self-checks");
    for (const c of checks) {
      const item = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: c.title }) });
      await expect(item).toContainText(`about ${c.minutes} minutes`);
      await expect(item.locator("[data-last-result]")).toBeHidden();
    }
    const first = checks[0] as CheckFile;
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key as string, value as string),
      [
        KEY(first.slug),
        JSON.stringify({
          v: 1,
          band: "x",
          title: "A remembered result",
          at: "2026-11-20T10:00:00Z",
        }),
      ],
    );
    await page.reload();
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: first.title }) });
    await expect(item.locator("[data-last-result]")).toHaveText(
      "Your last result: A remembered result (20 November 2026)",
    );
    await expectNoAxeViolations(page, "/self-check/ with a last result");
  });

  test("ignores damaged stored results", async ({ strictPage: page }) => {
    await page.addInitScript(
      (key) => {
        localStorage.setItem(key, "{not json");
      },
      KEY((checks[0] as CheckFile).slug),
    );
    await page.goto("/self-check/");
    await expect(page.locator("[data-last-result]:visible")).toHaveCount(0);
  });
});

for (const check of checks) {
  test.describe(check.title, () => {
    test("can be completed by keyboard alone, and opposite answers give different results", async ({
      strictPage: page,
    }) => {
      await ready(page, check.slug);
      // Start from the top of the page, as a keyboard user would.
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
      await page.keyboard.press("Enter");

      const low = extremeAnswers(check, "low");
      await answerByKeyboard(page, low);
      const lowBand = expectedBand(check, low);
      await expect(resultHeading(page)).toBeFocused();
      await expect(resultHeading(page)).toHaveText(`Your result: ${lowBand.title}`);

      // Retake with the keyboard: Tab from the result heading to the button.
      await tabTo(page, "sc-retake");
      await page.keyboard.press("Enter");
      await expect(page.locator("#sc-questions-heading")).toBeFocused();
      await expect(page.locator("#self-check input:checked")).toHaveCount(0);

      const high = extremeAnswers(check, "high");
      await answerByKeyboard(page, high);
      const highBand = expectedBand(check, high);
      await expect(resultHeading(page)).toBeFocused();
      await expect(resultHeading(page)).toHaveText(`Your result: ${highBand.title}`);
      expect(highBand.id).not.toBe(lowBand.id);
    });

    test("labels every option and shows the title and intro", async ({ strictPage: page }) => {
      await ready(page, check.slug);
      await expect(page.locator("h1")).toHaveText(check.title);
      await expect(page.getByText(check.intro)).toBeVisible();
      for (const [i, q] of check.questions.entries()) {
        const group = page.getByRole("group", { name: new RegExp(escapeRegExp(q.prompt)) });
        await expect(group).toHaveCount(1);
        await expect(group.getByRole("radio")).toHaveCount(q.options.length);
        for (const o of q.options) {
          await expect(group.getByRole("radio", { name: o.label, exact: true })).toHaveCount(1);
        }
        await expect(group).toHaveAttribute("id", `sc-q${i + 1}`);
      }
    });
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const sample = checks.find((c) => c.slug === "how-are-you-taking-it") as CheckFile;

test.describe("errors, results and storage", () => {
  test("submitting with unanswered questions shows an error summary and keeps the answers", async ({
    strictPage: page,
  }) => {
    await ready(page, sample.slug);
    const title = await page.title();
    // Answer only questions 1 and 3.
    await answerByClick(page, sample, [1, undefined, 2]);
    await page.getByRole("button", { name: "See my result" }).click();

    const summary = page.getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const links = summary.getByRole("link");
    const unanswered = sample.questions.length - 2;
    await expect(links).toHaveCount(unanswered);
    await expect(links.first()).toHaveText("Choose an answer to question 2");
    await expect(links.first()).toHaveAttribute("href", "#sc-q2-a1");
    await expect(page).toHaveTitle(`Error: ${title}`);

    // Inline messages on each unanswered question, tied to its group.
    await expect(page.locator("#sc-q2-error")).toHaveText("Error: Choose an answer to question 2");
    await expect(page.locator("#sc-q2")).toHaveAttribute("aria-describedby", /sc-q2-error/);
    await expect(page.locator("#sc-q1-error")).toHaveCount(0);

    // Nothing is lost.
    await expect(page.locator("#sc-q1-a2")).toBeChecked();
    await expect(page.locator("#sc-q3-a3")).toBeChecked();

    // The link moves focus to the question's first option, by keyboard too.
    await links.first().focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#sc-q2-a1")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.locator("#sc-q2-error")).toHaveCount(0);
    await expect(links).toHaveCount(unanswered - 1);

    // Answer the rest and the errors go; the result shows.
    await answerByClick(page, sample, [
      undefined,
      undefined,
      undefined,
      ...sample.questions.slice(3).map(() => 0),
    ]);
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page).toHaveTitle(title);
  });

  test("the result shows advice, survives a reload and can be cleared", async ({
    strictPage: page,
  }) => {
    await ready(page, sample.slug);
    const answers = extremeAnswers(sample, "low");
    const band = expectedBand(sample, answers);
    await answerByClick(page, sample, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toHaveText(`Your result: ${band.title}`);

    const result = page.getByRole("region", {
      name: new RegExp(`^Your result:\\s*${escapeRegExp(band.title)}$`),
    });
    await expect(result.getByRole("heading", { name: "Suggested reading" })).toBeVisible();
    const reading = result.getByRole("list").getByRole("link");
    expect(await reading.count()).toBeGreaterThanOrEqual(2);
    for (const href of await reading.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    }
    // The struggling band carries a gentle pointer to real-world help.
    await expect(result).toContainText("If things feel like too much");
    await expect(result).toContainText("Need help now?");
    await expect(result.getByRole("button", { name: "Retake the self-check" })).toBeVisible();

    // Only the band, its title and the date are stored, never the answers.
    const stored = await page.evaluate((key) => localStorage.getItem(key), KEY(sample.slug));
    expect(Object.keys(JSON.parse(stored ?? "{}")).sort()).toEqual(["at", "band", "title", "v"]);

    await page.reload();
    await expect(resultHeading(page)).toHaveText(`Your result: ${band.title}`);
    await expect(result).toContainText("Taken on");
    // A result shown on return does not steal focus.
    await expect(resultHeading(page)).not.toBeFocused();

    await page.getByRole("button", { name: "Clear my result" }).click();
    await expect(page.locator("#sc-questions-heading")).toBeFocused();
    await expect(page.locator("#self-check").getByRole("status")).toHaveText(
      "Your saved result has been cleared.",
    );
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY(sample.slug))).toBeNull();
    await page.reload();
    await expect(page.locator("#sc-questions-heading")).toBeVisible();
    await expect(resultHeading(page)).toHaveCount(0);
  });

  test("after a retake the last result is offered and can be shown again", async ({
    strictPage: page,
  }) => {
    await ready(page, sample.slug);
    const answers = extremeAnswers(sample, "high");
    const band = expectedBand(sample, answers);
    await answerByClick(page, sample, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await page.getByRole("button", { name: "Retake the self-check" }).click();
    await expect(page.locator("#self-check")).toContainText(`your result was ${band.title}.`);
    await page.getByRole("button", { name: "Show my last result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(resultHeading(page)).toHaveText(`Your result: ${band.title}`);
    // The worksheet suggestion appears where the band has one.
    if (band.worksheet) {
      await expect(page.getByRole("link", { name: "Open the worksheet" })).toHaveAttribute(
        "href",
        "/worksheet/",
      );
    }
  });

  test("damaged stored data is ignored", async ({ strictPage: page }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ v: 1, band: "<b>", title: 5, at: "soon" }));
    }, KEY(sample.slug));
    await ready(page, sample.slug);
    await expect(page.locator("#sc-questions-heading")).toBeVisible();
    await expect(resultHeading(page)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Show my last result" })).toHaveCount(0);
  });

  test("blocked storage still gives a result, and says it was not saved", async ({
    strictPage: page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await ready(page, sample.slug);
    await answerByClick(page, sample, extremeAnswers(sample, "high"));
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.getByText("We could not save this result on your device")).toBeVisible();
  });

  test("works at 320 px wide without sideways scrolling", async ({ strictPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await ready(page, sample.slug);
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "See my result" }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // Options are big enough to tap.
    const box = await page.locator('label[for="sc-q1-a1"]').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    const row = await page.locator("#sc-q1-a1").locator("..").boundingBox();
    expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says plainly that the self-check needs JavaScript and links to articles", async ({
    page,
  }) => {
    await page.goto(pathOf(sample.slug));
    await expect(page.locator("h1")).toHaveText(sample.title);
    await expect(page.getByText(sample.intro)).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "This self-check needs JavaScript" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "See all articles" })).toBeVisible();
    // The questions, which cannot work, are hidden.
    await expect(page.locator("#sc-q1")).toBeHidden();
    await expect(page.getByRole("button", { name: "See my result" })).toBeHidden();
  });
});

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the question, error and result states (${scheme})`, async ({
      strictPage: page,
    }) => {
      test.setTimeout(120_000);
      await useColorScheme(page, scheme);
      for (const check of checks) {
        await ready(page, check.slug);
        await expectNoAxeViolations(page, `${check.slug} questions (${scheme})`);

        await page.getByRole("button", { name: "See my result" }).click();
        await expect(page.getByRole("alert")).toBeFocused();
        await expectNoAxeViolations(page, `${check.slug} errors (${scheme})`);

        await answerByClick(page, check, extremeAnswers(check, "low"));
        await page.getByRole("button", { name: "See my result" }).click();
        await expect(resultHeading(page)).toBeFocused();
        await expectNoAxeViolations(page, `${check.slug} result (${scheme})`);

        await page.getByRole("button", { name: "Retake the self-check" }).click();
        await expect(page.getByRole("button", { name: "Show my last result" })).toBeVisible();
        await expectNoAxeViolations(page, `${check.slug} last result (${scheme})`);
      }
    });
  }
});
