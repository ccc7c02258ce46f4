/**
 * Writes a .br and a .gz copy beside every text file in the built site, as
 * static hosts do, so the local server (scripts/site-server.ts) can serve
 * compressed files without compressing on every request. Pagefind's index
 * files are compressed already and are left alone.
 *
 * Usage: node scripts/compress.ts [folder]
 */
import { globSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
const root = resolve(process.argv[2] ?? "dist");
let count = 0;
for (const name of globSync("**/*", { cwd: root })) {
  if (!TEXT.has(extname(name))) continue;
  const file = join(root, name);
  const body = readFileSync(file);
  if (body.length < 512) continue;
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
  );
  count++;
}
console.log(`Compressed ${count} files in ${root} (.br and .gz)`);
