import { Component } from "preact";
import { exportSite, importSite, undoSiteImport } from "../../lib/local-store/site-backup";
import { Notice } from "../ui/notice/Notice";
import "../ui/file-input/file-input.css";

type State =
  | { kind: "idle" }
  | { kind: "error"; error: string }
  | { kind: "done"; added: Record<string, string>; same: number; different: number }
  | { kind: "undone"; kept: number };

const INPUT = "site-backup-file";
const RESULT = "site-backup-result";

/** Offers text as a download, made in the browser: nothing leaves the device. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A backup of everything this site keeps (every store: worksheet, self-check
 * results, theme, and any added later), and bringing one back, which only
 * adds what is missing and can be undone.
 */
export default class SiteBackup extends Component<object, State> {
  override state: State = { kind: "idle" };

  show(state: State) {
    this.setState(state);
    requestAnimationFrame(() => document.getElementById(RESULT)?.focus());
  }

  choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text = "";
    try {
      text = await file.text();
    } catch {
      return this.show({
        kind: "error",
        error: "The file could not be read. Try choosing it again.",
      });
    }
    input.value = "";
    const r = importSite(text);
    this.show(
      r.ok
        ? { kind: "done", added: r.added, same: r.same, different: r.different.length }
        : { kind: "error", error: r.error },
    );
  };

  render(_: object, s: State) {
    const n = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;
    return (
      <div>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() =>
            download(
              `bounce-back-everything-${new Date().toISOString().slice(0, 10)}.json`,
              exportSite(),
            )
          }
        >
          Download a backup of everything (.json)
        </button>
        <label for={INPUT} class="mt-6 block font-semibold">
          Bring back a backup of everything
        </label>
        <p id={`${INPUT}-hint`} class="text-base text-muted">
          Only what is missing here is added. Nothing here is written over.
        </p>
        <input
          id={INPUT}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${INPUT}-hint`}
          onChange={this.choose}
          class="file-input"
        />
        {s.kind === "error" && (
          <div id={RESULT} tabIndex={-1}>
            <Notice tone="danger" role="alert" title="The backup was not brought back">
              <p>{s.error}</p>
            </Notice>
          </div>
        )}
        {s.kind === "done" && (
          <div id={RESULT} tabIndex={-1} class="mt-4">
            <Notice
              tone="success"
              role="status"
              title={`Brought back ${n(Object.keys(s.added).length, "item")}.`}
            >
              {s.same + s.different > 0 && (
                <p>
                  {`${n(s.same + s.different, "item")} you already had stayed as ${s.same + s.different === 1 ? "it is" : "they are"}.`}
                  {s.different > 0 &&
                    ` ${n(s.different, "item")} differ from the file: to bring worksheet entries together, use “Bring back a backup” on the worksheet page, which keeps both versions.`}
                </p>
              )}
              {Object.keys(s.added).length > 0 && (
                <p>
                  <button
                    type="button"
                    class="btn btn-secondary"
                    onClick={() => this.show({ kind: "undone", kept: undoSiteImport(s.added) })}
                  >
                    Undo
                  </button>
                </p>
              )}
            </Notice>
          </div>
        )}
        {s.kind === "undone" && (
          <p id={RESULT} tabIndex={-1} role="status" class="mt-4 font-semibold">
            {`The backup was taken back out.${s.kept ? ` ${n(s.kept, "item")} changed since stayed.` : ""}`}
          </p>
        )}
      </div>
    );
  }
}
