import { Component } from "preact";
import { FIELD_TEXT, newId, type Step } from "../../lib/worksheet/model";
import { focusSoon } from "../ui/focus";
import { ids } from "./ids";

interface Props {
  steps: Step[];
  onChange: (steps: Step[]) => void;
}

interface State {
  draft: string;
  error: boolean;
  /** Told to screen readers after adding or removing. */
  said: string;
}

/** Next steps as a checklist: add, tick, remove. */
export class NextStepsChecklist extends Component<Props, State> {
  override state: State = { draft: "", error: false, said: "" };

  add = (e: Event) => {
    e.preventDefault();
    const text = this.state.draft.trim();
    if (!text) return this.setState({ error: true });
    this.props.onChange([...this.props.steps, { id: newId(), text, done: false }]);
    this.setState({ draft: "", error: false, said: `Added: ${text}` });
  };

  remove(index: number) {
    const { steps, onChange } = this.props;
    const next = steps.filter((_, i) => i !== index);
    onChange(next);
    this.setState({ said: `Removed: ${steps[index]?.text}` });
    // Focus the step that took its place, the one before, or the new-step field.
    const target = next[index] ?? next[index - 1];
    focusSoon(target ? ids.step(target.id) : ids.newStep);
  }

  render({ steps, onChange }: Props, { draft, error, said }: State) {
    return (
      <fieldset class="ws-field" aria-describedby="ws-steps-hint">
        <legend class="ws-label">{FIELD_TEXT.steps.label}</legend>
        <p id="ws-steps-hint" class="ws-hint">
          {FIELD_TEXT.steps.hint}
        </p>
        {steps.length > 0 && (
          <ul class="mt-3 grid gap-2">
            {steps.map((s, i) => (
              <li key={s.id} class="ws-step">
                <input
                  type="checkbox"
                  id={ids.step(s.id)}
                  checked={s.done}
                  onChange={(e) =>
                    onChange(
                      steps.map((t) =>
                        t.id === s.id ? { ...t, done: e.currentTarget.checked } : t,
                      ),
                    )
                  }
                  class="ws-check"
                />
                <label for={ids.step(s.id)} class="flex-1 break-words">
                  {s.text}
                </label>
                <button
                  type="button"
                  class="ws-link"
                  aria-label={`Remove “${s.text}”`}
                  onClick={() => this.remove(i)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="mt-3" onSubmit={this.add} noValidate>
          <label for={ids.newStep} class="block font-semibold">
            Add a next step
          </label>
          {error && (
            <p id="ws-new-step-error" class="ws-err">
              <span class="sr-only">Error: </span>Write the step first, then choose Add.
            </p>
          )}
          <div class="mt-1 flex max-w-xl gap-2">
            <input
              id={ids.newStep}
              type="text"
              autocomplete="off"
              value={draft}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "ws-new-step-error" : undefined}
              onInput={(e) => this.setState({ draft: e.currentTarget.value })}
              class="field-input flex-1"
            />
            <button type="submit" class="btn btn-secondary">
              Add
            </button>
          </div>
        </form>
        <p role="status" class="sr-only">
          {said}
        </p>
      </fieldset>
    );
  }
}
