/**
 * The messages for storage trouble (blocked, full, damaged), loaded only when
 * one is needed: most visits never see them. Nothing here imports from the
 * main bundle but types, so loading it on demand does not split that bundle.
 */
export { DamagedNotice } from "./DamagedNotice";
export { StorageWarning } from "./StorageWarning";
