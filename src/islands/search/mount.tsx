import { render } from "preact";
import { searchDialog } from "../../scripts/search-opener";
import SearchUI from "./SearchUI";

/**
 * Renders the search UI into the search dialog that the search opener built.
 * This module runs only when the opener imports it, on the first open, so a
 * plain page view never downloads it (or Preact, or Pagefind). It mounts
 * itself on import: Astro bundles it as a page script, and page scripts keep
 * no exports.
 */
const dialog = searchDialog();
if (dialog) {
  dialog.replaceChildren();
  render(
    <>
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
          onNavigate={() => dialog.close()}
        />
      </div>
    </>,
    dialog,
  );
}
