import { Component } from "preact";
import { MAX_LINE } from "../../lib/local-store/read";
import type { RecordSession } from "../../lib/local-store/session";
import { type Plan, planSentence, planWhen } from "../../lib/plan/model";
import { keptThisWeek, weeksSummary } from "../../lib/plan/weeks";
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
  /** Its fields are shown (one plan at a time: a thousand plans' forms would slow the page). */
  open: boolean;
  /** This device's calendar day, "YYYY-MM-DD": which week "this week" is. */
  today: string;
  onTick: (p: Plan, done: boolean) => void;
  /** Shows this plan's fields (and closes the plan open before). */
  onOpen: (p: Plan) => void;
  /** Marks (true) or unmarks a weekly plan as done for this week. */
  onWeek: (p: Plan, done: boolean) => void;
  onRemove: (p: Plan) => void;
  onReminder: (p: Plan) => void;
}

/**
 * One plan: its sentence, its fields while still to do, a weekly plan's weeks
 * (done this week, kept and missed), Done, a reminder and Delete.
 */
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
          hint="One small action, in your words: ‘send two applications before lunch’."
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

  /** The plan's calendar reminder, or (while it is open) how to get one. */
  reminder({ p, open, onReminder }: Props) {
    if (p.done) return null;
    if (p.date)
      return (
        <button
          type="button"
          class="btn btn-secondary"
          aria-describedby={planId(p, "h")}
          onClick={() => onReminder(p)}
        >
          Download reminder (.ics)
        </button>
      );
    return open && <span class="tl-muted">Add a day to make a calendar reminder.</span>;
  }

  /** A weekly plan still going: this week's button, and the weeks so far, said kindly. */
  weeks(p: Plan, today: string, onWeek: Props["onWeek"]) {
    const done = keptThisWeek(p, today);
    const { kept, missed } = weeksSummary(p, today);
    return (
      <div class="pl-weeks">
        <p id={planId(p, "weeks")}>
          {kept}
          {missed && <span class="pl-missed">{missed}</span>}
        </p>
        <div class="pl-week-row">
          {done ? (
            <>
              <span class="pl-kept">✓ Done this week</span>
              <button
                id={planId(p, "week")}
                type="button"
                class="btn btn-secondary"
                aria-label="Undo: not done this week"
                aria-describedby={planId(p, "h")}
                onClick={() => onWeek(p, false)}
              >
                Undo
              </button>
            </>
          ) : (
            <button
              id={planId(p, "week")}
              type="button"
              class="btn btn-primary"
              aria-describedby={planId(p, "h")}
              onClick={() => onWeek(p, true)}
            >
              Done this week
            </button>
          )}
        </div>
      </div>
    );
  }

  render(props: Props) {
    const { p, session, of, readOnly, open, today, onTick, onOpen, onWeek, onRemove } = props;
    const routine = p.weekly && !p.done;
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
            {!p.done && !open && <p class="tl-muted mt-1">{planWhen(p)}</p>}
            {routine && this.weeks(p, today, onWeek)}
            {!p.done && open && this.fields(p, session)}
            {p.weekly && p.done && p.kept.length > 0 && (
              <p class="tl-muted mt-2">
                Kept {p.kept.length} {p.kept.length === 1 ? "week" : "weeks"}.
              </p>
            )}
            <div class="tl-row">
              <label class="tl-check">
                <input
                  id={planId(p, "done")}
                  type="checkbox"
                  checked={p.done}
                  onChange={(e) => onTick(p, e.currentTarget.checked)}
                />
                {p.weekly ? "Finished with this plan" : "Done"}
              </label>
              {!p.done && !open && (
                <button
                  type="button"
                  class="btn btn-secondary"
                  aria-describedby={planId(p, "h")}
                  onClick={() => onOpen(p)}
                >
                  Change plan
                </button>
              )}
              {this.reminder(props)}
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
