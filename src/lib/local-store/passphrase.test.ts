// cspell:ignore iloveyou abababab xyzxyzxyz
import { describe, expect, it } from "vitest";
import { checkNewPassphrase, MIN_PASSPHRASE } from "./passphrase";

describe("a new passphrase", () => {
  it("needs 8 characters or more, typed the same twice", () => {
    expect(MIN_PASSPHRASE).toBe(8);
    expect(checkNewPassphrase("short", "short")).toEqual({
      error: "Enter a passphrase of 8 characters or more.",
      field: "pass",
    });
    expect(checkNewPassphrase("long enough", "long enough!")).toEqual({
      error: "The two passphrases are not the same. Type them again.",
      field: "again",
    });
    expect(checkNewPassphrase("Ça va 😊 — café", "Ça va 😊 — café")).toBeNull();
  });
});

describe("a passphrase that is easy to guess", () => {
  it("is refused kindly: common passwords, spaces standing in for characters, the same few characters repeated", () => {
    for (const weak of ["password", "PassWord1", "12345678", "qwerty 123", "iloveyou"])
      expect(checkNewPassphrase(weak, weak)?.error).toMatch(/passwords people choose most often/);
    expect(checkNewPassphrase("        ", "        ")?.error).toMatch(/Spaces do not count/);
    expect(checkNewPassphrase("ab   cd   ", "ab   cd   ")?.error).toMatch(/Spaces do not count/);
    for (const weak of ["aaaaaaaa", "abababab", "xyzxyzxyz"])
      expect(checkNewPassphrase(weak, weak)?.error).toMatch(/same few characters/);
    expect(checkNewPassphrase("blue kettle on Sunday", "blue kettle on Sunday")).toBeNull();
  });
});
