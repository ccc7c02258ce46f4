(() => {
  var d = document.documentElement;
  var t = null;
  var s;
  try {
    s = localStorage;
    t = s.getItem("bounce-back:theme");
    if (s.getItem("bounce-back:locked"))
      self.bbOpen = import("%BASE%lock.js").then((m) => m.o).catch(Boolean);
  } catch (_e) {}
  if (t !== "light" && t !== "dark") t = "system";
  d.dataset.themePref = t;
  if (t !== "system") d.dataset.theme = t;
  d.classList.add("js");
})();
