import { MAX_TEXT } from "../../lib/exercises/record";
import {
  type Feeling,
  parseStrength,
  type ThoughtRecord as TR,
  thoughtKind,
  thoughtLabel,
  thoughtParts,
  thoughtStore,
} from "../../lib/exercises/thought";
import { RecordSession } from "../../lib/local-store/session";
import { Field } from "../ui/field/Field";
import { type BaseProps, ExerciseIsland } from "./ExerciseIsland";
import { FeelingsFieldset } from "./FeelingsFieldset";
import { ids } from "./ids";
import { RerateFieldset } from "./RerateFieldset";
import { WHOLE } from "./StrengthInput";
import { TrapsFieldset } from "./TrapsFieldset";

interface Props extends BaseProps {
  traps: { id: string; name: string; line: string }[];
  feelings: string[];
  /** Each text field's label and hint (from the page, so they are not in the JavaScript). */
  fields: Record<Key, [string, string]>;
  /** The three groups' legends and hints. */
  groups: Record<"feelings" | "traps" | "rerate", [string, string]>;
}

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

  /** A strength box's text: saved when it is 0 to 100 or empty, else kept as typed with its error. */
  rate(r: TR, i: number, k: "before" | "after", raw: string) {
    const id = `ex-${k}-${i}`;
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
  }

  /** The summary of strengths that are not 0 to 100, once the error summary has loaded. */
  errors() {
    const Summary = this.state.lazy?.ErrorSummary;
    if (this.bad.size === 0 || !Summary) return null;
    const errors = [...this.bad.keys()].map((id) => ({ href: `#${id}`, text: WHOLE }));
    return (
      <div class="mt-4">
        <Summary id="ex-errors" errors={errors}>
          A strength is a whole number from 0 (not at all) to 100 (as strong as it gets). The rest
          is saved.
        </Summary>
      </div>
    );
  }

  form(r: TR, readOnly: boolean) {
    const g = this.props.groups;
    const rate = (i: number, k: "before" | "after", raw: string) => this.rate(r, i, k, raw);
    return (
      <div>
        {this.errors()}
        {this.text(r, "situation", readOnly, ids.first)}
        {this.text(r, "thought", readOnly)}
        <FeelingsFieldset
          feelings={r.feelings}
          words={this.props.feelings}
          legend={g.feelings}
          readOnly={readOnly}
          bad={this.bad}
          onFeelings={(feelings) => this.setFeelings(r, feelings)}
          onRemove={(i) => {
            this.bad.clear();
            this.setFeelings(
              r,
              r.feelings.filter((_, j) => j !== i),
            );
          }}
          onStrength={rate}
        />
        {this.shown(2) && (
          <>
            <TrapsFieldset
              traps={this.props.traps}
              ticked={r.traps}
              legend={g.traps}
              readOnly={readOnly}
              onTicked={(traps) => this.session.edit(r.id, { traps })}
            />
            {this.text(r, "evidenceFor", readOnly)}
            {this.text(r, "evidenceAgainst", readOnly)}
          </>
        )}
        {this.shown(3) && (
          <>
            {this.text(r, "balanced", readOnly)}
            <RerateFieldset
              feelings={r.feelings}
              legend={g.rerate}
              readOnly={readOnly}
              bad={this.bad}
              onStrength={rate}
            />
          </>
        )}
      </div>
    );
  }
}
