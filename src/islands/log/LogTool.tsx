import { Component, type ComponentType } from "preact";
import { dayText, localDay } from "../../lib/days";
import { keepInSync } from "../../lib/local-store/browser";
import { newId } from "../../lib/local-store/read";
import { RecordSession, type SessionState, worstSave } from "../../lib/local-store/session";
import {
  type Application,
  applicationStore,
  applicationTitle,
  newApplication,
  newWin,
  type Stage,
  type Win,
  winStore,
} from "../../lib/log/model";
import { NewApplication } from "../../lib/log/new-application";
import { needsNudge } from "../../lib/log/stats";
import { downloadText } from "../ui/download";
import { focusSoon, whenNear } from "../ui/focus";
import { SaveStatus } from "../ui/save-status/SaveStatus";
import { StoreNotices } from "../ui/store-notices/StoreNotices";
import { AppCard, appId } from "./AppCard";
import type { Change, EditorProps } from "./AppEditor";
import type { InsightsProps } from "./Insights";
import { WinForm } from "./WinForm";
import { WinList } from "./WinList";
import "../ui/tool.css";
import "./log.css";

interface StageText {
  id: string;
  label: string;
  hint: string;
}

interface Props {
  stages: StageText[];
  winExample: string;
  /** url() of the self-check on where a search gets stuck. */
  stuck: string;
  /** url("/about/"): the site-wide backup and "Delete all my data". */
  about: string;
  /** The nudge after an interview stage: its title and its words (with the study it rests on). */
  nudge: { title: string; text: string };
}

interface State {
  apps: SessionState<Application>;
  wins: SessionState<Win>;
  announced: boolean;
  deleted: string;
  added: string;
  /** The application just added, not saved until someone writes in it. */
  pending: Application | null;
  /** The weekly view and stage counts, once loaded. */
  Insights?: ComponentType<InsightsProps>;
  /** Applications whose fields are open, and the fields' view once loaded. */
  editing: Set<string>;
  Editor?: ComponentType<EditorProps>;
}

const CLEARED = "Your log was deleted in another tab or window.";
const NOT_LOADED = "Part of this page could not load. Check your connection and try again.";

/**
 * The application log: applications with their stage and next step, small
 * wins, a weekly chart and table, where applications stop, and exports.
 * Two RecordSessions (src/lib/local-store).
 */
export default class LogTool extends Component<Props, State> {
  apps = new RecordSession(applicationStore(), { clearedNotice: CLEARED });
  wins = new RecordSession(winStore(), { clearedNotice: CLEARED });
  adding = new NewApplication(
    this.apps,
    () => newApplication(Date.now(), newId()),
    (pending) => this.setState({ pending }),
  );
  off: (() => void) | undefined;

  constructor(props: Props) {
    super(props);
    this.state = {
      apps: this.apps.state,
      wins: this.wins.state,
      announced: false,
      deleted: "",
      added: "",
      pending: null,
      editing: new Set(),
    };
  }

  override componentDidMount() {
    // From the previous update, not this.state: a save that goes "pending" then "saved" in one
    // turn (the first words of a new application) still shows "Saved".
    const seen = (st: State, s: SessionState<unknown>) => st.announced || s.save !== "saved";
    const offs = [
      this.apps.subscribe((apps) => this.setState((st) => ({ apps, announced: seen(st, apps) }))),
      this.wins.subscribe((wins) => this.setState((st) => ({ wins, announced: seen(st, wins) }))),
      keepInSync(this.apps),
      keepInSync(this.wins),
    ];
    // The weekly view loads when its place comes near the screen.
    const stop = whenNear("log-insights", () =>
      import("./Insights").then(
        (m) => this.setState({ Insights: m.default }),
        () => this.setState({ added: NOT_LOADED }),
      ),
    );
    this.off = () => {
      stop();
      for (const off of offs) off();
    };
  }

  /** The file makers (CSV, Markdown, .ics) load only when someone asks for a file. */
  files(use: (f: typeof import("../../lib/log/export")) => void) {
    import("../../lib/log/export").then(use, () => this.setState({ added: NOT_LOADED }));
  }

  override componentWillUnmount() {
    this.off?.();
  }

  label(stage: Stage): string {
    return this.props.stages.find((s) => s.id === stage)?.label ?? stage;
  }

  addApp() {
    this.edit(this.adding.start(), true);
  }

  addWin = (text: string, day: string) => {
    this.wins.add({ ...newWin(Date.now(), newId(), text), date: day });
    this.setState({ added: `Small win logged for ${dayText(day)}: ${text}` });
  };

  /** Every change to an application's fields: a new one is saved by its first real change. */
  change: Change = (id, patch) => this.adding.edit(id, patch);

  // The cards' callbacks are arrow functions, the same on every render, so an
  // AppCard redraws only for its own application.
  reminder = (a: Application) => {
    this.files((f) => {
      const [name, ics] = f.nextActionIcs(a, Date.now());
      downloadText(name, ics, "text/calendar");
    });
  };

  /** Opens (or closes) an application's fields; their code loads on first use. */
  edit = (a: Application, open: boolean) => {
    const editing = new Set(this.state.editing);
    if (open) editing.add(a.id);
    else editing.delete(a.id);
    this.setState({ editing });
    if (!open) {
      if (this.adding.close(a.id)) this.closedUnsaved();
      else focusSoon(appId(a, "toggle"));
      return;
    }
    import("./AppEditor").then(
      (m) => {
        this.setState({ Editor: m.default });
        focusSoon(appId(a, "role"));
      },
      () => this.setState({ added: NOT_LOADED }),
    );
  };

  /** A new application closed with nothing written in it: gone, and said so. */
  closedUnsaved() {
    this.setState({
      added: "The new application was closed with nothing in it, so nothing was saved.",
    });
    focusSoon("log-add");
  }

  removeApp = (a: Application) => {
    if (this.adding.close(a.id)) {
      this.closedUnsaved();
      return;
    }
    this.setState({ deleted: applicationTitle(a) });
    this.apps.remove(a.id);
    focusSoon("log-undo");
  };

  discardApp = (a: Application) => {
    this.setState({ deleted: `Copy of ${applicationTitle(a)}` });
    this.apps.remove(a.id);
    focusSoon("log-undo");
  };

  // The wins' callbacks, the same on every render, so the list redraws only when the wins change.
  removeWin = (w: Win) => {
    this.setState({ deleted: w.text });
    this.wins.remove(w.id);
    focusSoon("log-win-undo");
  };

  keepWinCopy = (w: Win) => this.wins.keepCopy(w.id);

  discardWinCopy = (w: Win) => {
    this.setState({ deleted: `Copy of ${w.text}` });
    this.wins.remove(w.id);
    focusSoon("log-win-undo");
  };

  card(a: Application) {
    const { editing, Editor, apps, pending } = this.state;
    const of = a.copyOf ? this.apps.find(a.copyOf) : undefined;
    return (
      <AppCard
        key={a.id}
        a={a}
        session={this.apps}
        stage={this.label(a.stage)}
        stages={this.props.stages}
        open={editing.has(a.id)}
        unsaved={a === pending}
        Editor={Editor}
        of={of && applicationTitle(of)}
        readOnly={apps.readOnly}
        change={this.change}
        onEdit={this.edit}
        onReminder={this.reminder}
        onRemove={this.removeApp}
        onDiscardCopy={this.discardApp}
      />
    );
  }

  /** Small wins: log one in a line, and the list (each can be deleted). */
  winsSection(wins: SessionState<Win>, readOnly: boolean, today: string) {
    return (
      <section aria-labelledby="log-wins-h">
        <h2 id="log-wins-h" tabIndex={-1}>
          Small wins ({wins.records.length})
        </h2>
        <WinForm
          today={today}
          example={this.props.winExample}
          readOnly={readOnly}
          onAdd={this.addWin}
        />
        <p role="status" class="sr-only">
          {this.state.added}
        </p>
        <WinList
          wins={wins.records}
          readOnly={readOnly}
          onRemove={this.removeWin}
          onKeepCopy={this.keepWinCopy}
          onDiscardCopy={this.discardWinCopy}
        />
      </section>
    );
  }

  render(
    { stages, stuck, about, nudge }: Props,
    { apps, wins, announced, deleted, Insights }: State,
  ) {
    const today = localDay(Date.now());
    const list = this.adding
      .list(apps.records)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
    const save = worstSave([apps.save, wins.save]);
    const readOnly = apps.readOnly || wins.readOnly;
    return (
      <div class="tl">
        <StoreNotices
          s={apps as SessionState<unknown>}
          data="log-insights"
          undoId="log-undo"
          deleted={deleted}
          onUndo={() => {
            this.apps.undoRemove();
            focusSoon("log-apps-h");
          }}
        />
        <StoreNotices
          s={{ ...wins, trouble: apps.trouble ? null : wins.trouble } as SessionState<unknown>}
          data="log-insights"
          undoId="log-win-undo"
          deleted={deleted}
          onUndo={() => {
            this.wins.undoRemove();
            focusSoon("log-wins-h");
          }}
        />
        <section aria-labelledby="log-apps-h">
          <div class="tl-head mt-8">
            <h2 id="log-apps-h" tabIndex={-1}>
              Applications ({apps.records.length})
            </h2>
            <SaveStatus save={save} announced={announced} />
          </div>
          {needsNudge(apps.records, today) && (
            <div class="notice notice-info mt-4" id="log-nudge">
              <p class="font-bold">{nudge.title}</p>
              <p>
                {nudge.text} (See <a href="#sources">Sources</a>.)
              </p>
            </div>
          )}
          <p class="mt-4">
            <button
              id="log-add"
              type="button"
              class="btn btn-primary"
              disabled={readOnly}
              onClick={() => this.addApp()}
            >
              Add an application
            </button>
          </p>
          {list.length ? (
            <ul class="tl-list">{list.map((a) => this.card(a))}</ul>
          ) : (
            <p class="mt-4 tl-muted">No applications logged yet.</p>
          )}
        </section>

        {this.winsSection(wins, readOnly, today)}

        <div id="log-insights">
          {Insights ? (
            <Insights
              apps={apps.records}
              wins={wins.records}
              today={today}
              stages={stages}
              stuck={stuck}
              about={about}
              readOnly={readOnly}
              files={(use) => this.files(use)}
              onDeleteAll={() => this.apps.removeAll() && this.wins.removeAll()}
            />
          ) : (
            <p class="mt-12 tl-muted">Loading your weekly view…</p>
          )}
        </div>
      </div>
    );
  }
}
