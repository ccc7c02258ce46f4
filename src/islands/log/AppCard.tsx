import { Component, type ComponentType } from "preact";
import { dayText } from "../../lib/days";
import type { RecordSession } from "../../lib/local-store/session";
import { type Application, applicationTitle, STOPPED_AT_LABELS } from "../../lib/log/model";
import { DraftsLoader } from "../ui/drafts/DraftsLoader";
import { propsChanged } from "../ui/props-changed";
import { CopyNotice } from "../ui/store-notices/CopyNotice";
import type { Change, EditorProps } from "./AppEditor";

export const appId = (a: Application, what: string) => `app-${a.id}-${what}`;

interface Props {
  a: Application;
  session: RecordSession<Application>;
  /** The stage's label. */
  stage: string;
  stages: EditorProps["stages"];
  /** Its fields are open, shown by `Editor` once that has loaded. */
  open: boolean;
  /** Just added and not written in yet: nothing is saved until it is. */
  unsaved: boolean;
  Editor: ComponentType<EditorProps> | undefined;
  /** The application this one is a conflict copy of, by its title. */
  of: string | undefined;
  readOnly: boolean;
  change: Change;
  onEdit: (a: Application, open: boolean) => void;
  onReminder: (a: Application) => void;
  onRemove: (a: Application) => void;
  onDiscardCopy: (a: Application) => void;
}

/** The line under the title: applied, where it stopped, the next step. */
function summary(a: Application): string {
  const parts = [`Applied ${a.date ? dayText(a.date) : "(no date)"}`];
  if (a.stage === "turned-down" && a.stoppedAt)
    parts.push(`Turned down ${STOPPED_AT_LABELS[a.stoppedAt].toLowerCase()}`);
  const next = a.nextAction.trim();
  if (next || a.nextDate)
    parts.push(
      `Next: ${next || "(no action written)"}${a.nextDate ? ` by ${dayText(a.nextDate)}` : ""}`,
    );
  return parts.join(" · ");
}

/**
 * One application: title and stage, applied and next step, its link and
 * contact, its fields when open, drafts for a "No reply" or "Turned down"
 * entry (loaded on first use), reminder, Delete.
 */
export class AppCard extends Component<Props> {
  /** Drawn again only when this application (or how it is shown) changed, not on a keystroke in another. */
  override shouldComponentUpdate(next: Props): boolean {
    return propsChanged(this.props, next);
  }

  render(p: Props) {
    const { a, open, Editor } = p;
    const title = applicationTitle(a);
    return (
      <li class="tl-card">
        <article aria-labelledby={appId(a, "h")}>
          <h3 id={appId(a, "h")}>
            {a.copyOf && "Copy: "}
            {p.unsaved ? "New application" : title}: {p.stage}
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
          {p.unsaved ? (
            <p class="tl-muted" id={appId(a, "sum")}>
              Nothing is saved until you write something in it.
            </p>
          ) : (
            <p class="tl-muted break-words" id={appId(a, "sum")}>
              {summary(a)}
            </p>
          )}
          {(a.link || a.contact.trim()) && (
            <p class="mt-1 break-words">
              {a.link && (
                <a href={a.link} rel="noreferrer noopener" class="log-link">
                  Job advert<span class="sr-only"> for {title}</span>
                </a>
              )}
              {a.contact.trim() && <span>Contact: {a.contact}</span>}
            </p>
          )}
          {open && Editor && (
            <Editor a={a} stages={p.stages} change={p.change} readOnly={p.readOnly} />
          )}
          {!p.unsaved && !a.copyOf && (a.stage === "no-reply" || a.stage === "turned-down") && (
            <DraftsLoader
              key={a.stage}
              label={
                a.stage === "no-reply"
                  ? "Draft a follow-up email"
                  : "Draft a reply or ask for feedback"
              }
              source={{
                id: a.id,
                role: a.role,
                company: a.company,
                // The interview's day only: without one, the draft keeps "[date]" for the reader to fill.
                date: a.interviewDate,
                stage: p.stage,
                contact: a.contact,
              }}
              kinds={a.stage === "no-reply" ? ["follow-up"] : ["reply", "feedback"]}
            />
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
                {p.unsaved ? "Cancel" : "Delete application"}
              </button>
            )}
          </div>
        </article>
      </li>
    );
  }
}
