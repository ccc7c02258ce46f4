import { type Entry, entryTitle } from "../../lib/worksheet/model";
import { Notice } from "../ui/notice/Notice";

interface Props {
  /** The entry this is a copy of, if it is still here. */
  of: Entry | undefined;
  onKeep: () => void;
  onDiscard: () => void;
}

/**
 * Shown on a conflict copy: the same words were changed in two places at once
 * (two windows, or an import), so both versions were kept. The person decides.
 */
export function CopyNotice({ of, onKeep, onDiscard }: Props) {
  return (
    <Notice
      id="ws-copy"
      tone="warn"
      title="This is a second version, kept so that no words are lost"
    >
      <p>
        {`The same words were changed in two places at once (two windows, or a backup you imported), so both versions are kept${of ? `: the other is “${entryTitle(of)}”` : ""}. Compare them, then keep this copy as a reflection of its own, or discard it.`}
      </p>
      <p class="flex flex-wrap gap-3">
        <button type="button" class="btn btn-secondary" onClick={onKeep}>
          Keep this copy
        </button>
        <button type="button" class="btn btn-secondary" onClick={onDiscard}>
          Discard this copy
        </button>
      </p>
    </Notice>
  );
}
