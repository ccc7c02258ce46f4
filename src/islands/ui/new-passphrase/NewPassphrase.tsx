import { Component, type ComponentChildren } from "preact";
import { checkNewPassphrase } from "../../../lib/local-store/passphrase";
import { unsavedPassphrase } from "../passphrase/PassphraseForm";

interface Props {
  /** Prefix of the form's ids. */
  id: string;
  /** What the passphrase will protect, and that it cannot be recovered. */
  hint: ComponentChildren;
  submit: string;
  busy: string;
  /** Does the work; a message when it failed (the passphrase stays typed). */
  onPassphrase: (passphrase: string) => Promise<string | null>;
  /** For the lock: ask password managers not to save it (PassphraseForm's unsavedPassphrase). */
  unsaved?: boolean;
  /** The first field's label (default "Passphrase"). */
  label?: string;
}

interface State {
  pass: string;
  again: string;
  error: string;
  /** Which field the error is about. */
  field: "pass" | "again" | null;
  busy: boolean;
}

/**
 * Choosing a new passphrase, typed twice: for a protected backup and for the
 * lock. Errors are shown above the fields, linked to the field they are about,
 * and focus moves to it (GOV.UK error messages).
 */
export class NewPassphrase extends Component<Props, State> {
  override state: State = { pass: "", again: "", error: "", field: null, busy: false };

  send = async (e: Event) => {
    e.preventDefault();
    const { pass, again } = this.state;
    const check = checkNewPassphrase(pass, again);
    if (check) {
      this.setState({ error: check.error, field: check.field });
      return document.getElementById(`${this.props.id}-${check.field}`)?.focus();
    }
    this.setState({ busy: true, error: "", field: null });
    const error = await this.props.onPassphrase(pass);
    this.setState(error ? { busy: false, error } : { busy: false, pass: "", again: "" });
  };

  field(name: "pass" | "again", label: string) {
    const { id } = this.props;
    const { error, field } = this.state;
    const bad = error !== "" && field === name;
    return (
      <>
        <label for={`${id}-${name}`} class="mt-3 block font-semibold">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          type="password"
          autocomplete="new-password"
          {...(this.props.unsaved ? unsavedPassphrase : {})}
          aria-describedby={bad ? `${id}-error` : name === "pass" ? `${id}-hint` : undefined}
          aria-invalid={bad || undefined}
          class="field-input mt-1 max-w-xl"
          value={this.state[name]}
          onInput={(e) =>
            this.setState({ [name]: (e.currentTarget as HTMLInputElement).value } as Pick<
              State,
              typeof name
            >)
          }
        />
      </>
    );
  }

  render({ id, hint, submit, busy: busyLabel }: Props, { error, busy }: State) {
    return (
      <form id={id} class="mt-3 max-w-xl" onSubmit={this.send} noValidate>
        <p id={`${id}-hint`} class="text-base text-muted">
          {hint}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" class="mt-2 font-bold text-danger">
            <span class="sr-only">Error: </span>
            {error}
          </p>
        )}
        {this.field("pass", this.props.label ?? "Passphrase")}
        {this.field("again", "The same passphrase again")}
        <button type="submit" class="btn btn-primary mt-4" disabled={busy}>
          {busy ? busyLabel : submit}
        </button>
      </form>
    );
  }
}
