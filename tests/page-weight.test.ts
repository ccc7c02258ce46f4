import { describe, expect, it } from "vitest";
import { dynamicImports, gz, measurePage, staticImports } from "./support/page-weight";

describe("staticImports", () => {
  it("finds static imports and re-exports but not dynamic import()", () => {
    const src = `import{a as b}from"./a.js";import"./side.js";export*from"./c.js";const x=()=>import("./lazy.js");`;
    expect(staticImports(src).sort()).toEqual(["./a.js", "./c.js", "./side.js"]);
  });
});

describe("dynamicImports", () => {
  it("finds import() with a literal path only", () => {
    const src = `import"./a.js";const l=()=>import("./lazy.js"),m=()=>import( './b.js' ),n=x=>import(x);`;
    expect(dynamicImports(src)).toEqual(["./lazy.js", "./b.js"]);
  });
});

describe("measurePage", () => {
  const files: Record<string, string> = {
    "/_astro/main.js": `import"./dep.js";const l=()=>import("./lazy.js");`,
    "/_astro/dep.js": "console.log('dependency')",
    "/_astro/lazy.js": "x".repeat(5000),
    "/_astro/site.css": "body{color:red}",
  };
  const read = (p: string) => {
    const f = files[p];
    if (f === undefined) throw new Error(`missing ${p}`);
    return f;
  };

  it("counts inline and external JS with static imports, not lazy chunks", () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style></head>
      <body><script type="module" src="/_astro/main.js"></script><script>var a=1</script>
      <script type="application/ld+json">{"a":1}</script></body></html>`;
    const w = measurePage(html, read, "/articles/x/");
    expect(w.jsFiles.sort()).toEqual(["/_astro/dep.js", "/_astro/main.js"]);
    expect(w.js).toBe(
      gz(files["/_astro/main.js"] ?? "") + gz(files["/_astro/dep.js"] ?? "") + gz("var a=1"),
    );
    expect(w.css).toBe(gz("body{color:red}") + gz("p{margin:0}"));
    // Everything it can load adds the lazy chunk.
    expect(w.allJs).toBe(w.js + gz(files["/_astro/lazy.js"] ?? ""));
  });

  it("does not count scripts inside an inert <template>", () => {
    const html = `<template><script type="module" src="/_astro/main.js"></script></template><script>var a=1</script>`;
    const w = measurePage(html, read);
    expect(w.jsFiles).toEqual([]);
    expect(w.js).toBe(gz("var a=1"));
    // It can load later, with its imports and its own lazy chunk.
    expect(w.allJs).toBe(
      gz("var a=1") +
        gz(files["/_astro/main.js"] ?? "") +
        gz(files["/_astro/dep.js"] ?? "") +
        gz(files["/_astro/lazy.js"] ?? ""),
    );
  });

  it("follows Astro island component and renderer URLs", () => {
    const html = `<astro-island component-url="/_astro/main.js" renderer-url="/_astro/dep.js"></astro-island>`;
    expect(measurePage(html, read).jsFiles.sort()).toEqual(["/_astro/dep.js", "/_astro/main.js"]);
  });
});
