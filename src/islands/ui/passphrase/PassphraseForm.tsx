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
  /** The field's label (default "Passphrase"). */
  label?: string;
  /** For the lock: ask password managers not to save it (unsavedPassphrase). */
  unsaved?: boolean;
}

/**
 * The attributes that ask password managers not to save or fill a field. The
 * lock guards against other people using this browser, so a passphrase saved
 * in the same browser would undo it: its fields say autocomplete="off" (and
 * the hints 1Password, LastPass, Bitwarden and Dashlane document), and its
 * forms have no username field, the pattern managers look for to save a
 * login. No hint binds every manager, so the about page also says to choose
 * "Never" if one offers. The fields stay type="password": masked on screen,
 * and screen readers do not read the characters aloud. A backup's
 * passphrase may be saved (it protects a file kept elsewhere).
 */
export const unsavedPassphrase = {
  autocomplete: "off",
  "data-1p-ignore": true,
  "data-lpignore": "true",
  "data-bwignore": true,
  "data-form-type": "other",
} as const;

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
    { id, submit, busy: busyLabel, secondary, children, label, unsaved }: Props,
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
          {label ?? "Passphrase"}
        </label>
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          {...(unsaved ? unsavedPassphrase : {})}
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
