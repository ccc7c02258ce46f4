/**
 * Every store the site declares, in the words the about page uses (kept here,
 * not in each feature's bundle). A new feature that keeps people's words adds
 * a line here (see docs/ARCHITECTURE.md, "How the parts fit"); "Delete all my data" already
 * covers it, by its "bounce-back:" prefix.
 */

import { tickDef } from "./checklist/model";
import { draftDef, nameDef } from "./drafts/model";
import { letterDef, thoughtDef, writingDef } from "./exercises/exercises";
import { DISMISSED, EDITED_SINCE, LAST_BACKUP } from "./local-store/backup-status";
import { LOCKED_KEY } from "./local-store/lock";
import { RecordStore, type RecordStoreDef, type Timed } from "./local-store/record-store";
import { keysOf, type StoreInfo } from "./local-store/registry";
import { CLEARED_KEY } from "./local-store/site-data";
import { VISIT_KEY } from "./local-store/tab-key";
import { applicationDef, winDef } from "./log/model";
import { planDef } from "./plan/model";
import { checkInDef } from "./self-check/history";
import {
  HANDOFF_KEY,
  parseStoredResult,
  RESULT_KEY_PREFIX,
  selfCheckStore,
} from "./self-check/result-store";
import { THEME_KEY, themeStore } from "./theme";
import { DOC_VERSION } from "./worksheet/model";
import { UPGRADE_PREFIX, KEY as WORKSHEET_KEY, worksheetDef } from "./worksheet/store";

export const STORES: StoreInfo[] = [
  {
    name: worksheetDef.name,
    records: true,
    about: "Your worksheet entries: everything you write in the reflection worksheet.",
  },
  {
    name: writingDef.name,
    records: true,
    about:
      "Your expressive writing: each session you write and keep in the expressive writing exercise.",
  },
  {
    name: letterDef.name,
    records: true,
    about: "Your kind letters: everything you write in the kind letter exercise.",
  },
  {
    name: thoughtDef.name,
    records: true,
    about: "Your thought records: everything you write in the thought record exercise.",
  },
  {
    name: planDef.name,
    records: true,
    about: "Your if-then plans: each plan you make on the plans page, and whether it is done.",
  },
  {
    name: applicationDef.name,
    records: true,
    about: "Your application log: each application, its stage and next step.",
  },
  {
    name: winDef.name,
    records: true,
    about: "Your small wins: each line you log on the application log page.",
  },
  {
    name: draftDef.name,
    records: true,
    about: "Your email drafts: each draft you change, by the reflection or application it is for.",
  },
  {
    name: nameDef.name,
    records: true,
    about:
      "The names your email drafts use: yours, for signing, and the first name of each person you write to.",
  },
  {
    name: checkInDef.name,
    records: true,
    about:
      "Your check-ins: each “How are you taking it?” result with its date and score, not your answers.",
  },
  {
    name: tickDef.name,
    records: true,
    about: "Your ticks: each box you tick on an article’s to-do list, such as the first 48 hours.",
  },
  selfCheckStore,
  themeStore,
];

/** Every store kept one key per record, by its declaration. */
const RECORD_DEFS: RecordStoreDef<Timed>[] = [
  worksheetDef,
  writingDef,
  letterDef,
  thoughtDef,
  planDef,
  applicationDef,
  winDef,
  draftDef,
  nameDef,
  checkInDef,
  tickDef,
] as unknown as RecordStoreDef<Timed>[];

const NEWER =
  "Part of the file was saved by a newer version of this site. Reload this page to get the newest version, then try again.";
const UNKNOWN = "The file holds something this site does not keep, or cannot read.";

const isTimeText = (v: string) => /^\d{1,15}$/.test(v) && Number(v) > 0;

function jsonVersion(v: string): unknown {
  try {
    const o: unknown = JSON.parse(v);
    return typeof o === "object" && o !== null && Object.hasOwn(o, "version")
      ? (o as { version: unknown }).version
      : undefined;
  } catch {
    return undefined;
  }
}

/** A record store's key: its record read by the store's own reader (or kept damaged copies). */
function checkRecordKey(key: string, value: string): string | null | undefined {
  for (const def of RECORD_DEFS) {
    const store = new RecordStore(def, () => {
      throw new Error("not used");
    });
    if (key.startsWith(store.damagedPrefix)) return null;
    if (!key.startsWith(store.recordPrefix)) continue;
    const id = key.slice(store.recordPrefix.length);
    const slot = store.parse(value);
    if (slot.kind === "newer") return NEWER;
    if (slot.kind === "deleted" && slot.tomb.id === id) return null;
    if (slot.kind === "record" && slot.problems.length === 0 && slot.record.id === id) return null;
    return UNKNOWN;
  }
  return undefined;
}

/**
 * Whether a key and value from a site-wide backup are something this site
 * keeps, in a shape it can read (src/lib/local-store/site-backup.ts asks):
 * null if so, else why not, in plain words. A record from a newer version of
 * the site is refused, so it can never make a tool read-only here.
 */
export function checkBackupKey(key: string, value: string): string | null {
  const record = checkRecordKey(key, value);
  if (record !== undefined) return record;
  if (key.startsWith(UPGRADE_PREFIX)) return null;
  if (key === WORKSHEET_KEY) {
    const v = jsonVersion(value);
    if (typeof v === "number" && v > DOC_VERSION) return NEWER;
    return v === undefined || typeof v === "number" ? null : UNKNOWN;
  }
  if (key === HANDOFF_KEY) return null;
  if (key.startsWith(RESULT_KEY_PREFIX)) return parseStoredResult(value) ? null : UNKNOWN;
  if (key === THEME_KEY) return ["light", "dark", "system"].includes(value) ? null : UNKNOWN;
  if (key === LAST_BACKUP || key === EDITED_SINCE || key === DISMISSED)
    return isTimeText(value) ? null : UNKNOWN;
  return UNKNOWN;
}

/** Every key (or family of keys) the site may write, and why: the about page's list. */
export function storedKeys(): { key: string; what: string }[] {
  return [
    ...STORES.flatMap(keysOf),
    {
      key: `${UPGRADE_PREFIX}…`,
      what: "A copy of worksheet data saved by an older version of the site, kept when it was upgraded.",
    },
    {
      key: CLEARED_KEY,
      what: "When you last used “Delete all my data”, so that a page still open elsewhere does not save deleted words again. It holds no words.",
    },
    {
      key: LAST_BACKUP,
      what: "When you last downloaded a backup, to remind you after a week of changes. It holds no words.",
    },
    {
      key: EDITED_SINCE,
      what: "When you first changed something after your last backup. It holds no words.",
    },
    { key: DISMISSED, what: "When you last said “Not now” to the backup reminder." },
    {
      key: LOCKED_KEY,
      what: "Your writing, encrypted with your passphrase, if you lock it. Nobody can read it without the passphrase.",
    },
    {
      key: VISIT_KEY,
      what: "Kept in the tab’s session storage, not with the rest: the key that opens locked writing in that tab, itself encrypted with a key for that tab alone which the browser holds where no page can read it. Forgotten when the tab is closed, and made useless in every tab by “Lock it now”.",
    },
  ];
}
