import { PassphraseForm } from "../ui/passphrase/PassphraseForm";

interface Props {
  id: string;
  /** The file's name, as chosen. */
  name: string;
  /** Opens and brings back the backup; an error to show, or null. */
  onPassphrase: (passphrase: string) => Promise<string | null>;
  onCancel: () => void;
}

/** The passphrase step for a protected backup of everything: a wrong one changes nothing. */
export function OpenProtected({ id, name, onPassphrase, onCancel }: Props) {
  return (
    <div id={id} tabIndex={-1} class="mt-4">
      <p class="font-bold">“{name}” is protected with a passphrase</p>
      <p class="text-base text-muted">
        Enter the passphrase you chose when you saved it. A wrong one changes nothing.
      </p>
      <PassphraseForm
        id="site-open-pass"
        submit="Open the backup"
        busy="Opening…"
        onPassphrase={onPassphrase}
      >
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </PassphraseForm>
    </div>
  );
}
