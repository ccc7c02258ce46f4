import type * as Files from "../../lib/log/export";
import type { Application, Win } from "../../lib/log/model";
import { stageCounts, weeklyCounts } from "../../lib/log/stats";
import { downloadText } from "../ui/download";
import { ToolData } from "../ui/tool-data/ToolData";
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
export default function Insights(props: InsightsProps) {
  const { apps, wins, today, stages, stuck, files } = props;
  const weeks = weeklyCounts(apps, wins, today);
  const labels = Object.fromEntries(stages.map((s) => [s.id, s.label]));
  return (
    <>
      <section aria-labelledby="log-weeks-h">
        <h2 id="log-weeks-h">Your weeks</h2>
        <p class="mt-2">
          Weeks start on Monday. Applications count in the week you applied, interviews in the week
          of the interview, small wins in the week you logged them.
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
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() =>
            files((f) =>
              downloadText(
                `bounce-back-log-${today}.csv`,
                f.logCsv(apps, wins, labels),
                "text/csv",
              ),
            )
          }
        >
          Export as CSV (spreadsheet)
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() =>
            files((f) => {
              const day = new Date().toLocaleDateString("en-GB", { dateStyle: "long" });
              const md = f.logMarkdown(apps, wins, day, labels);
              downloadText(`bounce-back-log-${today}.md`, md, "text/markdown");
            })
          }
        >
          Save as Markdown
        </button>
      </ToolData>
    </>
  );
}
