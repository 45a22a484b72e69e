// The magazine's search box (overrides/partials/search.html), on Pagefind's index of the page's
// language (plugins/magazine/site/outputs/search.py).
//
// Nothing of the index is loaded with a page: a reader who never searches pays nothing. Once a
// reader shows they mean to search (focuses or opens the box, or presses `/`), Pagefind's script,
// its WebAssembly and the list of pages of the page's `<html lang>` start loading, so that they are
// there by the time the first word is typed. While typing, the index chunks that hold the word are
// fetched at once (`preload`); the search itself runs when typing pauses, or at once for text
// that comes whole (pasted). Results are drawn in Material's search markup, so they look like the
// rest of the header. On a result page the words found are highlighted (`?highlight=`).
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
  var scrollwrap = box.querySelector(".md-search__scrollwrap");
  var text = JSON.parse(box.getAttribute("data-strings"));
  var pagefind = null;
  var shown = 0; // which query the list shows, so that a slow answer does not replace a newer one
  var asked = 0;
  var found = []; // every result of the query shown, of which the list has the first few
  var fetching = false;
  var PAGE = 5;
  // Typing pauses longer than a keystroke take: search then. Until then only the index chunks of
  // the word being typed are fetched. One or two letters match a large part of the index, so
  // those wait for a longer pause and are not fetched ahead.
  var PAUSE = 250;
  var SHORT_PAUSE = 400;
  var SHORT = 3;
  var timer = null;

  // Starts loading Pagefind and the page's language's index (not its chunks): on a reader's intent.
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
        // Pagefind marks a whole token ("werkgevers,"): mark the word, not the punctuation.
        var parts = node.textContent.match(/^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u);
        var mark = document.createElement("mark");
        mark.textContent = parts[2];
        if (parts[1]) nodes.push(document.createTextNode(parts[1]));
        nodes.push(mark);
        if (parts[3]) nodes.push(document.createTextNode(parts[3]));
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
    var icon = document.createElement("div"); // Material's page icon, beside the title
    icon.className = "md-search-result__icon md-icon";
    article.append(icon, title, excerpt);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

  // Results come in pages: the texts of the first few are fetched with the search, the next ones
  // as the reader scrolls down to them.
  function resultsPage(results, from) {
    return Promise.all(results.slice(from, from + PAGE).map(function (r) { return r.data(); }));
  }

  function run() {
    var query = input.value.trim();
    var id = ++asked;
    if (!query) {
      shown = id;
      found = [];
      list.replaceChildren();
      list.removeAttribute("data-query");
      meta.textContent = text.hint;
      return;
    }
    meta.textContent = text.loading;
    load().then(function (module) {
      return module.search(query);
    }).then(function (search) {
      if (id < shown || !search) return;
      return resultsPage(search.results, 0).then(function (pages) {
        if (id < shown) return;
        shown = id;
        found = search.results;
        meta.textContent = count(found.length);
        list.replaceChildren.apply(list, pages.map(function (data) { return resultItem(query, data); }));
        list.setAttribute("data-query", query); // which query the list answers
        watchEnd();
      });
    }).catch(function () { meta.textContent = text.unavailable; });
  }

  function more() {
    var id = shown;
    var query = list.getAttribute("data-query");
    var from = list.children.length;
    if (fetching || from >= found.length) return;
    fetching = true;
    resultsPage(found, from).then(function (pages) {
      fetching = false;
      if (id !== shown) return;
      pages.forEach(function (data) { list.appendChild(resultItem(query, data)); });
      watchEnd();
    }, function () { fetching = false; });
  }

  var end = new IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) more();
  }, { root: scrollwrap, rootMargin: "0px 0px 200px 0px" });

  function watchEnd() {
    end.disconnect();
    if (list.lastElementChild && list.children.length < found.length) end.observe(list.lastElementChild);
  }

  function lastWord(query) {
    var words = query.split(/\s+/);
    return words[words.length - 1];
  }

  // Text that comes whole (pasted, dropped, or a word the phone's keyboard suggested) has no
  // more letters on their way: there is no pause to wait for. A word being composed is still
  // being typed: Android's keyboards send the whole word so far with every letter.
  function cameWhole(event) {
    var type = event.inputType || "";
    return /^(insertFromPaste|insertFromDrop|insertReplacementText)$/.test(type) ||
      (type === "insertText" && !event.isComposing && (event.data || "").length > 1);
  }

  function typed(event) {
    var query = input.value.trim();
    clearTimeout(timer);
    if (query && cameWhole(event)) return run();
    var short = lastWord(query).length < SHORT;
    if (query && !short) {
      load().then(function (module) { return module.preload(query); }).catch(function () {});
    }
    timer = setTimeout(run, short ? SHORT_PAUSE : PAUSE);
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

  input.addEventListener("input", typed);
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
    if (!toggle.checked) return;
    load();
    setTimeout(open, 100); // after Material's header animation starts
  });
  document.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === "/" && !typing(document.activeElement)) {
      event.preventDefault();
      open(); // focusing the box starts loading the index
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
