/**
 * The optional lock for shared devices: everything this site keeps is
 * encrypted with the person's passphrase (the same envelope as an encrypted
 * backup, crypto.ts) under one key, LOCKED_KEY, and the readable keys are
 * removed. Unlocking (once per visit) brings them back. A forgotten
 * passphrase cannot be recovered: there is no other copy of the key.
 *
 * Not yet wired into the worksheet's page (see the report of issue 15): this
 * is the storage half, tested in lock.test.ts.
 */
import { decryptText, encryptText, ITERATIONS } from "./crypto";
import { CLEARED_KEY, keysWith } from "./site-data";
import { SITE_PREFIX, type StorageLike } from "./storage";

export const LOCKED_KEY = `${SITE_PREFIX}locked`;
/** The theme is not private and is read before the page paints, so it stays readable. */
const KEEP_READABLE = new Set([LOCKED_KEY, CLEARED_KEY, `${SITE_PREFIX}theme`]);

export const isLocked = (s: StorageLike) => s.getItem(LOCKED_KEY) !== null;

export type LockResult = { ok: true } | { ok: false; error: string };

/** Encrypts every readable key into LOCKED_KEY, then removes them. On any failure nothing is removed. */
export async function lock(
  s: StorageLike,
  passphrase: string,
  iterations = ITERATIONS,
): Promise<LockResult> {
  if (passphrase.length < 8)
    return { ok: false, error: "Use a passphrase of 8 characters or more." };
  if (isLocked(s)) return { ok: false, error: "Your writing is locked already." };
  const data: Record<string, string> = {};
  for (const key of keysWith(s, SITE_PREFIX))
    if (!KEEP_READABLE.has(key)) data[key] = s.getItem(key) ?? "";
  const sealed = await encryptText(JSON.stringify(data), passphrase, iterations);
  try {
    s.setItem(LOCKED_KEY, sealed);
  } catch {
    return { ok: false, error: "There is not enough room in this browser to lock your writing." };
  }
  for (const key of Object.keys(data)) s.removeItem(key);
  return { ok: true };
}

/** Decrypts LOCKED_KEY and brings the keys back; a wrong passphrase changes nothing. */
export async function unlock(s: StorageLike, passphrase: string): Promise<LockResult> {
  const sealed = s.getItem(LOCKED_KEY);
  if (sealed === null) return { ok: true };
  const opened = await decryptText(sealed, passphrase);
  if (!opened.ok)
    return {
      ok: false,
      error:
        opened.reason === "wrong-passphrase"
          ? "That passphrase does not unlock your writing. Check it and try again."
          : opened.error,
    };
  const data = JSON.parse(opened.text) as Record<string, string>;
  try {
    for (const [key, value] of Object.entries(data))
      if (key.startsWith(SITE_PREFIX) && !KEEP_READABLE.has(key)) s.setItem(key, value);
  } catch {
    return { ok: false, error: "There is not enough room in this browser to unlock your writing." };
  }
  s.removeItem(LOCKED_KEY);
  return { ok: true };
}
