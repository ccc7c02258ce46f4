import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { decryptText, encryptText, ITERATIONS, isEncrypted } from "./crypto";
import { exportSite, importSite } from "./site-backup";

const backup = (text: string) =>
  JSON.stringify({ format: "bounce-back-site", version: 1, data: { "bounce-back:x:r:1": text } });

describe("encrypted backups", () => {
  it("round-trips unicode and 20,000-character fields, with a random salt and IV each time", async () => {
    const text = backup(`Ça va 😊 — “kind” ${"é".repeat(20_000)}`);
    const a = await encryptText(text, "correct horse battery");
    const b = await encryptText(text, "correct horse battery");
    expect(isEncrypted(a)).toBe(true);
    expect(a).not.toContain("Ça va");
    const envelope = JSON.parse(a);
    expect(envelope).toMatchObject({
      format: "bounce-back-encrypted",
      version: 2,
      kdf: { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS },
      cipher: { name: "AES-GCM" },
    });
    expect(envelope.kdf.salt).not.toBe(JSON.parse(b).kdf.salt);
    expect(envelope.cipher.iv).not.toBe(JSON.parse(b).cipher.iv);
    expect(await decryptText(a, "correct horse battery")).toEqual({ ok: true, text });
  }, 20_000);

  it("a wrong passphrase, a tampered file and a truncated file each get a clear error", async () => {
    const sealed = await encryptText(backup("private words"), "right one");
    const wrong = await decryptText(sealed, "wrong one");
    expect(wrong).toMatchObject({ ok: false, reason: "wrong-passphrase" });

    const o = JSON.parse(sealed);
    const bytes = atob(o.data);
    o.data = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    expect(await decryptText(JSON.stringify(o), "right one")).toMatchObject({
      ok: false,
      reason: "wrong-passphrase",
    });

    const truncated = await decryptText(sealed.slice(0, sealed.length - 40), "right one");
    expect(truncated).toMatchObject({ ok: false, reason: "damaged" });
    if (!truncated.ok) expect(truncated.error).toMatch(/nothing was imported/i);
  }, 20_000);

  it("an old unencrypted backup is not taken for an encrypted one, and still imports", () => {
    const s = new FakeStorage();
    const plain = backup("from last year");
    expect(isEncrypted(plain)).toBe(false);
    expect(
      importSite(
        plain,
        () => null,
        () => s,
      ),
    ).toMatchObject({ ok: true });
    expect(exportSite(() => s)).toContain("from last year");
  });
});
