import type { Feeling } from "../../lib/exercises/thought";
import { StrengthInput } from "./StrengthInput";

interface Props {
  feelings: Feeling[];
  legend: [string, string];
  readOnly: boolean;
  /** What was typed in a strength box that is not 0 to 100, by the box's id. */
  bad: ReadonlyMap<string, string>;
  onStrength: (i: number, k: "before" | "after", raw: string) => void;
}

/** Each named feeling rated again after the balanced thought, beside how strong it was. */
export function RerateFieldset({ feelings, legend, readOnly, bad, onStrength }: Props) {
  const named = feelings.map((f, i) => [f, i] as const).filter(([f]) => f.name.trim());
  return (
    <fieldset class="ex-field">
      <legend class="ex-label">{legend[0]}</legend>
      <p class="ex-hint">{legend[1]}</p>
      {named.length === 0 ? (
        <p class="mt-2">Name a feeling above first.</p>
      ) : (
        <ul class="mt-3 grid gap-3">
          {named.map(([f, i]) => (
            <li key={i} class="ex-feel border-0">
              <StrengthInput
                id={`ex-after-${i}`}
                label={`“${f.name}” now, 0 to 100 (it was ${f.before ?? "not rated"})`}
                value={f.after}
                bad={bad.get(`ex-after-${i}`)}
                readOnly={readOnly}
                onInput={(raw) => onStrength(i, "after", raw)}
              />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
