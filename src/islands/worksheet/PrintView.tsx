import {
  type Entry,
  entryTitle,
  FIELD_TEXT,
  formatEntryDate,
  TEXT_FIELDS,
} from "../../lib/worksheet/model";

/** The current entry as plain reading text, shown only when printing. */
export function PrintView({ entry }: { entry: Entry }) {
  return (
    <article class="ws-print">
      <h2>{entryTitle(entry)}</h2>
      {entry.date && <p>Interview date: {formatEntryDate(entry.date)}</p>}
      {TEXT_FIELDS.map((f) =>
        f === "role" || f === "company" ? null : (
          <div key={f}>
            {f === "kindNote" && entry.steps.length > 0 && (
              <div>
                <h3>{FIELD_TEXT.steps.label}</h3>
                <ul>
                  {entry.steps.map((s) => (
                    <li key={s.id}>
                      {s.done ? "☑" : "☐"} {s.text}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3>{FIELD_TEXT[f].label}</h3>
            <p>{entry[f].trim() || "—"}</p>
          </div>
        ),
      )}
    </article>
  );
}
