import type { Locator, Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";

/**
 * Two tabs of one browser, every private tool, on the one shared session
 * (src/lib/local-store/session.ts): edits ~100 ms apart, so each tab's
 * autosave may run before the other's write reaches it. Different fields of
 * one record keep both; the same field keeps both words, one as a conflict
 * copy. The merge rules themselves are unit-tested (session.test.ts); this is
 * what only a real browser shows: real storage events and real timing.
 */

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

interface Tool {
  name: string;
  path: string;
  /** Its keys: `bounce-back:<store>:r:`. */
  prefix: string;
  /** Waits until the tool is up. */
  ready(page: Page): Promise<void>;
  /** Makes one saved record that both tabs then hold. */
  start(page: Page): Promise<void>;
  /** Two different fields of that record. */
  x(page: Page): Locator;
  y(page: Page): Locator;
  /** Sets field y (most are text; expressive writing's other field is its day). */
  setY?(field: Locator): Promise<void>;
  /** What field y holds once set, as it appears in the stored JSON. */
  yStored?: string;
}

const saved = (page: Page) => expect(page.locator("#save-status")).toHaveText(/Saved/);

const exercise = (name: string, path: string, x: string, y: string): Tool => ({
  name,
  path,
  prefix: `bounce-back:${path.split("/")[2]}:r:`,
  ready: (page) =>
    expect(page.getByRole("button", { name: "Download a backup (.json)" })).toBeVisible(),
  start: async (page) => {
    await page.locator(x).fill("first words");
    await saved(page);
  },
  x: (page) => page.locator(x),
  y: (page) => page.locator(y),
});

const TOOLS: Tool[] = [
  {
    name: "worksheet",
    path: "/worksheet/",
    prefix: "bounce-back:worksheet:r:",
    ready: (page) => expect(page.getByRole("heading", { name: "Your reflections" })).toBeVisible(),
    start: async (page) => {
      await page.locator("#ws-company").fill("Acme");
      await saved(page);
    },
    x: (page) => page.locator("#ws-role"),
    y: (page) => page.locator("#ws-wentWell"),
  },
  {
    ...exercise("expressive writing", "/exercises/expressive-writing/", "#ex-text", "#ex-first"),
    setY: (field) => field.selectOption("3").then(() => undefined),
    yStored: '"day":3',
  },
  exercise(
    "kind letter",
    "/exercises/kind-letter/",
    "#ex-first",
    "#ex-step-what-a-friend-would-say",
  ),
  exercise("thought record", "/exercises/thought-record/", "#ex-first", "#ex-thought"),
  {
    name: "plans",
    path: "/plan/",
    prefix: "bounce-back:plans:r:",
    ready: (page) => expect(page.locator("#plan-tool[data-hydrated]")).toBeVisible(),
    start: async (page) => {
      await page.getByRole("button", { name: "Write my own plan" }).click();
      await page.getByLabel("If…").fill("it is Monday");
      await saved(page);
    },
    x: (page) => page.getByLabel("If…"),
    y: (page) => page.getByLabel("then I will…"),
  },
  {
    name: "application log",
    path: "/log/",
    prefix: "bounce-back:log-applications:r:",
    ready: (page) => expect(page.locator("#log-tool[data-hydrated]")).toBeVisible(),
    start: async (page) => {
      await page.getByRole("button", { name: "Add an application" }).click();
      await page.getByLabel("Company", { exact: true }).fill("Acme");
      await saved(page);
    },
    x: (page) => page.getByLabel("Role", { exact: true }),
    y: (page) => page.getByLabel("Next action (optional)"),
  },
];

/** The tool's stored records (their JSON), read in the page. */
const stored = (page: Page, prefix: string) =>
  page.evaluate((p) => {
    const out: { json: string; copyOf: string }[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? "";
      if (!key.startsWith(p)) continue;
      const r = JSON.parse(localStorage.getItem(key) ?? "{}").r;
      if (r) out.push({ json: JSON.stringify(r), copyOf: r.copyOf ?? "" });
    }
    return out;
  }, prefix);

async function twoTabs(page: Page, tool: Tool): Promise<Page> {
  await page.goto(tool.path);
  await tool.ready(page);
  await tool.start(page);
  const b = await page.context().newPage();
  await b.goto(tool.path);
  await tool.ready(b);
  if (tool.name === "application log") {
    for (const p of [page, b])
      if ((await tool.x(p).count()) === 0) await p.getByRole("button", { name: "Edit" }).click();
  }
  await expect(tool.x(b)).toBeVisible();
  return b;
}

for (const tool of TOOLS) {
  test.describe(`two tabs, ${tool.name}`, () => {
    test("different fields of one record, edited 100 ms apart: both kept", async ({ page }) => {
      const b = await twoTabs(page, tool);
      await tool.x(page).fill("alpha words");
      // The scenario's timing (edits 100 ms apart), not a wait for a condition.
      await b.waitForTimeout(100);
      if (tool.setY) await tool.setY(tool.y(b));
      else await tool.y(b).fill("beta words");
      const yStored = tool.yStored ?? "beta words";
      await expect
        .poll(async () =>
          (await stored(page, tool.prefix)).some(
            (r) => !r.copyOf && r.json.includes("alpha words") && r.json.includes(yStored),
          ),
        )
        .toBe(true);
      await saved(page);
      await saved(b);
      await expect(tool.x(b)).toHaveValue("alpha words");
      expect((await stored(page, tool.prefix)).filter((r) => r.copyOf)).toEqual([]);
    });

    test("the same field, edited 100 ms apart: both words kept, one as a copy", async ({
      page,
    }) => {
      const b = await twoTabs(page, tool);
      await tool.x(page).fill("words from tab A");
      await b.waitForTimeout(100);
      // B types at the end of what its field shows, as a person would, rather than replacing
      // it: on a busy machine A's words can reach B's field before B types, and replacing
      // them then would be B's own choice, not a lost word.
      await tool.x(b).focus();
      await b.keyboard.press("ControlOrMeta+End");
      await b.keyboard.insertText("words from tab B");
      // Either one copy keeps the other tab's words, or B's edit landed after A's words
      // reached its field (a real-browser race: no word is lost then either).
      await expect
        .poll(async () => {
          const all = await stored(page, tool.prefix);
          const main = all.filter((r) => !r.copyOf);
          const has = (w: string) => all.some((r) => r.json.includes(w));
          const merged = main.some(
            (r) => r.json.includes("words from tab A") && r.json.includes("words from tab B"),
          );
          return `${main.length} main, ${all.length - main.length} copies, A ${has("words from tab A")}, B ${has("words from tab B")}, merged ${merged}`;
        })
        .toMatch(/^1 main, (1 copies, A true, B true|0 copies, A true, B true, merged true)/);
      // Where a copy was made, at least one tab says so (the one that found the conflict).
      const said = (p: Page) =>
        p.getByText("The same words were changed in two places at once.", { exact: false }).count();
      const copies = (await stored(page, tool.prefix)).filter((r) => r.copyOf).length;
      if (copies)
        await expect.poll(async () => (await said(page)) + (await said(b))).toBeGreaterThan(0);
    });
  });
}
