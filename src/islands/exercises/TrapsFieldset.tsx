interface Props {
  traps: { id: string; name: string; line: string }[];
  /** The ids of the traps ticked. */
  ticked: readonly string[];
  legend: [string, string];
  readOnly: boolean;
  onTicked: (ticked: string[]) => void;
}

/** The thinking traps, each a checkbox with its one-line description. */
export function TrapsFieldset({ traps, ticked, legend, readOnly, onTicked }: Props) {
  return (
    <fieldset class="ex-field">
      <legend class="ex-label">{legend[0]}</legend>
      <p class="ex-hint">{legend[1]}</p>
      <ul class="mt-3 grid gap-3">
        {traps.map((t) => (
          <li key={t.id} class="ex-trap">
            <input
              id={`ex-trap-${t.id}`}
              type="checkbox"
              class="ex-check"
              aria-describedby={`ex-trap-${t.id}-line`}
              checked={ticked.includes(t.id)}
              disabled={readOnly}
              onChange={(e) => {
                const others = ticked.filter((x) => x !== t.id);
                onTicked(e.currentTarget.checked ? [...others, t.id] : others);
              }}
            />
            <div>
              <label for={`ex-trap-${t.id}`} class="font-semibold">
                {t.name}
              </label>
              <p id={`ex-trap-${t.id}-line`} class="text-base text-muted">
                {t.line}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
