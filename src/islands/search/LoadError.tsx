import { url } from "../../lib/paths/base";

interface Props {
  retrying: boolean;
  onRetry: () => void;
}

/** Shown when the search index cannot be fetched, usually because the device is offline. */
export function LoadError({ retrying, onRetry }: Props) {
  return (
    <div role="alert" class="mt-4 rounded-r-lg border-l-4 border-warn bg-warn-soft px-4 py-3">
      <p class="font-bold">Search could not load</p>
      <p class="mt-1">
        Your device may be offline, or the connection dropped. Check your connection and try again.
        You can still browse the <a href={url("/articles/")}>articles</a> and the{" "}
        <a href={url("/self-check/")}>self-checks</a> you have opened before.
      </p>
      <button
        type="button"
        class="btn btn-secondary mt-3"
        onClick={onRetry}
        aria-disabled={retrying}
      >
        {retrying ? "Trying again…" : "Try again"}
      </button>
    </div>
  );
}
