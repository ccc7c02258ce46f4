import type { ExerciseRecord } from "../../lib/exercises/record";
import type { SessionState } from "../../lib/local-store/session";
import { Notice } from "../ui/notice/Notice";
import { StoreNotices } from "../ui/store-notices/StoreNotices";
import { ids } from "./ids";

interface Props {
  s: SessionState<ExerciseRecord>;
  deleted: string;
  onUndo: () => void;
}

/**
 * The messages above an exercise: storage trouble, damaged or newer data,
 * news from another tab, and Undo after a delete. (Loaded after the page is
 * up: a delete or a storage event comes later, and trouble shows a moment on.)
 */
export function ExerciseNotices({ s, deleted, onUndo }: Props) {
  return (
    <>
      {s.damaged && (
        <Notice tone="warn" role="status" title="Some saved writing could not be read">
          <p>
            {s.damaged.backupKey
              ? "A copy of it is kept in this browser, untouched, so nothing is lost. Everything else works as usual."
              : "It is left exactly as it was, and nothing is written over it."}
          </p>
        </Notice>
      )}
      <StoreNotices s={s} undoId={ids.undo} deleted={deleted} onUndo={onUndo} data={ids.data} />
    </>
  );
}
