import { WordSuggestions } from "./WordSuggestions";

interface Props {
  onTry: (words: string) => void;
}

/** Before anything is typed: a few words that find something. */
export function SearchHints({ onTry }: Props) {
  return (
    <div class="text-muted">
      <p>Not sure what to look for? Try one of these:</p>
      <WordSuggestions onTry={onTry} />
    </div>
  );
}
