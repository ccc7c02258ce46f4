import { Component } from "preact";
import { toBackup, toMarkdown } from "../../lib/exercises/backup";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { noteBackup } from "../../lib/local-store/backup-status";
import type { RecordSession } from "../../lib/local-store/session";
import { downloadText } from "../ui/download";
import { propsChanged } from "../ui/props-changed";
import { BackupImport } from "./BackupImport";
import { DeleteEverything } from "./DeleteEverything";

interface DataPanelProps {
  session: RecordSession<ExerciseRecord>;
  /** "session", "letter", "record". */
  noun: string;
  title: string;
  about: string;
  /** From the session's state: nothing can be brought back while it is read-only. */
  readOnly: boolean;
  /** From the session's state: the last import can still be undone. */
  importUndo: boolean;
  name: (r: ExerciseRecord) => string;
  parts: (r: ExerciseRecord) => [string, string][];
}

/**
 * An exercise's data: download a backup or Markdown, bring a backup back,
 * delete everything. The records are read when a button is pressed, so a
 * keystroke in the open record does not draw the panel again.
 */
export class DataPanel extends Component<DataPanelProps> {
  override shouldComponentUpdate(next: DataPanelProps): boolean {
    return propsChanged(this.props, next);
  }

  file(ext: string) {
    const day = new Date().toISOString().slice(0, 10);
    return `bounce-back-${this.props.session.store.def.name}-${day}.${ext}`;
  }

  backup() {
    const { session } = this.props;
    const json = toBackup(session.store.def.name, session.written(), Date.now());
    downloadText(this.file("json"), json, "application/json");
    noteBackup();
  }

  markdown() {
    const { session, title, name, parts } = this.props;
    const records = session
      .written()
      .map((r) => ({ name: name(r), when: r.updatedAt, parts: parts(r) }));
    downloadText(this.file("md"), toMarkdown(title, records), "text/markdown");
  }

  render({ session, noun, about, readOnly, importUndo }: DataPanelProps) {
    return (
      <div>
        <p class="mt-2">
          What you write here lives only in this browser. Keep a copy: a backup (.json) to bring
          back here or in another browser, or a Markdown file (.md) to read anywhere. The{" "}
          <a href={`${about}#backup`}>about page</a> keeps a backup of everything on this site at
          once.
        </p>
        <div class="ex-row">
          <button type="button" class="btn btn-primary" onClick={() => this.backup()}>
            Download a backup (.json)
          </button>
          <button type="button" class="btn btn-secondary" onClick={() => this.markdown()}>
            Download as Markdown (.md)
          </button>
        </div>
        <BackupImport session={session} noun={noun} readOnly={readOnly} importUndo={importUndo} />
        <DeleteEverything session={session} />
      </div>
    );
  }
}
