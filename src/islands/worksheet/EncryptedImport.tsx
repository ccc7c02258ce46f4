/**
 * The passphrase step of importing a protected backup (crypto.ts). Loaded only
 * when the chosen file is one. A wrong passphrase, or a file changed or cut
 * short, gets a clear error, and nothing changes.
 */
import { decryptText } from "../../lib/local-store/crypto";
import { PassphraseForm } from "../ui/passphrase/PassphraseForm";

interface Props {
  id: string;
  name: string;
  text: string;
  onOpened: (plain: string) => void;
  onCancel: () => void;
}

export function EncryptedImport({ id, name, text, onOpened, onCancel }: Props) {
  const open = async (passphrase: string) => {
    const result = await decryptText(text, passphrase);
    if (!result.ok) return result.error;
    onOpened(result.text);
    return null;
  };
  return (
    <div id={id} tabIndex={-1} class="ws-box mt-4">
      <h4 class="font-bold">“{name}” is protected with a passphrase</h4>
      <p class="ws-hint">
        Enter the passphrase you chose when you saved it. Nothing changes until you see what it
        adds.
      </p>
      <PassphraseForm
        id={`${id}-pass`}
        submit="Open the backup"
        busy="Opening…"
        onPassphrase={open}
      >
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </PassphraseForm>
    </div>
  );
}
