import { describe, expect, test } from "vitest";
import { isRootRelative, joinBase, normaliseBase, url } from "./base";

describe("normaliseBase", () => {
  test.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["bounce-back", "/bounce-back/"],
    ["/bounce-back", "/bounce-back/"],
    ["//a/b//", "/a/b/"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe("joinBase", () => {
  test("puts root-relative paths under the base", () => {
    expect(joinBase("/bb/", "/articles/x/")).toBe("/bb/articles/x/");
    expect(joinBase("/bb/", "/")).toBe("/bb/");
    expect(joinBase("/bb", "/search/?q=a#b")).toBe("/bb/search/?q=a#b");
  });
  test("leaves the root site, external, protocol-relative, hash and relative links alone", () => {
    expect(joinBase("/", "/articles/")).toBe("/articles/");
    for (const href of ["https://x.example/", "//x.example/", "#top", "mailto:a@b.c", "x/"]) {
      expect(joinBase("/bb/", href)).toBe(href);
    }
  });
  test("does not add the base twice", () => {
    expect(joinBase("/bb/", "/bb/help/")).toBe("/bb/help/");
    expect(joinBase("/bb/", "/bb")).toBe("/bb");
  });
  test("isRootRelative", () => {
    expect(isRootRelative("/a")).toBe(true);
    expect(isRootRelative("//a")).toBe(false);
    expect(isRootRelative("a")).toBe(false);
  });
  test("url() uses the build's base, which is the root in tests", () => {
    expect(url("/help/")).toBe("/help/");
  });
});
