import { Component } from "preact";
import { browserStorage, clearSiteData, type StorageLike } from "../lib/site-storage";

interface State {
  phase: "idle" | "confirm" | "done" | "failed";
}

/**
 * "Delete all my data" on /about/, with a confirmation. It removes every key
 * this site stored (worksheet entries, self-check results, the theme choice),
 * through the same clearSiteData() the worksheet's own button uses.
 * Blocked storage holds nothing, so there is nothing to delete: that is done too.
 */
export function clearAll(getStorage: () => StorageLike = browserStorage): boolean {
  const trouble = clearSiteData(getStorage);
  return trouble === null || trouble === "blocked";
}

export default class DeleteAllData extends Component<object, State> {
  override state: State = { phase: "idle" };

  go(phase: State["phase"], focus: string) {
    this.setState({ phase });
    requestAnimationFrame(() => document.getElementById(focus)?.focus());
  }

  render(_: object, { phase }: State) {
    return (
      <div>
        {phase === "confirm" ? (
          <fieldset
            id="delete-all-confirm"
            aria-describedby="delete-all-d"
            tabIndex={-1}
            onKeyDown={(e) => e.key === "Escape" && this.go("idle", "delete-all-button")}
            class="rounded-lg border-2 border-danger bg-danger-soft p-4"
          >
            <legend class="float-left w-full font-bold">
              Delete all your data from this browser?
            </legend>
            <p id="delete-all-d" class="clear-left pt-1">
              This removes every worksheet reflection, your self-check results and your theme
              choice. It cannot be undone.
            </p>
            <div class="mt-3 flex flex-wrap gap-3">
              <button
                type="button"
                class="btn btn-danger"
                onClick={() => this.go(clearAll() ? "done" : "failed", "delete-all-result")}
              >
                Yes, delete everything
              </button>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={() => this.go("idle", "delete-all-button")}
              >
                Cancel
              </button>
            </div>
          </fieldset>
        ) : (
          <button
            id="delete-all-button"
            type="button"
            class="btn btn-danger"
            onClick={() => this.go("confirm", "delete-all-confirm")}
          >
            Delete all my data
          </button>
        )}
        {(phase === "done" || phase === "failed") && (
          <p
            id="delete-all-result"
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
