// cspell:words VEVENT vevent ical
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { newEntry } from "../src/lib/worksheet/model";
import { expect, expectNoAxeViolations, test, useColorScheme } from "./fixtures";

/**
 * The email drafts (src/islands/ui/drafts/DraftsPanel.tsx) in the real
 * browser, as the worksheet shows them: mailto: encoding, names asked once
 * and reused, edits kept over a reload, start again with Undo, and a
 * "Remind me" .ics read back by ical.js. No sleeps: every wait is on a condition.
 */

const RECORDS = "bounce-back:worksheet:r:";

async function openDrafts(page: Page) {
  await page.getByRole("button", { name: /Draft emails/ }).click();
  await expect(page.getByRole("heading", { name: "Emails from this reflection" })).toBeFocused();
}

/** Stores a reflection (newest first, so the worksheet opens on it). */
async function seed(page: Page, id: string, at: number, fields: Record<string, string>) {
  const entry = { ...newEntry(at, id), ...fields };
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key ?? "", value ?? ""),
    [`${RECORDS}${id}`, JSON.stringify({ v: 1, r: entry })],
  );
}

/**
 * axe over the drafts (the worksheet's "Emails from this reflection"), in
 * light and dark: each new state of the panel. The whole page is checked once,
 * in the first test; the worksheet's own states are worksheet.spec.ts's.
 */
async function expectDraftsAccessible(page: Page, label: string) {
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `the drafts: ${label} (${scheme})`, {
      include: 'section[aria-labelledby="ws-drafts-h"]',
    });
  }
}

const draft = (page: Page, title: string) => page.getByRole("region", { name: title });

test("the worksheet drafts three emails from an entry, each with a correct mailto: link", async ({
  strictPage: page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/worksheet/");
  await expect(page.getByRole("heading", { name: "Your reflections" })).toBeVisible();
  await page.getByLabel("Role (optional)").fill("Data analyst");
  await page.getByLabel("Company (optional)").fill("Smith & Sons");
  await page
    .getByLabel("Interviewer’s name (optional)")
    .fill("Zoë 王 <b>x</b>&bcc=spy@example.com");
  await page.getByLabel("Interview date").fill("2026-11-20");
  await openDrafts(page);
  // The greeting takes the first name; the hostile rest goes into the sender's name.
  await page.getByLabel("Your name", { exact: true }).fill("Sam <b>x</b>&bcc=spy@example.com");

  for (const title of ["Ask for feedback", "Reply to the rejection", "Follow up after silence"]) {
    const section = draft(page, title);
    await expect(section.getByRole("heading", { name: title })).toBeVisible();
    const body = section.getByLabel("Message");
    await expect(body).toHaveValue(/^Hi Zoë,\n/);
    await expect(body).toHaveValue(/\nSam <b>x<\/b>&bcc=spy@example\.com(\n|$)/);
    await expect(body).not.toHaveValue(/\[Your name\]/);
    const subject = await section.getByLabel("Subject").inputValue();
    expect(`${subject}${await body.inputValue()}`).toContain("Data analyst");
    // Edited before use: the link follows the edit.
    await body.fill(`${await body.inputValue()}\nP.S. Thank you & good luck`);
    const href =
      (await section.getByRole("link", { name: /in my email app/ }).getAttribute("href")) ?? "";
    expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
    expect(href).toContain("%0D%0A");
    expect(href).not.toMatch(/[\s<>"]/);
    const params = new URLSearchParams(new URL(href).search);
    expect([...params.keys()]).toEqual(["subject", "body"]);
    expect(params.get("subject")).toBe(subject);
    expect(params.get("body")).toBe((await body.inputValue()).replace(/\n/g, "\r\n"));
  }
  await expect(draft(page, "Follow up after silence").getByLabel("Subject")).toHaveValue(
    "Data analyst interview on 20 November 2026",
  );
  await expect(draft(page, "Follow up after silence").getByLabel("Message")).toHaveValue(
    /the Data analyst role at Smith & Sons\. I enjoyed meeting you and \[the team \/ name\] on 20 November 2026/,
  );
  await page.getByRole("button", { name: "Copy “Ask for feedback”" }).click();
  await expect(page.getByText("“Ask for feedback” copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^Subject: Thank you, and a quick request about the Data analyst role\n\nHi Zoë,/,
  );
  await expect(page.locator("#worksheet b")).toHaveCount(0);
  for (const scheme of ["light", "dark"] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `/worksheet/ with email drafts (${scheme})`);
  }
});

test("names are asked once and kept: every draft of another reflection is signed, and greets its own person", async ({
  strictPage: page,
}) => {
  // axe over the whole worksheet page, in several states and both schemes.
  test.setTimeout(120_000);
  await page.goto("/worksheet/");
  await seed(page, "aaaaaaaaaaaaaaaa", Date.now() - 60_000, {
    role: "Designer",
    company: "Acme",
    interviewer: "Dr Sarah Jones",
    date: "2026-11-20",
  });
  await page.reload();
  await openDrafts(page);
  const names = page.getByRole("group", { name: "Names for your emails" });
  await expect(names.getByLabel("Their first name (optional)")).toHaveValue("Dr Jones");
  await names.getByLabel("Your name", { exact: true }).fill("Sam Patel");
  const status = page.locator("#draft-aaaaaaaaaaaaaaaa-save");
  await expect(status).toHaveText("✓ Saved");
  await expect(draft(page, "Ask for feedback").getByLabel("Message")).toHaveValue(
    /^Hi Dr Jones,[\s\S]*\nSam Patel$/,
  );
  await expectDraftsAccessible(page, "drafts asking for names");

  // Another reflection, newer, so the worksheet opens on it.
  await seed(page, "bbbbbbbbbbbbbbbb", Date.now(), {
    role: "Researcher",
    company: "Beta Ltd",
    interviewer: "Priya Shah",
    date: "2026-12-01",
  });
  await page.reload();
  await expect(page.getByLabel("Role (optional)")).toHaveValue("Researcher");
  await openDrafts(page);
  // Not asked again: the name is shown, with a way to change it.
  await expect(page.getByLabel("Your name", { exact: true })).toHaveCount(0);
  await expect(
    page.getByText("Your drafts are signed Sam Patel and start “Hi Priya,”."),
  ).toBeVisible();
  for (const title of ["Ask for feedback", "Reply to the rejection", "Follow up after silence"]) {
    const body = draft(page, title).getByLabel("Message");
    await expect(body).toHaveValue(/^Hi Priya,\n/);
    await expect(body).toHaveValue(/\nSam Patel(\n\[Phone number\])?$/);
  }
  await expect(draft(page, "Follow up after silence").getByLabel("Subject")).toHaveValue(
    "Researcher interview on 1 December 2026",
  );
  await expectDraftsAccessible(page, "drafts with names kept");
  await page.getByRole("button", { name: "Change names" }).click();
  await expect(page.getByLabel("Your name", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Your name", { exact: true })).toHaveValue("Sam Patel");
});

test("an edited draft survives a reload, and starts again from the template with Undo", async ({
  strictPage: page,
}) => {
  // axe over the whole worksheet page, in several states and both schemes.
  test.setTimeout(120_000);
  await page.goto("/worksheet/");
  await seed(page, "cccccccccccccccc", Date.now(), {
    role: "Data analyst",
    company: "Smith & Sons",
    date: "2026-11-20",
  });
  await page.reload();
  await openDrafts(page);
  const follow = draft(page, "Follow up after silence");
  const body = follow.getByLabel("Message");
  await expect(body).toHaveValue(/^Hi \[Name\],/);
  await expect(follow.getByText("From the template")).toBeVisible();
  await body.fill("Hi Ann,\n\nAny news on the role? <script>window.__pwned=1</script>\n\nSam");
  await expect(page.locator("#draft-cccccccccccccccc-save")).toHaveText("✓ Saved");

  await page.reload();
  await openDrafts(page);
  await expect(body).toHaveValue(
    "Hi Ann,\n\nAny news on the role? <script>window.__pwned=1</script>\n\nSam",
  );
  await expect(follow.getByText("Your version")).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  await follow.getByRole("button", { name: "Start again from the template" }).click();
  const confirm = follow.getByRole("group", {
    name: "Put “Follow up after silence” back to the template?",
  });
  await expect(confirm).toBeFocused();
  await expectDraftsAccessible(page, "drafts, start again?");
  await confirm.getByRole("button", { name: "Start again" }).click();
  await expect(body).toHaveValue(/^Hi \[Name\],\n\nI hope you're well/);
  const undo = follow.getByRole("button", { name: "Undo: bring back my version" });
  await expect(undo).toBeVisible();
  await expectDraftsAccessible(page, "drafts, back to the template");
  await undo.click();
  await expect(body).toHaveValue(/^Hi Ann,/);
  await expect(body).toBeFocused();
  // And started again for good: gone after a reload.
  await follow.getByRole("button", { name: "Start again from the template" }).click();
  await follow.getByRole("button", { name: "Start again", exact: true }).click();
  await expect(body).toHaveValue(/^Hi \[Name\],/);
  await page.reload();
  await openDrafts(page);
  await expect(body).toHaveValue(/^Hi \[Name\],/);
});

test("Remind me downloads a one-off .ics that ical.js reads, and refuses a day that is not real", async ({
  strictPage: page,
}) => {
  // axe over the whole worksheet page, in several states and both schemes.
  test.setTimeout(120_000);
  await page.goto("/worksheet/");
  await seed(page, "dddddddddddddddd", Date.now(), {
    role: "Data analyst",
    company: "Smith; Sons, \\Ltd",
    date: "2026-11-20",
  });
  await page.reload();
  await openDrafts(page);
  const follow = draft(page, "Follow up after silence");
  await follow.getByText("Remind me to send it").click();
  const day = follow.getByLabel("Remind me on");
  // Five working days after the interview, as the silence article says.
  await expect(day).toHaveValue("2026-11-27");
  await follow.getByLabel("At (optional)").fill("09:30");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    follow.getByRole("button", { name: /Download reminder/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bounce-back-reminder-2026-11-27.ics");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  expect(event.summary).toBe(
    "Send the follow-up to Smith; Sons, \\Ltd about the Data analyst role",
  );
  expect(event.startDate.toString()).toBe("2026-11-27T09:30:00");
  expect(event.description).toContain("Subject: Data analyst interview on 20 November 2026");
  await expect(follow.getByText("Reminder downloaded.")).toBeVisible();

  // A day that cannot be: a plain message by the field, and nothing downloaded.
  await day.fill("");
  await follow.getByRole("button", { name: /Download reminder/ }).click();
  await expect(follow.getByText("Choose the day to be reminded.")).toBeVisible();
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute("aria-invalid", "true");
  await expectDraftsAccessible(page, "drafts, remind me");
});

test("two tabs: a name given in one shows in the other's drafts, and each keeps its edits", async ({
  strictPage: a,
  context,
}) => {
  test.setTimeout(60_000);
  await a.goto("/worksheet/");
  await seed(a, "eeeeeeeeeeeeeeee", Date.now(), { role: "Data analyst", company: "Acme" });
  await a.reload();
  const b = await context.newPage();
  await b.goto("/worksheet/");
  await openDrafts(a);
  await openDrafts(b);
  await a.getByLabel("Your name", { exact: true }).fill("Sam Patel");
  await expect(b.getByLabel("Your name", { exact: true })).toHaveValue("Sam Patel");
  await expect(draft(b, "Reply to the rejection").getByLabel("Message")).toHaveValue(
    /\nSam Patel$/,
  );
  // Different drafts in each tab: both kept.
  await draft(a, "Ask for feedback").getByLabel("Subject").fill("From tab A");
  await draft(b, "Reply to the rejection").getByLabel("Subject").fill("From tab B");
  await expect(a.locator("#draft-eeeeeeeeeeeeeeee-save")).toHaveText("✓ Saved");
  await expect(b.locator("#draft-eeeeeeeeeeeeeeee-save")).toHaveText("✓ Saved");
  await expect(draft(a, "Reply to the rejection").getByLabel("Subject")).toHaveValue("From tab B");
  await expect(draft(b, "Ask for feedback").getByLabel("Subject")).toHaveValue("From tab A");
  await b.close();
});
