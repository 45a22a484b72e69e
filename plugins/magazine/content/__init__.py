"""The content model: articles, themes, sessions and their relations, read from the repository.

Reading files and front matter (`frontmatter`), checking fields (`fields`), finding and resolving
links (`links`), building the whole model with its diagnostics (`loader`, `model`, `relations`),
translation status, page addresses (`urls`) and the words of each language (`ui_strings`).

Nothing here imports MkDocs, Jinja, the site or the print edition (see the import contracts in
`pyproject.toml`): the site build, the `magazine` command and the print edition share this one
reading of the content.
"""
