import { Notice } from "../ui/notice/Notice";

/** Shown when the stored worksheet was saved by a newer version of the site. */
export function ReadOnlyNotice() {
  return (
    <Notice
      id="ws-read-only"
      tone="warn"
      role="alert"
      title="This worksheet was saved by a newer version of the site"
    >
      <p>
        Reload the page to get the latest version, which can open everything. Until then, nothing
        you write here is saved, so nothing the newer version saved is overwritten.
      </p>
      <p>
        <button type="button" class="btn btn-secondary" onClick={() => location.reload()}>
          Reload the page
        </button>
      </p>
    </Notice>
  );
}
