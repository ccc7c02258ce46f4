// cspell:ignore Cevil Fevil
import { describe, expect, it } from "vitest";
import { safeBack } from "./back-link";

const ORIGIN = "https://bounce.example";

describe("?back= after unlocking", () => {
  it("stays on the site for every value that resolves to another origin", () => {
    const away = [
      "//evil.example/x",
      "/\\evil.example/x",
      "\\\\evil.example/x",
      "/\t/evil.example/x",
      "/\n/evil.example/x",
      "\t//evil.example",
      "/%5Cevil.example/x".replace("%5C", "\\"),
      "https://evil.example/worksheet/",
      "http://bounce.example/worksheet/",
      "https://bounce.example.evil.example/",
      "https://user@evil.example/",
      "javascript:alert(1)",
      "data:text/html,hi",
      "///evil.example",
      "",
    ];
    for (const back of away) expect(safeBack(back, ORIGIN, "/"), back).toBeNull();
  });

  it("the encoded forms, as URLSearchParams hands them over, are refused too", () => {
    for (const query of [
      "back=/%5Cevil.example/x",
      "back=/%09/evil.example",
      "back=%2F%2Fevil.example",
    ])
      expect(safeBack(new URLSearchParams(query).get("back"), ORIGIN, "/"), query).toBeNull();
  });

  it("keeps pages of this site, under its base path only", () => {
    expect(safeBack("/worksheet/", ORIGIN, "/")).toBe("/worksheet/");
    expect(safeBack("/log/?x=1#top", ORIGIN, "/")).toBe("/log/?x=1#top");
    expect(safeBack(`${ORIGIN}/plan/`, ORIGIN, "/")).toBe("/plan/");
    expect(safeBack("/bounce-back/worksheet/", ORIGIN, "/bounce-back/")).toBe(
      "/bounce-back/worksheet/",
    );
    expect(safeBack("/bounce-back", ORIGIN, "/bounce-back/")).toBe("/bounce-back");
    expect(safeBack("/other-site/", ORIGIN, "/bounce-back/")).toBeNull();
    expect(safeBack("/bounce-backdoor/", ORIGIN, "/bounce-back/")).toBeNull();
  });
});
