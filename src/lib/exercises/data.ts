/**
 * The session's actions that only the data panel uses (loaded after the page
 * is up): bringing back records from a backup, and "Delete all my data".
 */
import { clearSiteData } from "../local-store/delete-all";
import type { Trouble } from "../local-store/site-data";
import type { ExerciseRecord } from "./record";
import { type ExerciseSession, newestFirst } from "./session";

/** Adds records from a backup; a record here already is merged (the newer wins). Returns how many. */
export function importRecords<R extends ExerciseRecord>(
  session: ExerciseSession<R>,
  list: R[],
): number {
  if (session.state.readOnly || list.length === 0) return 0;
  const byId = new Map(session.written().map((r) => [r.id, r]));
  const changed: string[] = [];
  for (const r of list) {
    const here = byId.get(r.id);
    if (here && here.updatedAt >= r.updatedAt) continue;
    byId.set(r.id, r);
    session.deleted.delete(r.id);
    changed.push(r.id);
  }
  session.phantom = null;
  session.set({
    ...session.endUndo(),
    ...session.opened(newestFirst(byId.values()), session.state.currentId),
  });
  if (changed.length) {
    session.schedule(changed);
    session.flush();
  }
  return changed.length;
}

/** "Delete all my data": every key of this site, here and in memory. */
export function deleteAll<R extends ExerciseRecord>(session: ExerciseSession<R>): Trouble | null {
  const trouble = clearSiteData(session.store.getStorage, session.now);
  if (!trouble) session.store.seenCleared = session.now();
  if (trouble !== "failed")
    session.reset({ save: trouble ? "unsaved" : "saved", trouble, readOnly: false, notice: null });
  return trouble;
}
