/** Words that find something on this site, offered when someone is stuck. */
const SUGGESTED_WORDS = ["feedback", "motivation", "rejection email"] as const;

interface Props {
  onTry: (words: string) => void;
}

/** A button for each suggested word; pressing one searches for it. */
export function WordSuggestions({ onTry }: Props) {
  return (
    <span class="mt-2 flex flex-wrap gap-2">
      {SUGGESTED_WORDS.map((words) => (
        <button key={words} type="button" class="btn btn-secondary" onClick={() => onTry(words)}>
          {words}
        </button>
      ))}
    </span>
  );
}
