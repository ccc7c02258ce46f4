/**
 * The QR code on the advisers' handout, made when the site is built: the
 * module matrix from qrcode-generator, drawn as one SVG path so the page
 * carries it inline, with no script and no request to anyone.
 */
import qrcode from "qrcode-generator";

export interface QrCode {
  /** The text the code holds. */
  text: string;
  /** Modules along one side, without the quiet zone. */
  size: number;
  /** Dark modules, row by row: dark[row][col]. */
  dark: boolean[][];
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/**
 * The code for `text`, at error correction level M (about 15% of the code can
 * be damaged or smudged and it still reads), the smallest version that fits.
 */
export function makeQr(text: string): QrCode {
  if (!text) throw new Error("A QR code needs some text to hold.");
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const size = qr.getModuleCount();
  const dark = Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
  return { text, size, dark };
}

/** One SVG path for every dark module (runs along a row joined), in a viewBox that includes the quiet zone. */
export function qrPath(code: QrCode): string {
  const parts: string[] = [];
  code.dark.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join("");
}

/** The viewBox side: the code and its quiet zone on both sides. */
export const qrViewSize = (code: QrCode) => code.size + 2 * QUIET_ZONE;

/**
 * The address the handout points to: the site's URL and base path as the
 * build has them ("https://careers.example.ac.uk/bounce-back/"), written the
 * way a browser would (new URL), so the code holds plain ASCII.
 */
export function siteAddress(siteUrl: string, basePath: string): string {
  return new URL(basePath, `${siteUrl.replace(/\/+$/, "")}/`).href;
}
