/**
 * The parts of an exercise page loaded once it is up (most visits never use
 * them, or not at once): the list of records, the data panel (backup,
 * Markdown, import, Delete all), the messages for storage trouble, and the
 * writing timer's model (for "Start", on the expressive-writing page).
 */
import { Component } from "preact";
import { readBackup, toBackup, toMarkdown } from "../../lib/exercises/backup";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { formatWhen } from "../../lib/exercises/when";
import { noteBackup } from "../../lib/local-store/backup-status";
import { DELETES_EVERYTHING } from "../../lib/local-store/delete-all";
import {
  importSummary,
  type RecordSession,
  type SessionState,
} from "../../lib/local-store/session";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { downloadText } from "../ui/download";
import { ErrorSummary } from "../ui/error-summary/ErrorSummary";
import { focusSoon } from "../ui/focus";
import { Notice } from "../ui/notice/Notice";
import { StoreNotices } from "../ui/store-notices/StoreNotices";
import { ids } from "./ExerciseIsland";

export * as timer from "../../lib/exercises/timer";
export { CopyNotice } from "../ui/store-notices/CopyNotice";
export { ErrorSummary };

interface ActionsProps {
  /** The record's name as shown. */
  what: string;
  noun: string;
  /** The name it was given ("" if none). */
  name: string;
  onRename: (name: string) => void;
  onDelete: () => void;
}

/** Rename and delete (with an inline confirm) for the open record. */
export class Actions extends Component<
  ActionsProps,
  { mode: "" | "rename" | "delete"; draft: string }
> {
  override state = { mode: "" as "" | "rename" | "delete", draft: "" };

  render(
    { what, noun, name, onRename, onDelete }: ActionsProps,
    { mode, draft }: Actions["state"],
  ) {
    const done = (focus: string) => {
      this.setState({ mode: "" });
      focusSoon(focus);
    };
    const rename = () => {
      onRename(draft);
      done(ids.heading);
    };
    if (mode === "rename")
      return (
        <div class="ex-row">
          <label for="ex-name" class="font-bold">
            Name
          </label>
          <input
            id="ex-name"
            class="field-input max-w-xs"
            value={draft}
            maxLength={200}
            autocomplete="off"
            onInput={(e) => this.setState({ draft: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === "Enter") rename();
              if (e.key === "Escape") done("ex-rename");
            }}
          />
          <button type="button" class="btn btn-primary" onClick={rename}>
            Save name
          </button>
          <button type="button" class="btn btn-secondary" onClick={() => done("ex-rename")}>
            Cancel
          </button>
        </div>
      );
    if (mode === "delete")
      return (
        <div class="mt-3">
          <ConfirmInline
            id="ex-confirm-delete"
            question={`Delete “${what}”?`}
            detail="You can undo this straight after."
            confirmLabel={`Yes, delete this ${noun}`}
            onConfirm={onDelete}
            onCancel={() => done("ex-delete")}
          />
        </div>
      );
    return (
      <div class="ex-row">
        <button
          id="ex-rename"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ mode: "rename", draft: name });
            focusSoon("ex-name");
          }}
        >
          Rename<span class="ex-sr"> {what}</span>
        </button>
        <button
          id="ex-delete"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ mode: "delete" });
            focusSoon("ex-confirm-delete");
          }}
        >
          Delete<span class="ex-sr"> {what}</span>
        </button>
      </div>
    );
  }
}

/** The records, newest first (the open one marked), and "Start a new…". */
export function List({
  s,
  noun,
  name,
  onOpen,
  onCreate,
}: {
  s: SessionState<ExerciseRecord>;
  noun: string;
  name: (r: ExerciseRecord) => string;
  onOpen: (id: string) => void;
  onCreate: () => void;
}) {
  return (
    <>
      <ul class="mt-3 grid gap-1">
        {s.records.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              class="ex-item"
              aria-current={r.id === s.currentId ? "true" : undefined}
              onClick={() => onOpen(r.id)}
            >
              <span class="ex-name">{name(r)}</span>
              <span class="ex-when">{formatWhen(r.updatedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="mt-4">
        <button
          type="button"
          class="btn btn-secondary w-full"
          disabled={s.readOnly}
          onClick={onCreate}
        >
          Start a new {noun}
        </button>
      </p>
    </>
  );
}

/** "Write it and let it go": delete what was just written, after a confirm. */
export class LetGo extends Component<{ onConfirm: () => void }, { asking: boolean }> {
  override state = { asking: false };

  render({ onConfirm }: { onConfirm: () => void }, { asking }: { asking: boolean }) {
    return asking ? (
      <div class="mt-3">
        <ConfirmInline
          id="ex-confirm-letgo"
          question="Delete what you wrote in this session?"
          detail="It is removed from this browser. You can undo this straight after."
          confirmLabel="Yes, let it go"
          onConfirm={onConfirm}
          onCancel={() => {
            this.setState({ asking: false });
            focusSoon("ex-letgo");
          }}
        />
      </div>
    ) : (
      <p class="mt-3">
        <button
          id="ex-letgo"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ asking: true });
            focusSoon("ex-confirm-letgo");
          }}
        >
          Delete this session now
        </button>
      </p>
    );
  }
}

/**
 * The messages above an exercise: storage trouble, damaged or newer data,
 * news from another tab, and Undo after a delete. (Loaded after the page is
 * up: a delete or a storage event comes later, and trouble shows a moment on.)
 */
export function Notices({
  s,
  deleted,
  onUndo,
}: {
  s: SessionState<ExerciseRecord>;
  deleted: string;
  onUndo: () => void;
}) {
  return (
    <>
      {s.damaged && (
        <Notice tone="warn" role="status" title="Some saved writing could not be read">
          <p>
            {s.damaged.backupKey
              ? "A copy of it is kept in this browser, untouched, so nothing is lost. Everything else works as usual."
              : "It is left exactly as it was, and nothing is written over it."}
          </p>
        </Notice>
      )}
      <StoreNotices s={s} undoId={ids.undo} deleted={deleted} onUndo={onUndo} data={ids.data} />
    </>
  );
}

interface Props {
  session: RecordSession<ExerciseRecord>;
  /** "session", "letter", "record". */
  noun: string;
  title: string;
  about: string;
  name: (r: ExerciseRecord) => string;
  parts: (r: ExerciseRecord) => [string, string][];
}

/** An exercise's data: download a backup or Markdown, bring a backup back, delete everything. */
export function DataPanel({ session, noun, title, about, name, parts }: Props) {
  const written = session.written();
  const file = (ext: string) =>
    `bounce-back-${session.store.def.name}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  return (
    <div>
      <p class="mt-2">
        What you write here lives only in this browser. Keep a copy: a backup (.json) to bring back
        here or in another browser, or a Markdown file (.md) to read anywhere. The{" "}
        <a href={`${about}#backup`}>about page</a> keeps a backup of everything on this site at
        once.
      </p>
      <div class="ex-row">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => {
            downloadText(
              file("json"),
              toBackup(session.store.def.name, written, Date.now()),
              "application/json",
            );
            noteBackup();
          }}
        >
          Download a backup (.json)
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() =>
            downloadText(
              file("md"),
              toMarkdown(
                title,
                written.map((r) => ({
                  name: name(r),
                  when: r.updatedAt,
                  parts: parts(r),
                })),
              ),
              "text/markdown",
            )
          }
        >
          Download as Markdown (.md)
        </button>
      </div>
      <BackupImport session={session} noun={noun} />
      <DeleteEverything session={session} />
    </div>
  );
}

type ImportProps = Pick<Props, "session" | "noun">;

/** "Bring back a backup": choose the file, see what came in (or why nothing did), undo it. */
class BackupImport extends Component<
  ImportProps,
  { imported: { ok: boolean; text: string } | null }
> {
  override state = { imported: null as { ok: boolean; text: string } | null };

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

  render({ session }: ImportProps, { imported }: BackupImport["state"]) {
    const s = session.state;
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
            {s.importUndo && (
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
          disabled={s.readOnly}
          onChange={(e) => this.importFile(e.currentTarget)}
        />
      </>
    );
  }
}

/** "Delete all my data" (the whole site's, as on /about/), with an inline confirm. */
class DeleteEverything extends Component<
  Pick<Props, "session">,
  { confirm: boolean; allDone: "" | "done" | "failed" }
> {
  override state = { confirm: false, allDone: "" as "" | "done" | "failed" };

  render({ session }: Pick<Props, "session">, { confirm, allDone }: DeleteEverything["state"]) {
    return (
      <>
        <h3 class="mt-8 text-lg font-bold">Delete all my data</h3>
        <p class="mt-1 mb-3">{DELETES_EVERYTHING}</p>
        {confirm ? (
          <ConfirmInline
            id="ex-confirm-all"
            question="Delete all your data from this browser?"
            detail={`${DELETES_EVERYTHING} It goes in every tab, and cannot be undone.`}
            confirmLabel="Yes, delete everything"
            onConfirm={() => {
              const trouble = session.deleteAll();
              this.setState({ confirm: false, allDone: trouble === "failed" ? "failed" : "done" });
              focusSoon("ex-all-done");
            }}
            onCancel={() => {
              this.setState({ confirm: false });
              focusSoon("ex-delete-all");
            }}
          />
        ) : (
          <button
            id="ex-delete-all"
            type="button"
            class="btn btn-danger"
            onClick={() => {
              this.setState({ confirm: true });
              focusSoon("ex-confirm-all");
            }}
          >
            Delete all my data
          </button>
        )}
        {allDone && (
          <p id="ex-all-done" tabIndex={-1} role="status" class="mt-3 font-semibold">
            {allDone === "done"
              ? "All your data on this site has been deleted from this browser."
              : "This browser would not let the page delete its data. You can clear this site’s data in your browser’s settings."}
          </p>
        )}
      </>
    );
  }
}
