// The overviews' filter (all articles, all actions): narrows the list without reloading.
// Each <select> of the form names the attribute it matches (data-attribute, a space-separated
// list on each item); the form names its items (data-items) and, optionally, groups of items
// that are hidden when none of theirs is shown (data-groups). An overview split into pages
// names the list of every article (data-index, JSON): a chosen filter then searches all of them,
// read once, and shows what it finds in place of the page's list (each select's data-field is
// the entry's field it matches).
// Without this script the page shows its list and links to browse by theme, kind or session.
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
  var indexUrl = form.getAttribute("data-index");
  var index = null;  // the list of every article, once read
  var found = null;  // the list of what the filter found among every article

  // A filtered list can be shared: ?theme=work&kind=essays
  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (field) {
    var value = params.get(field.name);
    var known = Array.prototype.some.call(field.options, function (option) {
      return option.value === value;
    });
    if (value && known) field.value = value;
  });

  function count(shown, total) {
    status.textContent = form.getAttribute("data-shown")
      .replace("{n}", String(shown)).replace("{total}", String(total));
  }

  function keepInAddress() {
    var query = new URLSearchParams();
    fields.forEach(function (field) { if (field.value) query.set(field.name, field.value); });
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  function filterPage() {
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
    count(shown, items.length);
  }

  // One found article, built from text only: nothing in the list is read as HTML.
  function card(entry) {
    var root = new URL(form.getAttribute("data-root"), window.location.href);
    var li = document.createElement("li");
    li.className = "mz-card mz-card--found";
    li.setAttribute("data-kind", entry.folder);
    li.setAttribute("data-themes", entry.themes.join(" "));
    var meta = li.appendChild(document.createElement("p"));
    meta.className = "mz-card__meta";
    var kind = meta.appendChild(document.createElement("span"));
    kind.className = "mz-kind";
    kind.textContent = entry.kind;
    meta.appendChild(document.createTextNode(" · "));
    var time = meta.appendChild(document.createElement("time"));
    time.setAttribute("datetime", entry.iso_date);
    time.textContent = entry.date;
    var title = li.appendChild(document.createElement("h3"));
    title.className = "mz-card__title";
    var link = title.appendChild(document.createElement("a"));
    link.href = new URL(entry.url, root).href;
    link.textContent = entry.title;
    var summary = li.appendChild(document.createElement("p"));
    summary.className = "mz-card__summary";
    summary.textContent = entry.summary;
    if (entry.lang !== document.documentElement.lang) {
      title.lang = entry.lang;
      summary.lang = entry.lang;
    }
    return li;
  }

  function filterAll() {
    var chosen = fields.filter(function (field) { return field.value; });
    var list = document.querySelector(".mz-overview .mz-cards");
    var pager = document.querySelector(".mz-pager");
    var total = Number(form.getAttribute("data-total"));
    if (!chosen.length || !index) {
      if (found) found.hidden = true;
      if (list) list.hidden = false;
      if (pager) pager.hidden = false;
      count(total, total);
      return;
    }
    var matches = index.filter(function (entry) {
      return chosen.every(function (field) {
        var value = entry[field.getAttribute("data-field")];
        return Array.isArray(value) ? value.indexOf(field.value) >= 0 : value === field.value;
      });
    });
    if (!found) {
      found = document.createElement("ul");
      found.className = "mz-cards mz-cards--found";
      document.querySelector(".mz-overview").appendChild(found);
    }
    found.textContent = "";
    matches.forEach(function (entry) { found.appendChild(card(entry)); });
    found.hidden = false;
    if (list) list.hidden = true;
    if (pager) pager.hidden = true;
    count(matches.length, total);
  }

  function apply() {
    keepInAddress();
    if (!indexUrl) return filterPage();
    var chosen = fields.some(function (field) { return field.value; });
    if (chosen && !index) {
      fetch(indexUrl).then(function (response) { return response.json(); })
        .then(function (entries) { index = entries; filterAll(); });
      return;
    }
    filterAll();
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
