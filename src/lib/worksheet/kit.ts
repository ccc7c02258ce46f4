/** The real ImportKit, for tests and for the page (see import.ts for why it is passed in). */
import { BACKUP_FORMAT } from "./export";
import type { ImportKit } from "./import";
import { sameContent } from "./merge";
import { DOC_VERSION } from "./model";
import { isRecord, LIMITS, readDoc } from "./validate";

export const importKit = (upgrade?: ImportKit["upgrade"]): ImportKit => ({
  readDoc,
  isRecord,
  sameContent,
  limits: LIMITS,
  version: DOC_VERSION,
  format: BACKUP_FORMAT,
  upgrade,
});
