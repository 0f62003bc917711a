"""Any input, however odd, gives a result or the project's own error, within a time budget.

Property-based (hypothesis) over the HTML, PDF and text parsers and the finders of dates, periods, money,
organisation numbers, phones and e-mails, and over extraction itself. The strategies lean on the characters
these readers care about (digits, separators, month names, markup), so the odd cases come up often.
"""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.contacts import find_emails, find_phones
from extractors.dates import find_dates, find_periods
from extractors.extract import extract_projects
from extractors.money import find_amounts
from extractors.orgnr import find_orgnrs
from pipeline.blocks import ParsedDocument
from pipeline.errors import ParseError
from pipeline.parse import parse_bytes
from tests.conftest import EXAMPLES

BUDGET_S = 5.0  # per input; a document over its budget is a failure row in a run, never a hang
RUNS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])

PIECES = ["2024", "2031-01-01", " – ", "-", "–", "/", ".", ",", " ", "\n", "\n\n", "kr", "kronor", "SEK", "euro",
          "€", "%", "miljoner", "mnkr", "januari", "mars", "dec", "t.o.m.", "från", "till", "år", "556", "802",
          "0", "1", "9", "99", "123 456", "+46", "070", "@", "ex.se", "Projektägare:", "Projekt", "Syfte:", "§",
          "Dnr", "Region", "kommun", "”", "\"", "(", ")", ":", "\t", "\u00a0", "ö", "Å", "€", "\x00", "\ufffd"]
odd_text = st.one_of(st.text(max_size=400),
                     st.lists(st.sampled_from(PIECES), max_size=120).map("".join))

TAGS = ["div", "p", "table", "tr", "td", "dl", "dt", "dd", "ul", "li", "h1", "h2", "span", "a", "script", "nav",
        "main", "article", "br", "b"]


@st.composite
def odd_html(draw) -> bytes:
    """Markup nested and broken at random: unclosed tags, stray closes, deep nesting, odd bytes."""
    parts = []
    for _ in range(draw(st.integers(0, 80))):
        tag = draw(st.sampled_from(TAGS))
        parts.append(draw(st.sampled_from([f"<{tag}>", f"</{tag}>", f"<{tag} href='x'>", ""])))
        parts.append(draw(odd_text))
    depth = draw(st.integers(0, 300))
    nested = draw(st.sampled_from(["div", "table", "dl", "td"]))
    body = f"<{nested}>" * depth + "".join(parts) + f"</{nested}>" * draw(st.integers(0, depth))
    charset = draw(st.sampled_from(["utf-8", "windows-1252", "latin-1", "nonsense"]))
    return f"<html><head><meta charset='{charset}'></head><body>{body}</body></html>".encode("utf-8", "replace")


def _parses_or_says_why(data: bytes, name: str, content_type: str | None) -> None:
    t = time.perf_counter()
    try:
        doc = parse_bytes(data, name, content_type)
    except ParseError as exc:
        assert exc.reason and "\n" not in exc.reason  # one clear line
    else:
        assert isinstance(doc, ParsedDocument)
        for b in doc.blocks:  # every block points at the text it came from
            assert 0 <= b.start <= b.end <= len(doc.text)
    assert time.perf_counter() - t < BUDGET_S


@RUNS
@given(odd_html())
def test_any_html_parses_or_fails_with_its_reason(data):
    _parses_or_says_why(data, "x.html", "text/html")


@RUNS
@given(st.binary(max_size=2000))
def test_any_bytes_called_html_text_or_pdf_parse_or_fail_with_a_reason(data):
    for name, content_type in (("x.html", "text/html"), ("x.txt", "text/plain"), ("x.pdf", "application/pdf"),
                               ("x", None)):
        _parses_or_says_why(data, name, content_type)


REAL_PDF = (EXAMPLES / "004_0f4f007f8e9c9917.pdf").read_bytes()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(REAL_PDF) - 1), st.integers(0, 255)), min_size=1, max_size=40),
       st.integers(0, len(REAL_PDF)))
def test_a_damaged_pdf_parses_or_fails_with_its_reason(flips, cut):
    data = bytearray(REAL_PDF[:max(cut, 200)])
    for at, byte in flips:
        if at < len(data):
            data[at] = byte
    _parses_or_says_why(bytes(data), "x.pdf", "application/pdf")


@RUNS
@given(odd_text)
def test_the_finders_return_spans_inside_their_text(text):
    t = time.perf_counter()
    for finder in (find_dates, find_periods, find_amounts, find_orgnrs, find_phones, find_emails):
        for found in finder(text):
            start, end = found[1], found[2]
            assert 0 <= start <= end <= len(text), (finder.__name__, found)
    assert time.perf_counter() - t < BUDGET_S


@RUNS
@given(odd_text)
def test_extraction_of_any_text_gives_records_with_spans_inside_it(nlp, text):
    try:
        doc = parse_bytes(text.encode("utf-8", "replace"), "x.txt", "text/plain")
    except ParseError:
        return  # nothing to read (an empty file), said in one line: the parsers' property above
    t = time.perf_counter()
    for record in extract_projects(doc, nlp):
        assert record.name is not None
        for name in record.SCALARS + record.LISTS:
            values = getattr(record, name)
            for v in values if isinstance(values, list) else [values] if values else []:
                assert 0 <= v.prov.start <= v.prov.end <= len(doc.text)
    assert time.perf_counter() - t < BUDGET_S
