/**
 * What every store tells the rest of the site about itself. The list of all
 * of them is src/lib/stores.ts: the about page's "What is stored" list comes
 * from it. "Delete all my data" removes every key that starts with
 * "bounce-back:", so it covers every store by construction.
 */

export interface StoreInfo {
  /** Its keys start with `bounce-back:<name>`. */
  name: string;
  /** What it keeps, in a sentence for the about page. */
  about: string;
  /** Kept one key per record (a RecordStore): it also keeps damaged copies. */
  records?: boolean;
  /** Its keys, when not just `bounce-back:<name>` (… stands for any ending). */
  pattern?: string;
}

/** The keys a store writes, as the about page shows them. */
export function keysOf(store: StoreInfo): { key: string; what: string }[] {
  const key = `bounce-back:${store.name}`;
  if (!store.records) return [{ key: store.pattern ?? key, what: store.about }];
  return [
    { key: `${key}:r:…`, what: store.about },
    {
      key: `${key}:damaged:…`,
      what: "A copy of saved data that could not be read, kept so that nothing is lost (at most 10).",
    },
  ];
}
