/**
 * The messages for storage trouble (blocked, full, damaged, saved by a newer
 * version), damaged copies and conflict copies, loaded only when needed: most
 * visits never see them.
 */
export { CopyNotice } from "../ui/store-notices/CopyNotice";
export { DamagedCopies } from "./DamagedCopies";
export { DamagedNotice } from "./DamagedNotice";
export { ReadOnlyNotice } from "./ReadOnlyNotice";
export { StorageWarning } from "./StorageWarning";

import { fileName } from "../../lib/worksheet/export";
import { downloadText } from "../ui/download";

/** Offers the damaged text exactly as it was found, as a .txt download. */
export function downloadDamaged(raw: string): void {
  downloadText(fileName(Date.now(), "txt", "damaged-data"), raw, "text/plain");
}
