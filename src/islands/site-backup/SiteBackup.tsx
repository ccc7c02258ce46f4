import { Component } from "preact";
import { noteBackup } from "../../lib/local-store/backup-status";
import { decryptText, encryptText, isEncrypted } from "../../lib/local-store/crypto";
import { isLocked } from "../../lib/local-store/lock";
import { exportSite, importSite, undoSiteImport } from "../../lib/local-store/site-backup";
import { rawStorage } from "../../lib/local-store/storage";
import type { ExerciseWords } from "../../lib/site-markdown";
import { downloadText } from "../ui/download";
import { focusSoon } from "../ui/focus";
import { ProtectBackup } from "../ui/new-passphrase/ProtectBackup";
import { Notice } from "../ui/notice/Notice";
import "../ui/file-input/file-input.css";
import { OpenProtected } from "../ui/passphrase/OpenProtected";
import { count, ImportDone } from "./ImportDone";

type SiteMarkdown = typeof import("../../lib/site-markdown");

const JSON_TYPE = "application/json";

type State =
  | { kind: "idle" }
  | { kind: "protected"; name: string; text: string }
  | { kind: "error"; error: string; title?: string }
  | { kind: "done"; added: Record<string, string>; same: number; different: number }
  | { kind: "undone"; kept: number };

/** The lock is set and this tab has not opened it: there is nothing readable to back up. */
function lockedHere() {
  try {
    return !globalThis.bbStore && isLocked(rawStorage());
  } catch {
    return false;
  }
}

const INPUT = "site-backup-file";
const fileName = () => `bounce-back-everything-${new Date().toISOString().slice(0, 10)}`;
const RESULT = "site-backup-result";
const PART_MISSING = "Part of this page could not load. Check your connection and try again.";

interface Props {
  /** The exercises' own words, for the document of everything. */
  words: ExerciseWords;
  /** Where site-markdown.js is (under the base path). */
  documentModule: string;
}

/**
 * A backup of everything this site keeps (every store: worksheet, self-check
 * results, theme, and any added later), and bringing one back, which only
 * adds what is missing and can be undone.
 */
export default class SiteBackup extends Component<Props, State> {
  override state: State = { kind: "idle" };

  show(state: State) {
    this.setState(state);
    focusSoon(RESULT);
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
    if (isEncrypted(text)) return this.show({ kind: "protected", name: file.name, text });
    return this.bringBack(text);
  };

  /** The passphrase step for a protected backup: a wrong one changes nothing. */
  open = async (passphrase: string) => {
    if (this.state.kind !== "protected") return null;
    const opened = await decryptText(this.state.text, passphrase);
    if (!opened.ok) return opened.error;
    await this.bringBack(opened.text);
    return null;
  };

  /** A protected copy, encrypted on this device. */
  protectedCopy = async (passphrase: string) => {
    try {
      downloadText(
        `${fileName()}-protected.json`,
        await encryptText(exportSite(), passphrase),
        JSON_TYPE,
      );
      noteBackup();
      return null;
    } catch {
      return "The protected backup could not be made. Download the plain one, or try again.";
    }
  };

  /**
   * Adds what the backup has and this browser does not. The check of each
   * key against its store (src/lib/stores.ts, which reads every tool's
   * model) loads only for this: most visits to /about/ never bring one back.
   */
  bringBack(text: string): Promise<void> {
    return import("../../lib/stores").then(
      ({ checkBackupKey }) => {
        const r = importSite(text, checkBackupKey);
        this.show(
          r.ok
            ? { kind: "done", added: r.added, same: r.same, different: r.different.length }
            : { kind: "error", error: r.error },
        );
      },
      () => this.show({ kind: "error", error: PART_MISSING }),
    );
  }

  /**
   * Everything as one readable document: src/lib/site-markdown.ts, built on
   * its own into site-markdown.js (scripts/build-modules.ts) and loaded only for this.
   */
  document = () =>
    (import(/* @vite-ignore */ this.props.documentModule) as Promise<SiteMarkdown>).then(
      (m) => {
        const today = new Date().toLocaleDateString("en-GB", { dateStyle: "long" });
        downloadText(`${fileName()}.md`, m.siteMarkdown(this.props.words, today), "text/markdown");
      },
      () =>
        this.show({
          kind: "error",
          title: "The document was not made",
          error: PART_MISSING,
        }),
    );

  /** What the last "Bring back" did, or the passphrase it needs. */
  result(s: State) {
    switch (s.kind) {
      case "protected":
        return (
          <OpenProtected
            id={RESULT}
            formId="site-open-pass"
            name={s.name}
            onPassphrase={this.open}
            onCancel={() => this.show({ kind: "idle" })}
          >
            Enter the passphrase you chose when you saved it. A wrong one changes nothing.
          </OpenProtected>
        );
      case "error":
        return (
          <div id={RESULT} tabIndex={-1}>
            <Notice tone="danger" role="alert" title={s.title ?? "The backup was not brought back"}>
              <p>{s.error}</p>
            </Notice>
          </div>
        );
      case "done":
        return (
          <ImportDone
            id={RESULT}
            added={Object.keys(s.added).length}
            same={s.same}
            different={s.different}
            onUndo={() => this.show({ kind: "undone", kept: undoSiteImport(s.added) })}
          />
        );
      case "undone":
        return (
          <p id={RESULT} tabIndex={-1} role="status" class="mt-4 font-semibold">
            {`The backup was taken back out.${s.kept ? ` ${count(s.kept, "item")} changed since stayed.` : ""}`}
          </p>
        );
      default:
        return null;
    }
  }

  render(_: Props, s: State) {
    if (lockedHere())
      return (
        <p>
          Your writing is locked. <a href="#lock">Unlock it</a> in this tab to make or bring back a
          backup.
        </p>
      );
    return (
      <div>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => {
            downloadText(`${fileName()}.json`, exportSite(), JSON_TYPE);
            noteBackup();
          }}
        >
          Download a backup of everything (.json)
        </button>
        <p class="mt-4">
          <button type="button" class="btn btn-secondary" onClick={this.document}>
            Download everything as a document (.md)
          </button>
        </p>
        <p class="text-base text-muted">
          A file to read or print, with everything you wrote on this site. It cannot be brought
          back: keep the .json backup for that.
        </p>
        <ProtectBackup id="site" onPassphrase={this.protectedCopy} />
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
        {this.result(s)}
      </div>
    );
  }
}
