import { Component, type ComponentChildren } from "preact";

interface Props {
  /** The input's id; the error's is `<id>-error`. */
  id: string;
  submit: string;
  busy: string;
  /** The button's style: primary unless this is the less common action. */
  secondary?: boolean;
  /** Does the work; a message when it failed (shown, and focus returns to the field). */
  onPassphrase: (passphrase: string) => Promise<string | null>;
  /** More buttons beside the submit button (such as Cancel). */
  children?: ComponentChildren;
}

interface State {
  pass: string;
  error: string;
  busy: boolean;
}

/** Asking for a passphrase chosen before: to open a protected backup, or the lock. */
export class PassphraseForm extends Component<Props, State> {
  override state: State = { pass: "", error: "", busy: false };

  send = async (e: Event) => {
    e.preventDefault();
    this.setState({ busy: true, error: "" });
    const error = await this.props.onPassphrase(this.state.pass);
    this.setState({ busy: false, error: error ?? "" });
    if (error) document.getElementById(this.props.id)?.focus();
  };

  render(
    { id, submit, busy: busyLabel, secondary, children }: Props,
    { pass, error, busy }: State,
  ) {
    return (
      <form class="mt-3 max-w-xl" onSubmit={this.send} noValidate>
        {error && (
          <p id={`${id}-error`} role="alert" class="mt-2 font-bold text-danger">
            <span class="sr-only">Error: </span>
            {error}
          </p>
        )}
        <label for={id} class="mt-3 block font-semibold">
          Passphrase
        </label>
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          class="field-input mt-1 max-w-xl"
          value={pass}
          onInput={(e) => this.setState({ pass: (e.currentTarget as HTMLInputElement).value })}
        />
        <div class="mt-4 flex flex-wrap gap-3">
          <button
            type="submit"
            class={`btn ${secondary ? "btn-secondary" : "btn-primary"}`}
            disabled={busy}
          >
            {busy ? busyLabel : submit}
          </button>
          {children}
        </div>
      </form>
    );
  }
}
