"""What the build does once every language's pages are built: write, in this order, the pictures
the pages show, the feeds, the sitemap split in two, the search index of each language (copied
from the cache when unchanged), the sharing card and the print edition's PDFs; then put the new
site in the place of the old one."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from ...content.messages import translate
from .. import TEMPLATES
from ..caches.build_caches import BuildCaches
from ..config import MagazineConfig
from ..log_lines import strict_build_fails
from ..pages.sharing import SOCIAL_IMAGE
from ..pictures.build_pictures import BuildPictures
from ..reading import BuildContent, first_pass, unfreeze_memory
from . import search
from .atomic_output import AtomicOutput
from .feeds import Feeds, write_feeds
from .sitemap import split_sitemap

log = get_plugin_logger(__name__)


def finish_build(config: MkDocsConfig, options: MagazineConfig, content: BuildContent,
                 pictures: BuildPictures, caches: BuildCaches, output: AtomicOutput) -> None:
    """After the last language (static-i18n builds the others in its own `on_post_build`, which
    runs before the default language's pass ends), on the whole site."""
    if not first_pass(config) or content.magazine is None:
        return
    unfreeze_memory()
    site_dir = Path(config.site_dir)
    pictures.publish(site_dir)
    feeds = write_feeds(Feeds(content.magazine, config.site_url or "", content.site_names),
                        site_dir, config.theme.dirs)
    split_sitemap(site_dir, config.site_url or "", feeds)
    if options.search:
        search.index_site(site_dir, caches.folder)  # copied when unchanged
    if not (site_dir / SOCIAL_IMAGE).exists():
        shutil.copyfile(TEMPLATES / "magazine" / "social-card.png", site_dir / SOCIAL_IMAGE)
    if options.pdf and not strict_build_fails():  # it will stop: no layout of minutes for nothing
        write_pdfs(site_dir, options, content, caches.folder)
    caches.finish(site_dir)
    output.finish(config)


def write_pdfs(site_dir: Path, options: MagazineConfig, content: BuildContent,
               cache_folder: Path | None) -> None:
    """The print edition, one PDF per language for the screen and one for the printer."""
    from ...printing.pdf import PrintError, make_site_pdfs  # WeasyPrint: only when printing

    assert content.magazine is not None
    try:
        results, diagnostics = make_site_pdfs(content.magazine, site_dir, options.edition,
                                              cache_folder)
    except PrintError as error:  # no site whose pages link to a missing PDF
        lang = content.magazine.default_language  # the editors' language
        raise PluginError(translate(f"The print edition could not be made: {error}", lang)) \
            from None
    content.report_new(diagnostics)
    for result in results:
        where = result.screen.relative_to(site_dir).as_posix()  # not the staging folder
        log.info(f"print edition ({result.lang}): {where} ({result.pages} pages)")
