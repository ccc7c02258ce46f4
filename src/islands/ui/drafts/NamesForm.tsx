import { Component } from "preact";
import type { DraftNames } from "../../../lib/drafts/fill";
import { LIMITS } from "../../../lib/drafts/model";
import { Field } from "../field/Field";
import { focusSoon } from "../focus";

interface Props {
  /** The ids' start, unique on the page. */
  prefix: string;
  names: DraftNames;
  /** Who the email goes to, in words, for the hint: "at Smith & Sons". */
  at: string;
  readOnly: boolean;
  /** The save status, shown here while a name is being typed. */
  status: preact.ComponentChildren;
  onSender: (name: string) => void;
  onRecipient: (name: string) => void;
}

/**
 * The two names every draft uses, asked once: the person's own name (kept for
 * every draft) and the first name of whoever the email goes to. Once the
 * person's name is known it shows as a line with "Change names".
 */
export class NamesForm extends Component<Props, { open: boolean }> {
  constructor(props: Props) {
    super(props);
    this.state = { open: props.names.sender.trim() === "" };
  }

  change = () => {
    this.setState({ open: true });
    focusSoon(`${this.props.prefix}-sender`);
  };

  render(
    { prefix, names, at, readOnly, status, onSender, onRecipient }: Props,
    { open }: { open: boolean },
  ) {
    if (!open) {
      const greeting = names.recipient.trim() || "[Name]";
      return (
        <div class="dr-names">
          <p>
            Your drafts are signed <strong>{names.sender}</strong> and start “Hi {greeting},”.
          </p>
          <button type="button" class="btn btn-secondary mt-3" onClick={this.change}>
            Change names
          </button>
        </div>
      );
    }
    return (
      <fieldset class="dr-names">
        <legend>Names for your emails</legend>
        <p class="dr-hint">
          Asked once and kept on this device. Leave one empty and the drafts keep a [placeholder].
        </p>
        <Field
          id={`${prefix}-sender`}
          label="Your name"
          hint="Used to sign every draft you make on this site."
          value={names.sender}
          kind="text"
          look="dr"
          maxLength={LIMITS.name}
          readOnly={readOnly}
          onInput={onSender}
        />
        <Field
          id={`${prefix}-recipient`}
          label="Their first name (optional)"
          hint={`The person you are writing to${at}. Drafts start “Hi [first name],”.`}
          value={names.recipient}
          kind="text"
          look="dr"
          maxLength={LIMITS.name}
          readOnly={readOnly}
          onInput={onRecipient}
        />
        {status}
      </fieldset>
    );
  }
}
