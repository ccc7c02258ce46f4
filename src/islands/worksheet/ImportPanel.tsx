import { Component, createRef } from "preact";
import { importKit } from "../../lib/worksheet/kit";
import type { ImportPlan } from "../../lib/worksheet/merge";
import { entryTitle, type WorksheetDoc } from "../../lib/worksheet/model";
import { LIMITS } from "../../lib/worksheet/validate";
import { focusSoon } from "./focus";

type View = typeof import("./ImportReview");

interface Props {
  doc: WorksheetDoc;
  onImport: (plan: ImportPlan) => void;
}

type State =
  | { kind: "idle" }
  | { kind: "error"; errors: string[]; view?: View | undefined }
  | { kind: "preview"; name: string; plan: ImportPlan; view: View }
  | { kind: "done"; added: number; updated: number };

const INPUT = "ws-import-file";
const BOX = "ws-import-box";
const LOAD_FAILED = "Part of the page did not load. Check your connection and try again.";

/**
 * Import a JSON backup: check it, show what it will add or update, then merge.
 * A bad or hostile file gets an error summary and changes nothing. The file
 * is checked here; the summary and preview load once a file is chosen.
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
    const fail = (error: string) => this.show({ kind: "error", errors: [error], view });
    if (file.size > LIMITS.importBytes)
      return fail("The file is too large. A backup from this site is much smaller than 5 MB.");
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail("The file could not be read. Try choosing it again.");
    }
    const kit = importKit();
    // A backup in an older shape needs migrate.ts, loaded only for it.
    if (view.isOlderBackup(text, kit))
      kit.upgrade = await import("../../lib/worksheet/migrate").then(
        (m) => m.migrate,
        () => undefined,
      );
    const check = view.readBackup(text, Date.now(), kit);
    if (!check.ok) return this.show({ kind: "error", errors: check.errors, view });
    const plan = view.planImport(this.props.doc, check.entries, kit);
    this.show({ kind: "preview", name: file.name, plan, view });
  };

  render({ onImport }: Props, s: State) {
    const errors = s.kind === "error" ? s.errors : null;
    return (
      <div>
        {s.kind === "error" && s.view && (
          <s.view.ErrorSummary id={BOX} errors={s.errors} input={INPUT} />
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
            class="ws-file"
          />
        </div>
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
              });
            }}
            onCancel={() => this.show({ kind: "idle" })}
          />
        )}
        {s.kind === "done" && (
          <p
            id={BOX}
            tabIndex={-1}
            role="status"
            class="ws-notice mt-4 border-success bg-accent-soft font-semibold"
          >
            Imported: {s.added} added and {s.updated} updated.
          </p>
        )}
      </div>
    );
  }
}
