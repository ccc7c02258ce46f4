/**
 * The optional lock for shared devices. While it is set, everything this site
 * keeps (apart from the few keys in READABLE) is held in one key, LOCKED_KEY,
 * encrypted with the person's passphrase: the same envelope as an encrypted
 * backup (crypto.ts), so the same PBKDF2 iterations and AES-GCM. No readable
 * text is left in localStorage.
 *
 * A visit is unlocked once: the passphrase derives the key (slow on purpose),
 * and the key itself, not the passphrase, is kept in sessionStorage under
 * VISIT_KEY, which the browser forgets when the tab is closed. Pages then read
 * and write through a Vault (vault.ts), which keeps the words in memory and
 * writes them back encrypted. A forgotten passphrase cannot be recovered:
 * there is no other copy of the key.
 */
import {
  ENCRYPTED_FORMAT,
  ENCRYPTED_VERSION,
  type Envelope,
  ITERATIONS,
  keyFor,
  keyText,
  newKdf,
  openWith,
  sealWith,
} from "./crypto";
import { MIN_PASSPHRASE } from "./passphrase";
import { CLEARED_KEY, keysWith } from "./site-data";
import { SITE_PREFIX, type StorageLike } from "./storage";

/** While the lock is set, this holds everything else, encrypted. */
export const LOCKED_KEY = `${SITE_PREFIX}locked`;

/** In sessionStorage: the key for this visit, as text. */
export const VISIT_KEY = `${SITE_PREFIX}visit-key`;
/** The theme is not private and is read before the page paints; the others are about storage itself. */
const READABLE = new Set([LOCKED_KEY, CLEARED_KEY, `${SITE_PREFIX}theme`]);

/** True for keys that stay in localStorage as they are while the lock is set. */
export const staysReadable = (key: string) => !key.startsWith(SITE_PREFIX) || READABLE.has(key);

export const isLocked = (s: StorageLike) => s.getItem(LOCKED_KEY) !== null;

/** Ends this visit's unlocking (sessionStorage may be blocked: then there is nothing to forget). */
export function forgetVisitKey() {
  try {
    sessionStorage.removeItem(VISIT_KEY);
  } catch {}
}

/** The key for this visit, if this tab was unlocked. */
export function visitKey(): string | null {
  try {
    return sessionStorage.getItem(VISIT_KEY);
  } catch {
    return null;
  }
}

/** Keeps the key for this visit; false if the browser refuses session storage. */
export function keepVisitKey(text: string): boolean {
  try {
    globalThis.sessionStorage.setItem(VISIT_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export type LockResult = { ok: true; visitKey: string } | { ok: false; error: string };

const WRONG = "That passphrase does not unlock your writing. Check it and try again.";
const DAMAGED = "Your locked writing could not be read. Nothing was changed.";

/** The private keys and their values, as the locked envelope holds them. */
export type Sealed = Record<string, string>;

/**
 * Reads an envelope the lock wrote (LOCKED_KEY's, by default); null when it is
 * missing or not one. Lighter than the backup's readEnvelope: nobody chose
 * this text, so there is no message to give, and a changed one does not open.
 */
export function lockedEnvelope(s: StorageLike, text = s.getItem(LOCKED_KEY)): Envelope | null {
  try {
    const e = JSON.parse(text ?? "") as Envelope;
    return e.format === ENCRYPTED_FORMAT &&
      e.version <= ENCRYPTED_VERSION &&
      e.kdf.iterations >= 1e5
      ? e
      : null;
  } catch {
    return null;
  }
}

/**
 * The words inside, when this key opens them. AES-GCM authenticates, so what
 * opens is what this site wrote with this key.
 */
export async function openSealed(key: CryptoKey, envelope: Envelope): Promise<Sealed | null> {
  const text = await openWith(key, envelope);
  return text === null ? null : (JSON.parse(text) as Sealed);
}

/**
 * Sets the lock: encrypts every private key into LOCKED_KEY, then removes
 * them. On any failure nothing is removed. Returns the key for this visit, so
 * the person who set it carries on without typing the passphrase again.
 */
export async function lock(
  s: StorageLike,
  passphrase: string,
  iterations = ITERATIONS,
): Promise<LockResult> {
  if (passphrase.length < MIN_PASSPHRASE)
    return { ok: false, error: `Use a passphrase of ${MIN_PASSPHRASE} characters or more.` };
  if (isLocked(s)) return { ok: false, error: "Your writing is locked already." };
  const data: Sealed = {};
  for (const key of keysWith(s, SITE_PREFIX))
    if (!staysReadable(key)) data[key] = s.getItem(key) ?? "";
  const kdf = newKdf(iterations);
  const key = await keyFor(passphrase, kdf, true);
  const sealed = await sealWith(key, kdf, JSON.stringify(data));
  try {
    s.setItem(LOCKED_KEY, sealed);
  } catch {
    return { ok: false, error: "There is not enough room in this browser to lock your writing." };
  }
  for (const k of Object.keys(data)) s.removeItem(k);
  return { ok: true, visitKey: await keyText(key) };
}

/** Checks the passphrase and gives the key for this visit; nothing in storage changes. */
export async function unlock(s: StorageLike, passphrase: string): Promise<LockResult> {
  const envelope = lockedEnvelope(s);
  if (!envelope) return { ok: false, error: DAMAGED };
  const key = await keyFor(passphrase, envelope.kdf, true);
  return (await openSealed(key, envelope))
    ? { ok: true, visitKey: await keyText(key) }
    : { ok: false, error: WRONG };
}

/**
 * Removes the lock: the words go back into storage as they were before, and
 * LOCKED_KEY goes. A wrong passphrase changes nothing.
 */
export async function removeLock(
  s: StorageLike,
  passphrase: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const envelope = lockedEnvelope(s);
  if (!envelope)
    return s.getItem(LOCKED_KEY) === null ? { ok: true } : { ok: false, error: DAMAGED };
  const data = await openSealed(await keyFor(passphrase, envelope.kdf), envelope);
  if (!data) return { ok: false, error: WRONG };
  const written: string[] = [];
  try {
    for (const [key, value] of Object.entries(data)) {
      s.setItem(key, value);
      written.push(key);
    }
  } catch {
    for (const key of written) s.removeItem(key);
    return { ok: false, error: "There is not enough room in this browser to unlock your writing." };
  }
  s.removeItem(LOCKED_KEY);
  return { ok: true };
}
