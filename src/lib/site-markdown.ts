/**
 * Everything this site keeps in this browser as one readable Markdown file
 * (/about/, "Download everything as a document"): the worksheet, the three
 * exercises, the plans and the log, each in the same words as its own
 * Markdown file, and this month's summary (as /month/ words it), under one
 * heading. Everything people wrote is escaped by each feature's own export,
 * so it stays text.
 */

import { localDay } from "./days";
import { draftsMarkdown } from "./drafts/export";
import { draftDef, nameDef } from "./drafts/model";
import { toMarkdown as exerciseMarkdown } from "./exercises/backup";
import { type Letter, letterDef, letterKind, letterLabel, letterParts } from "./exercises/letter";
import type { ExerciseRecord } from "./exercises/record";
import {
  type ThoughtRecord,
  thoughtDef,
  thoughtKind,
  thoughtLabel,
  thoughtParts,
} from "./exercises/thought";
import {
  type WritingSession,
  writingDef,
  writingKind,
  writingLabel,
  writingParts,
} from "./exercises/writing";
import { RecordStore, type RecordStoreDef } from "./local-store/record-store";
import type { RecordKind } from "./local-store/session";
import { browserStorage, type StorageLike } from "./local-store/storage";
import { logMarkdown, STAGE_LABELS } from "./log/export";
import { applicationDef, winDef } from "./log/model";
import { monthMarkdown } from "./month/markdown";
import { monthOfTime } from "./month/month";
import { monthSummary } from "./month/summary";
import { plansMarkdown } from "./plan/export";
import { planDef } from "./plan/model";
import { type CheckIn, checkInDef } from "./self-check/history";
import { written } from "./worksheet/export";
import { toMarkdown as worksheetMarkdown } from "./worksheet/markdown";
import { WorksheetStore } from "./worksheet/store";

/** The words that come from the exercises' content: session titles, letter steps, trap names. */
export interface ExerciseWords {
  sessions: readonly { title: string }[];
  steps: readonly { id: string; label: string }[];
  traps: readonly { id: string; name: string }[];
}

/** Puts a feature's file under the site's heading: each of its headings one level down. */
const nested = (md: string) => md.replace(/^#/gm, "##");

export function siteMarkdown(
  words: ExerciseWords,
  today: string,
  getStorage: () => StorageLike = browserStorage,
  now: number = Date.now(),
): string {
  const load = <R extends ExerciseRecord | { id: string; updatedAt: number }>(
    def: RecordStoreDef<R & { id: string; updatedAt: number }>,
  ) => new RecordStore(def, getStorage).load().records as R[];
  const exercise = <R extends ExerciseRecord>(
    title: string,
    def: RecordStoreDef<R>,
    kind: RecordKind<R>,
    label: (r: R) => string,
    parts: (r: R) => [string, string][],
  ) => {
    const records = load<R>(def)
      .filter((r) => !kind.isBlank(r))
      .sort((a, b) => b.updatedAt - a.updatedAt);
    return records.length === 0
      ? ""
      : exerciseMarkdown(
          title,
          records.map((r) => ({ name: r.name || label(r), when: r.updatedAt, parts: parts(r) })),
        );
  };

  const worksheet = written(new WorksheetStore(getStorage).load().doc);
  const plans = load<Parameters<typeof plansMarkdown>[0][number]>(planDef);
  const apps = load<Parameters<typeof logMarkdown>[0][number]>(applicationDef);
  const wins = load<Parameters<typeof logMarkdown>[1][number]>(winDef);
  const drafts = load<Parameters<typeof draftsMarkdown>[0][number]>(draftDef);
  // The month from the records read above, and the check-ins.
  const checkIns = load<CheckIn>(checkInDef);
  const month = monthSummary(
    { applications: apps, plans, wins, checkIns },
    monthOfTime(now),
    STAGE_LABELS,
    localDay(now),
  );
  const sections = [
    worksheet.entries.length ? worksheetMarkdown(worksheet, today) : "",
    exercise<WritingSession>(
      "Expressive writing",
      writingDef,
      writingKind,
      (r) => writingLabel(r, words.sessions),
      (r) => writingParts(r, words.sessions),
    ),
    exercise<Letter>("Kind letters", letterDef, letterKind, letterLabel, (r) =>
      letterParts(r, words.steps),
    ),
    exercise<ThoughtRecord>("Thought records", thoughtDef, thoughtKind, thoughtLabel, (r) =>
      thoughtParts(r, words.traps),
    ),
    plans.length ? plansMarkdown(plans, today) : "",
    apps.length || wins.length ? logMarkdown(apps, wins, today) : "",
    drafts.length
      ? draftsMarkdown(drafts, load<Parameters<typeof draftsMarkdown>[1][number]>(nameDef))
      : "",
    month.empty ? "" : monthMarkdown(month, today),
  ].filter(Boolean);
  const head = [
    "# Everything I saved on Bounce Back",
    "",
    `Saved on ${today}. This file is private: keep it somewhere safe.`,
    "",
  ];
  if (sections.length === 0) head.push("Nothing is saved in this browser yet.", "");
  return `${[...head, ...sections.map((s) => nested(s).trimEnd()).flatMap((s) => [s, ""])]
    .join("\n")
    .trimEnd()}\n`;
}
