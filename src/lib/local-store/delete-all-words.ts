/**
 * What "Delete all my data" removes, in the words every confirmation uses
 * (each kind of writing is named, issue 21). The action itself is
 * clearSiteData (delete-all.ts), which removes every "bounce-back:" key.
 */
export const DELETES_EVERYTHING =
  "This removes everything this site keeps in this browser: your worksheet reflections, your writing exercises (expressive writing, kind letters and thought records), your if-then plans, your application log and small wins, your email drafts and the names they use, your self-check results, the boxes you ticked on an article’s to-do list, your theme choice and, if you set the lock, your locked writing and the lock itself.";
