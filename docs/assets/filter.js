// The overviews' filter (all articles, all actions): narrows the list without reloading.
// Each <select> of the form names the attribute it matches (data-attribute, a space-separated
// list on each item); the form names its items (data-items) and, optionally, groups of items
// that are hidden when none of theirs is shown (data-groups).
// Without this script the page shows the whole list and links to browse by theme, kind, session.
(function () {
  "use strict";
  var form = document.querySelector("form.mz-filter");
  if (!form) return;
  var items = Array.prototype.slice.call(
    document.querySelectorAll(form.getAttribute("data-items") || ".mz-overview .mz-card"));
  var groupSelector = form.getAttribute("data-groups");
  var groups = groupSelector ?
    Array.prototype.slice.call(document.querySelectorAll(groupSelector)) : [];
  var status = form.querySelector(".mz-filter__count");
  var fields = Array.prototype.slice.call(form.querySelectorAll("select[name]"));

  // A filtered list can be shared: ?theme=work&kind=essays
  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (field) {
    var value = params.get(field.name);
    var known = Array.prototype.some.call(field.options, function (option) {
      return option.value === value;
    });
    if (value && known) field.value = value;
  });

  function apply() {
    var shown = 0;
    items.forEach(function (item) {
      var match = fields.every(function (field) {
        if (!field.value) return true;
        var values = (item.getAttribute(field.getAttribute("data-attribute")) || "").split(" ");
        return values.indexOf(field.value) >= 0;
      });
      item.hidden = !match;
      if (match) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !items.some(function (item) { return !item.hidden && group.contains(item); });
    });
    status.textContent = form.getAttribute("data-shown")
      .replace("{n}", String(shown)).replace("{total}", String(items.length));
    var query = new URLSearchParams();
    fields.forEach(function (field) { if (field.value) query.set(field.name, field.value); });
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
