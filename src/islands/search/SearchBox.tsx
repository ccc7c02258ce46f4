import type { Ref } from "preact";
import { MAX_QUERY_LENGTH, SEARCH_PATH } from "../../lib/search/query";

interface Props {
  id: string;
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
  onSubmit: () => void;
}

/** The labelled search box. Enter searches straight away instead of waiting. */
export function SearchBox({ id, value, inputRef, onInput, onSubmit }: Props) {
  return (
    <search>
      <form
        action={SEARCH_PATH}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <label for={id} class="block font-semibold">
          Search articles and self-checks
        </label>
        <p id={`${id}-hint`} class="sr-only text-base text-muted sm:not-sr-only">
          Results appear as you type. Use the arrow keys to move through them.
        </p>
        <input
          id={id}
          ref={inputRef}
          name="q"
          type="search"
          class="field-input mt-2"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterkeyhint="search"
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={`${id}-hint`}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      </form>
    </search>
  );
}
