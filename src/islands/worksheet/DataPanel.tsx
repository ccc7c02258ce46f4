import { Component } from "preact";
import { localDay } from "../../lib/days";
import { DELETES_EVERYTHING } from "../../lib/local-store/delete-all-words";
import { fileName, written } from "../../lib/worksheet/export";
import type { ImportPlan } from "../../lib/worksheet/merge";
import { formatEntryDate, type WorksheetDoc } from "../../lib/worksheet/model";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { downloadBackup, downloadText } from "../ui/download";
import { focusSoon } from "../ui/focus";
import { ImportPanel } from "./ImportPanel";

/** The list of reflections and the print view come with this module: all load just after the worksheet starts. */
export { EntryList } from "./EntryList";
export { PrintView } from "./PrintView";

import { ids } from "./ids";

interface Props {
  /** Keeping words safe (BackupCare.tsx), once loaded. */
  care?: typeof import("./BackupCare") | undefined;
  /** The plain backup's file name and text. */
  backup: () => { name: string; text: string };
  doc: WorksheetDoc;
  copies: { key: string; raw: string }[];
  /** The lazily loaded messages for trouble (trouble.ts), once loaded. */
  tm: typeof import("./trouble") | false | undefined;
  importUndo: boolean;
  onImport: (plan: ImportPlan) => void;
  /** Undoes the last import; returns how many entries were left because they changed since. */
  onUndoImport: () => number;
  /** Deletes everything; false if the browser would not. */
  onDeleteAll: () => boolean;
}

interface State {
  mdFailed: boolean;
  deleting: "idle" | "confirm" | "done" | "failed";
}

const DELETE = "ws-delete-all";
const CONFIRM = "ws-delete-all-confirm";
const RESULT = "ws-delete-all-result";

const DELETES = DELETES_EVERYTHING;

/**
 * Export (a JSON backup, which works offline, and Markdown, made by code
 * loaded on first use), import, copies of damaged data, and delete all.
 */
export class DataPanel extends Component<Props, State> {
  override state: State = { mdFailed: false, deleting: "idle" };

  deleting(deleting: State["deleting"], focus: string) {
    this.setState({ deleting });
    focusSoon(focus);
  }

  markdown = async () => {
    let mdFailed = false;
    try {
      const { toMarkdown } = await import("../../lib/worksheet/markdown");
      const now = Date.now();
      const text = toMarkdown(written(this.props.doc), formatEntryDate(localDay(now)));
      downloadText(fileName(now, "md"), text, "text/markdown");
    } catch {
      mdFailed = true;
    }
    this.setState({ mdFailed });
  };

  render(
    { care, backup, doc, copies, tm, importUndo, onImport, onUndoImport, onDeleteAll }: Props,
    { mdFailed, deleting }: State,
  ) {
    return (
      <section
        id={ids.data}
        aria-labelledby={`${ids.data}-h`}
        class="mt-14 max-w-prose border-t-2 border-line pt-8 print:hidden"
      >
        <h2 id={`${ids.data}-h`}>Keep a copy, or delete everything</h2>
        <p class="mt-2">
          Your reflections live only in this browser. Keep a copy: a backup (.json) to bring back
          here later, or a Markdown file (.md) to read anywhere.
        </p>
        <div class="ws-row">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              downloadBackup(backup());
              care?.noteBackup();
            }}
          >
            Download a backup (.json)
          </button>
          <button type="button" class="btn btn-secondary" onClick={this.markdown}>
            Download as Markdown (.md)
          </button>
        </div>
        {mdFailed && (
          <p role="alert" class="ws-err mt-2">
            Part of the page did not load, so no Markdown file was made. Try again, or download the
            backup, which works offline.
          </p>
        )}
        {care && <care.BackupCare backup={backup} />}
        <h3>Bring back a backup</h3>
        <ImportPanel doc={doc} canUndo={importUndo} onImport={onImport} onUndo={onUndoImport} />
        {copies.length > 0 && tm && <tm.DamagedCopies copies={copies} />}
        <h3>Delete all my data</h3>
        <p class="mt-1 mb-3">{DELETES}</p>
        {deleting === "confirm" ? (
          <ConfirmInline
            id={CONFIRM}
            question="Delete all your data from this browser?"
            detail={`${DELETES} It cannot be undone.`}
            confirmLabel="Yes, delete everything"
            onConfirm={() => this.deleting(onDeleteAll() ? "done" : "failed", RESULT)}
            onCancel={() => this.deleting("idle", DELETE)}
          />
        ) : (
          <button
            id={DELETE}
            type="button"
            class="btn btn-danger"
            onClick={() => this.deleting("confirm", CONFIRM)}
          >
            Delete all my data
          </button>
        )}
        {(deleting === "done" || deleting === "failed") && (
          <p id={RESULT} tabIndex={-1} role="status" class="mt-3 font-semibold">
            {deleting === "done"
              ? "All your data on this site has been deleted from this browser."
              : "This browser would not let the page delete its data. You can clear this site’s data in your browser’s settings."}
          </p>
        )}
      </section>
    );
  }
}
