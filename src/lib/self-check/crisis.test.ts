import { expect, test } from "vitest";
import { FACTS, type Fact } from "../facts";
import { crisisCountries } from "./crisis";

const today = new Date("2026-12-07T12:00:00Z");

test("each country's crisis panel links: its first call, then its first text, and its part of /help/", () => {
  expect(
    crisisCountries(today, "/help/").map((c) => [c.region, c.href, c.actions.map((a) => a.href)]),
  ).toEqual([
    ["uk", "/help/#united-kingdom", ["tel:116123", "sms:85258?body=SHOUT"]],
    ["ie", "/help/#ireland", ["tel:116123", "sms:50808"]],
    ["us", "/help/#united-states", ["tel:988", "sms:988"]],
    ["ca", "/help/#canada", ["tel:988", "sms:988"]],
    ["au", "/help/#australia", ["tel:131114", "sms:0477131114"]],
  ]);
  expect(crisisCountries(today, "/help/")[0]?.actions.map((a) => a.label)).toEqual([
    "Call Samaritans on 116 123",
    "Text Shout: SHOUT to 85258",
  ]);
});

test("the numbers come from the facts file, and the help link keeps the base path", () => {
  const changed: Fact[] = FACTS.map((f) =>
    f.id === "au-lifeline-phone" ? { ...f, text: "13 99 99" } : f,
  );
  const au = crisisCountries(today, "/base/help/", changed).find((c) => c.region === "au");
  expect(au?.href).toBe("/base/help/#australia");
  expect(au?.actions[0]).toEqual({ href: "tel:139999", label: "Call Lifeline on 13 99 99" });
});

test("each country's panel carries its own emergency number, so a visitor is never told another country's", () => {
  const byRegion = Object.fromEntries(
    crisisCountries(today, "/help/").map((c) => [c.region, c.emergency]),
  );
  expect(byRegion).toEqual({
    uk: { number: "999", href: "tel:999" },
    ie: { number: "112", href: "tel:112" },
    us: { number: "911", href: "tel:911" },
    ca: { number: "911", href: "tel:911" },
    au: { number: "000", href: "tel:000" },
  });
});
