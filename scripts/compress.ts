/**
 * Writes a .br and a .gz copy beside every text file in the built site, as
 * static hosts do, so the local server (scripts/site-server.ts) can serve
 * compressed files without compressing on every request. Pagefind's index
 * files are compressed already and are left alone; so are files under 1 KB
 * (a few hundred bytes saved, less than one network packet).
 *
 * The copies are made with Node's asynchronous zlib, which runs on libuv's
 * thread pool: every core works, and the files are read and written while
 * others compress. Levels, measured on this site's build (53 pages of 43 KB
 * on average, 64 assets; one core):
 *
 *   pages (2.3 MB)   brotli 5: 593 KB, 0.7 s   9: 587 KB, 10 s   10: 551 KB, 11 s   11: 535 KB, 21 s
 *   assets (0.8 MB)  brotli 5: 222 KB, 0.06 s  9: 219 KB, 2.3 s  10: 207 KB, 2.8 s  11: 203 KB, 6.5 s
 *   gzip 9 costs about what brotli 5 does (0.1 s for all pages) and level 6 saves nothing.
 *
 * So the shared, immutable assets (`_astro/`, and the modules at the root that
 * every page may load) get brotli 11: few files, fetched by every visitor, a
 * cost that does not grow with the number of articles. Pages, feeds and
 * sitemaps, which grow with every article, get brotli 5: within 1 % of 9 at a
 * fifteenth of the time (10 and 11 would save 7–10 % of a page's 11 KB and
 * cost 17–31 times as long). Hosts that compress themselves (Netlify,
 * Cloudflare, GitHub Pages) ignore these copies. The .gz copies stay: they
 * cost about 2 % of the step, and keep clients without brotli compressed.
 *
 * Usage: node scripts/compress.ts [folder]
 */
import { globSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const TEXT = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".svg",
  ".xml",
  ".txt",
  ".webmanifest",
  ".wasm",
]);
/** Smaller files are served as they are. */
export const MIN_BYTES = 1024;

/** Brotli quality for a path in the built site (see the table above). */
export function brotliQuality(path: string): number {
  const shared = path.startsWith("_astro/") || (!path.includes("/") && /\.m?js$/.test(path));
  return shared ? 11 : 5;
}

async function compressOne(root: string, name: string): Promise<boolean> {
  const file = join(root, name);
  const body = await readFile(file);
  if (body.length < MIN_BYTES) return false;
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(name),
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
  return true;
}

/** Compresses every text file under root, a few at a time per core; returns how many. */
export async function compressSite(root: string): Promise<number> {
  const names = globSync("**/*", { cwd: root }).filter((name) => TEXT.has(extname(name)));
  // The slowest (brotli 11) first, so they do not finish last on one thread.
  names.sort((a, b) => brotliQuality(b) - brotliQuality(a));
  let next = 0;
  let count = 0;
  const worker = async () => {
    for (let name = names[next++]; name !== undefined; name = names[next++])
      if (await compressOne(root, name)) count++;
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  return count;
}

if (import.meta.main) {
  const root = resolve(process.argv[2] ?? "dist");
  const count = await compressSite(root);
  console.log(`Compressed ${count} files in ${root} (.br and .gz)`);
}
