/**
 * What every writing exercise's view shares: the list of records (newest
 * first, loaded just after the page is up), the open record's heading with rename and delete (with undo), the
 * save status, storage trouble, and the data panel (backup, Markdown, import,
 * Delete all). Each exercise extends it with its form. Behaviour lives in
 * RecordSession (src/lib/local-store); keepInSync wires the page.
 */
import { Component, type ComponentChildren } from "preact";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { keepInSync } from "../../lib/local-store/browser";
import type { RecordSession, SessionState } from "../../lib/local-store/session";
import { afterFrame, focusSoon } from "../ui/focus";
import { SaveStatus } from "../ui/save-status/SaveStatus";
import { ids } from "./ids";

export interface BaseProps {
  /** url("/about/"): what is stored, and the backup of the whole site. */
  about: string;
}

interface State<R> {
  s: SessionState<R>;
  announced: boolean;
  deletedName: string;
  /** The data panel and the storage-trouble messages, loaded after the page is up. */
  lazy?: typeof import("./Lazy") | undefined;
  /** The last part of the island rendered so far (see `formParts`). */
  part: number;
}

type LazyModule = typeof import("./Lazy");
let loading: Promise<LazyModule> | undefined;

/** The code an exercise page loads once it is up (Lazy.tsx: the list of records, the data panel, rename, notices, the writing timer's model), once. */
export function later(): Promise<LazyModule> {
  loading ??= import("./Lazy");
  return loading;
}

export abstract class ExerciseIsland<
  R extends ExerciseRecord,
  P extends BaseProps,
> extends Component<P, State<R>> {
  abstract session: RecordSession<R>;
  /** "session", "letter", "record": in buttons and messages. */
  abstract noun: string;
  /** The list's heading: "Your sessions". */
  abstract listHeading: string;
  /** The form for the open record. */
  abstract form(r: R, readOnly: boolean): ComponentChildren;
  /** A record's label in the list when it has no name. */
  abstract label(r: R): string;
  /** Its parts for the Markdown file: [label, text]. */
  abstract parts(r: R): [string, string][];
  /** The page's title, the Markdown file's heading. */
  abstract title: string;
  /**
   * The island comes in parts, each rendered a frame after the one before
   * (`shown(n)`: part n is up), so no one task on load is long: part 0 is its
   * frame (headings, the save status), part 1 the form's first fields, and so
   * on to part `formParts`; then what Lazy.tsx brings (the list, rename,
   * notices), and the data panel a frame later.
   */
  formParts = 1;
  off: (() => void) | undefined;

  init() {
    this.state = {
      s: this.session.state,
      announced: false,
      deletedName: "",
      part: 0,
    };
  }

  /** Whether part `n` of the island is rendered yet (see `formParts`). */
  shown(n: number): boolean {
    return this.state.part >= n;
  }

  override componentDidMount() {
    let before = this.session.state.save;
    const unsubscribe = this.session.subscribe((s) => {
      const announced = this.state.announced || (before === "pending" && s.save !== "pending");
      before = s.save;
      this.setState({ s, announced });
    });
    const disconnect = keepInSync(this.session);
    let gone = false;
    let loaded: Promise<LazyModule> | undefined;
    // The form, a part at a time; then what Lazy.tsx brings (it loads meanwhile).
    const more = () =>
      afterFrame(() => {
        if (gone) return;
        loaded ??= later();
        const { part, lazy } = this.state;
        if (part < this.formParts) this.setState({ part: part + 1 }, more);
        else if (!lazy)
          loaded.then(
            (lazy) => gone || this.setState({ lazy }, more),
            () => undefined,
          );
        // The data panel, last of all.
        else if (part === this.formParts) this.setState({ part: part + 1 });
      });
    more();
    this.off = () => {
      gone = true;
      unsubscribe();
      disconnect();
    };
  }

  override componentWillUnmount() {
    this.off?.();
  }

  name(r: R): string {
    return `${r.copyOf ? "Copy: " : ""}${r.name || this.label(r)}`;
  }

  /*
   * The same functions from one render to the next, so the list's items and
   * the data panel, which draw again only when their props change, are not
   * drawn again on every keystroke.
   */
  readonly nameOf = (r: ExerciseRecord) => this.name(r as R);
  readonly partsOf = (r: ExerciseRecord) => this.parts(r as R);
  readonly open = (id: string) => {
    this.session.select(id);
    focusSoon(ids.heading);
  };
  readonly create = () => {
    this.session.create();
    focusSoon(ids.first);
  };

  /** On a conflict copy: compare, then keep it or discard it. */
  copyNotice(r: R) {
    const CopyNotice = this.state.lazy?.CopyNotice;
    if (!r.copyOf || !CopyNotice) return null;
    const of = this.session.find(r.copyOf);
    return (
      <CopyNotice
        id="ex-copy"
        noun={this.noun}
        of={of && this.name(of)}
        onKeep={() => this.session.keepCopy(r.id)}
        onDiscard={() => this.remove(r)}
      />
    );
  }

  /** The list of records: its heading at once, the list itself (with "Start a new…") just after. */
  list(s: SessionState<R>) {
    const RecordList = this.state.lazy?.RecordList;
    return (
      <section aria-labelledby="ex-list-h" class="ex-side">
        <h2 id="ex-list-h">{this.listHeading}</h2>
        {RecordList ? (
          <RecordList
            records={s.records}
            currentId={s.currentId}
            readOnly={s.readOnly}
            noun={this.noun}
            name={this.nameOf}
            onOpen={this.open}
            onCreate={this.create}
          />
        ) : (
          <p class="mt-3 text-muted">Loading…</p>
        )}
      </section>
    );
  }

  head(r: R, s: SessionState<R>) {
    const Actions = this.state.lazy?.RecordActions;
    return (
      <div class="ex-head">
        <div class="ex-headrow">
          <h2 id={ids.heading} tabIndex={-1}>
            {this.name(r)}
          </h2>
          <SaveStatus save={s.save} announced={this.state.announced} />
        </div>
        {Actions && !s.readOnly && (
          <Actions
            key={r.id}
            what={this.name(r)}
            noun={this.noun}
            name={r.name}
            onRename={(name) =>
              this.session.editNow(r.id, { name: name.trim().slice(0, 200) } as Partial<R>)
            }
            onDelete={() => this.remove(r)}
          />
        )}
      </div>
    );
  }

  /** Deletes a record, offering undo (focus moves to it). */
  remove(r: R) {
    this.setState({ deletedName: this.name(r) });
    this.session.remove(r.id);
    focusSoon(ids.undo);
  }

  notices(s: SessionState<R>) {
    const Notices = this.state.lazy?.ExerciseNotices;
    return (
      Notices && (
        <Notices
          s={s as unknown as SessionState<ExerciseRecord>}
          deleted={this.state.deletedName}
          onUndo={() => {
            this.session.undoRemove();
            focusSoon(ids.heading);
          }}
        />
      )
    );
  }

  override render(_: P, { s }: State<R>) {
    const r = this.session.current();
    return (
      <div class="ex">
        {this.notices(s)}
        <div class="ex-grid">
          {/* After the form, as the data panel below: on a phone the list follows the form,
              and drawn first it was pushed down by each part of the form. */}
          {this.shown(this.formParts) && this.list(s)}
          {r && (
            <div class="ex-main">
              {this.copyNotice(r)}
              {this.head(r, s)}
              {this.shown(1) && this.form(r, s.readOnly)}
            </div>
          )}
        </div>
        {/* Only once the whole form is up: drawn earlier, it was pushed down by each part
            of the form (Lighthouse: layout shift 0.09-0.26 on the three exercise pages). */}
        {this.shown(this.formParts) && (
          <section id={ids.data} aria-labelledby="ex-data-h" class="ex-data">
            <h2 id="ex-data-h">Keep a copy, or delete everything</h2>
            {this.state.lazy && this.shown(this.formParts + 1) ? (
              <this.state.lazy.DataPanel
                session={this.session as unknown as RecordSession<ExerciseRecord>}
                title={this.title}
                noun={this.noun}
                about={this.props.about}
                readOnly={s.readOnly}
                importUndo={s.importUndo}
                name={this.nameOf}
                parts={this.partsOf}
              />
            ) : (
              <p class="mt-2 text-muted">Loading…</p>
            )}
          </section>
        )}
      </div>
    );
  }
}
