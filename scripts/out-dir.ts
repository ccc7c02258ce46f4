/**
 * Building into a folder outside the project, as hosts' pipelines do.
 *
 * Astro decides whether its output folder is inside the project with a plain
 * string test: `outDir.startsWith(process.cwd())`. When it is, Astro writes
 * its pre-render chunks into `<outDir>/.prerender/` and imports them from
 * there; when it is not, it uses a folder inside the project instead. So a
 * sibling folder whose path merely starts with the project's (the project in
 * /work/site, the output in /work/site-build or ../site-dist) passes the test
 * without being inside, the chunks land out there, and Node cannot find the
 * project's packages from them: "Cannot find package '@oslojs/encoding'".
 * (Astro 7.3, astro/dist/core/build/common.js, getOutDirWithinCwd.)
 *
 * The build avoids the trap by building such a folder inside the project
 * first (node_modules/.cache/bounce-back-build/) and moving it at the end.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";

/** True when Astro would take `out` for a folder inside `root` although it is not. */
export function astroMisplacesPrerender(out: string, root: string = process.cwd()): boolean {
  const o = resolve(out);
  const r = resolve(root);
  const inside = o === r || o.startsWith(r + sep);
  return !inside && o.startsWith(r);
}

/** Where to build for `target`: the target itself, or a folder inside the project when Astro would misplace its chunks. */
export function stagingDir(target: string, root: string = process.cwd()): string {
  return astroMisplacesPrerender(target, root)
    ? join(resolve(root), "node_modules", ".cache", "bounce-back-build")
    : resolve(target);
}

/** Moves the finished build from `from` to `to`, replacing what was there (as Astro empties its outDir). */
export function moveBuild(from: string, to: string): void {
  if (resolve(from) === resolve(to)) return;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    // Another file system: copy, then remove the staging folder.
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  if (!existsSync(to)) throw new Error(`The build could not be moved to ${to}.`);
}
