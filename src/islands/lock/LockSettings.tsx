import { Component } from "preact";
import { safeBack } from "../../lib/local-store/back-link";
import {
  changePassphrase,
  isLocked,
  LOCKED_KEY,
  lock,
  markForRekey,
  removeLock,
  unlock,
} from "../../lib/local-store/lock";
import { rawStorage } from "../../lib/local-store/storage";
import { forgetAllTabKeys, keepTabKey } from "../../lib/local-store/tab-key";
import { BASE } from "../../lib/paths/base";
import { focusSoon } from "../ui/focus";
import { NewPassphrase } from "../ui/new-passphrase/NewPassphrase";
import { Notice } from "../ui/notice/Notice";
import { PassphraseForm } from "../ui/passphrase/PassphraseForm";

type Phase = "off" | "locked" | "open" | "unavailable";

interface State {
  phase: Phase;
  /** What just happened, said once after the page reloads (history.state). */
  news: string;
  /** The current passphrase, once checked, while a new one is chosen. */
  changing: string | null;
}

const NEWS = "lock-news";

function phase(): Phase {
  try {
    if (!isLocked(rawStorage())) return "off";
  } catch {
    return "unavailable";
  }
  return globalThis.bbStore ? "open" : "locked";
}

/** The page that sent the person here to unlock (LockGate.astro), if it is one of this site's. */
const sentFrom = () =>
  safeBack(new URLSearchParams(location.search).get("back"), location.origin, BASE);

/** Reloads so every part of the page reads storage afresh; `news` is said after. */
function reloadWith(news: string) {
  history.replaceState({ ...history.state, [NEWS]: news }, "");
  location.reload();
}

/** Tells every other open tab that its key no longer opens the words (lock-page.ts listens). */
function tellOtherTabs() {
  try {
    const channel = new BroadcastChannel(LOCKED_KEY);
    channel.postMessage("locked");
    channel.close();
  } catch {}
}

/** Keeps the new key for this tab; says so when the browser will not keep it from page to page. */
async function keep(key: CryptoKey, news: string) {
  const kept = await keepTabKey(key);
  return kept
    ? news
    : `${news} This browser will not keep it open from page to page, so you may be asked for the passphrase again.`;
}

/**
 * The lock on /about/ (src/lib/local-store/lock.ts): set it, unlock this
 * tab, lock every tab now, change the passphrase, or remove it. Each change
 * reloads the page, so every part of it reads storage afresh.
 */
export default class LockSettings extends Component<object, State> {
  override state: State = {
    phase: phase(),
    news: (history.state as Record<string, string> | null)?.[NEWS] ?? "",
    changing: null,
  };

  override componentDidMount() {
    if (this.state.phase === "locked" && sentFrom()) {
      // After the load, when the browser has scrolled to #lock (which would take focus away).
      const focus = () => document.getElementById("lock-open-pass")?.focus();
      if (document.readyState === "complete") focus();
      else addEventListener("load", focus, { once: true });
    }
    if (!this.state.news) return;
    history.replaceState({ ...history.state, [NEWS]: undefined }, "");
    document.getElementById(NEWS)?.focus();
  }

  set = async (passphrase: string) => {
    const result = await lock(rawStorage(), passphrase);
    if (!result.ok) return result.error;
    reloadWith(
      await keep(
        result.key,
        "Done: your writing is now locked. Anything written from now on is saved encrypted.",
      ),
    );
    return null;
  };

  /** Unlocks this tab, or (remove) takes the lock off. */
  withPassphrase = (remove: boolean) => async (passphrase: string) => {
    const s = rawStorage();
    if (remove) {
      const result = await removeLock(s, passphrase);
      if (!result.ok) return result.error;
      await forgetAllTabKeys();
      reloadWith(
        "The lock is off. Your writing is kept as before, readable by anyone using this browser.",
      );
      return null;
    }
    const result = await unlock(s, passphrase);
    if (!result.ok) return result.error;
    const news = await keep(
      result.key,
      "Your writing is open in this tab until you close it or choose “Lock it now”.",
    );
    const back = sentFrom();
    if (back) location.assign(back);
    else reloadWith(news);
    return null;
  };

  lockNow = async () => {
    await forgetAllTabKeys();
    try {
      markForRekey(rawStorage());
    } catch {}
    tellOtherTabs();
    reloadWith("Your writing is locked again, in every tab. The passphrase opens it.");
  };

  /** Checks the current passphrase, then asks for the new one. */
  checkCurrent = async (passphrase: string) => {
    const result = await unlock(rawStorage(), passphrase);
    if (!result.ok) return result.error;
    this.setState({ changing: passphrase });
    focusSoon("lock-change-new-pass");
    return null;
  };

  change = async (next: string) => {
    const current = this.state.changing;
    if (current === null) return null;
    const result = await changePassphrase(rawStorage(), current, next);
    if (!result.ok) return result.error;
    await forgetAllTabKeys();
    tellOtherTabs();
    this.setState({ changing: null });
    reloadWith(
      await keep(
        result.key,
        "Done: the new passphrase is the one that opens your writing now. Any other tab asks for it.",
      ),
    );
    return null;
  };

  passphrase(remove: boolean) {
    return (
      <PassphraseForm
        id={remove ? "lock-remove-pass" : "lock-open-pass"}
        submit={remove ? "Remove the lock" : "Unlock"}
        busy="Checking…"
        secondary={remove}
        unsaved
        onPassphrase={this.withPassphrase(remove)}
      />
    );
  }

  render(_: object, { phase, news, changing }: State) {
    return (
      <div>
        {news && (
          <div id={NEWS} tabIndex={-1} class="mb-4">
            <Notice tone="success" role="status" title={news} />
          </div>
        )}
        {phase === "unavailable" && (
          <p>This browser is not letting the site keep anything, so there is nothing to lock.</p>
        )}
        {phase === "off" && (
          <NewPassphrase
            id="lock-new"
            hint="Choose a passphrase you will remember. Your writing is encrypted with it on this device. If you forget it, no one can open your writing again, not even this site."
            submit="Lock my writing"
            busy="Locking…"
            unsaved
            onPassphrase={this.set}
          />
        )}
        {phase === "locked" && (
          <>
            <p class="font-semibold">Your writing is locked.</p>
            <p class="mt-2">
              Enter your passphrase to open it in this tab, or to take the lock off.
            </p>
            {this.passphrase(false)}
          </>
        )}
        {phase === "open" && (
          <>
            <p class="font-semibold">
              Your writing is locked, and open in this tab until you close it.
            </p>
            <p class="mt-2">
              “Lock it now” closes it in every tab at once. The next time it is opened, it is
              encrypted again with a new key.
            </p>
            <button type="button" class="btn btn-primary mt-3" onClick={this.lockNow}>
              Lock it now
            </button>
            <h3 class="mt-6 text-lg font-bold">Change the passphrase</h3>
            {changing === null ? (
              <>
                <p class="mt-2">
                  First enter the passphrase you use now. Any other open tab will ask for the new
                  one.
                </p>
                <PassphraseForm
                  id="lock-change-pass"
                  label="Current passphrase"
                  submit="Next"
                  busy="Checking…"
                  secondary
                  unsaved
                  onPassphrase={this.checkCurrent}
                />
              </>
            ) : (
              <NewPassphrase
                id="lock-change-new"
                label="New passphrase"
                hint="Choose the new passphrase. Everything is encrypted again with it; the old one stops working."
                submit="Change the passphrase"
                busy="Changing…"
                unsaved
                onPassphrase={this.change}
              />
            )}
            <h3 class="mt-6 text-lg font-bold">Take the lock off</h3>
            <p class="mt-2">Your writing goes back to being kept as plain text in this browser.</p>
            {this.passphrase(true)}
          </>
        )}
      </div>
    );
  }
}
