import type { SessionState } from "../../../lib/local-store/session";
import { Notice } from "../notice/Notice";

const reasons = {
  blocked:
    "This browser is not letting this site store anything. That can happen in a private window or with strict privacy settings.",
  full: "This browser’s storage for this site is full.",
  failed: "This browser would not let the page save.",
};

/**
 * What is wrong with storage, in plain words, the same in every tool. Loaded
 * only when something is wrong, so the pages open lighter.
 */
export default function Trouble({ s, data }: { s: SessionState<unknown>; data: string }) {
  return (
    <>
      {s.trouble && (
        <Notice
          id="storage-warning"
          tone="danger"
          role="alert"
          title="What you write is not being saved"
        >
          <p>{reasons[s.trouble]}</p>
          <p>
            You can keep writing, but it will be lost when you close or reload this page. To keep
            it, <a href={`#${data}`}>save a copy</a> before you leave.
          </p>
        </Notice>
      )}
      {s.readOnly && (
        <Notice tone="warn" role="alert" title="Saved by a newer version of this site">
          <p>
            You can read everything, but nothing you change here is saved, so nothing newer is
            written over. Reload the page to get the newer version.
          </p>
        </Notice>
      )}
      {s.damaged && (
        <Notice tone="warn" role="status" title="Some saved writing could not be read">
          <p>
            {s.damaged.backupKey
              ? "A copy of it is kept in this browser, untouched, and the site-wide backup includes it. Everything else works as usual."
              : "It is left exactly as it was, and nothing is written over it."}
          </p>
        </Notice>
      )}
    </>
  );
}
