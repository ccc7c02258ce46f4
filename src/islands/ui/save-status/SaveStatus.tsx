import type { SaveState } from "../../../lib/local-store/session";

interface Props {
  save: SaveState;
  /** False until the first save in this visit, so nothing is announced on arrival. */
  announced: boolean;
  /** Its id: "save-status", or another where a page shows a second one (the drafts). */
  id?: string;
}

/**
 * The save status. Only "Saved" (or "Not saved") goes in the polite live
 * region, so a screen reader hears it once when typing pauses; "Saving…" is
 * shown but not announced.
 */
export function SaveStatus({ save, announced, id = "save-status" }: Props) {
  const live = !announced ? "" : save === "saved" ? "Saved" : save === "unsaved" ? "Not saved" : "";
  return (
    <p class="flex min-h-7 items-center gap-2 text-base print:hidden">
      <span
        id={id}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        class={save === "unsaved" ? "font-bold text-danger" : "text-success"}
      >
        {live && (
          <>
            {save === "saved" ? <span aria-hidden="true">✓ </span> : null}
            {live}
          </>
        )}
      </span>
      {save === "pending" && (
        <span aria-hidden="true" class="text-muted">
          Saving…
        </span>
      )}
    </p>
  );
}
