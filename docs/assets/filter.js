// The overview page's filter: narrows the list of articles by theme and kind without reloading.
// Without this script the page shows every article and links to browse by theme and kind.
(function () {
  "use strict";
  var form = document.querySelector("form.mz-filter");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".mz-overview .mz-card"));
  var status = form.querySelector(".mz-filter__count");
  var fields = { theme: form.elements.namedItem("theme"), kind: form.elements.namedItem("kind") };

  // A filtered list can be shared: ?theme=work&kind=essays
  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).forEach(function (name) {
    var value = params.get(name);
    var known = Array.prototype.some.call(fields[name].options, function (option) {
      return option.value === value;
    });
    if (value && known) fields[name].value = value;
  });

  function apply() {
    var theme = fields.theme.value;
    var kind = fields.kind.value;
    var shown = 0;
    cards.forEach(function (card) {
      var themes = (card.getAttribute("data-themes") || "").split(" ");
      var match = (!theme || themes.indexOf(theme) >= 0) &&
        (!kind || card.getAttribute("data-kind") === kind);
      card.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = form.getAttribute("data-shown")
      .replace("{n}", String(shown)).replace("{total}", String(cards.length));
    var query = new URLSearchParams();
    if (theme) query.set("theme", theme);
    if (kind) query.set("kind", kind);
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
