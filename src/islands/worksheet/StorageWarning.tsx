import type { Trouble } from "../../lib/worksheet/store";

const reasons: Record<Trouble, string> = {
  blocked:
    "This browser is not letting this site store anything. That can happen in a private window or with strict privacy settings.",
  full: "This browser’s storage for this site is full.",
  failed: "This browser would not let the page save.",
};

/**
 * A lasting warning while answers are kept only in memory. Loaded only when
 * needed (see trouble.ts), so it imports nothing but types.
 */
export function StorageWarning({ trouble }: { trouble: Trouble }) {
  return (
    <div id="ws-storage-warning" role="alert" class="ws-notice border-danger bg-danger-soft">
      <p class="font-bold">Your answers are not being saved</p>
      <p>{reasons[trouble]}</p>
      <p>
        You can keep writing, but it will be lost when you close or reload this page. To keep it,{" "}
        <a href="#ws-data">download a backup</a> before you leave.
        {trouble === "full" && " Deleting reflections you no longer need can free up space."}
      </p>
    </div>
  );
}
