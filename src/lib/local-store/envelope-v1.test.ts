/**
 * Known answers: envelopes made on 2026-12-07 by the version-1 code (before
 * the header was bound as additional data) must keep opening.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decryptText } from "./crypto";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8").trim();

describe("version-1 envelopes made by an earlier build", () => {
  it("a protected backup opens with its passphrase", async () => {
    const text = fixture("backup-v1.json");
    expect(JSON.parse(text).version).toBe(1);
    const opened = await decryptText(text, "fixture passphrase one");
    expect(opened).toEqual({
      ok: true,
      text: JSON.stringify({
        format: "bounce-back-site",
        version: 1,
        data: { "bounce-back:worksheet:r:1": "Known answer ✓ — version 1" },
      }),
    });
  });

  it("the lock's envelope opens with its passphrase", async () => {
    const opened = await decryptText(fixture("locked-v1.json"), "fixture passphrase one");
    expect(opened.ok && JSON.parse(opened.text)).toEqual({
      "bounce-back:worksheet:r:1": "Locked words ✓ — version 1",
      "bounce-back:log:r:a": "A win",
    });
  });
});
