import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { astroMisplacesPrerender, moveBuild, stagingDir } from "../scripts/out-dir.ts";

describe("a build folder outside the project", () => {
  test("is misplaced by Astro only when its path starts with the project's without being inside it", () => {
    expect(astroMisplacesPrerender("/work/site-build", "/work/site")).toBe(true);
    expect(astroMisplacesPrerender("/work/site2", "/work/site")).toBe(true);
    expect(astroMisplacesPrerender("/work/site/dist", "/work/site")).toBe(false);
    expect(astroMisplacesPrerender("/work/elsewhere", "/work/site")).toBe(false);
    expect(astroMisplacesPrerender("/tmp/out", "/work/site")).toBe(false);
  });

  test("such a folder is built inside the project; any other is built where it is", () => {
    expect(stagingDir("/work/site-build", "/work/site")).toBe(
      "/work/site/node_modules/.cache/bounce-back-build",
    );
    expect(stagingDir("/work/elsewhere", "/work/site")).toBe("/work/elsewhere");
    expect(stagingDir("dist", "/work/site")).toMatch(/dist$/);
  });
});

describe("moveBuild", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("moves the finished build and replaces what was there", () => {
    dir = mkdtempSync(join(tmpdir(), "out-dir-"));
    const from = join(dir, "staging");
    const to = join(dir, "site-build", "public");
    mkdirSync(join(from, "help"), { recursive: true });
    writeFileSync(join(from, "help", "index.html"), "<h1>Help</h1>");
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, "stale.html"), "old");
    moveBuild(from, to);
    expect(readFileSync(join(to, "help", "index.html"), "utf8")).toBe("<h1>Help</h1>");
    expect(existsSync(join(to, "stale.html"))).toBe(false);
    expect(existsSync(from)).toBe(false);
  });
});
