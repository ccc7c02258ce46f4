/**
 * The checklist store's name and key prefix, alone in a file: an article page's
 * first look ("is anything ticked here?") needs them without the store's code.
 */
export const CHECKLIST_STORE = "checklist";

/** Every tick box's key starts with this: `bounce-back:checklist:r:<list>--<item>`. */
export const TICK_PREFIX = `bounce-back:${CHECKLIST_STORE}:r:`;
