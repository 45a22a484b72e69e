"""The caches that make a build after the first cheap, and the second core that fills them.

`render_cache` keeps a page's HTML from its Markdown, `page_cache` a page's rendered template,
both outside the repository; `cache_entries` writes their entries whole, on a thread of its own;
`second_core` fills both from a forked copy of the build; `written_pages` lets an in-place build
(`make serve`) write only the pages that look different; `build_caches` is what the plugin's
events ask of all of them.
"""
