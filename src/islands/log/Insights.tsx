import { Component } from "preact";
import { dayText } from "../../lib/days";
import type * as Files from "../../lib/log/export";
import type { Application, Win } from "../../lib/log/model";
import { funnel, stageCounts, weeklyCounts } from "../../lib/log/stats";
import { downloadText } from "../ui/download";
import { ToolData } from "../ui/tool-data/ToolData";
import { StopTable } from "./StopTable";
import { WeekChart, WeekTable } from "./WeekChart";

export interface InsightsProps {
  apps: Application[];
  wins: Win[];
  /** Today, "YYYY-MM-DD" in local time. */
  today: string;
  stages: { id: string; label: string }[];
  /** url() of the self-check on where a search gets stuck. */
  stuck: string;
  /** url("/about/"): the site-wide backup and "Delete all my data". */
  about: string;
  readOnly: boolean;
  /** Runs `use` with the file makers once they load. */
  files: (use: (f: typeof Files) => void) => void;
  onDeleteAll: () => boolean;
}

/**
 * The weekly view (chart and table), where applications stop, and the
 * exports. Loaded when its place on the page comes near the screen, so the
 * log opens lighter.
 */
export default class Insights extends Component<InsightsProps> {
  /**
   * Drawn again only when something it counts changed: a keystroke in a
   * role or a note (one record, at the front of the list once edited) leaves
   * every number as it was, so 1,000 applications are not counted again.
   */
  override shouldComponentUpdate(next: InsightsProps): boolean {
    const p = this.props;
    if (next.wins !== p.wins || next.today !== p.today || next.readOnly !== p.readOnly) return true;
    if (next.stages !== p.stages || next.apps.length !== p.apps.length) return true;
    return next.apps.some((a, i) => a !== p.apps[i] && !sameCounts(a, p.apps[i]));
  }

  /** The files are made from the latest props, read when asked (not from the last drawing). */
  csv = () => {
    const { apps, wins, today, files } = this.props;
    files((f) =>
      downloadText(`bounce-back-log-${today}.csv`, f.logCsv(apps, wins, this.labels()), "text/csv"),
    );
  };

  markdown = () => {
    const { apps, wins, today, files } = this.props;
    files((f) => {
      const md = f.logMarkdown(apps, wins, dayText(today), this.labels());
      downloadText(`bounce-back-log-${today}.md`, md, "text/markdown");
    });
  };

  labels(): Record<string, string> {
    return Object.fromEntries(this.props.stages.map((s) => [s.id, s.label]));
  }

  render(props: InsightsProps) {
    const { apps, wins, today, stages, stuck } = props;
    const weeks = weeklyCounts(apps, wins, today);
    const stops = funnel(apps);
    const noes = stops.reduce((n, r) => n + r.count, 0);
    return (
      <>
        <section aria-labelledby="log-weeks-h" class="log-weeks">
          <h2 id="log-weeks-h">Your weeks</h2>
          <p class="mt-2">
            Weeks start on Monday. Applications count in the week you applied, interviews in the
            week of the interview, small wins in the week you logged them.
          </p>
          <WeekChart weeks={weeks} />
          <WeekTable weeks={weeks} />
        </section>
        <section aria-labelledby="log-stages-h">
          <h2 id="log-stages-h">Where do applications stop?</h2>
          <p class="mt-2">How many of your applications are at each stage now.</p>
          <ul class="tl-stages" id="log-stage-counts">
            {stageCounts(apps).map((c) => (
              <li key={c.stage} class="tl-stage">
                <span>{stages.find((s) => s.id === c.stage)?.label ?? c.stage}</span>
                <span class="font-bold">{c.count}</span>
              </li>
            ))}
          </ul>
          <h3 class="mt-8">Where the noes came</h3>
          {noes ? (
            <StopTable rows={stops} />
          ) : (
            <p class="mt-2" id="log-funnel-empty">
              When you mark an application “Turned down”, say at which stage it happened. Over time
              this shows where your noes come: after applying, after interviews, or at the end.
            </p>
          )}
          <p class="mt-4">
            If they often stop at the same stage,{" "}
            <a href={stuck}>Where is your search getting stuck?</a> can help you work out why.
          </p>
        </section>
        <ToolData
          id="log-data"
          about={props.about}
          what="log entries"
          empty={apps.length + wins.length === 0}
          readOnly={props.readOnly}
          onDeleteAll={props.onDeleteAll}
        >
          <button type="button" class="btn btn-secondary" onClick={this.csv}>
            Export as CSV (spreadsheet)
          </button>
          <button type="button" class="btn btn-secondary" onClick={this.markdown}>
            Save as Markdown
          </button>
        </ToolData>
      </>
    );
  }
}

/** The same in everything the weekly view and the stage counts use. */
function sameCounts(a: Application, b: Application | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.date === b.date &&
    a.interviewDate === b.interviewDate &&
    a.stage === b.stage &&
    a.stoppedAt === b.stoppedAt
  );
}
