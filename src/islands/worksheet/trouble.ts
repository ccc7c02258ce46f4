/**
 * The messages for storage trouble (blocked, full, damaged, saved by a newer
 * version), damaged copies and conflict copies, loaded only when needed: most
 * visits never see them.
 */
export { CopyNotice } from "./CopyNotice";
export { DamagedCopies } from "./DamagedCopies";
export { DamagedNotice } from "./DamagedNotice";
export { ReadOnlyNotice } from "./ReadOnlyNotice";
export { StorageWarning } from "./StorageWarning";
