/**
 * Passphrase encryption for backups (and, later, the lock), with WebCrypto:
 * PBKDF2-SHA-256 with ITERATIONS iterations and a random 16-byte salt derives
 * an AES-GCM 256-bit key; each encryption uses a random 12-byte IV. AES-GCM
 * authenticates: a wrong passphrase and a changed file fail the same way, and
 * nothing is ever half-read.
 *
 * The envelope (docs/ARCHITECTURE.md, "The encrypted backup format"), version 2:
 *   { "format": "bounce-back-encrypted", "version": 2,
 *     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64>" },
 *     "cipher": { "name": "AES-GCM", "iv": "<base64>" },
 *     "data": "<base64 of the ciphertext and its 16-byte tag>" }
 * The plain text inside is the unencrypted backup, exactly as it would be saved.
 * Version 2 binds the header (format, version and kdf: `header()`) to the
 * ciphertext as AES-GCM additional data, so changing any of it (say, the
 * version, to make it read as version 1) makes the envelope refuse to open.
 * Version 1 (the same, without additional data) still opens.
 */
export const ENCRYPTED_FORMAT = "bounce-back-encrypted";
export const ENCRYPTED_VERSION = 2;
export const ITERATIONS = 600_000;
/**
 * The iterations any envelope may ask for. Checked on every path that derives
 * a key (keyFor), so a hand-edited 2,000,000,000 is refused at once with a
 * message rather than leaving the page deriving for hours.
 */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
export const iterationsOk = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= MIN_ITERATIONS && (n as number) <= MAX_ITERATIONS;

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

/** The built-in base64 where the browser has it (Uint8Array.prototype.toBase64 / fromBase64). */
type Base64Native = {
  toBase64?: (this: Uint8Array) => string;
};
type Base64Ctor = { fromBase64?: (text: string) => Uint8Array };

/**
 * Bytes as base64: the browser's own where present, otherwise in chunks of
 * 32,768 characters through String.fromCharCode (one call per chunk, not one
 * string concatenation per byte, which froze typing under the lock).
 */
export function b64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & Base64Native).toBase64;
  if (typeof native === "function") return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000)
    parts.push(
      String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]),
    );
  return btoa(parts.join(""));
}

/** Base64 back to bytes; throws on text that is not base64. */
export function unb64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Ctor).fromBase64;
  if (typeof native === "function") return native(text);
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The header an envelope binds as additional data (version 2 on): every
 * field that says how to open it, in a fixed order. `slot` names one sealed
 * part of the lock's envelope (lock.ts), so parts cannot be swapped.
 */
export const header = (
  e: Pick<Envelope, "format" | "version" | "kdf">,
  slot?: string,
): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(
    JSON.stringify([
      e.format,
      e.version,
      e.kdf.name,
      e.kdf.hash,
      e.kdf.iterations,
      e.kdf.salt,
      ...(slot === undefined ? [] : [slot]),
    ]),
  );

/**
 * The AES-GCM key for a passphrase. `extractable` only for the lock, whose
 * key is wrapped at once for the tab that unlocked (tab-key.ts) and never
 * exported as bytes. Throws a RangeError for iterations out of bounds.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations = ITERATIONS,
  extractable = false,
) {
  if (!iterationsOk(iterations)) throw new RangeError("iterations");
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

/** AES-GCM with a new random IV and `aad` bound: the IV and the ciphertext (with its tag). */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array, aad?: Uint8Array) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const params: AesGcmParams = { name: "AES-GCM", iv };
  if (aad) params.additionalData = aad as BufferSource;
  const data = new Uint8Array(await crypto.subtle.encrypt(params, key, plain as BufferSource));
  return { iv, data };
}

/** The plain bytes, or null when this key (and `aad`) does not open them. */
export async function decryptBytes(
  key: CryptoKey,
  iv: Uint8Array,
  data: Uint8Array,
  aad?: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const params: AesGcmParams = { name: "AES-GCM", iv: iv as BufferSource };
    if (aad) params.additionalData = aad as BufferSource;
    return new Uint8Array(await crypto.subtle.decrypt(params, key, data as BufferSource));
  } catch {
    return null;
  }
}

/** Encrypts text with a key already derived for `kdf`, under a new random IV (version 2). */
export async function sealWith(key: CryptoKey, kdf: Envelope["kdf"], text: string) {
  const head = { format: ENCRYPTED_FORMAT, version: ENCRYPTED_VERSION, kdf } as const;
  const { iv, data } = await encryptBytes(key, new TextEncoder().encode(text), header(head));
  const envelope: Envelope = { ...head, cipher: { name: "AES-GCM", iv: b64(iv) }, data: b64(data) };
  return JSON.stringify(envelope);
}

/**
 * The text inside an envelope, or null when this key does not open it (or it
 * was changed, header included from version 2).
 */
export async function openWith(key: CryptoKey, envelope: Envelope): Promise<string | null> {
  try {
    const plain = await decryptBytes(
      key,
      unb64(envelope.cipher.iv),
      unb64(envelope.data),
      envelope.version >= 2 ? header(envelope) : undefined,
    );
    return plain && new TextDecoder().decode(plain);
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

/** Said at once for an envelope whose iterations are out of bounds (hand-edited, or not ours). */
const ITERATIONS_REFUSED =
  "This file asks for far more (or less) work to open than this site ever uses, so its settings were changed after it was saved. Nothing was opened or changed. Try another copy of it.";

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
  if (typeof o.version !== "number" || !Number.isInteger(o.version) || o.version < 1)
    return { ok: false, reason: "damaged", error: DAMAGED };
  if (o.version > ENCRYPTED_VERSION)
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
    if (!iterationsOk(kdf.iterations))
      return { ok: false, reason: "damaged", error: ITERATIONS_REFUSED };
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
