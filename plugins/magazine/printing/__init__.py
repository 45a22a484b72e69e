"""The print edition: a magazine PDF per language, made from the same content model as the site.

`edition` decides what goes in (the flatplan), `render` turns it into HTML with the print
templates, `pdf` lays it out with WeasyPrint and writes the screen and printer PDFs. Nothing here
knows about MkDocs: the plugin and the `magazine print` command both call `pdf.make_pdfs`.
"""
