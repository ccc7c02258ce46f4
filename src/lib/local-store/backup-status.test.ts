import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import {
  dismissReminder,
  noteBackup,
  noteSaved,
  readStatus,
  shouldRemind,
  WEEK,
} from "./backup-status";

describe("the backup reminder", () => {
  const setup = () => {
    const s = new FakeStorage();
    const get = (k: string) => s.getItem(k);
    const set = (k: string, v: string | null) => {
      if (v === null) s.removeItem(k);
      else s.setItem(k, v);
      return true;
    };
    return { get, set };
  };

  it("reminds after a week of edits without a backup, not before", () => {
    const { get, set } = setup();
    noteSaved(1_000, get, set);
    noteSaved(2_000, get, set);
    expect(readStatus(get)).toEqual({ lastBackup: null, editedSince: 1_000, dismissed: null });
    expect(shouldRemind(readStatus(get), 1_000 + WEEK - 1)).toBe(false);
    expect(shouldRemind(readStatus(get), 1_000 + WEEK)).toBe(true);
  });

  it("a backup resets it and is remembered; Not now hides it for a week", () => {
    const { get, set } = setup();
    noteSaved(1, get, set);
    dismissReminder(WEEK, set);
    expect(shouldRemind(readStatus(get), WEEK + 1)).toBe(false);
    expect(shouldRemind(readStatus(get), 2 * WEEK)).toBe(true);
    noteBackup(2 * WEEK, set);
    expect(readStatus(get)).toEqual({ lastBackup: 2 * WEEK, editedSince: null, dismissed: null });
    expect(shouldRemind(readStatus(get), 10 * WEEK)).toBe(false);
  });
});
