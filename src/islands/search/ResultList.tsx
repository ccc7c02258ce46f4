import type { ShapedResult } from "../../lib/search/results";
import { ResultItem } from "./ResultItem";

interface Props {
  results: ShapedResult[];
  total: number;
  headingLevel: 2 | 3;
  loadingMore: boolean;
  onMore: () => void;
  onFollow: (event: MouseEvent) => void;
}

/** The results on screen so far, and a button for more when there are more. */
export function ResultList({ results, total, headingLevel, loadingMore, onMore, onFollow }: Props) {
  const remaining = total - results.length;
  return (
    <>
      <ol class="mt-2">
        {results.map((result) => (
          <ResultItem
            key={result.id}
            result={result}
            headingLevel={headingLevel}
            onFollow={onFollow}
          />
        ))}
      </ol>
      {remaining > 0 && (
        <button
          type="button"
          class="btn btn-secondary mt-2"
          onClick={onMore}
          aria-disabled={loadingMore}
        >
          {loadingMore ? "Loading more results…" : `Show more results (${remaining} more)`}
        </button>
      )}
    </>
  );
}
