import SearchUI from "./SearchUI";

/** The search page's search: reads ?q= and &topic= on load and keeps the address in step. */
export default function SearchPage() {
  return <SearchUI inputId="search-page-input" headingLevel={2} syncUrl />;
}
