import jsQR from "jsqr";
import { describe, expect, test } from "vitest";
import { rasteriseQr as rasterise } from "../../../tests/support/qr-image";
import { makeQr, QUIET_ZONE, qrPath, qrViewSize, siteAddress } from "./qr";

describe("the handout's QR code", () => {
  test.each([
    "https://bounceback.example/",
    "https://someone.github.io/bounce-back/",
    "https://careers.example.ac.uk/support/bounce-back/",
  ])("decodes back to %s", (address) => {
    const code = makeQr(address);
    const side = qrViewSize(code);
    const { data, width } = rasterise(qrPath(code), side, 4);
    expect(jsQR(data, width, width)?.data).toBe(address);
  });

  test("draws every dark module, inside the quiet zone", () => {
    const code = makeQr("https://bounceback.example/");
    const darkCount = code.dark.flat().filter(Boolean).length;
    let drawn = 0;
    for (const m of qrPath(code).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      drawn += Number(m[3]);
      expect(Number(m[1])).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(m[2])).toBeLessThan(QUIET_ZONE + code.size);
    }
    expect(drawn).toBe(darkCount);
  });

  test("refuses empty text", () => {
    expect(() => makeQr("")).toThrow(/needs some text/);
  });
});

describe("siteAddress", () => {
  test("joins the site URL and the base path", () => {
    expect(siteAddress("https://bounceback.example", "/")).toBe("https://bounceback.example/");
    expect(siteAddress("https://a.github.io/", "/bounce-back/")).toBe(
      "https://a.github.io/bounce-back/",
    );
  });
});
