import { describe, expect, test } from "vitest";
import { FACTS, type Fact } from "./facts";
import { dialDigits, helpLines, helpSources, textLinesSummary, urgentNotEmergency } from "./help";

const today = new Date("2026-12-07T12:00:00Z");

describe("the crisis lines", () => {
  const lines = helpLines(today);

  test("cover the UK, Northern Ireland, Ireland, the US, Canada and Australia, with text lines", () => {
    expect(lines.map((l) => l.where)).toEqual([
      "United Kingdom and Ireland",
      "United Kingdom, by text",
      "Northern Ireland",
      "Ireland, by text",
      "United States",
      "Canada",
      "Australia",
    ]);
    const texts = lines.flatMap((l) => l.actions).filter((a) => a.href.startsWith("sms:"));
    expect(texts.map((a) => a.href)).toEqual([
      "sms:85258?body=SHOUT",
      "sms:50808",
      "sms:988",
      "sms:988",
      "sms:0477131114",
    ]);
  });

  test("say what a call costs, never just 'free' for a line that charges from a landline", () => {
    const australia = lines.find((l) => l.where === "Australia");
    expect(australia?.how).toContain("from a landline it costs the price of a local call");
    for (const line of lines) expect(line.how).toMatch(/free|costs/);
  });

  test("every number on the page comes from the facts file", () => {
    const changed: Fact[] = FACTS.map((f) =>
      f.id === "samaritans-phone" ? { ...f, text: "116 999" } : f,
    );
    const samaritans = helpLines(today, changed)[0];
    expect(samaritans?.how).toContain("Call 116 999");
    expect(samaritans?.actions[0]).toEqual({ href: "tel:116999", label: "Call 116 999" });
  });

  test("a scheduled change to a number shows from its day, not before", () => {
    const moving: Fact[] = FACTS.map((f) =>
      f.id === "us-988" ? { ...f, change: { on: "2027-01-01", text: "989" } } : f,
    );
    expect(helpLines(new Date("2026-12-31T12:00:00Z"), moving)[4]?.how).toContain("text 988");
    expect(helpLines(new Date("2027-01-01T12:00:00Z"), moving)[4]?.how).toContain("text 989");
  });
});

test("the text-line summary and the urgent line name their countries", () => {
  expect(textLinesSummary(today)).toBe(
    "If talking is hard, you can text: SHOUT to 85258 in the UK, 50808 in Ireland, 988 in the US and Canada, or 0477 13 11 14 in Australia.",
  );
  expect(urgentNotEmergency(today)).toContain("In England, Scotland and Wales, NHS 111");
  expect(urgentNotEmergency(today)).toContain(
    "In Northern Ireland, call Lifeline on 0808 808 8000",
  );
});

test("the sources are each line's own page, once each", () => {
  const urls = helpSources(today).map((s) => s.url);
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls).toContain("https://988lifeline.org/");
  expect(urls).toContain("https://988.ca/get-help/what-to-expect");
  expect(urls).toContain("https://giveusashout.org/about-us/faq/");
  expect(urls.some((u) => /wyo\.gov|cmhasaskatoon/.test(u ?? ""))).toBe(false);
});

test("dial digits keep the plus and the numbers only", () => {
  expect(dialDigits("0477 13 11 14")).toBe("0477131114");
  expect(dialDigits("9-8-8")).toBe("988");
  expect(dialDigits("SHOUT to 85258")).toBe("85258");
});
