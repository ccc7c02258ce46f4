/**
 * The production build, every step in order, into one folder:
 * astro build → the modules outside Astro's bundles (lock.js, site-markdown.js) →
 * Pagefind's index → the service worker's pre-cache list → compressed copies
 * (.br, .gz), last, so sw.js's copies hold the list.
 * Later steps that need the finished folder (such as the service worker's
 * pre-cache list) belong at the end of buildSteps. Each step's time is
 * printed at the end; bench/run.ts runs the same steps on a large corpus.
 *
 * Usage: node scripts/build.ts [folder]   (default dist/, or OUT_DIR)
 * BASE_PATH and SITE_URL are read by astro.config.mjs.
 */
import { execFileSync } from "node:child_process";
import { delimiter, dirname, resolve } from "node:path";
import { moveBuild, stagingDir } from "./out-dir.ts";

export interface BuildStep {
  name: string;
  command: string;
  args: string[];
}

const bin = (name: string) => resolve("node_modules/.bin", name);

/** The steps that build the site into `out`; `astroConfig` swaps astro.config.mjs (the benchmark's). */
export function buildSteps(out: string, astroConfig?: string): BuildStep[] {
  return [
    {
      name: "astro build",
      command: bin("astro"),
      args: ["build", "--outDir", out, ...(astroConfig ? ["--config", astroConfig] : [])],
    },
    { name: "modules", command: process.execPath, args: ["scripts/build-modules.ts", out] },
    { name: "pagefind", command: bin("pagefind"), args: ["--site", out] },
    { name: "pre-cache", command: process.execPath, args: ["scripts/precache.ts", out] },
    { name: "compress", command: process.execPath, args: ["scripts/compress.ts", out] },
  ];
}

/** The tools' own `#!/usr/bin/env node` must find this Node (24), not an older system one. */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    PATH: [dirname(process.execPath), resolve("node_modules/.bin"), process.env.PATH].join(
      delimiter,
    ),
  };
}

if (import.meta.main) {
  const target = resolve(process.argv[2] ?? process.env.OUT_DIR ?? "dist");
  // A folder Astro would mistake for one inside the project is built in here, then moved (scripts/out-dir.ts).
  const out = stagingDir(target);
  const times: [string, number][] = [];
  for (const step of buildSteps(out)) {
    const start = performance.now();
    execFileSync(step.command, step.args, { stdio: "inherit", env: buildEnv() });
    times.push([step.name, (performance.now() - start) / 1000]);
  }
  moveBuild(out, target);
  const total = times.reduce((sum, [, s]) => sum + s, 0);
  console.log(
    `Built in ${total.toFixed(1)} s: ${times.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(", ")}`,
  );
}
