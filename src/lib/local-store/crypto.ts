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

/** The AES-GCM key for a passphrase; `extractable` only for the lock's key for one visit (lock.ts). */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations = ITERATIONS,
  extractable = false,
) {
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
    extractable,
    ["encrypt", "decrypt"],
  );
}

/** A new random salt, as the envelope's `kdf` holds it. */
export const newKdf = (iterations = ITERATIONS): Envelope["kdf"] => ({
  name: "PBKDF2",
  hash: "SHA-256",
  iterations,
  salt: b64(crypto.getRandomValues(new Uint8Array(16))),
});

/** The key for this envelope's salt and iterations. */
export const keyFor = (passphrase: string, kdf: Envelope["kdf"], extractable = false) =>
  deriveKey(passphrase, unb64(kdf.salt), kdf.iterations, extractable);

/** Encrypts text with a key already derived for `kdf`, under a new random IV. */
export async function sealWith(key: CryptoKey, kdf: Envelope["kdf"], text: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(text)),
  );
  const envelope: Envelope = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf,
    cipher: { name: "AES-GCM", iv: b64(iv) },
    data: b64(data),
  };
  return JSON.stringify(envelope);
}

/** The text inside an envelope, or null when this key does not open it (or it was changed). */
export async function openWith(key: CryptoKey, envelope: Envelope): Promise<string | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: unb64(envelope.cipher.iv) },
      key,
      unb64(envelope.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

export async function encryptText(
  text: string,
  passphrase: string,
  iterations = ITERATIONS,
): Promise<string> {
  const kdf = newKdf(iterations);
  return sealWith(await keyFor(passphrase, kdf), kdf, text);
}

/** Raw key bytes as text (the lock keeps them for one visit), and back. */
export const keyText = async (key: CryptoKey) =>
  b64(new Uint8Array(await crypto.subtle.exportKey("raw", key)));
export const keyFromText = (text: string) =>
  crypto.subtle.importKey("raw", unb64(text) as BufferSource, "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);

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

type Failed = Extract<Decrypted, { ok: false }>;

/** A readable envelope (checked, not yet opened), or why it is not one. */
export function readEnvelope(text: string): { ok: true; envelope: Envelope } | Failed {
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
    if (unb64(kdf.salt).length !== 16 || unb64(cipher.iv).length !== 12 || unb64(data).length < 16)
      throw new Error("sizes");
    return { ok: true, envelope: o as Envelope };
  } catch {
    return { ok: false, reason: "damaged", error: DAMAGED };
  }
}

export async function decryptText(text: string, passphrase: string): Promise<Decrypted> {
  const read = readEnvelope(text);
  if (!read.ok) return read;
  const plain = await openWith(await keyFor(passphrase, read.envelope.kdf), read.envelope);
  if (plain !== null) return { ok: true, text: plain };
  return {
    ok: false,
    reason: "wrong-passphrase",
    error:
      "That passphrase does not open this backup, or the file was changed since it was saved. Nothing was imported. Check the passphrase and try again.",
  };
}
