/**
 * /for-advisers/: the handout's QR code, as the browser draws it, decodes to
 * the site's own address (SITE_URL and base path, as the page's canonical link
 * has them); the page prints the handout alone on one A4 sheet; it passes axe
 * in light and dark; and the footer and /about/ link to it.
 */
import jsQR from "jsqr";
import { expect, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

const PATH = "/for-advisers/";

/** The site's home address as this build has it: the canonical link's origin and the base path. */
async function siteAddress(page: import("@playwright/test").Page): Promise<string> {
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  const here = new URL(page.url());
  const base = here.pathname.slice(0, here.pathname.indexOf(PATH) + 1);
  return new URL(base, canonical).href;
}

test("the handout's QR code decodes to the site's own address", async ({ strictPage: page }) => {
  await page.goto(PATH);
  const svg = page.locator("[data-handout] svg[role=img]");
  await expect(svg).toBeVisible();
  // Drawn by the browser from the SVG as it is on the page, 8 pixels a module.
  const { width, pixels } = await svg.evaluate(async (el) => {
    const box = (el as SVGSVGElement).viewBox.baseVal;
    const side = box.width * 8;
    const clone = el.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("width", String(side));
    clone.setAttribute("height", String(side));
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(clone.outerHTML)}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0, side, side);
    return { width: side, pixels: Array.from(ctx.getImageData(0, 0, side, side).data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels), width, width);
  expect(decoded?.data).toBe(await siteAddress(page));
  // The address is printed under the code too, for anyone without a camera.
  await expect(page.locator("[data-handout] figcaption")).toHaveText(
    (await siteAddress(page)).replace(/^https:\/\//, "").replace(/\/$/, ""),
  );
});

test("printing gives the handout alone, on one A4 page", async ({ strictPage: page }) => {
  await page.goto(PATH);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-handout]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What it does not do" })).toBeHidden();
  await expect(page.locator("footer[data-site-footer]")).toBeHidden();
  const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});

test("the advisers' page passes axe in light and dark", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(PATH);
  await expectNoAxeViolationsLightAndDark(page, PATH);
});

test("the footer and /about/ link to the advisers' page; the footer states the licence", async ({
  strictPage: page,
}) => {
  await page.goto("/about/");
  const footer = page.locator("footer[data-site-footer]");
  await expect(footer.getByRole("link", { name: "For advisers" })).toHaveAttribute(
    "href",
    /\/for-advisers\/$/,
  );
  await expect(footer.locator("[data-licence]")).toContainText("CC BY 4.0");
  await expect(footer.locator("[data-licence]")).toContainText("MIT");
  await expect(page.locator("main").getByRole("link", { name: /advisers/i })).toHaveAttribute(
    "href",
    /\/for-advisers\/$/,
  );
});
