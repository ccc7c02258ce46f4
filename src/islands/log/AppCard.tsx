import { Component, type ComponentType } from "preact";
import type { RecordSession } from "../../lib/local-store/session";
import { type Application, applicationTitle } from "../../lib/log/model";
import { propsChanged } from "../ui/props-changed";
import { CopyNotice } from "../ui/store-notices/CopyNotice";
import type { EditorProps } from "./AppEditor";

export const appId = (a: Application, what: string) => `app-${a.id}-${what}`;

interface Props {
  a: Application;
  session: RecordSession<Application>;
  /** The stage's label. */
  stage: string;
  stages: EditorProps["stages"];
  /** Its fields are open, shown by `Editor` once that has loaded. */
  open: boolean;
  Editor: ComponentType<EditorProps> | undefined;
  /** The application this one is a conflict copy of, by its title. */
  of: string | undefined;
  readOnly: boolean;
  onEdit: (a: Application, open: boolean) => void;
  onReminder: (a: Application) => void;
  onRemove: (a: Application) => void;
  onDiscardCopy: (a: Application) => void;
}

/** One application: title and stage, applied and next step, its fields when open, reminder, Delete. */
export class AppCard extends Component<Props> {
  /** Drawn again only when this application (or how it is shown) changed, not on a keystroke in another. */
  override shouldComponentUpdate(next: Props): boolean {
    return propsChanged(this.props, next);
  }

  render(p: Props) {
    const { a, open, Editor } = p;
    return (
      <li class="tl-card">
        <article aria-labelledby={appId(a, "h")}>
          <h3 id={appId(a, "h")}>
            {a.copyOf && "Copy: "}
            {applicationTitle(a)}: {p.stage}
          </h3>
          {a.copyOf && (
            <CopyNotice
              id={`copy-${a.id}`}
              noun="application"
              of={p.of}
              onKeep={() => p.session.keepCopy(a.id)}
              onDiscard={() => p.onDiscardCopy(a)}
            />
          )}
          <p class="tl-muted" id={appId(a, "sum")}>
            Applied {a.date || "(no date)"}
            {a.nextAction.trim() || a.nextDate
              ? ` · Next: ${a.nextAction.trim() || "(no action written)"}${a.nextDate ? ` by ${a.nextDate}` : ""}`
              : ""}
          </p>
          {open && Editor && (
            <Editor a={a} stages={p.stages} session={p.session} readOnly={p.readOnly} />
          )}
          <div class="tl-row">
            <button
              id={appId(a, "toggle")}
              type="button"
              class="btn btn-secondary"
              aria-expanded={open}
              aria-describedby={appId(a, "h")}
              onClick={() => p.onEdit(a, !open)}
            >
              {open ? "Done editing" : "Edit"}
            </button>
            {a.nextDate && (
              <button
                type="button"
                class="btn btn-secondary"
                aria-describedby={appId(a, "h")}
                onClick={() => p.onReminder(a)}
              >
                Download reminder (.ics)
              </button>
            )}
            {!p.readOnly && (
              <button
                type="button"
                class="tl-link"
                aria-describedby={appId(a, "h")}
                onClick={() => p.onRemove(a)}
              >
                Delete application
              </button>
            )}
          </div>
        </article>
      </li>
    );
  }
}
