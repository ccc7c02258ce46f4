/*
 * "A new version of the site is ready": imported by src/scripts/sw-register.ts
 * only when the service worker says a new version is installing or waiting. A small notice at the foot of the
 * screen, announced politely (role="status"), that never takes focus and never
 * reloads by itself (someone may be typing). Reload asks the waiting worker to
 * take over, and the page reloads once it has. Styles are set through the
 * CSSOM (allowed by the CSP) with the site's colours, so it needs no CSS file.
 */
const ID = "update-notice";

function button(label, kind, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `btn ${kind}`;
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

/** @param {ServiceWorkerRegistration} reg */
function show(reg) {
  if (document.getElementById(ID)) return;
  const box = document.createElement("div");
  box.id = ID;
  box.setAttribute("role", "status");
  box.className = "print:hidden";
  Object.assign(box.style, {
    position: "fixed",
    insetInline: "0.75rem",
    bottom: "0.75rem",
    zIndex: "50",
    margin: "0 auto",
    maxWidth: "28rem",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "0.75rem",
    padding: "0.75rem 1rem",
    border: "2px solid var(--color-accent, #0a6158)",
    borderRadius: "0.5rem",
    background: "var(--color-surface, Canvas)",
    color: "var(--color-ink, CanvasText)",
    boxShadow: "0 4px 16px rgb(0 0 0 / 0.25)",
  });
  const text = document.createElement("p");
  text.textContent = "A new version of the site is ready.";
  Object.assign(text.style, { margin: "0", flex: "1 1 100%", fontWeight: "600" });
  const reload = button("Reload", "btn-primary", () => {
    reload.disabled = true;
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload());
    if (reg.waiting) reg.waiting.postMessage("skip-waiting");
    else location.reload();
  });
  const later = button("Not now", "btn-secondary", () => box.remove());
  box.append(text, reload, later);
  document.body.append(box);
}

/** Shows the notice once the new version has installed and waits (it may still be installing). */
navigator.serviceWorker?.getRegistration().then((reg) => {
  if (!reg || !navigator.serviceWorker.controller) return;
  if (reg.waiting) return show(reg);
  const next = reg.installing;
  next?.addEventListener("statechange", () => next.state === "installed" && show(reg));
});
