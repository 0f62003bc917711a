"""PDF into blocks: lines in reading order, columns, headings, tables.

Words come from pdfium (fast) on plain pages and from pdfplumber on pages with ruled lines,
whose table finder needs its layout.

Running headers and footers (the same line at the top or bottom of most pages) and
page numbers are dropped; words hyphenated at line ends are joined; a line in a
larger or bold font is a heading; ruled tables become rows.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from pipeline.blocks import Block, ParsedDocument, assemble, key_value_block
from pipeline.errors import ParseError
from pipeline.parse import pdfium_words
from pipeline.parse.pdf_tables import borderless_tables
from pipeline.parse.lines import (MAX_KEY_CHARS, ROW_SEPARATOR_RE, clean_line, corner_table_rows, facts_side_by_side,
                                  is_corner_head, is_fact_pair, join_wrapped, list_item_label, questions_and_answers,
                                  split_label, strip_bullet)

PAGE_NUMBER_RE = re.compile(r"^(sida\s*|page\s*|s\.\s*)?\d{1,4}(\s*(av|/|of)\s*\d{1,4})?$", re.IGNORECASE)
MIN_TEXT_CHARS = 20
MARGIN_SHARE = 0.09


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    page: int
    page_height: float
    x1: float = 0.0
    gap: float = 0.0  # the widest white space between two of its words
    boxed: bool = False  # a form's box: its small label with the value under it, one fact (no heading)
    label: tuple[str, str] | None = None  # label and value the layout set apart (a gap to a column of values)


def parse_pdf(data: bytes, name: str = "document.pdf", max_pages: int = 300) -> ParsedDocument:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ParseError(name, f"encrypted PDF, cannot be read without its password ({type(exc).__name__})") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise ParseError(name, f"corrupt PDF: {type(exc).__name__}: {exc}"[:300]) from exc
    except Exception as exc:  # pdfminer raises a wide variety on broken files
        raise _parse_error(name, exc) from exc
    warnings: list[str] = []
    try:
        with pdf:
            n_pages = len(pdf.pages)
            lines: list[_Line] = []
            tables: list[tuple[int, float, list[list[str]]]] = []
            fast = _pdfium(data)
            for number, page in enumerate(pdf.pages[:max_pages]):
                fast_page = fast[number] if fast is not None else None
                if fast_page is not None and not pdfium_words.has_rules(fast_page):
                    words, page_tables = borderless_tables(pdfium_words.page_words(fast_page), number)
                    page_lines = _lines_of(words, number, fast_page.get_width(), fast_page.get_height())
                else:  # ruled tables, or pdfium could not read the file: pdfplumber's layout
                    page_lines, page_tables = _read_page(page, number)
                lines.extend(page_lines)
                tables.extend(page_tables)
            if fast is not None:
                fast.close()
            if n_pages > max_pages:
                warnings.append(f"only the first {max_pages} of {n_pages} pages were read")
    except ParseError:
        raise
    except Exception as exc:
        raise _parse_error(name, exc) from exc
    table_chars = sum(len(cell or "") for _, _, rows in tables for row in rows for cell in row)
    if sum(len(line.text) for line in lines) + table_chars < MIN_TEXT_CHARS:  # (a page that is one table has text)
        return ParsedDocument(text="", blocks=[], content_type="application/pdf", needs_ocr=n_pages > 0,
                              pages=n_pages, warnings=warnings + ["no text layer: needs OCR"])
    kept = _drop_running_lines(lines, min(n_pages, max_pages))
    blocks = _blocks(kept, tables)
    return assemble(questions_and_answers(facts_side_by_side(blocks)), content_type="application/pdf", pages=n_pages,
                    warnings=warnings, title=_title(blocks), furniture=_furniture(lines, kept))


def _parse_error(name: str, exc: Exception) -> ParseError:
    """pdfplumber wraps pdfminer's errors; unwrap them to say what is wrong."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc.__context__ or exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return ParseError(name, "encrypted PDF, cannot be read without its password")
    return ParseError(name, f"corrupt PDF: {type(inner).__name__}: {inner}"[:300])


def _read_page(page, number: int) -> tuple[list[_Line], list[tuple[int, float, list[list[str]]]]]:
    tables: list[tuple[int, float, list[list[str]]]] = []
    table_boxes = []
    if page.rects or page.lines:
        for table in page.find_tables():
            rows = [[clean_line(c or "") for c in row] for row in table.extract()]
            rows = [r for r in rows if any(r)]
            if len(rows) >= 2:
                tables.append((number, table.bbox[1], rows))
                table_boxes.append(table.bbox)
    words = _without_footnote_marks(page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                                       use_text_flow=False))
    if table_boxes:
        words = [w for w in words if not any(_inside(w, box) for box in table_boxes)]
    words, unruled = borderless_tables(words, number)
    return _lines_of(words, number, page.width, page.height), tables + unruled


def _without_footnote_marks(words: list[dict]) -> list[dict]:
    """Without the small digits set right after a word to mark a footnote ("kronor¹"), as pdfium_words reads them."""
    marks = [w for w in words if w["text"].isdigit() and len(w["text"]) <= 2]
    if not marks:
        return words
    dropped = {id(m) for m in marks for w in words if w is not m and abs(m["x0"] - w["x1"]) < 1.0
               and m["size"] <= w["size"] * pdfium_words.MARK_SIZE_SHARE and w["top"] - 1 <= m["top"] <= w["bottom"]
               and (w["text"][-1:].isalpha() or w["text"][-1:] in ".,)")}
    return [w for w in words if id(w) not in dropped]


def _pdfium(data: bytes):
    """The same file opened by pdfium, or None when pdfium cannot read it (pdfplumber then does all)."""
    try:
        return pdfium_words.open_document(data)
    except Exception:  # pdfium's errors on odd files are not ours to report: pdfplumber reads on
        return None


def _lines_of(words: list[dict], number: int, width: float, height: float) -> list[_Line]:
    lines: list[_Line] = []
    header, body, footer = _page_bands(words, height)
    columns = _split_columns(body, width)
    if len(columns) == 1:
        columns = [words]
    else:  # a running header and footer set apart stand over and under the columns, not in the first one, where
        # a paragraph that runs on into the next column would be cut by them (each side of the gutter a line of its
        # own: a line across the page would hide where the first column's text ends)
        cut = min(w["x0"] for w in columns[1])
        columns = [*_sides(header, cut), *columns, *_sides(footer, cut)]
    for column in columns:
        lines.extend(_group_lines(column, number, height))
    return lines


def _sides(words: list[dict], cut: float) -> list[list[dict]]:
    """A header's or footer's words left and right of the columns' gutter; a line set across it (a newsletter's
    title whose words run on over the gutter) stays whole on the left."""
    lines: dict[int, list[dict]] = {}
    for w in words:
        lines.setdefault(round(w["top"]), []).append(w)
    left: list[dict] = []
    right: list[dict] = []
    for line in lines.values():
        line.sort(key=lambda w: w["x0"])
        across = any(a["x0"] < cut <= b["x0"] and b["x0"] - a["x1"] < GUTTER for a, b in zip(line, line[1:]))
        left += line if across else [w for w in line if w["x0"] < cut]
        right += [] if across else [w for w in line if w["x0"] >= cut]
    return [left, right]


PAGE_BAND = 0.08  # of the page's height: where a running header or footer stands
BAND_GAP = 20.0  # points: the white space that sets a header or a footer apart from the text


def _page_bands(words: list[dict], height: float) -> tuple[list[dict], list[dict], list[dict]]:
    """The page's running header, its body and its footer: lines near the top or the bottom edge set apart from
    the text by a wide white band."""
    tops = sorted({round(w["top"]) for w in words})
    head_cut = foot_cut = None
    for above, below in zip(tops, tops[1:]):
        if above > height * PAGE_BAND:
            break
        if below - above >= BAND_GAP:
            head_cut = above
    for below, above in zip(reversed(tops), list(reversed(tops))[1:]):
        if below < height * (1 - PAGE_BAND):
            break
        if below - above >= BAND_GAP:
            foot_cut = below
    header = [w for w in words if head_cut is not None and round(w["top"]) <= head_cut]
    footer = [w for w in words if foot_cut is not None and round(w["top"]) >= foot_cut]
    body = [w for w in words if (head_cut is None or round(w["top"]) > head_cut)
            and (foot_cut is None or round(w["top"]) < foot_cut)]
    return header, body, footer


def _inside(word: dict, box: tuple) -> bool:
    x0, top, x1, bottom = box
    return word["x0"] >= x0 - 1 and word["x1"] <= x1 + 1 and word["top"] >= top - 1 and word["bottom"] <= bottom + 1


GUTTER = 8.0  # points: the narrowest white band between two columns of text


def _split_columns(words: list[dict], width: float) -> list[list[dict]]:
    """Two columns when a vertical gutter near the middle is crossed by (almost) no word; else three; else two
    where the gutter sets a narrower column beside the text (a brochure's column of facts down one side)."""
    if len(words) < 40:
        return [words]
    return _two_columns(words, width, 0.38, 0.62) or _three_columns(words, width) \
        or _two_columns(words, width, 0.3, 0.72) or _banded_columns(words, width) or [words]


def _two_columns(body: list[dict], width: float, lo: float, hi: float) -> list[list[dict]] | None:
    for x in sorted(range(int(width * lo), int(width * hi), 4), key=lambda v: abs(v - width / 2)):
        # a gutter is wider than the space between two words: no word may reach into the band around x
        across = [w for w in body if w["x0"] < x + GUTTER / 2 and w["x1"] > x - GUTTER / 2]
        # a title or a header set across both columns may cross it: one line's words do not count
        crossing = 0 if len({round(w["top"]) for w in across}) <= 1 else len(across)
        over = {round(w["top"]) for w in across}  # (the words of a line set across the gutter count on neither side)
        left = sum(1 for w in body if w["x1"] <= x and round(w["top"]) not in over)
        right = sum(1 for w in body if w["x0"] >= x and round(w["top"]) not in over)
        if crossing <= len(body) * 0.01 and (left > len(body) * 0.2 and right > len(body) * 0.2 or
                                             _text_lines(body, lambda w, x=x: w["x1"] <= x) and
                                             _text_lines(body, lambda w, x=x: w["x0"] >= x)) \
                and not _labels_beside_values(body, x) and not _boxes_side_by_side(body, x):
            tops = {round(w["top"]) for w in across}  # a title's whole line goes over the first column
            full = [w for w in body if round(w["top"]) in tops]
            rest = [w for w in body if round(w["top"]) not in tops]
            second = [w for w in rest if w["x0"] >= x]
            first = full + [w for w in rest if w["x1"] <= x]
            # a line across the page under both columns (a closing paragraph), and what follows it, comes last
            below = min((t for t in tops if t > max(round(w["top"]) for w in second)), default=None) if second else None
            if below is not None:  # ... and the heading right over that line
                below = _left_band_under(first, second, below)
            if below is None:
                return [first, second]
            return [[w for w in first if round(w["top"]) < below], second,
                    [w for w in first if round(w["top"]) >= below]]
    return None


def _boxes_side_by_side(body: list[dict], x: float) -> bool:
    """A form's fields two to a row either side of `x`, each a small label over its value in larger type: rows to
    read across (_labels_over_values), no two columns of text."""
    lines: dict[int, list[dict]] = {}
    for w in body:
        lines.setdefault(round(w["top"]), []).append(w)
    rows = [lines[top] for top in sorted(lines)]
    both = [any(w["x1"] <= x for w in row) and any(w["x0"] >= x for w in row) for row in rows]
    pairs = sum(1 for k in range(len(rows) - 1) if both[k] and both[k + 1]
                and min(w["size"] for w in rows[k + 1]) - max(w["size"] for w in rows[k]) >= SIZE_STEP)
    return pairs >= FORM_ROWS


def _left_band_under(first: list[dict], second: list[dict], below: int) -> int:
    """Where the text under both columns starts, given the first line set across them: a heading right over that
    line, under the second column's end, starts it ("Ny utlysning" over its paragraph; the first column's tail
    above the heading stays in that column)."""
    bottom = max(round(w["top"]) for w in second)
    lines: dict[int, list[dict]] = {}
    for w in first:
        if bottom < round(w["top"]) < below:
            lines.setdefault(round(w["top"]), []).append(w)
    sizes = sorted(w.get("size", 0) for w in first)
    body_size = sizes[len(sizes) // 2]
    start = below
    for top in sorted(lines, reverse=True):  # the headings right over that line, the last lines above it
        if not (_bold(lines[top]) or min(w.get("size", 0) for w in lines[top]) > body_size * 1.1):
            break
        start = top
    return start


def _labels_beside_values(body: list[dict], x: float) -> bool:
    """The words left of `x` are a form's labels, each beside its value on the same line ("Projektägare   Åby
    kommun"): where a line has words on both sides, those on the left are a few. A column of text fills its lines."""
    lines: dict[int, list[dict]] = {}
    for w in body:
        lines.setdefault(round(w["top"]), []).append(w)
    paired = [words for words in lines.values() if any(w["x1"] <= x for w in words) and any(w["x0"] >= x for w in words)
              and all(w["x1"] <= x or w["x0"] >= x for w in words)]  # (a line with a word across `x` is set across it)
    labels = [words for words in paired if sum(w["x1"] <= x for w in words) <= LABEL_WORDS
              or _bold([w for w in words if w["x1"] <= x]) and not _bold([w for w in words if w["x0"] >= x])]
    return len(paired) >= 3 and len(labels) >= 0.8 * len(paired)  # (labels of any length set in bold beside values)


LABEL_WORDS = 3


def _banded_columns(body: list[dict], width: float) -> list[list[dict]] | None:
    """Two columns between lines set across the page (a newsletter's title above them, a closing paragraph and a
    footer below): the lines above, the left column, the right column, then the lines below, in that order."""
    if not _gapped_lines(body, width):
        return None  # (a page of one column has no line with a gutter's gap near its middle: asked no further)
    tops = sorted({round(w["top"]) for w in body})
    for x in sorted(range(int(width * 0.38), int(width * 0.62), 4), key=lambda v: abs(v - width / 2)):
        crossing = {round(w["top"]) for w in body if w["x0"] < x + GUTTER / 2 and w["x1"] > x - GUTTER / 2}
        runs: list[list[int]] = [[]]  # the lines between two that cross the gutter
        for top in tops:
            if top in crossing:
                runs.append([])
            else:
                runs[-1].append(top)
        run = max(runs, key=len)  # the columns: the longest stretch of lines that leave the gutter free
        if not run:
            continue
        middle = [w for w in body if run[0] <= round(w["top"]) <= run[-1]]
        left, right = [w for w in middle if w["x1"] <= x], [w for w in middle if w["x0"] >= x]
        if _text_lines(left, lambda w: True) and _text_lines(right, lambda w: True):
            above = [w for w in body if round(w["top"]) < run[0]]
            below = [w for w in body if round(w["top"]) > run[-1]]
            return [group for group in (above, left, right, below) if group]
    return None


def _gapped_lines(body: list[dict], width: float, least: int = 3) -> bool:
    """At least `least` lines hold a gap a gutter wide between two of their words, near the page's middle."""
    lines: dict[int, list[dict]] = {}
    for w in body:
        lines.setdefault(round(w["top"]), []).append(w)
    gapped = 0
    for words in lines.values():
        words.sort(key=lambda w: w["x0"])
        gapped += any(b["x0"] - a["x1"] >= GUTTER and width * 0.38 <= (a["x1"] + b["x0"]) / 2 <= width * 0.62
                      for a, b in zip(words, words[1:]))
    return gapped >= least


def _line_coverage(body: list[dict], width: float) -> list[int]:
    """For each point across the page, how many lines have a word within half a gutter of it."""
    covered: dict[int, set[int]] = {}
    for w in body:
        covered.setdefault(round(w["top"]), set()).update(range(max(0, int(w["x0"] - GUTTER / 2)),
                                                               min(int(width) + 1, int(w["x1"] + GUTTER / 2) + 1)))
    coverage = [0] * (int(width) + 2)
    for points in covered.values():
        for x in points:
            coverage[x] += 1
    return coverage


def _widest_gutter(coverage: list[int], lo: float, hi: float) -> float | None:
    """The middle of the widest band between lo and hi that at most two lines reach into (a title and its subtitle
    across the columns), when it is a gutter's width (not a word space that happens to line up down a few lines)."""
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(lo), int(hi) + 1):
        if x < int(hi) and coverage[x] <= 2:
            start = x if start is None else start
            continue
        if start is not None:
            if best is None or x - 1 - start > best[1] - best[0]:
                best = (start, x - 1)
            start = None
    return (best[0] + best[1]) / 2 if best and best[1] - best[0] >= 2 * GUTTER else None


def _three_columns(body: list[dict], width: float) -> list[list[dict]] | None:
    """Three columns (a poster, a newsletter): two gutters near a third and two thirds of the page, each side of
    them lines of text."""
    coverage = _line_coverage(body, width)
    first, second = _widest_gutter(coverage, width * 0.25, width * 0.42), _widest_gutter(coverage, width * 0.58, width * 0.75)
    if first is None or second is None:
        return None
    parts = [lambda w: w["x1"] <= first, lambda w: w["x0"] >= first and w["x1"] <= second, lambda w: w["x0"] >= second]
    if not all(_text_lines(body, side) for side in parts):
        return None
    across = {round(w["top"]) for w in body if w["x0"] < first < w["x1"] or w["x0"] < second < w["x1"]}
    full = [w for w in body if round(w["top"]) in across]  # a title's whole line, over the first column
    rest = [w for w in body if round(w["top"]) not in across]
    return [full + [w for w in rest if parts[0](w)]] + [[w for w in rest if side(w)] for side in parts[1:]]


def _text_lines(words: list[dict], side) -> bool:
    """The words on one side of a gutter run as lines of text (three or more lines of three words or more):
    a short second column, not a table's column of figures."""
    tops = Counter(round(w["top"]) for w in words if side(w) and re.search(r"[^\W\d]{2}", w["text"]))
    return sum(1 for n in tops.values() if n >= 3) >= 3


def _group_lines(words: list[dict], page: int, height: float) -> list[_Line]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= max(2.0, w["size"] * 0.3):
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    rows = _labels_over_values(_margin_column(rows))
    columns = _value_columns(rows)
    rows = [part for row in rows for part in _side_by_side(row, columns)]
    lines = []
    for row in rows:
        text = clean_line(_row_text(row, columns))
        if not text:
            continue
        sizes = Counter(round(w["size"], 1) for w in row)
        split = _label_split(row, columns)
        bold = _bold(row[split:] if split else row)  # (a bold label beside its value is a fact, no heading)
        lines.append(_Line(text=text, top=min(w["top"] for w in row), bottom=max(w["bottom"] for w in row),
                           x0=row[0]["x0"], size=sizes.most_common(1)[0][0], bold=bold, page=page,
                           page_height=height, x1=max(w["x1"] for w in row),
                           gap=max((b["x0"] - a["x1"] for a, b in zip(row, row[1:])), default=0.0),
                           boxed=any(w.get("boxed") for w in row),
                           label=(clean_line(" ".join(w["text"] for w in row[:split])),
                                  clean_line(" ".join(w["text"] for w in row[split:]))) if split else None))
    return lines


# What a minute sets in its left margin beside an item's text: "§ 145", "KS", "2034/311", "Dnr".
MARGIN_TOKEN_RE = re.compile(r"^(?:§|\d{1,4}|[A-ZÅÄÖ]{1,5}|Dnr\.?|[A-ZÅÄÖ]{0,5}\d{2,4}[/.-]\d{1,6}(?:[/.-]\d{1,6})?)$")
MARGIN_GAP = 2.0  # font sizes: the white space between the margin's words and the text beside them
MARGIN_WORDS = 4


def _margin_split(row: list[dict]) -> int | None:
    """How many words open the row in a margin of their own ("§ 145" ... text), else None."""
    for k in range(1, min(MARGIN_WORDS, len(row) - 1) + 1):
        if not MARGIN_TOKEN_RE.match(row[k - 1]["text"]):
            return None
        if row[k]["x0"] - row[k - 1]["x1"] >= MARGIN_GAP * row[k]["size"]:
            return k
    return None


def _margin_column(rows: list[list[dict]]) -> list[list[dict]]:
    """A minute whose items carry their paragraph number and case in the left margin, the text indented beside
    them: the item's first line keeps its number ("§ 145 Rubrik"); the margin's words on the lines below (a case
    "KS 2034/311" wrapped over two) make one line of their own under it, before the text they stood beside."""
    splits = {i: k for i, row in enumerate(rows) if (k := _margin_split(row)) is not None}
    if sum(1 for i in splits if rows[i][0]["text"] == "§") < 1 or len(splits) < 2:
        return rows
    body_x = Counter(round(rows[i][k]["x0"]) for i, k in splits.items()).most_common(1)[0][0]

    def at_body(word: dict) -> bool:
        return abs(word["x0"] - body_x) <= 3

    out: list[list[dict]] = []
    i = 0
    while i < len(rows):
        k = splits.get(i)
        if k is None or not at_body(rows[i][k]):
            out.append(rows[i])
            i += 1
            continue
        out.append(rows[i])  # the item's number stays with its heading
        margin: list[dict] = []
        text: list[list[dict]] = []
        j = i + 1
        while j < len(rows):
            row, kk = rows[j], splits.get(j)
            if kk is not None and at_body(row[kk]) and row[0]["text"] != "§":
                margin += row[:kk]
                text.append(row[kk:])
            elif at_body(row[0]):
                text.append(row)
            elif all(MARGIN_TOKEN_RE.match(w["text"]) for w in row) and max(w["x1"] for w in row) < body_x:
                margin += row  # a margin's line with no text beside it
            else:
                break
            j += 1
        out += ([margin] if margin else []) + text
        i = j
    return out


def _labels_over_values(rows: list[list[dict]]) -> list[list[dict]]:
    """A form's boxes side by side, each a small label over what was filled in: a line of two or more labels set
    apart, over a line in larger type whose words stand under them. Each label with its value, as one line."""
    out: list[list[dict]] = []
    i = 0
    while i < len(rows):
        pairs = _boxed_pairs(rows[i], rows[i + 1]) if i + 1 < len(rows) else None
        out += pairs or [rows[i]]
        i += 2 if pairs else 1
    return out


def _boxed_pairs(labels: list[dict], values: list[dict]) -> list[list[dict]] | None:
    small, large = max(w["size"] for w in labels), min(w["size"] for w in values)
    if large - small < SIZE_STEP or values[0]["top"] - labels[0]["bottom"] > 2 * large:
        return None
    starts = [0] + [k for k in range(1, len(labels)) if labels[k]["x0"] - labels[k - 1]["x1"] > LABEL_GAP * small]
    parts = [labels[s:e] for s, e in zip(starts, starts[1:] + [len(labels)])]
    if len(parts) < 2 or any(len(part) > BOXED_LABEL_WORDS or part[-1]["text"].endswith((".", ",")) for part in parts):
        return None
    filled: list[list[dict]] = [[] for _ in parts]
    for w in values:  # each value word under the label it stands beneath (or right of)
        under = [k for k, part in enumerate(parts) if w["x0"] >= part[0]["x0"] - small]
        if not under:
            return None
        filled[under[-1]].append(w)
    if not all(filled) or any(abs(value[0]["x0"] - part[0]["x0"]) > 2 * large for part, value in zip(parts, filled)) \
            or any(b[0]["x0"] - a[-1]["x1"] < 2 * large for a, b in zip(filled, filled[1:])):
        return None  # each value starts under its label, apart from the one before (not a heading across the page)
    return [[*part[:-1], {**part[-1], "text": part[-1]["text"].rstrip(":") + ":", "boxed": True}, *value]
            for part, value in zip(parts, filled)]


LABEL_GAP = 4.0  # font sizes: the white space between a form's label and its value set in a column of their own


def _side_by_side(row: list[dict], value_columns: set[int] = frozenset()) -> list[list[dict]]:  # type: ignore[assignment]
    """A line that holds two blocks side by side, the right one a fact of its own ("Föreningen X" beside
    "Datum: 2026-11-04", an address beside a letter's case number) or set in another size: two lines, left then
    right."""
    for k in range(1, len(row)):
        if row[k]["x0"] - row[k - 1]["x1"] <= LABEL_GAP * row[k]["size"] or row[k - 1]["text"].endswith(":"):
            continue
        right = split_label(" ".join(w["text"] for w in row[k:]))
        if right and right[1] and len(right[0].split()) <= 3:
            return [row[:k], row[k:]]
        if abs(max(w["size"] for w in row[:k]) - max(w["size"] for w in row[k:])) >= SIZE_STEP:
            return [row[:k], row[k:]]  # a title beside a small dateline ("Leader X" ... "Beslut"): no label and value
        if k > LABEL_WORDS_MAX and _bold(row[:k]) != _bold(row[k:]) and round(row[k]["x0"]) not in value_columns:
            return [row[:k], row[k:]]  # a letterhead's name in bold beside its dateline: more words than a label has
    return [row]


def _bold(words: list[dict]) -> bool:
    return sum(1 for w in words if pdfium_words.BOLD_NAME_RE.search(w["fontname"])) > len(words) / 2


SIZE_STEP = 2.0  # points: type this much larger or smaller is another block
FORM_ROWS = 2  # rows of labels over values across the page that make it a form, not two columns


LABEL_GAP_ALIGNED = 1.5  # font sizes: the same, when the value starts where the values of other lines start
LABEL_GAP_AT_COLUMN = 0.5  # font sizes: more than a word space, once that column of values is known (a long label
# set justified in its cell runs close to its value)
LABEL_WORDS_MAX = 3
BOLD_LABEL_WORDS_MAX = 8  # a bold label may be a clause, when its value stands in the column of the others
VALUE_COLUMN_ROWS = 3  # lines whose values start at one x that make it a column of values


def _label_gaps(row: list[dict], least: float) -> list[int]:
    most = LABEL_WORDS_MAX + (1 if row and FIELD_NO_RE.match(row[0]["text"]) else 0)  # ("1.1 Organisationens namn")
    gaps = [k for k in range(1, min(len(row), most + 1)) if row[k]["x0"] - row[k - 1]["x1"] > least * row[k]["size"]]
    if not gaps:  # a long label set in bold beside its value in the body's type ("Ni ska vara klara med projektet
        # senast   2040-03-31")
        gaps = [k for k in range(most + 1, min(len(row), BOLD_LABEL_WORDS_MAX + 1))
                if row[k]["x0"] - row[k - 1]["x1"] > least * row[k]["size"] and _bold(row[:k]) and not _bold(row[k:])][:1]
    return gaps


FIELD_NO_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")  # a form's field number before its label


def _value_columns(rows: list[list[dict]]) -> set[int]:
    """The x where values start on several lines after a few words and a gap: a form's column of values,
    whose labels may come close to it ("Organisationsnummer  802480-1235")."""
    starts = Counter(round(row[gaps[0]]["x0"]) for row in rows if len(gaps := _label_gaps(row, LABEL_GAP_ALIGNED)) == 1)
    return {x for x, n in starts.items() if n >= VALUE_COLUMN_ROWS}


def _label_split(row: list[dict], value_columns: set[int]) -> int | None:
    """Where a line's value starts when one wide gap after a few words on its left sets a label apart from it, as
    a form prints them in two columns ("Projektnamn      Vägar till arbete")."""
    gaps = [k for k in range(1, len(row)) if row[k]["x0"] - row[k - 1]["x1"] > LABEL_GAP * row[k]["size"]]
    aligned = [k for k in _label_gaps(row, LABEL_GAP_AT_COLUMN) if round(row[k]["x0"]) in value_columns]
    if not gaps and len(aligned) == 1:
        gaps = aligned
    words = [w["text"] for w in row]
    lead = 1 if words and FIELD_NO_RE.match(words[0]) else 0  # "1.1 Organisationens namn*   Åby IF": numbered
    at_column = bool(aligned) and gaps == aligned  # the one gap opens on the column of values: a bold label may be long
    most = BOLD_LABEL_WORDS_MAX if at_column else LABEL_WORDS_MAX + lead
    if len(gaps) == 1 and lead < gaps[0] <= most and not words[gaps[0] - 1].endswith(":") \
            and not any(ch.isdigit() for w in words[lead:gaps[0]] for ch in w):
        return gaps[0]
    return None


def _row_text(row: list[dict], value_columns: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """A line's words, a label set apart from its value joined to it with a colon."""
    words = [w["text"] for w in row]
    k = _label_split(row, value_columns)
    return " ".join(words[:k]) + ": " + " ".join(words[k:]) if k else " ".join(words)


def _shape(text: str) -> str:
    """A running line's form whatever its page: numbers as #, without a page number at its end ("Dnr X Sida 2")."""
    return re.sub(r"\d+", "#", TRAILING_PAGE_NUMBER_RE.sub("", text).casefold())


TRAILING_PAGE_NUMBER_RE = re.compile(r"\s+(?:sida|page|s\.)\s*\d{1,4}(?:\s*(?:av|/|of)\s*\d{1,4})?$|\s+\d{1,4}\s*\(\d{1,4}\)$",
                                     re.IGNORECASE)


def _furniture(lines: list[_Line], kept: list[_Line]) -> list[str]:
    """The running lines dropped, once each by their shape (page numbers alone are none)."""
    left = {id(ln) for ln in kept}
    seen: dict[str, str] = {}
    for ln in lines:
        if id(ln) not in left and not PAGE_NUMBER_RE.match(ln.text):
            seen.setdefault(_shape(ln.text), TRAILING_PAGE_NUMBER_RE.sub("", ln.text).strip())
    return list(seen.values())


def _drop_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    """Page numbers anywhere in the margins; lines repeated in the margins of most pages."""
    def in_margin(line: _Line) -> bool:
        return line.top < line.page_height * MARGIN_SHARE or line.bottom > line.page_height * (1 - MARGIN_SHARE)

    repeated: set[str] = set()
    if pages >= 2:
        seen = Counter(_shape(line.text) for line in {(ln.page, _shape(ln.text)): ln for ln in lines
                                                      if in_margin(ln)}.values())
        repeated = {shape for shape, count in seen.items() if count >= max(2, pages // 2)}

    def running(line: _Line) -> bool:
        if not in_margin(line) or _shape(line.text) not in repeated:
            return False
        # Of two pages, the first page's header stays: it may be the only place the letterhead names its sender.
        return pages >= 3 or line.page > 0 or line.top >= line.page_height * MARGIN_SHARE
    return [ln for ln in lines if not (in_margin(ln) and PAGE_NUMBER_RE.match(ln.text) or running(ln))
            and not (PAGE_NUMBER_RE.match(ln.text) and not (YEAR_LINE_RE.match(ln.text) and not in_margin(ln)))]


# A year alone on a line in the body is the end of a wrapped line ("Projekttid: 1 feb 2024 - 31 jan" / "2027"),
# not a page number.
YEAR_LINE_RE = re.compile(r"^(?:19|20)\d{2}$")


# A line that ends in an amount, a share or a date: "Borgholms kommun 2 070 000 24,50 %", "... 2021-10-31".
FIGURE_END_RE = re.compile(r"(\d{1,3}(?:[  ]\d{3})+|\d{4,}|\d{4}-\d{2}-\d{2}|%|\b(?:kr|kronor|sek|eur|euro))$", re.IGNORECASE)
# A table row that opens with its case number: "RD19/03118 Leksands kommun ...".
CASE_LEAD_RE = re.compile(r"^(?!\d{4}-\d{2}(?:-\d{2})?\b)[A-ZÅÄÖ]{0,5}\s?\d{2,4}[-/]\d{2,}")


# A row that opens with a case number that cannot be a phone number or a date: "RD19/03342 Högskolan ...".
CASE_ROW_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,5}\s?\d{2,4}[-/]\d{2,}|\d{2,4}/\d{2,})")
# A line after which a case number goes on the sentence ("... avseende Dnr" / "RD19/03455 ...").
CASE_REF_END_RE = re.compile(r"(?i)(\b(dnr|diarienummer|diarienr|nr|ärende|ärendet|och|samt|eller|i|till|av|"
                             r"för|med|om|enligt)|[(,:])$")
# A line that ends in a word a sentence cannot end on: the next line goes on with it, whatever it looks like.
OPEN_END_RE = re.compile(r"\s(och|samt|eller|i|på|av|för|med|till|från|mellan|om|att|som)$")


def _title_shaped(text: str) -> bool:
    """A short line that could title what follows: a few words, a capital first, no punctuation in it."""
    words = text.split()
    return 1 <= len(words) <= 6 and text[:1].isupper() and not re.search(r"[.,;:!?]", text) \
        and not OPEN_END_RE.search(text)  # "I projektet samarbetar vi med": a sentence wrapped before a long word


def _title_line(current: Block, prev: _Line, right_edge: dict) -> bool:
    """The block so far is one short line, title-shaped, ending well short of its column's edge."""
    return current.text == (strip_bullet(prev.text) or prev.text) and _title_shaped(current.text) \
        and prev.x1 < _edge_of(prev, right_edge) - 12 * prev.size


def _wraps_on(prev: _Line | None, line: _Line, current: Block | None, new_para: bool, right_edge: dict) -> bool:
    """The line goes on the paragraph above: that ran to its column's edge without ending a sentence."""
    return prev is not None and not new_para and prev.page == line.page and current is not None \
        and current.kind == "paragraph" and not prev.text.endswith((".", ":", ";", "!", "?")) \
        and prev.x1 >= _edge_of(prev, right_edge) - 3 * prev.size


# A fact's value that ends in a figure or its unit is complete: what follows in capitals is text of its own.
FIGURE_VALUE_RE = re.compile(r"(?:\d|\bkr|\bkronor|\bSEK|\bEUR|\beuro|%)\.?$")


def _half_line(prev: _Line | None, right_edge: dict) -> bool:
    """The line above ended before the middle of its column: the next one starts anew, it is no wrap."""
    if prev is None:
        return False
    edge = _edge_of(prev, right_edge)
    return prev.x1 < prev.x0 + 0.5 * (edge - prev.x0)


def _ends_short(prev: _Line | None, line: _Line, right_edge: dict) -> bool:
    """A fact's value line that stopped short of its column's edge: the next line is one of its own ("Finansiärer:"
    over one payer a line), unless it opens in lower case and so goes on the same words."""
    return prev is not None and not line.text[:1].islower() \
        and prev.x1 < _edge_of(prev, right_edge) - 3 * prev.size


# A minute's item mark with its case and nothing else: "§ 201  KS 2037/512" (a bare "§ 143" runs on into its title,
# as a transcript prints them).
ITEM_MARK_LINE_RE = re.compile(r"^§\s?\d{1,4}\s+(?:Dnr\.?\s+)?[A-ZÅÄÖ]{0,5}\s?\d{2,4}[/-]\d{1,6}$")
# A form's numbered field ("1.1 Organisationens namn", "2.3 Samverkansparter") on a line of its own.
FIELD_NUMBER_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ]")


def _value_under_field(prev: _Line | None, line: _Line, gap: float | None, body_size: float) -> bool:
    """A line right under a form's numbered field label set smaller ("1.1 Organisationens namn" over "Åby IF"): the
    field's value, however large its type; under an unnumbered small line, unless it is set bold and far larger than
    the body, as a title is under the small kicker or running header over it ("Projektsammanfattning" over "X")."""
    return prev is not None and gap is not None and -0.3 * line.size <= gap < line.size and prev.size < line.size \
        and (FIELD_NUMBER_RE.match(prev.text) is not None or line.size - prev.size >= SMALL_LABEL_STEP
             and len(prev.text.split()) <= FIELD_WORDS and not prev.bold and not prev.text.endswith((".", ",", ";"))
             and not (line.bold and line.size >= TITLE_SIZE * body_size)) \
        and not FIELD_NUMBER_RE.match(line.text)  # ("Projektägare" set small over "Åby kommun" in a box)
FIELD_WORDS = 6
TITLE_SIZE = 1.3  # times the body's type: a title's, bold, under a small kicker
SMALL_LABEL_STEP = 1.5  # points smaller than the line under it: a form's label, not the first line of its text


def _set_break(prev: _Line, line: _Line, right_edge: dict) -> bool:
    """A form's numbered field and its value, each on a line of its own, set line under line: the writer broke the
    lines (as the text rendition shows them), the column did not wrap them."""
    field = FIELD_NUMBER_RE.match(line.text) or FIELD_NUMBER_RE.match(prev.text)
    return bool(field) and len(prev.text.split()) <= FIELD_WORDS \
        and prev.x1 < _edge_of(prev, right_edge) - 12 * prev.size \
        and not prev.text.endswith((",", "-", "–", ";")) and not OPEN_END_RE.search(prev.text) \
        and (line.text[:1].isupper() or line.text[:1].isdigit())


CHAR_WIDTH = 0.55  # of the font size: a generous average width of a letter, to tell whether a word would have fit


def _next_word_fitted(prev: _Line, line: _Line, right_edge: dict) -> bool:
    """The next line's first word would have fitted where the line ended, before its column's edge: the writer
    ended the line, the column did not wrap it."""
    first = line.text.split()[0] if line.text.split() else ""
    room = _edge_of(prev, right_edge) - prev.x1
    return room > (len(first) + 2) * CHAR_WIDTH * line.size


def _figure_line_ends_short(prev: _Line, line: _Line, right_edge: dict) -> bool:
    """A line that ends in a figure (a sum, a year) well before its column's edge, though the next line's first
    word would have fit there: an entry's title line."""
    return bool(FIGURE_END_RE.search(prev.text)) and len(prev.text.split()) >= ENTRY_WORDS \
        and line.text[:1].isupper() and _next_word_fitted(prev, line, right_edge)


ENTRY_WORDS = 4  # an entry's title line, not a reference ("Dnr RUN 2022/1187") whose number ends it too


def _row_shaped(text: str) -> bool:
    """"Namn – Fond – 2019–2021 – partner": a row of parts, complete (however the column wrapped it)."""
    return len(text) <= 200 and len(ROW_SEPARATOR_RE.findall(text)) >= 2 and not re.search(r"[.,;:]", text) \
        and not text.endswith(("-", "–"))


SPREAD_GAP = 8.0  # font sizes of white space inside a line that set its parts apart, at both margins


def _edge_of(line: _Line, right_edge: dict) -> float:
    """The right edge of the column the line stands in (its own end where no edge is known)."""
    return right_edge.get((line.page, int(line.x0 // 40)), line.x1)


def _right_edges(lines: list[_Line]) -> dict[tuple[int, int], float]:
    """The right edge of each column of text, by page and left margin: a sentence that ends well short of it ends
    its line on purpose. A line whose parts stand far apart (a footer's "Dnr ..." at the left margin and "Sida 1"
    at the right) runs to no column's edge."""
    edges: dict[tuple[int, int], float] = {}
    spread: dict[tuple[int, int], float] = {}  # (the edge only where no other line stands)
    for ln in lines:
        key = (ln.page, int(ln.x0 // 40))
        into = spread if ln.gap > SPREAD_GAP * ln.size else edges
        into[key] = max(into.get(key, 0.0), ln.x1)
    return {**spread, **edges}


def _blocks(lines: list[_Line], tables: list[tuple[int, float, list[list[str]]]]) -> list[Block]:
    if not lines:  # a page of nothing but a table (a spreadsheet printed to PDF): its rows
        return [b for _, _, rows in sorted(tables) for b in _table_blocks(rows)]
    body_size = Counter(ln.size for ln in lines).most_common(1)[0][0]
    heading_sizes = sorted({ln.size for ln in lines if ln.size > body_size * 1.12}, reverse=True)
    blocks: list[Block] = []
    table_queue = sorted(tables)
    current: Block | None = None
    prev: _Line | None = None
    value_below: Block | None = None  # a fact whose label stood alone, its value on the lines below
    set_lines = False  # the block under way opened after a line the writer broke: one line of its own, if it stays so

    def close() -> None:
        nonlocal current
        if current is not None:
            if set_lines and current.kind == "paragraph" and current.text == (prev.text if prev else None):
                current.kind = "line"  # as the text rendition has it: one line of a group, no paragraph
            if current.kind == "key_value":
                blocks.append(key_value_block(current.key or "", current.value or ""))
            elif current.kind == "list_item" and (label := list_item_label(current.text)):
                blocks.append(key_value_block(*label))  # "• Projektägare: X": a fact set as a bullet
            else:
                blocks.append(current)
        current = None

    right_edge = _right_edges(lines)

    for line in lines:
        while table_queue and (table_queue[0][0], table_queue[0][1]) <= (line.page, line.top):
            close()
            blocks.extend(_table_blocks(table_queue.pop(0)[2]))
        gap = (line.top - prev.bottom) if prev is not None and prev.page == line.page else None
        # A sentence that runs over a page break, or from the foot of one column to the head of the next, goes on
        # in lower case after an unfinished line.
        next_column = prev is not None and prev.page == line.page and line.top < prev.top and line.x0 > prev.x1
        runs_over = prev is not None and (prev.page != line.page or next_column) and line.text[:1].islower() \
            and not prev.text.endswith((".", ":", "!", "?"))
        new_para = not runs_over and (gap is None or gap > line.size * 0.9 or gap < -line.size)
        if not new_para and prev is not None and prev.page == line.page and current is not None \
                and current.kind == "key_value" and line.x0 < prev.x0 - 2 * line.size:
            new_para = True  # a fact set in a right-hand block, the line under it back at the left margin: no wrap
        if not new_para and prev is not None and prev.page == line.page and prev.bold and not line.bold \
                and line.size - prev.size >= 1:
            new_para = True  # a form's small bold label over its value in the body's type
        if not new_para and prev is not None and prev.page == line.page and line.size - prev.size >= SMALL_LABEL_STEP \
                and len(prev.text.split()) <= FIELD_WORDS and not prev.text.endswith((",", "-", "–", ";")):
            new_para = True  # "4. Organisationsnummer" set small over the value filled in under it, in larger type
        if not new_para and prev is not None and prev.page == line.page and prev.x1 and \
                prev.text.endswith((".", "!", "?", "”", ":")) and line.text[:1].isupper() and \
                prev.x1 < _edge_of(prev, right_edge) - 6 * prev.size and \
                _next_word_fitted(prev, line, right_edge):
            new_para = True  # a short last line: the sentence ended the line (the next word would have fitted)
        if not new_para and prev is not None and prev.page == line.page and current is not None \
                and current.kind == "paragraph" and _figure_line_ends_short(prev, line, right_edge):
            new_para = True  # "Namn, 1 486 200 kronor ur ERUF år 2022-2024" over its text: an entry's title line
        if not new_para and prev is not None and prev.page == line.page and (
                FIGURE_END_RE.search(prev.text) and line.text[:1].isupper() and FIGURE_END_RE.search(line.text)
                or CASE_LEAD_RE.match(line.text) and FIGURE_END_RE.search(line.text)
                or CASE_ROW_RE.match(line.text) and not CASE_REF_END_RE.search(prev.text)
                or current is not None and current.text == prev.text and CASE_LEAD_RE.match(prev.text)
                and FIGURE_END_RE.search(prev.text) and line.text[:1].isupper()):
            new_para = True  # "Borgholms kommun 2 070 000 24,50 %" under another: rows of a table of figures
        if not new_para and prev is not None and prev.page == line.page and current is not None \
                and current.kind in ("paragraph", "list_item") and line.text[:1].isupper() \
                and (_row_shaped(current.text) or _title_line(current, prev, right_edge)):
            # "Inledning och sammanfattning" over its text: a title line set in the body's type; a row of parts
            new_para = True
        if not new_para and prev is not None and prev.page == line.page and current is not None \
                and current.text == prev.text and ITEM_MARK_LINE_RE.match(prev.text):
            new_para = True  # "§ 201  KS 2037/512" over the item's title: the mark and its case, a line of their own
        broken = not new_para and prev is not None and prev.page == line.page and current is not None \
            and current.kind in ("paragraph", "list_item") and current.text == (strip_bullet(prev.text) or prev.text) \
            and _set_break(prev, line, right_edge)
        if broken and current is not None:  # "1.1 Organisationens namn" over its value: each line stands alone
            new_para = True
            if current.kind == "paragraph":
                current.kind = "line"
        # ("varav ..." goes on; a form's value under its small label is no heading)
        is_heading = (line.size in heading_sizes or (line.bold and line.size >= body_size)) and len(line.text) < 120 \
            and not line.text.endswith((".", ",")) and not line.text[:1].islower() and not line.boxed \
            and not _value_under_field(prev, line, gap, body_size)
        item = strip_bullet(line.text)
        if item is not None and (line.text[:1].isdigit() or line.text[:1] in "–—-") \
                and _wraps_on(prev, line, current, new_para, right_edge):
            item = None  # "... Summa kostnader 486000" / "20. Finansiering ...": a form's field number mid-paragraph;
            # "Namn – Fond" / "– 2021–2024 – partner": a row of parts wrapped before its dash
        label = split_label(line.text) or line.label  # (a label long as a clause, set apart by the layout)
        if label is not None and not new_para and current is not None and current.kind == "paragraph" \
                and OPEN_END_RE.search(current.text):
            label = None  # "... partner i Polen, Litauen och" / "Danmark: A, B och C": the sentence goes on
        opened = current
        label_wraps = current is not None and current.kind == "key_value" and bool(current.value) and not new_para \
            and prev is not None and prev.label is not None and line.label is None and line.bold \
            and abs(line.x0 - prev.x0) < 2 and len(line.text) <= MAX_KEY_CHARS \
            and (line.text[:1].islower() or line.text[:1] in "(&") and not re.search(r"\s[A-ZÅÄÖ]", line.text)
        # (a capital opens the next label: "Motivering")
        if label_wraps and current is not None:
            current.key = f"{current.key} {line.text}"  # a bold label wrapped in its column under its first line
            # ("Stödmottagarens namn" / "(organisation)"), its value beside the first
        elif is_heading:
            level = min(heading_sizes.index(line.size) + 1 if line.size in heading_sizes else len(heading_sizes) + 1, 6)
            if current is not None and current.kind == "heading" and not new_para and current.level == level \
                    and not _half_line(prev, right_edge):
                current.text += " " + line.text  # a title wrapped over two lines (not a smaller one under it, nor
                # "Leader Gotland" over "Nyheter 2027-10-02": a line that ends in the middle did not wrap)
            else:
                close()
                current = Block(kind="heading", text=line.text, level=level)
        elif item is not None:
            close()
            current = Block(kind="list_item", text=item)
        elif label is not None and (new_para or current is None or current.kind in ("key_value", "heading")
                                    or len(label[0].split()) <= 3):
            words = label[0].split()
            if not new_para and current is not None and current.kind == "paragraph" and len(words) >= 2 \
                    and words[-1][:1].isupper() and not current.text.endswith((".", ":", "!", "?", ";")):
                # "... servicehus i" / "Hedesunda Sökande: X": the sentence goes on, the label is its last word
                current.text = join_wrapped(current.text, " ".join(words[:-1]))
                label = (words[-1], label[1])
            close()
            if label[1]:
                current = Block(kind="key_value", text="", key=label[0], value=label[1])
            else:
                current = Block(kind="key_value", text="", key=label[0], value="")
        elif current is not None and current.kind == "key_value" and not current.value:
            current.value = line.text
            value_below = current  # "Finansiärer:" alone, its value on the lines under it
        elif current is not None and not new_para and current.kind == "heading" and line.text[:1].islower():
            current.text = join_wrapped(current.text, line.text)  # a heading's second line
        elif current is not None and not new_para and current.kind in ("paragraph", "list_item", "key_value") \
                and not (current is value_below and _ends_short(prev, line, right_edge)) \
                and not (current.kind == "key_value" and FIGURE_VALUE_RE.search(current.value or "")
                         and line.text[:1].isupper()) \
                and not (current.kind == "key_value" and prev is not None and line.text[:1].isupper()
                         and prev.text.endswith(current.value or "\0") and _title_shaped(current.value or "")
                         and prev.x1 < _edge_of(prev, right_edge) - 12 * prev.size
                         and _next_word_fitted(prev, line, right_edge)):
            # ("Beviljat: 600 000 kr" over a new sentence; "Nytt projekt: Steg för steg" over its text, a title line)
            if current.kind == "key_value":
                current.value = join_wrapped(current.value or "", line.text)
            else:
                current.text = join_wrapped(current.text, line.text)
        elif current is not None and current.kind == "list_item" and not new_para:
            current.text = join_wrapped(current.text, line.text)
        else:
            close()
            current = Block(kind="paragraph", text=line.text)
        if current is not opened:
            set_lines = broken
        prev = line
    close()
    for _, _, rows in table_queue:
        blocks.extend(_table_blocks(rows))
    out = []
    for b in blocks:
        if b.kind == "key_value" and not b.value and len((b.key or "").split()) <= 3:
            out.append(Block(kind="heading", text=b.key or "", level=None))
        elif b.kind == "key_value" and not b.value:  # "Vi prioriterar följande områden:" leads into a list
            out.append(Block(kind="paragraph", text=f"{b.key}:"))
        else:
            out.append(b)
    return out


def _table_blocks(rows: list[list[str]]) -> list[Block]:
    rows = _spanned_head(rows)
    if rows and is_corner_head([" ".join((c or "").split()) for c in rows[0]]):
        return corner_table_rows([[" ".join((c or "").split()) for c in row] for row in rows])
    out = []
    for row in rows:
        boxed = _boxed_field(row)
        if boxed:  # a form's box: its label on the first line, what was filled in under it
            out.append(key_value_block(*boxed))
            continue
        cells = [" ".join(c.split()) for c in row if c]  # a cell's text wrapped over lines is one text
        if is_fact_pair(cells):
            out.append(key_value_block(cells[0].rstrip(":"), cells[1]))
        elif cells:
            out.append(Block(kind="table_row", text=" | ".join(cells), cells=cells))
    return out


def _spanned_head(rows: list[list[str]]) -> list[list[str]]:
    """A head of two rows whose upper cell spans the columns the lower one names ("Beviljat belopp (kr)" over
    "EU | Nationellt"): one row of heads, the upper text before each lower one ("Beviljat belopp (kr) EU")."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    upper, lower = rows[0], rows[1]
    spanned, over = set(), ""
    for j, cell in enumerate(upper):
        if cell:
            over = cell
        elif over and j:
            spanned |= {j - 1, j} if upper[j - 1] else {j}  # (the spanning cell and the empty ones after it)
    named = {j for j, cell in enumerate(lower) if cell}
    if not spanned or not named or not named <= spanned:
        return rows  # a lower row with text outside the span is a row of its own
    head, over = [], ""
    for j, cell in enumerate(upper):
        over = cell or over
        head.append(f"{over} {lower[j]}" if j in spanned and lower[j] else cell)
    return [head] + rows[2:]


BOXED_LABEL_WORDS = 7


def _boxed_field(row: list[str]) -> tuple[str, str] | None:
    """(label, value) of a row of one box whose first line is a short label ("Organisationens namn") over the
    value filled in ("Åby Energi AB"); a paragraph wrapped in a box opens with a longer line."""
    cells = [c for c in row if c and c.strip()]
    if len(cells) != 1 or "\n" not in cells[0].strip():
        return None
    first, rest = cells[0].strip().split("\n", 1)
    first, value = " ".join(first.split()), " ".join(rest.split())
    inline = split_label(first)  # ("Projektägare: X" on the first line is a fact of its own)
    if not value or len(first.split()) > BOXED_LABEL_WORDS or len(first) > MAX_KEY_CHARS \
            or first.endswith((".", ",", ";")) or inline and inline[1]:
        return None
    return first.rstrip(":"), value


def _title(blocks: list[Block]) -> str | None:
    for b in blocks:
        if b.kind == "heading":
            return b.text
    return None
