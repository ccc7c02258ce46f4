import { Component } from "preact";
import { type Draft, draftEmails, mailtoHref } from "../../lib/worksheet/emails";
import type { Entry } from "../../lib/worksheet/model";

interface Props {
  entry: Entry;
}

interface State {
  drafts: Draft[];
  copied: string;
}

/**
 * Three email drafts from one reflection, loaded only when someone asks for
 * them (the worksheet's JS budget). Each can be edited here, copied, or
 * opened in the mail app; nothing is sent by the site, and the drafts are
 * not saved.
 */
export default class EmailDrafts extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { drafts: draftEmails(props.entry), copied: "" };
  }

  change(i: number, patch: Partial<Draft>) {
    this.setState({
      drafts: this.state.drafts.map((d, n) => (n === i ? { ...d, ...patch } : d)),
      copied: "",
    });
  }

  async copy(d: Draft) {
    let copied = "Copying did not work here. Select the text and copy it yourself.";
    try {
      await navigator.clipboard.writeText(`Subject: ${d.subject}\n\n${d.body}`);
      copied = `“${d.title}” copied.`;
    } catch {
      // The message above says what to do.
    }
    this.setState({ copied });
  }

  render(_: Props, { drafts, copied }: State) {
    return (
      <div class="mt-4">
        <p class="text-muted">
          Three drafts from this reflection: a request for feedback, a reply to the rejection and a
          follow-up after silence. Change anything you like before you use one. Words in [square
          brackets] are for you to fill in. These drafts are not saved, and this site never sends
          anything: copy one, or open it in your own email app.
        </p>
        {drafts.map((d, i) => (
          <section
            key={d.kind}
            id={`ws-draft-${d.kind}`}
            aria-labelledby={`ws-draft-${d.kind}-h`}
            class="mt-6 rounded-lg border border-line p-4"
          >
            <h4 id={`ws-draft-${d.kind}-h`} class="text-lg font-bold">
              {d.title}
            </h4>
            <label for={`ws-draft-${d.kind}-subject`} class="ws-label mt-3 block">
              Subject
            </label>
            <input
              id={`ws-draft-${d.kind}-subject`}
              autocomplete="off"
              class="field-input mt-2 w-full"
              value={d.subject}
              onInput={(e) => this.change(i, { subject: e.currentTarget.value })}
            />
            <label for={`ws-draft-${d.kind}-body`} class="ws-label mt-3 block">
              Message
            </label>
            <textarea
              id={`ws-draft-${d.kind}-body`}
              autocomplete="off"
              class="field-input mt-2 w-full"
              rows={12}
              value={d.body}
              onInput={(e) => this.change(i, { body: e.currentTarget.value })}
            />
            <div class="ws-row mt-3">
              <button type="button" class="btn btn-secondary" onClick={() => this.copy(d)}>
                Copy “{d.title}”
              </button>
              <a class="btn btn-secondary" href={mailtoHref(d.subject, d.body)}>
                Open “{d.title}” in my email app
              </a>
            </div>
          </section>
        ))}
        <p role="status" class="mt-3 min-h-6">
          {copied}
        </p>
      </div>
    );
  }
}
