import { Component, type ComponentType } from "preact";
import type { ListState, SaveState } from "../../lib/plan/list-session";
import { Notice } from "../ui/notice/Notice";

/**
 * Runs `load` once the element with this id comes near the screen (for parts
 * low on the page, loaded only then). Returns a function that stops watching.
 */
export function whenNear(id: string, load: () => void): () => void {
  const spot = document.getElementById(id);
  if (!spot) return () => undefined;
  const io = new IntersectionObserver(
    (seen) => {
      if (!seen.some((e) => e.isIntersecting)) return;
      io.disconnect();
      load();
    },
    { rootMargin: "300px" },
  );
  io.observe(spot);
  return () => io.disconnect();
}

/** Moves focus to an element by id once the DOM shows it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  type?: "text" | "date" | "time" | undefined;
  onInput: (value: string) => void;
}

/** A labelled input with its hint linked by aria-describedby. */
export function Field({ id, label, hint, value, type = "text", onInput }: FieldProps) {
  return (
    <div class="tl-field">
      <label for={id} class="tl-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="tl-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        autocomplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        class={`field-input tl-input${type === "text" ? "" : " max-w-56"}`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** The words for storage trouble load only when there is some (trouble.tsx). */
class LazyTrouble extends Component<
  { s: ListState<unknown> },
  { View?: ComponentType<{ s: ListState<unknown> }> | undefined }
> {
  override state: { View?: ComponentType<{ s: ListState<unknown> }> | undefined } = {};
  loading = false;

  render({ s }: { s: ListState<unknown> }) {
    const { View } = this.state;
    const bad = s.trouble || s.readOnly || s.damaged;
    if (bad && !View && !this.loading) {
      this.loading = true;
      import("./trouble").then(
        (m) => this.setState({ View: m.default }),
        () => undefined,
      );
    }
    if (!bad) return null;
    return View ? (
      <View s={s} />
    ) : (
      <Notice tone="danger" role="alert" title="There is a problem with saving in this browser." />
    );
  }
}

/** Save status: only "Saved" or "Not saved" is announced, once typing pauses. */
export function SaveStatus({ save, announced }: { save: SaveState; announced: boolean }) {
  const live = !announced
    ? ""
    : save === "saved"
      ? "✓ Saved"
      : save === "unsaved"
        ? "Not saved"
        : "";
  return (
    <p class="tl-save">
      <span
        id="tl-save-status"
        role="status"
        class={save === "unsaved" ? "tl-unsaved" : "tl-saved"}
      >
        {live}
      </span>
      {save === "pending" && <span aria-hidden="true">Saving…</span>}
    </p>
  );
}

/** What is wrong with storage, and the undo after a delete. */
export function StoreNotices({
  s,
  undoId,
  deleted,
  onUndo,
}: {
  s: ListState<unknown>;
  undoId: string;
  deleted: string;
  onUndo: () => void;
}) {
  return (
    <>
      <LazyTrouble s={s} />
      {s.notice && <Notice title={s.notice} role="status" />}
      {s.undo && (
        <Notice id={undoId} tone="success" title={`“${deleted}” was deleted.`} focusable>
          <p>
            <button type="button" class="btn btn-secondary" onClick={onUndo}>
              Undo delete
            </button>
          </p>
        </Notice>
      )}
    </>
  );
}
