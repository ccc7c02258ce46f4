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
