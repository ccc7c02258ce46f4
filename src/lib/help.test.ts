import { describe, expect, test } from "vitest";
import { FACTS, type Fact } from "./facts";
import {
  dialDigits,
  type HelpCountry,
  helpCountries,
  helpSources,
  textLineLinks,
  urgentActions,
} from "./help";

const today = new Date("2026-12-07T12:00:00Z");

test("the urgent-but-not-emergency links call 111 in England, Scotland and Wales, and Lifeline in Northern Ireland", () => {
  const urgent = urgentActions(today);
  const at = (where: string) => urgent.find((u) => u.where === where);
  expect(urgent.map((u) => u.where)).toEqual(["England", "Scotland", "Wales", "Northern Ireland"]);
  expect(at("England")?.action.href).toMatch(/^tel:111\b/);
  expect(at("England")?.rest).toBe("and choose the mental health option");
  expect(at("Scotland")?.action).toEqual({ href: "tel:111", label: "call 111" });
  expect(at("Scotland")?.rest).toMatch(/^\(NHS 24\)/);
  expect(at("Wales")?.action).toEqual({ href: "tel:111", label: "call 111" });
  expect(at("Wales")?.rest).toMatch(/^and press 2\b/);
  expect(at("Northern Ireland")?.action).toEqual({
    href: "tel:08088088000",
    label: "call Lifeline on 0808 808 8000",
  });
});

test("the sources are each line's own page, once each", () => {
  const urls = helpSources(today).map((s) => s.url);
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls).toContain("https://988lifeline.org/");
  expect(urls).toContain("https://988.ca/get-help/what-to-expect");
  expect(urls).toContain("https://giveusashout.org/about-us/faq/");
  expect(urls).toContain("https://www.nhs24.scot/111/");
  // 112 across the EU (the crisis panel and /help/ both say it) rests on the EU's own law.
  expect(urls).toContain("https://www.legislation.gov.uk/eudr/2018/1972/article/109");
  expect(urls.some((u) => /wyo\.gov|cmhasaskatoon/.test(u ?? ""))).toBe(false);
});

test("dial digits keep the plus and the numbers only", () => {
  expect(dialDigits("0477 13 11 14")).toBe("0477131114");
  expect(dialDigits("9-8-8")).toBe("988");
  expect(dialDigits("SHOUT to 85258")).toBe("85258");
});

describe("the crisis lines by country", () => {
  const countries = helpCountries(today);
  const links = (c: HelpCountry) => [c.emergency.action, ...c.lines.flatMap((l) => l.actions)];

  test("are the UK, Ireland, the US, Canada and Australia, in the site's order", () => {
    expect(countries.map((c) => [c.region, c.name, c.anchor])).toEqual([
      ["uk", "United Kingdom", "united-kingdom"],
      ["ie", "Ireland", "ireland"],
      ["us", "United States", "united-states"],
      ["ca", "Canada", "canada"],
      ["au", "Australia", "australia"],
    ]);
  });

  test("every number is a tel: or sms: link whose name says who and how", () => {
    const all = countries.flatMap(links);
    for (const a of all) expect(a.href).toMatch(/^(tel|sms):\+?\d+(\?body=[A-Z]+)?$/);
    expect(all.map((a) => a.label)).toEqual([
      "Call 999 in the UK",
      "Call Samaritans on 116 123",
      "Text Shout: SHOUT to 85258",
      "Call Lifeline on 0808 808 8000",
      "Call 112 in Ireland",
      "Call Samaritans on 116 123",
      "Text 50808, free text support",
      "Call 911 in the US",
      "Call the 988 Lifeline on 988",
      "Text the 988 Lifeline on 988",
      "Call 911 in Canada",
      "Call the Suicide Crisis Helpline on 9-8-8",
      "Text the Suicide Crisis Helpline on 9-8-8",
      "Call 000 in Australia",
      "Call Lifeline on 13 11 14",
      "Text Lifeline on 0477 13 11 14",
    ]);
    expect(all.find((a) => a.label.startsWith("Text Shout"))?.href).toBe("sms:85258?body=SHOUT");
    expect(all.find((a) => a.label.startsWith("Call Lifeline on 13"))?.href).toBe("tel:131114");
  });

  test("take their numbers from the facts file", () => {
    const changed: Fact[] = FACTS.map((f) =>
      f.id === "samaritans-phone" ? { ...f, text: "116 999" } : f,
    );
    const uk = helpCountries(today, changed)[0];
    expect(uk?.lines[0]?.actions[0]).toEqual({
      href: "tel:116999",
      label: "Call Samaritans on 116 999",
    });
  });

  test("say what each call costs, never just 'free' for a line that charges from a landline", () => {
    for (const c of countries) for (const l of c.lines) expect(l.how).toMatch(/free|costs/);
    const australia = countries.find((c) => c.region === "au")?.lines[0];
    expect(australia?.how).toContain("from a landline it costs the price of a local call");
  });

  test("a scheduled change to a number shows from its day, not before", () => {
    const moving: Fact[] = FACTS.map((f) =>
      f.id === "us-988" ? { ...f, change: { on: "2027-01-01", text: "989" } } : f,
    );
    const usText = (day: string) =>
      helpCountries(new Date(day), moving)
        .find((c) => c.region === "us")
        ?.lines[0]?.actions.find((a) => a.href.startsWith("sms:"));
    expect(usText("2026-12-31T12:00:00Z")).toEqual({
      href: "sms:988",
      label: "Text the 988 Lifeline on 988",
    });
    expect(usText("2027-01-01T12:00:00Z")).toEqual({
      href: "sms:989",
      label: "Text the 988 Lifeline on 989",
    });
  });
});

test("the help box's text lines are sms: links, Shout's with its keyword", () => {
  expect(textLineLinks(today).map((l) => [l.text, l.where, l.action.href])).toEqual([
    ["SHOUT to 85258", "in the UK", "sms:85258?body=SHOUT"],
    ["50808", "in Ireland", "sms:50808"],
    ["988", "in the US and Canada", "sms:988"],
    ["0477 13 11 14", "in Australia", "sms:0477131114"],
  ]);
  expect(textLineLinks(today)[0]?.action.label).toBe("Text SHOUT to 85258 in the UK");
  expect(textLineLinks(today).map((l) => l.place)).toEqual([
    "UK",
    "Ireland",
    "US and Canada",
    "Australia",
  ]);
});
