import { Component } from "preact";
import { clearSiteData } from "../lib/local-store/delete-all";
import { DELETES_EVERYTHING } from "../lib/local-store/delete-all-words";
import type { StorageLike } from "../lib/local-store/storage";
import { rawStorage } from "../lib/local-store/storage";
import { forgetAllTabKeys } from "../lib/local-store/tab-key";
import { ConfirmInline } from "./ui/confirm-inline/ConfirmInline";
import { focusSoon } from "./ui/focus";

interface State {
  phase: "idle" | "confirm" | "done" | "failed";
}

/**
 * Deletes everything this site stored (every declared store, see
 * src/lib/stores.ts, their backup copies, self-check results, the theme
 * choice, the lock and what it holds) and leaves the time it happened, so
 * open tabs do not write their copies back. Blocked storage holds nothing:
 * that counts as done too.
 */
export function clearAll(getStorage: () => StorageLike = rawStorage): boolean {
  const trouble = clearSiteData(getStorage);
  forgetAllTabKeys();
  return trouble === null || trouble === "blocked";
}

const BUTTON = "delete-all-button";
const CONFIRM = "delete-all-confirm";
const RESULT = "delete-all-result";

/** "Delete all my data" on /about/, with a confirmation. */
export default class DeleteAllData extends Component<object, State> {
  override state: State = { phase: "idle" };

  go(phase: State["phase"], focus: string) {
    this.setState({ phase });
    focusSoon(focus);
  }

  render(_: object, { phase }: State) {
    return (
      <div>
        {phase === "confirm" ? (
          <ConfirmInline
            id={CONFIRM}
            question="Delete all your data from this browser?"
            detail={`${DELETES_EVERYTHING} It cannot be undone.`}
            confirmLabel="Yes, delete everything"
            onConfirm={() => this.go(clearAll() ? "done" : "failed", RESULT)}
            onCancel={() => this.go("idle", BUTTON)}
          />
        ) : (
          <button
            id={BUTTON}
            type="button"
            class="btn btn-danger"
            onClick={() => this.go("confirm", CONFIRM)}
          >
            Delete all my data
          </button>
        )}
        {(phase === "done" || phase === "failed") && (
          <p
            id={RESULT}
            tabIndex={-1}
            role="status"
            class={`mt-3 rounded-r-lg border-l-4 px-4 py-3 font-semibold ${
              phase === "done" ? "border-success bg-accent-soft" : "border-danger bg-danger-soft"
            }`}
          >
            {phase === "done"
              ? "All your data on this site has been deleted from this browser."
              : "This browser would not let the page delete its data. You can clear this site’s data in your browser’s settings."}
          </p>
        )}
      </div>
    );
  }
}
