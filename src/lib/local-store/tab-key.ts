/**
 * What a tab keeps so that it stays unlocked from page to page, without the
 * lock's key ever existing as bytes a script (or the browser's profile) can
 * read as text. The design, a wrapped key (docs/ARCHITECTURE.md, "The lock"):
 *
 * - The lock's AES-GCM key is derived from the passphrase (lock.ts) and used
 *   in pages only as a non-extractable CryptoKey.
 * - When a tab unlocks, a fresh random wrapping key for this tab is made,
 *   non-extractable, and stored in IndexedDB (which holds CryptoKey objects
 *   as they are: no script can read its bytes). The lock's key is wrapped
 *   with it (AES-GCM) at once, and only that wrapped, encrypted copy goes
 *   into sessionStorage, which the browser forgets when the tab closes.
 * - Each page unwraps it into a non-extractable CryptoKey. Neither half opens
 *   anything alone: the wrapping key in IndexedDB outlives the tab but
 *   unwraps nothing once the tab's sessionStorage is gone; the wrapped copy
 *   is ciphertext.
 * - "Lock it now", "Change passphrase" and taking the lock off delete every
 *   tab's wrapping key (forgetAllTabKeys), so every open tab's copy stops
 *   working at once, even after a reload.
 *
 * Why not keep the non-extractable lock key itself in IndexedDB: it would
 * outlive the tab (IndexedDB is not forgotten on close), and anyone opening
 * the site in this browser later could use it to decrypt. Where IndexedDB is
 * unavailable, the tab stays unlocked for this page only.
 */
import { b64, unb64 } from "./crypto";
import { SITE_PREFIX } from "./storage";

/** In sessionStorage: this tab's id and its wrapped copy of the lock's key (ciphertext). */
export const VISIT_KEY = `${SITE_PREFIX}visit-key`;
const DB = "bounce-back-lock";
const STORE = "tab-keys";

interface Kept {
  id: string;
  iv: string;
  wrapped: string;
}

function db(): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
}

/** One request in its own transaction; closes the database after. */
async function run<T>(
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const d = await db();
  try {
    return await new Promise<T>((done, fail) => {
      const tx = d.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => done(req.result);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  } finally {
    d.close();
  }
}

function readKept(): Kept | null {
  try {
    const o = JSON.parse(sessionStorage.getItem(VISIT_KEY) ?? "null") as Kept | null;
    return o && typeof o.id === "string" ? o : null;
  } catch {
    return null;
  }
}

/** Forgets this tab's copy (the tab locks again; other tabs keep theirs). */
async function forgetTabKey(): Promise<void> {
  const kept = readKept();
  try {
    sessionStorage.removeItem(VISIT_KEY);
  } catch {}
  if (kept) await run("readwrite", (s) => s.delete(kept.id)).catch(() => undefined);
}

/** Deletes every tab's wrapping key: every tab's copy of the lock's key stops working. */
export async function forgetAllTabKeys(): Promise<void> {
  try {
    sessionStorage.removeItem(VISIT_KEY);
  } catch {}
  await run("readwrite", (s) => s.clear()).catch(() => undefined);
}

/**
 * Keeps the lock's key for this tab, wrapped (the key must be extractable for
 * wrapKey; the caller drops it after this). False when the browser refuses
 * IndexedDB or sessionStorage: then this page alone stays unlocked.
 */
export async function keepTabKey(key: CryptoKey): Promise<boolean> {
  try {
    const wrapping = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "wrapKey",
      "unwrapKey",
    ]);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const wrapped = new Uint8Array(
      await crypto.subtle.wrapKey("raw", key, wrapping, { name: "AES-GCM", iv }),
    );
    const id = b64(crypto.getRandomValues(new Uint8Array(16)));
    await forgetTabKey();
    await run("readwrite", (s) => s.put(wrapping, id));
    sessionStorage.setItem(VISIT_KEY, JSON.stringify({ id, iv: b64(iv), wrapped: b64(wrapped) }));
    return true;
  } catch {
    return false;
  }
}

/** This tab's lock key as a non-extractable CryptoKey, or null (never unlocked, or locked since). */
export async function tabKey(): Promise<CryptoKey | null> {
  const kept = readKept();
  if (!kept) return null;
  try {
    const wrapping = await run<CryptoKey | undefined>("readonly", (s) => s.get(kept.id));
    if (!wrapping) return null;
    return await crypto.subtle.unwrapKey(
      "raw",
      unb64(kept.wrapped) as BufferSource,
      wrapping,
      { name: "AES-GCM", iv: unb64(kept.iv) as BufferSource },
      "AES-GCM",
      false,
      ["encrypt", "decrypt"],
    );
  } catch {
    return null;
  }
}
