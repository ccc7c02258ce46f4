/**
 * Draws a QR code's SVG path (src/lib/advisers/qr.ts: one `M x y h n v1 h-n z`
 * run of dark modules at a time) into an RGBA image, white ground and black
 * modules, `scale` pixels a module, for jsqr to decode.
 */
export function rasteriseQr(path: string, side: number, scale: number) {
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x0, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x0 * scale; px < (x0 + run) * scale; px++) {
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  }
  return { data, width };
}
