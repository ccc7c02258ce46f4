(() => {
  var d = document.documentElement;
  var t = null;
  var s;
  var L = "bounce-back:locked";
  // The lock changed somewhere else: hide the page at once and load it again,
  // so it reads the lock afresh (the lock's page script then gates it, saying
  // it was locked elsewhere). "Lock it now" in another tab reaches lock.js
  // (src/scripts/lock-page.ts), which does the same.
  var relock = () => {
    d.hidden = true;
    history.replaceState({ ...history.state, bbRelocked: 1 }, "");
    location.reload();
  };
  try {
    s = localStorage;
    t = s.getItem("bounce-back:theme");
    if (s.getItem(L)) self.bbOpen = import("%BASE%lock.js").then((m) => m.o).catch(Boolean);
  } catch (_e) {}
  // The lock was set, or taken off, in another tab.
  addEventListener("storage", (e) => e.key === L && !e.oldValue !== !e.newValue && relock());
  // Back or Forward from the back/forward cache: the page may have been locked since.
  addEventListener("pageshow", (e) => e.persisted && s?.getItem(L) && relock());
  if (t !== "light" && t !== "dark") t = "system";
  d.dataset.themePref = t;
  if (t !== "system") d.dataset.theme = t;
  d.classList.add("js");
})();
