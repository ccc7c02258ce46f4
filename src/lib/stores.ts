/**
 * Every store the site declares, in the words the about page uses (kept here,
 * not in each feature's bundle). A new feature that keeps people's words adds
 * a line here (see README "How the parts fit"); "Delete all my data" already
 * covers it, by its "bounce-back:" prefix.
 */

import { letterDef, thoughtDef, writingDef } from "./exercises/exercises";
import { DISMISSED, EDITED_SINCE, LAST_BACKUP } from "./local-store/backup-status";
import { LOCKED_KEY, VISIT_KEY } from "./local-store/lock";
import { keysOf, type StoreInfo } from "./local-store/registry";
import { CLEARED_KEY } from "./local-store/site-data";
import { applicationDef, winDef } from "./log/model";
import { planDef } from "./plan/model";
import { selfCheckStore } from "./self-check/result-store";
import { themeStore } from "./theme";
import { UPGRADE_PREFIX, worksheetDef } from "./worksheet/store";

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
  selfCheckStore,
  themeStore,
];

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
      what: "Kept in the tab’s session storage, not with the rest: the key that opens locked writing in that tab, forgotten when the tab is closed.",
    },
  ];
}
