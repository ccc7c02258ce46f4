/**
 * Loaded after the data panel first renders (not on the worksheet's load):
 * whether this browser keeps the writing, when the last backup was made, an
 * optional passphrase for the backup, a word about shared devices, and the
 * reminder after a week of edits without a backup.
 */
import { Component } from "preact";
import {
  dismissReminder,
  noteBackup,
  noteSaved,
  readStatus,
  shouldRemind,
} from "../../lib/local-store/backup-status";
import {
  askFromButton,
  askSilently,
  type Kept,
  promptsForPersist,
  storageKept,
} from "../../lib/local-store/persist";
import { url } from "../../lib/paths/base";
import { formatEntryDate } from "../../lib/worksheet/model";
import { downloadBackup, downloadText } from "../ui/download";
import { ProtectBackup } from "../ui/new-passphrase/ProtectBackup";
import { Notice } from "../ui/notice/Notice";

interface Props {
  /** The plain backup's text and file name, made when asked. */
  backup: () => { name: string; text: string };
}

interface State {
  kept: Kept | "asking";
}

const when = (t: number) =>
  `${formatEntryDate(new Date(t).toISOString().slice(0, 10))}, ${new Date(t).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}`;

export class BackupCare extends Component<Props, State> {
  override state: State = {
    kept: "unknown",
  };

  override componentDidMount() {
    storageKept().then((kept) => this.setState({ kept }));
  }

  keep = async () => {
    this.setState({ kept: "asking" });
    this.setState({ kept: await askFromButton() });
  };

  /** A protected copy, encrypted on this device; a message if it could not be made. */
  encrypted = async (pass: string) => {
    try {
      const { encryptText } = await import("../../lib/local-store/crypto");
      const { name, text } = this.props.backup();
      downloadText(
        name.replace(/\.json$/, "-protected.json"),
        await encryptText(text, pass),
        "application/json",
      );
      noteBackup();
      return null;
    } catch {
      return "The protected backup could not be made. Download the plain one, or try again.";
    }
  };

  render(_: Props, { kept }: State) {
    const { lastBackup } = readStatus();
    const firefox = typeof navigator !== "undefined" && promptsForPersist(navigator.userAgent);
    return (
      <div class="mt-6">
        <h3>Is my writing safe here?</h3>
        <p class="mt-1" id="ws-kept">
          {kept === "kept"
            ? "This browser has agreed to keep what you write here. It stays until you, or someone using this browser, clears this site’s data."
            : "This browser may clear what you write here: Safari may once you have used it on seven days without opening this site, and any browser may when the device is short of space. Keep a backup."}
        </p>
        {kept !== "kept" && firefox && (
          <button
            type="button"
            class="btn btn-secondary mt-2"
            onClick={this.keep}
            disabled={kept === "asking"}
          >
            Keep my writing on this device
          </button>
        )}
        <p class="mt-2">
          On a shared computer, anyone using this browser profile can read what is saved here. You
          can <a href={url("/about/#lock")}>lock your writing with a passphrase</a>, use a private
          window, or delete your data when you finish.
        </p>
        <p class="mt-2" id="ws-last-backup">
          {lastBackup
            ? `Your last backup from this browser: ${when(lastBackup)}.`
            : "You have not downloaded a backup from this browser yet."}
        </p>
        <ProtectBackup id="ws" onPassphrase={this.encrypted} />
      </div>
    );
  }
}

export { noteBackup };

let asked = false;

/** After each save: the first save since a backup is remembered, and (once a visit) storage is asked to be kept where no prompt shows. */
export function afterSave(): void {
  noteSaved();
  if (asked) return;
  asked = true;
  askSilently().catch(() => undefined);
}

/** After a week of edits without a backup: a gentle reminder, with the download and "Not now". */
export class BackupReminder extends Component<
  { backup: () => { name: string; text: string } },
  { hidden: boolean }
> {
  override state = { hidden: false };

  render(
    { backup }: { backup: () => { name: string; text: string } },
    { hidden }: { hidden: boolean },
  ) {
    if (hidden || !shouldRemind(readStatus(), Date.now())) return null;
    const close = () => this.setState({ hidden: true });
    return (
      <Notice
        title="It has been a week since you started writing here without a backup"
        role="status"
      >
        <p>A backup keeps your words safe if this browser clears them. It takes a moment.</p>
        <div class="ws-row">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              downloadBackup(backup());
              noteBackup();
              close();
            }}
          >
            Download a backup
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => {
              dismissReminder();
              close();
            }}
          >
            Not now
          </button>
        </div>
      </Notice>
    );
  }
}
