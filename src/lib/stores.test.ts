import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../tests/support/fake-storage";
import { clearSiteData } from "./local-store/delete-all";
import { setValue } from "./local-store/value";
import { saveResult } from "./self-check/result-store";
import { checkBackupKey, STORES, storedKeys } from "./stores";
import { THEME_KEY } from "./theme";
import { newEntry } from "./worksheet/model";
import * as older from "./worksheet/older-layout";
import { KEY, WorksheetStore, worksheetSession } from "./worksheet/store";

const covered = (key: string) =>
  storedKeys().some(({ key: k }) => (k.endsWith("…") ? key.startsWith(k.slice(0, -1)) : key === k));

describe("red team: the about page lists every key the site writes", () => {
  it("covers every key written by the worksheet, self-checks, theme and Delete all", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 1_000_000 });
    const written = new Set<string>();
    const track = (fake: FakeStorage) => {
      fake.onChange = (key) => key && written.add(key);
      return fake;
    };
    // The worksheet: entries, a tombstone, damaged copies and an upgrade copy.
    const damaged = track(new FakeStorage());
    damaged.setItem(KEY, "{not json");
    const s = worksheetSession(new WorksheetStore(() => damaged, Date.now, older));
    s.edit(s.state.currentId, { feeling: "words" });
    s.remove(s.create().id);
    s.flush();
    const old = track(new FakeStorage());
    old.setItem(
      KEY,
      readFileSync(new URL("./worksheet/fixtures/v0.json", import.meta.url), "utf8"),
    );
    new WorksheetStore(() => old, Date.now, older).load();
    // A self-check result, the theme, and "Delete all".
    const other = track(new FakeStorage());
    saveResult(other, "how-are-you-taking-it", {
      bands: ["b"],
      title: "T",
      at: "2026-01-01",
      flags: [],
      focus: [],
    });
    setValue(THEME_KEY, "dark", () => other);
    clearSiteData(() => other);
    vi.useRealTimers();

    const keys = [...written].filter((k) => k !== KEY);
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const key of keys) expect(covered(key), key).toBe(true);
  });

  it("names each declared store once, with what it keeps", () => {
    const names = STORES.map((st) => st.name);
    expect(new Set(names).size).toBe(names.length);
    for (const st of STORES) expect(st.about.length).toBeGreaterThan(20);
  });
});

describe("red team: a site-wide backup brings back only what the site keeps", () => {
  const entry = newEntry(1_000, "abc");
  const key = "bounce-back:worksheet:r:abc";

  it("accepts each store's records as its reader reads them, and the small values", () => {
    expect(checkBackupKey(key, JSON.stringify({ v: 1, r: entry }))).toBeNull();
    expect(checkBackupKey(key, JSON.stringify({ v: 1, id: "abc", deletedAt: 5 }))).toBeNull();
    expect(checkBackupKey("bounce-back:worksheet:damaged:2026", "{broken")).toBeNull();
    expect(checkBackupKey(THEME_KEY, "dark")).toBeNull();
    expect(checkBackupKey("bounce-back:backup:last", "1800000000000")).toBeNull();
  });

  it("refuses a planted record from a newer version, saying so", () => {
    const planted = JSON.stringify({ v: 2, r: { ...entry, updatedAt: 9e12 } });
    expect(checkBackupKey(key, planted)).toMatch(/newer version of this site/);
    expect(checkBackupKey(KEY, JSON.stringify({ version: 7, entries: [] }))).toMatch(/newer/);
  });

  it("refuses unknown keys, records under another id, and values in the wrong shape", () => {
    expect(checkBackupKey("bounce-back:whatever", "x")).toMatch(/does not keep/);
    expect(
      checkBackupKey("bounce-back:worksheet:r:other", JSON.stringify({ v: 1, r: entry })),
    ).toMatch(/does not keep/);
    expect(checkBackupKey(key, JSON.stringify({ v: 1, r: { id: "abc" } }))).toMatch(
      /does not keep/,
    );
    expect(checkBackupKey(THEME_KEY, "<script>")).toMatch(/does not keep/);
    expect(checkBackupKey("bounce-back:backup:last", "soon")).toMatch(/does not keep/);
  });
});
