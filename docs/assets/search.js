// The magazine's search box (overrides/partials/search.html), on Pagefind's index of the page's
// language (plugins/magazine/site/search.py).
//
// Nothing of the index is loaded with a page: Pagefind's script and the index of the page's
// `<html lang>` come when a reader opens the search, and then only the chunks that hold the words
// typed. Results are drawn in Material's search markup, so they look like the rest of the header.
// `/` opens the search from anywhere on the page; on a result page the words found are
// highlighted (`?highlight=`).
(function () {
  "use strict";
  var box = document.querySelector("[data-mz-search]");
  var PARAM = "highlight";

  function bundleUrl(element) {
    return new URL(element.getAttribute("data-bundle"), document.baseURI).href;
  }

  // -- highlight on the page a result leads to ---------------------------------------------------

  function highlight(bundle) {
    var words = new URLSearchParams(location.search).getAll(PARAM).filter(Boolean);
    var content = document.querySelector(".md-content");
    if (!words.length || !content) return;
    import(bundle + "pagefind-highlight.js").then(function () {
      new window.PagefindHighlight({
        highlightParam: PARAM, markContext: content, addStyles: false,
        markOptions: { className: "mz-highlight", exclude: [".headerlink", ".mz-cards", ".mz-cards *"] },
      });
      var first = content.querySelector("mark.mz-highlight");
      if (first && !location.hash) first.scrollIntoView({ block: "center" });
    });
  }

  if (!box) return;
  var bundle = bundleUrl(box);
  highlight(bundle);

  var toggle = document.getElementById("__search");
  var form = box.querySelector("form");
  var input = box.querySelector("input");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var text = JSON.parse(box.getAttribute("data-strings"));
  var pagefind = null;
  var shown = 0; // which query the list shows, so that a slow answer does not replace a newer one
  var asked = 0;

  function load() {
    if (!pagefind) {
      // Links from results lead under the site's root, wherever the site is published.
      var root = new URL("..", bundle).pathname;
      pagefind = import(bundle + "pagefind.js").then(function (module) {
        return module.options({ baseUrl: root, excerptLength: 24 }).then(function () {
          module.init();
          return module;
        });
      });
      pagefind.catch(function () { meta.textContent = text.unavailable; });
    }
    return pagefind;
  }

  function count(n) {
    return n === 0 ? text.none : n === 1 ? text.one : text.other.replace("{n}", n);
  }

  // Pagefind's excerpt is HTML with the words found in <mark>: keep those and the text, nothing
  // else, so that no markup from a page runs in the results.
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var nodes = [];
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(node.textContent));
      }
    });
    return nodes;
  }

  // The words to highlight on the result page: those typed and the forms Pagefind found
  // ("gemeente" for "gemeenten").
  function foundWords(query, data) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var excerpts = [data.excerpt].concat((data.sub_results || []).map(function (s) { return s.excerpt; }));
    excerpts.forEach(function (html) {
      (html.match(/<mark>[^<]*<\/mark>/g) || []).forEach(function (m) {
        (m.slice(6, -7).toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).forEach(function (word) {
          if (words.indexOf(word) < 0) words.push(word);
        });
      });
    });
    return words;
  }

  function resultItem(query, data) {
    var url = new URL(data.url, location.href);
    foundWords(query, data).forEach(function (word) { url.searchParams.append(PARAM, word); });
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = url.pathname + url.search + url.hash;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-search-result__article--document md-typeset";
    var title = document.createElement("h1");
    title.textContent = (data.meta && data.meta.title) || data.url;
    var excerpt = document.createElement("p");
    excerptNodes(data.excerpt).forEach(function (node) { excerpt.appendChild(node); });
    article.append(title, excerpt);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

  function run() {
    var query = input.value.trim();
    var id = ++asked;
    if (!query) {
      shown = id;
      list.replaceChildren();
      meta.textContent = text.hint;
      return;
    }
    meta.textContent = text.loading;
    load().then(function (module) {
      return module.search(query);
    }).then(function (search) {
      if (id < shown || !search) return [];
      return Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }))
        .then(function (pages) {
          if (id < shown) return;
          shown = id;
          meta.textContent = count(search.results.length);
          list.replaceChildren.apply(list, pages.map(function (data) { return resultItem(query, data); }));
        });
    }).catch(function () { meta.textContent = text.unavailable; });
  }

  function open() {
    toggle.checked = true;
    input.focus();
    input.select();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener("focus", function () {
    toggle.checked = true;
    load();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault(); // Enter opens the first result
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { run(); input.focus(); });
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked) setTimeout(open, 100); // after Material's header animation starts
  });
  document.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === "/" && !typing(document.activeElement)) {
      event.preventDefault();
      open();
    } else if (event.key === "Escape" && toggle.checked) {
      event.preventDefault();
      close();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && toggle.checked) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      if (!links.length) return;
      event.preventDefault();
      var at = links.indexOf(document.activeElement);
      var next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
      if (next < 0) input.focus();
      else links[next].focus();
    }
  });
})();
