import { Component } from "preact";
import { MAX_LINE } from "../../lib/local-store/read";
import type { RecordSession } from "../../lib/local-store/session";
import { type Plan, planSentence } from "../../lib/plan/model";
import { Field } from "../ui/field/Field";
import { propsChanged } from "../ui/props-changed";
import { CopyNotice } from "../ui/store-notices/CopyNotice";

export const planId = (p: Plan, what: string) => `plan-${p.id}-${what}`;

interface Props {
  p: Plan;
  session: RecordSession<Plan>;
  /** The plan this one is a conflict copy of, as a sentence. */
  of: string | undefined;
  readOnly: boolean;
  onTick: (p: Plan, done: boolean) => void;
  onRemove: (p: Plan) => void;
  onReminder: (p: Plan) => void;
}

/** One plan: its sentence, its fields while still to do, Done, a reminder and Delete. */
export class PlanCard extends Component<Props> {
  /** Drawn again only when this plan (or read-only) changed, not on a keystroke in another card. */
  override shouldComponentUpdate(next: Props): boolean {
    return propsChanged(this.props, next);
  }

  /** The fields of a plan still to do: if, then, day and time, weekly. */
  fields(p: Plan, s: RecordSession<Plan>) {
    return (
      <>
        <Field
          id={planId(p, "situation")}
          label="If…"
          hint="A situation or a time: ‘it is Monday morning’."
          value={p.situation}
          look="tl"
          kind="text"
          maxLength={MAX_LINE}
          onInput={(situation) => s.edit(p.id, { situation })}
        />
        <Field
          id={planId(p, "action")}
          label="then I will…"
          hint="One small action: ‘send two applications before lunch’."
          value={p.action}
          look="tl"
          kind="text"
          maxLength={MAX_LINE}
          onInput={(action) => s.edit(p.id, { action })}
        />
        <div class="tl-grid">
          <Field
            id={planId(p, "date")}
            kind="date"
            look="tl"
            maxLength={10}
            label="Day (optional)"
            hint="For a calendar reminder."
            value={p.date}
            onInput={(date) => s.edit(p.id, { date })}
          />
          <Field
            id={planId(p, "time")}
            kind="time"
            look="tl"
            maxLength={5}
            label="Time (optional)"
            hint="Empty: a reminder for the whole day."
            value={p.time}
            onInput={(time) => s.edit(p.id, { time })}
          />
        </div>
        <label class="tl-check mt-4">
          <input
            type="checkbox"
            checked={p.weekly}
            onChange={(e) => s.editNow(p.id, { weekly: e.currentTarget.checked })}
          />
          Repeat every week
        </label>
      </>
    );
  }

  render({ p, session, of, readOnly, onTick, onRemove, onReminder }: Props) {
    return (
      <li class="tl-card">
        <article aria-labelledby={planId(p, "h")}>
          <h3 id={planId(p, "h")} class={p.done ? "tl-done" : ""}>
            {p.copyOf && "Copy: "}
            {planSentence(p)}
          </h3>
          {p.copyOf && (
            <CopyNotice
              id={planId(p, "copy")}
              noun="plan"
              of={of}
              onKeep={() => session.keepCopy(p.id)}
              onDiscard={() => onRemove(p)}
            />
          )}
          <fieldset disabled={readOnly} class="min-w-0">
            <legend class="sr-only">Change this plan</legend>
            {!p.done && this.fields(p, session)}
            <div class="tl-row">
              <label class="tl-check">
                <input
                  id={planId(p, "done")}
                  type="checkbox"
                  checked={p.done}
                  onChange={(e) => onTick(p, e.currentTarget.checked)}
                />
                Done
              </label>
              {p.date && !p.done ? (
                <button
                  type="button"
                  class="btn btn-secondary"
                  aria-describedby={planId(p, "h")}
                  onClick={() => onReminder(p)}
                >
                  Download reminder (.ics)
                </button>
              ) : (
                !p.done && <span class="tl-muted">Add a day to make a calendar reminder.</span>
              )}
              <button
                type="button"
                class="tl-link"
                aria-describedby={planId(p, "h")}
                onClick={() => onRemove(p)}
              >
                Delete plan
              </button>
            </div>
          </fieldset>
        </article>
      </li>
    );
  }
}
