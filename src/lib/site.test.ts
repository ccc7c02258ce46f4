import { describe, expect, test } from "vitest";
import {
  DEFAULT_CONTACT,
  formatDate,
  formatShortDate,
  isCurrentSection,
  pageTitle,
  SITE_NAME,
  siteContact,
} from "./site";

describe("pageTitle", () => {
  test("is the site name alone on the home page", () => {
    expect(pageTitle()).toBe(SITE_NAME);
    expect(pageTitle("")).toBe(SITE_NAME);
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
  });

  test("puts the page first elsewhere", () => {
    expect(pageTitle("About")).toBe(`About – ${SITE_NAME}`);
  });
});

describe("isCurrentSection", () => {
  test("matches the section itself, with or without a trailing slash", () => {
    expect(isCurrentSection("/articles/", "/articles/")).toBe(true);
    expect(isCurrentSection("/articles", "/articles/")).toBe(true);
  });

  test("matches pages inside the section", () => {
    expect(isCurrentSection("/articles/its-often-not-about-you/", "/articles/")).toBe(true);
    expect(isCurrentSection("/self-check/interview-debrief/", "/self-check/")).toBe(true);
  });

  test("does not match other sections or look-alike paths", () => {
    expect(isCurrentSection("/worksheet/", "/articles/")).toBe(false);
    expect(isCurrentSection("/", "/articles/")).toBe(false);
    expect(isCurrentSection("/articles-old/", "/articles/")).toBe(false);
  });
});

describe("formatDate", () => {
  test("writes dates the British way, in UTC", () => {
    expect(formatDate(new Date("2026-11-25"))).toBe("25 November 2026");
    expect(formatDate(new Date("2026-11-25T23:30:00Z"))).toBe("25 November 2026");
    expect(formatDate(new Date("2027-01-03"))).toBe("3 January 2027");
  });

  test("a moment on this device reads in local time, the same as toLocaleDateString", () => {
    for (const d of [new Date(2026, 10, 25, 23, 30), new Date(2027, 0, 1, 0, 5)])
      expect(formatDate(d, "local")).toBe(
        d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
      );
  });
});

describe("siteContact", () => {
  test("uses SITE_CONTACT when it is set, and a default when it is not", () => {
    expect(siteContact({ SITE_CONTACT: "help@example.org" })).toBe("help@example.org");
    expect(siteContact({ SITE_CONTACT: "  " })).toBe(DEFAULT_CONTACT);
    expect(siteContact({})).toBe(DEFAULT_CONTACT);
  });
});

describe("formatShortDate", () => {
  test("writes a short month, in UTC", () => {
    expect(formatShortDate(new Date("2026-11-29"))).toBe("29 Nov 2026");
    expect(formatShortDate(new Date("2027-11-29T23:30:00Z"))).toBe("29 Nov 2027");
  });
});
