import { Component } from "preact";
import { readBackup } from "../../lib/exercises/backup";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { importSummary, type RecordSession } from "../../lib/local-store/session";
import { ErrorSummary } from "../ui/error-summary/ErrorSummary";
import { focusSoon } from "../ui/focus";
import { ids } from "./ids";

interface Props {
  session: RecordSession<ExerciseRecord>;
  noun: string;
  readOnly: boolean;
  /** The last import can still be undone. */
  importUndo: boolean;
}

type Imported = { ok: boolean; text: string } | null;

/** "Bring back a backup": choose the file, see what came in (or why nothing did), undo it. */
export class BackupImport extends Component<Props, { imported: Imported }> {
  override state = { imported: null as Imported };

  async importFile(input: HTMLInputElement) {
    const f = input.files?.[0];
    if (!f) return;
    const { session, noun } = this.props;
    const read = readBackup(await f.text(), session.store.def);
    input.value = "";
    if (!read.ok) {
      this.setState({ imported: { ok: false, text: read.error } });
      focusSoon("ex-import-error");
      return;
    }
    const done = session.importRecords(read.records);
    this.setState({ imported: { ok: true, text: importSummary(done, noun, `${noun}s`) } });
    focusSoon("ex-import-done");
  }

  undo() {
    const kept = this.props.session.undoImport();
    this.setState({
      imported: {
        ok: true,
        text:
          kept === 0
            ? "The import was undone."
            : `The import was undone, except for ${kept} changed again since: those keep their newer words.`,
      },
    });
    focusSoon("ex-import-done");
  }

  render({ readOnly, importUndo }: Props, { imported }: BackupImport["state"]) {
    return (
      <>
        <h3 class="mt-8 text-lg font-bold">Bring back a backup</h3>
        {imported && !imported.ok && (
          <div class="mt-3">
            <ErrorSummary
              id="ex-import-error"
              errors={[{ href: `#${ids.file}`, text: imported.text }]}
            >
              Nothing was changed.
            </ErrorSummary>
          </div>
        )}
        {imported?.ok && (
          <div class="mt-3">
            <p id="ex-import-done" tabIndex={-1} role="status" class="font-semibold">
              {imported.text}
            </p>
            {importUndo && (
              <button type="button" class="btn btn-secondary mt-2" onClick={() => this.undo()}>
                Undo the import
              </button>
            )}
          </div>
        )}
        <label for={ids.file} class="mt-3 block font-bold">
          Choose a backup file (.json) of this exercise
        </label>
        <p id="ex-file-hint" class="ex-hint">
          Nothing here is lost: where the backup has a newer version, this browser’s words are kept
          beside it as a copy to compare.
        </p>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          class="ex-file"
          aria-describedby="ex-file-hint"
          disabled={readOnly}
          onChange={(e) => this.importFile(e.currentTarget)}
        />
      </>
    );
  }
}
