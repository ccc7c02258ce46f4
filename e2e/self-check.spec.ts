import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { factText, getFact } from "../src/lib/facts";
import { DOCTOR_THRESHOLD, dialDigits, URGENT_HELP } from "../src/lib/help";
import { optionScore, scoreAnswers } from "../src/lib/self-check/scoring";
import {
  expectNoAxeViolationsLightAndDark as axeBoth,
  comesBefore,
  expect,
  expectNoAxeViolations,
  test,
  useColorScheme,
} from "./fixtures";

/** The self-check files, read directly so the tests follow the content. */
interface CheckFile {
  slug: string;
  title: string;
  intro: string;
  minutes: number;
  questions: {
    prompt: string;
    scale?: string;
    options: { label: string; score?: number; neutral?: boolean; flag?: string }[];
  }[];
  scales: {
    id: string;
    label: string;
    mode?: "sum" | "largest";
    bands: { id: string; min: number; max: number; title: string }[];
  }[];
  flags?: { id: string; title: string }[];
}

const dir = join(import.meta.dirname, "../content/self-checks");
const checks: CheckFile[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as CheckFile);

const bySlug = (slug: string) => checks.find((c) => c.slug === slug) as CheckFile;

const KEY = (slug: string) => `bounce-back:self-check:${slug}`;

type QuestionFile = CheckFile["questions"][number];

/** The first option of a question that raises no flag. */
const firstUnflagged = (q: QuestionFile) => q.options.findIndex((o) => !o.flag);

/** The index of the option with this label. */
function label(q: QuestionFile, text: string): number {
  const i = q.options.findIndex((o) => o.label === text);
  if (i < 0) throw new Error(`No option "${text}" in "${q.prompt}"`);
  return i;
}

/**
 * For each question, the index of its lowest- or highest-scoring option that
 * is not neutral and raises no flag (the first unflagged option if none).
 */
function extremeAnswers(check: CheckFile, pick: "low" | "high"): number[] {
  return check.questions.map((q) => {
    let best = firstUnflagged(q);
    q.options.forEach((o, j) => {
      if (o.neutral || o.flag) return;
      const b = q.options[best];
      if (
        !b ||
        b.neutral ||
        (pick === "low" ? optionScore(o) < optionScore(b) : optionScore(o) > optionScore(b))
      )
        best = j;
    });
    return best;
  });
}

/** What the result should show: each scale's band (with its title), and the flags raised. */
function expected(check: CheckFile, answers: number[]) {
  const out = scoreAnswers(check.questions, check.scales, answers);
  const bands = out.scales.map((s, i) => {
    const band = check.scales[i]?.bands.find((b) => b.id === s.band);
    if (!band) throw new Error(`No band for ${check.slug} ${answers.join(",")}`);
    return band;
  });
  const heading = bands.length === 1 ? `Your result: ${bands[0]?.title}` : "Your result";
  return { bands, heading, flags: out.flags, key: bands.map((b) => b.id).join(" ") };
}

/** Checks the result on screen: its heading, and each scale's band side by side. */
async function expectResult(page: Page, check: CheckFile, answers: number[]) {
  const want = expected(check, answers);
  await expect(resultHeading(page)).toHaveText(want.heading);
  if (check.scales.length > 1) {
    for (const [i, scale] of check.scales.entries()) {
      await expect(page.locator(`#sc-scale-${scale.id}`)).toHaveText(
        `${scale.label}${want.bands[i]?.title}`,
      );
    }
  }
  return want;
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

test.describe("a whole self-check by keyboard alone", () => {
  test("answers, result with focus, reflection button, retake and a different result", async ({
    strictPage: page,
  }) => {
    // Two scales, one of them "largest": the island must name the stage most applications stop at.
    const check = bySlug("where-is-your-search-stuck");
    await ready(page, check.slug);
    // Start from the top of the page, as a keyboard user would.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Enter");

    // 28 silences and one final round: most stop before any reply.
    const silent = check.questions.map((q, i) =>
      i === 0 ? label(q, "Ten or more") : i === 3 ? label(q, "One or two") : firstUnflagged(q),
    );
    await answerByKeyboard(page, silent);
    await expect(resultHeading(page)).toBeFocused();
    const first = await expectResult(page, check, silent);
    await expect(page.locator("#sc-scale-stage")).toContainText("Most stop before any reply");
    await tabTo(page, "sc-reflect");
    await tabTo(page, "sc-retake");
    await page.keyboard.press("Enter");
    await expect(page.locator("#sc-questions-heading")).toBeFocused();
    await expect(page.locator("#self-check input:checked")).toHaveCount(0);

    // Late rounds most often: a different result.
    const late = check.questions.map((q, i) =>
      i === 3 ? label(q, "Three to nine") : i < 3 ? label(q, "None") : firstUnflagged(q),
    );
    await answerByKeyboard(page, late);
    await expect(resultHeading(page)).toBeFocused();
    const second = await expectResult(page, check, late);
    await expect(page.locator("#sc-scale-stage")).toContainText("Most stop in the later rounds");
    expect(second.key).not.toBe(first.key);
  });

  // Every check's questions, named groups and labelled options: tests/built/self-checks.test.ts,
  // over the built page (no browser needed for markup the island hydrates as it is).
});

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
    const band = expected(sample, answers).bands[0] as { title: string };
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
    // The hardest band, with no distressed answer: the doctor threshold and the help link in
    // the site's own words, but not the support panel.
    await expect(result).toContainText(DOCTOR_THRESHOLD);
    await expect(result.getByRole("link", { name: "Need help now?" })).toHaveAttribute(
      "href",
      "/help/",
    );
    await expect(page.locator("#sc-flag-support")).toHaveCount(0);
    await expect(result.getByRole("button", { name: "Retake the self-check" })).toBeVisible();

    // Only the result is stored (a check-in: e2e/check-in-history.spec.ts), never the answers.
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("bounce-back:check-ins:r:"))
        .map((k) => Object.keys(JSON.parse(localStorage.getItem(k) ?? "{}").r)),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain("answers");

    await page.reload();
    await expect(resultHeading(page)).toHaveText(`Your result: ${band.title}`);
    await expect(result).toContainText("Taken on");
    // A result shown on return does not steal focus.
    await expect(resultHeading(page)).not.toBeFocused();

    await page.getByRole("button", { name: "Delete this check-in" }).click();
    await expect(page.locator("#sc-questions-heading")).toBeFocused();
    await expect(page.locator("#self-check > div > [role=status]")).toHaveText(
      "This check-in has been deleted.",
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
    const band = expected(sample, answers).bands[0] as { title: string };
    await answerByClick(page, sample, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await page.getByRole("button", { name: "Retake the self-check" }).click();
    await expect(page.locator("#self-check")).toContainText(`your result was ${band.title}.`);
    await page.getByRole("button", { name: "Show my last result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(resultHeading(page)).toHaveText(`Your result: ${band.title}`);
    // Every result offers to start a reflection from it.
    await expect(page.getByRole("button", { name: "Start a reflection from this" })).toBeVisible();
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

test.describe("fair and safe results (issue 12)", () => {
  // The crisis panel leads with the lines of the country the browser's language points to.
  test.use({ locale: "en-GB" });
  test("one distressed answer shows the help panel above a settled result, and axe finds nothing (light and dark)", async ({
    strictPage: page,
  }) => {
    const check = bySlug("how-are-you-taking-it");
    await ready(page, check.slug);
    await expect(page.getByText("This is a check-in, not a medical test.")).toBeVisible();
    // Settled answers everywhere but one: "I keep telling myself I'm worthless".
    const answers = extremeAnswers(check, "high").map((a, i) =>
      i === 2
        ? label(check.questions[2] as QuestionFile, "I keep telling myself I'm worthless")
        : a,
    );
    const want = expected(check, answers);
    await answerByClick(page, check, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(resultHeading(page)).toHaveText(want.heading);
    const panel = page.getByRole("region", { name: "If things feel like too much" });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(URGENT_HELP);
    await expect(panel).toContainText(DOCTOR_THRESHOLD);
    await expect(panel.getByRole("link", { name: "Need help now?" })).toHaveAttribute(
      "href",
      "/help/",
    );
    // The panel comes before the result's reading.
    const reading = page.locator("h3", { hasText: /^Suggested reading$/ });
    expect(await comesBefore(page.locator("#sc-flag-support"), reading)).toBe(true);
    await axeBoth(page, "help panel");

    // Settled answers everywhere: no help panel.
    await page.getByRole("button", { name: "Retake the self-check" }).click();
    await answerByClick(page, check, extremeAnswers(check, "high"));
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.locator("#sc-flag-support")).toHaveCount(0);
  });

  test("a thought of self-harm puts the crisis panel first, and its first action calls Samaritans (390 px, dark)", async ({
    strictPage: page,
  }) => {
    const check = bySlug("how-are-you-taking-it");
    await page.setViewportSize({ width: 390, height: 844 });
    await useColorScheme(page, "dark");
    await ready(page, check.slug);
    // Settled answers everywhere, but "Yes, now and then" to thoughts of harming yourself.
    const answers = extremeAnswers(check, "high").map((a, i) => {
      const q = check.questions[i] as QuestionFile;
      return /not be safe/.test(q.prompt) ? label(q, "Yes, now and then") : a;
    });
    expect(expected(check, answers).flags).toEqual(["safety"]);
    await answerByClick(page, check, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    const panel = page.getByRole("region", { name: "If you have thought about harming yourself" });
    await expect(panel).toBeVisible();
    const samaritans = dialDigits(factText(getFact("samaritans-phone"), new Date()));
    const shout = dialDigits(factText(getFact("uk-shout-text"), new Date()));
    // The first link in the whole result is the call, then the text.
    const result = page.getByRole("region", { name: /Your result/ });
    const hrefs = await result
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs[0]).toBe(`tel:${samaritans}`);
    expect(hrefs[1]).toMatch(new RegExp(`^sms:${shout}`));
    await expect(panel.getByRole("link", { name: /Samaritans/ })).toBeVisible();
    await expect(panel.getByRole("link", { name: "Need help now?" })).toHaveAttribute(
      "href",
      "/help/",
    );
    // The general support panel is for the other answers; the crisis panel stands alone.
    await expect(page.locator("#sc-flag-support")).toHaveCount(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    expect(wide).toBe(false);
    await expectNoAxeViolations(page, "crisis panel (dark, 390 px)");
  });

  test("where is your search stuck? says when two stages tie, and gives silence application work", async ({
    strictPage: page,
  }) => {
    const check = bySlug("where-is-your-search-stuck");
    await ready(page, check.slug);
    const answers = check.questions.map((q, i) => {
      if (i === 0 || i === 1) return label(q, "Three to nine");
      if (i < 4) return label(q, "None");
      if (q.prompt.startsWith("Before an interview")) return label(q, "Not usually");
      return firstUnflagged(q);
    });
    const want = expected(check, answers);
    expect(want.flags).toContain("tie");
    await answerByClick(page, check, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    await expectResult(page, check, answers);
    await expect(page.locator("#sc-flag-tie")).toContainText("earlier");
    await expect(page.locator("#sc-scale-stage")).toContainText("Most stop before any reply");
    await expect(page.getByText("Practise your answers out loud")).toHaveCount(0);
  });

  test("a discrimination concern shows the rights panel with its link, and the things to work on", async ({
    strictPage: page,
  }) => {
    const check = bySlug("was-it-you-or-them");
    await ready(page, check.slug);
    const answers = extremeAnswers(check, "high").map((a, i) => {
      const q = check.questions[i] as QuestionFile;
      return /your age, a disability/.test(q.prompt) ? label(q, "Yes, I think it did") : a;
    });
    await answerByClick(page, check, answers);
    await page.getByRole("button", { name: "See my result" }).click();
    const panel = page.getByRole("region", { name: "If you think you were treated unfairly" });
    await expect(
      panel.getByRole("link", { name: "Your rights after a job rejection" }),
    ).toHaveAttribute("href", "/articles/your-rights-after-a-job-rejection/");
    await expect(page.getByRole("heading", { name: "In your hands to work on" })).toBeVisible();
  });

  test("Start a reflection makes ONE worksheet entry on a double click, opens it, and survives a reload", async ({
    strictPage: page,
  }) => {
    const check = bySlug("was-it-you-or-them");
    await ready(page, check.slug);
    await answerByClick(page, check, extremeAnswers(check, "high"));
    await page.getByRole("button", { name: "See my result" }).click();
    const focus = await page.locator("#self-check ul.list-disc li").allTextContents();
    expect(focus.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Start a reflection from this" }).dblclick();
    await page.waitForURL(/\/worksheet\/\?entry=sc-was-it-you-or-them-\d+$/);
    const entries = () =>
      page.evaluate(
        () =>
          Object.keys(localStorage).filter((k) => k.startsWith("bounce-back:worksheet:r:")).length,
      );
    const origin = page.getByText(
      /^Started from the self-check “Was it you, or them\?” on \d+ \w+ \d{4}\.$/,
    );
    await expect(origin).toBeVisible();
    await expect(page.locator("#ws-workOn")).toHaveValue(new RegExp(escapeRegExp(focus[0] ?? "")));
    expect(await entries()).toBe(1);

    await page.reload();
    await expect(origin).toBeVisible();
    expect(await entries()).toBe(1);

    // Back on the self-check, the remembered result starts the same entry, not a new one.
    await page.goto(pathOf(check.slug));
    await expect(page.locator("#self-check[data-hydrated]")).toHaveCount(1);
    await page.getByRole("button", { name: "Start a reflection from this" }).click();
    await page.waitForURL(/\/worksheet\/\?entry=/);
    await expect(origin).toBeVisible();
    expect(await entries()).toBe(1);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says plainly that the self-check needs JavaScript and links to articles", async ({
    page,
  }) => {
    await page.goto(pathOf(sample.slug));
    await expect(page.locator("h1")).toHaveText(sample.title);
    await page.getByText("About this check").click();
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
  test("axe finds nothing in the question, error, result and last-result states (light and dark)", async ({
    strictPage: page,
  }) => {
    test.setTimeout(120_000); // Eight axe runs; each takes seconds on a busy machine.
    await ready(page, sample.slug);
    await axeBoth(page, "questions");

    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.getByRole("alert")).toBeFocused();
    await axeBoth(page, "errors");

    await answerByClick(page, sample, extremeAnswers(sample, "low"));
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(resultHeading(page)).toBeFocused();
    await axeBoth(page, "result");

    await page.getByRole("button", { name: "Retake the self-check" }).click();
    await expect(page.getByRole("button", { name: "Show my last result" })).toBeVisible();
    await axeBoth(page, "last result");
  });

  test("axe finds nothing in any check's result with every panel it can raise", async ({
    strictPage: page,
  }) => {
    test.setTimeout(120_000);
    for (const check of checks) {
      await ready(page, check.slug);
      // A flagged answer wherever there is one, so every panel and its links are drawn.
      const answers = extremeAnswers(check, "low").map((a, i) => {
        const q = check.questions[i] as QuestionFile;
        const f = q.options.findIndex((o) => o.flag);
        return f >= 0 ? f : a;
      });
      await answerByClick(page, check, answers);
      await page.getByRole("button", { name: "See my result" }).click();
      await expect(resultHeading(page)).toBeFocused();
      for (const id of expected(check, answers).flags)
        await expect(page.locator(`#sc-flag-${id}`)).toBeVisible();
      await expectNoAxeViolations(page, `${check.slug} result with panels`);
    }
  });
});
