import { formatResultDate, type StoredResult } from "../../lib/self-check/result-store";

interface Props {
  saved: StoredResult;
  onShow: () => void;
  /** Absent for a check-in: its history below deletes check-ins one by one. */
  onClear?: (() => void) | undefined;
}

/** A reminder of the result remembered on this device, shown above the questions. */
export function LastResult({ saved, onShow, onClear }: Props) {
  const date = formatResultDate(saved.at);
  return (
    <div class="rounded-lg border border-line bg-sunken p-4 sm:p-5">
      <p>
        {date ? (
          <>
            Last time, on <time dateTime={saved.at}>{date}</time>, your result was{" "}
          </>
        ) : (
          "Last time, your result was "
        )}
        <strong>{saved.title}</strong>.
      </p>
      <div class="mt-3 flex flex-wrap gap-3">
        <button type="button" class="btn btn-secondary" onClick={onShow}>
          Show my last result
        </button>
        {onClear && (
          <button type="button" class="btn btn-danger" onClick={onClear}>
            Clear my result
          </button>
        )}
      </div>
    </div>
  );
}
