/**
 * The lock's page side, built on its own into lock.js (scripts/build-modules.ts)
 * and imported by the pre-paint script (src/scripts/theme-init.js) only when
 * the lock is set, so pages without a lock carry none of it. Every page counts
 * it in its "all JavaScript" budget, so it only opens: the passphrase is asked
 * for on /about/#lock (src/islands/lock/LockSettings.tsx).
 *
 * `o` (started on import) settles `globalThis.bbOpen`, which every island
 * waits for:
 * - with this tab's wrapped key (src/lib/local-store/tab-key.ts), it opens the
 *   words into a Vault (src/lib/local-store/vault.ts) and puts it where
 *   browserStorage() finds it; if that key stops opening them (a new
 *   passphrase set in another tab), the page hides and reloads;
 * - otherwise, on a page with private words, it shows LockGate.astro in place
 *   of them (with a link to unlock that brings the person back, and, after
 *   the page was locked from elsewhere, a line saying so), and the islands
 *   there wait; anywhere else the stores see storage as blocked.
 *
 * "Lock it now" or a new passphrase in another tab (LockSettings.tsx posts on
 * the LOCKED_KEY channel) hides and reloads the page here too. The lock being
 * set or taken off, and Back into a page locked since, are caught by the
 * pre-paint script itself, which must see them on pages without a lock.
 */
import { LOCKED_KEY } from "../lib/local-store/lock";
import { tabKey } from "../lib/local-store/tab-key";
import { openVisit } from "../lib/local-store/visit";

/** Set (here and by the pre-paint script) before reloading a page locked from elsewhere. */
const RELOCKED = "bbRelocked";

function relock() {
  document.documentElement.hidden = true;
  history.replaceState({ ...history.state, [RELOCKED]: 1 }, "");
  location.reload();
}

try {
  const channel = new BroadcastChannel(LOCKED_KEY);
  channel.onmessage = relock;
  // Closed on leaving, so the channel never keeps the page out of the back/forward cache
  // (the pre-paint script reloads a page shown again from there while the lock is set).
  addEventListener("pagehide", () => channel.close());
} catch {}

async function start() {
  const key = await tabKey();
  if (key && (await openVisit(key, relock))) return;
  // Imported from the head: the page below may not be parsed yet.
  if (document.readyState === "loading")
    await new Promise((parsed) => addEventListener("DOMContentLoaded", parsed));
  const elsewhere = (history.state as Record<string, unknown> | null)?.[RELOCKED] === 1;
  const gate = document.getElementById("lock-gate");
  if (!gate) return;
  gate.hidden = false;
  const note = document.getElementById("lock-gate-elsewhere");
  if (note) note.hidden = !elsewhere;
  for (const el of document.querySelectorAll<HTMLElement>("[data-private]")) el.hidden = true;
  // The islands here wait for an unlocked tab, which starts on the about page.
  await new Promise(() => {});
}

/** Started as soon as the pre-paint script imports this file; islands wait for it (as bbOpen). */
export const o = start();
