import { Component } from "preact";
import { localDay } from "../../lib/days";
import { type Entry, entryTitle, formatEntryDate, isBlank } from "../../lib/worksheet/model";
import { ids } from "./ids";

interface Props {
  entries: Entry[];
  currentId: string;
  onSelect: (id: string) => void;
  onCreate: () => void;
}

/** What the list shows of an entry. */
interface Item {
  id: string;
  title: string;
  when: string;
}

/**
 * Each entry's list item, worked out once per version of the entry: a
 * keystroke changes one entry, so typing costs the same with 1 entry or 1,000.
 */
const items = new WeakMap<Entry, Item>();
function itemOf(e: Entry): Item {
  let item = items.get(e);
  if (!item) {
    item = {
      id: e.id,
      title: `${entryTitle(e)}${e.copyOf ? " (conflict copy)" : ""}`,
      when: e.date
        ? `Interview on ${formatEntryDate(e.date)}`
        : `Started ${formatEntryDate(localDay(e.createdAt))}`,
    };
    items.set(e, item);
  }
  return item;
}

/**
 * A first visit: one blank reflection and nothing else. On a phone there is
 * nothing to switch to and nothing new to start, so the form comes first alone.
 */
const firstOnly = (entries: Entry[]) =>
  entries.length === 1 && entries[0] !== undefined && isBlank(entries[0]);

const same = (a: Item, b: Item) => a.id === b.id && a.title === b.title && a.when === b.when;

/**
 * The list of entries, one per interview, and the button to start a new one.
 * Beside the form on a wide screen; on a phone, a one-line switcher above the
 * form ("Your reflections (3)", and "New reflection"), which opens the list
 * there, so past reflections are one tap away without scrolling past the form.
 */
export class EntryList extends Component<Props, { open: boolean }> {
  override state = { open: false };

  /** Redraws only when what the list shows changed, not on every keystroke in the form. */
  override shouldComponentUpdate(
    { entries, currentId }: Props,
    { open }: { open: boolean },
  ): boolean {
    const before = this.props.entries;
    return (
      open !== this.state.open ||
      currentId !== this.props.currentId ||
      entries.length !== before.length ||
      firstOnly(entries) !== firstOnly(before) ||
      entries.some((e, i) => {
        const b = before[i];
        return !b || !same(itemOf(e), itemOf(b));
      })
    );
  }

  render({ entries, currentId }: Props, { open }: { open: boolean }) {
    return (
      <section
        aria-labelledby={`${ids.entries}-h`}
        class={`ws-list print:hidden${firstOnly(entries) ? " ws-first" : ""}`}
      >
        <div class="ws-list-head">
          <h2 id={`${ids.entries}-h`}>
            <button
              type="button"
              class="ws-list-toggle"
              aria-expanded={open ? "true" : "false"}
              aria-controls={ids.entries}
              onClick={() => this.setState({ open: !open })}
            >
              Your reflections ({entries.length})
              <span aria-hidden="true" class="ws-chevron">
                {open ? "▴" : "▾"}
              </span>
            </button>
            <span class="ws-list-title">Your reflections</span>
          </h2>
          <button
            type="button"
            class="btn btn-secondary ws-new"
            onClick={() => {
              this.setState({ open: false });
              this.props.onCreate();
            }}
          >
            <span aria-hidden="true">+</span> New<span class="max-lg:sr-only"> reflection</span>
          </button>
        </div>
        <ul id={ids.entries} class={`ws-entries${open ? "" : " ws-closed"}`}>
          {entries.map((e) => {
            const { id, title, when } = itemOf(e);
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-current={id === currentId ? "true" : undefined}
                  onClick={() => {
                    this.setState({ open: false });
                    this.props.onSelect(id);
                  }}
                  class="ws-entry"
                >
                  <span class="block font-semibold break-words">{title}</span>
                  <span class="block text-sm text-muted">{when}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
}
