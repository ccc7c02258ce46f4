/**
 * The three writing exercises' records and store declarations, each in its
 * own module (so each page loads only its own): what each keeps, how a
 * stored value is read back (validated, never trusted), and what counts as
 * blank. Each store is one line in src/lib/stores.ts.
 */
export * from "./letter";
export * from "./thought";
export * from "./writing";
