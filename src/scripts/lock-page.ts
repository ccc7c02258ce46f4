/**
 * The lock's page side, built on its own into lock.js (scripts/build-modules.ts)
 * and imported by the pre-paint script (src/scripts/theme-init.js) only when
 * the lock is set, so pages without a lock carry none of it. Every page counts
 * it in its "all JavaScript" budget, so it only opens: the passphrase is asked
 * for on /about/#lock (src/islands/lock/LockSettings.tsx).
 *
 * `o` (started on import) settles `globalThis.bbOpen`, which every island
 * waits for:
 * - with this visit's key in sessionStorage, it opens the words into a Vault
 *   (src/lib/local-store/vault.ts) and puts it where browserStorage() finds it;
 * - otherwise, on a page with private words, it shows LockGate.astro in place
 *   of them (with a link to unlock that brings the person back), and the
 *   islands there wait; anywhere else the stores see storage as blocked.
 */
import { visitKey } from "../lib/local-store/lock";
import { openVisit } from "../lib/local-store/visit";

async function start() {
  const visit = visitKey();
  if (visit && (await openVisit(visit))) return;
  // Imported from the head: the page below may not be parsed yet.
  if (document.readyState === "loading")
    await new Promise((parsed) => addEventListener("DOMContentLoaded", parsed));
  const gate = document.getElementById("lock-gate");
  if (!gate) return;
  gate.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>("[data-private]")) el.hidden = true;
  // The islands here wait for an unlocked visit, which starts on the about page.
  await new Promise(() => {});
}

/** Started as soon as the pre-paint script imports this file; islands wait for it (as bbOpen). */
export const o = start();
