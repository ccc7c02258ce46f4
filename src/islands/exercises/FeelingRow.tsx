import type { Feeling } from "../../lib/exercises/thought";
import { focusSoon } from "../ui/focus";
import { StrengthInput } from "./StrengthInput";

interface Props {
  f: Feeling;
  i: number;
  readOnly: boolean;
  /** What was typed in its strength box when that is not 0 to 100. */
  bad: string | undefined;
  /** Whether it can be taken out (not the only one, and not read-only). */
  removable: boolean;
  onName: (name: string) => void;
  onStrength: (raw: string) => void;
  onRemove: () => void;
}

/** One feeling: its name (with words offered), how strong it is, and Remove. */
export function FeelingRow({
  f,
  i,
  readOnly,
  bad,
  removable,
  onName,
  onStrength,
  onRemove,
}: Props) {
  return (
    <li class="ex-feel">
      <div class="min-w-48 flex-1">
        <label for={`ex-feeling-${i}`} class="ex-sub">
          Feeling {i + 1}
        </label>
        <input
          id={`ex-feeling-${i}`}
          class="field-input mt-1"
          list="ex-feeling-words"
          autocomplete="off"
          maxLength={80}
          readOnly={readOnly}
          value={f.name}
          onInput={(e) => onName(e.currentTarget.value)}
        />
      </div>
      <StrengthInput
        id={`ex-before-${i}`}
        label="How strong, 0 to 100"
        value={f.before}
        bad={bad}
        readOnly={readOnly}
        onInput={onStrength}
      />
      {removable && (
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            onRemove();
            focusSoon("ex-add-feeling");
          }}
        >
          Remove<span class="ex-sr"> feeling {i + 1}</span>
        </button>
      )}
    </li>
  );
}
