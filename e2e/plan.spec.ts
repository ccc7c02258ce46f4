// cspell:words VCALENDAR VEVENT VEVENTs VALARM DTSTAMP DTSTART DTEND RRULE PRODID CALSCALE ICAL dtstamp prodid rrule valarm vevent ical
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

/**
 * /plan/ in the real browser: plans from an example (arriving with their
 * schedule) and from scratch, a downloaded .ics read back by ical.js, a weekly
 * plan's "done this week", "Download all plans", ticking off, reload, two tabs,
 * hostile text. (The worksheet's email drafts are in drafts.spec.ts.) The
 * page's clock starts on Wednesday 9 December 2026: nothing depends on the real day.
 */

const HOSTILE = `Ask, politely; then "wait" \\ <img src=x onerror="window.__pwned=1">`;

async function open(page: Page, path = "/plan/") {
  await page.goto(path);
  await expect(page.locator("#plan-tool[data-hydrated]")).toBeVisible();
}

async function icsOf(page: Page, card: ReturnType<Page["locator"]>) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Download reminder (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bounce-back-reminder-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { text, vevent, event: new ICAL.Event(vevent) };
}

/** Wednesday 9 December 2026, 10:00: where the page's clock starts (it runs on from there). */
const WEDNESDAY = new Date("2026-12-09T10:00:00");

const cardOf = (page: Page, name: RegExp) =>
  page.locator("#plan-tool .tl-card").filter({ has: page.getByRole("heading", { name }) });

test("make plans, download their .ics and read it back, tick one off, reload", async ({
  strictPage: page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: WEDNESDAY });
  await open(page);
  await expectNoAxeViolationsLightAndDark(page, "/plan/ empty");

  // From an example: it arrives with its day, time and repeat, and says "I will" once.
  await page.getByRole("button", { name: /If it is Monday morning, then I will send two/ }).click();
  const monday = cardOf(page, /If it is Monday morning/);
  await expect(page.getByLabel("Day (optional)").first()).toBeFocused();
  await expect(monday.getByRole("heading")).toHaveText(
    "If it is Monday morning, then I will send two applications before lunch",
  );
  await expect(monday.getByLabel("then I will…")).toHaveValue("send two applications before lunch");
  await expect(monday.getByLabel("Day (optional)")).toHaveValue("2026-12-14");
  await expect(monday.getByLabel("Time (optional)")).toHaveValue("09:00");
  await expect(monday.getByLabel("Repeat every week")).toBeChecked();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");

  const weekly = await icsOf(page, monday);
  expect(weekly.text).toContain("\r\nBEGIN:VALARM\r\n");
  expect(weekly.event.summary).toBe("I will send two applications before lunch");
  expect(weekly.event.startDate.toString()).toBe("2026-12-14T09:00:00");
  expect(weekly.text).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}Z/);
  expect(weekly.event.isRecurring()).toBe(true);
  expect(weekly.vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe(
    "DISPLAY",
  );

  // From scratch, with hostile words: text on the page, text in the .ics.
  await page.getByRole("button", { name: "Write my own plan" }).click();
  await expect(page.getByLabel("If…").first()).toBeFocused();
  await cardOf(page, /^If …, then I will …$/)
    .getByLabel("If…")
    .fill("Zoë gets no reply in five days");
  const ownCard = cardOf(page, /Zoë gets no reply/);
  await ownCard.getByLabel("then I will…").fill(HOSTILE);
  await ownCard.getByLabel("Day (optional)").fill("2026-12-01");
  await expect(ownCard.getByRole("heading")).toHaveText(
    `If Zoë gets no reply in five days, then I will ${HOSTILE}`,
  );
  const hostile = await icsOf(page, ownCard);
  expect(hostile.event.summary).toBe(`I will ${HOSTILE}`);
  expect(hostile.event.startDate.isDate).toBe(true);
  expect(hostile.text).toContain("Ask\\, politely\\; then");
  await expect(page.locator("#plan-tool img")).toHaveCount(0);
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);

  // Finished with the weekly Monday plan: it moves to the done list.
  await monday.getByRole("checkbox", { name: "Finished with this plan" }).check();
  const done = page.locator("section", { has: page.getByRole("heading", { name: "Done (1)" }) });
  await expect(done.getByRole("heading", { name: /Monday morning/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");

  await page.reload();
  await expect(page.locator("#plan-tool[data-hydrated]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
  await expect(done.getByRole("heading", { name: /Monday morning/ })).toBeVisible();
  // One plan's fields at a time: "Change plan" opens this one's.
  await expect(ownCard.getByText("Tuesday 1 December 2026, all day")).toBeVisible();
  await ownCard.getByRole("button", { name: "Change plan" }).click();
  await expect(ownCard.getByLabel("If…")).toBeFocused();
  await expect(ownCard.getByLabel("then I will…")).toHaveValue(HOSTILE);
  await expectNoAxeViolationsLightAndDark(page, "/plan/ filled");

  // Delete with undo.
  await ownCard.getByRole("button", { name: "Delete plan" }).click();
  await expect(page.getByRole("heading", { name: "Your plans (0)" })).toBeVisible();
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
});

/** Stores a weekly plan begun on Monday 16 November 2026 (three weeks are over by WEDNESDAY). */
async function storeWeekly(page: Page, kept: string[]) {
  const at = new Date("2026-11-16T08:00:00").getTime();
  const r = {
    id: "weekly1",
    createdAt: at,
    updatedAt: at,
    situation: "it is Monday at 9:00",
    action: "send two applications",
    date: "2026-11-16",
    time: "09:00",
    weekly: true,
    done: false,
    doneAt: 0,
    kept,
    copyOf: "",
  };
  await page.evaluate(
    (v) => localStorage.setItem("bounce-back:plans:r:weekly1", v),
    JSON.stringify({ v: 1, r }),
  );
  await page.reload();
  await expect(page.locator("#plan-tool[data-hydrated]")).toBeVisible();
}

test("a weekly plan keeps going: done this week counts the weeks, kindly, with undo", async ({
  strictPage: page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: WEDNESDAY });
  await open(page);
  await storeWeekly(page, ["2026-11-16"]);
  const plan = page.locator("#plan-tool .tl-card");
  // The weeks of 16, 23 and 30 November are over: one kept, two missed, said gently.
  await expect(plan.getByText("Kept 1 week of 3.")).toBeVisible();
  await expect(plan.getByText(/^2 weeks slipped by, and that is normal/)).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, "/plan/ weekly plan");

  await plan.getByRole("button", { name: "Done this week" }).click();
  await expect(plan.getByText("✓ Done this week")).toBeVisible();
  await expect(plan.getByText("Kept 2 weeks of 4.")).toBeVisible();
  // Said to screen readers; the card shows it, so no visible line a screen above it on a phone.
  await expect(page.locator("#plan-week-said")).toHaveText(
    "Done for this week. Kept 2 weeks of 4.",
  );
  await expect(page.locator("#plan-week-said")).toHaveClass(/sr-only/);
  await expect(plan.getByRole("button", { name: "Undo: not done this week" })).toBeFocused();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  // Still a plan: the routine keeps going.
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Done (0)" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, "/plan/ done this week");

  await page.reload();
  await expect(plan.getByText("Kept 2 weeks of 4.")).toBeVisible();
  await plan.getByRole("button", { name: "Undo: not done this week" }).click();
  await expect(plan.getByRole("button", { name: "Done this week" })).toBeFocused();
  await expect(plan.getByText("Kept 1 week of 3.")).toBeVisible();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");
  await page.reload();
  await expect(plan.getByRole("button", { name: "Done this week" })).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem("bounce-back:plans:r:weekly1"));
  expect(JSON.parse(stored ?? "{}").r.kept).toEqual(["2026-11-16"]);
});

test("download all plans: one calendar, one event per active plan, weekly ones repeat", async ({
  strictPage: page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: WEDNESDAY });
  await open(page);
  await expect(page.getByRole("button", { name: "Download all plans (.ics)" })).toHaveCount(0);
  await storeWeekly(page, []);
  // An example with no day (left out), a weekly all-day one, and one written here.
  await page.getByRole("button", { name: /If I catch myself scrolling job sites/ }).click();
  await page.getByRole("button", { name: /If it is Sunday/ }).click();
  await page.getByRole("button", { name: "Write my own plan" }).click();
  const own = cardOf(page, /^If …, then I will …$/);
  await own.getByLabel("If…").fill("the interview is on Friday");
  const friday = cardOf(page, /the interview is on Friday/);
  await friday.getByLabel("then I will…").fill(HOSTILE);
  await friday.getByLabel("Day (optional)").fill("2026-12-11");
  await friday.getByLabel("Time (optional)").fill("08:30");
  // One more with a day, then finished with: done plans are left out.
  await page.getByRole("button", { name: /first coffee on Wednesday/ }).click();
  await cardOf(page, /first coffee on Wednesday/)
    .getByRole("checkbox", { name: "Finished with this plan" })
    .check();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all plans (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bounce-back-plans.ics");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const sundaySummary = "I will keep job sites and job emails closed and do something I enjoy";
  expect(events.map((e) => e.summary).sort()).toEqual(
    [`I will ${HOSTILE}`, sundaySummary, "I will send two applications"].sort(),
  );
  const bySummary = new Map(events.map((e) => [e.summary, e]));
  const stored = bySummary.get("I will send two applications");
  expect(stored?.isRecurring()).toBe(true);
  expect(stored?.startDate.toString()).toBe("2026-11-16T09:00:00");
  expect(bySummary.get(sundaySummary)?.isRecurring()).toBe(true);
  expect(bySummary.get(sundaySummary)?.startDate.toString()).toBe("2026-12-13");
  expect(bySummary.get(`I will ${HOSTILE}`)?.isRecurring()).toBe(false);
  expect(text).toContain("Ask\\, politely\\; then");
  await expect(
    page.getByRole("status").filter({ hasText: "Calendar file made with 3 plans." }),
  ).toBeVisible();
  // Plans not open say when they are, in words.
  await expect(
    cardOf(page, /If it is Sunday/).getByText("Every Sunday, all day, from 13 December 2026"),
  ).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, "/plan/ several plans, one open");
});

test("two tabs keep the same plans, and a week marked in one while the other types", async ({
  strictPage: a,
  context,
}) => {
  test.setTimeout(90_000);
  await a.clock.install({ time: WEDNESDAY });
  await open(a);
  const b = await context.newPage();
  await open(b);
  await a.getByRole("button", { name: "Write my own plan" }).click();
  await a.getByLabel("If…").fill("it is Friday");
  await expect(a.locator("#save-status")).toHaveText("✓ Saved");
  await expect(b.getByLabel("If…")).toHaveValue("it is Friday");
  await b.getByLabel("then I will…").fill("I will tidy my CV");
  await expect(b.locator("#save-status")).toHaveText("✓ Saved");
  await expect(a.getByLabel("then I will…")).toHaveValue("I will tidy my CV");
  await expect(a.getByLabel("If…")).toHaveValue("it is Friday");
  await a.reload();
  await expect(
    a.getByRole("heading", { name: "If it is Friday, then I will tidy my CV" }),
  ).toBeVisible();

  // Weekly now; tab A marks this week done while tab B is still typing.
  await a.getByLabel("Repeat every week").check();
  await expect(b.getByRole("button", { name: "Done this week" })).toBeVisible();
  await b.getByLabel("then I will…").press("End");
  await b.getByLabel("then I will…").pressSequentially(" and send it", { delay: 20 });
  await a.getByRole("button", { name: "Done this week" }).click();
  await expect(b.locator("#save-status")).toHaveText("✓ Saved");
  await expect(a.locator("#save-status")).toHaveText("✓ Saved");
  for (const tab of [a, b]) {
    await expect(tab.getByText("✓ Done this week")).toBeVisible();
    await expect(tab.getByLabel("then I will…")).toHaveValue("I will tidy my CV and send it");
  }
  await b.reload();
  await expect(b.getByText("✓ Done this week")).toBeVisible();
  await expect(b.getByLabel("then I will…")).toHaveValue("I will tidy my CV and send it");
  await expect(b.locator("#plan-tool .tl-card")).toHaveCount(1);
});
