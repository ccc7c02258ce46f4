import type { ListState } from "../../lib/plan/list-session";
import { Notice } from "../ui/notice/Notice";

/**
 * What is wrong with storage, in plain words. Loaded only when something is
 * wrong, so the pages open lighter.
 */
export default function Trouble({ s }: { s: ListState<unknown> }) {
  return (
    <>
      {s.trouble && (
        <Notice tone="danger" role="alert" title="This browser is not saving what you write here.">
          <p>
            {s.trouble === "full"
              ? "Its storage for this site is full."
              : "It is not letting this site store anything (private browsing or a setting may block it)."}{" "}
            What you write stays on the page until you leave it. Export a copy below to keep it.
          </p>
        </Notice>
      )}
      {s.readOnly && (
        <Notice tone="warn" role="alert" title="Saved by a newer version of this site">
          <p>
            You can read everything, but nothing you change is saved. Reload the page to get the
            newer version.
          </p>
        </Notice>
      )}
      {s.damaged && (
        <Notice tone="warn" title="Some saved data could not be read">
          <p>A copy of it is kept in this browser, and the site-wide backup includes it.</p>
        </Notice>
      )}
    </>
  );
}
