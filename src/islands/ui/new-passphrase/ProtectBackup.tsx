import { Component } from "preact";
import { NewPassphrase } from "./NewPassphrase";

interface Props {
  /** Prefix of the ids: `<id>-protect` for the tick box, `<id>-pass` for the form. */
  id: string;
  /** Encrypts and downloads the backup; a message when it could not. */
  onPassphrase: (passphrase: string) => Promise<string | null>;
}

/**
 * "Protect a backup with a passphrase": a tick box that opens the form for a
 * new passphrase. The worksheet's backup and the whole-site backup on /about/
 * offer it in the same words.
 */
export class ProtectBackup extends Component<Props, { open: boolean }> {
  override state = { open: false };

  render({ id, onPassphrase }: Props, { open }: { open: boolean }) {
    return (
      <>
        <div class="mt-4">
          <input
            id={`${id}-protect`}
            type="checkbox"
            class="size-5 align-middle"
            checked={open}
            onChange={(e) => this.setState({ open: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for={`${id}-protect`} class="ml-2">
            Protect a backup with a passphrase
          </label>
        </div>
        {open && (
          <NewPassphrase
            id={`${id}-pass`}
            hint="The file is encrypted on this device. You will need the passphrase to bring it back. If you forget it, nobody can open the file, not even this site."
            submit="Download a protected backup"
            busy="Encrypting…"
            onPassphrase={onPassphrase}
          />
        )}
      </>
    );
  }
}
