"""Plain text into blocks.

Blank lines separate blocks. Lines of tab-separated cells (a table copied from a page or
a spreadsheet) are table rows, as the HTML parser gives them. A line is a list item when
it starts with a bullet or a number, a key-value pair when it is "Etikett: värde", or when a short label stands
alone on its line with the value on the next (the ESF fact box). A short line
standing alone between blank lines is a heading of unknown level.
"""
from __future__ import annotations

import re

from pipeline.blocks import Block, ParsedDocument, assemble, key_value_block
from pipeline.parse.lines import (bar_cells, clean_line, continues_line, facts_side_by_side, is_fact_pair, join_wrapped,
                                  line_width, list_item_label, looks_like_heading, questions_and_answers, split_label,
                                  strip_bullet, value_with_wrap)

MAX_LABEL_VALUE_CHARS = 160
COLUMN_GAP_RE = re.compile(r" {3,}")
# Markdown, as a project's page or document may be written: "## Syfte" and "**Budget:** 2 mnkr".
MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+)?$")
MARKDOWN_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
SPACED_CELL_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell's words, set apart from the next cell by three spaces
NARROW_CELL_RE = re.compile(r"\S+(?: \S+)*")  # the same, set apart by two
# Longer lone lines are more often a goal or a caption than a heading in plain text.
MAX_TEXT_HEADING_WORDS = 6
# A heading may sit right on its text, with no blank line between, when the text is a paragraph this long.
MIN_PARAGRAPH_WORDS = 8


def parse_text(text: str) -> ParsedDocument:
    return assemble(questions_and_answers(facts_side_by_side(text_blocks(text))), content_type="text/plain")


def text_blocks(text: str) -> list[Block]:
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # (Markdown's bold is dropped: "**Projektägare:** X" is a label and its value)
    lines = [MARKDOWN_EMPHASIS_RE.sub(r"\2", clean_line(line)) for line in raw]
    blocks: list[Block] = []
    width = line_width(lines)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line:
            i += 1
            continue
        heading = MARKDOWN_HEADING_RE.match(line)
        if heading:  # "## Mål": a heading, its level by its marks
            blocks.append(Block(kind="heading", text=heading.group(2), level=len(heading.group(1))))
            i += 1
            continue
        prev_blank = i == 0 or not lines[i - 1]
        next_line = lines[i + 1] if i + 1 < n else ""
        cells = table_cells(raw, i)
        if cells and is_fact_pair(cells):  # a fact table, as in HTML
            blocks.append(key_value_block(cells[0].rstrip(":"), cells[1]))
            i += 1
            continue
        if cells:
            blocks.append(Block(kind="table_row", text=" | ".join(cells), cells=cells))
            i += 1
            continue
        item = strip_bullet(line)
        if item is not None:
            label = list_item_label(item)
            blocks.append(key_value_block(*label) if label else Block(kind="list_item", text=item))
            i += 1
            continue
        pairs = labelled_columns(raw[i])
        if pairs:  # "Projektnamn: X          Diarienummer: Y": a form's two facts set side by side on one line
            blocks += [key_value_block(key, value) for key, value in pairs]
            i += 1
            continue
        label = split_label(line)
        if label and label[1]:
            value, i = value_with_wrap(label[1], lines, i, width)
            blocks.append(key_value_block(label[0], value))
            i += 1
            continue
        if label and not label[1]:
            key = label[0]
            # "Etikett:" alone, its value on the very next line (ESF fact box).
            if next_line and len(next_line) <= MAX_LABEL_VALUE_CHARS and not _is_label_line(next_line) \
                    and strip_bullet(next_line) is None:
                blocks.append(key_value_block(key, next_line))
                i += 2
                continue
            if len(key.split()) <= 3:
                blocks.append(Block(kind="heading", text=key, level=None))
            else:
                blocks.append(Block(kind="paragraph", text=line))
            i += 1
            continue
        next_blank = i + 1 >= n or not next_line
        if prev_blank and next_blank and looks_like_heading(line) and len(line.split()) <= MAX_TEXT_HEADING_WORDS:
            blocks.append(Block(kind="heading", text=line, level=None))
        elif prev_blank and next_blank:
            blocks.append(Block(kind="paragraph", text=line))
        elif prev_blank and looks_like_heading(line) and len(line.split()) <= MAX_TEXT_HEADING_WORDS \
                and _opens_paragraph(next_line) and not continues_line(line, next_line, width):
            blocks.append(Block(kind="heading", text=line, level=None))  # a newsletter's "Årsmöte 12 maj" over its text
        elif blocks and blocks[-1].kind in ("line", "list_item") and continues_line(lines[i - 1], line, width):
            blocks[-1].text = join_wrapped(blocks[-1].text, line)
        else:
            blocks.append(Block(kind="line", text=line))
        i += 1
    return blocks


def labelled_columns(raw_line: str) -> list[tuple[str, str]] | None:
    """The facts of a line whose columns, parted by three spaces or more, are each "Label: value"; None otherwise."""
    parts = [clean_line(p) for p in COLUMN_GAP_RE.split(raw_line.strip())]
    if len(parts) < 2:
        return None
    pairs = [label for label in (split_label(p) for p in parts if p) if label and label[1]]
    return pairs if len(pairs) == len([p for p in parts if p]) else None


def _opens_paragraph(line: str) -> bool:
    """A line that is a paragraph of its own: a sentence or more, ended as one."""
    return len(line.split()) >= MIN_PARAGRAPH_WORDS and line.endswith((".", "!", "?")) and split_label(line) is None


def _cells(line: str) -> list[str]:
    """A row's cells, split at tabs or semicolons, or at bars when no cell is a "Label: value" pair (those are
    facts)."""
    if "\t" in line.strip():
        return [clean_line(c) for c in line.split("\t") if clean_line(c)]
    return bar_cells(line)


def table_cells(raw: list[str], i: int) -> list[str] | None:
    """The cells of a tab- or bar-separated row: two or more cells, on a line beside another row of as
    many cells (one tab alone may be indentation, one bar a menu)."""
    cells = _cells(raw[i])
    if len(cells) < 2:
        return _spaced_cells(raw, i)
    beside = [raw[j] for j in (i - 1, i + 1) if 0 <= j < len(raw)]
    return cells if any(len(_cells(line)) == len(cells) for line in beside) else None


def _spaced(line: str) -> list[str]:
    return [clean_line(c) for c in COLUMN_GAP_RE.split(line.strip()) if clean_line(c)]


def _spaced_cells(raw: list[str], i: int) -> list[str] | None:
    """A row of a table whose columns are set apart by runs of spaces (a PDF's table as text): three or more
    cells, in a run of such rows under a head row of as many cells without figures. A row that leaves a cell
    empty ("Avslås" and no sum) has its cells put under the head's columns by where they stand."""
    cells = _spaced(raw[i])
    if len(cells) < 2 or any(":" in c for c in cells):
        return None
    k = i
    while k > 0 and len(_spaced(raw[k - 1])) >= 2 and not any(":" in c for c in _spaced(raw[k - 1])):
        k -= 1  # up to the run's first row
    head = _spaced(raw[k])
    j = k + 1
    while j < len(raw) and 2 <= len(_spaced(raw[j])) <= len(head):
        j += 1
    if len(head) < 3 or any(ch.isdigit() for ch in " ".join(head)) or j - k - 1 < 2 or not k <= i < j:
        return None
    if len(cells) == len(head):
        return cells
    return _under_columns(raw[i], raw[k], len(head))


def _under_columns(line: str, head_line: str, width: int) -> list[str] | None:
    """The line's cells, each under the head's column it overlaps most; a column it leaves blank is "". None
    when a cell runs across a column's start (two cells set closer than the rest: no telling them apart)."""
    starts = [m.start() for m in SPACED_CELL_RE.finditer(head_line)]
    bounds = list(zip(starts, starts[1:] + [10**6]))
    found = list(SPACED_CELL_RE.finditer(line))
    if any(m.start() + 1 < start < m.end() - 1 for m in found for start in starts):
        found = list(NARROW_CELL_RE.finditer(line))  # a long cell ran up to the next one: two spaces may part them,
        if len(found) == width:  # one cell for each column, in their order
            return [clean_line(m.group(0)) for m in found]
        if any(m.start() + 1 < start < m.end() - 1 for m in found for start in starts):
            return None
    out = [""] * width
    for m in found:
        overlap = [max(0, min(m.end(), hi) - max(m.start(), lo)) for lo, hi in bounds]
        column = overlap.index(max(overlap))
        out[column] = clean_line(f"{out[column]} {m.group(0)}")
    return out


def _is_label_line(line: str) -> bool:
    label = split_label(line)
    return label is not None and not label[1]
