/**
 * The key prefix of every tick box (`bounce-back:checklist:r:<list>--<item>`),
 * written out alone: an article page's first look ("is anything ticked
 * here?") needs it without the store's code. checklist.test.ts checks that it
 * is the store's own prefix.
 */
export const TICK_PREFIX = "bounce-back:checklist:r:";
