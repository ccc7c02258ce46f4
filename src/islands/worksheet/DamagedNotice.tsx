import type { Damaged } from "../../lib/worksheet/store";
import { Notice } from "../ui/notice/Notice";

interface Props {
  damaged: Damaged;
  onDownload: () => void;
}

/**
 * Tells, in plain words, that saved data could not be read, and offers the
 * raw text. Loaded only when needed (see trouble.ts).
 */
export function DamagedNotice({ damaged, onDownload }: Props) {
  const partly = damaged.reason === "partly";
  return (
    <Notice
      id="ws-damaged"
      role="alert"
      tone="warn"
      title={`${partly ? "Part of your" : "Your"} saved reflections could not be read`}
    >
      <p>
        {partly
          ? "Some saved data was damaged. All that could be read is open below."
          : "The saved data was damaged, so the worksheet starts afresh. You can keep writing."}{" "}
        {damaged.backupKey
          ? "Nothing was deleted: a copy, exactly as it was, is kept in this browser."
          : "There is no room for a copy, so it has not been saved over. Download it to keep it."}
      </p>
      <p>
        <button type="button" class="btn btn-secondary" onClick={onDownload}>
          Download the damaged data
        </button>
      </p>
    </Notice>
  );
}
