interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  /** "long": a text area; the others an input of that type. */
  kind?: "long" | "text" | "date" | "time";
  /** The most characters kept: the same limit the tool's reader applies to what is stored. */
  maxLength: number;
  rows?: number;
  placeholder?: string | undefined;
  readOnly?: boolean | undefined;
  /** The tool's class prefix ("ws", "tl", "ex"): its stylesheet styles `<prefix>-field` and the rest. */
  look: string;
  onInput: (value: string) => void;
}

/** A labelled field with its hint linked by aria-describedby, GOV.UK style: the one every tool uses. */
export function Field({
  id,
  label,
  hint,
  value,
  kind = "long",
  maxLength,
  rows = 4,
  placeholder,
  readOnly,
  look,
  onInput,
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    readOnly,
    "aria-describedby": hintId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`${look}-field`}>
      <label for={id} class={`${look}-label`}>
        {label}
      </label>
      {hint && (
        <p id={hintId} class={`${look}-hint`}>
          {hint}
        </p>
      )}
      {kind === "long" ? (
        // autocomplete="off": the browser neither suggests past entries nor refills a page's
        // form copy with the last words typed when the page is loaded again (issue 21).
        <textarea
          {...common}
          rows={rows}
          spellcheck
          autocomplete="off"
          class={`field-input ${look}-long`}
        />
      ) : (
        <input
          {...common}
          type={kind}
          autocomplete="off"
          class={`field-input ${look}-input${kind === "text" ? "" : " max-w-56"}`}
        />
      )}
    </div>
  );
}
