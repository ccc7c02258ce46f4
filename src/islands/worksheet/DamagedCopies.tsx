import { fileName } from "../../lib/worksheet/export";
import { downloadText } from "../ui/download";

/** Copies of damaged data kept in this browser, each offered for download. */
export function DamagedCopies({ copies }: { copies: { key: string; raw: string }[] }) {
  return (
    <>
      <h3>Damaged data kept in this browser</h3>
      <ul class="mt-2 grid gap-2">
        {copies.map((c, i) => (
          <li key={c.key}>
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() =>
                downloadText(
                  fileName(Date.now(), "txt", `damaged-data-${i + 1}`),
                  c.raw,
                  "text/plain",
                )
              }
            >
              Download damaged copy {i + 1}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
