import { describe, expect, it } from "vitest";
import { isTyping, type KeyLike, opensSearch } from "./shortcut";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const body = { tagName: "BODY" };

describe("opensSearch", () => {
  it("opens with / outside fields", () => {
    expect(opensSearch(key("/"), body)).toBe(true);
    expect(opensSearch(key("/"), { tagName: "A" })).toBe(true);
    expect(opensSearch(key("/"), null)).toBe(true);
    // Layouts where "/" needs Shift.
    expect(opensSearch(key("/", { shiftKey: true }), body)).toBe(true);
  });

  it("does not open with / while typing", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) {
      expect(opensSearch(key("/"), { tagName })).toBe(false);
    }
    expect(opensSearch(key("/"), { tagName: "DIV", isContentEditable: true })).toBe(false);
  });

  it("opens with Ctrl+K or Cmd+K, even in a field", () => {
    expect(opensSearch(key("k", { ctrlKey: true }), body)).toBe(true);
    expect(opensSearch(key("K", { metaKey: true }), { tagName: "INPUT" })).toBe(true);
  });

  it("leaves other keys and combinations alone", () => {
    expect(opensSearch(key("k"), body)).toBe(false);
    expect(opensSearch(key("k", { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(opensSearch(key("k", { ctrlKey: true, altKey: true }), body)).toBe(false);
    expect(opensSearch(key("/", { altKey: true }), body)).toBe(false);
    expect(opensSearch(key("/", { ctrlKey: true }), body)).toBe(false);
    expect(opensSearch(key("?", { shiftKey: true }), body)).toBe(false);
  });
});

describe("isTyping", () => {
  it("knows fields from other elements", () => {
    expect(isTyping({ tagName: "INPUT" })).toBe(true);
    expect(isTyping({ tagName: "BUTTON" })).toBe(false);
    expect(isTyping(undefined)).toBe(false);
  });
});
