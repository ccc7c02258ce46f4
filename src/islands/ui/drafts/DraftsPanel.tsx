import { Component } from "preact";
import { type DraftsController, sharedDrafts } from "../../../lib/drafts/controller";
import { type DraftSource, oneLine } from "../../../lib/drafts/fill";
import { type DraftKind, TEMPLATES } from "../../../lib/drafts/templates";
import { focusSoon } from "../focus";
import { Notice } from "../notice/Notice";
import { SaveStatus } from "../save-status/SaveStatus";
import { DraftCard } from "./DraftCard";
import { NamesForm } from "./NamesForm";
import "./drafts.css";

export interface DraftsPanelProps {
  /** Where the drafts come from: a worksheet reflection, an application in the log. */
  source: DraftSource;
  /** Which drafts to offer, in this order. */
  kinds: DraftKind[];
  /** The level of each draft's heading (default 4: under a tool's h3). */
  level?: 3 | 4;
}

interface State {
  tick: number;
  /** Where the person is typing: the save status shows there. */
  active: "names" | DraftKind | "";
  announced: boolean;
  copied: string;
}

/**
 * Email drafts for one source, that any tool can show: the names asked once,
 * then each draft to change (kept on this device as typed), copy, open in
 * the mail app, or be reminded to send. Self-contained: it opens the page's
 * one drafts controller (src/lib/drafts/controller.ts). Nothing is sent by
 * the site.
 */
export default class DraftsPanel extends Component<DraftsPanelProps, State> {
  c: DraftsController = sharedDrafts();
  off: (() => void) | undefined;
  override state: State = { tick: 0, active: "", announced: false, copied: "" };

  override componentDidMount() {
    this.off = this.c.subscribe(() =>
      this.setState((s) => ({
        tick: s.tick + 1,
        announced: s.announced || this.c.save() !== "saved",
      })),
    );
  }

  override componentDidUpdate(prev: DraftsPanelProps) {
    // Another source (the worksheet opened another reflection): nothing is being typed here yet.
    if (prev.source.id !== this.props.source.id) this.setState({ active: "", copied: "" });
  }

  override componentWillUnmount() {
    this.c.flush();
    this.off?.();
  }

  get prefix(): string {
    return `draft-${this.props.source.id}`;
  }

  async copy(kind: DraftKind) {
    const d = this.c.draft(this.props.source, kind);
    const title = TEMPLATES[kind].draftTitle;
    let copied = "Copying did not work here. Select the text and copy it yourself.";
    try {
      await navigator.clipboard.writeText(`Subject: ${d.subject}\n\n${d.body}`);
      copied = `“${title}” copied.`;
    } catch {
      // The message above says what to do.
    }
    this.setState({ copied });
  }

  reset(kind: DraftKind) {
    this.c.resetDraft(this.props.source, kind);
    this.setState({ active: kind });
    focusSoon(`${this.prefix}-${kind}-undo`);
  }

  render({ source, kinds, level = 4 }: DraftsPanelProps, { active, announced, copied }: State) {
    const c = this.c;
    const names = c.namesFor(source);
    const { drafts, names: nameState } = c.state;
    const readOnly = drafts.readOnly || nameState.readOnly;
    const company = oneLine(source.company);
    const status = (where: State["active"]) =>
      active === where ? (
        <SaveStatus id={`${this.prefix}-save`} save={c.save()} announced={announced} />
      ) : null;
    const undone = drafts.undo;
    return (
      <div class="mt-4">
        <p class="text-muted">
          Change anything you like: your changes are kept on this device. Words in [square brackets]
          are for you to fill in. This site never sends anything: copy a draft, or open it in your
          own email app.
        </p>
        {(drafts.trouble || nameState.trouble) && (
          <Notice tone="danger" role="alert" title="Changes to these drafts cannot be saved here.">
            <p>This browser is not letting the site keep them. Copy a draft to keep your words.</p>
          </Notice>
        )}
        <NamesForm
          key={source.id}
          prefix={`${this.prefix}-names`}
          names={names}
          at={company ? ` at ${company}` : ""}
          readOnly={readOnly}
          status={status("names")}
          onSender={(name) => {
            this.setState({ active: "names" });
            c.setSender(name);
          }}
          onRecipient={(name) => {
            this.setState({ active: "names" });
            c.setRecipient(source.id, name);
          }}
        />
        {kinds.map((kind) => {
          const prefix = `${this.prefix}-${kind}`;
          const title = TEMPLATES[kind].draftTitle;
          const mine = undone && undone.sourceId === source.id && undone.kind === kind;
          return (
            <DraftCard
              key={kind}
              prefix={prefix}
              kind={kind}
              title={title}
              level={level}
              source={source}
              draft={c.draft(source, kind)}
              readOnly={readOnly}
              status={status(kind)}
              undo={
                mine ? (
                  <Notice
                    id={`${prefix}-undo`}
                    role="status"
                    focusable
                    title="Back to the template."
                  >
                    <button
                      type="button"
                      class="btn btn-secondary mt-2"
                      onClick={() => {
                        c.undoReset();
                        focusSoon(`${prefix}-body`);
                      }}
                    >
                      Undo: bring back my version
                    </button>
                  </Notice>
                ) : null
              }
              onEdit={(patch) => {
                this.setState({ active: kind, copied: "" });
                c.editDraft(source, kind, patch);
              }}
              onCopy={() => this.copy(kind)}
              onReset={() => this.reset(kind)}
              onDiscardCopy={(id) => c.discardCopy(id)}
            />
          );
        })}
        <p role="status" class="mt-3 min-h-6">
          {copied}
        </p>
      </div>
    );
  }
}
