import { Notice } from "../ui/notice/Notice";

/** "3 items", "1 item". */
export const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

interface Props {
  id: string;
  /** How many items the backup added. */
  added: number;
  /** Items already here and the same as in the file. */
  same: number;
  /** Items already here that differ from the file (left as they are). */
  different: number;
  onUndo: () => void;
}

/** What bringing back a backup of everything did, with Undo while it added anything. */
export function ImportDone({ id, added, same, different, onUndo }: Props) {
  const had = same + different;
  return (
    <div id={id} tabIndex={-1} class="mt-4">
      <Notice tone="success" role="status" title={`Brought back ${count(added, "item")}.`}>
        {had > 0 && (
          <p>
            {`${count(had, "item")} you already had stayed as ${had === 1 ? "it is" : "they are"}.`}
            {different > 0 &&
              ` ${count(different, "item")} differ from the file: to bring worksheet entries together, use “Bring back a backup” on the worksheet page, which keeps both versions.`}
          </p>
        )}
        {added > 0 && (
          <p>
            <button type="button" class="btn btn-secondary" onClick={onUndo}>
              Undo
            </button>
          </p>
        )}
      </Notice>
    </div>
  );
}
