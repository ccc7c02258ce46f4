/**
 * src/styles/global.css, compiled by Tailwind as the build does: one palette
 * of light-dark() pairs, and a `dark:` variant that is right when the theme
 * follows the system too.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compile } from "@tailwindcss/node";
import { describe, expect, it } from "vitest";

const styles = resolve(import.meta.dirname, "../src/styles");
const source = readFileSync(resolve(styles, "global.css"), "utf8");

async function build(candidates: string[]): Promise<string> {
  const compiler = await compile(source, { base: styles, onDependency: () => undefined });
  return compiler.build(candidates).replace(/\s+/g, " ");
}

describe("global.css", () => {
  it("defines each colour once, as a light and a dark value", () => {
    const theme = source.slice(
      source.indexOf("@theme {"),
      source.indexOf("\n}", source.indexOf("@theme {")),
    );
    const colours = [...theme.matchAll(/^\s*--color-([a-z-]+):\s*([^;]+);/gm)];
    expect(colours.length).toBeGreaterThan(10);
    for (const [, name, value] of colours) {
      expect(value, `--color-${name}`).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    }
    // No second palette for dark mode: the media query only picks the side.
    expect(source).not.toMatch(/prefers-color-scheme: dark\)\s*\{\s*:root/);
  });

  it("follows the system unless a theme is chosen", async () => {
    const css = await build(["bg-page"]);
    expect(css).toContain(":root { color-scheme: light dark;");
    expect(css).toContain(':root[data-theme="light"] { color-scheme: light; }');
    expect(css).toContain(':root[data-theme="dark"] { color-scheme: dark; }');
  });

  it("dark: matches an explicit dark theme, and the system's dark mode unless light was chosen", async () => {
    const css = await build(["dark:bg-page"]);
    expect(css).toContain(
      '.dark\\:bg-page:where([data-theme="dark"], [data-theme="dark"] *) { background-color: var(--color-page); }',
    );
    expect(css).toContain(
      '@media (prefers-color-scheme: dark) { .dark\\:bg-page:where(:root:not([data-theme="light"]), :root:not([data-theme="light"]) *) { background-color: var(--color-page); } }',
    );
  });
});
