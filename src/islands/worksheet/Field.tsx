interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  kind?: "text" | "date" | "long";
  onInput: (value: string) => void;
}

/** A labelled field with its hint linked by aria-describedby, GOV.UK style. */
export function Field({ id, label, hint, value, kind = "long", onInput }: Props) {
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    "aria-describedby": hintId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="ws-field">
      <label for={id} class="ws-label">
        {label}
      </label>
      <p id={hintId} class="ws-hint">
        {hint}
      </p>
      {kind === "long" ? (
        <textarea {...common} rows={4} spellcheck class="field-input ws-long" />
      ) : (
        <input
          {...common}
          type={kind}
          autocomplete="off"
          class={`field-input mt-2 ${kind === "date" ? "max-w-56" : "max-w-xl"}`}
        />
      )}
    </div>
  );
}
