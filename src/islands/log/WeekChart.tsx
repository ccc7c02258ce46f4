import type { WeekCount } from "../../lib/log/stats";

const SERIES = [
  { key: "applications", label: "Applications" },
  { key: "interviews", label: "Interviews" },
  { key: "wins", label: "Small wins" },
] as const;

/** "2026-11-30" → "30 Nov" (a calendar day: read in UTC so it never shifts). */
export function shortDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

const W = 420;
const H = 220;
const LEFT = 26;
const TOP = 16;
const BOTTOM = 30;

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
    <figure class="mt-4">
      <svg
        class="tl-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="log-chart-t log-chart-d"
      >
        <title id="log-chart-t">Your last {weeks.length} weeks</title>
        <desc id="log-chart-d">
          A bar chart of applications, interviews and small wins for each week since{" "}
          {first ? shortDay(first) : ""}. In all: {total("applications")} applications,{" "}
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
            <text x={LEFT - 6} y={y(v) + 4} text-anchor="end">
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
                      <text x={x + bar / 2} y={y(v) - 3} text-anchor="middle">
                        {v}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={LEFT + i * group + group / 2} y={H - 12} text-anchor="middle">
                {shortDay(w.week)}
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
                {shortDay(w.week)}
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
