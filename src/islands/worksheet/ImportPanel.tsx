import { Component, createRef } from "preact";
import type { ImportPlan } from "../../lib/worksheet/merge";
import { entryTitle, type WorksheetDoc } from "../../lib/worksheet/model";
import { focusSoon } from "../ui/focus";
import "../ui/file-input/file-input.css";

type View = typeof import("./ImportReview");

interface Props {
  doc: WorksheetDoc;
  /** True while the last import can still be undone. */
  canUndo: boolean;
  onImport: (plan: ImportPlan) => void;
  onUndo: () => number;
}

type State =
  | { kind: "idle" }
  | { kind: "error"; errors: string[]; view?: View | undefined }
  | { kind: "preview"; name: string; plan: ImportPlan; view: View }
  | { kind: "done"; added: number; updated: number; view: View }
  | { kind: "undone"; kept: number; view: View }
  | { kind: "encrypted"; name: string; text: string; view: View; m: Encrypted };

/** The passphrase step for a protected backup (EncryptedImport.tsx), loaded only for one. */
type Encrypted = typeof import("./EncryptedImport");

const INPUT = "ws-import-file";
const BOX = "ws-import-box";
const LOAD_FAILED = "Part of the page did not load. Check your connection and try again.";

/**
 * Import a JSON backup: check it, show what it will add or update, then merge.
 * A bad or hostile file gets an error summary and changes nothing. The checks,
 * the summary and the preview load once a file is chosen (ImportReview.tsx).
 */
export class ImportPanel extends Component<Props, State> {
  override state: State = { kind: "idle" };
  input = createRef<HTMLInputElement>();

  show(state: State) {
    this.setState(state);
    if (state.kind !== "preview" && this.input.current) this.input.current.value = "";
    focusSoon(state.kind === "idle" || (state.kind === "error" && !state.view) ? INPUT : BOX);
  }

  choose = async () => {
    const file = this.input.current?.files?.[0];
    if (!file) return;
    let view: View;
    try {
      view = await import("./ImportReview");
    } catch {
      return this.show({ kind: "error", errors: [LOAD_FAILED] });
    }
    const text = await file.text().catch(() => "");
    if (text.includes('"bounce-back-encrypted"')) {
      try {
        const m = await import("./EncryptedImport");
        return this.show({ kind: "encrypted", name: file.name, text, view, m });
      } catch {
        return this.show({ kind: "error", errors: [LOAD_FAILED] });
      }
    }
    this.checked(file, view);
  };

  /** The file's checks and what it would change (for a protected one, once it is opened). */
  checked = async (file: File, view: View) => {
    const check = await view.checkFile(file, this.props.doc);
    this.show(
      check.ok
        ? { kind: "preview", name: file.name, plan: check.plan, view }
        : { kind: "error", errors: check.errors, view },
    );
  };

  render({ canUndo, onImport, onUndo }: Props, s: State) {
    const errors = s.kind === "error" ? s.errors : null;
    return (
      <div>
        {s.kind === "error" && s.view && (
          <s.view.ErrorSummary
            id={BOX}
            title="There is a problem with the file"
            errors={s.errors.map((text) => ({ href: `#${INPUT}`, text }))}
          >
            Nothing has been changed. Your reflections are as they were.
          </s.view.ErrorSummary>
        )}
        <div class={`mt-4 ${errors ? "border-l-4 border-danger pl-4" : ""}`}>
          <label for={INPUT} class="block font-semibold">
            Choose a backup file (.json)
          </label>
          <p id={`${INPUT}-hint`} class="text-base text-muted">
            A file you saved with “Download a backup”. You will see what it adds before anything
            changes.
          </p>
          {errors && (
            <p id={`${INPUT}-error`} class="ws-err">
              <span class="sr-only">Error: </span>
              {errors[0]}
            </p>
          )}
          <input
            ref={this.input}
            id={INPUT}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${INPUT}-hint${errors ? ` ${INPUT}-error` : ""}`}
            onChange={this.choose}
            class="file-input"
          />
        </div>
        {s.kind === "encrypted" && (
          <s.m.EncryptedImport
            id={BOX}
            name={s.name}
            text={s.text}
            onOpened={(plain) =>
              this.checked(new File([plain], s.name, { type: "application/json" }), s.view)
            }
            onCancel={() => this.show({ kind: "idle" })}
          />
        )}
        {s.kind === "preview" && (
          <s.view.Preview
            id={BOX}
            name={s.name}
            plan={s.plan}
            title={entryTitle}
            onImport={() => {
              onImport(s.plan);
              this.show({
                kind: "done",
                added: s.plan.added.length,
                updated: s.plan.updated.length,
                view: s.view,
              });
            }}
            onCancel={() => this.show({ kind: "idle" })}
          />
        )}
        {(s.kind === "done" || s.kind === "undone") && (
          <s.view.Done
            id={BOX}
            {...s}
            canUndo={canUndo}
            onUndo={() => this.show({ kind: "undone", kept: onUndo(), view: s.view })}
          />
        )}
      </div>
    );
  }
}
