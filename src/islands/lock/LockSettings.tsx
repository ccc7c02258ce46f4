import { Component } from "preact";
import { rawStorage } from "../../lib/local-store/delete-all";
import {
  forgetVisitKey,
  isLocked,
  keepVisitKey,
  lock,
  removeLock,
  unlock,
} from "../../lib/local-store/lock";
import { NewPassphrase } from "../ui/new-passphrase/NewPassphrase";
import { Notice } from "../ui/notice/Notice";
import { PassphraseForm } from "../ui/passphrase/PassphraseForm";

type Phase = "off" | "locked" | "open" | "unavailable";

interface State {
  phase: Phase;
  /** What just happened, said once after the page reloads (history.state). */
  news: string;
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
function sentFrom(): string | null {
  const back = new URLSearchParams(location.search).get("back");
  return back?.startsWith("/") && !back.startsWith("//") ? back : null;
}

/** Reloads so every part of the page reads storage afresh; `news` is said after. */
function reloadWith(news: string) {
  history.replaceState({ ...history.state, [NEWS]: news }, "");
  location.reload();
}

/**
 * The lock on /about/ (src/lib/local-store/lock.ts): set it, unlock this
 * visit, lock again now, or remove it. Each change reloads the page, so
 * every part of it reads storage afresh.
 */
export default class LockSettings extends Component<object, State> {
  override state: State = {
    phase: phase(),
    news: (history.state as Record<string, string> | null)?.[NEWS] ?? "",
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
    keepVisitKey(result.visitKey);
    reloadWith("Done: your writing is now locked.");
    return null;
  };

  /** Unlocks this visit, or (remove) takes the lock off. */
  withPassphrase = (remove: boolean) => async (passphrase: string) => {
    const s = rawStorage();
    const result = remove ? await removeLock(s, passphrase) : await unlock(s, passphrase);
    if (!result.ok) return result.error;
    forgetVisitKey();
    if ("visitKey" in result && typeof result.visitKey === "string") keepVisitKey(result.visitKey);
    const back = sentFrom();
    if (!remove && back) {
      location.assign(back);
      return null;
    }
    reloadWith(
      remove
        ? "The lock is off. Your writing is kept as before, readable by anyone using this browser."
        : "Your writing is open in this tab until you close it.",
    );
    return null;
  };

  lockNow = () => {
    forgetVisitKey();
    reloadWith("Your writing is locked again. The passphrase opens it.");
  };

  passphrase(remove: boolean) {
    return (
      <PassphraseForm
        id={remove ? "lock-remove-pass" : "lock-open-pass"}
        submit={remove ? "Remove the lock" : "Unlock"}
        busy="Checking…"
        secondary={remove}
        onPassphrase={this.withPassphrase(remove)}
      />
    );
  }

  render(_: object, { phase, news }: State) {
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
            <button type="button" class="btn btn-primary mt-3" onClick={this.lockNow}>
              Lock it now
            </button>
            <h3 class="mt-6 text-lg font-bold">Take the lock off</h3>
            <p class="mt-2">Your writing goes back to being kept as plain text in this browser.</p>
            {this.passphrase(true)}
          </>
        )}
      </div>
    );
  }
}
