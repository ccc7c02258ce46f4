/**
 * Scale benchmark (not part of `npm test`): for each corpus size, generate the
 * articles, build the site with them through every step of the production
 * build (scripts/build.ts: astro build, modules, Pagefind, pre-cache list,
 * compression), each step timed, then time search queries in Chromium against
 * the built corpus. Prints a table and writes JSON to bench/results/.
 *
 *   npm run bench                       (20 and 1,000 articles)
 *   npm run bench -- --sizes 100,1000 --queries 50 --concurrency 2
 *   npm run bench -- --queries 0        (the build alone)
 *
 * Everything it generates goes to bench/.work/ (gitignored); the real site's
 * dist/ and content cache are not touched.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { buildEnv, buildSteps } from "../scripts/build.ts";
import { precacheList } from "../scripts/precache.ts";
import { PAGEFIND_OPTIONS } from "../src/lib/search/config.ts";
import { writeCorpus } from "./corpus.ts";
import { QUERIES } from "./words.ts";

const ROOT = resolve(import.meta.dirname, "..");
const WORK = join(ROOT, "bench/.work");
const RESULTS = join(ROOT, "bench/results");
const TIME = "/usr/bin/time";

function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

const sizes = flag("sizes", "20,1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
/** Search queries timed per size; 0 times the build alone. */
const queryCount = Number(flag("queries", "50"));
const concurrency = flag("concurrency", "");

interface Timed {
  seconds: number;
  userSeconds: number | null;
  systemSeconds: number | null;
  peakMemoryMb: number | null;
  log: string;
}

/** Runs a command to the end, with wall time, CPU time and peak memory from GNU time when present. */
function timed(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Timed {
  const log = join(WORK, `${label}.log`);
  const stats = join(WORK, `${label}.time`);
  const useTime = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(
    useTime ? TIME : command,
    useTime ? ["-f", "%e %U %S %M", "-o", stats, command, ...args] : args,
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  const wall = (performance.now() - start) / 1000;
  writeFileSync(log, `${result.stdout ?? ""}\n${result.stderr ?? ""}`);
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}); see ${relative(ROOT, log)}`);
  }
  if (!useTime)
    return { seconds: wall, userSeconds: null, systemSeconds: null, peakMemoryMb: null, log };
  const [elapsed, user, system, maxKb] = readFileSync(stats, "utf8")
    .trim()
    .split(/\s+/)
    .slice(-4)
    .map(Number);
  return {
    seconds: elapsed ?? wall,
    userSeconds: user ?? null,
    systemSeconds: system ?? null,
    peakMemoryMb: maxKb ? Math.round(maxKb / 1024) : null,
    log,
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The search index proper: what a visitor's searches can download (not Pagefind's own UI kits). */
function indexStats(pagefindDir: string) {
  const files = walk(pagefindDir).filter(
    (f) => !/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(f),
  );
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const byKind: Record<string, number> = {};
  for (const f of files) {
    const kind = f.includes("/fragment/")
      ? "fragment"
      : f.includes("/index/")
        ? "index"
        : f.includes("/filter/")
          ? "filter"
          : "other";
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return { files: files.length, bytes, byKind };
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server at ${url} did not start`);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0)
    : 0;

interface QueryTimes {
  firstSearchMs: number;
  /** pagefind.search alone, without loading the five results. */
  searchOnlyMedianMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  queries: number;
  firstSearchBytes: number;
  firstSearchGzipBytes: number;
  firstSearchFiles: number;
}

/**
 * Times searches in Chromium on a page of the built corpus. The first search
 * includes loading pagefind.js, its WebAssembly and the index chunks; every
 * query is pagefind.search plus data() of the first five results. Pagefind
 * gets the search UI's options, with `noWorker` set as asked: true runs it on
 * the page's main thread (as the UI does), false in its web worker.
 */
async function timeQueries(dist: string, port: number, noWorker: boolean): Promise<QueryTimes> {
  const server = spawn(
    process.execPath,
    [join(ROOT, "scripts/serve.ts"), dist, "--port", String(port)],
    {
      cwd: ROOT,
      stdio: "ignore",
    },
  );
  try {
    // A plain article page: no islands, so nothing else competes with the search.
    const article = readdirSync(join(dist, "articles"), { withFileTypes: true }).find((e) =>
      e.isDirectory(),
    );
    const start = `http://localhost:${port}/articles/${article?.name ?? ""}/`;
    await waitForServer(start, server);
    const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
      existsSync(p),
    );
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      // Warm the browser itself up (process start, first navigation) in a throwaway context,
      // then measure in a fresh one, so "first search" is the page's cost, not Chromium's.
      const warm = await browser.newContext();
      await (await warm.newPage()).goto(start, { waitUntil: "networkidle" });
      await warm.close();
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(start, { waitUntil: "networkidle" });
      requested.length = 0;
      const queries = Array.from(
        { length: queryCount },
        (_, i) => QUERIES[i % QUERIES.length] as string,
      );
      const options = { ...PAGEFIND_OPTIONS, noWorker };
      const result = await page.evaluate(
        async ({ qs, options }) => {
          type Hit = { data(): Promise<unknown> };
          type Api = {
            options(o: object): Promise<void>;
            search(q: string): Promise<{ results: Hit[] }>;
          };
          const searchOnly: number[] = [];
          const load = async (q: string, pf: Api) => {
            const t = performance.now();
            const s = await pf.search(q);
            searchOnly.push(performance.now() - t);
            await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
          };
          const t0 = performance.now();
          const url = "/pagefind/pagefind.js";
          const pf = (await import(url)) as Api;
          await pf.options(options);
          await load(qs[0] ?? "feedback", pf);
          const first = performance.now() - t0;
          // Worker fetches are not in the page's resource timing, so count requests outside instead.
          const marker = new URL("/?first-search-done", location.href).href;
          await fetch(marker).catch(() => undefined);
          const times: number[] = [];
          for (const q of qs.slice(1)) {
            const t = performance.now();
            await load(q, pf);
            times.push(performance.now() - t);
          }
          return { first, times, searchOnly: searchOnly.slice(1) };
        },
        { qs: queries, options },
      );
      // What the first search downloaded, gzipped as a host would serve it (Pagefind's
      // index files are gzipped already, so they barely change).
      const firstRequests = requested.slice(0, requested.indexOf("/"));
      const files = [...new Set(firstRequests)]
        .map((p) => join(dist, p))
        .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
      const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
      const gzip = files.reduce((s, f) => s + gz(readFileSync(f)), 0);
      const sorted = [...result.times].sort((a, b) => a - b);
      const searchSorted = [...result.searchOnly].sort((a, b) => a - b);
      return {
        firstSearchMs: round(result.first),
        searchOnlyMedianMs: round(percentile(searchSorted, 50)),
        medianMs: round(percentile(sorted, 50)),
        p95Ms: round(percentile(sorted, 95)),
        maxMs: round(sorted.at(-1) ?? 0),
        queries: result.times.length + 1,
        firstSearchBytes: bytes,
        firstSearchGzipBytes: gzip,
        firstSearchFiles: files.length,
      };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const kb = (bytes: number) => `${round(bytes / 1024)} KB`;

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  const runs = [];

  for (const [i, n] of sizes.entries()) {
    const loadAtStart = round(loadavg()[0] ?? 0, 2);
    console.log(`\n▶ ${n} articles (load average ${loadAtStart})`);
    const corpus = writeCorpus(n, join(WORK, `content-${n}`), join(ROOT, "content/articles"));
    console.log(
      `  corpus: ${corpus.real} real + ${corpus.generated} generated (≈${corpus.meanWords} words each)`,
    );
    const dist = join(WORK, `dist-${n}`);
    const cache = join(WORK, `cache-${n}`);
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });

    // The production build's own steps (scripts/build.ts), each timed on its own.
    const env = buildEnv({
      BB_CONTENT_DIR: corpus.dir,
      BB_CACHE_DIR: cache,
      ...(concurrency ? { BB_BUILD_CONCURRENCY: concurrency } : {}),
      ASTRO_TELEMETRY_DISABLED: "1",
    });
    const steps: Record<string, Timed> = {};
    for (const step of buildSteps(dist, "bench/astro.config.mjs")) {
      steps[step.name] = timed(
        `${step.name.replace(/\W+/g, "-")}-${n}`,
        step.command,
        step.args,
        env,
      );
      console.log(`  ${step.name}: ${round(steps[step.name]?.seconds ?? 0, 2)} s`);
    }
    const build = steps["astro build"] as Timed;
    const index = steps.pagefind as Timed;
    const pages = walk(dist).filter((f) => f.endsWith(".html")).length;
    console.log(`  ${pages} pages, astro build peak ${build.peakMemoryMb} MB`);
    const indexed = Number(/Indexed (\d+) pages/.exec(readFileSync(index.log, "utf8"))?.[1] ?? 0);
    const stats = indexStats(join(dist, "pagefind"));
    console.log(`  pagefind: ${indexed} pages, ${stats.files} files, ${kb(stats.bytes)}`);
    const stepSeconds = Object.fromEntries(
      Object.entries(steps).map(([name, t]) => [name, round(t.seconds, 2)]),
    );
    const wholeBuild = Object.values(steps).reduce((sum, t) => sum + t.seconds, 0);
    /** Everything but astro build and Pagefind: the extra modules, the pre-cache list, compression. */
    const extra = wholeBuild - build.seconds - index.seconds;
    console.log(
      `  whole build ${round(wholeBuild, 2)} s; steps besides astro build and Pagefind ${round(extra, 2)} s (${round((100 * extra) / wholeBuild)} %)`,
    );

    // What the service worker would pre-cache (scripts/precache.ts; above 5 MB, not article pages).
    const precache = await precacheList(dist);
    const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`;
    console.log(
      `  pre-cache: ${precache.entries.length} files, ${mb(precache.bytes)}${precache.everything ? " (everything)" : ` (core pages, assets and search; the whole site is ${mb(precache.allBytes)}, so article pages are cached as they are read)`}`,
    );

    // As the search UI runs Pagefind, and for comparison the other way (web worker or not).
    const uiNoWorker = PAGEFIND_OPTIONS.noWorker ?? false;
    const mode = (noWorker: boolean) => (noWorker ? "main thread" : "web worker");
    const queries = queryCount > 0 ? await timeQueries(dist, 4400 + i, uiNoWorker) : null;
    const other = queryCount > 0 ? await timeQueries(dist, 4400 + i, !uiNoWorker) : null;
    for (const [name, q] of [
      [mode(uiNoWorker), queries],
      [mode(!uiNoWorker), other],
    ] as const) {
      if (q)
        console.log(
          `  queries (${name}): first ${q.firstSearchMs} ms, median ${q.medianMs} ms (search alone ${q.searchOnlyMedianMs} ms), p95 ${q.p95Ms} ms`,
        );
    }

    const total = build.seconds + index.seconds;
    const extraSeconds = round(extra, 2);
    runs.push({
      articles: corpus.articles,
      loadAverageAtStart: loadAtStart,
      realArticles: corpus.real,
      generatedArticles: corpus.generated,
      meanWordsGenerated: corpus.meanWords,
      htmlPages: pages,
      buildSeconds: round(build.seconds, 2),
      buildCpuSeconds:
        build.userSeconds !== null
          ? round((build.userSeconds ?? 0) + (build.systemSeconds ?? 0), 2)
          : null,
      buildPeakMemoryMb: build.peakMemoryMb,
      precacheFiles: precache.entries.length,
      precacheBytes: precache.bytes,
      precacheEverything: precache.everything,
      indexSeconds: round(index.seconds, 2),
      indexPeakMemoryMb: index.peakMemoryMb,
      totalSeconds: round(total, 2),
      stepSeconds,
      wholeBuildSeconds: round(wholeBuild, 2),
      extraStepsSeconds: extraSeconds,
      extraStepsShare: round(extra / wholeBuild, 3),
      pagesPerSecond: round(pages / total, 1),
      indexedPages: indexed,
      indexFiles: stats.files,
      indexBytes: stats.bytes,
      indexFilesByKind: stats.byKind,
      pagefindMode: mode(uiNoWorker),
      ...queries,
      otherMode: { mode: mode(!uiNoWorker), ...other },
    });
  }

  const report = {
    date: new Date().toISOString(),
    loadAverage: loadavg().map((n) => round(n, 2)),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGb: round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    buildConcurrency: concurrency ? Number(concurrency) : "default (astro.config.mjs)",
    runs,
  };

  /** A table row: its label, then one cell per corpus size. */
  const row = (
    label: string,
    cell: (r: (typeof report.runs)[number]) => string | number | null,
  ) => [label, ...report.runs.map((r) => String(cell(r) ?? "n/a"))];
  const otherMode = runs[0]?.otherMode.mode ?? "other";
  const q = (value: number | undefined) => value ?? null;
  const rows = [
    row("articles", (r) => r.articles),
    row("HTML pages", (r) => r.htmlPages),
    ...Object.keys(runs[0]?.stepSeconds ?? {}).map((name) =>
      row(`${name} (s)`, (r) => r.stepSeconds[name] ?? null),
    ),
    row("whole build (s)", (r) => r.wholeBuildSeconds),
    row("  besides astro build + pagefind (s)", (r) => r.extraStepsSeconds),
    row("  … share of the whole build", (r) => `${round(r.extraStepsShare * 100)} %`),
    row("astro build + pagefind (s)", (r) => r.totalSeconds),
    row("pages per second", (r) => r.pagesPerSecond),
    row("peak memory, build (MB)", (r) => r.buildPeakMemoryMb),
    row("peak memory, pagefind (MB)", (r) => r.indexPeakMemoryMb),
    row("index size", (r) => kb(r.indexBytes)),
    row("index files", (r) => r.indexFiles),
    row("first search (ms)", (r) => q(r.firstSearchMs)),
    row("query median (ms)", (r) => q(r.medianMs)),
    row("query p95 (ms)", (r) => q(r.p95Ms)),
    row("  search() alone, median (ms)", (r) => q(r.searchOnlyMedianMs)),
    row(`first search, ${otherMode} (ms)`, (r) => q(r.otherMode.firstSearchMs)),
    row(`query median, ${otherMode} (ms)`, (r) => q(r.otherMode.medianMs)),
    row("first search downloads (gzip)", (r) =>
      r.firstSearchGzipBytes === undefined ? null : kb(r.firstSearchGzipBytes),
    ),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  console.log(
    `\nScale benchmark — ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, load average ${report.loadAverage.join(" ")}`,
  );
  for (const [r, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  "),
    );
    if (r === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }

  const stamp = report.date.replace(/[:.]/g, "-");
  const file = join(RESULTS, `bench-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${relative(ROOT, file)}`);
}

await main();
