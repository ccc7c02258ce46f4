import type { Entry } from "../../lib/worksheet/model";
import DraftsPanel from "../ui/drafts/DraftsPanel";

/**
 * The worksheet's email drafts from one reflection: the shared drafts panel
 * (src/islands/ui/drafts), filled from the entry. Loaded only when someone
 * asks for them (EntryForm.tsx), for the worksheet's JS budget.
 */
export default function EmailDrafts({ entry }: { entry: Entry }) {
  return (
    <DraftsPanel
      source={{
        id: entry.id,
        role: entry.role,
        company: entry.company,
        date: entry.date,
        contact: entry.interviewer,
      }}
      kinds={["feedback", "reply", "follow-up"]}
    />
  );
}
