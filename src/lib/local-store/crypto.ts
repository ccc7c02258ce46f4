/**
 * Passphrase encryption for backups (and, later, the lock), with WebCrypto:
 * PBKDF2-SHA-256 with ITERATIONS iterations and a random 16-byte salt derives
 * an AES-GCM 256-bit key; each encryption uses a random 12-byte IV. AES-GCM
 * authenticates: a wrong passphrase and a changed file fail the same way, and
 * nothing is ever half-read.
 *
 * The envelope (README "The encrypted backup format"), version 1:
 *   { "format": "bounce-back-encrypted", "version": 1,
 *     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64>" },
 *     "cipher": { "name": "AES-GCM", "iv": "<base64>" },
 *     "data": "<base64 of the ciphertext and its 16-byte tag>" }
 * The plain text inside is the unencrypted backup, exactly as it would be saved.
 */
export const ENCRYPTED_FORMAT = "bounce-back-encrypted";
export const ENCRYPTED_VERSION = 1;
export const ITERATIONS = 600_000;

export interface Envelope {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: string };
  cipher: { name: "AES-GCM"; iv: string };
  data: string;
}

export type Decrypted =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: "not-encrypted" | "damaged" | "newer" | "wrong-passphrase";
      error: string;
    };

const b64 = (bytes: Uint8Array) => {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = ITERATIONS) {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function encryptText(
  text: string,
  passphrase: string,
  iterations = ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(text)),
  );
  const envelope: Envelope = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: b64(salt) },
    cipher: { name: "AES-GCM", iv: b64(iv) },
    data: b64(data),
  };
  return JSON.stringify(envelope, null, 1);
}

/** True when the text is (or claims to be) an encrypted backup: import then asks for the passphrase. */
export function isEncrypted(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown })?.format === ENCRYPTED_FORMAT;
  } catch {
    return /^\s*\{\s*"format"\s*:\s*"bounce-back-encrypted"/.test(text);
  }
}

const DAMAGED =
  "This backup file is damaged or incomplete, so nothing was imported. Try the file again, or another copy of it.";

export async function decryptText(text: string, passphrase: string): Promise<Decrypted> {
  let o: Partial<Envelope>;
  try {
    o = JSON.parse(text);
  } catch {
    return isEncrypted(text)
      ? { ok: false, reason: "damaged", error: DAMAGED }
      : { ok: false, reason: "not-encrypted", error: "This file is not an encrypted backup." };
  }
  if (o?.format !== ENCRYPTED_FORMAT)
    return { ok: false, reason: "not-encrypted", error: "This file is not an encrypted backup." };
  if (typeof o.version !== "number" || o.version > ENCRYPTED_VERSION)
    return {
      ok: false,
      reason: "newer",
      error:
        "This backup was saved by a newer version of this site. Reload the page and try again.",
    };
  try {
    const { kdf, cipher, data } = o as Envelope;
    if (kdf.name !== "PBKDF2" || kdf.hash !== "SHA-256" || cipher.name !== "AES-GCM")
      throw new Error("unknown");
    if (
      !Number.isInteger(kdf.iterations) ||
      kdf.iterations < 100_000 ||
      kdf.iterations > 10_000_000
    )
      throw new Error("iterations");
    const salt = unb64(kdf.salt);
    const iv = unb64(cipher.iv);
    const bytes = unb64(data);
    if (salt.length !== 16 || iv.length !== 12 || bytes.length < 16) throw new Error("sizes");
    const key = await deriveKey(passphrase, salt, kdf.iterations);
    try {
      const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, bytes);
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(plain) };
    } catch {
      return {
        ok: false,
        reason: "wrong-passphrase",
        error:
          "That passphrase does not open this backup, or the file was changed since it was saved. Nothing was imported. Check the passphrase and try again.",
      };
    }
  } catch {
    return { ok: false, reason: "damaged", error: DAMAGED };
  }
}
