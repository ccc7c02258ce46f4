import { Component } from "preact";
import { keepInSync } from "../../lib/local-store/browser";
import { MAX_LINE, newId } from "../../lib/local-store/read";
import { RecordSession, type SessionState } from "../../lib/local-store/session";
import {
  newPlan,
  type Plan,
  type PlanExample,
  planSentence,
  planStore,
  splitPlans,
} from "../../lib/plan/model";
import { downloadText } from "../ui/download";
import { Field } from "../ui/field/Field";
import { focusSoon, whenNear } from "../ui/focus";
import { SaveStatus } from "../ui/save-status/SaveStatus";
import { CopyNotice } from "../ui/store-notices/CopyNotice";
import { StoreNotices } from "../ui/store-notices/StoreNotices";
import type { ToolData } from "../ui/tool-data/ToolData";
import "../ui/tool.css";

interface Props {
  examples: PlanExample[];
  /** url("/about/"): the site-wide backup and "Delete all my data". */
  about: string;
}

interface State {
  s: SessionState<Plan>;
  announced: boolean;
  deleted: string;
  moved: string;
  /** "Your data" (exports, delete all), once loaded. */
  Data?: typeof ToolData;
}

const id = (p: Plan, what: string) => `plan-${p.id}-${what}`;

/**
 * If-then plans: make one (from scratch or an example), give it a day and
 * time, download it as a calendar reminder, tick it off. A view of
 * RecordSession (src/lib/local-store).
 */
export default class PlanTool extends Component<Props, State> {
  session = new RecordSession(planStore(), {
    clearedNotice: "All your plans were deleted in another tab or window.",
  });
  off: (() => void) | undefined;

  constructor(props: Props) {
    super(props);
    this.state = { s: this.session.state, announced: false, deleted: "", moved: "" };
  }

  override componentDidMount() {
    const stop = this.session.subscribe((s) =>
      this.setState({ s, announced: this.state.announced || s.save !== "saved" }),
    );
    const disconnect = keepInSync(this.session);
    // "Your data" is low on the page: its code loads when it comes near the screen.
    const unwatch = whenNear("plan-data-spot", () =>
      import("../ui/tool-data/ToolData").then(
        (m) => this.setState({ Data: m.ToolData }),
        () => undefined,
      ),
    );
    this.off = () => {
      stop();
      disconnect();
      unwatch();
    };
  }

  override componentWillUnmount() {
    this.off?.();
  }

  add(from?: PlanExample) {
    const p = newPlan(Date.now(), newId(), from ?? {});
    this.session.add(p);
    this.setState({ moved: "" });
    focusSoon(id(p, from ? "date" : "situation"));
  }

  /** The file makers (.ics, Markdown) load only when someone asks for a file. */
  files(use: (f: typeof import("../../lib/plan/export")) => void) {
    import("../../lib/plan/export").then(use, () =>
      this.setState({ moved: "The file could not be made. Check your connection and try again." }),
    );
  }

  tick(p: Plan, done: boolean) {
    this.session.editNow(p.id, { done, doneAt: done ? Date.now() : 0 });
    this.setState({
      moved: done ? "Plan moved to your done list." : "Plan moved back to your plans.",
    });
    focusSoon(id(p, "done"));
  }

  remove(p: Plan) {
    this.setState({ deleted: planSentence(p) });
    this.session.remove(p.id);
    focusSoon("plan-undo");
  }

  /** The fields of a plan still to do: if, then, day and time, weekly. */
  fields(p: Plan) {
    const s = this.session;
    return (
      <>
        <Field
          id={id(p, "situation")}
          label="If…"
          hint="A situation or a time: ‘it is Monday morning’."
          value={p.situation}
          look="tl"
          kind="text"
          maxLength={MAX_LINE}
          onInput={(situation) => s.edit(p.id, { situation })}
        />
        <Field
          id={id(p, "action")}
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
            id={id(p, "date")}
            kind="date"
            look="tl"
            maxLength={10}
            label="Day (optional)"
            hint="For a calendar reminder."
            value={p.date}
            onInput={(date) => s.edit(p.id, { date })}
          />
          <Field
            id={id(p, "time")}
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

  card(p: Plan) {
    const s = this.session;
    const ro = this.state.s.readOnly;
    const of = p.copyOf ? s.find(p.copyOf) : undefined;
    return (
      <li key={p.id} class="tl-card">
        <article aria-labelledby={id(p, "h")}>
          <h3 id={id(p, "h")} class={p.done ? "tl-done" : ""}>
            {p.copyOf && "Copy: "}
            {planSentence(p)}
          </h3>
          {p.copyOf && (
            <CopyNotice
              id={id(p, "copy")}
              noun="plan"
              of={of && planSentence(of)}
              onKeep={() => s.keepCopy(p.id)}
              onDiscard={() => this.remove(p)}
            />
          )}
          <fieldset disabled={ro} class="min-w-0">
            <legend class="sr-only">Change this plan</legend>
            {!p.done && this.fields(p)}
            <div class="tl-row">
              <label class="tl-check">
                <input
                  id={id(p, "done")}
                  type="checkbox"
                  checked={p.done}
                  onChange={(e) => this.tick(p, e.currentTarget.checked)}
                />
                Done
              </label>
              {p.date && !p.done ? (
                <button
                  type="button"
                  class="btn btn-secondary"
                  aria-describedby={id(p, "h")}
                  onClick={() =>
                    this.files((f) =>
                      downloadText(
                        f.icsFileName(p.date),
                        f.planIcs(p, Date.now()),
                        "text/calendar",
                      ),
                    )
                  }
                >
                  Download reminder (.ics)
                </button>
              ) : (
                !p.done && <span class="tl-muted">Add a day to make a calendar reminder.</span>
              )}
              <button
                type="button"
                class="tl-link"
                aria-describedby={id(p, "h")}
                onClick={() => this.remove(p)}
              >
                Delete plan
              </button>
            </div>
          </fieldset>
        </article>
      </li>
    );
  }

  /** Start from an example, or write your own. */
  examples(examples: PlanExample[], readOnly: boolean) {
    return (
      <section aria-labelledby="plan-start-h">
        <h2 id="plan-start-h">Start from an example</h2>
        <p class="mt-2">Each one adds a plan you can change. Or write your own.</p>
        <ul class="tl-examples">
          {examples.map((x) => (
            <li key={x.situation}>
              <button
                type="button"
                class="tl-example"
                disabled={readOnly}
                onClick={() => this.add(x)}
              >
                <span class="block">
                  If {x.situation}, then {x.action}.
                </span>
                {x.when && <span class="tl-muted mt-1 block">{x.when}</span>}
              </button>
            </li>
          ))}
        </ul>
        <p class="mt-4">
          <button
            type="button"
            class="btn btn-primary"
            disabled={readOnly}
            onClick={() => this.add()}
          >
            Write my own plan
          </button>
        </p>
      </section>
    );
  }

  render({ examples, about }: Props, { s, announced, deleted, moved, Data }: State) {
    const { open, done } = splitPlans(s.records);
    return (
      <div class="tl">
        <StoreNotices
          s={s as SessionState<unknown>}
          data="plan-data-spot"
          undoId="plan-undo"
          deleted={deleted}
          onUndo={() => {
            this.session.undoRemove();
            focusSoon("plan-list-h");
          }}
        />
        <section aria-labelledby="plan-list-h">
          <div class="tl-head mt-8">
            <h2 id="plan-list-h" tabIndex={-1}>
              Your plans ({open.length})
            </h2>
            <SaveStatus save={s.save} announced={announced} />
          </div>
          <p role="status" class="tl-muted mt-2">
            {moved}
          </p>
          {open.length ? (
            <ul class="tl-list">{open.map((p) => this.card(p))}</ul>
          ) : (
            <p class="mt-4 tl-muted">
              No plans yet. Start from an example below, or write your own.
            </p>
          )}
        </section>

        {this.examples(examples, s.readOnly)}

        <section aria-labelledby="plan-done-h">
          <h2 id="plan-done-h">Done ({done.length})</h2>
          {done.length ? (
            <ul class="tl-list">{done.map((p) => this.card(p))}</ul>
          ) : (
            <p class="mt-4 tl-muted">Plans you tick off move here.</p>
          )}
        </section>

        <div id="plan-data-spot">
          {Data && (
            <Data
              id="plan-data"
              about={about}
              what="plans"
              empty={s.records.length === 0}
              readOnly={s.readOnly}
              onDeleteAll={() => this.session.removeAll()}
            >
              <button
                type="button"
                class="btn btn-secondary"
                disabled={s.records.length === 0}
                onClick={async () => {
                  const { plansMarkdown } = await import("../../lib/plan/export");
                  const today = new Date().toLocaleDateString("en-GB", { dateStyle: "long" });
                  downloadText(
                    "bounce-back-plans.md",
                    plansMarkdown(s.records, today),
                    "text/markdown",
                  );
                }}
              >
                Save as Markdown
              </button>
            </Data>
          )}
        </div>
      </div>
    );
  }
}
