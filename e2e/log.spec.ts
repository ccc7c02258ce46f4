// cspell:words Globex Initech DTSTART
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { localDay } from "../src/lib/log/model";
import { addWeeks, weekOf } from "../src/lib/log/stats";
import { expect, expectNoAxeViolations, test, useColorScheme } from "./fixtures";

/**
 * /log/ in the real browser: five applications across stages and small wins,
 * the weekly chart and table agreeing, stage counts, the nudge, CSV export
 * with hostile text, reload and two tabs, axe with the chart showing.
 */

async function open(page: Page) {
  await page.goto("/log/");
  await expect(page.locator("#log-tool[data-hydrated]")).toBeVisible();
}

/** Adds an application through the form; the newest card is first. */
async function addApplication(
  page: Page,
  a: { role: string; company: string; date: string; stage: string; interview?: string },
): Promise<Locator> {
  await page.getByRole("button", { name: "Add an application" }).click();
  const card = page.locator("#log-tool .tl-card").first();
  await expect(card.getByLabel("Role", { exact: true })).toBeFocused();
  await card.getByLabel("Role", { exact: true }).fill(a.role);
  await card.getByLabel("Company", { exact: true }).fill(a.company);
  await card.getByLabel("Date applied").fill(a.date);
  await card.getByLabel("Stage", { exact: true }).selectOption({ label: a.stage });
  if (a.interview) await card.getByLabel("Interview date (optional)").fill(a.interview);
  await card.getByRole("button", { name: "Done editing" }).click();
  return card;
}

/** The weekly table as { week: [applications, interviews, wins] }. */
async function table(page: Page): Promise<Record<string, number[]>> {
  return page
    .locator("#log-week-table tbody tr")
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.querySelector("th")?.getAttribute("data-week") ?? "",
          [...r.querySelectorAll("td")].map((td) => Number(td.textContent)),
        ]),
      ),
    );
}

/** The chart's bars as { week: [applications, interviews, wins] } (no bar: 0). */
async function chart(page: Page, weeks: string[]): Promise<Record<string, number[]>> {
  return page.locator("svg.tl-chart").evaluate((svg, weeks) => {
    const value = (w: string, s: string) =>
      Number(
        svg
          .querySelector(`rect[data-week="${w}"][data-series="${s}"]`)
          ?.getAttribute("data-value") ?? 0,
      );
    return Object.fromEntries(
      weeks.map((w) => [w, ["applications", "interviews", "wins"].map((s) => value(w, s))]),
    );
  }, weeks);
}

test("five applications across stages: chart and table agree, counts, nudge, CSV, reload", async ({
  strictPage: page,
}) => {
  test.setTimeout(120_000);
  // Starts on a fixed Wednesday (and runs on from there), so the weeks, the "recent" nudge and the chart never depend on the day the test runs.
  const now = new Date("2026-12-02T10:00:00");
  await page.clock.install({ time: now });
  await open(page);
  const today = localDay(now.getTime());
  const lastWeek = addWeeks(weekOf(today), -1);
  const twoAgo = addWeeks(weekOf(today), -2);
  // More than 14 days back on any weekday, so it never counts as a recent application.
  const threeAgo = addWeeks(weekOf(today), -3);
  await addApplication(page, {
    role: "Data analyst",
    company: "Smith & Sons",
    date: today,
    stage: "Final round",
    interview: today,
  });
  await addApplication(page, {
    role: "Analyst",
    company: "Acme",
    date: lastWeek,
    stage: "First interview",
    interview: today,
  });
  await addApplication(page, {
    role: "Researcher",
    company: "Globex",
    date: lastWeek,
    stage: "Turned down",
  });
  await addApplication(page, {
    role: "BI developer",
    company: "Initech",
    date: twoAgo,
    stage: "No reply",
  });
  const hostile = await addApplication(page, {
    role: '=HYPERLINK("http://evil.example","click")',
    company: '<img src=x onerror="window.__pwned=1">',
    date: threeAgo,
    stage: "Applied",
  });
  await hostile.getByRole("button", { name: "Edit" }).click();
  await hostile.getByLabel("Next action (optional)").fill("+chase them, politely; then wait");
  await hostile.getByLabel("By when (optional)").fill("2026-12-03");
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  await expect(page.locator("#log-tool img")).toHaveCount(0);

  await page.getByLabel("A small win, in a line").fill("@SUM(1,2) practised out loud");
  await page.getByRole("button", { name: "Log this win" }).click();
  await page.getByLabel("A small win, in a line").fill("Got a reply, even a no");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Small wins (2)" })).toBeVisible();

  // An interview stage and nothing recent at "Applied": the nudge, with its source.
  await expect(page.locator("#log-nudge")).toContainText("Wanberg, Zhu and van Hooft (2010)");

  // The weekly view loads as it comes near the screen.
  await page.locator("#log-insights").scrollIntoViewIfNeeded();
  await expect(page.locator("#log-week-table")).toBeVisible();
  const rows = await table(page);
  const expected = {
    [weekOf(today)]: [1, 2, 2],
    [lastWeek]: [2, 0, 0],
    [twoAgo]: [1, 0, 0],
    [threeAgo]: [1, 0, 0],
  };
  for (const [week, numbers] of Object.entries(expected)) expect(rows[week]).toEqual(numbers);
  expect(await chart(page, Object.keys(rows))).toEqual(rows);
  await expect(page.locator("svg.tl-chart desc")).toContainText(
    "5 applications, 2 interviews and 2 small wins",
  );
  const counts = await page.locator("#log-stage-counts li").allInnerTexts();
  expect(counts.map((c) => c.replace(/\s+/g, " ").trim())).toEqual([
    "Applied 1",
    "First interview 1",
    "Later interview 0",
    "Final round 1",
    "Offer 0",
    "Turned down 1",
    "No reply 1",
  ]);
  await expect(
    page.getByRole("link", { name: "Where is your search getting stuck?" }).last(),
  ).toHaveAttribute("href", /\/self-check\/where-is-your-search-stuck\/$/);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `/log/ with chart, ${scheme}`);
  }

  // CSV: quoted, formulas neutralised, read back as a spreadsheet would.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export as CSV (spreadsheet)" }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? "", "utf8");
  expect(csv.startsWith("\uFEFFType,Date,Role,Company,Stage")).toBe(true);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  expect(csv).toContain(`"'+chase them, politely; then wait"`);
  expect(csv).toContain(`"'@SUM(1,2) practised out loud"`);
  expect(csv).toContain(`"<img src=x onerror=""window.__pwned=1"">"`);
  for (const line of csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean))
    for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);

  // Its next action as a reminder.
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    hostile.getByRole("button", { name: "Download reminder (.ics)" }).click(),
  ]);
  const icsText = readFileSync((await ics.path()) ?? "", "utf8");
  expect(icsText).toContain("DTSTART;VALUE=DATE:20261203");
  expect(icsText).toContain("+chase them\\, politely\\; then wait");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Applications (5)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Small wins (2)" })).toBeVisible();
  await expect(page.locator("#log-tool")).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
});

test("empty log passes axe; two tabs keep the same log; delete with undo", async ({
  strictPage: a,
  context,
}) => {
  test.setTimeout(60_000);
  await open(a);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(a, scheme);
    await expectNoAxeViolations(a, `/log/ empty, ${scheme}`);
  }
  const b = await context.newPage();
  await open(b);
  const inA = a.locator("#log-win-list li", { hasText: "Rewrote the top of my CV" });
  const inB = b.locator("#log-win-list li", { hasText: "Rewrote the top of my CV" });
  await a.getByLabel("A small win, in a line").fill("Rewrote the top of my CV");
  await a.getByRole("button", { name: "Log this win" }).click();
  await expect(inB).toBeVisible();
  await b.getByRole("button", { name: /Delete “Rewrote the top of my CV”/ }).click();
  await expect(inA).toHaveCount(0);
  await b.getByRole("button", { name: "Undo delete" }).click();
  await expect(inA).toBeVisible();
  await b.reload();
  await expect(inB).toBeVisible();
});
