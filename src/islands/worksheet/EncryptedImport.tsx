/**
 * The passphrase step of importing a protected backup (crypto.ts). Loaded only
 * when the chosen file is one. A wrong passphrase, or a file changed or cut
 * short, gets a clear error, and nothing changes.
 */
import { Component } from "preact";
import { decryptText } from "../../lib/local-store/crypto";

interface Props {
  id: string;
  name: string;
  text: string;
  onOpened: (plain: string) => void;
  onCancel: () => void;
}

interface State {
  pass: string;
  error: string;
  busy: boolean;
}

export class EncryptedImport extends Component<Props, State> {
  override state: State = { pass: "", error: "", busy: false };

  open = async (e: Event) => {
    e.preventDefault();
    this.setState({ busy: true, error: "" });
    const result = await decryptText(this.props.text, this.state.pass);
    if (result.ok) return this.props.onOpened(result.text);
    this.setState({ busy: false, error: result.error });
    document.getElementById(`${this.props.id}-pass`)?.focus();
  };

  render({ id, name, onCancel }: Props, { pass, error, busy }: State) {
    const hint = `${id}-pass-hint`;
    return (
      <form id={id} tabIndex={-1} class="ws-box mt-4" onSubmit={this.open} noValidate>
        <h4 class="font-bold">“{name}” is protected with a passphrase</h4>
        <p id={hint} class="ws-hint">
          Enter the passphrase you chose when you saved it. Nothing changes until you see what it
          adds.
        </p>
        {error && (
          <p role="alert" class="ws-err mt-2">
            {error}
          </p>
        )}
        <label for={`${id}-pass`} class="ws-label mt-3 block">
          Passphrase
        </label>
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="current-password"
          aria-describedby={hint}
          aria-invalid={error ? true : undefined}
          class="field-input mt-1 max-w-xl"
          value={pass}
          onInput={(e) => this.setState({ pass: (e.currentTarget as HTMLInputElement).value })}
        />
        <div class="ws-row">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? "Opening…" : "Open the backup"}
          </button>
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
}
