"""The pictures of the site: `maker` makes their web versions (widths, WebP, no metadata, the
sharing crop, a cache by content), `markup` turns the pictures in a text into responsive figures,
`build_pictures` sets both up for each build."""
