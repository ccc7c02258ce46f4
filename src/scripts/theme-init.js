(() => {
  var d = document.documentElement;
  var t = null;
  var s;
  var c;
  var L = "bounce-back:locked";
  // The lock changed somewhere else: hide the page at once and load it again,
  // so it reads the lock afresh (the lock's page script then gates it, saying
  // it was locked elsewhere).
  var relock = () => {
    d.hidden = true;
    history.replaceState({ ...history.state, bbRelocked: 1 }, "");
    location.reload();
  };
  try {
    s = localStorage;
    t = s.getItem("bounce-back:theme");
    if (s.getItem(L)) {
      self.bbOpen = import("%BASE%lock.js").then((m) => m.o).catch(Boolean);
      // "Lock it now" or a new passphrase in another tab (LockSettings posts on this channel).
      c = new BroadcastChannel(L);
      c.onmessage = relock;
      // Closed on leaving, so the channel never keeps the page out of the back/forward cache.
      addEventListener("pagehide", () => c.close());
    }
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
