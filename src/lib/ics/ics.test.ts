// cspell:words VCALENDAR VEVENT VEVENTs VALARM DTSTAMP DTSTART DTEND RRULE PRODID CALSCALE ICAL dtstamp prodid rrule valarm vevent ical Łódź
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, type IcsEvent, icsCalendar } from "./ics";

const NOW = Date.UTC(2026, 10, 29, 18, 4, 5);
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "plan-abc@bounce-back",
  summary: "Send two applications",
  description: "If it is Monday morning, then I will send two applications.",
  date: "2026-11-30",
  time: "09:00",
  ...over,
});

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevent = cal.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { cal, vevent, event: new ICAL.Event(vevent) };
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("icsCalendar", () => {
  it("writes a calendar a parser reads: PRODID, VERSION, UID, DTSTAMP, a floating start and a duration", () => {
    const text = icsCalendar([event()], NOW);
    const { cal, vevent, event: e } = parse(text);
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBe("-//Bounce Back//Reminders//EN");
    expect(e.uid).toBe("plan-abc@bounce-back");
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-29T18:04:05Z");
    expect(e.startDate.toString()).toBe("2026-11-30T09:00:00");
    // Floating: no zone at all, so 9:00 is 9:00 wherever the calendar is.
    expect(e.startDate.zone?.tzid).toBe("floating");
    expect(text).not.toMatch(/TZID|DTSTART:[0-9T]+Z/);
    expect(e.duration.toSeconds()).toBe(30 * 60);
    expect(e.summary).toBe("Send two applications");
  });

  it("uses CRLF everywhere and ends with one", () => {
    const text = icsCalendar([event()], NOW);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("escapes commas, semicolons, backslashes and line breaks, and the parser gets the words back", () => {
    const words = 'Ask; politely, then wait\\rest\nLine two\r\nLine three <script>"x"</script>';
    const text = icsCalendar([event({ summary: words, description: words })], NOW);
    expect(text).toContain("\\;");
    expect(text).toContain("\\,");
    expect(text).toContain("\\\\");
    expect(text).toContain("\\n");
    const { event: e } = parse(text);
    const expected = words.replace(/\r\n/g, "\n");
    expect(e.summary).toBe(expected);
    expect(e.description).toBe(expected);
    // No line break of the person's can start a new property.
    expect(text.split("\r\n").filter((l) => l.startsWith("Line"))).toEqual([]);
  });

  it("folds lines at 75 octets without splitting a UTF-8 character, and the parser unfolds them", () => {
    const words = `${"Zoë says ".repeat(6)}日本語の面接のお礼 😊 ${"é".repeat(80)} Łódź`;
    const text = icsCalendar([event({ summary: words, description: `${words}, ${words}` })], NOW);
    for (const line of text.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(text.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    const { event: e } = parse(text);
    expect(e.summary).toBe(words);
    expect(e.description).toBe(`${words}, ${words}`);
  });

  it("foldLine never breaks a multi-byte character or a surrogate pair", () => {
    for (const ch of ["é", "日", "😊"]) {
      const line = `SUMMARY:${ch.repeat(60)}`;
      const folded = foldLine(line);
      const parts = folded.split("\r\n ");
      expect(parts.join("")).toBe(line);
      for (const p of parts) {
        expect(octets(p) + 1).toBeLessThanOrEqual(76);
        expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(p))).toBe(
          p,
        );
      }
    }
    expect(foldLine("short")).toBe("short");
  });

  it("adds a weekly RRULE when asked, and none otherwise", () => {
    const weekly = parse(icsCalendar([event({ weekly: true })], NOW));
    expect(weekly.event.isRecurring()).toBe(true);
    const rule = weekly.vevent.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    const it = weekly.event.iterator();
    const first = it.next()?.toString();
    const second = it.next()?.toString();
    expect([first, second]).toEqual(["2026-11-30T09:00:00", "2026-12-07T09:00:00"]);
    expect(parse(icsCalendar([event()], NOW)).event.isRecurring()).toBe(false);
  });

  it("has a display alarm before the start", () => {
    const { vevent } = parse(icsCalendar([event({ alarmMinutes: 15 })], NOW));
    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    const trigger = alarm?.getFirstPropertyValue("trigger") as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-15 * 60);
    expect(alarm?.getFirstPropertyValue("description")).toBe("Send two applications");
  });

  it("writes an all-day reminder with DATE values and DTEND the next day (across a month end)", () => {
    const { event: e, vevent } = parse(icsCalendar([event({ date: "2026-12-31", time: "" })], NOW));
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe("2026-12-31");
    expect(e.endDate.toString()).toBe("2027-01-01");
    expect(vevent.getFirstSubcomponent("valarm")).not.toBeNull();
  });

  it("leaves out events without a real date or time", () => {
    const text = icsCalendar([event({ date: "" }), event({ time: "25:00" })], NOW);
    expect(text).not.toContain("BEGIN:VEVENT");
  });
});

describe("escapeText", () => {
  it("escapes in the right order and drops control characters", () => {
    expect(escapeText("a\\;b,c\nd\u0007")).toBe("a\\\\\\;b\\,c\\nd");
  });
});
