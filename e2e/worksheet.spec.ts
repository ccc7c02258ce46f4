import { readFileSync } from "node:fs";
import type { BrowserContext, Download, Page } from "@playwright/test";
import { newEntry } from "../src/lib/worksheet/model";
import { expect, expectNoAxeViolationsLightAndDark, test, watchErrors } from "./fixtures";

/**
 * The reflection worksheet in the real browser: autosave and reload, two tabs,
 * damaged, blocked and full storage, export, import, delete and undo, delete
 * all, keyboard-only use, print, no JavaScript, and axe in every state in
 * light and dark. No sleeps: every wait is on a condition.
 */

const URL_ = "/worksheet/";
const KEY = "bounce-back:worksheet";
const DAMAGED = "bounce-back:worksheet:damaged:";
const CLEARED = "bounce-back:cleared-at";
/** Each entry is stored under its own key with this prefix. */
const RECORDS = "bounce-back:worksheet:r:";

interface StoredEntry {
  id: string;
  role: string;
  company: string;
  wentWell: string;
  workOn: string;
  feeling: string;
  updatedAt: number;
  steps: { text: string; done: boolean }[];
}

async function open(page: Page, path = URL_): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Your reflections" })).toBeVisible();
}

/**
 * The stored document (or null when nothing is stored), read in the page and
 * put back together from the worksheet's one key per entry: `{ version, entries }`.
 */
async function stored(page: Page): Promise<{ version: number; entries: StoredEntry[] } | null> {
  return page.evaluate((prefix) => {
    const entries: StoredEntry[] = [];
    let version = 0;
    for (const key of Object.keys(localStorage).sort()) {
      if (!key.startsWith(prefix)) continue;
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? "null");
        version = value.v;
        if (value.r) entries.push(value.r);
      } catch {
        // damaged text, not yet saved over
      }
    }
    return version ? { version, entries } : null;
  }, RECORDS);
}

/** Waits until the stored entries satisfy `check`. */
async function storedWhen(page: Page, check: (entries: StoredEntry[]) => boolean): Promise<void> {
  await expect.poll(async () => check((await stored(page))?.entries ?? [])).toBe(true);
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const entryButtons = (page: Page) =>
  page.getByRole("region", { name: "Your reflections" }).getByRole("list").getByRole("button");

/** axe in light, then dark, switched in place. */
const axeBoth = expectNoAxeViolationsLightAndDark;

async function readDownload(download: Download): Promise<string> {
  return readFileSync((await download.path()) ?? "", "utf8");
}

/** Seeds localStorage before the first load only (later reloads keep what the page saved). */
async function seed(page: Page | BrowserContext, values: Record<string, string>): Promise<void> {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [k, val] of Object.entries(v)) localStorage.setItem(k, val);
  }, values);
}

function entry(id: string, extra: Partial<StoredEntry> & Record<string, unknown> = {}) {
  return { ...newEntry(Date.now() - 1000, id), ...extra };
}

const backup = (entries: unknown[]) =>
  JSON.stringify({
    format: "bounce-back-worksheet",
    version: 1,
    exportedAt: new Date().toISOString(),
    entries,
  });

test.describe("worksheet: writing and saving", () => {
  test("opens on a blank reflection, with no axe violations in light and dark", async ({
    strictPage: page,
  }) => {
    await open(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "Reflection worksheet" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Untitled reflection" }),
    ).toBeVisible();
    for (const label of [
      "Role (optional)",
      "Company (optional)",
      "Interview date",
      "How it felt overall",
      "What went well",
      "What could have gone differently",
      "What I will work on",
      "Who I can ask for advice",
      "Add a next step",
      "A kind note to myself",
    ]) {
      await expect(field(page, label), label).toBeVisible();
    }
    // Each hint is linked to its field.
    await expect(field(page, "What went well")).toHaveAccessibleDescription(
      /Which answers felt strong/,
    );
    // Nothing is stored until someone writes.
    expect(await stored(page)).toBeNull();
    // The build-time preview of the form gave way to the island: one form, one of each id.
    await expect(page.locator(".ws-preview")).toHaveCount(0);
    await axeBoth(page, "blank worksheet");
  });

  test("before the worksheet starts, its empty form only holds the space, unseen and inert", async ({
    page,
  }) => {
    await page.route(/worksheet\.astro_astro_type_script/, (route) => route.abort());
    await page.goto(URL_);
    await expect(page.getByText("Opening your worksheet…")).toBeVisible();
    const preview = page.locator(".ws-preview");
    await expect(preview).toBeAttached();
    await expect(preview).toBeHidden();
    await expect(preview).toHaveAttribute("inert", "");
    await expect(preview.locator("textarea")).toHaveCount(6);
    // Nothing in it is in the accessibility tree or reachable by keyboard.
    await expect(page.getByRole("textbox", { name: "What went well" })).toHaveCount(0);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".ws-preview"))).toBeNull();
  });

  test("autosaves, says Saved politely, and after a reload reopens the entry edited last", async ({
    strictPage: page,
  }) => {
    await open(page);
    await field(page, "Role (optional)").fill("Designer");
    await field(page, "Company (optional)").fill("Acme");
    const status = page.locator("#save-status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveText(/Saved/);
    await storedWhen(page, (e) => e.some((x) => x.role === "Designer" && x.company === "Acme"));

    await page.getByRole("button", { name: "New reflection" }).click();
    await expect(field(page, "Role (optional)")).toBeFocused();
    await field(page, "Role (optional)").fill("Analyst");
    await storedWhen(page, (e) => e.length === 2);

    // Back to the first one, and write 20,000 characters in it: the last edit.
    await entryButtons(page).filter({ hasText: "Designer at Acme" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Designer at Acme" })).toBeFocused();
    const long = `${"I answered the case study well. ".repeat(625)}`.slice(0, 20_000);
    await field(page, "What went well").fill(long);
    await storedWhen(page, (e) => e.some((x) => x.wentWell.length === 20_000));
    await expect(status).toHaveText(/Saved/);

    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Designer at Acme" })).toBeVisible();
    await expect(field(page, "What went well")).toHaveValue(long);
    await expect(entryButtons(page)).toHaveCount(2);
    expect((await stored(page))?.version).toBe(1);
    await axeBoth(page, "worksheet with two entries");
  });

  test("saves on pagehide, before the autosave delay has passed", async ({ strictPage: page }) => {
    await page.clock.install();
    await open(page);
    await page.clock.pauseAt(Date.now() + 60_000);
    await field(page, "What I will work on").fill("Shorter answers");
    // Timers are paused, so only leaving the page can save this.
    expect(await stored(page)).toBeNull();
    await page.goto("/about/");
    await page.clock.resume();
    await open(page);
    await expect(field(page, "What I will work on")).toHaveValue("Shorter answers");
  });

  test("next steps: add, tick and remove, kept after a reload", async ({ strictPage: page }) => {
    await open(page);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByText("Write the step first, then choose Add.")).toBeVisible();
    await field(page, "Add a next step").fill("Ask for feedback");
    await field(page, "Add a next step").press("Enter");
    await field(page, "Add a next step").fill("Update my CV");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("checkbox", { name: "Ask for feedback" }).check();
    await storedWhen(page, (e) => e[0]?.steps.length === 2 && e[0].steps[0]?.done === true);
    await axeBoth(page, "checklist");
    await page.getByRole("button", { name: "Remove “Update my CV”" }).click();
    await expect(page.getByRole("checkbox", { name: "Ask for feedback" })).toBeFocused();
    await storedWhen(page, (e) => e[0]?.steps.length === 1);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Ask for feedback" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Update my CV" })).toHaveCount(0);
  });

  test("stays responsive with 200 entries and 20,000 characters in a field", async ({
    strictPage: page,
  }) => {
    const many = Array.from({ length: 200 }, (_, i) =>
      entry(`e${i}`, {
        role: `Role ${i}`,
        createdAt: i,
        updatedAt: i,
        feeling: "x".repeat(i === 199 ? 20_000 : 100),
      }),
    );
    await seed(page, { [KEY]: JSON.stringify({ version: 1, entries: many, deleted: [] }) });
    await open(page);
    await expect(entryButtons(page)).toHaveCount(200);
    await expect(page.getByRole("heading", { level: 2, name: "Role 199" })).toBeVisible();
    // How fast this is, is measured by npm run bench:store (1,000 entries), not timed here.
    await field(page, "How it felt overall").press("End");
    await page.keyboard.type(" still typing");
    await expect(field(page, "How it felt overall")).toHaveValue(
      `${"x".repeat(20_000)} still typing`,
    );
    await storedWhen(page, (e) => e.some((x) => x.feeling.endsWith("still typing")));
    await entryButtons(page)
      .filter({ hasText: /^Role 3Started/ })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: "Role 3" })).toBeFocused();
  });

  test("prints only the current entry, as plain text", async ({ strictPage: page }) => {
    await open(page);
    await field(page, "Role (optional)").fill("Nurse");
    await field(page, "A kind note to myself").fill("You did well <b>really</b>.");
    await page.emulateMedia({ media: "print" });
    const print = page.locator(".ws-print");
    await expect(print).toBeVisible();
    await expect(print.getByRole("heading", { name: "Nurse" })).toBeVisible();
    await expect(print).toContainText("You did well <b>really</b>.");
    await expect(field(page, "Role (optional)")).toBeHidden();
    await expect(page.getByRole("region", { name: "Your reflections" })).toBeHidden();
    await expect(page.locator("header").first()).toBeHidden();
  });
});

test.describe("worksheet: two tabs", () => {
  test("an edit in one tab appears in the other without overwriting what it is typing", async ({
    context,
  }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    const problems = [...watchErrors(a), ...watchErrors(b)];
    await open(a);
    await field(a, "Role (optional)").fill("Teacher");
    await storedWhen(a, (e) => e.some((x) => x.role === "Teacher"));
    await open(b);
    await expect(b.getByRole("heading", { level: 2, name: "Teacher" })).toBeVisible();

    // A new entry made in A shows in B's list; B stays on its entry.
    await a.getByRole("button", { name: "New reflection" }).click();
    await field(a, "Role (optional)").fill("Engineer");
    await expect(entryButtons(b).filter({ hasText: "Engineer" })).toBeVisible();
    await expect(b.getByRole("heading", { level: 2, name: "Teacher" })).toBeVisible();

    // Freeze timers in both tabs, so B's words stay unsaved while A saves.
    await a.clock.install();
    await a.reload();
    await b.reload();
    await entryButtons(a).filter({ hasText: "Teacher" }).click();
    await entryButtons(b).filter({ hasText: "Teacher" }).click();
    await a.clock.pauseAt(Date.now() + 60_000);
    await field(b, "What went well").fill("B is typing this");
    await field(a, "What I will work on").fill("A wrote this");
    await a.evaluate(() => dispatchEvent(new Event("pagehide")));
    await expect(field(b, "What I will work on")).toHaveValue("A wrote this");
    await expect(field(b, "What went well")).toHaveValue("B is typing this");
    await expect(field(b, "What went well")).toBeFocused();

    // When B saves, A gets B's words too: nothing is lost.
    await a.clock.resume();
    await expect(field(a, "What went well")).toHaveValue("B is typing this");
    await storedWhen(a, (e) =>
      e.some((x) => x.wentWell === "B is typing this" && x.workOn === "A wrote this"),
    );

    // A delete in one tab is not brought back by the other.
    await b.getByRole("button", { name: "Delete this reflection" }).click();
    await b.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(
      a.getByText("The reflection you had open was deleted in another tab or window."),
    ).toBeVisible();
    await expect(entryButtons(a).filter({ hasText: "Teacher" })).toHaveCount(0);
    await field(a, "What went well").fill("Still writing in A");
    await storedWhen(
      a,
      (e) =>
        !e.some((x) => x.role === "Teacher") && e.some((x) => x.wentWell === "Still writing in A"),
    );
    expect(problems).toEqual([]);
  });
});

test.describe("worksheet: red-team findings", () => {
  test("two windows typing in the same field at once: both versions are kept, as a conflict copy", async ({
    context,
  }) => {
    await seed(context, {
      [KEY]: JSON.stringify({
        version: 1,
        entries: [entry("shared1", { role: "Shared" })],
        deleted: [],
      }),
    });
    const a = await context.newPage();
    const b = await context.newPage();
    const problems = [...watchErrors(a), ...watchErrors(b)];
    await context.clock.install();
    await open(a);
    await open(b);
    // Both type within the 400 ms autosave window: timers are paused, so neither has saved.
    await context.clock.pauseAt(Date.now() + 60_000);
    await field(a, "What went well").fill("Words from window A");
    await field(b, "What went well").fill("Words from window B");
    // A saves first, then B (as their autosaves would, a moment apart).
    await a.evaluate(() => dispatchEvent(new Event("pagehide")));
    await b.evaluate(() => dispatchEvent(new Event("pagehide")));
    await context.clock.resume();
    await storedWhen(a, (e) => {
      const words = e.map((x) => x.wentWell).sort();
      return words.join("|") === "Words from window A|Words from window B";
    });
    await expect(
      b.getByText("The same words were changed in two places at once.", { exact: false }),
    ).toBeVisible();
    const copy = entryButtons(b).filter({ hasText: "Shared (conflict copy)" });
    await expect(copy).toHaveCount(1);
    await copy.click();
    const notice = b.locator("#ws-copy");
    await expect(notice).toContainText("This is a second version, kept so that no words are lost");
    await expect(notice).toContainText("the other is “Shared”");
    await axeBoth(b, "conflict copy");
    // Keep it: it becomes an ordinary reflection, in both windows.
    await notice.getByRole("button", { name: "Keep this copy" }).click();
    await expect(b.locator("#ws-copy")).toHaveCount(0);
    await expect(entryButtons(a).filter({ hasText: "(conflict copy)" })).toHaveCount(0);
    await expect(entryButtons(a)).toHaveCount(2);
    expect(problems).toEqual([]);
  });

  test("data saved by a newer version opens read-only and is never overwritten", async ({
    strictPage: page,
  }) => {
    const newer = JSON.stringify({
      version: 2,
      entries: [{ id: "future1", role: "From the future" }],
    });
    await seed(page, { [KEY]: newer });
    await open(page);
    const alert = page.locator("#ws-read-only");
    await expect(alert).toContainText("This worksheet was saved by a newer version of the site");
    await expect(alert).toContainText("Reload the page to get the latest version");
    await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
    await expect(field(page, "What went well")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Delete this reflection" })).toHaveCount(0);
    await axeBoth(page, "read-only");
    await page.getByRole("button", { name: "New reflection" }).click();
    await page.evaluate(() => dispatchEvent(new Event("pagehide")));
    await page.reload();
    await expect(alert).toBeVisible();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("bounce-back:worksheet")),
      ),
    ).toEqual([KEY]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  });
});

test.describe("worksheet: storage trouble", () => {
  // Data that is not JSON and JSON of the wrong shape take one path on the page (the same
  // message and copy); the store tells them apart in src/lib/worksheet/store.test.ts.
  for (const [name, raw, title] of [
    ["not JSON", "{this is not json", "Your saved reflections could not be read"],
    [
      "partly damaged",
      JSON.stringify({ version: 1, entries: [entry("good", { role: "Kept" }), 42] }),
      "Part of your saved reflections could not be read",
    ],
  ] as const) {
    test(`damaged data (${name}): says so, keeps a backup copy, offers it for download`, async ({
      strictPage: page,
    }) => {
      await seed(page, { [KEY]: raw });
      await open(page);
      await expect(page.getByRole("alert").filter({ hasText: title })).toBeVisible();
      const copies = await page.evaluate((prefix) => {
        return Object.keys(localStorage)
          .filter((k) => k.startsWith(prefix))
          .map((k) => localStorage.getItem(k));
      }, DAMAGED);
      expect(copies).toEqual([raw]);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the damaged data" }).click(),
      ]);
      expect(await readDownload(download)).toBe(raw);
      expect(download.suggestedFilename()).toMatch(
        /^bounce-back-damaged-data-\d{4}-\d{2}-\d{2}\.txt$/,
      );
      await axeBoth(page, `damaged data (${name})`);

      // The page still works, and the copy is never removed.
      if (name === "partly damaged")
        await expect(entryButtons(page).filter({ hasText: "Kept" })).toBeVisible();
      await page.getByRole("button", { name: "New reflection" }).click();
      await field(page, "Role (optional)").fill("After the damage");
      await storedWhen(page, (e) => e.some((x) => x.role === "After the damage"));
      await page.reload();
      await expect(field(page, "Role (optional)")).toHaveValue("After the damage");
      await expect(page.getByRole("button", { name: "Download damaged copy 1" })).toBeVisible();
      if (name === "partly damaged")
        await expect(entryButtons(page).filter({ hasText: "Kept" })).toBeVisible();
      await expect(entryButtons(page).filter({ hasText: "After the damage" })).toBeVisible();
    });
  }

  test("blocked storage (SecurityError): a lasting warning, and the worksheet works in memory", async ({
    strictPage: page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await open(page);
    const warning = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("not letting this site store anything");
    await field(page, "Role (optional)").fill("In memory");
    await field(page, "What went well").fill("Kept while the page is open");
    await expect(page.locator("#save-status")).toHaveText("Not saved");
    await page.getByRole("button", { name: "New reflection" }).click();
    await entryButtons(page).filter({ hasText: "In memory" }).click();
    await expect(field(page, "What went well")).toHaveValue("Kept while the page is open");
    await expect(warning).toBeVisible();
    // The warning points to export, which still works.
    await warning.getByRole("link", { name: /download a backup/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a backup (.json)" }).click(),
    ]);
    expect(await readDownload(download)).toContain("Kept while the page is open");
    await axeBoth(page, "blocked storage");
  });

  test("full storage (QuotaExceededError): a lasting warning, nothing lost on screen", async ({
    strictPage: page,
  }) => {
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.startsWith(key))
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return setItem.call(this, k, v);
      };
    }, KEY);
    await open(page);
    await field(page, "How it felt overall").fill("Typed while storage is full");
    const warning = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
    await expect(warning).toContainText("storage for this site is full");
    await expect(field(page, "How it felt overall")).toHaveValue("Typed while storage is full");
    await field(page, "What went well").fill("More words");
    await expect(warning).toBeVisible();
    expect(await stored(page)).toBeNull();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown (.md)" }).click(),
    ]);
    expect(await readDownload(download)).toContain("Typed while storage is full");
    await axeBoth(page, "full storage");
  });

  test("upgrades data stored in the old (version 0) shape without losing a word", async ({
    strictPage: page,
  }) => {
    const v0 = readFileSync(
      new URL("../src/lib/worksheet/fixtures/v0.json", import.meta.url),
      "utf8",
    );
    await seed(page, { [KEY]: v0 });
    await open(page);
    await expect(page.getByText("Your reflections were moved to a newer format")).toBeVisible();
    await expect(entryButtons(page)).toHaveCount(3);
    await entryButtons(page).filter({ hasText: "Junior data analyst at Northwind" }).click();
    await expect(field(page, "What could have gone differently")).toHaveValue(
      "My answer about a conflict at work rambled.",
    );
    await expect(page.getByRole("checkbox", { name: "Reply to the email" })).toBeChecked();
    const copy = await page.evaluate(() =>
      localStorage.getItem("bounce-back:worksheet:before-upgrade:v0"),
    );
    expect(copy).toBe(v0);
    await axeBoth(page, "after an upgrade");
  });
});

test.describe("worksheet: export and import", () => {
  test("exports a re-importable JSON backup and a readable Markdown file", async ({
    strictPage: page,
  }) => {
    await open(page);
    await field(page, "Role (optional)").fill("Designer");
    await field(page, "Company (optional)").fill("Acme");
    await field(page, "Interview date").fill("2025-03-07");
    await field(page, "What went well").fill("The portfolio review.");
    await field(page, "Add a next step").fill("Send a thank-you note");
    await field(page, "Add a next step").press("Enter");
    await storedWhen(page, (e) => e[0]?.steps.length === 1);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a backup (.json)" }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^bounce-back-reflections-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readDownload(json));
    expect(data).toMatchObject({ format: "bounce-back-worksheet", version: 1 });
    expect(data.entries).toHaveLength(1);
    expect(data.entries[0]).toMatchObject({
      role: "Designer",
      company: "Acme",
      date: "2025-03-07",
      wentWell: "The portfolio review.",
      steps: [{ text: "Send a thank-you note", done: false }],
    });

    const [md] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown (.md)" }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const text = await readDownload(md);
    expect(text).toContain("# My interview reflections");
    expect(text).toContain("## Designer at Acme");
    expect(text).toContain("Interview date: 7 March 2025");
    expect(text).toContain("### What went well\n\nThe portfolio review.");
    expect(text).toContain("- [ ] Send a thank-you note");

    // The backup brings everything back into an empty browser.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel("Choose a backup file (.json)").setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await expect(page.getByRole("region", { name: "Check before importing" })).toContainText(
      "1 new reflection will be added",
    );
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.locator("#ws-import-box")).toBeFocused();
    await expect(page.locator("#ws-import-box")).toContainText("Imported: 1 added and 0 updated.");
    await entryButtons(page).filter({ hasText: "Designer at Acme" }).click();
    await expect(field(page, "What went well")).toHaveValue("The portfolio review.");
  });

  test("imports a good file: shows what it adds and updates, then merges", async ({
    strictPage: page,
  }) => {
    // One "now" for every time below: read again after the page opened, a slow start (over 1.9 s)
    // made the file's "older" copy newer than this device's, and the test failed.
    const now = Date.now();
    const mine = entry("mine01", { role: "Mine", updatedAt: now - 5000 });
    const older = entry("older01", {
      role: "Kept here",
      wentWell: "newer here",
      updatedAt: now - 100,
    });
    await seed(page, {
      [KEY]: JSON.stringify({ version: 1, entries: [mine, older], deleted: [] }),
    });
    await open(page);
    const file = backup([
      entry("new001", { role: "From the file" }),
      { ...mine, workOn: "Updated from the file", updatedAt: now - 10 },
      { ...older, wentWell: "older in the file", updatedAt: now - 2000 },
    ]);
    await page.getByLabel("Choose a backup file (.json)").setInputFiles({
      name: "my-backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    const preview = page.getByRole("region", { name: "Check before importing" });
    await expect(preview).toBeFocused();
    await expect(preview).toContainText("“my-backup.json” holds 3 reflections");
    await expect(preview).toContainText("1 new reflection will be added:From the file");
    await expect(preview).toContainText(
      "1 reflection will be updated with a newer version from the file (what you have here is kept as a copy):Mine",
    );
    await expect(preview).toContainText("1 reflection you already have");
    await axeBoth(page, "import preview");
    await preview.getByRole("button", { name: "Import" }).click();
    // Three reflections, and the words the file replaced, kept as a conflict copy.
    await storedWhen(page, (e) => e.length === 4);
    const entries = (await stored(page))?.entries ?? [];
    expect(entries.find((x) => x.id === "mine01")?.workOn).toBe("Updated from the file");
    expect(entries.find((x) => x.id === "older01")?.wentWell).toBe("newer here");
    const copy = entries.find((x) => (x as unknown as { copyOf: string }).copyOf === "mine01");
    expect(copy?.workOn).toBe("");
    expect(copy?.role).toBe("Mine");
    await expect(entryButtons(page).filter({ hasText: "Mine (conflict copy)" })).toHaveCount(1);
    await axeBoth(page, "after import");
    // The import can be undone: back to the two reflections as they were.
    await page.getByRole("button", { name: "Undo import" }).click();
    await expect(page.locator("#ws-import-box")).toContainText("The import was undone.");
    await storedWhen(
      page,
      (e) => e.length === 2 && e.find((x) => x.id === "mine01")?.workOn === "",
    );
    await expect(entryButtons(page)).toHaveCount(2);
  });

  test("imports an old (version 0) backup", async ({ strictPage: page }) => {
    await open(page);
    const v0 = readFileSync(new URL("../src/lib/worksheet/fixtures/v0.json", import.meta.url));
    await page.getByLabel("Choose a backup file (.json)").setInputFiles({
      name: "old.json",
      mimeType: "application/json",
      buffer: v0,
    });
    await expect(page.getByRole("region", { name: "Check before importing" })).toContainText(
      "3 new reflections will be added",
    );
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await storedWhen(page, (e) => e.length === 3);
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ["not JSON", "this is not json", /not a JSON backup/],
    [
      "another app's file",
      JSON.stringify({ format: "other", entries: [] }),
      /not a backup of the worksheet/,
    ],
    [
      "a newer version",
      JSON.stringify({ format: "bounce-back-worksheet", version: 9, entries: [] }),
      /newer version/,
    ],
    ["an empty backup", backup([]), /no reflections/],
    ["a broken entry", backup([entry("ok1"), { id: "bad1", feeling: 42 }]), /Reflection 2/],
    ["too large", Buffer.alloc(5 * 1024 * 1024 + 10, 32), /too large/],
    [
      "a hostile file",
      `{"__proto__":{"polluted":"yes"},"format":"bounce-back-worksheet","version":1,"entries":[{"id":"__proto__","createdAt":1,"updatedAt":1,"role":"x"},{"id":"ok","createdAt":1,"updatedAt":1,"constructor":{"prototype":{"polluted":"yes"}},"role":"<img src=x onerror=alert(1)>"}]}`,
      /no valid id/,
    ],
  ];
  // One page for every bad file, one after another (a person may well try several): each is
  // refused on its own terms, and nothing changes at any point.
  test("refuses each bad file with a clear error and changes nothing", async ({
    strictPage: page,
  }) => {
    test.setTimeout(120_000);
    const mine = entry("mine01", { role: "Untouched" });
    const before = JSON.stringify({ version: 1, entries: [mine], deleted: [] });
    await seed(page, { [KEY]: before });
    await open(page);
    await storedWhen(page, (e) => e.length === 1);
    const everything = () =>
      page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const was = await everything();
    for (const [name, content, message] of bad) {
      await test.step(`refuses ${name}`, async () => {
        await page.getByLabel("Choose a backup file (.json)").setInputFiles({
          name: `${name}.json`,
          mimeType: "application/json",
          buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
        });
        const summary = page
          .getByRole("alert")
          .filter({ hasText: "There is a problem with the file" });
        await expect(summary).toContainText(message);
        await expect(summary).toBeFocused();
        await expect(summary).toContainText("Nothing has been changed.");
        await expect(page.getByLabel("Choose a backup file (.json)")).toHaveAccessibleDescription(
          message,
        );
        expect(await everything()).toBe(was);
        expect((await stored(page))?.entries).toEqual([mine]);
        // (An object returned from the page is serialised, so only the prototype itself can tell.)
        expect(
          await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
        ).toBeUndefined();
        await expect(page.locator("img")).toHaveCount(0);
        if (name === "not JSON") await axeBoth(page, "import error");
        // The error links to the field, and following it moves focus there (as GOV.UK's does).
        await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#ws-import-file");
        await summary.getByRole("link").first().click();
        await expect(page.getByLabel("Choose a backup file (.json)")).toBeFocused();
      });
    }
  });

  test("shows markup in imported text as text, never as HTML", async ({ strictPage: page }) => {
    await open(page);
    const sneaky = "<img src=x onerror=\"document.title='owned'\"><b>bold</b>";
    await page.getByLabel("Choose a backup file (.json)").setInputFiles({
      name: "sneaky.json",
      mimeType: "application/json",
      buffer: Buffer.from(backup([entry("sneaky1", { role: sneaky, wentWell: sneaky })])),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await entryButtons(page).filter({ hasText: "<b>bold</b>" }).click();
    await expect(field(page, "What went well")).toHaveValue(sneaky);
    await expect(page.getByRole("heading", { level: 2, name: sneaky })).toBeVisible();
    await expect(page.locator("main img, main b")).toHaveCount(0);
    expect(await page.title()).not.toBe("owned");
  });
});

test.describe("worksheet: deleting", () => {
  test("deletes one entry after confirmation, and undo brings it back", async ({
    strictPage: page,
  }) => {
    await open(page);
    await field(page, "Role (optional)").fill("Keep me");
    await page.getByRole("button", { name: "New reflection" }).click();
    await field(page, "Role (optional)").fill("Delete me");
    await field(page, "What went well").fill("Words worth keeping");
    await storedWhen(page, (e) => e.length === 2);

    await page.getByRole("button", { name: "Delete this reflection" }).click();
    const confirm = page.getByRole("group", { name: "Delete “Delete me”?" });
    await expect(confirm).toBeFocused();
    await axeBoth(page, "delete confirmation");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Delete this reflection" })).toBeFocused();

    await page.getByRole("button", { name: "Delete this reflection" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    const undo = page.locator("#ws-undo");
    await expect(undo).toContainText("“Delete me” was deleted.");
    await expect(undo).toBeFocused();
    await storedWhen(page, (e) => e.length === 1 && e[0]?.role === "Keep me");
    await expect(page.getByRole("heading", { level: 2, name: "Keep me" })).toBeVisible();
    await axeBoth(page, "after delete");

    await undo.getByRole("button", { name: "Undo delete" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Delete me" })).toBeFocused();
    await expect(field(page, "What went well")).toHaveValue("Words worth keeping");
    await storedWhen(page, (e) => e.length === 2);
    await page.reload();
    await expect(entryButtons(page)).toHaveCount(2);
  });

  test("“Delete all my data” in the worksheet asks first, then removes everything", async ({
    strictPage: page,
  }) => {
    await seed(page, {
      "bounce-back:theme": "dark",
      "bounce-back:self-check:x": "{}",
      "someone-else": "keep",
    });
    await open(page);
    await field(page, "Role (optional)").fill("Private");
    await storedWhen(page, (e) => e.length === 1);
    await page.getByRole("button", { name: "Delete all my data" }).click();
    const confirm = page.getByRole("group", { name: "Delete all your data from this browser?" });
    await expect(confirm).toBeFocused();
    await axeBoth(page, "delete all confirmation");
    await confirm.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(
      page.getByText("All your data on this site has been deleted from this browser."),
    ).toBeFocused();
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    // Only the time it happened is left (no words), so other open tabs do not save theirs again.
    expect(keys).toEqual([CLEARED, "someone-else"]);
    expect(Number(await page.evaluate((k) => localStorage.getItem(k), CLEARED))).toBeGreaterThan(0);
    await expect(field(page, "Role (optional)")).toHaveValue("");
    await expect(entryButtons(page)).toHaveCount(1);
  });

  test("“Delete all my data” on /about/ empties an open worksheet in another tab", async ({
    context,
  }) => {
    const worksheet = await context.newPage();
    const about = await context.newPage();
    const problems = [...watchErrors(worksheet), ...watchErrors(about)];
    await open(worksheet);
    await field(worksheet, "Role (optional)").fill("Private");
    await storedWhen(worksheet, (e) => e.length === 1);
    await about.goto("/about/");
    await about.getByRole("button", { name: "Delete all my data" }).click();
    await expect(
      about.getByRole("group", { name: "Delete all your data from this browser?" }),
    ).toBeFocused();
    await about.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(
      about.getByText("All your data on this site has been deleted from this browser."),
    ).toBeVisible();
    await expect(
      worksheet.getByText("All your reflections were deleted in another tab or window."),
    ).toBeVisible();
    await expect(field(worksheet, "Role (optional)")).toHaveValue("");
    expect(
      await about.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("bounce-back:")),
      ),
    ).toEqual([CLEARED]);
    // The worksheet tab does not write the deleted words back when it is left.
    await worksheet.close({ runBeforeUnload: true });
    expect(await about.evaluate(() => JSON.stringify(localStorage))).not.toContain("Private");
    await axeBoth(about, "about after delete all");
    expect(problems).toEqual([]);
  });
});

test.describe("worksheet: the site-wide backup on /about/", () => {
  test("downloads everything, brings it back into an empty browser, and can undo that", async ({
    strictPage: page,
  }) => {
    await open(page);
    await field(page, "Role (optional)").fill("Backed up");
    await storedWhen(page, (e) => e.some((x) => x.role === "Backed up"));
    await page.goto("/about/");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download a backup of everything (.json)" }).click();
    const text = await readDownload(await downloading);
    const file = JSON.parse(text);
    expect(file.format).toBe("bounce-back-site");
    expect(Object.keys(file.data).some((k) => k.startsWith(RECORDS))).toBe(true);

    await page.evaluate(() => localStorage.clear());
    await page.getByLabel("Bring back a backup of everything").setInputFiles({
      name: "everything.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    // Everything in the file comes back: the entry, and the note of when it was last edited.
    const count = Object.keys(file.data).length;
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(page.locator("#site-backup-result")).toContainText(
      `Brought back ${count} item${count === 1 ? "" : "s"}.`,
    );
    await axeBoth(page, "site backup brought back");
    // Undo takes it back out.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.locator("#site-backup-result")).toContainText(
      "The backup was taken back out.",
    );
    expect(await stored(page)).toBeNull();
    await page.getByLabel("Bring back a backup of everything").setInputFiles({
      name: "everything.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(page.locator("#site-backup-result")).toContainText(
      `Brought back ${count} item${count === 1 ? "" : "s"}.`,
    );
    await open(page);
    await expect(entryButtons(page).filter({ hasText: "Backed up" })).toHaveCount(1);

    await page.goto("/about/");
    await page.getByLabel("Bring back a backup of everything").setInputFiles({
      name: "everything.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    // Already here: nothing is added or written over.
    await expect(page.locator("#site-backup-result")).toContainText("Brought back 0 items.");
    await expect(page.locator("#site-backup-result")).toContainText(
      `${count} item${count === 1 ? "" : "s"} you already had`,
    );
  });

  test("when the check of the file cannot load, it says so and brings nothing back", async ({
    page,
  }) => {
    const problems = watchErrors(page, { ignoreFailedLoads: true });
    await open(page);
    await field(page, "Role (optional)").fill("In the file");
    await storedWhen(page, (e) => e.some((x) => x.role === "In the file"));
    await page.goto("/about/");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download a backup of everything (.json)" }).click();
    const text = await readDownload(await downloading);
    await page.evaluate(() => localStorage.clear());
    // The key check (src/lib/stores.ts) loads only when a backup is brought back.
    await page.route(/\/_astro\/stores\.[\w-]+\.js$/, (route) => route.abort());
    await page.getByLabel("Bring back a backup of everything").setInputFiles({
      name: "everything.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    const result = page.locator("#site-backup-result");
    await expect(result).toContainText("The backup was not brought back");
    await expect(result).toContainText("Part of this page could not load");
    await expect(result).toBeFocused();
    expect(await stored(page)).toBeNull();
    expect(problems).toEqual([]);
  });
});

test.describe("worksheet: keyboard only", () => {
  test("creates, fills, ticks, deletes and undoes with the keyboard alone", async ({
    strictPage: page,
  }) => {
    await open(page);
    await page.locator("body").focus();
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id || el?.textContent?.trim() || "";
      });
    async function tabTo(target: string, limit = 60) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        if ((await focusedName()) === target) return;
      }
      throw new Error(`Tab never reached ${target}`);
    }

    await tabTo("+ New reflection");
    await page.keyboard.press("Enter");
    await expect(field(page, "Role (optional)")).toBeFocused();
    await page.keyboard.type("Keyboard role");
    await page.keyboard.press("Tab");
    await expect(field(page, "Company (optional)")).toBeFocused();
    await page.keyboard.type("Tab Ltd");
    await tabTo("ws-new-step");
    await page.keyboard.type("Practise out loud");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("checkbox", { name: "Practise out loud" })).toBeVisible();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("checkbox", { name: "Practise out loud" })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: "Practise out loud" })).toBeChecked();
    await storedWhen(page, (e) =>
      e.some((x) => x.role === "Keyboard role" && x.steps[0]?.done === true),
    );

    await tabTo("ws-delete");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("group", { name: "Delete “Keyboard role at Tab Ltd”?" }),
    ).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Delete this reflection" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("group", { name: /^Delete “Keyboard role/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#ws-undo")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Undo delete" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { level: 2, name: "Keyboard role at Tab Ltd" }),
    ).toBeFocused();
    await expect(page.getByRole("checkbox", { name: "Practise out loud" })).toBeChecked();
  });
});
