import { SEARCH_DIALOG_ID } from "../../lib/search/shortcut";
import { mountIsland } from "../mount";
import SearchDialog from "./SearchDialog";

/** Starts the search view in the header's dialog (SiteSearch.astro imports this on first open). */
export function mountSearchDialog(): Promise<void> {
  return mountIsland(SEARCH_DIALOG_ID, SearchDialog);
}
