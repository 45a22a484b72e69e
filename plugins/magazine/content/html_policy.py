"""What an article may contain as HTML: Markdown, plus plain HTML for layout, and nothing active.

The policy for editors: figures, `<details>`, tables, emphasis and the like are welcome; scripts,
frames, plug-ins, style sheets, event handlers (`onclick=`) and `javascript:`, `vbscript:` or
`data:` addresses are not. `magazine check` reports each one with its line (see `body_check`);
the build removes them from every output with `sanitize`, also when the check is ignored.

Sanitising is done by nh3, the Python binding of Ammonia: a maintained sanitiser (the successor
that bleach's maintainers point to) built on html5ever, the HTML parser of a browser engine. It
reads the HTML as a browser would, so the tricks that slip past hand-written patterns (tags
split by other tags, entities in `java&#115;cript:`, unclosed attributes, odd case and spacing)
are undone before the allow-list is applied. Only the allow-list below is ours.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import nh3
from markdown.extensions.toc import slugify as toc_slugify

# Ammonia's default elements are plain layout and text; `tfoot` completes its tables.
ALLOWED_TAGS = frozenset(nh3.ALLOWED_TAGS | {"tfoot"})
# Ids and classes for headings, footnotes, admonitions and permalinks; `style` only for the
# alignment that Markdown tables write (see STYLE_PROPERTIES).
ALLOWED_ATTRIBUTES = {
    **{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"id", "class", "title", "lang", "dir", "style", "role", "aria-label", "aria-hidden"},
    "a": {"href", "hreflang"},
    # `credit`: who made the picture and its licence, `{ credit="Foto: ..., CC BY 4.0" }` after
    # it; the site and the print edition show it under the picture.
    "img": {"alt", "src", "width", "height", "loading", "credit"},
    "details": {"open"},
    "ol": {"start", "type", "reversed"},
    "time": {"datetime"},
}
STYLE_PROPERTIES = frozenset({"text-align"})
TEXT_ALIGNMENTS = frozenset({"left", "right", "center", "justify", "start", "end"})
# Ids the site's own page uses: Material's begin with `__` (its script reads its settings from the
# first element with the id `__config`, and content comes before it), the magazine's with `mz-`.
# Content that took one would take over the page's script or style, so it is dropped.
RESERVED_ID_PREFIXES = ("__", "mz-")
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Elements removed with what is inside them: their content is code, not text.
REMOVED_WITH_CONTENT = frozenset({"script", "style"})
# The active elements of the policy, each a check error; other unknown elements are dropped too
# (their text stays) and reported as warnings.
ACTIVE_TAGS = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                         "style", "link", "meta", "base", "form", "input", "button", "textarea",
                         "select", "svg", "math", "template", "portal", "noscript"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "poster", "xlink:href",
                            "srcset", "background", "cite", "longdesc", "ping"})
ACTIVE_SCHEMES = frozenset({"javascript", "vbscript", "data", "file"})
# Deeper than this, the print edition's layout engine runs out of stack; real texts stay far below.
MAX_NESTING = 40
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "source", "track", "wbr"})


# The print edition numbers a link whose address it lists after the article (`printing/render.py`).
PRINT_ATTRIBUTES = {"a": {"data-print", "data-note"}}
# A PDF's links are followed by a reader's PDF viewer, where a relative address means a file on
# their computer (or the build machine's folder): in print a link leads to the web, a mail
# address or a place in the document, and to nothing else.
PRINT_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def kept_attribute(element: str, attribute: str, value: str) -> str | None:
    """nh3's filter of every attribute it would keep: what the allow-list cannot say. An id of
    the site's own page, an active address in any attribute that holds one (`cite` too), a
    picture that is not a file of the site (the reader's browser would fetch it from elsewhere)
    and a style other than a plain alignment are dropped."""
    if attribute == "id" and reserved_id(value):
        return None
    if attribute in URL_ATTRIBUTES and url_scheme(value) in ACTIVE_SCHEMES:
        return None
    if element == "img" and attribute == "src" and not local_address(value):
        return None
    if attribute == "style":
        return allowed_style(value)
    return value


def print_link(element: str, attribute: str, value: str) -> str | None:
    """The print edition's filter: as `kept_attribute`, and an `href` that is not a web or mail
    address nor a place in the document is dropped, and the words stay."""
    kept = kept_attribute(element, attribute, value)
    if kept is None or attribute != "href" or value.startswith("#"):
        return kept
    return value if url_scheme(value) in PRINT_LINK_SCHEMES else None


def reserved_id(value: str) -> bool:
    return value.strip().lower().startswith(RESERVED_ID_PREFIXES)


def heading_id(value: str, separator: str) -> str:
    """The id the toc extension gives a heading, made from its words as Python-Markdown makes it,
    but never one of the site's own page: "## __search" gets `h-__search`, "## MZ-project"
    `h-mz-project`. (An id an editor writes out, `{ #__drawer }`, is still refused.)"""
    made = toc_slugify(value, separator)
    return f"h{separator}{made}" if reserved_id(made) else made


def with_safe_heading_ids(options: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Markdown's extension options, with the headings' ids made by `heading_id` unless the
    site's mkdocs.yml names a way of its own (the check then reports a reserved id)."""
    options.setdefault("toc", {}).setdefault("slugify", heading_id)
    return options


def local_address(value: str) -> bool:
    """Whether `value` is an address on the site itself, as a browser reads it: no scheme and no
    host (a browser reads `\\\\host\\x` as `//host/x`)."""
    cleaned = "".join(c for c in html.unescape(value) if c > " " and c != "\x7f")
    try:
        parts = urlsplit(cleaned.replace("\\", "/"))
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc


def allowed_style(value: str) -> str | None:
    """The alignments of a style attribute (the one style Markdown tables write), else None."""
    kept = []
    for declaration in value.split(";"):
        name, _, setting = declaration.partition(":")
        if name.strip().lower() in STYLE_PROPERTIES and setting.strip().lower() in TEXT_ALIGNMENTS:
            kept.append(f"{name.strip().lower()}: {setting.strip().lower()}")
    return "; ".join(kept) or None


@lru_cache(maxsize=2)
def _cleaner(for_print: bool = False) -> nh3.Cleaner:
    attributes = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}
    if for_print:
        for tag, names in PRINT_ATTRIBUTES.items():
            attributes[tag] = attributes.get(tag, set()) | names
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS), clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes=attributes, url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,  # leave links as written (a `rel` from content is dropped: no attachments)
        strip_comments=True,
        attribute_filter=print_link if for_print else kept_attribute,
    )


def sanitize(fragment: str, for_print: bool = False) -> str:
    """`fragment` with everything outside the policy removed; text and layout stay."""
    return _cleaner(for_print).clean(fragment)


@dataclass(frozen=True)
class Problem:
    """Something in the HTML that the policy removes; `needle` is what to look for in the source
    to find its line."""

    active: bool  # an error (script and the like); else a warning (layout that is dropped)
    message: str
    hint: str
    needle: str
    fallback: str = ""  # what to look for when the needle is not in the source as written


def problems_in(fragment: str) -> list[Problem]:
    """What `sanitize` would remove from `fragment`, in words an editor can act on."""
    return read_html(fragment)[0]


def read_html(fragment: str) -> tuple[list[Problem], list[str]]:
    """The problems of `fragment` and the addresses of its pictures."""
    finder = _ProblemFinder()
    finder.feed(fragment)
    finder.close()
    if finder.deepest > MAX_NESTING:
        finder.problems.append(Problem(
            True, f"the text has quotes, lists or HTML inside each other {finder.deepest} levels deep; "
            f"the limit is {MAX_NESTING}",
            "nest quotes and lists a few levels at most", finder.deepest_tag))
    return finder.problems, finder.images


def url_scheme(value: str) -> str:
    """The scheme of an address as a browser reads it: spaces and control characters inside
    `java\tscript:` are ignored, entities are decoded."""
    cleaned = "".join(c for c in html.unescape(value) if c > " " and c != "\x7f")
    try:
        return urlsplit(cleaned).scheme.lower()
    except ValueError:
        return ""


class _ProblemFinder(HTMLParser):
    """Reads rendered HTML with the standard library's HTML tokenizer and lists what the policy
    does not allow. It only explains; `sanitize` is what makes the output safe."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[Problem] = []
        self.open: list[str] = []
        self.deepest = 0
        self.deepest_tag = ""
        self.images: list[str] = []  # the addresses of the pictures, for `body_check`

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_TAGS:
            self.open.append(tag)
            if len(self.open) > self.deepest:
                self.deepest, self.deepest_tag = len(self.open), f"<{tag}"
        self.check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.check(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.extend(value for name, value in attrs if name == "src" and value)
        if tag in ACTIVE_TAGS:
            self.problems.append(Problem(
                True, f"the HTML element <{tag}> is not allowed in content",
                "articles hold text, pictures and plain layout; remove it (a video or map can "
                "be a link to its page)", f"<{tag}"))
        elif tag not in ALLOWED_TAGS:
            self.problems.append(Problem(
                False, f"the HTML element <{tag}> is not shown; only its text is",
                "use Markdown or plain HTML such as <figure>, <details> and tables", f"<{tag}"))
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ALLOWED_ATTRIBUTES["*"]
        # A misspelt credit is one message, not one per word of it.
        credited = tag == "img" and any(name not in allowed and looks_like_credit(name, value or "")
                                        for name, value in attrs)
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(Problem(
                    True, f"the attribute '{name}' runs a script and is not allowed",
                    f"remove {name}=\"...\"", name))
            elif name in URL_ATTRIBUTES and url_scheme(value) in ACTIVE_SCHEMES:
                scheme = url_scheme(value)
                self.problems.append(Problem(
                    True, f"a '{scheme}:' address is not allowed in content",
                    "link to a web page (https://...) or to a file in the repository",
                    written_value(self.get_starttag_text() or "", name) or f"{scheme}:",
                    f"{scheme}:"))
            elif name == "rel" and "attachment" in value.lower():
                self.problems.append(Problem(
                    True, "rel=\"attachment\" would attach a file to the PDF and is not allowed",
                    "remove rel=\"attachment\"; link to the file instead", "rel"))
            elif tag == "img" and name not in allowed and looks_like_credit(name, value):
                self.problems.append(Problem(
                    True, f"the picture's credit is not shown: '{name}' is not how a credit is "
                    "written", "write the credit right after the picture as "
                    f'{{ credit="{value or "Foto: Naam, CC BY 4.0"}" }}', name))
            elif name not in allowed and tag in ALLOWED_TAGS and not credited:
                self.problems.append(Problem(
                    False, f"the attribute '{name}' on <{tag}> is not kept",
                    "remove it; the site's style sheet decides how content looks", name))
            elif name == "id" and reserved_id(value):
                self.problems.append(Problem(
                    True, f"the id '{value}' is one the site's own page uses",
                    "choose another id (not starting with __ or mz-), or leave it out; a heading "
                    "gets one from its words", value))
            elif name == "style" and allowed_style(value) != _declarations(value):
                self.problems.append(Problem(
                    False, "a style attribute is kept only for text-align",
                    "remove it; the site's style sheet decides how content looks", "style="))


# Names an editor may give a picture's credit, and what a credit says: who made it, its licence.
CREDIT_NAMES = {"credits", "bron", "foto", "fotograaf", "naamsvermelding", "licentie", "licence",
                "license", "copyright", "attribution", "author", "photo", "photographer", "source",
                "beeld", "maker"}
LICENCE = re.compile(r"\bCC[ -]?(BY|0)\b|creative ?commons|©|\(c\)", re.IGNORECASE)


def looks_like_credit(name: str, value: str) -> bool:
    """Whether an attribute the site drops from a picture was meant as its credit."""
    return name.strip(":").lower() in CREDIT_NAMES | {"credit"} or bool(LICENCE.search(value))


def written_value(tag: str, name: str) -> str:
    """The value of attribute `name` as written in the HTML of `tag`, entities and all (an
    address hidden as `&#106;avascript:` is found in the source as it is written there)."""
    match = re.search(rf"""\s{re.escape(name)}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag,
                      re.IGNORECASE)
    return next((group for group in match.groups() if group), "") if match else ""


def _declarations(value: str) -> str | None:
    """A style attribute written the way `allowed_style` writes what it keeps."""
    parts = [(name.strip().lower(), setting.strip().lower())
             for name, _, setting in (part.partition(":") for part in value.split(";"))
             if name.strip()]
    return "; ".join(f"{name}: {setting}" for name, setting in parts) or None
