/**
 * The deploy-level check for a site that lives under a sub-path (a GitHub
 * Pages project site): builds with BASE_PATH=/bounce-back/ into its own folder
 * (dist/ is left alone), serves it under that path, crawls every page from the
 * home page and checks every link and asset answers, that nothing points
 * outside the base, and that a search from the header dialog finds results.
 *
 * Usage: node scripts/check-subpath.ts [--no-build]   (npm run test:subpath)
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { createSiteServer } from "./site-server.ts";

const BASE = "/bounce-back/";
const OUT = resolve("dist-subpath");

if (!process.argv.includes("--no-build")) {
  const env = { ...process.env, BASE_PATH: BASE, OUT_DIR: OUT };
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env });
}

const server = createSiteServer({ root: OUT, base: BASE });
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const problems: string[] = [];

/** Every URL a page points at: links, scripts, styles, icons, images, the manifest, forms. */
function referencesIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action|content)="([^"]+)"/g)) {
    const value = (m[1] ?? "").replaceAll("&amp;", "&");
    if (value.startsWith("/") || value.startsWith("http")) out.push(value);
  }
  // A meta refresh ("0; url=/x/") names a URL too.
  for (const m of html.matchAll(/content="\d+;\s*url=([^"]+)"/g)) out.push(m[1] ?? "");
  return out;
}

const seen = new Set<string>();
const queue = [`${origin}${BASE}`];
let pages = 0;
while (queue.length) {
  const url = queue.shift() as string;
  if (seen.has(url)) continue;
  seen.add(url);
  const res = await fetch(url, { redirect: "follow" });
  if (res.status !== 200) {
    problems.push(`${res.status} ${url.slice(origin.length)}`);
    continue;
  }
  if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) continue;
  pages++;
  const page = url.slice(origin.length);
  for (const ref of referencesIn(await res.text())) {
    let target: URL;
    try {
      target = new URL(ref, url);
    } catch {
      continue;
    }
    const isOurs = target.origin === origin || target.href.startsWith("https://bounceback.example");
    if (!isOurs) continue;
    if (!target.pathname.startsWith(BASE)) {
      problems.push(`${page} points outside ${BASE}: ${ref}`);
      continue;
    }
    if (target.origin !== origin) continue; // canonical and Open Graph URLs: checked for the base only
    target.hash = "";
    if (!seen.has(target.href)) queue.push(target.href);
  }
}

// A search from the header dialog, as a visitor would run it.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${origin}${BASE}articles/`);
  await page.getByRole("link", { name: "Search" }).first().click();
  const box = page.getByRole("dialog").getByRole("searchbox");
  await box.fill("feedback");
  const first = page
    .getByRole("dialog")
    .getByRole("link")
    .filter({ hasText: /feedback/i })
    .first();
  await first.waitFor({ timeout: 10_000 });
  const href = (await first.getAttribute("href")) ?? "";
  if (!href.startsWith(BASE)) problems.push(`search result outside the base: ${href}`);
} catch (error) {
  problems.push(`search from the dialog: ${String(error)}`);
} finally {
  await browser.close();
  server.close();
}

console.log(`Crawled ${pages} pages and ${seen.size - pages} other files under ${BASE}.`);
if (problems.length) {
  console.error(`${problems.length} problems:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`${seen.size} passed, 0 failed`);
