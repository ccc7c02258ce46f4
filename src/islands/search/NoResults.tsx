import { topicHref } from "../../lib/articles";
import { url } from "../../lib/paths/base";
import { TOPICS } from "../../lib/topics";
import { WordSuggestions } from "./WordSuggestions";

interface Props {
  /** Results for the same words outside the chosen topics. */
  elsewhere: number;
  onSearchAllTopics: () => void;
  onTry: (words: string) => void;
}

/** What to do when nothing matched: widen the search, try other words or browse. */
export function NoResults({ elsewhere, onSearchAllTopics, onTry }: Props) {
  return (
    <div class="mt-2 max-w-prose">
      {elsewhere > 0 && (
        <p class="mt-2">
          {elsewhere === 1 ? "There is 1 result" : `There are ${elsewhere} results`} in other
          topics.{" "}
          <button type="button" class="btn btn-secondary mt-2" onClick={onSearchAllTopics}>
            Search all topics
          </button>
        </p>
      )}
      <p class="mt-3">Some things to try:</p>
      <ul class="mt-1 list-disc space-y-1 pl-5">
        <li>Check the spelling, or use fewer or more common words.</li>
        <li>
          Try one of these:
          <WordSuggestions onTry={onTry} />
        </li>
        <li>
          Browse a topic:{" "}
          {TOPICS.map((topic, i) => (
            <span key={topic.id}>
              {i > 0 && ", "}
              <a href={topicHref(topic.id)}>{topic.name}</a>
            </span>
          ))}
          .
        </li>
        <li>
          See <a href={url("/articles/")}>all articles, grouped by topic</a>, or{" "}
          <a href={url("/self-check/")}>the self-checks</a>.
        </li>
      </ul>
    </div>
  );
}
