/**
 * `<check-list data-list="…">` (Checklist.astro): the part of an article's
 * tick boxes that runs on load, kept tiny for the article's JavaScript budget.
 * It only looks whether any tick is kept in this browser; the store's code
 * (start.ts) is imported when one is, on the first tick, or when another tab
 * ticks a box. Until then the boxes are plain check boxes.
 */
import { TICK_PREFIX } from "../../lib/checklist/name";
import { mayHaveStored } from "../../lib/local-store/peek";

customElements.define(
  "check-list",
  class extends HTMLElement {
    connectedCallback() {
      /** Boxes changed before the store's code arrived: start.ts keeps them. */
      const changed = new Set<HTMLInputElement>();
      let started = false;
      const start = () => {
        if (started) return;
        started = true;
        import("./start").then(
          (m) => m.start(this, changed),
          () => {
            // Offline before it was cached: the boxes still tick; the next tick tries again.
            started = false;
          },
        );
      };
      this.addEventListener("change", (e) => {
        changed.add(e.target as HTMLInputElement);
        start();
      });
      if (mayHaveStored(TICK_PREFIX)) start();
      else
        addEventListener("storage", (e) => {
          if (e.key === null || e.key.startsWith(TICK_PREFIX)) start();
        });
    }
  },
);
