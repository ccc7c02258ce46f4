/**
 * Opening this visit's locked words (lock.ts) for the page: the Vault becomes
 * what browserStorage() returns, and another tab's changes to the locked
 * envelope reach this page's stores as ordinary storage events.
 */
import { keyFromText } from "./crypto";
import { rawStorage } from "./delete-all";
import { forgetVisitKey, LOCKED_KEY } from "./lock";
import { openVault } from "./vault";

/** Another tab changed a key: tell this page's stores as the browser would. */
const changed = (key: string, newValue: string | null) =>
  dispatchEvent(new StorageEvent("storage", { key, newValue }));

/** Opens the words with this visit's key (as text); false if it does not open them. */
export async function openVisit(text: string): Promise<boolean> {
  try {
    const vault = await openVault(rawStorage(), await keyFromText(text), changed, forgetVisitKey);
    if (!vault) return false;
    globalThis.bbStore = vault;
    // Gone (deleted, or the lock taken off): absorbing "" closes the vault.
    addEventListener("storage", (e) => e.key === LOCKED_KEY && vault.absorb(e.newValue ?? ""));
    return true;
  } catch {
    return false;
  }
}
