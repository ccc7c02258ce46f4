/**
 * Known answers: envelopes made on 2026-12-07 by the version-1 code (before
 * the header was bound as additional data) must keep opening, and so must a
 * version-2 one made the same day; a version-2 header changed in any way
 * (including to read as version 1) is refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { b64, decryptText, encryptText, unb64 } from "./crypto";

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

describe("version-2 envelopes: the header is bound as additional data", () => {
  const v2 = () => fixture("backup-v2.json");

  it("the committed version-2 backup opens", async () => {
    const opened = await decryptText(v2(), "fixture passphrase two");
    expect(opened.ok && JSON.parse(opened.text).data).toEqual({
      "bounce-back:worksheet:r:1": "Known answer ✓ — version 2",
    });
  });

  it("a tampered header is refused: made to read as version 1, or any kdf field changed", async () => {
    const e = JSON.parse(v2());
    const tampered = [
      { ...e, version: 1 },
      { ...e, kdf: { ...e.kdf, iterations: e.kdf.iterations + 1 } },
      { ...e, kdf: { ...e.kdf, salt: b64(unb64(e.kdf.salt).map((x) => x ^ 1)) } },
      {
        ...e,
        format: "bounce-back-encrypted",
        extra: 1,
        version: 2,
        kdf: { ...e.kdf, hash: "SHA-256" },
        cipher: { ...e.cipher, iv: b64(unb64(e.cipher.iv).map((x) => x ^ 1)) },
      },
    ];
    for (const t of tampered) {
      const r = await decryptText(JSON.stringify(t), "fixture passphrase two");
      expect(r.ok).toBe(false);
    }
  });

  it("refuses at once a file edited to ask for 2,000,000,000 iterations", async () => {
    const e = JSON.parse(v2());
    const started = performance.now();
    const r = await decryptText(
      JSON.stringify({ ...e, kdf: { ...e.kdf, iterations: 2_000_000_000 } }),
      "fixture passphrase two",
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(r).toMatchObject({ ok: false, reason: "damaged" });
    if (!r.ok) expect(r.error).toMatch(/far more \(or less\) work to open/);
  });

  it("base64 round-trips every byte value, with and without the browser's own base64", async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const text = b64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString("base64"));
    expect([...unb64(text)]).toEqual([...bytes]);
    // The browser's own, where present (stood in for here by Node's Buffer).
    const proto = Uint8Array.prototype as unknown as Record<string, unknown>;
    const ctor = Uint8Array as unknown as Record<string, unknown>;
    const had = [proto.toBase64, ctor.fromBase64];
    let used = 0;
    proto.toBase64 = function (this: Uint8Array) {
      used++;
      return Buffer.from(this).toString("base64");
    };
    ctor.fromBase64 = (t: string) => {
      used++;
      return new Uint8Array(Buffer.from(t, "base64"));
    };
    try {
      expect(b64(bytes)).toBe(text);
      expect([...unb64(text)]).toEqual([...bytes]);
      expect(used).toBe(2);
    } finally {
      [proto.toBase64, ctor.fromBase64] = had;
    }
    const sealed = await encryptText("round trip ✓", "fixture passphrase two", 100_000);
    expect(await decryptText(sealed, "fixture passphrase two")).toEqual({
      ok: true,
      text: "round trip ✓",
    });
  });
});
