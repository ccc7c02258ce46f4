import { dayText } from "../../lib/days";
import type { WeekCount } from "../../lib/log/stats";

const SERIES = [
  { key: "applications", label: "Applications" },
  { key: "interviews", label: "Interviews" },
  { key: "wins", label: "Small wins" },
] as const;

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/**
 * "2026-11-30" → ["30", "Nov"]: the day and its month, short, for the axis
 * (the table gives each week in full). Written by hand: the first Intl date
 * format on a page loads the browser's locale data, a long task on a phone.
 */
export function shortDay(day: string): [string, string] {
  const [, m = 1, d = 1] = day.split("-").map(Number);
  return [String(d), MONTHS[m - 1] ?? ""];
}

/**
 * The chart's own units. Its text is FONT units high and the chart shows only
 * where it is at least W pixels wide (a container query), so the text never
 * drops under 12 px; on a narrower screen the table gives the same numbers.
 */
const W = 320;
const H = 236;
const FONT = 12;
const LEFT = 24;
const TOP = 18;
const BOTTOM = 40;
const font = { fontSize: `${FONT}px` };

/**
 * Applications, interviews and small wins per week as bars, drawn by the
 * site's own code: an image with a title and a description for screen
 * readers, numbers above the bars, and the same numbers in the table after it.
 */
export function WeekChart({ weeks }: { weeks: WeekCount[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.applications, w.interviews, w.wins]));
  const step = Math.max(1, Math.ceil(max / 4));
  const top = step * Math.ceil(max / step);
  const plotH = H - TOP - BOTTOM;
  const group = (W - LEFT) / weeks.length;
  const bar = Math.min(14, (group - 8) / 3);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const total = (k: (typeof SERIES)[number]["key"]) => weeks.reduce((n, w) => n + w[k], 0);
  const first = weeks[0]?.week ?? "";
  return (
    <figure class="log-chart mt-4" id="log-chart">
      <svg
        class="tl-chart"
        style={{ maxWidth: "30rem" }}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="log-chart-t log-chart-d"
      >
        <title id="log-chart-t">Your last {weeks.length} weeks</title>
        <desc id="log-chart-d">
          A bar chart of applications, interviews and small wins for each week since{" "}
          {first ? dayText(first) : ""}. In all: {total("applications")} applications,{" "}
          {total("interviews")} interviews and {total("wins")} small wins. The table below gives
          every week’s numbers.
        </desc>
        {ticks.map((v) => (
          <g key={v}>
            <line
              class="tl-axis"
              x1={LEFT}
              x2={W}
              y1={y(v)}
              y2={y(v)}
              stroke-dasharray={v ? "2 4" : undefined}
            />
            <text x={LEFT - 5} y={y(v) + 4} text-anchor="end" style={font}>
              {v}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x0 = LEFT + i * group + (group - bar * 3 - 4) / 2;
          return (
            <g key={w.week}>
              {SERIES.map((s, j) => {
                const v = w[s.key];
                const x = x0 + j * (bar + 2);
                return (
                  <g key={s.key}>
                    {v > 0 && (
                      <rect
                        class={`tl-s${j}`}
                        x={x}
                        y={y(v)}
                        width={bar}
                        height={y(0) - y(v)}
                        rx={2}
                        data-week={w.week}
                        data-series={s.key}
                        data-value={v}
                      />
                    )}
                    {v > 0 && (
                      <text x={x + bar / 2} y={y(v) - 3} text-anchor="middle" style={font}>
                        {v}
                      </text>
                    )}
                  </g>
                );
              })}
              <text
                x={LEFT + i * group + group / 2}
                y={H - BOTTOM + 16}
                text-anchor="middle"
                style={font}
              >
                <tspan>{shortDay(w.week)[0]}</tspan>
                <tspan x={LEFT + i * group + group / 2} dy={FONT + 2}>
                  {shortDay(w.week)[1]}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="tl-key" aria-hidden="true">
        {SERIES.map((s, j) => (
          <span key={s.key}>
            <span class={`tl-swatch tl-s${j}-bg`} /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** The same numbers as the chart, in a table. */
export function WeekTable({ weeks }: { weeks: WeekCount[] }) {
  return (
    // Scrolls sideways on a narrow screen, so it can take focus for keyboard scrolling.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="tl-scroll" tabIndex={0} aria-label="Weekly numbers">
      <table class="tl-table" id="log-week-table">
        <caption class="sr-only">Applications, interviews and small wins per week</caption>
        <thead>
          <tr>
            <th scope="col">Week starting Monday</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.week}>
              <th scope="row" data-week={w.week}>
                {dayText(w.week)}
              </th>
              {SERIES.map((s) => (
                <td key={s.key}>{w[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
