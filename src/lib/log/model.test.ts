import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { RecordStore } from "../local-store/record-store";
import { exportSite, importSite } from "../local-store/site-backup";
import { checkBackupKey } from "../stores";
import {
  type Application,
  applicationDef,
  checkLink,
  checkWinDay,
  MAX_CONTACT,
  MAX_LINK,
  MAX_NOTES,
  newApplication,
  readApplication,
  stagePatch,
} from "./model";

const full: Application = {
  ...newApplication(1_700_000_000_000, "a1"),
  role: "Data analyst",
  company: "Smith & Sons",
  stage: "turned-down",
  stoppedAt: "final-round",
  link: "https://jobs.example.org/123?ref=a&b=c",
  contact: "Priya Shah, priya@example.org",
  notes: "Panel of three.\n=SUM(A1) asked about SQL\n\nFollow up in a week",
};

describe("an application's new fields, read from storage", () => {
  it("reads every field back as it was written", () => {
    const problems: string[] = [];
    expect(readApplication(JSON.parse(JSON.stringify(full)), problems)).toEqual(full);
    expect(problems).toEqual([]);
  });

  it("an older record without them reads with safe defaults, and no complaint", () => {
    const { stoppedAt, link, contact, notes, ...old } = full;
    const problems: string[] = [];
    expect(readApplication(old, problems)).toMatchObject({
      stoppedAt: "",
      link: "",
      contact: "",
      notes: "",
    });
    expect(problems).toEqual([]);
  });

  it("a bad value becomes the safe default, never a crash", () => {
    for (const [field, value, want] of [
      ["stoppedAt", "lunch", ""],
      ["stoppedAt", 3, ""],
      ["link", "javascript:alert(1)", ""],
      ["link", "data:text/html,<b>x</b>", ""],
      ["link", `https://e.org/${"x".repeat(MAX_LINK)}`, ""],
      ["link", ["https://e.org"], ""],
      ["contact", 12, ""],
      ["notes", { x: 1 }, ""],
    ] as const) {
      const problems: string[] = [];
      const a = readApplication({ ...full, [field]: value }, problems);
      expect(a?.[field]).toBe(want);
      expect(problems.length).toBe(1);
    }
  });

  it("cuts contact and notes to the inputs' limits", () => {
    const problems: string[] = [];
    const a = readApplication(
      { ...full, contact: "c".repeat(MAX_CONTACT + 9), notes: "n".repeat(MAX_NOTES + 9) },
      problems,
    );
    expect(a?.contact).toHaveLength(MAX_CONTACT);
    expect(a?.notes).toHaveLength(MAX_NOTES);
    expect(problems).toHaveLength(2);
  });
});

describe("a job link", () => {
  it("keeps http and https addresses and nothing else", () => {
    expect(checkLink("")).toEqual({ ok: true, link: "" });
    expect(checkLink("  https://jobs.example.org/1  ")).toEqual({
      ok: true,
      link: "https://jobs.example.org/1",
    });
    expect(checkLink("HTTP://example.org").ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,hi",
      "file:///etc/passwd",
      "ftp://example.org",
      "example.org/jobs",
      "https://",
      "https://jobs .example.org",
      `https://e.org/${"x".repeat(MAX_LINK)}`,
    ]) {
      const r = checkLink(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/job link/);
    }
  });
});

describe("picking a stage", () => {
  const at = (stage: Application["stage"], stoppedAt: Application["stoppedAt"] = "") => ({
    ...full,
    stage,
    stoppedAt,
  });
  it("turned down after an interview stage starts “At which stage?” at that stage", () => {
    expect(stagePatch(at("final-round"), "turned-down")).toEqual({
      stage: "turned-down",
      stoppedAt: "final-round",
    });
    expect(stagePatch(at("offer"), "turned-down").stoppedAt).toBe("offer");
  });
  it("from Applied (where every application starts) or No reply, the stage is not assumed", () => {
    expect(stagePatch(at("applied"), "turned-down").stoppedAt).toBe("");
    expect(stagePatch(at("no-reply"), "turned-down").stoppedAt).toBe("");
  });
  it("keeps an answer while turned down, and clears it for any other stage", () => {
    expect(stagePatch(at("turned-down", "later-interview"), "turned-down").stoppedAt).toBe(
      "later-interview",
    );
    expect(stagePatch(at("turned-down", "offer"), "applied")).toEqual({
      stage: "applied",
      stoppedAt: "",
    });
  });
});

describe("the site-wide backup carries the new fields", () => {
  it("exports, is accepted by the site's own check, and imports into an empty browser exactly", () => {
    const here = new FakeStorage();
    const store = new RecordStore(applicationDef, () => here);
    expect(store.write([full]).ok).toBe(true);
    const file = exportSite(() => here);
    const empty = new FakeStorage();
    const r = importSite(file, checkBackupKey, () => empty);
    expect(r.ok).toBe(true);
    expect(new RecordStore(applicationDef, () => empty).load().records).toEqual([full]);
  });

  it("a backup whose link is not a web address is refused whole", () => {
    const here = new FakeStorage();
    new RecordStore(applicationDef, () => here).write([full]);
    const file = exportSite(() => here).replace(
      "https://jobs.example.org/123?ref=a&b=c",
      "javascript:alert(1)",
    );
    const empty = new FakeStorage();
    expect(importSite(file, checkBackupKey, () => empty).ok).toBe(false);
    expect(empty.length).toBe(0);
  });
});

describe("the day of a small win", () => {
  const today = "2026-12-07";
  it("is today when left as it is, and may be any earlier day", () => {
    expect(checkWinDay("", today)).toEqual({ ok: true, day: today });
    expect(checkWinDay(today, today)).toEqual({ ok: true, day: today });
    expect(checkWinDay("2025-01-31", today)).toEqual({ ok: true, day: "2025-01-31" });
  });
  it("refuses a day still to come, or no real day, in plain words", () => {
    expect(checkWinDay("2026-12-08", today)).toMatchObject({
      ok: false,
      error: /not a day still to come/,
    });
    expect(checkWinDay("2026-02-30", today)).toMatchObject({ ok: false, error: /Choose the day/ });
  });
});
