import type { Trouble } from "../../lib/worksheet/store";
import { Notice } from "../ui/notice/Notice";

const reasons: Record<Trouble, string> = {
  blocked:
    "This browser is not letting this site store anything. That can happen in a private window or with strict privacy settings.",
  full: "This browser’s storage for this site is full.",
  failed: "This browser would not let the page save.",
};

/**
 * A lasting warning while answers are kept only in memory. Loaded only when
 * needed (see trouble.ts).
 */
export function StorageWarning({ trouble }: { trouble: Trouble }) {
  return (
    <Notice
      id="ws-storage-warning"
      role="alert"
      tone="danger"
      title="Your answers are not being saved"
    >
      <p>{reasons[trouble]}</p>
      <p>
        You can keep writing, but it will be lost when you close or reload this page. To keep it,{" "}
        <a href="#ws-data">download a backup</a> before you leave.
        {trouble === "full" && " Deleting reflections you no longer need can free up space."}
      </p>
    </Notice>
  );
}
