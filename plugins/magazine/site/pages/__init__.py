"""Which page is which and what it shows.

`files` makes MkDocs files for the articles (which live outside `docs/`) and the author pages,
and escapes the front matter Material prints; `magazine_pages` gives each page its template and
its view in the template's context; `link_rewriting` points links at the page in the reader's
language; `views` decides what each page shows (`templates/` how it looks); `navigation` which
section's tab a page marks; `sharing` the head's sharing card; `not_found` the 404 page of each
language.
"""
