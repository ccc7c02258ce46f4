/**
 * The browser half of SearchButton.astro. Opens site search in a modal dialog:
 * from the header's search link, or with "/" or Ctrl/Cmd+K anywhere ("/" not
 * while typing in a field). Every page runs this, so it stays tiny: it builds a
 * bare <dialog> on first use and only then imports the search
 * UI (with Preact, and Pagefind after it) from the bundle URL that the component
 * keeps in an inert <template>; that bundle mounts the UI into the dialog by its
 * id (mountIsland), so neither module imports the other. On the search page the
 * same keys focus the page's own search box instead. Closing the dialog returns
 * focus to where it was, or else to the search link; Escape, Close and a click
 * outside all close it.
 */
// cspell:words closedby
import { opensSearch, SEARCH_DIALOG_ID } from "../lib/search/shortcut";

const link = document.querySelector<HTMLElement>("[data-search-open]");
/** The search page's own box: there, the link and the keys focus it. */
const pageBox = document.querySelector<HTMLInputElement>("[data-search-page] input[type=search]");
/** The search UI's bundle, named by a script in an inert <template>. */
const src = document
  .querySelector<HTMLTemplateElement>("template[data-search-ui]")
  ?.content.firstElementChild?.getAttribute("src");
let dialog: HTMLDialogElement | undefined;
let loading: Promise<unknown> | undefined;

const dialogBox = () => dialog?.querySelector<HTMLInputElement>("input[type=search]");

/** A bare dialog: fixed markup (never anything a visitor typed), replaced by the search UI. */
function createDialog(): HTMLDialogElement {
  const d = document.createElement("dialog");
  d.id = SEARCH_DIALOG_ID;
  d.className =
    "mx-auto mt-4 w-[calc(100%-1rem)] max-w-prose rounded-xl bg-surface text-ink backdrop:bg-[#0009]";
  d.setAttribute("aria-label", "Search");
  d.setAttribute("closedby", "any");
  d.innerHTML = `<form method="dialog" class="flex items-center justify-between gap-4 p-4"><p role="status">Loading search…</p><button class="btn btn-secondary">Close</button></form>`;
  // The browser gives focus back to what had it before opening; if nothing had (opened with
  // a key from the page itself), it would stay on the hidden box, so it goes to the search link.
  d.addEventListener("close", () => {
    const a = document.activeElement;
    if (!a || a === document.body || d.contains(a)) link?.focus({ preventScroll: true });
  });
  document.body.append(d);
  return d;
}

function open(): void {
  if (!pageBox && src) {
    dialog ??= createDialog();
    const d = dialog;
    if (!d.open) d.showModal();
    if (!loading) {
      loading = import(/* @vite-ignore */ src).then(
        () => dialogBox()?.focus(),
        () => {
          loading = undefined;
          const note = d.querySelector("[role=status]");
          if (note) note.textContent = "Search could not load. Are you offline? Try again later.";
        },
      );
    }
  }
  // Back in the box, with the last search selected so typing replaces it.
  const box = pageBox ?? dialogBox();
  box?.focus();
  box?.select();
}

if (link) {
  // Still a link to /search/ (which works without JavaScript); with it, the link opens the dialog.
  link.setAttribute("aria-keyshortcuts", "/ Control+K Meta+K");
  if (!pageBox) link.setAttribute("aria-haspopup", "dialog");
  link.addEventListener("click", (e) => {
    if (!(e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) {
      e.preventDefault();
      open();
    }
  });
}

addEventListener("keydown", (e) => {
  if (!e.defaultPrevented && opensSearch(e, e.target as HTMLElement)) {
    e.preventDefault();
    open();
  }
});
