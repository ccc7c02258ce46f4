// cspell:words VCALENDAR VEVENT VEVENTs VALARM DTSTAMP DTSTART DTEND RRULE PRODID CALSCALE ICAL dtstamp prodid rrule valarm vevent ical
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectNoAxeViolations, test, useColorScheme } from "./fixtures";

/**
 * /plan/ in the real browser: plans from an example and from scratch, a
 * downloaded .ics read back by ical.js, ticking off, reload, two tabs, hostile
 * text. (The worksheet's email drafts are in drafts.spec.ts.)
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

test("make plans, download their .ics and read it back, tick one off, reload", async ({
  strictPage: page,
}) => {
  test.setTimeout(90_000);
  await open(page);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `/plan/ empty, ${scheme}`);
  }

  // From an example: the form opens on its day.
  await page.getByRole("button", { name: /If it is Monday morning, then I will send two/ }).click();
  const card = (name: RegExp) =>
    page.locator("#plan-tool .tl-card").filter({ has: page.getByRole("heading", { name }) });
  const monday = card(/If it is Monday morning/);
  await expect(page.getByLabel("Day (optional)").first()).toBeFocused();
  await monday.getByLabel("Day (optional)").fill("2026-12-07");
  await monday.getByLabel("Time (optional)").fill("09:00");
  await monday.getByLabel("Repeat every week").check();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");

  const weekly = await icsOf(page, monday);
  expect(weekly.text).toContain("\r\nBEGIN:VALARM\r\n");
  expect(weekly.event.summary).toBe("I will send two applications before lunch");
  expect(weekly.event.startDate.toString()).toBe("2026-12-07T09:00:00");
  expect(weekly.text).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}Z/);
  expect(weekly.event.isRecurring()).toBe(true);
  expect(weekly.vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe(
    "DISPLAY",
  );

  // From scratch, with hostile words: text on the page, text in the .ics.
  await page.getByRole("button", { name: "Write my own plan" }).click();
  await expect(page.getByLabel("If…").first()).toBeFocused();
  await card(/^If …, then …$/)
    .getByLabel("If…")
    .fill("Zoë gets no reply in five days");
  const ownCard = card(/Zoë gets no reply/);
  await ownCard.getByLabel("then I will…").fill(HOSTILE);
  await ownCard.getByLabel("Day (optional)").fill("2026-12-01");
  await expect(ownCard.getByRole("heading")).toHaveText(
    `If Zoë gets no reply in five days, then ${HOSTILE}`,
  );
  const hostile = await icsOf(page, ownCard);
  expect(hostile.event.summary).toBe(HOSTILE);
  expect(hostile.event.startDate.isDate).toBe(true);
  expect(hostile.text).toContain("Ask\\, politely\\; then");
  await expect(page.locator("#plan-tool img")).toHaveCount(0);
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);

  // Tick the Monday plan off: it moves to the done list.
  await monday.getByRole("checkbox", { name: "Done", exact: true }).check();
  const done = page.locator("section", { has: page.getByRole("heading", { name: "Done (1)" }) });
  await expect(done.getByRole("heading", { name: /Monday morning/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
  await expect(page.locator("#save-status")).toHaveText("✓ Saved");

  await page.reload();
  await expect(page.locator("#plan-tool[data-hydrated]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
  await expect(done.getByRole("heading", { name: /Monday morning/ })).toBeVisible();
  await expect(page.getByLabel("then I will…")).toHaveValue(HOSTILE);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `/plan/ filled, ${scheme}`);
  }

  // Delete with undo.
  await ownCard.getByRole("button", { name: "Delete plan" }).click();
  await expect(page.getByRole("heading", { name: "Your plans (0)" })).toBeVisible();
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(page.getByRole("heading", { name: "Your plans (1)" })).toBeVisible();
});

test("two tabs keep the same plans", async ({ strictPage: a, context }) => {
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
});
