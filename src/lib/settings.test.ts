import { describe, expect, test } from "vitest";
import siteConfig from "../../site.config.ts";
import { contactCheck, isPlaceholderContact, loadSettings, type SiteConfig } from "./settings";

const base: SiteConfig = { ...siteConfig, localServices: [] };

describe("loadSettings", () => {
  test("with no variables set, builds the public site as site.config.ts has it", () => {
    const s = loadSettings({}, base);
    expect(s.name).toBe("Bounce Back");
    expect(s.url).toBe("https://bounceback.example");
    expect(s.basePath).toBe("/");
    expect(s.contact).toBe("corrections@bounceback.example");
    expect(s.placeholderContact).toBe(true);
    expect(s.localServices).toEqual([]);
  });

  test("each environment variable that is set wins over the file", () => {
    const s = loadSettings(
      {
        SITE_NAME: "Northfield Bounce Back",
        SITE_PUBLISHER: "Northfield College Careers Service",
        SITE_PUBLISHER_URL: "https://northfield.example.ac.uk/careers",
        SITE_CONTACT: "careers@northfield.ac.uk",
        SITE_URL: "https://northfield.github.io/",
        BASE_PATH: "bounce-back",
        SITE_LOCAL_SERVICES: JSON.stringify([
          {
            name: "Student Wellbeing",
            purpose: "Free counselling for students.",
            phone: "01234 567890",
            hours: "Monday to Friday, 9am to 5pm",
          },
        ]),
      },
      base,
    );
    expect(s.name).toBe("Northfield Bounce Back");
    expect(s.shortName).toBe("Northfield Bounce Back");
    expect(s.publisher).toBe("Northfield College Careers Service");
    expect(s.contact).toBe("careers@northfield.ac.uk");
    expect(s.placeholderContact).toBe(false);
    expect(s.url).toBe("https://northfield.github.io");
    expect(s.basePath).toBe("/bounce-back/");
    expect(s.localServices).toEqual([
      {
        name: "Student Wellbeing",
        purpose: "Free counselling for students.",
        phone: "01234 567890",
        text: undefined,
        url: undefined,
        hours: "Monday to Friday, 9am to 5pm",
      },
    ]);
  });

  test("blank variables fall back to the file", () => {
    expect(loadSettings({ SITE_NAME: "  ", SITE_CONTACT: "" }, base).name).toBe("Bounce Back");
  });

  test.each([
    [{ SITE_URL: "bounceback.org" }, /SITE_URL.*https:\/\//],
    [{ SITE_URL: "ftp://x.org" }, /SITE_URL/],
    [{ SITE_CONTACT: "not an address" }, /SITE_CONTACT.*email address/],
    [{ SITE_PUBLISHER_URL: "www.college" }, /SITE_PUBLISHER_URL/],
    [{ SITE_LOCAL_SERVICES: "[{name:" }, /must be JSON/],
    [{ SITE_LOCAL_SERVICES: '{"name":"x"}' }, /must be a list/],
    [{ SITE_LOCAL_SERVICES: '[{"name":"Careers"}]' }, /Careers.*needs a "purpose"/],
    [
      { SITE_LOCAL_SERVICES: '[{"name":"Careers","purpose":"Advice."}]' },
      /phone", "text" or "url"/,
    ],
    [
      { SITE_LOCAL_SERVICES: '[{"name":"C","purpose":"A.","phone":"call us"}]' },
      /not a phone number/,
    ],
    [{ SITE_LOCAL_SERVICES: '[{"name":"C","purpose":"A.","url":"javascript:alert(1)"}]' }, /https/],
    [
      { SITE_LOCAL_SERVICES: '[{"name":"C","purpose":"A.","url":"https://c.org","open":"9-5"}]' },
      /"open", which is not a setting/,
    ],
  ])("refuses %o with a plain message", (env, message) => {
    expect(() => loadSettings(env, base)).toThrow(message);
  });
});

describe("the placeholder contact", () => {
  test("is any address at a .example domain", () => {
    expect(isPlaceholderContact("corrections@bounceback.example")).toBe(true);
    expect(isPlaceholderContact("careers@northfield.ac.uk")).toBe(false);
  });

  test("warns a local build and stops a deploy (REQUIRE_REAL_CONTACT=1)", () => {
    const placeholder = loadSettings({}, base);
    expect(contactCheck(placeholder, {}).warn).toMatch(/still the placeholder.*only warns/);
    expect(contactCheck(placeholder, {}).error).toBeUndefined();
    expect(contactCheck(placeholder, { REQUIRE_REAL_CONTACT: "1" }).error).toMatch(
      /Set SITE_CONTACT.*refuses to publish the placeholder/,
    );
    const real = loadSettings({ SITE_CONTACT: "careers@northfield.ac.uk" }, base);
    expect(contactCheck(real, { REQUIRE_REAL_CONTACT: "1" })).toEqual({});
  });
});
