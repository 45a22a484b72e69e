"""The magazine: content model, MkDocs plugin and `magazine` command.

The content model (`model`, `loader`, `frontmatter`, `links`, `relations`) has no MkDocs import,
so the site build, the command line and the print edition share one reading of the content.
"""

__version__ = "0.1.0"
