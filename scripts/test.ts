/**
 * `npm test`: every check the project makes, in three stages, with the checks of a
 * stage run side by side (they share nothing but the files they read), so both
 * cores are busy. A stage starts only when the one before has passed.
 *   1. lint (Biome), spelling (cspell), types (astro check), unit tests (Vitest)
 *   2. the production build (one build, used by everything after it). Not beside
 *      the type check: both write Astro's content store (node_modules/.astro), and
 *      on a fresh clone one removed the other's file mid-write.
 *   3. HTML validation, the tests over the built files, and the end-to-end tests
 *      (Playwright, two workers: see playwright.config.ts).
 * Each check's output is printed whole when it ends, under its name, with its time.
 */
import { spawn } from "node:child_process";

type Check = [name: string, script: string];

const STAGES: Check[][] = [
  [
    ["lint", "lint"],
    ["spelling", "spell"],
    ["types", "check"],
    ["unit tests", "test:unit"],
  ],
  [["build", "build"]],
  [
    ["HTML validation", "test:html"],
    ["tests over the built site", "test:built"],
    ["end-to-end tests", "test:e2e"],
  ],
];

interface Result {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Runs one npm script, keeping its output until it ends so that parallel checks do not interleave. */
function run([name, script]: Check): Promise<Result> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "0" },
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      process.stdout.write(
        `\n── ${name} (npm run ${script}) ${ok ? "passed" : "FAILED"} in ${seconds.toFixed(1)} s ──\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve({ name, ok, seconds });
    });
  });
}

const results: Result[] = [];
const started = performance.now();
for (const stage of STAGES) {
  const done = await Promise.all(stage.map(run));
  results.push(...done);
  if (done.some((r) => !r.ok)) break;
}

const total = (performance.now() - started) / 1000;
const failed = results.filter((r) => !r.ok);
console.log("\n── summary ──");
for (const r of results)
  console.log(`${r.ok ? "passed" : "FAILED"}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.name}`);
console.log(`${failed.length ? "npm test FAILED" : "npm test passed"} in ${total.toFixed(1)} s`);
console.log(`checks: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
