import { describe, expect, test } from "vitest";
import { DEFAULT_REGION, guessRegion, regionOfTag } from "./region";

describe("guessing the visitor's country from the browser's languages", () => {
  test.each([
    [["en-GB"], "uk"],
    [["cy"], "uk"],
    [["cy-GB", "en"], "uk"],
    [["en-IE"], "ie"],
    [["ga"], "ie"],
    [["ga-IE"], "ie"],
    [["en-US"], "us"],
    [["es-US"], "us"],
    [["en-CA"], "ca"],
    [["fr-CA"], "ca"],
    [["en-AU"], "au"],
    [["en_au"], "au"],
    [["zh-Hant-AU"], "au"],
  ] as const)("%j → %s", (languages, region) => {
    expect(guessRegion(languages)).toBe(region);
  });

  test("the first language that names a country wins, in the browser's order", () => {
    expect(guessRegion(["en", "fr-CA", "en-US"])).toBe("ca");
    expect(guessRegion(["de-DE", "en-AU"])).toBe("au");
  });

  test("no country in any language: the site's default, the UK", () => {
    expect(DEFAULT_REGION).toBe("uk");
    expect(guessRegion(["en"])).toBe("uk");
    expect(guessRegion(["de-DE", "fr"])).toBe("uk");
    expect(guessRegion(["es-419"])).toBe("uk");
    expect(guessRegion([])).toBe("uk");
    expect(guessRegion(undefined)).toBe("uk");
    expect(guessRegion(["", "  ", "x-y-z"])).toBe("uk");
  });

  test("a region other than the five is no guess, even with a language we know", () => {
    expect(regionOfTag("cy-AR")).toBeNull();
    expect(regionOfTag("en-NZ")).toBeNull();
    expect(regionOfTag("ga")).toBe("ie");
    expect(regionOfTag("EN-gb")).toBe("uk");
  });
});
