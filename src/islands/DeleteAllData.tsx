import { Component } from "preact";

interface State {
  phase: "idle" | "confirm" | "done" | "failed";
}

/**
 * "Delete all my data" on /about/, with a confirmation. It removes every key
 * this site stored (worksheet entries, self-check results, the theme choice).
 *
 * It is deliberately self-contained: sharing a module with the worksheet
 * island would make the bundler split both into extra chunks and push the
 * worksheet page over its JavaScript budget. The worksheet has its own button
 * (src/islands/worksheet/DataPanel.tsx) that does the same through its store;
 * src/islands/DeleteAllData.test.ts checks both remove the same keys.
 */
export function clearAll(
  storage: Pick<Storage, "key" | "length" | "removeItem"> = localStorage,
): boolean {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith("bounce-back:")) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch (e) {
    // Blocked storage holds nothing, so there is nothing to delete.
    return (e as { name?: string }).name === "SecurityError";
  }
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
