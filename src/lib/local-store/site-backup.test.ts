import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import {
  exportSite,
  importSite,
  SITE_BACKUP_FORMAT,
  SITE_CHARS,
  undoSiteImport,
} from "./site-backup";
import { CLEARED_KEY } from "./site-data";

/** Every key and value accepted (the site's own check, src/lib/stores.ts, has its tests there). */
const ok = () => null;

const filled = () => {
  const fake = new FakeStorage();
  fake.setItem("bounce-back:worksheet:r:a", '{"v":1,"r":{"id":"a"}}');
  fake.setItem("bounce-back:worksheet:damaged:x", "{broken");
  fake.setItem("bounce-back:self-check:quiz", '{"v":1}');
  fake.setItem("bounce-back:theme", "dark");
  fake.setItem(CLEARED_KEY, "5");
  fake.setItem("another-site", "not ours");
  return fake;
};

describe("site-wide backup", () => {
  it("holds every key of every store, and nothing else", () => {
    const json = JSON.parse(exportSite(() => filled(), 0));
    expect(json.format).toBe(SITE_BACKUP_FORMAT);
    expect(Object.keys(json.data)).toEqual([
      "bounce-back:self-check:quiz",
      "bounce-back:theme",
      "bounce-back:worksheet:damaged:x",
      "bounce-back:worksheet:r:a",
    ]);
  });

  it("brings everything back into an empty browser, exactly", () => {
    const text = exportSite(() => filled());
    const empty = new FakeStorage();
    const r = importSite(text, ok, () => empty);
    expect(r.ok && Object.keys(r.added)).toHaveLength(4);
    expect(JSON.parse(exportSite(() => empty)).data).toEqual(JSON.parse(text).data);
  });

  it("never writes over what is here, and says what differs", () => {
    const text = exportSite(() => filled());
    const here = new FakeStorage();
    here.setItem("bounce-back:theme", "light");
    here.setItem("bounce-back:self-check:quiz", '{"v":1}');
    const r = importSite(text, ok, () => here);
    expect(r).toMatchObject({ ok: true, same: 1, different: ["bounce-back:theme"] });
    expect(here.getItem("bounce-back:theme")).toBe("light");
  });

  it("undo removes what it added, unless it changed since", () => {
    const here = new FakeStorage();
    const r = importSite(
      exportSite(() => filled()),
      ok,
      () => here,
    );
    if (!r.ok) throw new Error(r.error);
    here.setItem("bounce-back:theme", "light");
    expect(undoSiteImport(r.added, () => here)).toBe(1);
    expect(here.dump()).toEqual({ "bounce-back:theme": "light" });
  });

  it("refuses files that are not this site's, newer, or too big, and changes nothing", () => {
    const here = filled();
    const before = JSON.stringify(here.dump());
    const file = (data: unknown, version = 1) =>
      JSON.stringify({ format: SITE_BACKUP_FORMAT, version, data });
    for (const [text, why] of [
      ["nope", /not a backup/],
      [JSON.stringify({ format: "bounce-back-worksheet", version: 1, entries: [] }), /whole site/],
      [file({}, 2), /newer version/],
      [file({ "other-site": "x" }), /not this site/],
      [file({ [CLEARED_KEY]: "1" }), /not this site/],
      [file({ "bounce-back:x": 3 }), /not this site/],
      [file({ "bounce-back:big": "x".repeat(SITE_CHARS) }), /not enough room.*2\.5 MB/],
    ] as const) {
      const r = importSite(text, ok, () => here);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(why);
    }
    expect(JSON.stringify(here.dump())).toBe(before);
  });
});
