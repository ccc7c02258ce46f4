import { day } from "../../lib/worksheet/export";
import { type Entry, entryTitle, formatEntryDate } from "../../lib/worksheet/model";
import { ids } from "./ids";

interface Props {
  entries: Entry[];
  currentId: string;
  onSelect: (id: string) => void;
  onCreate: () => void;
}

const when = (e: Entry) =>
  e.date
    ? `Interview on ${formatEntryDate(e.date)}`
    : `Started ${formatEntryDate(day(e.createdAt))}`;

/** The list of entries, one per interview, and the button to start a new one. */
export function EntryList({ entries, currentId, onSelect, onCreate }: Props) {
  return (
    <section aria-labelledby={`${ids.entries}-h`} class="print:hidden">
      <h2 id={`${ids.entries}-h`}>Your reflections</h2>
      <button type="button" class="btn btn-primary mt-2 w-full" onClick={onCreate}>
        <span aria-hidden="true">+</span> New reflection
      </button>
      <ul
        id={ids.entries}
        class="mt-4 grid max-h-[28rem] gap-1 overflow-y-auto p-1 lg:max-h-[70vh]"
      >
        {entries.map((e) => {
          const current = e.id === currentId;
          return (
            <li key={e.id}>
              <button
                type="button"
                aria-current={current ? "true" : undefined}
                onClick={() => onSelect(e.id)}
                class="ws-entry"
              >
                <span class="block font-semibold break-words">
                  {entryTitle(e)}
                  {e.copyOf && " (conflict copy)"}
                </span>
                <span class="block text-sm text-muted">{when(e)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
