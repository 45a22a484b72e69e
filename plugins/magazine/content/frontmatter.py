"""Split a Markdown file into its YAML front matter and its body, safely and with line numbers.

Front matter is loaded with YAML's safe loader: a `!!python/...` tag is reported, never run.
A byte-order mark and Windows line endings are accepted. Input is bounded, because every pull
request is read: a file over `MAX_FILE_BYTES`, YAML anchors and aliases (`&a`, `*a`: editors never
need them, and a few lines of them can grow into gigabytes) and control characters in a value
(written as an escape such as "\x0c"; they make the feeds invalid XML) are errors with their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .markdown_cost import UNCLOSED_TAG, costly_paragraph

FENCE = "---"
CLOSERS = ("---", "...")
MAX_FILE_BYTES = 1024 * 1024  # a long article is some 50 KB; pictures live in their own files


class KeepImpossibleDates:
    """YAML's safe loading, except that an impossible date (2019-13-45) stays text.

    The field check then reports it as "not an ISO date" on its own line, instead of YAML
    failing on the whole front matter.
    """

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[misc]
        except (ValueError, OverflowError):
            return self.construct_scalar(node)  # type: ignore[attr-defined]


class FrontMatterLoader(KeepImpossibleDates, yaml.SafeLoader):
    """The pure Python loader: its error messages are the ones `yaml_hint` explains."""


FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", FrontMatterLoader.construct_yaml_timestamp
)

# The C loader (libyaml) reads valid front matter several times faster; where PyYAML was built
# without it, every file goes through the Python loader.
FastFrontMatterLoader: type | None = None
if hasattr(yaml, "CSafeLoader"):

    class FastFrontMatterLoader(KeepImpossibleDates, yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    FastFrontMatterLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", FastFrontMatterLoader.construct_yaml_timestamp
    )


class FrontMatterError(Exception):
    """The file cannot be read as front matter plus Markdown; `line` is 1-based in the file."""

    def __init__(self, line: int, message: str, hint: str = "", col: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message
        self.hint = hint


@dataclass
class Document:
    """A Markdown file read apart: `meta` is the front matter, `body` the Markdown after it."""

    meta: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)  # single values as written: "yes", "1.10"
    # The lines inside lists of groups of fields, by path: ("action_agenda", 0, "state") is the
    # line of the first action's state (an action agenda's mistakes are found field by field).
    nested_lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)

    def line_of(self, key: str, index: int | None = None) -> int:
        """The file line of a front matter key, or of one item of its list."""
        if index is not None and index < len(self.item_lines.get(key, [])):
            return self.item_lines[key][index]
        return self.key_lines.get(key, 1)

    def line_at(self, *path: str | int) -> int:
        """The file line of the deepest part of `path` that the front matter has:
        `line_at("action_agenda", 2, "history", 0, "date")`."""
        for end in range(len(path), 1, -1):
            line = self.nested_lines.get(path[:end])
            if line is not None:
                return line
        key = str(path[0])
        return self.line_of(key, path[1] if len(path) > 1 and isinstance(path[1], int) else None)


def decode(raw: bytes) -> str:
    """Decode UTF-8 text, dropping a byte-order mark and normalising line endings."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise FrontMatterError(
            line,
            "the file is not UTF-8 text",
            "save it as UTF-8; most editors offer this under 'Save with encoding'",
        ) from None
    if "\r" not in text:  # most files: a quick scan instead of copying the whole text twice
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(raw: bytes) -> Document:
    """Read a whole file: decode it, find the front matter, parse it; raise FrontMatterError."""
    check_size(len(raw))
    text = decode(raw)
    if not text.strip():
        raise FrontMatterError(
            1, "the file is empty", "start from the template: copy plugins/magazine/scaffold/article.md")
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).rstrip() != FENCE:
        raise FrontMatterError(
            1,
            "the file does not start with its fields between two '---' lines",
            "the first line must be '---', then the fields, then a closing '---'",
        )
    closer = find_closing_fence(text, first_end + 1) if first_end >= 0 else None
    if closer is None:
        raise FrontMatterError(
            1, "the fields at the top are not closed", "add a line '---' after the last field"
        )
    closing, closer_start, closer_end = closer
    source = text[first_end + 1 : max(closer_start - 1, first_end + 1)]
    meta, key_lines, item_lines, raw, nested = parse_yaml(source, first_line=2)
    body = text[closer_end + 1 :] if closer_end >= 0 else ""
    check_cost(body, closing + 2)
    return Document(meta, body, closing + 2, key_lines, item_lines, raw, nested)


def check_cost(body: str, body_line: int) -> None:
    """Raise for a text that would keep the Markdown reader busy for minutes (`markdown_cost`)."""
    costly = costly_paragraph(body)
    if costly is None:
        return
    offset, kind = costly
    if kind == "links":
        raise FrontMatterError(
            body_line + offset,
            "this paragraph holds so many links for its length that reading it would take minutes",
            "write a link as [words](address), with its closing ')', and split a long paragraph "
            "with blank lines")
    raise FrontMatterError(
        body_line + offset,
        f"the text holds {len(UNCLOSED_TAG.findall(body))} HTML tags that are never closed with "
        "'>'; reading it would take minutes",
        "write a '<' that is not a tag as &lt;, and close each tag with '>'")


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise FrontMatterError(
            1, f"the file is {-(-size // 1024)} KB; the limit is {MAX_FILE_BYTES // 1024} KB",
            "split the text into several articles; pictures belong in their own files",
        )


def find_closing_fence(text: str, start: int) -> tuple[int, int, int] | None:
    """The line index, start and end offset of the line that closes the front matter.

    Walks line by line from `start` (the second line) without splitting the whole file: the
    front matter is a few lines, the body after it thousands of words.
    """
    index = 1
    while True:
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.rstrip() in CLOSERS:
            return index, start, end
        if end < 0:
            return None
        start, index = end + 1, index + 1


Lines = tuple[dict[str, Any], dict[str, int], dict[str, list[int]], dict[str, str],
              dict[tuple[str | int, ...], int]]


def parse_yaml(source: str, first_line: int) -> Lines:
    """Parse front matter YAML: the mapping, the file line of each key and list item, and each
    single value as it is written.

    The fast C loader reads valid front matter; for a mistake, the Python loader reads it
    again, so that the message and hint are the same whichever loader is installed.
    """
    refuse_line_separators(source, first_line)
    if FastFrontMatterLoader is not None:
        try:
            return parse_with(FastFrontMatterLoader, source, first_line)
        except (yaml.YAMLError, FrontMatterError):
            pass
    return parse_with(FrontMatterLoader, source, first_line)


def parse_with(loader_class: type, source: str, first_line: int) -> Lines:
    if "&" in source or "*" in source:
        refuse_aliases(loader_class, source, first_line)
    try:
        loader = loader_class(source)
    except yaml.reader.ReaderError as error:
        raise control_character(source, error, first_line) from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if unclosed_quote(error):  # YAML notices only at the end: point at the opening quote
            mark = error.context_mark
        line = first_line + (mark.line if mark else 0)
        col = (mark.column + 1) if mark else 1
        lines = source.split("\n")
        text = lines[mark.line] if mark and mark.line < len(lines) else ""
        # The template's `$session` line, left as it was: YAML stumbles on it or on a line after.
        for number, written in enumerate(lines[: mark.line + 1] if mark else lines):
            placeholder = PLACEHOLDER_LINE.match(written)
            if placeholder:
                raise FrontMatterError(
                    first_line + number, f"the line '{written.strip()}' is still as the template "
                    "has it", f"write '{placeholder.group(1)}: ...' with your value, or remove "
                    "the line", 1) from None
        raise FrontMatterError(line, yaml_message(error), yaml_hint(error, text), col) from None
    except yaml.reader.ReaderError as error:
        raise control_character(source, error, first_line) from None
    except yaml.YAMLError:
        raise FrontMatterError(first_line, "the fields at the top cannot be read as 'name: value'",
                               "write one 'name: value' per line, such as 'title: My title'") from None
    except RecursionError:
        raise too_deep(loader_class, source, first_line) from None
    except (ValueError, TypeError, OverflowError) as error:
        raise FrontMatterError(
            first_line, f"the fields at the top cannot be read: {error}",
            "check the values against the template: text, dates (2019-05-14) and lists",
        ) from None
    finally:
        loader.dispose()
    if data is None:
        return {}, {}, {}, {}, {}
    refuse_control_characters(node, first_line)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(
            first_line,
            "the top of the file holds no fields",
            "write one 'name: value' per line, such as 'title: My title'",
        )
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    raw: dict[str, str] = {}
    nested: dict[tuple[str | int, ...], int] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = first_line + key_node.start_mark.line
        if key in key_lines:
            raise FrontMatterError(
                line,
                f"the field '{key}' is given twice",
                f"keep one '{key}:' line (the first is on line {key_lines[key]})",
            )
        key_lines[key] = line
        if isinstance(value_node, yaml.ScalarNode):
            raw[key] = str(value_node.value)
        if isinstance(value_node, yaml.SequenceNode):
            item_lines[key] = [first_line + item.start_mark.line for item in value_node.value]
            if any(isinstance(item, yaml.MappingNode) for item in value_node.value):
                nested_lines(value_node, (key,), first_line, nested)
    return {str(k): v for k, v in data.items()}, key_lines, item_lines, raw, nested


def nested_lines(node: yaml.Node, path: tuple[str | int, ...], first_line: int,
                 found: dict[tuple[str | int, ...], int], depth: int = 0) -> None:
    """The line of every item and field below a list of groups of fields, a few levels deep."""
    if depth > 4:
        return
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found[(*path, index)] = first_line + item.start_mark.line
            nested_lines(item, (*path, index), first_line, found, depth + 1)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            where = (*path, str(key_node.value))
            found.setdefault(where, first_line + key_node.start_mark.line)
            nested_lines(value_node, where, first_line, found, depth + 1)


# Characters that YAML counts as the end of a line, and an editor's screen does not: after one,
# YAML's line numbers run ahead of the file's. Refused before YAML reads the text.
LINE_SEPARATORS = {"\u2028": "a line separator", "\u2029": "a paragraph separator",
                   "\x85": "a next-line character"}


def refuse_line_separators(source: str, first_line: int) -> None:
    """Raise at the first invisible line separator, on the line the editor sees it on."""
    if source.isascii():
        return
    found = [index for index in (source.find(c) for c in LINE_SEPARATORS) if index >= 0]
    if not found:
        return
    index = min(found)
    before = source[:index]
    raise FrontMatterError(
        first_line + before.count("\n"),
        f"a value contains an invisible character (U+{ord(source[index]):04X}, "
        f"{LINE_SEPARATORS[source[index]]})",
        "retype the value: text pasted from a web page or a word processor can carry it",
        index - (before.rfind("\n") + 1) + 1,
    )


# Front matter holds text, dates, lists and a list of groups of fields (sources, an action agenda
# with its history): four or five levels. Far deeper, Python's YAML reader runs out of stack.
MAX_DEPTH = 20


def too_deep(loader_class: type, source: str, first_line: int) -> FrontMatterError:
    """The error for values nested deeper than MAX_DEPTH, at the value it begins with. YAML's
    parser is not recursive (its composer is), so its events can be counted."""
    loader = loader_class(source)
    depth, value_mark = 0, None
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth == 2:  # a field's value (depth 1 is the list of fields)
                    value_mark = event.start_mark
                if depth > MAX_DEPTH:
                    break
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return FrontMatterError(
        first_line + (value_mark.line if value_mark else 0),
        f"the values lie more than {MAX_DEPTH} levels inside each other (lists or groups of "
        "fields)",
        "write each field as in the template: text, a date, or a list",
        value_mark.column + 1 if value_mark else 1,
    )


def refuse_aliases(loader_class: type, source: str, first_line: int) -> None:
    """Raise at the first YAML anchor (`&name`) or alias (`*name`), before anything is built."""
    try:
        loader = loader_class(source)
    except yaml.YAMLError:
        return  # an unreadable character: the loader reports it with its position
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise FrontMatterError(
                    first_line + mark.line,
                    "a value starts with & or *, which is not allowed",
                    "write each value out in full; put a text that starts with & or * between "
                    "double quotes",
                    mark.column + 1,
                )
    except yaml.YAMLError:
        return  # not valid YAML: the loader reports it with its own message
    finally:
        loader.dispose()


# Characters a screen does not show, or that show the text around them in another order than it
# is written ("Trojan Source"): a title could read differently on the site than in the review.
# A word in Arabic or Hebrew takes its own direction without them; the marks U+200E and U+200F
# and the joiners U+200C and U+200D, which some scripts and emoji need, stay allowed.
BIDI_CONTROLS = frozenset([*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))])
INVISIBLE = {**{c: "which changes the direction of the text" for c in BIDI_CONTROLS},
             "\u200b": "a zero-width space", "\u2060": "a word joiner",
             "\ufeff": "a zero-width no-break space"}

# Characters that no text needs and XML cannot hold (so the feeds would break): the C0 and C1
# controls except tab and newline, lone surrogates and the two non-characters U+FFFE and U+FFFF.
FORBIDDEN_CHARACTERS = frozenset(
    [*map(chr, range(0x00, 0x09)), "\x0b", "\x0c", *map(chr, range(0x0E, 0x20)),
     *map(chr, range(0x7F, 0xA0)), *map(chr, range(0xD800, 0xE000)), "\ufffe", "\uffff",
     *INVISIBLE]
)


def forbidden_character(text: str) -> str | None:
    """The first character of `text` that the magazine refuses, if any."""
    if text.isprintable():  # the common case, answered in C
        return None
    return next((c for c in text if c in FORBIDDEN_CHARACTERS), None)


def refuse_control_characters(node: yaml.Node, first_line: int) -> None:
    """Raise at the first value (scalar) that holds a forbidden character, with its position."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            bad = forbidden_character(str(current.value))
            if bad is not None:
                mark = current.start_mark
                named = f", {INVISIBLE[bad]}" if bad in INVISIBLE else ""
                raise FrontMatterError(
                    first_line + mark.line,
                    f"a value contains an invisible character (U+{ord(bad):04X}{named})",
                    "retype the value without codes such as \\x0c; pasted text can carry "
                    "characters that are not allowed",
                    mark.column + 1,
                )
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            for key, value in reversed(current.value):
                stack.extend((value, key))


def control_character(
    source: str, error: yaml.reader.ReaderError, first_line: int
) -> FrontMatterError:
    before = source[: max(error.position, 0)]
    line = first_line + before.count("\n")
    col = len(before) - (before.rfind("\n") + 1) + 1
    return FrontMatterError(
        line,
        f"the fields contain an invisible character (#x{error.character:04x})",
        "retype this line; pasted text can carry characters that are not allowed",
        col,
    )


def unclosed_quote(error: yaml.MarkedYAMLError) -> bool:
    return (error.context == "while scanning a quoted scalar" and error.context_mark is not None
            and "end of stream" in str(error.problem))


def yaml_message(error: yaml.MarkedYAMLError) -> str:
    if isinstance(error, yaml.constructor.ConstructorError) and "tag" in str(error.problem):
        return "a value starts with the sign '!', which is not allowed"
    if unclosed_quote(error):
        return "the quote that opens here is never closed"
    return "this line of the fields cannot be read as 'name: value'"


CURLY_QUOTES = "“”„‘’‚«»"
PLACEHOLDER_LINE = re.compile(r"^\s*\$(\w+)\s*$")  # `$session` in scaffold/article.md


def yaml_hint(error: yaml.MarkedYAMLError, line: str = "") -> str:
    """The fix for the mistake, read from YAML's problem and the line as written."""
    problem = str(error.problem or "")
    if isinstance(error, yaml.constructor.ConstructorError):
        return ("fields hold only text, dates and lists; remove the '!' or put the value between "
                "double quotes")
    if unclosed_quote(error):
        fixed = quoted_line(line)
        return ("end the value with the same quote it starts with: "
                + (fixed or 'title: "My title"'))
    if any(quote in line for quote in CURLY_QUOTES):
        return ('the curly quotes (“ ”) pasted from a word processor are not quotes here: '
                'type straight double quotes (") around the value')
    if "'\\t'" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    fixed = quoted_line(line)
    if fixed and ("mapping values are not allowed" in problem or "found character" in problem
                  or "did not find expected" in problem):
        return f"put the value between double quotes: {fixed}"
    if "mapping values are not allowed" in problem:
        return "put a value that contains ': ' between double quotes"
    if "found character" in problem or "did not find expected" in problem:
        return "put the value between double quotes"
    return "check the indentation and quotes on this line"


FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*):\s+(.*\S)\s*$")


def quoted_line(line: str) -> str:
    """`title: Werk: een begin` as the line to type, `title: "Werk: een begin"`; '' for a line
    that is not one field with its value."""
    match = FIELD_LINE.match(line)
    if not match:
        return ""
    value = match.group(2).strip("\"'“”‘’").replace('"', "'")
    return f'{match.group(1)}: "{value}"' if value else ""
