import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { DOCTOR_THRESHOLD } from "../src/lib/help";
import { expect, expectNoAxeViolations, test, useColorScheme } from "./fixtures";

/** "How are you taking it?", read from its file so the test follows the content. */
interface Option {
  label: string;
  score?: number;
  neutral?: boolean;
  flag?: string;
}
const check = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../content/self-checks/how-are-you-taking-it.json"),
    "utf8",
  ),
) as {
  questions: { prompt: string; options: Option[] }[];
  scales: { bands: { id: string; title: string; min: number; max: number }[] }[];
};
const bands = check.scales[0]?.bands ?? [];
const PATH = "/self-check/how-are-you-taking-it/";

/**
 * For each question, an unflagged option scoring `points` where there is one
 * (else the nearest lower score, else a neutral answer), and the total.
 */
function answers(points: number): { picks: number[]; total: number } {
  let total = 0;
  const picks = check.questions.map((q) => {
    const scored = q.options
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => !o.neutral && !o.flag && (o.score ?? 0) <= points)
      .sort((a, b) => (b.o.score ?? 0) - (a.o.score ?? 0));
    const pick = scored[0] ?? { o: q.options.find((o) => o.neutral && !o.flag), i: -1 };
    const i = pick.i >= 0 ? pick.i : q.options.findIndex((o) => o.neutral && !o.flag);
    total += pick.o?.neutral ? 0 : (pick.o?.score ?? 0);
    return i;
  });
  return { picks, total };
}

const bandOf = (total: number) => bands.find((b) => total >= b.min && total <= b.max);

async function open(page: Page) {
  await page.goto(PATH);
  await expect(page.locator("#self-check[data-hydrated]")).toHaveCount(1);
}

/** Answers every question by clicking, then asks for the result. */
async function take(page: Page, picks: number[]) {
  const retake = page.getByRole("button", { name: "Retake the self-check" });
  if (await retake.isVisible()) await retake.click();
  for (const [i, choice] of picks.entries())
    await page.locator(`label[for="sc-q${i + 1}-a${choice + 1}"]`).click();
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.locator("#sc-result-heading")).toBeFocused();
}

const history = (page: Page) => page.getByRole("region", { name: "Your check-ins" });

test("two check-ins on different days: compared with last time, the kind note and /help/, kept on reload", async ({
  strictPage: page,
}) => {
  test.setTimeout(120_000);
  const steady = answers(3);
  const heavy = answers(1);
  expect(bandOf(steady.total)?.id).toBe("finding-your-feet");
  expect(bandOf(heavy.total)?.id).toBe("weighing-on-you");

  await page.clock.install({ time: new Date("2026-12-01T10:00:00") });
  await open(page);
  await take(page, steady.picks);
  const result = page.getByRole("region", { name: /^Your result/ });
  await expect(result).toContainText("This is your first check-in kept here.");
  await expect(history(page).getByRole("listitem")).toHaveCount(1);
  await expect(history(page).getByRole("listitem")).toContainText(
    `1 December 2026: ${bandOf(steady.total)?.title}${steady.total} out of 24`,
  );

  // Three days later, a heavier week.
  await page.clock.setSystemTime(new Date("2026-12-04T18:30:00"));
  await take(page, heavy.picks);
  await expect(result.locator("[data-compare]")).toHaveText(
    new RegExp(
      `^Compared with last time \\(1 December 2026\\): lower, ${heavy.total} out of 24 against ${steady.total}\\. On this check-in a higher score means`,
    ),
  );
  const note = page.getByRole("region", { name: "A note for you" });
  await expect(note).toContainText("heavier than last time");
  await expect(note).toContainText(DOCTOR_THRESHOLD);
  await expect(note.getByRole("link", { name: "Need help now?" })).toHaveAttribute(
    "href",
    "/help/",
  );
  // The note gives the doctor threshold and /help/; the band below does not say them again.
  await expect(result.getByText(DOCTOR_THRESHOLD)).toHaveCount(1);
  await expect(result.getByRole("link", { name: "Need help now?" })).toHaveCount(1);
  const items = history(page).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("4 December 2026");
  await expect(items.nth(1)).toContainText("1 December 2026");
  await expectNoAxeViolations(page, "a check-in compared with last time, with the kind note");

  // Only the results are kept, on the engine's store: never the answers.
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("bounce-back:check-ins:r:"))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? "{}").r),
  );
  expect(stored.map((r) => r.score).sort()).toEqual([heavy.total, steady.total].sort());
  for (const r of stored)
    expect(Object.keys(r).sort()).toEqual(
      "band bandLabel copyOf createdAt day flags focus id max score slug support takenAt updatedAt".split(
        " ",
      ),
    );

  // On return: the newest result, compared as before, and the history.
  await page.reload();
  await expect(page.locator("#sc-result-heading")).toHaveText(
    `Your result: ${bandOf(heavy.total)?.title}`,
  );
  await expect(result.locator("[data-compare]")).toContainText("Compared with last time");
  await expect(history(page).getByRole("listitem")).toHaveCount(2);

  // The next day, as heavy, with a thought of self-harm: the crisis panel links /help/,
  // so the kind note keeps the doctor threshold but not a second link to the same page.
  await page.clock.setSystemTime(new Date("2026-12-05T09:00:00"));
  const safety = check.questions.findIndex((q) => q.options.some((o) => o.flag === "safety"));
  const withSafety = heavy.picks.map((pick, i) =>
    i === safety
      ? (check.questions[i]?.options.findIndex((o) => o.flag === "safety") ?? pick)
      : pick,
  );
  await take(page, withSafety);
  await expect(
    page.getByRole("region", { name: "If you have thought about harming yourself" }),
  ).toBeVisible();
  await expect(note).toContainText(DOCTOR_THRESHOLD);
  await expect(note.getByRole("link")).toHaveCount(0);
  await expect(result.getByRole("link", { name: "Need help now?" })).toHaveCount(1);
  await expect(result.getByText(DOCTOR_THRESHOLD)).toHaveCount(1);
});

test("one check-in deleted with Undo, then all after a confirmation; axe on the start screen (dark, 390 px)", async ({
  strictPage: page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await useColorScheme(page, "dark");
  await page.clock.install({ time: new Date("2026-12-02T09:00:00") });
  await open(page);
  await take(page, answers(2).picks);
  await page.clock.setSystemTime(new Date("2026-12-06T09:00:00"));
  await take(page, answers(3).picks);
  await page.getByRole("button", { name: "Retake the self-check" }).click();

  // The start screen: the last result and the history above the questions.
  await expect(page.getByRole("button", { name: "Show my last result" })).toBeVisible();
  const items = history(page).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(history(page)).toContainText(
    `Compared with last time (2 December 2026): higher, ${answers(3).total} out of 24 against ${answers(2).total}.`,
  );
  await expectNoAxeViolations(page, "start screen with a history (dark, 390 px)");
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  expect(wide).toBe(false);

  await history(page)
    .getByRole("button", { name: "Delete the check-in of 2 December 2026" })
    .click();
  await expect(items).toHaveCount(1);
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(history(page).getByRole("status")).toContainText(
    "The check-in of 2 December 2026 was deleted.",
  );
  await undo.click();
  await expect(items).toHaveCount(2);

  await page.getByRole("button", { name: "Delete all check-ins" }).click();
  const confirm = page.getByRole("group", { name: "Delete all your check-ins?" });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(page, "delete all, confirming (dark, 390 px)");
  await confirm.getByRole("button", { name: "Delete all check-ins" }).click();
  await expect(history(page)).toContainText("No check-ins are kept on this device.");
  await expect(page.locator("#sc-history-heading")).toBeFocused();
  await expect(page.getByRole("button", { name: "Show my last result" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator("#self-check[data-hydrated]")).toHaveCount(1);
  await expect(history(page)).toHaveCount(0);
  await expect(page.locator("#sc-questions-heading")).toBeVisible();
});

test("a last result saved before the history moves into it once, its score not kept", async ({
  strictPage: page,
}) => {
  await page.clock.install({ time: new Date("2026-12-07T09:00:00") });
  await page.goto("/self-check/");
  await page.evaluate(() =>
    localStorage.setItem(
      "bounce-back:self-check:how-are-you-taking-it",
      JSON.stringify({
        v: 2,
        bands: ["up-and-down"],
        title: "It hurts, and you're coping",
        at: "2026-11-20T10:00:00.000Z",
        flags: [],
        focus: [],
      }),
    ),
  );
  await open(page);
  await expect(page.locator("#sc-result-heading")).toHaveText(
    "Your result: It hurts, and you're coping",
  );
  const item = history(page).getByRole("listitem");
  await expect(item).toContainText("20 November 2026: It hurts, and you're coping");
  await expect(item).toContainText("score not kept");
  expect(
    await page.evaluate(() => localStorage.getItem("bounce-back:self-check:how-are-you-taking-it")),
  ).toBeNull();
  // The self-checks list reads it from the history now.
  await page.goto("/self-check/");
  await expect(page.locator('[data-last-result="how-are-you-taking-it"]')).toHaveText(
    "Your last result: It hurts, and you're coping (20 November 2026)",
  );
});
