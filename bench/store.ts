/**
 * Local-store benchmark (not part of `npm test`): for every private tool you
 * type in (the worksheet, the three writing exercises, plans, the
 * application log's applications and its small wins), with 1 and 1,000
 * records stored, unlocked and under the lock (set through /about/#lock
 * before typing, so every save is encrypted), type into one record in real
 * Chromium against the built site and report what each keystroke and each
 * autosave cost, and the longest task; then open /log/ with 10,000 records.
 * (Check-ins and drafts are results, not typing; the checklist is ticks.)
 *
 *   OUT_DIR=/tmp/dist npm run build && npm run bench:store -- --dist /tmp/dist
 *   npm run bench:store -- --dist /tmp/dist --counts 1,200,1000 --bursts 12
 *   npm run bench:store -- --dist /tmp/dist --tools worksheet,log --modes locked
 *
 * - load: the longest task from opening the page until it has settled (no
 *   long task for half a second); typing starts only then, so what follows
 *   is the cost of typing alone.
 * - keystroke: from keydown to the end of the work it starts (the input
 *   handler and the re-render it schedules), measured in the page.
 * - autosave: the whole 400 ms autosave task (read, merge and write the one
 *   changed record), measured by wrapping that timer's callback. (A small
 *   win is saved by its Add button, not as it is typed: "–".)
 * - long tasks: every main-thread task over 50 ms while typing
 *   (PerformanceObserver "longtask"): wall-clock time, so on a machine busy
 *   with other work they include time the page's thread was waiting for a
 *   core.
 * - CPU: the same tasks by the CPU time the page's main thread spent in
 *   them (a Chromium trace's RunTask events, thread time), which other work
 *   on the machine does not inflate: the longest, and how many over 50 ms.
 * Targets (issues 20 and 21): no long task over 50 ms while typing at 1,000
 * records, locked or not; 10,000 records load in under 1 s. Records are put
 * in place with Playwright's storageState, so this file never touches storage
 * itself. On a machine busy with other work the wall-clock maxima are
 * noisy: read the CPU column, and compare runs made side by side.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { createSiteServer } from "../scripts/site-server.ts";

function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}

const dist = resolve(flag("dist", "dist"));
const counts = flag("counts", "1,1000").split(",").map(Number);
/** "unlocked", "locked" or both. */
const modes = flag("modes", "unlocked,locked").split(",");
/** Tools whose name contains one of these (default: all). */
const only = flag("tools", "").split(",").filter(Boolean);
const LOCK_PASS = "bench kettle harbour";
const bursts = Number(flag("bursts", "12"));
const port = Number(flag("port", "4690"));
const origin = `http://127.0.0.1:${port}`;
if (!existsSync(resolve(dist, "worksheet/index.html"))) {
  console.error(`No built site in ${dist}. Build first (OUT_DIR=${dist} npm run build).`);
  process.exit(1);
}

/** About `chars` characters of words, different for each seed. */
const para = (seed: number, chars: number) => {
  const words = ["interview", "answer", "practise", "feedback", "calm", "story", "team", "role"];
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${words[(seed + i * 7) % words.length]} `;
  return out.slice(0, chars);
};

interface Tool {
  name: string;
  path: string;
  store: string;
  /** One stored record (its `r`), about as full as a real one. */
  record(i: number, id: string, at: number): Record<string, unknown>;
  /** The field typed into, once the page is up (the newest record is open). */
  field(page: Page): Promise<ReturnType<Page["locator"]>>;
  /** False when typing does not save by itself (a small win waits for its Add button). */
  autosaves?: false;
}

const base = (id: string, at: number) => ({ id, createdAt: at, updatedAt: at, copyOf: "" });
const exercise = (name: string, store: string, selector: string, more: (i: number) => object) => ({
  name,
  path: `/exercises/${store}/`,
  store,
  record: (i: number, id: string, at: number) => ({ ...base(id, at), name: "", ...more(i) }),
  field: async (page: Page) => page.locator(selector),
});

const TOOLS: Tool[] = [
  {
    name: "worksheet",
    path: "/worksheet/",
    store: "worksheet",
    record: (i, id, at) => ({
      ...base(id, at),
      date: "",
      steps: [],
      role: `Role ${i}`,
      company: `Company ${i}`,
      interviewer: "",
      feeling: para(i, 700),
      wentWell: para(i + 1, 700),
      differently: "",
      workOn: para(i + 2, 500),
      advice: "",
      kindNote: "",
    }),
    field: async (page) => page.locator("#ws-wentWell"),
  },
  exercise("expressive writing", "expressive-writing", "#ex-text", (i) => ({
    day: 1 + (i % 5),
    text: para(i, 2000),
  })),
  exercise("kind letter", "kind-letter", "#ex-first", (i) => ({
    steps: {
      "what-happened": para(i, 600),
      "what-a-friend-would-say": para(i + 1, 600),
      "others-go-through-this": para(i + 2, 400),
      "what-next": para(i + 3, 400),
    },
  })),
  exercise("thought record", "thought-record", "#ex-first", (i) => ({
    situation: para(i, 500),
    thought: para(i + 1, 400),
    evidenceFor: para(i + 2, 400),
    evidenceAgainst: para(i + 3, 400),
  })),
  {
    name: "plans",
    path: "/plan/",
    store: "plans",
    record: (i, id, at) => ({
      ...base(id, at),
      situation: `it is day ${i}`,
      action: para(i, 120),
      date: "",
      time: "",
      weekly: false,
      done: false,
      doneAt: 0,
    }),
    field: async (page) => {
      await page.locator("#plan-tool[data-hydrated]").waitFor({ timeout: 60_000 });
      return page.getByLabel("If…").first();
    },
  },
  {
    name: "application log",
    path: "/log/",
    store: "log-applications",
    record: (i, id, at) => ({
      ...base(id, at),
      role: `Role ${i}`,
      company: `Company ${i}`,
      date: "2026-11-02",
      stage: "applied",
      interviewDate: "",
      nextAction: para(i, 80),
      nextDate: "",
      stoppedAt: "",
      link: "",
      contact: "",
      // Empty, so that 10,000 of them still fit in localStorage's 5 MB.
      notes: "",
    }),
    field: async (page) => {
      await page.locator("#log-tool[data-hydrated]").waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Edit" }).first().click();
      return page.getByLabel("Notes (optional)").first();
    },
  },
  {
    name: "small wins",
    path: "/log/",
    store: "log-wins",
    record: (i, id, at) => ({ ...base(id, at), text: para(i, 90), date: "2026-11-02" }),
    field: async (page) => {
      await page.locator("#log-tool[data-hydrated]").waitFor({ timeout: 60_000 });
      return page.locator("#log-win");
    },
    autosaves: false,
  },
];

/** What each tool's page holds in storage with `n` records. */
function stored(tool: Tool, n: number): { name: string; value: string }[] {
  const now = Date.UTC(2026, 11, 1);
  return Array.from({ length: n }, (_, i) => {
    const id = `bench${String(i).padStart(5, "0")}`;
    const r = tool.record(i, id, now - (n - i) * 60_000);
    return { name: `bounce-back:${tool.store}:r:${id}`, value: JSON.stringify({ v: 1, r }) };
  });
}

/** Counts keystrokes, autosaves and long tasks in the page (installed before it loads). */
function instrument(): void {
  const w = window as unknown as Record<string, number[]>;
  w.keys = [];
  w.saves = [];
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) w.longTasks?.push(t.duration);
  }).observe({ type: "longtask" });
  const set = window.setTimeout;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
    set(
      ms === 400 && typeof fn === "function"
        ? () => {
            const t = performance.now();
            fn();
            w.saves?.push(performance.now() - t);
          }
        : fn,
      ms,
      ...rest,
    )) as typeof window.setTimeout;
  addEventListener(
    "keydown",
    () => {
      const t = performance.now();
      set(() => w.keys?.push(performance.now() - t), 0);
    },
    true,
  );
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

/** Sets the lock through the about page, as a person would; an error if it refused. */
async function setLock(page: Page): Promise<string | null> {
  await page.goto(`${origin}/about/#lock`);
  await page.locator("#lock-new-pass").fill(LOCK_PASS);
  await page.locator("#lock-new-again").fill(LOCK_PASS);
  await page.getByRole("button", { name: "Lock my writing" }).click();
  const done = page.getByRole("status").filter({ hasText: "now locked" });
  const refused = page.locator("#lock-new-error");
  await done.or(refused).waitFor({ timeout: 120_000 });
  return (await refused.isVisible()) ? await refused.textContent() : null;
}

/** Waits until the page has had no long task for half a second (at most 20 s); the longest task so far. */
async function settled(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const w = window as unknown as Record<string, number[]>;
        const start = performance.now();
        let seen = -1;
        let quietSince = performance.now();
        const check = () => {
          const n = w.longTasks?.length ?? 0;
          if (n !== seen) {
            seen = n;
            quietSince = performance.now();
          }
          if (performance.now() - quietSince >= 500 || performance.now() - start > 20_000)
            done(Math.max(0, ...(w.longTasks ?? [])));
          else setTimeout(check, 100);
        };
        check();
      }),
  );
}

interface Row {
  tool: string;
  mode: string;
  records: number;
  /** Why it was not measured (the lock refused, or the page failed). */
  refused: string | null;
  readyMs?: number;
  loadLongest?: number;
  keystrokeMedian?: number;
  keystrokeMax?: number;
  saves?: number;
  saveMedian?: number;
  saveMax?: number;
  longTasks?: number;
  longestTask?: number;
  /** By the main thread's CPU time while typing: tasks over 50 ms, and the longest. */
  cpuLong?: number;
  cpuLongest?: number;
}

/**
 * The renderer main thread's tasks in a Chromium trace, by thread (CPU) time
 * in ms: RunTask events with their "tdur" (microseconds).
 */
function cpuTasks(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.name === "RunTask" && e.ph === "X" && main.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.tdur ?? 0) / 1000);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

async function measure(browser: Browser, tool: Tool, n: number, mode: string): Promise<Row> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [{ origin, localStorage: stored(tool, n) }] },
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const refused = mode === "locked" ? await setLock(page) : null;
  if (refused) {
    await context.close();
    return { tool: tool.name, mode, records: n, refused };
  }
  const start = Date.now();
  await page.goto(`${origin}${tool.path}`);
  const box = await tool.field(page);
  await box.waitFor({ timeout: 60_000 });
  const readyMs = Date.now() - start;
  const loadLongest = await settled(page);
  await box.click();
  await page.keyboard.press("End");
  await page.evaluate(() => {
    const w = window as unknown as Record<string, number[]>;
    w.keys = [];
    w.saves = [];
    w.longTasks = [];
  });
  await browser.startTracing(undefined, {
    categories: ["disabled-by-default-devtools.timeline", "devtools.timeline", "toplevel"],
  });
  for (let b = 0; b < bursts; b++) {
    await page.keyboard.type(" more", { delay: 40 });
    await page.waitForTimeout(550);
  }
  const cpu = cpuTasks(await browser.stopTracing());
  const r = await page.evaluate(() => {
    const w = window as unknown as Record<string, number[]>;
    return { keys: w.keys ?? [], saves: w.saves ?? [], longTasks: w.longTasks ?? [] };
  });
  await context.close();
  const ms = (x: number) => +x.toFixed(1);
  return {
    tool: tool.name,
    mode,
    records: n,
    refused: null,
    readyMs,
    loadLongest: ms(loadLongest),
    keystrokeMedian: ms(pct(r.keys, 0.5)),
    keystrokeMax: ms(Math.max(0, ...r.keys)),
    saves: tool.autosaves === false ? -1 : r.saves.length,
    saveMedian: ms(pct(r.saves, 0.5)),
    saveMax: ms(Math.max(0, ...r.saves)),
    longTasks: r.longTasks.length,
    longestTask: ms(Math.max(0, ...r.longTasks)),
    cpuLong: cpu.filter((t) => t > 50).length,
    cpuLongest: ms(Math.max(0, ...cpu)),
  };
}

/** Opening /log/ with this many applications: until its list shows. */
async function loadTime(browser: Browser, n: number): Promise<number> {
  const log = TOOLS.find((t) => t.store === "log-applications") as Tool;
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [{ origin, localStorage: stored(log, n) }] },
  });
  const page = await context.newPage();
  await page.goto(`${origin}/log/`);
  await page.locator("#log-tool[data-hydrated]").waitFor();
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return performance.now() - nav.domContentLoadedEventEnd;
  });
  await context.close();
  return Math.round(ms);
}

/** The results as a table: one row per tool, records and mode. */
function table(rows: Row[]): string[] {
  const head = [
    "tool",
    "records",
    "mode",
    "ready",
    "load: longest task",
    "keystroke med / max",
    "autosave med / max",
    "while typing: long tasks (longest)",
    "CPU: longest task (over 50)",
  ];
  const cells = rows.map((r) =>
    r.refused !== null
      ? [r.tool, String(r.records), r.mode, `not measured: ${r.refused}`]
      : [
          r.tool,
          String(r.records),
          r.mode,
          String(r.readyMs),
          String(r.loadLongest),
          `${r.keystrokeMedian} / ${r.keystrokeMax}`,
          r.saves === -1 ? "–" : `${r.saveMedian} / ${r.saveMax}`,
          `${r.longTasks} (${r.longestTask})`,
          `${r.cpuLongest} (${r.cpuLong})${(r.cpuLongest ?? 0) > 50 ? " over 50" : ""}`,
        ],
  );
  // A row not measured says why after its first three cells, outside the columns.
  const measured = cells.filter((c) => c.length === head.length);
  const width = head.map((h, i) => Math.max(h.length, ...measured.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) =>
    c
      .map((x, i) =>
        i < 3 || i === c.length - 1 ? x.padEnd(width[i] ?? 0) : x.padStart(width[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(head), width.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
}

const server = createSiteServer({ root: dist, base: "/" });
await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  existsSync(p),
);
const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium } : {});
try {
  const rows: Row[] = [];
  const tools = TOOLS.filter((t) => only.length === 0 || only.some((o) => t.name.includes(o)));
  for (const tool of tools)
    for (const n of counts)
      for (const mode of modes) {
        try {
          rows.push(await measure(browser, tool, n, mode));
        } catch (e) {
          const why = String(e).split("\n")[0] ?? "";
          console.error(`${tool.name}, ${n} records, ${mode}: not measured (${why})`);
          rows.push({ tool: tool.name, mode, records: n, refused: why });
        }
      }
  // Only when the log is measured; a failure here still prints the rows
  // measured above (NaN fails the target).
  const withLog = tools.some((t) => t.path === "/log/");
  const big = withLog
    ? await loadTime(browser, 10_000).catch((e: unknown) => {
        console.error(`/log/ with 10,000 applications: not measured (${String(e).split("\n")[0]})`);
        return Number.NaN;
      })
    : null;
  console.log(`\nLocal store benchmark, Chromium ${browser.version()}, ${bursts} bursts of typing`);
  console.log(
    "Times in ms. Typing starts once the page has settled; the target is the last column (CPU time, so other work on the machine does not count).\n",
  );
  for (const line of table(rows)) console.log(line);
  if (big !== null)
    console.log(
      `\n/log/ with 10,000 applications: ready ${big} ms after DOMContentLoaded (target: under 1,000)`,
    );
  const at1000 = rows.filter((r) => r.records >= 1000);
  const worst = Math.max(0, ...at1000.map((r) => r.longestTask ?? Number.NaN));
  const worstCpu = Math.max(0, ...at1000.map((r) => r.cpuLongest ?? Number.NaN));
  const pass = worstCpu <= 50 && (big === null || big < 1000);
  console.log(
    `Longest task while typing at 1,000 records: ${worstCpu} ms of CPU (${worst} ms wall-clock); target: none over 50. ${pass ? "PASS" : "FAIL"}`,
  );
  console.log(JSON.stringify({ rows, log10k: big }));
} finally {
  await browser.close();
  server.close();
}
