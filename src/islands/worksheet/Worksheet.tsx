import { Component } from "preact";
import { fileName } from "../../lib/worksheet/export";
import { entryTitle, inListOrder } from "../../lib/worksheet/model";
import type { SessionState } from "../../lib/worksheet/session";
import { WorksheetSession } from "../../lib/worksheet/session";
import { KEY, WorksheetStore } from "../../lib/worksheet/store";
import { DataPanel } from "./DataPanel";
import { downloadText } from "./download";
import { EntryForm } from "./EntryForm";
import { EntryList } from "./EntryList";
import { focusSoon } from "./focus";
import { ids } from "./ids";
import { Notice } from "./Notice";
import { PrintView } from "./PrintView";

interface State {
  s: SessionState;
  /** True once a save was tried in this visit, so "Saved" is not announced on arrival. */
  announced: boolean;
  deletedTitle: string;
  /** The storage-trouble messages, loaded when first needed (false if they could not load). */
  tm?: typeof import("./trouble") | false;
  /** Copies of damaged data kept in this browser. */
  copies: { key: string; raw: string }[];
}

/**
 * The reflection worksheet. Its behaviour lives in WorksheetSession
 * (src/lib/worksheet); this renders it and wires up the browser: autosave on
 * pagehide and when the tab is hidden, `storage` events from other tabs, and
 * "Delete all my data". A class component, so the page needs no preact/hooks.
 */
export default class Worksheet extends Component<object, State> {
  store = new WorksheetStore();
  session!: WorksheetSession;
  off: (() => void) | undefined;

  constructor() {
    super();
    // Older saved data needs migrate.ts, which loads only then (see componentDidMount).
    if (!this.store.needsUpgrade()) this.state = this.start();
  }

  start(): State {
    this.session = new WorksheetSession(this.store);
    return {
      s: this.session.state,
      announced: false,
      deletedTitle: "",
      copies: this.store.damagedCopies(),
    };
  }

  override async componentDidMount() {
    if (!this.state.s) {
      try {
        this.store.upgrade = (await import("../../lib/worksheet/migrate")).migrate;
      } catch {
        // Offline: the old data is then kept as a backup copy and offered for download.
      }
      this.setState(this.start());
    }
    const session = this.session;
    this.needTrouble(session.state);
    let before = session.state.save;
    let damaged = session.state.damaged;
    const unsubscribe = session.subscribe((s) => {
      // Announce only after a save was tried, not on arrival or on switching entries.
      const announced = this.state.announced || (before === "pending" && s.save !== "pending");
      before = s.save;
      this.setState({ s, announced });
      if (s.damaged !== damaged) this.setState({ copies: this.store.damagedCopies() });
      damaged = s.damaged;
      this.needTrouble(s);
    });
    const flush = () => session.flush();
    const hidden = () => document.visibilityState === "hidden" && session.flush();
    const storage = (e: StorageEvent) => {
      if (e.key === null || e.key === KEY) session.external(e.key, e.newValue);
    };
    addEventListener("pagehide", flush);
    addEventListener("storage", storage);
    document.addEventListener("visibilitychange", hidden);
    this.off = () => {
      unsubscribe();
      removeEventListener("pagehide", flush);
      removeEventListener("storage", storage);
      document.removeEventListener("visibilitychange", hidden);
    };
  }

  needTrouble(s: SessionState) {
    if ((s.trouble || s.damaged) && this.state.tm === undefined && !this.loading) {
      this.loading = true;
      import("./trouble").then(
        (tm) => this.setState({ tm }),
        () => this.setState({ tm: false }),
      );
    }
  }

  loading = false;

  override componentWillUnmount() {
    this.off?.();
  }

  render(_: object, { s, announced, deletedTitle, copies, tm }: State) {
    if (!s) return <p class="text-muted">Opening your worksheet…</p>;
    const session = this.session;
    const entry = session.current();
    return (
      <div class="ws">
        {tm && s.trouble && <tm.StorageWarning trouble={s.trouble} />}
        {tm && s.damaged && (
          <tm.DamagedNotice
            damaged={s.damaged}
            onDownload={() =>
              downloadText(
                fileName(Date.now(), "txt", "damaged-data"),
                s.damaged?.raw ?? "",
                "text/plain",
              )
            }
          />
        )}
        {tm === false && (s.trouble || s.damaged) && (
          // The messages could not load (offline?): say the essential in a line.
          <p role="alert" class="ws-notice border-danger bg-danger-soft font-bold">
            There is a problem with saving in this browser. Download a backup below to keep your
            words.
          </p>
        )}
        {s.migratedFrom !== null && (
          <Notice title="Your reflections were moved to a newer format" role="status">
            <p>
              Everything you wrote is kept, and a copy in the old format stays in this browser too.
            </p>
          </Notice>
        )}
        {s.notice && <Notice id={ids.notice} title={s.notice} role="status" />}
        {s.undo && (
          <Notice id={ids.undo} tone="success" title={`“${deletedTitle}” was deleted.`} focusable>
            <p>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={() => {
                  session.undoRemove();
                  focusSoon(ids.heading);
                }}
              >
                Undo delete
              </button>
            </p>
          </Notice>
        )}
        <div class="ws-grid">
          <div class="ws-side">
            <EntryList
              entries={inListOrder(s.doc.entries)}
              currentId={s.currentId}
              onSelect={(id) => {
                session.select(id);
                focusSoon(ids.heading);
              }}
              onCreate={() => {
                session.create();
                focusSoon(ids.firstField);
              }}
            />
          </div>
          {entry && (
            <div class="min-w-0">
              <EntryForm
                key={entry.id}
                entry={entry}
                save={s.save}
                announced={announced}
                onEdit={(patch) => session.edit(entry.id, patch)}
                onDelete={() => {
                  this.setState({ deletedTitle: entryTitle(entry) });
                  session.remove(entry.id);
                  focusSoon(ids.undo);
                }}
              />
              <PrintView entry={entry} />
            </div>
          )}
        </div>
        <DataPanel
          doc={s.doc}
          copies={copies}
          onImport={(plan) => session.importPlan(plan)}
          onDeleteAll={() => {
            const trouble = session.deleteAll();
            if (trouble !== "failed") this.setState({ copies: [] });
            return trouble !== "failed";
          }}
        />
      </div>
    );
  }
}
