import { Component } from "preact";
import { dayText, localDay } from "../../lib/days";
import { keepInSync } from "../../lib/local-store/browser";
import { newId } from "../../lib/local-store/read";
import { RecordSession, type SessionState } from "../../lib/local-store/session";
import {
  newPlan,
  type Plan,
  type PlanExample,
  planFromExample,
  planSentence,
  planStore,
  splitPlans,
} from "../../lib/plan/model";
import { markWeek, weeksSummary } from "../../lib/plan/weeks";
import { downloadText } from "../ui/download";
import { focusSoon, whenNear } from "../ui/focus";
import { SaveStatus } from "../ui/save-status/SaveStatus";
import { StoreNotices } from "../ui/store-notices/StoreNotices";
import type { ToolData } from "../ui/tool-data/ToolData";
import "../ui/tool.css";
import "./plan.css";
import { PlanCard, planId } from "./PlanCard";

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
  /**
   * Said to screen readers only: a week marked done or undone. The card
   * pressed shows the change itself, and on a phone the visible status line
   * can sit a screen above it.
   */
  said: string;
  /** "Your data" (exports, delete all), once loaded. */
  Data?: typeof ToolData;
}

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
    this.state = { s: this.session.state, announced: false, deleted: "", moved: "", said: "" };
  }

  override componentDidMount() {
    // A function of the state before: a save that starts and ends in one call (add, editNow)
    // sets "pending" then "saved" before Preact applies either, and both must count.
    const stop = this.session.subscribe((s) =>
      this.setState((before) => ({ s, announced: before.announced || s.save !== "saved" })),
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
    const now = Date.now();
    const p = from ? planFromExample(from, now, newId(), localDay(now)) : newPlan(now, newId());
    this.session.add(p);
    this.session.select(p.id);
    this.setState({ moved: "" });
    focusSoon(planId(p, from ? "date" : "situation"));
  }

  /** The file makers (.ics, Markdown) load only when someone asks for a file. */
  files(use: (f: typeof import("../../lib/plan/export")) => void) {
    import("../../lib/plan/export").then(use, () =>
      this.setState({ moved: "The file could not be made. Check your connection and try again." }),
    );
  }

  // Arrow functions: the same callbacks on every render, so a PlanCard redraws only for its own plan.
  tick = (p: Plan, done: boolean) => {
    this.session.editNow(p.id, { done, doneAt: done ? Date.now() : 0 });
    this.setState({
      moved: done ? "Plan moved to your done list." : "Plan moved back to your plans.",
      said: "",
    });
    focusSoon(planId(p, "done"));
  };

  openPlan = (p: Plan) => {
    this.session.select(p.id);
    focusSoon(planId(p, "situation"));
  };

  week = (p: Plan, done: boolean) => {
    const today = localDay(Date.now());
    this.session.editNow(p.id, { kept: markWeek(p.kept, today, done) });
    const now = this.session.find(p.id) ?? p;
    this.setState({
      moved: "",
      said: done
        ? `Done for this week. ${weeksSummary(now, today).kept}`
        : "This week is no longer marked done.",
    });
    focusSoon(planId(p, "week"));
  };

  /** Every plan still going that has a day, as one calendar file. */
  allReminders = () => {
    this.files((f) => {
      const plans = f.calendarPlans(this.session.state.records);
      downloadText("bounce-back-plans.ics", f.allPlansIcs(plans, Date.now()), "text/calendar");
      this.setState({
        moved: `Calendar file made with ${plans.length} ${plans.length === 1 ? "plan" : "plans"}.`,
      });
    });
  };

  remove = (p: Plan) => {
    this.setState({ deleted: planSentence(p) });
    this.session.remove(p.id);
    focusSoon("plan-undo");
  };

  reminder = (p: Plan) => {
    this.files((f) =>
      downloadText(f.icsFileName(p.date), f.planIcs(p, Date.now()), "text/calendar"),
    );
  };

  card(p: Plan, today: string) {
    const of = p.copyOf ? this.session.find(p.copyOf) : undefined;
    return (
      <PlanCard
        key={p.id}
        p={p}
        session={this.session}
        of={of && planSentence(of)}
        readOnly={this.state.s.readOnly}
        open={p.id === this.state.s.currentId && !p.done}
        today={today}
        onTick={this.tick}
        onOpen={this.openPlan}
        onWeek={this.week}
        onRemove={this.remove}
        onReminder={this.reminder}
      />
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
                <span class="block">{planSentence(x)}.</span>
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

  render({ examples, about }: Props, { s, announced, deleted, moved, said, Data }: State) {
    const { open, done } = splitPlans(s.records);
    const today = localDay(Date.now());
    const dated = open.some((p) => p.date !== "" && p.copyOf === "");
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
          <p role="status" class="sr-only" id="plan-week-said">
            {said}
          </p>
          {dated && (
            <p class="pl-all">
              <button type="button" class="btn btn-secondary" onClick={this.allReminders}>
                Download all plans (.ics)
              </button>
              <span class="tl-muted">One calendar file with every plan that has a day.</span>
            </p>
          )}
          {open.length ? (
            <ul class="tl-list pl-list">{open.map((p) => this.card(p, today))}</ul>
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
            <ul class="tl-list pl-list">{done.map((p) => this.card(p, today))}</ul>
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
                  const today = dayText(localDay(Date.now()));
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
