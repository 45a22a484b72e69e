"""Reading front matter: line numbers, safety, encodings, and no input that makes it crash."""

from __future__ import annotations

import datetime as dt
import string

import pytest
import yaml
from conftest import TINY_SITE, write_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from magazine.content.frontmatter import FrontMatterError, read_document
from magazine.content.loader import load_magazine


def test_fields_body_and_lines():
    doc = read_document(b"---\ntitle: T\nthemes:\n  - work\n  - health\n---\nBody\n")
    assert doc.meta == {"title": "T", "themes": ["work", "health"]}
    assert doc.body == "Body\n"
    assert doc.body_line == 7
    assert doc.line_of("title") == 2
    assert doc.line_of("themes", 1) == 5
    assert doc.line_of("nope") == 1


def test_byte_order_mark_and_crlf():
    doc = read_document("\ufeff---\r\ntitle: Café\r\n---\r\nTekst\r\n".encode())
    assert doc.meta == {"title": "Café"} and doc.body == "Tekst\n"


def test_dots_close_front_matter_too():
    assert read_document(b"---\ntitle: T\n...\nBody").body == "Body"


@pytest.mark.parametrize(("raw", "line", "col", "message"), [
    (b"", 1, 1, "the file is empty"),
    (b"---\ntitle: T\n", 1, 1, "the fields at the top are not closed"),
    (b"title: T\n---\n", 1, 1, "the file does not start with its fields between two '---' lines"),
    (b"---\ntitle: T\n\xff\n---\n", 3, 1, "the file is not UTF-8 text"),
    (b"---\ntitle: [a\n---\n", 2, 10, "this line of the fields cannot be read"),
    (b"---\ntitle: !!python/name:os.system\n---\n", 2, 8, "the sign '!', which is not allowed"),
    (b"---\ntitle: !ENV HOME\n---\n", 2, 8, "the sign '!', which is not allowed"),
    (b"---\ntitle: a\x08b\n---\n", 2, 9, "an invisible character (#x0008)"),
    (b"---\na: 1\na: 2\n---\n", 3, 1, "the field 'a' is given twice"),
    (b"---\n[a, b]\n---\n", 2, 1, "the top of the file holds no fields"),
    (b"---\n? [a]\n: b\n---\n", 2, 3, "this line of the fields cannot be read"),
])
def test_errors_name_the_line(raw, line, col, message):
    with pytest.raises(FrontMatterError) as error:
        read_document(raw)
    assert (error.value.line, error.value.col) == (line, col)
    assert message in error.value.message
    assert error.value.hint


def test_impossible_date_stays_text_for_the_field_check():
    assert read_document(b"---\ndate: 2019-02-30\n---\n").meta == {"date": "2019-02-30"}
    assert read_document(b"---\ndate: 2019-02-28\n---\n").meta == {"date": dt.date(2019, 2, 28)}


# -- no input makes the loader crash -------------------------------------------------------------

KEYS = st.sampled_from(["title", "summary", "date", "authors", "themes", "session", "status",
                        "image", "x", "<<", "1", "title "])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.dates().map(str), st.text(max_size=30),
    st.sampled_from(["work", "health", "werk", "s1", "draft", "example", "2019-13-45",
                     "../../x.jpg", "images/a.jpg", "/etc/passwd", "!!python/name:os.system",
                     "&a x", "*a", "[a, b", "{a: 1}", "'", '"', ": x", "- a", "|", ">"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(string.ascii_letters, max_size=5), inner,
                                      max_size=3),
                      max_leaves=6)


def raw_yaml_value(value) -> str:
    if isinstance(value, str) and value and value[0] in "!&*[{'\":-|>":
        return value  # written as is, to reach YAML's error paths
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True)
    return text.strip().removesuffix("\n...")


@st.composite
def articles(draw) -> str:
    fields = draw(st.dictionaries(KEYS, VALUES, max_size=8))
    lines = [f"{key}: {raw_yaml_value(value)}" for key, value in fields.items()]
    noise = draw(st.lists(st.text(max_size=20), max_size=2))
    body = draw(st.text(max_size=80) | st.sampled_from(
        ["[x](../essays/nope.md)", "[t](../docs/themes/werk.md)", "```\n[x](y.md)\n",
         "[v6](http://[::1)", "[q](../essays/%E9.md?x#y)",
         "[r]: <x.md>"]))
    opener = draw(st.sampled_from(["---\n", "\ufeff---\r\n", "", "---"]))
    closer = draw(st.sampled_from(["---\n", "...\n", "", "--- \n"]))
    return opener + "\n".join(lines + noise) + "\n" + closer + body


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(dutch=articles(), english=articles() | st.none(), junk=st.binary(max_size=40))
def test_no_input_crashes_the_loader(tmp_path_factory, dutch, english, junk):
    root = write_site(tmp_path_factory.mktemp("h") / "repo", TINY_SITE)
    (root / "essays/h.md").write_bytes(dutch.encode("utf-8", "surrogatepass"))
    if english is not None:
        (root / "essays/h.en.md").write_bytes(english.encode("utf-8", "surrogatepass"))
    (root / "practices/junk.md").write_bytes(junk)
    magazine, diagnostics = load_magazine(root)
    mine = [d for d in diagnostics if d.path.startswith(("essays/h", "practices/junk"))]
    article = magazine.article("essays/h")
    # Either the article is accepted, or the editor is told why.
    assert article is not None or any(d.path.startswith("essays/h") and d.severity == "error"
                                      for d in mine)
    assert magazine.article("practices/junk") is not None or any(
        d.path == "practices/junk.md" and d.severity == "error" for d in mine)
    for d in mine:
        assert d.line >= 1 and d.col >= 1 and d.message
    # The good articles of the tiny site are never lost.
    assert magazine.article("interviews/zorg") is not None
