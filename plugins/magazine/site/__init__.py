"""The website: the MkDocs plugin (`plugin`) and what only the site needs.

Article pages for MkDocs and mkdocs-static-i18n (`pages`), link rewriting in Markdown
(`link_rewriting`), what each page shows (`views`) and its Jinja templates (`templates/`), feeds,
sharing cards, the per-language search index and the one-language preview.
"""
