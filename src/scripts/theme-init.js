(() => {
  var d = document.documentElement;
  var t = null;
  try {
    t = localStorage.getItem("bounce-back:theme");
  } catch (_e) {}
  if (t !== "light" && t !== "dark") t = "system";
  d.dataset.themePref = t;
  if (t !== "system") d.dataset.theme = t;
  d.classList.add("js");
})();
