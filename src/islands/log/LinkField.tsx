import { Component } from "preact";
import { checkLink, MAX_LINK } from "../../lib/log/model";

interface Props {
  id: string;
  /** The link stored now. */
  value: string;
  onSave: (link: string) => void;
}

interface State {
  /** What is in the box while it differs from what is stored (a link half typed), else null. */
  text: string | null;
  error: string;
}

/**
 * The job link: saved as you type while it is a web address (http or
 * https); anything else is not saved, and leaving the box says why, plainly.
 */
export class LinkField extends Component<Props, State> {
  override state: State = { text: null, error: "" };

  input = (text: string) => {
    const r = checkLink(text);
    if (r.ok && r.link !== this.props.value) this.props.onSave(r.link);
    // An error already shown goes as soon as the link is right, or changes with it.
    this.setState({ text, error: this.state.error && !r.ok ? r.error : "" });
  };

  leave = () => {
    const { text } = this.state;
    const r = text === null ? null : checkLink(text);
    if (r && !r.ok) this.setState({ error: r.error });
  };

  render({ id, value }: Props, { text, error }: State) {
    const r = text === null ? null : checkLink(text);
    // Half typed, or the same link with spaces round it: the box keeps what was typed.
    const shown = text !== null && r && (!r.ok || r.link === value) ? text : value;
    const described = `${id}-hint${error ? ` ${id}-error` : ""}`;
    return (
      <div class="tl-field">
        <label for={id} class="tl-label">
          Job link (optional)
        </label>
        <p id={`${id}-hint`} class="tl-hint">
          The advert’s address, starting https://. It opens only when you choose it.
        </p>
        {error && (
          <p id={`${id}-error`} class="mt-1 font-bold text-danger">
            <span class="sr-only">Error: </span>
            {error}
          </p>
        )}
        <input
          id={id}
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          class="field-input tl-input"
          maxLength={MAX_LINK}
          aria-describedby={described}
          aria-invalid={error ? "true" : undefined}
          value={shown}
          onInput={(e) => this.input(e.currentTarget.value)}
          onBlur={this.leave}
        />
      </div>
    );
  }
}
