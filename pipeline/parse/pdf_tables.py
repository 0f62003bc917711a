"""Tables a PDF sets without rules: a header line of short column heads, and under it lines whose words keep to
those columns, a cell's text wrapped over several lines ("Oskarshamns" / "kommun"). Read as rows of cells, as a
ruled table is, instead of lines that run the columns together."""
from __future__ import annotations

from dataclasses import dataclass

CELL_GAP = 0.65  # font sizes: the white space between two cells of a line is wider than a word space (justified too)
MIN_GAP = 5.0  # points: and never narrower than this
HEAD_CELLS = 3  # column heads at least
HEAD_CELL_WORDS = 4  # words at most in a column head
ROW_STEP = 2.4  # line heights: a table's next line follows closer than this
ALIGN = 3.0  # points: how far a cell's words may start left of its column's head


@dataclass
class _Row:
    top: float
    words: list[dict]


def borderless_tables(words: list[dict], page: int) -> tuple[list[dict], list[tuple[int, float, list[list[str]]]]]:
    """The words outside any table without rules, and the tables found as (page, top, rows of cells), the
    head's cells first."""
    lines = _lines(words)
    tables: list[tuple[int, float, list[list[str]]]] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        starts = _head_starts(lines[i])
        found = _table_under(lines, i, starts) if starts else None
        if starts is None or found is None:
            i += 1
            continue
        end, rows = found
        tables.append((page, lines[i].top, [[_cell_text(c) for c in _cells(lines[i].words, starts)]] + rows))
        taken.update(id(w) for line in lines[i:end] for w in line.words)
        i = end
    return [w for w in words if id(w) not in taken], tables


def _lines(words: list[dict]) -> list[_Row]:
    rows: list[_Row] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1].top - w["top"]) <= max(2.0, w["size"] * 0.3):
            rows[-1].words.append(w)
        else:
            rows.append(_Row(w["top"], [w]))
    for row in rows:
        row.words.sort(key=lambda w: w["x0"])
    return rows


def _segments(words: list[dict]) -> list[list[dict]]:
    """A line's words in runs set apart by a cell's gap."""
    out: list[list[dict]] = [[words[0]]] if words else []
    for a, b in zip(words, words[1:]):
        if b["x0"] - a["x1"] > max(MIN_GAP, CELL_GAP * b["size"]):
            out.append([b])
        else:
            out[-1].append(b)
    return out


CHECK_BOXES = "☐☒☑□■▢✓✗xX"


def _head_starts(line: _Row) -> list[float] | None:
    """Where each column begins, when the line reads as a table's head: three or more short runs, no sentence."""
    runs = _segments(line.words)
    if len(runs) < HEAD_CELLS or any(len(r) > HEAD_CELL_WORDS or r[-1]["text"].endswith((".", ",")) for r in runs):
        return None
    if any(all(ch.isdigit() or ch in " -–/.,:" for ch in " ".join(w["text"] for w in r)) for r in runs):
        return None  # a head names its columns; a row of figures is no head
    if sum(r[0]["text"][:1] in CHECK_BOXES for r in runs) >= 2:
        return None  # "☒ Ny ansökan   ☐ Ändringsansökan": a form's options to tick, no columns
    return [r[0]["x0"] for r in runs]


def _column(word: dict, starts: list[float]) -> int | None:
    """The column a word stands in, or None where it runs over into the next (a line of text across them)."""
    k = max((n for n, x in enumerate(starts) if word["x0"] >= x - ALIGN), default=None)
    if k is None or k + 1 < len(starts) and word["x1"] > starts[k + 1] - ALIGN:
        return None
    return k


def _cells(words: list[dict], starts: list[float]) -> list[list[dict]]:
    cells: list[list[dict]] = [[] for _ in starts]
    for w in words:
        k = _column(w, starts)
        if k is not None:
            cells[k].append(w)
    return cells


def _cell_text(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


def _table_under(lines: list[_Row], head: int, starts: list[float]) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of the table whose head is lines[head]: its lines, grouped into rows, the lines of a row its
    cells' wrapped text."""
    body: list[_Row] = []
    prev = lines[head]
    for line in lines[head + 1:]:
        height = max(w["bottom"] - w["top"] for w in prev.words)
        if line.top - prev.top > ROW_STEP * height or any(_column(w, starts) is None for w in line.words):
            break
        body.append(line)
        prev = line
    rows: list[list[list[str]]] = []
    for n, line in enumerate(body):
        cells = _cells(line.words, starts)
        if not rows or _opens_row(body, n, cells):
            rows.append([[_cell_text(c)] if c else [] for c in cells])
        else:
            for k, c in enumerate(cells):
                if c:
                    rows[-1][k].append(_cell_text(c))
    filled = [r for r in rows if sum(1 for c in r if c) >= 2]
    if len(filled) < 2 or len(filled) < len(rows):
        return None  # (a table has rows of several cells each; a stray line under a head is no table)
    return head + 1 + len(body), [["\n".join(c) for c in r] for r in rows]


ROW_PADDING = 1.15  # line steps: a row's wrapped lines follow each other closer than the next row follows it


def _opens_row(body: list[_Row], n: int, cells: list[list[dict]]) -> bool:
    """A line opens a new row where the space above it is wider than the space between a cell's wrapped lines
    (a cell set in the middle of its row may stand above the row's first column); where all lines follow at one
    step, where its first column has words."""
    steps = [b.top - a.top for a, b in zip(body, body[1:])]
    least = min(steps, default=0.0)
    if steps and max(steps) > least * ROW_PADDING:
        return steps[n - 1] > least * ROW_PADDING
    return bool(cells[0])
