import { Component } from "preact";
import { day } from "../../lib/worksheet/export";
import { type Entry, entryTitle, formatEntryDate } from "../../lib/worksheet/model";
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
        : `Started ${formatEntryDate(day(e.createdAt))}`,
    };
    items.set(e, item);
  }
  return item;
}

const same = (a: Item, b: Item) => a.id === b.id && a.title === b.title && a.when === b.when;

/** The list of entries, one per interview, and the button to start a new one. */
export class EntryList extends Component<Props> {
  /** Redraws only when what the list shows changed, not on every keystroke in the form. */
  override shouldComponentUpdate({ entries, currentId }: Props): boolean {
    const before = this.props.entries;
    return (
      currentId !== this.props.currentId ||
      entries.length !== before.length ||
      entries.some((e, i) => {
        const b = before[i];
        return !b || !same(itemOf(e), itemOf(b));
      })
    );
  }

  render({ entries, currentId }: Props) {
    return (
      <section aria-labelledby={`${ids.entries}-h`} class="print:hidden">
        <h2 id={`${ids.entries}-h`}>Your reflections</h2>
        <button
          type="button"
          class="btn btn-primary mt-2 w-full"
          onClick={() => this.props.onCreate()}
        >
          <span aria-hidden="true">+</span> New reflection
        </button>
        <ul
          id={ids.entries}
          class="mt-4 grid max-h-[28rem] gap-1 overflow-y-auto p-1 lg:max-h-[70vh]"
        >
          {entries.map((e) => {
            const { id, title, when } = itemOf(e);
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-current={id === currentId ? "true" : undefined}
                  onClick={() => this.props.onSelect(id)}
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
