/**
 * The tick boxes' store, loaded when first needed (check-list.ts): draws the
 * kept ticks onto the boxes, keeps each change, follows other tabs, and says
 * plainly when ticks cannot be kept.
 */
import { ChecklistController, type ChecklistState } from "../../lib/checklist/controller";
import { url } from "../../lib/paths/base";

const TROUBLE: Record<NonNullable<ChecklistState["trouble"]>, string> = {
  blocked:
    "This browser is not letting the site keep anything, so your ticks will go when you leave this page.",
  full: "This browser’s storage for this site is full, so your ticks are not being kept.",
  failed: "This browser would not let the page keep your ticks.",
  locked: "Your writing on this device is locked, so your ticks are not being kept. ",
  newer:
    "Your ticks were kept by a newer version of this site. Reload the page to get it; until then they are not changed here.",
};

/** What the status line says (and, while the lock is set, the way to unlock). */
function say(status: HTMLElement, trouble: ChecklistState["trouble"]): void {
  if (!trouble) {
    status.replaceChildren();
    return;
  }
  const text = TROUBLE[trouble];
  if (status.textContent?.startsWith(text)) return;
  status.replaceChildren(text);
  if (trouble === "locked") {
    const link = document.createElement("a");
    link.href = `${url("/about/")}?back=${encodeURIComponent(location.pathname)}#lock`;
    link.textContent = "Unlock it";
    status.append(link, " to keep them.");
  }
}

/**
 * Starts the list in `el`: `changed` holds the boxes ticked or unticked
 * while this code was on its way (check-list.ts), and those that change
 * later until the listener below takes them.
 */
export async function start(el: HTMLElement, changed: Set<HTMLInputElement>): Promise<void> {
  await globalThis.bbOpen;
  const boxes = [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = el.querySelector<HTMLElement>("[data-status]");
  const c = new ChecklistController(
    el.dataset.list ?? "",
    boxes.map((b) => b.value),
  );
  const draw = (s: ChecklistState) => {
    for (const box of boxes) box.checked = s.done.has(box.value);
    if (status) say(status, s.trouble);
  };
  c.load();
  // Boxes ticked while this code was on its way are kept as they are now.
  for (const box of changed) if (boxes.includes(box)) c.tick(box.value, box.checked);
  changed.clear();
  draw(c.state);
  c.subscribe(draw);
  el.addEventListener("change", (e) => {
    const box = e.target;
    if (box instanceof HTMLInputElement && boxes.includes(box)) {
      changed.delete(box);
      c.tick(box.value, box.checked);
    }
  });
  addEventListener("storage", (e) => c.external(e.key, e.newValue));
}
