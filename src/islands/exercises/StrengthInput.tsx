/** What a strength box says when what was typed is not a whole number from 0 to 100. */
export const WHOLE = "Enter a whole number from 0 to 100";

interface Props {
  id: string;
  label: string;
  /** The stored strength (null: not rated). */
  value: number | null;
  /** What was typed when it is not 0 to 100 (shown as typed, with the error), else undefined. */
  bad: string | undefined;
  readOnly: boolean;
  /** Everything typed, good or not: the thought record decides. */
  onInput: (raw: string) => void;
}

/** A feeling's strength, 0 to 100, with its error in place when what was typed is not one. */
export function StrengthInput({ id, label, value, bad, readOnly, onInput }: Props) {
  const wrong = bad !== undefined;
  return (
    <div>
      <label for={id} class="ex-sub">
        {label}
      </label>
      {wrong && (
        <p id={`${id}-err`} class="ex-err">
          <span class="ex-sr">Error: </span>
          {WHOLE}
        </p>
      )}
      <input
        id={id}
        type="number"
        min={0}
        max={100}
        readOnly={readOnly}
        class={`field-input mt-1 w-28 ${wrong ? "border-danger" : ""}`}
        aria-describedby={wrong ? `${id}-err` : "ex-scale-hint"}
        aria-invalid={wrong ? "true" : undefined}
        value={bad ?? (value === null ? "" : String(value))}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
