import type { ComponentChildren } from "preact";
import { PassphraseForm } from "./PassphraseForm";

interface Props {
  /** The step's id: it takes focus when it opens. */
  id: string;
  /** The passphrase form's id (its field is `<formId>`'s input). */
  formId: string;
  /** The file's name, as chosen. */
  name: string;
  /** What happens next, under the title. */
  children: ComponentChildren;
  /** The step's box (the worksheet's import draws a border). */
  boxClass?: string;
  /** Opens the file; an error to show, or null. A wrong passphrase changes nothing. */
  onPassphrase: (passphrase: string) => Promise<string | null>;
  onCancel: () => void;
}

/** The passphrase step for a backup protected with one: the worksheet's import and the backup of everything. */
export function OpenProtected({
  id,
  formId,
  name,
  children,
  boxClass = "mt-4",
  onPassphrase,
  onCancel,
}: Props) {
  return (
    <div id={id} tabIndex={-1} class={boxClass}>
      <p class="font-bold">“{name}” is protected with a passphrase</p>
      <p class="mt-0.5 text-base text-muted">{children}</p>
      <PassphraseForm
        id={formId}
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
