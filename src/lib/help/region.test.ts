import { describe, expect, test } from "vitest";
import {
  DEFAULT_REGION,
  ELSEWHERE,
  guessPlace,
  guessRegion,
  namesARegion,
  regionOfTag,
} from "./region";

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

  test("the first language that says where decides, in the browser's order", () => {
    expect(guessRegion(["en", "fr-CA", "en-US"])).toBe("ca");
    expect(guessRegion(["en", "en-AU"])).toBe("au");
    // A German browser lists English after German: a later "en-AU" does not win.
    expect(guessRegion(["de-DE", "en-AU"])).toBe("uk");
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

describe("elsewhere: a language that names a region the site has no lines for", () => {
  test.each([
    [["de-DE"], ELSEWHERE],
    [["de-DE", "fr"], ELSEWHERE],
    [["en-NZ", "en"], ELSEWHERE],
    [["es-419"], ELSEWHERE],
    [["pt_BR"], ELSEWHERE],
    // The first language that says where decides: browsers list English after the
    // person's own language, and a later en-US must not send someone in Germany to 911.
    [["de-DE", "de", "en-US", "en"], ELSEWHERE],
    [["fr-FR", "fr", "en-US", "en"], ELSEWHERE],
    [["de-DE", "en-AU"], ELSEWHERE],
    // A language with no region other than English says elsewhere too.
    [["de"], ELSEWHERE],
    [["de", "fr"], ELSEWHERE],
    [["fr", "en-CA"], ELSEWHERE],
    // Plain English says nothing, so the next language is read.
    [["en", "en-AU"], "au"],
    [["en", "de-DE"], ELSEWHERE],
    [["en-GB"], "uk"],
    [["cy", "en-GB"], "uk"],
    [["es-US", "es", "en"], "us"],
    // Nothing said at all: the site's default.
    [["en"], "uk"],
    [[], "uk"],
    [undefined, "uk"],
    [["", "  ", "x-y-z"], "uk"],
  ] as const)("%j → %s", (languages, place) => {
    expect(guessPlace(languages)).toBe(place);
  });

  test("a region is a two-letter or three-digit part after the language", () => {
    expect(namesARegion("de-DE")).toBe(true);
    expect(namesARegion("zh-Hant-TW")).toBe(true);
    expect(namesARegion("es-419")).toBe(true);
    expect(namesARegion("en")).toBe(false);
    expect(namesARegion("zh-Hant")).toBe(false);
    expect(namesARegion("x-y-z")).toBe(false);
  });
});
