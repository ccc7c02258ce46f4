import { Component, type ComponentChildren } from "preact";
import type { DraftView } from "../../../lib/drafts/controller";
import { type DraftSource, mailtoHref } from "../../../lib/drafts/fill";
import { LIMITS } from "../../../lib/drafts/model";
import { type DraftKind, TEMPLATES } from "../../../lib/drafts/templates";
import { ConfirmInline } from "../confirm-inline/ConfirmInline";
import { Field } from "../field/Field";
import { focusSoon } from "../focus";
import { Notice } from "../notice/Notice";
import { RemindMe } from "./RemindMe";

interface Props {
  /** The section's id, unique on the page; its fields' ids start with it. */
  prefix: string;
  kind: DraftKind;
  title: string;
  level: 3 | 4;
  source: DraftSource;
  draft: DraftView;
  readOnly: boolean;
  /** The save status, shown here while this draft is being changed. */
  status: ComponentChildren;
  /** Shown when this draft was just put back to the template: the Undo. */
  undo: ComponentChildren;
  onEdit: (patch: { subject?: string; body?: string }) => void;
  onCopy: () => void;
  onReset: () => void;
  onDiscardCopy: (id: string) => void;
}

/** One draft: subject and message to change (kept as typed), copy, open in the mail app, remind me. */
export class DraftCard extends Component<Props, { confirming: boolean }> {
  override state = { confirming: false };

  confirm(confirming: boolean) {
    this.setState({ confirming });
    focusSoon(confirming ? `${this.props.prefix}-confirm` : `${this.props.prefix}-reset`);
  }

  render(
    { prefix, kind, title, level, source, draft, readOnly, status, undo, ...on }: Props,
    { confirming }: { confirming: boolean },
  ) {
    const H = level === 3 ? "h3" : "h4";
    return (
      <section id={prefix} aria-labelledby={`${prefix}-h`} class="dr-box">
        <div class="dr-head">
          <H id={`${prefix}-h`} tabIndex={-1} class="text-lg font-bold">
            {title}
          </H>
          <span class="text-base text-muted">
            {draft.edited ? "Your version" : "From the template"}
          </span>
        </div>
        <p class="dr-hint">{TEMPLATES[kind].tip}</p>
        <Field
          id={`${prefix}-subject`}
          label="Subject"
          value={draft.subject}
          kind="text"
          look="dr"
          maxLength={LIMITS.subject}
          readOnly={readOnly}
          onInput={(subject) => on.onEdit({ subject })}
        />
        <Field
          id={`${prefix}-body`}
          label="Message"
          value={draft.body}
          rows={12}
          look="dr"
          maxLength={LIMITS.body}
          readOnly={readOnly}
          onInput={(body) => on.onEdit({ body })}
        />
        {status}
        {draft.copies.map((c) => (
          <Notice
            key={c.id}
            tone="warn"
            title="This draft was changed in two places at once. The other version is kept here:"
          >
            <pre class="mt-2 whitespace-pre-wrap break-words font-sans">{`Subject: ${c.subject}\n\n${c.body}`}</pre>
            <button
              type="button"
              class="btn btn-secondary mt-3"
              onClick={() => on.onDiscardCopy(c.id)}
            >
              Delete the other version
            </button>
          </Notice>
        ))}
        <div class="dr-row">
          <button type="button" class="btn btn-secondary" onClick={on.onCopy}>
            Copy “{title}”
          </button>
          <a class="btn btn-secondary" href={mailtoHref(draft.subject, draft.body)}>
            Open “{title}” in my email app
          </a>
        </div>
        {draft.edited && !readOnly && !confirming && (
          <div class="dr-row">
            <button
              type="button"
              id={`${prefix}-reset`}
              class="btn btn-secondary"
              onClick={() => this.confirm(true)}
            >
              Start again from the template
            </button>
          </div>
        )}
        {confirming && (
          <ConfirmInline
            id={`${prefix}-confirm`}
            question={`Put “${title}” back to the template?`}
            detail="Your changes to this draft go. You can undo it straight after."
            confirmLabel="Start again"
            onConfirm={() => {
              this.setState({ confirming: false });
              on.onReset();
            }}
            onCancel={() => this.confirm(false)}
          />
        )}
        {undo}
        <RemindMe
          prefix={`${prefix}-remind`}
          kind={kind}
          title={title}
          source={source}
          subject={draft.subject}
        />
      </section>
    );
  }
}
