import { describe, expect, it } from "vitest";
import { sampleDoc as doc, full, NOW } from "../../../tests/support/worksheet";
import { BACKUP_FORMAT, fileName, toBackup } from "./export";
import type { Entry } from "./model";

describe("JSON backup", () => {
  it("holds every entry with its format and version, and reads back the same", () => {
    const text = toBackup(doc, NOW);
    const json = JSON.parse(text);
    expect(json.format).toBe(BACKUP_FORMAT);
    expect(json.version).toBe(1);
    expect(json.exportedAt).toBe("2025-03-10T12:00:00.000Z");
    expect(json.entries).toHaveLength(2);
    expect(json.deleted).toBeUndefined();
    expect(json.entries.map((e: Entry) => e.id).sort()).toEqual(["abc", "blank"]);
    expect(json.entries.find((e: Entry) => e.id === "abc")).toEqual(full);
    // Reading it back is tested in import.test.ts.
  });
});

describe("file names", () => {
  it("name the site, what is inside and the day", () => {
    expect(fileName(new Date(2025, 2, 10, 12).getTime(), "json")).toBe(
      "bounce-back-reflections-2025-03-10.json",
    );
    expect(fileName(new Date(2025, 2, 10).getTime(), "txt", "damaged-data")).toBe(
      "bounce-back-damaged-data-2025-03-10.txt",
    );
  });
});
