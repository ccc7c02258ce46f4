// cspell:words Globex Initech Hooli
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, useColorScheme, watchErrors } from "./fixtures";

/**
 * /month/ in the real browser: a month seeded into each tool's own store
 * keys (as the tools write them), its counts, wins, plans, check-ins and
 * stages; previous and next month; another tab's change; the Markdown file
 * with hostile text; print on at most two A4 pages; an empty month; the
 * lock; no JavaScript; axe in light and dark at 390 and 1280 px.
 */

// A fixed Monday in a fixed zone: months are local, and the page's "this month" comes from the clock.
const NOW = new Date("2026-12-07T10:00:00");
test.use({ timezoneId: "Europe/London" });
// Each test opens a page with every tool's store, some run axe: slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

const HOSTILE = "<img src=x onerror=alert(1)> # not a heading [link](javascript:x)";

interface Seed {
  apps: [string, string, string, string, Record<string, string>?][];
  wins: [string, string][];
  plans: {
    id: string;
    situation: string;
    action: string;
    weekly: boolean;
    kept?: string[];
    doneAt?: number;
  }[];
  checkIns: [string, string, number, boolean][];
}

/** A hard December: three noes at three stages, small wins, plans kept, check-ins. */
const DECEMBER: Seed = {
  apps: [
    ["Data analyst", "Smith & Sons", "2026-12-01", "applied"],
    ["Analyst", "Globex", "2026-12-02", "turned-down", { stoppedAt: "applied" }],
    [
      "Junior analyst",
      "Initech",
      "2026-12-03",
      "turned-down",
      { stoppedAt: "first-interview", interviewDate: "2026-12-05" },
    ],
    [
      "Reporting analyst",
      "Umbrella",
      "2026-11-20",
      "turned-down",
      { stoppedAt: "final-round", interviewDate: "2026-12-04" },
    ],
    // An interview after today (7 December): still to come, not yet "had".
    ["Insight analyst", "Hooli", "2026-12-06", "first-interview", { interviewDate: "2026-12-15" }],
    ["Last month", "Before", "2026-11-02", "offer"],
  ],
  wins: [
    ["2026-12-05", "Asked for feedback and got two useful points back"],
    ["2026-12-01", "Practised my answer out loud, twice"],
    ["2026-12-06", HOSTILE],
    ["2026-11-28", "A November win"],
  ],
  plans: [
    {
      id: "p1",
      situation: "it is Monday at 9:00",
      action: "send two applications before lunch",
      weekly: true,
      kept: ["2026-11-23", "2026-11-30", "2026-12-07"],
    },
    {
      id: "p2",
      situation: "I get a no",
      action: "ask for feedback within two days",
      weekly: false,
      doneAt: new Date("2026-12-04T15:00:00").getTime(),
    },
  ],
  checkIns: [
    ["2026-11-25", "Finding your feet", 12, false],
    ["2026-12-03", "Mostly steady", 19, false],
  ],
};

/** Writes records the way each tool's RecordStore keeps them: bounce-back:<store>:r:<id>. */
async function seed(page: Page, data: Seed) {
  await page.addInitScript((d) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const t = Date.UTC(2026, 11, 1);
    const put = (store: string, r: { id: string } & Record<string, unknown>) => {
      localStorage.setItem(`bounce-back:${store}:r:${r.id}`, JSON.stringify({ v: 1, r }));
    };
    for (const [i, [role, company, date, stage, more]] of d.apps.entries())
      put("log-applications", {
        id: `a${i}`,
        createdAt: t,
        updatedAt: t,
        role,
        company,
        date,
        stage,
        interviewDate: "",
        nextAction: "",
        nextDate: "",
        copyOf: "",
        ...more,
      });
    for (const [i, [date, text]] of d.wins.entries())
      put("log-wins", { id: `w${i}`, createdAt: t + i, updatedAt: t + i, text, date, copyOf: "" });
    for (const p of d.plans)
      put("plans", {
        id: p.id,
        createdAt: t,
        updatedAt: t,
        situation: p.situation,
        action: p.action,
        date: p.weekly ? "2026-11-23" : "",
        time: p.weekly ? "09:00" : "",
        weekly: p.weekly,
        done: p.doneAt !== undefined,
        doneAt: p.doneAt ?? 0,
        kept: p.kept ?? [],
        copyOf: "",
      });
    for (const [day, bandLabel, score, support] of d.checkIns) {
      const takenAt = new Date(`${day}T10:00:00`).getTime();
      put("check-ins", {
        id: `ci-${takenAt.toString(36)}`,
        createdAt: takenAt,
        updatedAt: takenAt,
        slug: "how-are-you-taking-it",
        takenAt,
        day,
        score,
        max: 24,
        band: "band",
        bandLabel,
        support,
        flags: [],
        focus: [],
        copyOf: "",
      });
    }
  }, data);
}

async function open(page: Page, path = "/month/") {
  await page.clock.install({ time: NOW });
  await page.goto(path);
  await expect(page.locator("#month-tool[data-hydrated]")).toBeVisible();
}

/** The six counts at the top, by their data-stat name. */
const stats = (page: Page) =>
  page
    .locator("#month-stats [data-stat]")
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute("data-stat"), Number(e.querySelector("dd")?.textContent)]),
      ),
    );

test("a seeded month: what was done first, wins by date, plans kept, check-ins, noes by stage", async ({
  strictPage: page,
}) => {
  await seed(page, DECEMBER);
  await open(page);
  await expect(page.locator("#month-title")).toHaveText("December 2026");
  expect(await stats(page)).toEqual({
    applications: 4,
    interviews: 2,
    "weeks-kept": 1,
    "plans-done": 1,
    wins: 3,
    "check-ins": 1,
  });
  await expect(page.locator(".month-lead")).toHaveText(
    "So far this month you sent 4 applications, had 2 interviews, kept a weekly plan in 1 week, did 1 plan you set yourself, noted 3 small wins and checked in with yourself once. Each of those took effort, whatever came back.",
  );
  await expect(page.locator("#month-ahead")).toHaveText(
    "You have 1 interview still to come this month.",
  );
  // Effort before outcomes: "What you did" comes first, "where they stand" last.
  const headings = await page.locator("#month-tool h3").allTextContents();
  expect(headings[0]).toBe("What you did");
  expect(headings.at(-1)).toBe("Where this month’s applications stand");
  // The month's wins only, oldest first, shown as text.
  await expect(page.locator("#month-wins li")).toHaveText([
    "1 December 2026 Practised my answer out loud, twice",
    "5 December 2026 Asked for feedback and got two useful points back",
    `6 December 2026 ${HOSTILE}`,
  ]);
  await expect(page.locator("#month-wins img")).toHaveCount(0);
  await expect(page.locator("#month-plans li")).toHaveText([
    "If it is Monday at 9:00, then I will send two applications before lunch kept 1 week",
    "If I get a no, then I will ask for feedback within two days done on 4 December 2026",
  ]);
  await expect(page.locator("#month-check-ins li")).toHaveText([
    "3 December 2026 Mostly steady (19 out of 24)",
  ]);
  await expect(page.locator("#month-before")).toContainText(
    "in November 2026 you checked in once, and the last, on 25 November 2026, was “Finding your feet”. Your latest this month is higher: 19 out of 24, against 12.",
  );
  const stages = await page
    .locator("#month-stages > li")
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-stage"),
        e.querySelector(":scope > strong")?.textContent,
      ]),
    );
  expect(stages).toEqual([
    ["applied", "1"],
    ["first-interview", "1"],
    ["turned-down", "3"],
  ]);
  const noes = await page
    .locator("#month-turned-down li")
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-stopped"), e.querySelector("strong")?.textContent]),
    );
  expect(noes).toEqual([
    ["applied", "1"],
    ["first-interview", "1"],
    ["final-round", "1"],
  ]);
});

test("previous and next month, with the month in the address", async ({ strictPage: page }) => {
  await seed(page, DECEMBER);
  await open(page);
  await expect(page.getByRole("button", { name: "Next month" })).toHaveCount(0);
  await page.getByRole("button", { name: "Previous month" }).click();
  await expect(page.locator("#month-title")).toHaveText("November 2026");
  await expect(
    page.getByRole("status").filter({ hasText: "Showing November 2026." }),
  ).toBeAttached();
  expect(new URL(page.url()).searchParams.get("month")).toBe("2026-11");
  expect(await stats(page)).toMatchObject({ applications: 2, wins: 1, "check-ins": 1 });
  await expect(page.locator(".month-lead")).toHaveText(/^In November 2026 you sent 2 applications/);
  // November's last Monday counts in November.
  await expect(page.locator("#month-plans li")).toHaveText([
    "If it is Monday at 9:00, then I will send two applications before lunch kept 2 weeks",
  ]);
  // No check-ins in October: nothing to compare with.
  await expect(page.locator("#month-before")).toHaveCount(0);

  // Reloading keeps the month; "Next month" at this month hands focus to the heading.
  await page.reload();
  await expect(page.locator("#month-title")).toHaveText("November 2026");
  await page.getByRole("button", { name: "Next month" }).click();
  await expect(page.locator("#month-title")).toHaveText("December 2026");
  await expect(page.locator("#month-title")).toBeFocused();
  expect(new URL(page.url()).searchParams.has("month")).toBe(false);

  // "This month", from two months back, goes away too: focus moves to the heading, not the page.
  await page.getByRole("button", { name: "Previous month" }).click();
  await page.getByRole("button", { name: "Previous month" }).click();
  await expect(page.locator("#month-title")).toHaveText("October 2026");
  await page.getByRole("button", { name: "This month", exact: true }).click();
  await expect(page.locator("#month-title")).toHaveText("December 2026");
  await expect(page.locator("#month-title")).toBeFocused();
});

test("another tab's new small win shows at once", async ({ strictPage: page, context }) => {
  await seed(page, DECEMBER);
  await open(page);
  const other = await context.newPage();
  await other.goto("/about/");
  await other.evaluate(() => {
    const r = {
      id: "w-new",
      createdAt: 1,
      updatedAt: 1,
      text: "Logged in the other tab",
      date: "2026-12-07",
      copyOf: "",
    };
    localStorage.setItem("bounce-back:log-wins:r:w-new", JSON.stringify({ v: 1, r }));
  });
  await expect(page.locator("#month-wins li").last()).toHaveText(
    "7 December 2026 Logged in the other tab",
  );
  expect(await stats(page)).toMatchObject({ wins: 4 });
});

test("Download this month (.md): the summary, with what people wrote escaped", async ({
  strictPage: page,
}) => {
  await seed(page, DECEMBER);
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download this month (.md)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bounce-back-month-2026-12.md");
  const md = readFileSync((await download.path()) ?? "", "utf8");
  expect(
    md.startsWith("# My month: December 2026\n\nSaved from Bounce Back on 7 December 2026."),
  ).toBe(true);
  expect(md).toContain("- Applications sent: 4\n- Interviews: 2\n- Interviews still to come: 1\n");
  expect(md).toContain("- Turned down: 3\n  - After applying: 1\n  - After a first interview: 1");
  expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
  expect(md).toContain("\\[link\\](javascript:x)");
  expect(md).not.toMatch(/(^|[^\\])<img/);
});

/** A heavy month: many applications and wins, to show print stays within two pages. */
function busyMonth(): Seed {
  const apps: Seed["apps"] = [];
  const stages = ["applied", "turned-down", "no-reply", "first-interview", "turned-down"];
  for (let i = 0; i < 20; i++)
    apps.push([
      `Role ${i}`,
      `Company ${i}`,
      `2026-12-${String((i % 28) + 1).padStart(2, "0")}`,
      stages[i % stages.length] ?? "applied",
      { stoppedAt: i % 2 ? "applied" : "later-interview" },
    ]);
  const wins: Seed["wins"] = [];
  for (let i = 0; i < 16; i++)
    wins.push([
      `2026-12-${String(i + 1).padStart(2, "0")}`,
      `Small win number ${i + 1}: did one more thing than yesterday, and noticed it`,
    ]);
  return {
    apps,
    wins,
    plans: [1, 2, 3, 4].map((n) => ({
      id: `p${n}`,
      situation: `it is day ${n} of the week`,
      action: "spend an hour on one application I care about",
      weekly: true,
      kept: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"],
    })),
    checkIns: [
      ["2026-11-20", "Finding your feet", 12, false],
      ["2026-12-02", "Mostly steady", 19, false],
      ["2026-12-09", "Finding your feet", 14, false],
      ["2026-12-16", "Mostly steady", 18, false],
    ],
  };
}

test("Print this month: one or two A4 pages, without the site's header, footer or buttons", async ({
  strictPage: page,
}, testInfo) => {
  await seed(page, busyMonth());
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.locator("#month-wins li")).toHaveCount(16);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    "header[data-site-header]",
    "footer[data-site-footer]",
    ".month-nav",
    ".month-actions",
  ])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.locator("#month-title")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("month-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test("an empty month says something kind and points to the log and the plans", async ({
  strictPage: page,
}) => {
  await open(page);
  const empty = page.locator("#month-empty");
  await expect(empty).toContainText("Nothing is logged for December 2026 yet.");
  await expect(empty).toContainText("A quiet month is allowed.");
  await expect(empty.getByRole("link", { name: "application log" })).toHaveAttribute(
    "href",
    "/log/",
  );
  await expect(empty.getByRole("link", { name: "if-then plan" })).toHaveAttribute("href", "/plan/");
  await expect(page.locator("#month-stats")).toHaveCount(0);
  await expectNoAxeViolations(page, "/month/ empty");
});

for (const width of [390, 1280])
  test(`axe finds nothing at ${width} px, light and dark`, async ({
    strictPage: page,
  }, testInfo) => {
    // axe runs twice.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width < 500 ? 844 : 800 });
    await seed(page, {
      ...DECEMBER,
      checkIns: [...DECEMBER.checkIns, ["2026-12-06", "Things are heavy right now", 6, true]],
    });
    await open(page);
    await expect(page.locator("#month-support")).toContainText("Need help now?");
    for (const scheme of ["light", "dark"] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `/month/ ${width} px ${scheme}`);
      await page.screenshot({
        path: testInfo.outputPath(`month-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  });

test("without JavaScript the page says plainly that it needs it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/month/");
  await expect(
    page.getByRole("heading", { name: "The month page needs JavaScript" }),
  ).toBeVisible();
  await expect(page.getByText("Opening your month…")).toBeHidden();
  await context.close();
});

test("under the lock, another tab shows the lock's gate and none of the month", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const problems = watchErrors(page);
  await seed(page, DECEMBER);
  await open(page);
  await expect(page.locator("#month-wins")).toContainText("Practised my answer");
  await page.goto("/about/#lock");
  const lock = page.locator("#lock");
  const pass = "lantern harbour seven";
  await lock.getByLabel("Passphrase", { exact: true }).fill(pass);
  await lock.getByLabel("The same passphrase again").fill(pass);
  await lock.getByRole("button", { name: "Lock my writing" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "your writing is now locked" }),
  ).toBeVisible({ timeout: 15_000 });

  // This tab is unlocked: its month still reads, through the lock.
  await page.goto("/month/");
  await expect(page.locator("#month-wins")).toContainText("Practised my answer");

  // A new tab has no key: the gate, and no words of the month.
  const fresh = await context.newPage();
  await fresh.goto("/month/");
  await expect(fresh.locator("#lock-gate")).toBeVisible();
  await expect(fresh.locator("#lock-gate")).toContainText("Your writing here is locked");
  await expect(fresh.locator("#month-tool")).toBeHidden();
  await expect(fresh.getByText("Practised my answer")).toHaveCount(0);
  expect(problems).toEqual([]);
});
