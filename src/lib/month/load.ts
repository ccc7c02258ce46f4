/**
 * What the month page reads: every tool's records, each through that tool's
 * own store and reader (never raw storage), and nothing written back. A
 * store that cannot be read is reported, not thrown.
 */
import { RecordStore, type RecordStoreDef, type Timed } from "../local-store/record-store";
import type { Trouble } from "../local-store/site-data";
import { browserStorage, type StorageLike } from "../local-store/storage";
import { applicationDef, winDef } from "../log/model";
import { planDef } from "../plan/model";
import { checkInDef } from "../self-check/history";
import type { MonthInput } from "./summary";

export interface LoadedMonth {
  input: MonthInput;
  /** Why some of it could not be read (the first problem met), or null. */
  trouble: Trouble | null;
}

/** Reads the plans, the log and the check-ins from this browser. */
export function loadMonthInput(getStorage: () => StorageLike = browserStorage): LoadedMonth {
  let trouble: Trouble | null = null;
  const load = <R extends Timed>(def: RecordStoreDef<R>): R[] => {
    const loaded = new RecordStore(def, getStorage).load();
    trouble ??= loaded.trouble;
    return loaded.records;
  };
  return {
    input: {
      applications: load(applicationDef),
      plans: load(planDef),
      wins: load(winDef),
      checkIns: load(checkInDef),
    },
    trouble,
  };
}
