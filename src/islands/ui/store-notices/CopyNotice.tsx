import { Notice } from "../notice/Notice";

interface Props {
  id: string;
  /** What one record is called: "reflection", "plan", "letter". */
  noun: string;
  /** The title of the record this is a copy of, if it is still here. */
  of: string | undefined;
  onKeep: () => void;
  onDiscard: () => void;
}

/**
 * Shown on a conflict copy, in every tool: the same words were changed in two
 * places at once (two windows, or a backup brought back), so both versions
 * were kept. The person compares them and decides.
 */
export function CopyNotice({ id, noun, of, onKeep, onDiscard }: Props) {
  return (
    <Notice id={id} tone="warn" title="This is a second version, kept so that no words are lost">
      <p>
        {`The same words were changed in two places at once (two windows, or a backup you brought back), so both versions are kept${of ? `: the other is “${of}”` : ""}. Compare them, then keep this copy as a ${noun} of its own, or discard it.`}
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
