// Material's search worker, with the reader's words stemmed before they are searched.
//
// Material adds a wildcard to every word of a query ("werkgevers" becomes "werkgevers*"), and
// lunr does not stem words with a wildcard, so a plural never found a page with the singular.
// This worker stems each plain word with the index's language first ("werkgevers" becomes
// "werkgever", then "werkgever*"), and hands everything else to Material's own worker, which it
// loads from this folder (overrides/main.html points the page's search here).
(function () {
  "use strict";
  var languages = [];

  function stemmerOf(lang) {
    if (lang === "en") return self.lunr && self.lunr.stemmer;
    return self.lunr && self.lunr[lang] && self.lunr[lang].stemmer;
  }

  function stemQuery(query) {
    var stemmer = languages.length === 1 ? stemmerOf(languages[0]) : null;
    if (!stemmer) return query;
    return query.split(/(\s+)/).map(function (word) {
      if (!/^[\p{L}\p{N}]+$/u.test(word)) return word;  // leave operators and phrases alone
      var stem = String(stemmer(new self.lunr.Token(word.toLowerCase())));
      return stem.length >= 3 ? stem : word;
    }).join("");
  }

  // Registered before Material's listener, so it sees the query after this one changed it.
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message) return;
    if (message.type === 0 && message.data && message.data.config) {  // setup
      languages = message.data.config.lang || [];
    } else if (message.type === 2 && typeof message.data === "string") {  // query
      message.data = stemQuery(message.data);
    }
  });

  var material = new URL(self.location.href).searchParams.get("worker");
  if (material && /^search\.[0-9a-f]+\.min\.js$/.test(material)) importScripts(material);
})();
