import type { funnel } from "../../lib/log/stats";

/**
 * Where noes came, as a table whose count cells carry a bar: the numbers are
 * real text (readable at any width, read out as a table), the bars drawn
 * beside them for the eye alone.
 */
export function StopTable({ rows }: { rows: ReturnType<typeof funnel> }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table class="tl-table mt-4" id="log-funnel">
      <caption class="log-caption">Turned down, by the stage it happened at</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Turned down</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.stage || "not-said"} data-stage={r.stage}>
            <th scope="row" class="font-normal">
              {r.label}
            </th>
            <td style={{ width: "50%" }}>
              <span class="log-stop-count">
                <b>{r.count}</b>
                <span
                  aria-hidden="true"
                  class="log-bar"
                  style={{ width: `${(r.count / max) * 100}%`, minWidth: r.count ? "4px" : "0" }}
                />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
