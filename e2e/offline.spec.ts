import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { expect, type Page, test } from "@playwright/test";

/**
 * The site offline, with its service worker (the one spec that allows them:
 * playwright.config.ts). It serves its own copy of the build from a small
 * server that reads every file on each request, so the test can ship a
 * changed sw.js half way through, as a deploy would.
 */
const dist = process.env.DIST_DIR ?? "dist";
const port = Number(process.env.E2E_PORT ?? 4322) + 100;
const origin = `http://localhost:${port}`;
let root = "";
let server: Server;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

function serve(): Promise<void> {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", origin).pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file);
    res.writeHead(found ? 200 : 404, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(readFileSync(found ? file : join(root, "404.html")));
  });
  return new Promise((done) => server.listen(port, done));
}

const dirsUnder = (folder: string) =>
  readdirSync(join(dist, folder)).filter((n) => statSync(join(dist, folder, n)).isDirectory());

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "bb-offline-"));
  cpSync(dist, root, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
  await serve();
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** Goes to a page and checks the service worker answered. */
async function fromWorker(page: Page, path: string) {
  const response = await page.goto(origin + path);
  expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
  expect(response?.status()).toBe(200);
}

test("after the first visit, the site works offline, and an update waits for Reload", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  // A plain article view downloads no Pagefind file itself.
  const [article, unread] = dirsUnder("articles").filter((n) =>
    readFileSync(join(dist, "articles", n, "index.html"), "utf8").includes("data-pagefind-body"),
  );
  const pagefindOnPage: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/") && !r.serviceWorker()) pagefindOnPage.push(r.url());
  });
  await page.goto(`${origin}/articles/${article}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  expect(pagefindOnPage).toEqual([]);

  await context.setOffline(true);

  await fromWorker(page, "/");
  await expect(page.locator("h1")).toBeVisible();

  await fromWorker(page, `/articles/${unread}/`);
  await expect(page.locator("article h1, h1").first()).toBeVisible();

  const check = dirsUnder("self-check")[0];
  await fromWorker(page, `/self-check/${check}/`);
  await expect(page.locator("[data-hydrated]").first()).toBeAttached();

  // Search from the dialog: Pagefind from the cache.
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("searchbox").fill("feedback");
  await expect(dialog.getByRole("status")).toHaveText(/^\d+ results? for “feedback”\.$/);
  expect(await dialog.locator("a[data-result-link]").count()).toBeGreaterThan(0);

  // The worksheet: write, reload, and the words are there.
  await fromWorker(page, "/worksheet/");
  const role = page.getByLabel("Role (optional)", { exact: true });
  await role.fill("Offline analyst");
  await expect(page.locator("#ws-save-status")).toHaveText(/Saved/);
  await page.reload();
  await expect(role).toHaveValue("Offline analyst");

  // A page that was never cached: the offline page.
  const missing = await page.goto(`${origin}/no-such-page/`);
  expect(missing?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();

  // A new version: served online; the notice waits, and nothing reloads until Reload.
  await context.setOffline(false);
  const swFile = join(root, "sw.js");
  writeFileSync(
    swFile,
    readFileSync(swFile, "utf8").replace(/"version":"([^"]+)"/, '"version":"$1-next"'),
  );
  await page.goto(`${origin}/worksheet/`);
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
  const notice = page.getByRole("status").filter({ hasText: "A new version of the site is ready" });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(role).toHaveValue("Offline analyst");

  const reload = notice.getByRole("button", { name: "Reload" });
  await reload.focus();
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
  expect(
    await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
  ).toBeUndefined();
  await expect(notice).toHaveCount(0);
  const names = await page.evaluate(() => caches.keys());
  expect(names.filter((n) => n.includes("precache"))).toEqual([expect.stringMatching(/-next$/)]);
});
