import { MAX_TEXT } from "../../lib/exercises/record";
import {
  type Feeling,
  MAX_FEELINGS,
  type ThoughtRecord as TR,
  thoughtKind,
  thoughtLabel,
  thoughtParts,
  thoughtStore,
} from "../../lib/exercises/thought";
import { RecordSession } from "../../lib/local-store/session";
import { Field } from "../ui/field/Field";
import { focusSoon } from "../ui/focus";
import { type BaseProps, ExerciseIsland, ids } from "./ExerciseIsland";

interface Props extends BaseProps {
  traps: { id: string; name: string; line: string }[];
  feelings: string[];
  /** Each text field's label and hint (from the page, so they are not in the JavaScript). */
  fields: Record<Key, [string, string]>;
  /** The three groups' legends and hints. */
  groups: Record<"feelings" | "traps" | "rerate", [string, string]>;
}

/** A whole number from 0 to 100, null for empty, or undefined when it is not one. */
export function parseStrength(v: string): number | null | undefined {
  const t = v.trim();
  if (!t) return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

const WHOLE = "Enter a whole number from 0 to 100";

type Key = "situation" | "thought" | "evidenceFor" | "evidenceAgainst" | "balanced";

/** The thought record: each step of the form, feelings rated 0 to 100 before and after. */
export default class ThoughtRecord extends ExerciseIsland<TR, Props> {
  session = new RecordSession(thoughtStore(), thoughtKind);
  noun = "record";
  listHeading = "Your past records";
  title = "Thought record";
  /**
   * What happened, the thought and the feelings; then the traps and the
   * evidence; then the balanced thought and the re-rating: a frame apart.
   */
  override formParts = 3;
  /** What was typed in a strength box that is not 0 to 100, by the box's id. */
  bad = new Map<string, string>();

  constructor(props: Props) {
    super(props);
    this.init();
  }

  label(r: TR) {
    return thoughtLabel(r);
  }

  parts(r: TR) {
    return thoughtParts(r, this.props.traps);
  }

  text(r: TR, k: Key, readOnly: boolean, id = `ex-${k}`) {
    const [label, hint] = this.props.fields[k];
    return (
      <Field
        id={id}
        label={label}
        hint={hint}
        value={r[k]}
        readOnly={readOnly}
        look="ex"
        rows={5}
        maxLength={MAX_TEXT}
        onInput={(v) => this.session.edit(r.id, { [k]: v })}
      />
    );
  }

  setFeelings(r: TR, feelings: Feeling[]) {
    this.session.edit(r.id, { feelings });
  }

  strength(r: TR, i: number, k: "before" | "after", label: string, readOnly: boolean) {
    const id = `ex-${k}-${i}`;
    const f = r.feelings[i];
    if (!f) return null;
    const bad = this.bad.get(id);
    return (
      <div>
        <label for={id} class="ex-sub">
          {label}
        </label>
        {bad !== undefined && (
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
          class={`field-input mt-1 w-28 ${bad !== undefined ? "border-danger" : ""}`}
          aria-describedby={bad !== undefined ? `${id}-err` : "ex-scale-hint"}
          aria-invalid={bad !== undefined ? "true" : undefined}
          value={bad ?? (f[k] === null ? "" : String(f[k]))}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            const n = parseStrength(raw);
            if (n === undefined) {
              this.bad.set(id, raw);
              this.forceUpdate();
              return;
            }
            this.bad.delete(id);
            this.setFeelings(
              r,
              r.feelings.map((x, j) => (j === i ? { ...x, [k]: n } : x)),
            );
          }}
        />
      </div>
    );
  }

  form(r: TR, readOnly: boolean) {
    const g = this.props.groups;
    const named = r.feelings.map((f, i) => [f, i] as const).filter(([f]) => f.name.trim());
    const errors = [...this.bad.keys()].map((id) => ({
      href: `#${id}`,
      text: WHOLE,
    }));
    return (
      <div>
        {errors.length > 0 && this.state.lazy && (
          <div class="mt-4">
            <this.state.lazy.ErrorSummary id="ex-errors" errors={errors}>
              A strength is a whole number from 0 (not at all) to 100 (as strong as it gets). The
              rest is saved.
            </this.state.lazy.ErrorSummary>
          </div>
        )}
        {this.text(r, "situation", readOnly, ids.first)}
        {this.text(r, "thought", readOnly)}
        <fieldset class="ex-field">
          <legend class="ex-label">{g.feelings[0]}</legend>
          <p id="ex-scale-hint" class="ex-hint">
            {g.feelings[1]}
          </p>
          <datalist id="ex-feeling-words">
            {this.props.feelings.map((f) => (
              <option value={f} key={f} />
            ))}
          </datalist>
          <ul class="mt-3 grid gap-4">
            {r.feelings.map((f, i) => (
              <li key={i} class="ex-feel">
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
                    onInput={(e) =>
                      this.setFeelings(
                        r,
                        r.feelings.map((x, j) =>
                          j === i ? { ...x, name: e.currentTarget.value } : x,
                        ),
                      )
                    }
                  />
                </div>
                {this.strength(r, i, "before", `How strong, 0 to 100`, readOnly)}
                {r.feelings.length > 1 && !readOnly && (
                  <button
                    type="button"
                    class="btn btn-secondary"
                    onClick={() => {
                      this.bad.clear();
                      this.setFeelings(
                        r,
                        r.feelings.filter((_, j) => j !== i),
                      );
                      focusSoon("ex-add-feeling");
                    }}
                  >
                    Remove<span class="ex-sr"> feeling {i + 1}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          {r.feelings.length < MAX_FEELINGS && !readOnly && (
            <p class="mt-3">
              <button
                id="ex-add-feeling"
                type="button"
                class="btn btn-secondary"
                onClick={() => {
                  this.setFeelings(r, [...r.feelings, { name: "", before: null, after: null }]);
                  focusSoon(`ex-feeling-${r.feelings.length}`);
                }}
              >
                Add a feeling
              </button>
            </p>
          )}
        </fieldset>
        {this.shown(2) && (
          <>
            <fieldset class="ex-field">
              <legend class="ex-label">{g.traps[0]}</legend>
              <p class="ex-hint">{g.traps[1]}</p>
              <ul class="mt-3 grid gap-3">
                {this.props.traps.map((t) => (
                  <li key={t.id} class="ex-trap">
                    <input
                      id={`ex-trap-${t.id}`}
                      type="checkbox"
                      class="ex-check"
                      aria-describedby={`ex-trap-${t.id}-line`}
                      checked={r.traps.includes(t.id)}
                      disabled={readOnly}
                      onChange={(e) =>
                        this.session.edit(r.id, {
                          traps: e.currentTarget.checked
                            ? [...r.traps.filter((x) => x !== t.id), t.id]
                            : r.traps.filter((x) => x !== t.id),
                        })
                      }
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
            {this.text(r, "evidenceFor", readOnly)}
            {this.text(r, "evidenceAgainst", readOnly)}
          </>
        )}
        {this.shown(3) && (
          <>
            {this.text(r, "balanced", readOnly)}
            <fieldset class="ex-field">
              <legend class="ex-label">{g.rerate[0]}</legend>
              <p class="ex-hint">{g.rerate[1]}</p>
              {named.length === 0 ? (
                <p class="mt-2">Name a feeling above first.</p>
              ) : (
                <ul class="mt-3 grid gap-3">
                  {named.map(([f, i]) => (
                    <li key={i} class="ex-feel border-0">
                      {this.strength(
                        r,
                        i,
                        "after",
                        `“${f.name}” now, 0 to 100 (it was ${f.before ?? "not rated"})`,
                        readOnly,
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </>
        )}
      </div>
    );
  }
}
