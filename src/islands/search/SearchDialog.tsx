import { useRef } from "preact/hooks";
import SearchUI from "./SearchUI";

/**
 * What the search dialog shows: a heading, Close, and the search. Rendered
 * into the header's <dialog id="search-dialog"> when search is first opened
 * (see SiteSearch.astro); following a result closes the dialog.
 */
export default function SearchDialog() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <div class="flex items-center justify-between gap-4 px-4 pt-4 sm:px-6">
        <h2 class="text-2xl font-bold">Search</h2>
        <form method="dialog">
          <button type="submit" class="btn btn-secondary">
            Close
          </button>
        </form>
      </div>
      <div class="px-4 py-4 sm:px-6">
        <SearchUI
          inputId="search-dialog-input"
          headingLevel={3}
          layout="dialog"
          onNavigate={() => ref.current?.closest("dialog")?.close()}
        />
      </div>
    </div>
  );
}
