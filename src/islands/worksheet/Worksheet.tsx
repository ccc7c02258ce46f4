import { Component } from "preact";
import { keepInSync } from "../../lib/local-store/browser";
import type { RecordSession, SessionState } from "../../lib/local-store/session";
import { hasHandoff } from "../../lib/self-check/handoff";
import { fileName, toBackup, written } from "../../lib/worksheet/export";
import { docOf, type Entry, entryTitle, inListOrder } from "../../lib/worksheet/model";
import { WorksheetStore, worksheetSession } from "../../lib/worksheet/store";
import { focusSoon } from "../ui/focus";
import { Notice } from "../ui/notice/Notice";
import { EntryForm } from "./EntryForm";
import { ids } from "./ids";
import "./worksheet.css";

interface State {
  s: SessionState<Entry>;
  /** True once a save was tried in this visit, so "Saved" is not announced on arrival. */
  announced: boolean;
  deletedTitle: string;
  /** The storage-trouble messages, loaded when first needed (false if they could not load). */
  tm?: typeof import("./trouble") | false;
  /** Copies of damaged data kept in this browser. */
  copies: { key: string; raw: string }[];
  /** Keeping words safe (BackupCare.tsx): loaded after the worksheet starts. */
  care?: typeof import("./BackupCare");
  /** The list of reflections, backup, Markdown, import, "Delete all" and the print view (DataPanel.tsx): loaded just after the worksheet starts. */
  panel?: typeof import("./DataPanel") | false;
}

/**
 * The reflection worksheet's view. Its behaviour lives in the shared
 * RecordSession (src/lib/local-store) on the worksheet's store; this renders it, and keepInSync
 * wires the page (save on pagehide and when hidden, other tabs' changes).
 * A class component, so the page needs no preact/hooks.
 */
export default class Worksheet extends Component<object, State> {
  store = new WorksheetStore();
  session!: RecordSession<Entry>;
  off: (() => void) | undefined;

  constructor() {
    super();
    // Data in the older one-key layout needs older-layout.ts, loaded only then (componentDidMount).
    // So does a result handed over by a self-check (its code loads only then).
    if (!this.store.hasOlderLayout() && !hasHandoff(this.store.getStorage))
      this.state = this.start();
  }

  start(): State {
    this.session = worksheetSession(this.store);
    // "?entry=<id>" (from a self-check's "Start a reflection from this") opens that entry.
    const open = new URLSearchParams(location.search).get("entry");
    if (open) this.session.select(open);
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
        this.store.older = await import("../../lib/worksheet/older-layout");
      } catch {
        // Offline: the old data stays as it is, untouched, until the code loads.
      }
      if (hasHandoff(this.store.getStorage)) {
        try {
          (await import("../../lib/self-check/reflection")).takeHandoff(this.store);
        } catch {
          // Offline: the result stays handed over until the code loads.
        }
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
      if (before === "pending" && s.save === "saved") this.state.care?.afterSave();
      before = s.save;
      this.setState({ s, announced });
      if (s.damaged !== damaged) this.setState({ copies: this.store.damagedCopies() });
      damaged = s.damaged;
      this.needTrouble(s);
    });
    const disconnect = keepInSync(session);
    import("./BackupCare").then((care) => this.setState({ care }), Boolean);
    // The worksheet shows once this has come (or failed, offline): no layout shift when it arrives.
    import("./DataPanel").then(
      (panel) => this.setState({ panel }),
      () => this.setState({ panel: false }),
    );
    this.off = () => {
      unsubscribe();
      disconnect();
    };
  }

  /** The plain backup of everything written, as "Download a backup" makes it. */
  backup = () => {
    const now = Date.now();
    return { name: fileName(now, "json"), text: toBackup(written(docOf(this.session.state)), now) };
  };

  needTrouble(s: SessionState<Entry>) {
    const copy = s.records.some((e) => e.copyOf);
    if (
      (s.trouble || s.damaged || s.readOnly || copy || this.state.copies?.length) &&
      this.state.tm === undefined &&
      !this.loading
    ) {
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

  /** What the worksheet says above the form: storage trouble, news, Undo after a delete. */
  notices(s: SessionState<Entry>, deletedTitle: string, tm: State["tm"]) {
    const session = this.session;
    return (
      <>
        {tm && s.trouble && <tm.StorageWarning trouble={s.trouble} />}
        {tm && s.damaged && (
          <tm.DamagedNotice
            damaged={s.damaged}
            onDownload={() => tm.downloadDamaged(s.damaged?.raw ?? "")}
          />
        )}
        {tm === false && (s.trouble || s.damaged || s.readOnly) && (
          // The messages could not load (offline?): say the essential in a line.
          <Notice
            tone="danger"
            role="alert"
            title="There is a problem with saving in this browser. Download a backup below to keep your words."
          />
        )}
        {tm && s.readOnly && <tm.ReadOnlyNotice />}
        {this.state.care && <this.state.care.BackupReminder backup={this.backup} />}
        {this.store.migratedFrom !== null && (
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
      </>
    );
  }

  render(_: object, { s, announced, deletedTitle, copies, tm }: State) {
    if (!s || this.state.panel === undefined) {
      return <p class="text-muted">Opening your worksheet…</p>;
    }
    const session = this.session;
    const entry = session.current();
    return (
      <div class="ws">
        {this.notices(s, deletedTitle, tm)}
        <div class="ws-grid">
          <div class="ws-nav">
            {this.state.panel && (
              <this.state.panel.EntryList
                entries={inListOrder(s.records)}
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
            )}
          </div>
          {entry && (
            <div class="min-w-0">
              {tm && entry.copyOf && (
                <tm.CopyNotice
                  id="ws-copy"
                  noun="reflection"
                  of={((of) => of && entryTitle(of))(session.find(entry.copyOf))}
                  onKeep={() => session.keepCopy(entry.id)}
                  onDiscard={() => {
                    this.setState({ deletedTitle: `Copy of ${entryTitle(entry)}` });
                    session.remove(entry.id);
                    focusSoon(ids.undo);
                  }}
                />
              )}
              <EntryForm
                key={entry.id}
                entry={entry}
                readOnly={s.readOnly}
                save={s.save}
                announced={announced}
                onEdit={(patch) => session.edit(entry.id, patch)}
                onDelete={() => {
                  this.setState({ deletedTitle: entryTitle(entry) });
                  session.remove(entry.id);
                  focusSoon(ids.undo);
                }}
              />
              {this.state.panel && <this.state.panel.PrintView entry={entry} />}
            </div>
          )}
        </div>
        {this.state.panel && (
          <this.state.panel.DataPanel
            care={this.state.care}
            backup={this.backup}
            doc={docOf(s)}
            copies={copies}
            tm={tm}
            importUndo={s.importUndo}
            onImport={(plan) => session.importRecords([...plan.added, ...plan.updated])}
            onUndoImport={() => session.undoImport()}
            onDeleteAll={() => {
              const trouble = session.deleteAll();
              if (trouble !== "failed") this.setState({ copies: [] });
              return trouble !== "failed";
            }}
          />
        )}
      </div>
    );
  }
}
