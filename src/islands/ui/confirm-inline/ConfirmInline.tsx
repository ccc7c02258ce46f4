import "./confirm-inline.css";

interface Props {
  id: string;
  question: string;
  detail?: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline "are you sure?" for destructive actions. Whoever opens it moves
 * focus to it (its id) so a screen reader reads the question; Escape cancels.
 */
export function ConfirmInline({ id, question, detail, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <fieldset
      id={id}
      aria-describedby={detail ? `${id}-d` : undefined}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      class="confirm-inline"
    >
      <legend class="float-left w-full font-bold">{question}</legend>
      {detail && (
        <p id={`${id}-d`} class="clear-left pt-1">
          {detail}
        </p>
      )}
      <div class="confirm-inline-actions">
        <button type="button" class="btn btn-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
