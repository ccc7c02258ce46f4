import {
  type Letter,
  type LetterStep,
  letterKind,
  letterLabel,
  letterParts,
  letterStore,
} from "../../lib/exercises/letter";
import { MAX_TEXT } from "../../lib/exercises/record";
import { RecordSession } from "../../lib/local-store/session";
import { Field } from "../ui/field/Field";
import { type BaseProps, ExerciseIsland } from "./ExerciseIsland";
import { ids } from "./ids";

interface Props extends BaseProps {
  steps: { id: LetterStep; label: string; hint: string; placeholder: string }[];
}

/** The kind letter: four guided steps, saved, and printed as a clean letter alone. */
export default class KindLetter extends ExerciseIsland<Letter, Props> {
  session = new RecordSession(letterStore(), letterKind);
  noun = "letter";
  listHeading = "Your letters";
  title = "A kind letter to yourself";
  /** Steps 1 and 2, then steps 3 and 4 and the printing, a frame apart (see formParts). */
  override formParts = 2;

  constructor(props: Props) {
    super(props);
    this.init();
  }

  label(r: Letter) {
    return letterLabel(r);
  }

  parts(r: Letter) {
    return letterParts(r, this.props.steps);
  }

  form(r: Letter, readOnly: boolean) {
    const filled = this.props.steps.filter((s) => r.steps[s.id]?.trim());
    return (
      <div>
        <ol class="list-none">
          {this.props.steps.slice(0, this.shown(2) ? undefined : 2).map((s, i) => (
            <li key={s.id}>
              <Field
                id={i === 0 ? ids.first : `ex-step-${s.id}`}
                label={`Step ${i + 1}: ${s.label}`}
                hint={s.hint}
                placeholder={s.placeholder}
                value={r.steps[s.id] ?? ""}
                readOnly={readOnly}
                look="ex"
                rows={5}
                maxLength={MAX_TEXT}
                onInput={(v) => this.session.edit(r.id, { steps: { ...r.steps, [s.id]: v } })}
              />
            </li>
          ))}
        </ol>
        {this.shown(2) && (
          <>
            <section aria-labelledby="ex-print-h" class="mt-8">
              <h3 id="ex-print-h" class="text-lg font-bold">
                Your letter
              </h3>
              <p class="mt-1">
                Print it, or save it as a PDF from the print window, to keep it for a hard day. Only
                the letter is printed.
              </p>
              <p class="mt-3">
                <button
                  type="button"
                  class="btn btn-primary"
                  disabled={!filled.length}
                  onClick={() => print()}
                >
                  Print the letter
                </button>
              </p>
            </section>
            <div class="ex-print" aria-hidden="true">
              {filled.map((s) => (
                <p key={s.id}>{r.steps[s.id]}</p>
              ))}
            </div>
          </>
        )}
      </div>
    );
  }
}
