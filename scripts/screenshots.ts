/**
 * Saves screenshots of pages of the built site at phone and desktop widths, in
 * light and dark, to a folder (default /tmp/shots). The site must be served
 * already (npm run serve). Usage:
 *   node scripts/screenshots.ts [--base http://localhost:4480] [--out /tmp/shots]
 *     [--widths 360,1280] [--schemes light,dark] [--full] /path/ ...
 * The README's two come from this script (see "Screenshots" in docs/ARCHITECTURE.md).
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 2)[1] ?? fallback) : fallback;
};
const base = flag("--base", "http://localhost:4480");
const out = flag("--out", "/tmp/shots");
const widths = flag("--widths", "360,1280").split(",").map(Number);
const schemes = flag("--schemes", "light,dark").split(",") as ("light" | "dark")[];
const full = args.includes("--full");
const paths = args.filter((a) => a.startsWith("/"));
mkdirSync(out, { recursive: true });

const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const width of widths) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    for (const path of paths.length ? paths : ["/"]) {
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: full });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
