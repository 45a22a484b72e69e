"""What the build writes after the pages, and how the finished site takes the place of the last.

`after_build` runs them in order once every language is built: the pictures' web versions, the
`feeds`, the `sitemap` split in two, the `search` index of each language (whose box's words the
pages carry too), the sharing card and the print edition's PDFs. `atomic_output` builds the site
beside `site/` and swaps it in only when everything succeeded.
"""
