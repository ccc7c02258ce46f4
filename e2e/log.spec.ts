// cspell:words Globex Initech DTSTART
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { localDay } from "../src/lib/days";
import { addWeeks, weekOf } from "../src/lib/log/stats";
import { expect, expectNoAxeViolations, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

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
  await expectNoAxeViolationsLightAndDark(page, "/log/ with chart");

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
  await expectNoAxeViolationsLightAndDark(a, "/log/ empty");
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

/** The log's stored applications (their JSON records), read in the page. */
const storedApps = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? "";
      if (!key.startsWith("bounce-back:log-applications:r:")) continue;
      const r = JSON.parse(localStorage.getItem(key) ?? "{}").r;
      if (r) out.push(r);
    }
    return out;
  });

test("an untouched “Add an application” saves nothing: no record, no count, no CSV row", async ({
  strictPage: page,
}) => {
  test.setTimeout(90_000);
  await open(page);
  await page.getByRole("button", { name: "Add an application" }).click();
  const card = page.locator("#log-tool .tl-card").first();
  await expect(card.getByLabel("Role", { exact: true })).toBeFocused();
  await expect(card).toContainText("Nothing is saved until you write something in it.");
  await expect(page.getByRole("heading", { name: "Applications (0)" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, "/log/ with a new, unsaved application");
  // Spaces alone are not writing.
  await card.getByLabel("Role", { exact: true }).fill("   ");
  await card.getByRole("button", { name: "Done editing" }).click();
  await expect(page.locator("#log-tool .tl-card")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add an application" })).toBeFocused();
  await expect(page.getByText("nothing was saved", { exact: false })).toBeAttached();
  expect(await storedApps(page)).toEqual([]);

  // Opened again and left with the page: nothing there after a reload either.
  await page.getByRole("button", { name: "Add an application" }).click();
  await expect(page.locator("#log-tool .tl-card")).toHaveCount(1);
  await page.reload();
  await expect(page.locator("#log-tool[data-hydrated]")).toBeVisible();
  await expect(page.locator("#log-tool .tl-card")).toHaveCount(0);
  expect(await storedApps(page)).toEqual([]);
  await page.locator("#log-insights").scrollIntoViewIfNeeded();
  await expect(page.locator("#log-week-table")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export as CSV (spreadsheet)" }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? "", "utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(1);
});

test("noes at three stages show where applications stop; link, contact, notes in CSV and Markdown; dated wins", async ({
  strictPage: page,
}) => {
  test.setTimeout(120_000);
  const now = new Date("2026-12-07T10:00:00");
  await page.clock.install({ time: now });
  await open(page);
  const noes = [
    ["Analyst", "After applying"],
    ["Researcher", "After applying"],
    ["Tester", "After a first interview"],
    ["Data lead", ""],
  ] as const;
  for (const [role, at] of noes) {
    await page.getByRole("button", { name: "Add an application" }).click();
    const c = page.locator("#log-tool .tl-card").first();
    await c.getByLabel("Role", { exact: true }).fill(role);
    await c.getByLabel("Date applied").fill("2026-12-04");
    await expect(c.getByLabel("At which stage? (optional)")).toHaveCount(0);
    await c.getByLabel("Stage", { exact: true }).selectOption({ label: "Turned down" });
    if (at) await c.getByLabel("At which stage? (optional)").selectOption({ label: at });
    await c.getByRole("button", { name: "Done editing" }).click();
  }
  // From the final round to "Turned down": the question starts at the final round.
  await page.getByRole("button", { name: "Add an application" }).click();
  const card = page.locator("#log-tool .tl-card").first();
  await card.getByLabel("Role", { exact: true }).fill("Data analyst");
  await card.getByLabel("Company", { exact: true }).fill("Smith & Sons");
  await card.getByLabel("Date applied").fill("2026-12-04");
  await card.getByLabel("Stage", { exact: true }).selectOption({ label: "Final round" });
  await card.getByLabel("Stage", { exact: true }).selectOption({ label: "Turned down" });
  await expect(card.getByLabel("At which stage? (optional)")).toHaveValue("final-round");

  // A link that is not a web address: a plain error, and nothing saved.
  const link = card.getByLabel("Job link (optional)");
  await link.fill("javascript:alert(1)");
  await card.getByLabel("Contact (optional)").click();
  await expect(card.getByText("A job link starts with https:// or http://")).toBeVisible();
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolationsLightAndDark(page, "/log/ with a link error");
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  expect((await storedApps(page)).find((r) => r.role === "Data analyst")?.link).toBe("");
  await link.fill("https://jobs.example.org/123?ref=a&b=c");
  await expect(card.getByText("A job link starts with https://")).toHaveCount(0);
  await card.getByLabel("Contact (optional)").fill("=Priya Shah, priya@example.org");
  await card.getByLabel("Notes (optional)").fill('Panel of three, "friendly".\n-2 on the SQL task');
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  await card.getByRole("button", { name: "Done editing" }).click();
  await expect(card).toContainText("Applied 4 December 2026 · Turned down after the final round");
  await expect(
    card.getByRole("link", { name: "Job advert for Data analyst at Smith & Sons" }),
  ).toHaveAttribute("href", "https://jobs.example.org/123?ref=a&b=c");

  // A small win from last week, and one for a day still to come (refused).
  const win = page.getByLabel("A small win, in a line");
  const day = page.getByLabel("When", { exact: true });
  await expect(day).toHaveValue("2026-12-07");
  await win.fill("Asked for feedback and got it");
  await day.fill("2026-12-01");
  await page.getByRole("button", { name: "Log this win" }).click();
  await expect(page.locator("#log-win-list")).toContainText(
    "1 December 2026: Asked for feedback and got it",
  );
  await expect(day).toHaveValue("2026-12-07");
  await win.fill("Not yet");
  await day.fill("2026-12-09");
  await page.getByRole("button", { name: "Log this win" }).click();
  await expect(page.getByText("not a day still to come", { exact: false })).toBeVisible();
  await expect(day).toBeFocused();
  await expect(page.getByRole("heading", { name: "Small wins (1)" })).toBeVisible();

  await page.locator("#log-insights").scrollIntoViewIfNeeded();
  const rows = page.locator("#log-funnel tbody tr");
  await expect(rows).toHaveCount(6);
  expect((await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
    "After applying 2",
    "After a first interview 1",
    "After a later interview 0",
    "After the final round 1",
    "After an offer 0",
    "Stage not said 1",
  ]);
  await expect(page.locator("#log-week-table th[data-week='2026-11-30']")).toHaveText(
    "30 November 2026",
  );
  await expectNoAxeViolationsLightAndDark(page, "/log/ with where noes came");

  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export as CSV (spreadsheet)" }).click(),
  ]);
  const csv = readFileSync((await csvFile.path()) ?? "", "utf8");
  expect(csv).toContain(
    "Type,Date,Role,Company,Stage,Turned down at,Interview date,Next action,Next action date,Job link,Contact,Notes,Small win",
  );
  expect(csv).toContain(
    `Application,2026-12-04,Data analyst,Smith & Sons,Turned down,After the final round,,,,https://jobs.example.org/123?ref=a&b=c,"'=Priya Shah, priya@example.org","Panel of three, ""friendly"".\n-2 on the SQL task",`,
  );
  expect(csv).toContain("Small win,2026-12-01,");
  const [mdFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as Markdown" }).click(),
  ]);
  const md = readFileSync((await mdFile.path()) ?? "", "utf8");
  expect(md).toContain("Saved from Bounce Back on 7 December 2026.");
  expect(md).toContain("- Stage: Turned down (after the final round)");
  expect(md).toContain("- Job link: https://jobs.example.org/123?ref=a\\&b=c");
  expect(md).toContain("- Contact: \\=Priya Shah, priya@example.org");
  expect(md).toContain('- Notes: Panel of three, "friendly".\\\n  \\-2 on the SQL task');
  expect(md).toContain("- 1 December 2026: Asked for feedback and got it");

  await page.reload();
  await page.locator("#log-insights").scrollIntoViewIfNeeded();
  await expect(page.locator("#log-funnel tbody tr").first()).toContainText("2");
});

test("the weekly chart keeps its text at 12 px or more, and gives way to the table at 320 px", async ({
  strictPage: page,
}) => {
  const now = new Date("2026-12-07T10:00:00");
  await page.clock.install({ time: now });
  const smallest = () =>
    page.locator("svg.tl-chart").evaluate((svg) => {
      const k = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
      return Math.min(
        ...[...svg.querySelectorAll("text")].map(
          (t) => k * Number.parseFloat(getComputedStyle(t).fontSize),
        ),
      );
    });
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 844 });
    await open(page);
    await page.locator("#log-insights").scrollIntoViewIfNeeded();
    await expect(page.locator("svg.tl-chart")).toBeVisible();
    expect(await smallest()).toBeGreaterThanOrEqual(12);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  await expect(page.locator("svg.tl-chart")).toBeHidden();
  await expect(page.locator("#log-week-table")).toBeVisible();
  const tableText = await page
    .locator("#log-week-table")
    .evaluate((t) => Number.parseFloat(getComputedStyle(t).fontSize));
  expect(tableText).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolationsLightAndDark(page, "/log/ at 320 px");
});

test("two tabs writing in the new fields keep every word", async ({ strictPage: a, context }) => {
  test.setTimeout(60_000);
  await open(a);
  await a.getByRole("button", { name: "Add an application" }).click();
  await a.getByLabel("Role", { exact: true }).fill("Analyst");
  await expect(a.locator("#save-status")).toHaveText("✓ Saved");
  const b = await context.newPage();
  await open(b);
  await b.getByRole("button", { name: "Edit" }).click();
  // Different fields, 100 ms apart: both kept in the one record.
  await a.getByLabel("Notes (optional)").fill("notes from tab A");
  await b.waitForTimeout(100);
  await b.getByLabel("Contact (optional)").fill("contact from tab B");
  await expect
    .poll(async () =>
      (await storedApps(a)).some(
        (r) => !r.copyOf && r.notes === "notes from tab A" && r.contact === "contact from tab B",
      ),
    )
    .toBe(true);
  // The same field, 100 ms apart: both words kept, one as a copy. B writes at the end of what
  // its box shows, so if A's words reached B first (a real-browser race), they are still there.
  await a.getByLabel("Notes (optional)").first().fill("second notes from A");
  await b.waitForTimeout(100);
  const inB = b.getByLabel("Notes (optional)").first();
  await inB.press("End");
  await inB.pressSequentially(" plus B");
  await expect
    .poll(async () => {
      const all = JSON.stringify(await storedApps(a));
      return all.includes("second notes from A") && all.includes(" plus B");
    })
    .toBe(true);
});

test("a site backup brings the new fields back; importing newer keeps this device's words, with Undo", async ({
  strictPage: page,
}) => {
  test.setTimeout(60_000);
  await open(page);
  await page.getByRole("button", { name: "Add an application" }).click();
  await page.getByLabel("Role", { exact: true }).fill("Analyst");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Turned down" });
  await page.getByLabel("At which stage? (optional)").selectOption({ label: "After an offer" });
  await page.getByLabel("Job link (optional)").fill("https://jobs.example.org/9");
  await page.getByLabel("Contact (optional)").fill("Sam");
  await page.getByLabel("Notes (optional)").fill("words on this device");
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  const [here] = await storedApps(page);

  await page.goto("/about/");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup of everything (.json)" }).click(),
  ]);
  const backup = JSON.parse(readFileSync((await file.path()) ?? "", "utf8"));
  const key = `bounce-back:log-applications:r:${here?.id}`;
  const stored = JSON.parse(backup.data[key]);
  // The file's copy is newer and says something else; it also holds an application not here.
  backup.data[key] = JSON.stringify({
    ...stored,
    r: { ...stored.r, notes: "words from the file", updatedAt: stored.r.updatedAt + 60_000 },
  });
  backup.data["bounce-back:log-applications:r:from-file"] = JSON.stringify({
    ...stored,
    r: { ...stored.r, id: "from-file", role: "Tester", notes: "only in the file" },
  });
  const bringBack = async () => {
    await page.getByLabel("Bring back a backup of everything").setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    // The application only in the file (and any backup-reminder key the download changed).
    await expect(page.getByText(/^Brought back \d+ items?\.$/)).toBeVisible();
    await expect(page.getByText("1 item differ from the file", { exact: false })).toBeVisible();
  };
  await bringBack();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("The backup was taken back out.")).toBeVisible();
  await page.goto("/log/");
  await expect(page.locator("#log-tool[data-hydrated]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Applications (1)" })).toBeVisible();
  expect(await storedApps(page)).toEqual([here]);

  await page.goto("/about/");
  await bringBack();
  await page.goto("/log/");
  await expect(page.locator("#log-tool[data-hydrated]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Applications (2)" })).toBeVisible();
  const apps = await storedApps(page);
  expect(apps.find((r) => r.id === here?.id)).toEqual(here);
  expect(apps.find((r) => r.id === "from-file")).toMatchObject({
    role: "Tester",
    notes: "only in the file",
    stoppedAt: "offer",
    link: "https://jobs.example.org/9",
    contact: "Sam",
  });
});

test("a “No reply” entry drafts a follow-up with its role, company and date; edits survive a reload", async ({
  page,
}) => {
  await open(page);
  const card = await addApplication(page, {
    role: "Data analyst",
    company: "Smith & Sons",
    date: "2026-11-02",
    stage: "No reply",
    interview: "2026-11-20",
  });
  await card.getByRole("button", { name: "Draft a follow-up email" }).click();
  const follow = card.getByRole("region", { name: "Follow up after silence" });
  await expect(follow.getByRole("heading", { name: "Follow up after silence" })).toBeFocused();
  const body = follow.getByLabel("Message");
  await expect(body).toHaveValue(/Data analyst/);
  await expect(body).toHaveValue(/Smith & Sons/);
  await expect(body).toHaveValue(/20 November 2026/);
  await card.getByLabel("Your name", { exact: true }).fill("Sam Patel");
  await expect(body).toHaveValue(/Sam Patel/);
  await body.fill("My own words, kept as typed.");
  await expect(card.getByText("Saved", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator("#log-tool[data-hydrated]")).toBeVisible();
  const again = page.locator("#log-tool .tl-card").first();
  await again.getByRole("button", { name: "Draft a follow-up email" }).click();
  await expect(
    again.getByRole("region", { name: "Follow up after silence" }).getByLabel("Message"),
  ).toHaveValue("My own words, kept as typed.");
  // A turned-down entry offers the reply and the request for feedback instead.
  await again.getByRole("button", { name: "Edit" }).click();
  await again.getByLabel("Stage", { exact: true }).selectOption({ label: "Turned down" });
  await again.getByRole("button", { name: "Done editing" }).click();
  await expect(
    again.getByRole("button", { name: "Draft a reply or ask for feedback" }),
  ).toBeVisible();

  // Without an interview date the follow-up keeps "[date]" to fill in, never the day applied.
  const second = await addApplication(page, {
    role: "Analyst",
    company: "Globex",
    date: "2026-11-05",
    stage: "No reply",
  });
  await second.getByRole("button", { name: "Draft a follow-up email" }).click();
  const message = second
    .getByRole("region", { name: "Follow up after silence" })
    .getByLabel("Message");
  await expect(message).toHaveValue(/Globex/);
  await expect(message).toHaveValue(/ on \[date\]/);
  await expect(message).not.toHaveValue(/5 November 2026/);
});
