/**
 * Renders the PNG icons, the favicon.ico and the social sharing image from
 * public/favicon.svg with headless Chromium. Run by hand when the logo changes:
 *   node scripts/make-icons.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("public/favicon.svg", "utf8");
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage();

async function icon(size: number, padding = 0, background = "transparent"): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - padding * 2;
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  return page.screenshot({ omitBackground: background === "transparent" });
}

writeFileSync("public/icon-192.png", await icon(192));
writeFileSync("public/icon-512.png", await icon(512, 48, "#0a6158"));
// Maskable: the logo inside the middle 80% circle that every mask shape keeps.
writeFileSync("public/icon-maskable-512.png", await icon(512, 112, "#0a6158"));
writeFileSync("public/apple-touch-icon.png", await icon(180, 14, "#fbf8f3"));

// favicon.ico: one 32x32 PNG inside an ICO container.
const png32 = await icon(32);
const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt8(0, 8);
header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png32.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync("public/favicon.ico", Buffer.concat([header, png32]));

// Social sharing image, 1200x630.
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;background:#fbf8f3;font-family:system-ui,sans-serif;color:#1e2124">
  <div style="padding:0 96px;display:flex;gap:48px;align-items:center">
    ${svg.replace("<svg ", '<svg width="220" height="220" ')}
    <div><div style="font-size:88px;font-weight:800">Bounce Back</div>
    <div style="font-size:40px;margin-top:16px;color:#50565d;max-width:760px">Kind, practical help after a job interview that ended in a no.</div></div>
  </div></body>`);
writeFileSync("public/og-image.png", await page.screenshot());

await browser.close();
console.log("Icons written to public/");
