import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

/** The machine running these may be busy: waits get more time than the default. */
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * The exercises hub and the three writing exercises in the real browser. On
 * each exercise, with its own form: write, reload and find it, a hostile string,
 * rename, axe in light and dark, and the page without JavaScript. What all three
 * share (ExerciseIsland and the one session: two tabs, blocked storage, the
 * backup into a fresh browser, delete with undo) runs once, each on a different
 * exercise; what each exercise keeps from a file is unit-tested ("each
 * exercise's validation", src/lib/exercises/session.test.ts). Then what is
 * particular to each: the timer, the printed letter, the strength ratings. No
 * sleeps: every wait is on a condition.
 */

test.describe.configure({ timeout: 120_000 });

const HOSTILE = "<img src=x onerror=alert(1)>";

interface Exercise {
  path: string;
  /** The text field written in by the shared checks. */
  field: string;
  list: string;
  noun: string;
}

const EXERCISES: Exercise[] = [
  {
    path: "/exercises/expressive-writing/",
    field: "Your writing",
    list: "Your sessions",
    noun: "session",
  },
  {
    path: "/exercises/kind-letter/",
    field: "Step 1: What happened",
    list: "Your letters",
    noun: "letter",
  },
  {
    path: "/exercises/thought-record/",
    field: "What happened",
    list: "Your past records",
    noun: "record",
  },
];

async function open(page: Page, ex: Exercise): Promise<void> {
  await page.goto(ex.path);
  await expect(page.getByRole("heading", { name: ex.list })).toBeVisible();
  // The data panel (and rename, delete, notices) load just after the page is up.
  await expect(page.getByRole("button", { name: "Download a backup (.json)" })).toBeVisible();
}

const field = (page: Page, ex: Exercise) => page.getByLabel(ex.field, { exact: true });
const list = (page: Page, ex: Exercise) =>
  page.getByRole("region", { name: ex.list }).getByRole("list");

async function write(page: Page, ex: Exercise, text: string): Promise<void> {
  await field(page, ex).fill(text);
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
}

/** axe in light, then dark, switched in place. */
const axeBoth = expectNoAxeViolationsLightAndDark;

async function fresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe("the exercises hub", () => {
  test("lists the worksheet first, the exercises, the planning tools and the self-checks, with no JavaScript", async ({
    strictPage: page,
  }) => {
    await page.goto("/exercises/");
    const links = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link");
    await expect(links.first()).toHaveText("Reflection worksheet");
    for (const name of [
      "Expressive writing",
      "A kind letter to yourself",
      "Thought record",
      "If-then plans",
      "Application log and small wins",
    ])
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(page.getByText("What research says:").first()).toBeVisible();
    expect(await page.locator("main script").count()).toBe(0);
    await axeBoth(page, "exercises hub");
  });
});

for (const ex of EXERCISES) {
  test.describe(`exercise ${ex.path}`, () => {
    test("write, reload and find it; a hostile string stays text; axe empty and filled", async ({
      strictPage: page,
    }) => {
      page.on("dialog", () => {
        throw new Error("a script ran from what was written");
      });
      await open(page, ex);
      await axeBoth(page, `${ex.path} empty`);
      await write(page, ex, `First words ${HOSTILE}`);
      await page.reload();
      await expect(field(page, ex)).toHaveValue(`First words ${HOSTILE}`);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      // A second record, newest first; the first is still there to open.
      await page.getByRole("button", { name: `Start a new ${ex.noun}` }).click();
      await write(page, ex, "Second");
      await expect(list(page, ex).getByRole("button")).toHaveCount(2);
      await list(page, ex).getByRole("button").nth(1).click();
      await expect(field(page, ex)).toHaveValue(`First words ${HOSTILE}`);
      // Rename it.
      await page.getByRole("button", { name: /^Rename/ }).click();
      await page.getByLabel("Name", { exact: true }).fill(`Named ${HOSTILE}`);
      await page.getByRole("button", { name: "Save name" }).click();
      await expect(page.getByRole("heading", { level: 2, name: `Named ${HOSTILE}` })).toBeFocused();
      await page.reload();
      await expect(list(page, ex).getByRole("button").first()).toContainText(`Named ${HOSTILE}`);
      await axeBoth(page, `${ex.path} filled`);
    });

    test("without JavaScript: says what it needs and shows the prompts", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(ex.path);
      await expect(
        page.getByRole("heading", { name: "This exercise needs JavaScript to save your words" }),
      ).toBeVisible();
      await expect(page.getByRole("heading", { name: "Why this helps" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
      await expect(page.locator(`#${ex.path.split("/")[2]} h3`).first()).toBeVisible();
      await context.close();
    });
  });
}

/** What the three exercises share runs once, each on a different one. */
const SHARED = {
  twoTabs: EXERCISES[1] as Exercise,
  blocked: EXERCISES[2] as Exercise,
  backup: EXERCISES[0] as Exercise,
};

test.describe("what every exercise shares", () => {
  test(`two tabs: words written in one show in the other (${SHARED.twoTabs.path})`, async ({
    context,
  }) => {
    const ex = SHARED.twoTabs;
    const a = await context.newPage();
    const b = await context.newPage();
    await open(a, ex);
    await open(b, ex);
    await write(a, ex, "From tab A");
    // Tab B had only an untouched blank open: it opens the words from tab A.
    await expect(field(b, ex)).toHaveValue("From tab A");
    await field(b, ex).fill("From tab A, then B");
    await expect(field(a, ex)).toHaveValue("From tab A, then B");
    await expect(list(a, ex).getByRole("button")).toHaveCount(1);
  });

  test(`blocked storage: a lasting warning, and it works in memory (${SHARED.blocked.path})`, async ({
    strictPage: page,
  }) => {
    const ex = SHARED.blocked;
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await page.goto(ex.path);
    const warning = page
      .getByRole("alert")
      .filter({ hasText: "What you write is not being saved" });
    await expect(warning).toBeVisible();
    await field(page, ex).fill("Kept in memory");
    await expect(page.locator("#save-status")).toHaveText("Not saved");
    await page.getByRole("button", { name: `Start a new ${ex.noun}` }).click();
    await list(page, ex).getByRole("button").nth(1).click();
    await expect(field(page, ex)).toHaveValue("Kept in memory");
    await expect(warning).toBeVisible();
    await axeBoth(page, `${ex.path} blocked storage`);
  });

  test(`the backup round-trips into a fresh browser; delete with undo (${SHARED.backup.path})`, async ({
    strictPage: page,
    browser,
  }) => {
    const ex = SHARED.backup;
    await open(page, ex);
    await write(page, ex, `Backed up ${HOSTILE}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a backup (.json)" }).click(),
    ]);
    const file = (await download.path()) ?? "";
    expect(readFileSync(file, "utf8")).toContain("Backed up");
    const [md] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown (.md)" }).click(),
    ]);
    expect(readFileSync((await md.path()) ?? "", "utf8")).toContain(
      "Backed up \\<img src=x onerror=alert(1)\\>",
    );

    const other = await fresh(browser);
    await open(other, ex);
    await other.getByLabel("Choose a backup file (.json) of this exercise").setInputFiles(file);
    await expect(
      other.getByRole("status").filter({ hasText: `1 ${ex.noun} added from the backup` }),
    ).toBeVisible();
    await expect(field(other, ex)).toHaveValue(`Backed up ${HOSTILE}`);
    await other.reload();
    await expect(field(other, ex)).toHaveValue(`Backed up ${HOSTILE}`);
    await other.context().close();

    // Delete, then undo.
    await page.locator("#ex-delete").click();
    await page.getByRole("button", { name: `Yes, delete this ${ex.noun}` }).click();
    const undo = page.getByRole("button", { name: "Undo delete" });
    await expect(undo).toBeVisible();
    await expect(field(page, ex)).toHaveValue("");
    await undo.click();
    await expect(field(page, ex)).toHaveValue(`Backed up ${HOSTILE}`);
    await page.reload();
    await expect(field(page, ex)).toHaveValue(`Backed up ${HOSTILE}`);
  });
});

test.describe("expressive writing", () => {
  const ex = EXERCISES[0] as Exercise;

  test("the optional timer starts, pauses, resumes and stops; axe while it runs", async ({
    strictPage: page,
  }) => {
    await page.clock.install();
    await open(page, ex);
    const clock = page.locator("#ex-clock");
    const said = page.locator("#ex-timer-said");
    await expect(clock).toHaveText("Time left: 20:00");
    await page.getByRole("button", { name: "Start the 20-minute timer" }).click();
    await expect(said).toHaveText(/Timer started: 20 minutes/);
    await page.clock.runFor(10 * 60_000 + 1000);
    await expect(said).toHaveText("10 minutes left.");
    await expect(clock).toHaveText(/9:5\d/);
    await axeBoth(page, "timer running");
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(said).toHaveText(/Timer paused with \d+ minutes left/);
    const paused = await clock.textContent();
    await page.clock.runFor(5 * 60_000);
    await expect(clock).toHaveText(paused ?? "");
    await page.getByRole("button", { name: "Resume" }).click();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(said).toHaveText("Timer stopped.");
    await page.getByRole("button", { name: "Start the 20-minute timer" }).click();
    await page.clock.runFor(20 * 60_000 + 1000);
    await expect(said).toHaveText(/The time is up/);
  });

  test("a prompt for each day, a word count, and write it and let it go", async ({
    strictPage: page,
  }) => {
    await open(page, ex);
    await page.getByLabel("Which day’s prompt").selectOption("3");
    await expect(page.locator("#ex-text-hint")).toContainText("parts you have not told anyone");
    await field(page, ex).fill("one two three four");
    await expect(page.locator("#ex-words")).toHaveText("4 words");
    await page.getByRole("button", { name: "Delete this session now" }).click();
    await page.getByRole("button", { name: "Yes, let it go" }).click();
    await expect(page.locator("#ex-undo")).toBeFocused();
    await expect(field(page, ex)).toHaveValue("");
    await page.reload();
    await expect(field(page, ex)).toHaveValue("");
    await expect(page.getByRole("link", { name: "Need help now?" }).first()).toBeVisible();
  });
});

test("kind letter: prints the letter alone", async ({ strictPage: page }) => {
  const ex = EXERCISES[1] as Exercise;
  await open(page, ex);
  await write(page, ex, "Dear me, it was a hard week.");
  await page.getByLabel("Step 2: What a kind friend would say").fill("You did well to get there.");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".ex-print")).toBeVisible();
  await expect(page.locator(".ex-print")).toContainText("You did well to get there.");
  await expect(page.getByRole("heading", { level: 1 })).not.toBeVisible();
  await expect(page.getByLabel(ex.field, { exact: true })).not.toBeVisible();
});

test("thought record: strengths 0 to 100 with an error summary, traps and a re-rating", async ({
  strictPage: page,
}) => {
  const ex = EXERCISES[2] as Exercise;
  await open(page, ex);
  await write(page, ex, "A two-line email");
  await page.getByLabel("Feeling 1", { exact: true }).fill("ashamed");
  const strength = page.getByLabel("How strong, 0 to 100");
  await strength.fill("150");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await axeBoth(page, "thought record with an error");
  await summary.getByRole("link").click();
  await expect(strength).toBeFocused();
  await strength.fill("80");
  await expect(summary).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Labelling" }).check();
  await page.getByLabel("“ashamed” now, 0 to 100 (it was 80)").fill("45");
  await expect(page.locator("#save-status")).toHaveText(/Saved/);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Labelling" })).toBeChecked();
  await expect(page.getByLabel("“ashamed” now, 0 to 100 (it was 80)")).toHaveValue("45");
  await expect(page.getByText("An illustration: not a real person")).toHaveCount(3);
});
