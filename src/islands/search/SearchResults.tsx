import {
  type SearchController,
  type SearchSnapshot,
  statusMessage,
} from "../../lib/search/controller";
import { normaliseQuery } from "../../lib/search/query";
import { LoadError } from "./LoadError";
import { NoResults } from "./NoResults";
import { ResultList } from "./ResultList";
import { SearchHints } from "./SearchHints";

interface Props {
  state: SearchSnapshot;
  headingLevel: 2 | 3;
  /** In the dialog the results sit under a rule; on the page they follow the filters. */
  dialog: boolean;
  onRetry: () => void;
  /** A suggested search: these words, or every topic. */
  onSearch: (next: Parameters<SearchController["searchFor"]>[0]) => void;
  /** "Show more": `from` is where the new results will start. */
  onMore: (from: number) => void;
  onFollow: (event: MouseEvent) => void;
}

/**
 * Under the box: the count announced politely, then the results, hints
 * before any search, what to try when nothing matched, or plain words when
 * the index cannot load.
 */
export function SearchResults({
  state,
  headingLevel,
  dialog,
  onRetry,
  onSearch,
  onMore,
  onFollow,
}: Props) {
  const { outcome } = state;
  const status = statusMessage(state);
  return (
    <div class={dialog ? "mt-4 border-t border-line pt-4" : "mt-6"}>
      <p role="status" class={status ? "font-semibold" : "sr-only"}>
        {status}
      </p>
      {state.failed ? (
        <LoadError retrying={state.retrying} onRetry={onRetry} />
      ) : !normaliseQuery(state.query) ? (
        <SearchHints onTry={(q) => onSearch({ q })} />
      ) : outcome && outcome.shown.length > 0 ? (
        <ResultList
          results={outcome.shown}
          total={outcome.hits.length}
          headingLevel={headingLevel}
          loadingMore={state.loadingMore}
          onMore={() => onMore(outcome.shown.length)}
          onFollow={onFollow}
        />
      ) : outcome ? (
        <NoResults
          elsewhere={outcome.topics.length ? outcome.unfiltered : 0}
          onSearchAllTopics={() => onSearch({ topics: [] })}
          onTry={(q) => onSearch({ q })}
        />
      ) : null}
    </div>
  );
}
