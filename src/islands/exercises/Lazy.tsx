/**
 * The parts of an exercise page loaded once it is up (most visits never use
 * them, or not at once): the list of records, rename and delete, the data
 * panel (backup, Markdown, import, Delete all), the messages for storage
 * trouble, and the writing timer's model (for "Start", on the
 * expressive-writing page). Each lives in its own file.
 */
export * as timer from "../../lib/exercises/timer";
export { ErrorSummary } from "../ui/error-summary/ErrorSummary";
export { CopyNotice } from "../ui/store-notices/CopyNotice";
export { DataPanel } from "./DataPanel";
export { ExerciseNotices } from "./ExerciseNotices";
export { LetGo } from "./LetGo";
export { RecordActions } from "./RecordActions";
export { RecordList } from "./RecordList";
