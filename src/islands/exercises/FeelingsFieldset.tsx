import { type Feeling, MAX_FEELINGS } from "../../lib/exercises/thought";
import { focusSoon } from "../ui/focus";
import { FeelingRow } from "./FeelingRow";

interface Props {
  feelings: Feeling[];
  /** Words offered as a feeling is typed. */
  words: string[];
  /** The group's legend and hint. */
  legend: [string, string];
  readOnly: boolean;
  /** What was typed in a strength box that is not 0 to 100, by the box's id. */
  bad: ReadonlyMap<string, string>;
  onFeelings: (feelings: Feeling[]) => void;
  /** Takes feeling `i` out (the later ones move up). */
  onRemove: (i: number) => void;
  /** A strength box's text: feeling `i`, before or after. */
  onStrength: (i: number, k: "before" | "after", raw: string) => void;
}

/** The feelings and how strong each is before: up to MAX_FEELINGS, added and removed. */
export function FeelingsFieldset({
  feelings,
  words,
  legend,
  readOnly,
  bad,
  onFeelings,
  onRemove,
  onStrength,
}: Props) {
  const rename = (i: number, name: string) =>
    onFeelings(feelings.map((x, j) => (j === i ? { ...x, name } : x)));
  return (
    <fieldset class="ex-field">
      <legend class="ex-label">{legend[0]}</legend>
      <p id="ex-scale-hint" class="ex-hint">
        {legend[1]}
      </p>
      <datalist id="ex-feeling-words">
        {words.map((f) => (
          <option value={f} key={f} />
        ))}
      </datalist>
      <ul class="mt-3 grid gap-4">
        {feelings.map((f, i) => (
          <FeelingRow
            key={i}
            f={f}
            i={i}
            readOnly={readOnly}
            bad={bad.get(`ex-before-${i}`)}
            removable={feelings.length > 1 && !readOnly}
            onName={(name) => rename(i, name)}
            onStrength={(raw) => onStrength(i, "before", raw)}
            onRemove={() => onRemove(i)}
          />
        ))}
      </ul>
      {feelings.length < MAX_FEELINGS && !readOnly && (
        <p class="mt-3">
          <button
            id="ex-add-feeling"
            type="button"
            class="btn btn-secondary"
            onClick={() => {
              onFeelings([...feelings, { name: "", before: null, after: null }]);
              focusSoon(`ex-feeling-${feelings.length}`);
            }}
          >
            Add a feeling
          </button>
        </p>
      )}
    </fieldset>
  );
}
