/**
 * Opening this tab's locked words (lock.ts) for the page: the Vault becomes
 * what browserStorage() returns, and another tab's changes to the locked
 * envelope reach this page's stores as ordinary storage events.
 */

import { LOCKED_KEY, PART_PREFIX, staysReadable } from "./lock";
import { rawStorage } from "./storage";
import { openVault } from "./vault";

/** Another tab changed a key: tell this page's stores as the browser would. */
const changed = (key: string, newValue: string | null) =>
  dispatchEvent(new StorageEvent("storage", { key, newValue }));

/**
 * Opens the words with this tab's key; false if it does not open them.
 * `locked` runs when the vault closes while the lock is still set (the key
 * stopped opening it): the page must hide the words.
 */
export async function openVisit(key: CryptoKey, locked: () => void): Promise<boolean> {
  try {
    const raw = rawStorage();
    const vault = await openVault(raw, key, changed, () => {
      if (raw.getItem(LOCKED_KEY) !== null) locked();
    });
    if (!vault) return false;
    globalThis.bbStore = vault;
    addEventListener("storage", (e) => {
      // Gone (deleted, or the lock taken off): absorbing "" closes the vault.
      if (e.key === LOCKED_KEY) vault.absorb(e.newValue ?? "");
      // Another tab sealed (or removed) a record.
      else if (e.key?.startsWith(PART_PREFIX)) vault.absorb(e.newValue ?? "", e.key);
      // A tab that had not seen the lock wrote a private key as plain text: seal it.
      else if (e.key && e.newValue !== null && !staysReadable(e.key)) vault.sweep();
    });
    return true;
  } catch {
    return false;
  }
}
