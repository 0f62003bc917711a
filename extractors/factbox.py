"""Fact-box lines the parsers cannot pair without the label vocabulary.

    Projektägare              Beviljat: 480 000 kr | Projektperiod: 2021-03-01 – 2022-12-31
    Falu kommun

A known label alone on its line names the line below it; several "Label: value" pairs
on one line, between bars or middle dots, are one fact each. Only the vocabulary (extractors.labels)
can tell, so this runs on any document type before roles and segments. Every block it
makes keeps its span in the document's text, so provenance still points at the source.
"""
from __future__ import annotations

import re

from extractors.lang_sv import MONTH_PATTERN
from extractors.dates import PERIOD_VALUE_RE, find_periods
from extractors.money import BARE_FIGURE_RE, SINGLE_SUM_RE, find_amounts
from extractors.labels import OTHER_COLUMN_RE, PERIOD_SECTION_RE, PURPOSE_KEY_RE, exact_label_field, label_field
from extractors.orgs import gazetteer, is_eu_fund, split_org_list
from extractors.roles import CHROME_PHRASES
from extractors.sentences import sentence_spans
from pipeline.blocks import KICKER_RE, Block
from pipeline.parse.lines import split_label
from pipeline.parse.selectors import SHORT_CRUMB_RE

MAX_LABEL_WORDS = 5
MAX_VALUE_CHARS = 300
ROW_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+")  # "Ägare: X | Budget: Y", "Ägare: X · Budget: Y"


TABLE_HEAD_RE = re.compile(r"\((?:EUR|SEK|NOK|DKK|kr|kronor|tkr|€|euro)\)\s*:?\s*$", re.IGNORECASE)
# Words that label a fact only with a colon; alone on a line they are a menu item or a section's title.
COLON_ONLY_LABELS = {"projekt", "project", "kontakt", "start", "till", "från", "tid", "när", "titel", "läs mer"}


def is_bare_label(text: str) -> bool:
    """A label as the vocabulary writes it, alone on its line (stems are too loose here: "Söka stöd" is a menu)."""
    words = text.split()
    folded = " ".join(text.casefold().split())
    if folded in COLON_ONLY_LABELS or folded in CHROME_PHRASES or TABLE_HEAD_RE.search(text) or SHORT_CRUMB_RE.match(text.strip()):
        return False  # "Budget (EUR)" heads a table of figures; "Stöd / Projektdatabasen" says where the page is
    return 0 < len(words) <= MAX_LABEL_WORDS and not text.endswith((".", "!", "?", ",", ";")) and "@" not in text \
        and exact_label_field(text) is not None  # ("Nyheter" over a headline is the site's section, no label;
    # "Kontakta projektledare Eva Ek, eva.ek@..." carries its own address: the contact, no label over one)


# A value whose shape says what it is: a sum, a share, a date or an organisation number.
TYPED_VALUE_RE = re.compile(r"^(?:[\d\s.,]+\s*(?:kr|kronor|sek|eur|euro|€|%|procent|mkr|msek|miljoner(?: kronor| euro)?)\.?|"
                            r"\d{4}-\d{2}-\d{2}(?:\s*(?:[-–]|till|to)\s*\d{4}-\d{2}-\d{2})?|\d{6}-\d{4})$",
                            re.IGNORECASE)
PAYER_AFTER_LABEL_RE = re.compile(r"\s+(?:från|ur|via)\s+(?=[A-ZÅÄÖ])")
TYPED_FIELDS = {"funding", "eu_rate", "period", "start_date", "end_date", "owner_orgnr", "case_number"}


def is_typed_pair(label: str, value: str) -> bool:
    """A label no list foresaw, known by its stem ("Varav EU-finansiering"), over a value of a matching shape
    ("49 procent"): the stem is trusted only when the value bears it out."""
    head = PAYER_AFTER_LABEL_RE.split(label, maxsplit=1)[0]  # "Beviljat stöd från Europeiska socialfonden"
    words = head.split()
    field = label_field(head)  # ("Sökt stöd från Leader X" over "250 000 kr": asked for, kept aside by the reader;
    # "Egen insats" over one: the owner's own part)
    return 0 < len(words) <= MAX_LABEL_WORDS and label[:1].isalnum() and not label.endswith((".", "!", "?", ",", ";")) \
        and (field in TYPED_FIELDS or field in ("ignore", None) and ASKED_OR_OWN_RE.search(head) is not None) \
        and bool(TYPED_VALUE_RE.match(value.strip()))


ASKED_OR_OWN_RE = re.compile(r"(?i)\b(?:sökt|ansökt|egen insats|egeninsats)\b")


def _pair(label: Block, value: Block, text: str) -> Block:
    key = FIELD_NUMBER_PREFIX_RE.sub("", label.text.strip().rstrip(":"))  # "3.2 Egen insats": the label, not its number
    return Block(kind="key_value", text=text[label.start:value.end], start=label.start, end=value.end,
                 key=key, value=value.text.strip())


def _pairs_side_by_side(block: Block) -> list[Block] | None:
    """A fact table's row of two or three label-value pairs ("Projektägare | X | Diarienummer | Y"): one fact each."""
    cells = [c.strip() for c in block.cells or []] if block.kind == "table_row" else []
    def labels(c: str) -> bool:  # (in a table's cell a label needs no colon: "Kontakt" beside its person)
        return 0 < len(c.split()) <= MAX_LABEL_WORDS and exact_label_field(c) not in (None, "ignore")

    if len(cells) not in (4, 6) or not all(labels(c) for c in cells[0::2]) \
            or any(not c or label_field(c) is not None for c in cells[1::2]):  # (a head of column names is no pairs)
        return None
    out, at = [], 0
    for label, value in zip(cells[0::2], cells[1::2]):
        at = block.text.find(label, at)
        end = block.text.find(value, at + len(label)) + len(value)
        out.append(Block(kind="key_value", text=f"{label}: {value}", start=block.start + at, end=block.start + end,
                         key=label, value=value))
        at = end
    return out


FIELD_NUMBER_PREFIX_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=[A-ZÅÄÖ])")


# "Förening: X, Ändamål: Projektet Y, Belopp: N kr": labelled parts of a row, a comma before each label.
COMMA_LABEL_RE = re.compile(r",\s+(?=[A-ZÅÄÖ][\wåäö-]*(?:\s[\wåäö-]+){0,2}:\s)")
MAX_COMMA_ROW_CHARS = 300  # a row of labelled parts, not a paragraph that happens to hold colons


def _row_pairs(block: Block) -> list[Block] | None:
    """"Beviljat: 480 000 kr | Projektperiod: 2021" (or "·" between, or a comma before each label) as one key_value
    block per pair."""
    if block.kind not in ("line", "paragraph", "key_value"):
        return None
    if ROW_SEPARATOR_RE.search(block.text):
        parts = ROW_SEPARATOR_RE.split(block.text)
    elif len(block.text) <= MAX_COMMA_ROW_CHARS and len(COMMA_LABEL_RE.findall(block.text)) >= 2:
        parts = COMMA_LABEL_RE.split(block.text)
    else:
        return None
    out: list[Block] = []
    pos = 0
    for part in parts:
        i = block.text.find(part, pos)
        pos = i + len(part)
        pair = split_label(part.strip())
        if not pair and out and PERIOD_VALUE_RE.fullmatch(part.strip()):
            pair = ("Period", part.strip())  # "Ägare: X · Finansiär: Y · 2025–2027": the years need no label
        if not pair or not pair[1] or label_field(pair[0]) is None and not PURPOSE_KEY_RE.match(pair[0]):
            return None
        start = block.start + i
        out.append(Block(kind="key_value", text=part, start=start, end=start + len(part), key=pair[0], value=pair[1]))
    return out if len(out) >= 2 else None


# "Projekt: X. Sökande: Y. Beviljat belopp: Z kr. Text ...": facts written as sentences, each opened by its label.
SENTENCE_LABEL_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<key>[A-ZÅÄÖ][\wåäö -]{1,40}?):\s+")


LABEL_AT_RE = re.compile(r"(?P<key>[A-ZÅÄÖ][\wåäö -]{1,40}?):\s+")
FACTS_HEAD_RE = re.compile(r"(?i)[\[(]?\s*(?:projektfakta|fakta|fakta om projektet|kort om projektet|i korthet|project facts)\s*:\s*")


def _only_facts_after(text: str, marks: list[re.Match]) -> bool:
    """Each "Label: value." from the first mark on is one sentence, and nothing else follows them."""
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return all(len(sentence_spans(text[m.start():end])) == 1 for m, end in zip(marks, ends))


def _unbracketed(value: str) -> str:
    """The value without its full stop, nor a closing bracket it did not open ("Piteå Hamn AB (SE)" keeps its own)."""
    value = value.strip().rstrip(".")
    while value[-1:] in ")]" and value.count({")": "(", "]": "["}[value[-1]]) < value.count(value[-1]):
        value = value[:-1].rstrip(".")
    return value


# "Dnr RUN 2037-0033." opening a paragraph of labelled sentences: the entry's case, by its label.
CASE_OPENING_RE = re.compile(r"^(?P<key>Dnr|Diarienr|Diarienummer|Ärende|Ärendenummer|Journalnummer)\.?:?\s+"
                             r"(?P<value>[A-ZÅÄÖ]{0,6}\s?\d[\d/-]{2,14})\.?$")


def _sentence_pairs(block: Block) -> list[Block] | None:
    """One key_value block per "Label: value." sentence of a paragraph, and the text after the last as a paragraph."""
    if block.kind not in ("paragraph", "key_value", "line") or len(block.text) > 1000:
        return None
    head = FACTS_HEAD_RE.match(block.text)  # "Projektfakta: Projektägare: X. Projekttid: 2026–2028.": the box's title
    first = LABEL_AT_RE.match(block.text, head.end()) if head else None
    marks = [m for m in ([first] if first else []) + list(SENTENCE_LABEL_RE.finditer(block.text))
             if exact_label_field(m.group("key")) not in (None, "ignore")]
    lead_at = head.end() if head else 0
    opening = block.text[lead_at:marks[0].start()] if marks else ""
    if len(marks) < 2 or marks[0].start() != lead_at \
            and not (opening.rstrip().endswith(".") and len(sentence_spans(opening)) == 1
                     and (head or ":" not in opening and _only_facts_after(block.text, marks))):
        return None  # (a box's title, then one sentence of its own: "FAKTA: Projektet heter X. Projektägare: Y. ...";
        # a card's one sentence of what it is, then nothing but its facts: "Säkrare skolvägar. Finansiär: X. Budget:
        # N kr.", not a text that goes on between them)
    out: list[Block] = []
    text = block.text
    if opening.strip():
        at = block.start + lead_at + len(opening) - len(opening.lstrip())
        case = CASE_OPENING_RE.match(opening.strip())  # "Dnr RUN 2037-0033. Projekt: X. ...": the entry's case
        out.append(Block(kind="key_value", text=opening.strip(), start=at, end=at + len(opening.strip()),
                         key=case.group("key"), value=case.group("value")) if case else
                   Block(kind="paragraph", text=opening.strip(), start=at, end=at + len(opening.strip())))
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        chunk = text[m.start():end].rstrip()
        value_end = len(chunk)
        if n + 1 == len(marks):  # the last value is its first sentence; what follows is text of its own
            stop = re.search(r"(?<=[^\d\s])\.\s+(?=[A-ZÅÄÖ]|(?:19|20)\d{2}\b)", chunk[m.end() - m.start():])
            value_end = m.end() - m.start() + stop.start() + 1 if stop else value_end
        value = _unbracketed(chunk[m.end() - m.start(): value_end])  # ("[Fakta: ... Period: 2027–2029.]")
        start = block.start + m.start()
        out.append(Block(kind="key_value", text=chunk[:value_end], start=start, end=start + value_end,
                         key=m.group("key"), value=value))
        if n + 1 == len(marks) and value_end < len(chunk):
            rest_at = m.start() + value_end
            rest = text[rest_at:]
            lead = len(rest) - len(rest.lstrip())
            years = rest.strip().rstrip(".")
            at = block.start + rest_at + lead
            if PERIOD_VALUE_RE.fullmatch(years):  # "... Funding: X. 2035–2037.": the years close the facts, unlabelled
                out.append(Block(kind="key_value", text=years, start=at, end=at + len(years), key="Period", value=years))
            else:
                out.append(Block(kind="paragraph", text=rest.strip(), start=at, end=at + len(rest.strip())))
    return out


SENTENCE_START_RE = re.compile(r"(?<=\.\s)(?=[A-ZÅÄÖ])")
MAX_FACT_LABEL_WORDS = 3


def _colonless_facts(block: Block) -> list[Block] | None:
    """"Fakta: Beviljat stöd 7 800 000 kr. Projekttid 2039-09-01 – 2042-08-31. Projektledare X": after a box's
    title, sentences that each open with a label and no colon, one fact each."""
    head = FACTS_HEAD_RE.match(block.text) if block.kind in ("paragraph", "key_value", "line") else None
    if head is None or len(block.text) > MAX_VALUE_CHARS * 2:
        return None
    marks: list[tuple[int, str]] = []
    starts = [head.end()] + [m.start() for m in SENTENCE_START_RE.finditer(block.text, head.end() + 1)]
    for at in starts:
        words = block.text[at:].split()
        label = next((" ".join(words[:k]) for k in range(MAX_FACT_LABEL_WORDS, 0, -1)
                      if exact_label_field(" ".join(words[:k])) not in (None, "ignore")), None)
        if label:
            marks.append((at, label))
    if len(marks) < 2 or len(marks) < len(starts) or marks[0][0] != head.end():  # (each sentence a fact)
        return None
    out: list[Block] = []
    for n, (at, label) in enumerate(marks):
        end = marks[n + 1][0] if n + 1 < len(marks) else len(block.text)
        chunk = block.text[at:end].rstrip()
        value = _unbracketed(chunk[len(label):])
        out.append(Block(kind="key_value", text=chunk, start=block.start + at, end=block.start + at + len(chunk),
                         key=label, value=value))
    return out


# A form flattened into one paragraph (a PDF read as text): its numbered fields ("1. Projektets namn X
# 1b. Tid för genomförandet ...") and "Label: value" pairs start where a number or a label stands.
FIELD_MARK_RE = re.compile(r"(?<!\S)(?:\d{1,2}[a-z]?\.|[a-h]\))\s+(?=[A-ZÅÄÖ])")
COLON_LABEL_RE = re.compile(r"(?<=\s)(?=[A-ZÅÄÖ][\wåäö\- ]{2,30}(?:\([^)]{1,20}\))?:\s)")
MIN_FORM_WORDS = 40
MAX_LABEL_PREFIX = 6


def _flattened_form(block: Block) -> list[Block] | None:
    """A long paragraph holding a form's fields, as one block per field."""
    if block.kind not in ("paragraph", "line", "key_value") or len(block.text.split()) < MIN_FORM_WORDS:
        return None  # a PDF parser may have taken the form's first label for the whole block's
    marks = [m.start() for m in FIELD_MARK_RE.finditer(block.text)]
    labels = [m.start() for m in COLON_LABEL_RE.finditer(block.text)
              if label_field(block.text[m.start():block.text.index(":", m.start())]) not in (None, "ignore")]
    if len(marks) < 3 and len(labels) < 3 and not (marks and re.match(r"\d{1,3}\s", block.text)):
        return None  # a transcript's page ("5 19. Budget ...") shows its fields even when few
    cuts = sorted({0, *marks, *labels})
    out: list[Block] = []
    for a, b in zip(cuts, cuts[1:] + [len(block.text)]):
        piece = block.text[a:b]
        body = FIELD_MARK_RE.sub("", piece, count=1) if FIELD_MARK_RE.match(piece) else piece
        lead = len(piece) - len(body)
        body = body.rstrip()
        if not body.strip():
            continue
        start = block.start + a + lead
        out.append(_field_piece(body, start))
    return out


def _field_piece(body: str, start: int) -> Block:
    pair = split_label(body)
    if pair and pair[1] and label_field(pair[0]) is not None:
        return Block(kind="key_value", text=body, start=start, end=start + len(body), key=pair[0], value=pair[1])
    words = body.split()
    # the shortest label the vocabulary knows as written, a bracket after it included ("Namn (juridisk person)")
    for reader in (exact_label_field, label_field):
        for n in range(1, min(MAX_LABEL_PREFIX, len(words) - 1) + 1):
            k = n
            while k < len(words) - 1 and words[k].startswith("(") and not words[k - 1].endswith(")"):
                k += 1
                if words[k - 1].endswith(")"):
                    break
            key = " ".join(words[:k])
            if key.endswith((".", ",")) or reader(key) is None or reader(key) == "ignore" and not SOUGHT_KEY_RE.match(key):
                continue  # (a sum asked for is a field of its own: "Sökt belopp 340 000 kr")
            value = body[body.index(words[k], len(" ".join(words[:k]))):]
            return Block(kind="key_value", text=body, start=start, end=start + len(body), key=key, value=value)
    return Block(kind="paragraph", text=body, start=start, end=start + len(body))


# "Sökt belopp": a label the vocabulary sets aside, yet a form's field of its own (the sum it asks for).
SOUGHT_KEY_RE = re.compile(r"(?i)^(?:sökt|ansökt)\s+(?:belopp|stöd|bidrag)$")
# A form's numbered field ("3.1 Sökt stöd"): a label, never the value of the line above it.
NUMBERED_FIELD_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ]")
# A form's numbered field is answered on the next line in a few words; more is the section's text.
FORM_ANSWER_WORDS = 8


def read_fact_lines(blocks: list[Block], text: str) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        form = _flattened_form(b)
        if form:
            out += form
            i += 1
            continue
        if nxt is not None and nxt.kind == "line" and len(nxt.text) <= MAX_VALUE_CHARS:
            hinted = _hinted_label(b, nxt, text)
            if hinted is not None:
                out.append(hinted)
                i += 2
                continue
        single = _one_row_table(blocks, i, text)
        if single:  # "Projektägare | Diarienummer | Start" over one row of values: the page's facts, no list
            out += single
            i += 2
            continue
        table = _cell_per_line_table(blocks, i, text)
        if table:  # "Projekt" / "Sökande" / "Beviljat belopp" / "Smart skog" / "Skogsstyrelsen" / "850 000 kr"
            out += table
            i += sum(len(row.cells or []) for row in table)  # one line per cell
            continue
        grid = _stacked_labels(blocks, i, text)
        if grid:  # "Organisationsnummer" / "Journalnummer" / "802461-7758" / "2010-4471": a form's row of labels
            out += grid
            i += 2 * len(grid)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and _unit_label_over_figure(b, nxt, blocks[i + 2] if i + 2 < len(blocks) else None):
            out.append(_pair(b, nxt, text))  # "Beslutat stöd (kr)" over "1 380 000": a sum, its unit in its label
            i += 2
            continue
        if (b.kind in ("line", "heading", "paragraph")
                or b.kind == "list_item" and is_bare_label(b.text) and nxt is not None and label_field(nxt.text) is None
                and len(nxt.text.split()) <= FORM_ANSWER_WORDS) \
                and nxt is not None and (nxt.kind in ("line", "paragraph") or _heading_pair(b, nxt)) \
                and len(nxt.text) <= MAX_VALUE_CHARS and not is_bare_label(nxt.text) \
                and not NUMBERED_FIELD_RE.match(nxt.text) \
                and (is_bare_label(b.text) or is_typed_pair(b.text, nxt.text)) \
                and not (" ".join(b.text.casefold().split()) in LIST_HEADS
                         and (_title_shaped(nxt.text) or bool(find_amounts(nxt.text)))):  # (a list's head over an entry)
            # "Projektets namn" over its value: lines in text, paragraphs when a PDF sets them apart, a form's
            # numbered field ("2. Projektets namn") over its answer
            out.append(_pair(b, nxt, text))
            i += 2
            continue
        out += _pairs_side_by_side(b) or _row_pairs(b) or _sentence_pairs(b) or _colonless_facts(b) or _title_then_applicant(b) \
            or [_bar_pair(b) or _inline_label(b) or _as_fact(b)]
        i += 1
    return out


def _unit_label_over_figure(label: Block, value: Block, after: Block | None) -> bool:
    """A money label that gives its unit ("Beslutat stöd (kr)") over one bare figure, not over a column of them."""
    return label.kind == value.kind == "line" and bool(TABLE_HEAD_RE.search(label.text)) \
        and label_field(TABLE_HEAD_RE.sub("", label.text).strip()) == "funding" \
        and bool(BARE_FIGURE_RE.match(value.text.strip())) \
        and not (after is not None and BARE_FIGURE_RE.match(after.text.strip()))


# Fields a page may set as a heading over a value set as a heading of the same size ("Projekttid" / "2019 - 2022").
HEADING_VALUE_FIELDS = {"period", "partners", "owner", "funders", "fund", "case_number", "start_date", "end_date",
                        "funding", "owner_orgnr"}


def _heading_pair(label: Block, value: Block) -> bool:
    return label.kind == value.kind == "heading" and label.level == value.level \
        and label_field(label.text) in HEADING_VALUE_FIELDS


# Section words that head a list of entries or links: over a short line they stand over a title, not a value.
LIST_HEADS = {"beviljade projekt", "aktuellt", "relaterat", "läs mer", "dokument", "nyheter", "erfarenheter"}


def _title_shaped(text: str) -> bool:
    """"Beviljade projekt" over "Ny skog i Åby": a section's word over a title, not over its text."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?", ":")) and text[:1].isupper()


MAX_STACKED = 4


def _stacked_labels(blocks: list[Block], i: int, text: str) -> list[Block] | None:
    """A form's labels side by side, read as lines: two to four bare labels, then as many values, paired in
    their order."""
    for k in range(MAX_STACKED, 1, -1):
        run = blocks[i:i + 2 * k]
        if len(run) < 2 * k:
            continue
        labels, values = run[:k], run[k:]
        if all(b.kind in ("line", "heading") and is_bare_label(b.text) for b in labels) \
                and all(b.kind == "line" and len(b.text) <= MAX_VALUE_CHARS and label_field(b.text) is None
                        and split_label(b.text) is None for b in values):
            return [_pair(label, value, text) for label, value in zip(labels, values)]
    return None


MAX_COLUMNS = 6
# What a typed column's cells must hold, that a table's rows stay apart from the text under them.
COLUMN_SHAPES = {"funding": re.compile(r"\d"), "period": re.compile(r"(?:19|20)\d{2}"),
                 "start_date": re.compile(r"(?:19|20)\d{2}"), "end_date": re.compile(r"(?:19|20)\d{2}")}


def _one_row_table(blocks: list[Block], i: int, text: str) -> list[Block] | None:
    """A table of one row under a head of labels naming no project ("Projektägare | Diarienummer | Start | Slut"
    over "Åby kommun | 2037/00188 | ..."): the page's own facts, each cell under its label."""
    head, row = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    if row is None or head.kind != "table_row" or row.kind != "table_row" or not head.cells or not row.cells \
            or len(head.cells) != len(row.cells) or after is not None and after.kind == "table_row":
        return None
    fields = [exact_label_field(cell) for cell in head.cells]
    labelled = sum(f not in (None, "ignore") for f in fields)
    every_cell_a_label = all(label_field(cell) not in (None, "ignore") for cell in head.cells)  # ("Stödbelopp | Varav EU
    # | Varav nationellt" over three sums: a decision's parts of its grant)
    if "name" in fields or labelled < (2 if every_cell_a_label else 3) or any(ch.isdigit() for c in head.cells for ch in c):
        return None
    out, at = [], row.start
    for label, value in zip(head.cells, row.cells):
        found = text.find(value, at, row.end) if value else -1
        if found < 0:
            continue
        at = found + len(value)  # (the value's own span in the text; its label stands in the head above)
        out.append(Block(kind="key_value", text=value, start=found, end=at, key=label, value=value))
    return out


def _cell_per_line_table(blocks: list[Block], i: int, text: str) -> list[Block] | None:
    """A table flattened one cell per line: a head of two to six labels ("Projekt", "Sökande", "Beviljat
    belopp"), then its rows, as many lines each, as table rows with their cells (the lines' own spans kept)."""
    for k in range(MAX_COLUMNS, 1, -1):
        head = blocks[i:i + k]
        if len(head) < k or not all(b.kind in ("line", "heading") and len(b.text.split()) <= 4
                                    and (label_field(b.text) not in (None, "ignore") or OTHER_COLUMN_RE.match(b.text.strip()))
                                    for b in head) \
                or sum(exact_label_field(b.text) is not None for b in head) < 2:
            continue
        fields = [label_field(b.text) for b in head]
        typed = [(n, COLUMN_SHAPES[f]) for n, f in enumerate(fields) if f in COLUMN_SHAPES]
        if not typed:
            continue
        rows: list[list[Block]] = []
        j = i + k
        while j + k <= len(blocks):
            row = blocks[j:j + k]
            if not all(b.kind == "line" and len(b.text) <= MAX_VALUE_CHARS and label_field(b.text) is None
                       and split_label(b.text) is None for b in row) \
                    or not all(shape.search(row[n].text) for n, shape in typed):
                break
            rows.append(row)
            j += k
        if len(rows) >= 2:
            return [Block(kind="table_row", text=text[r[0].start:r[-1].end], start=r[0].start, end=r[-1].end,
                          cells=[b.text for b in r]) for r in [head, *rows]]
    return None


# "Gjuterikompetens Jönköpings län Sökande: Svenska Gjuteriföreningen ...": an entry's title and its applicant
# run into one line, as a list's items print.
TITLE_THEN_APPLICANT_RE = re.compile(r"^(?P<title>[A-ZÅÄÖ][^:.;]{3,80}?)\s+(?P<key>Sökande|Projektägare|Stödmottagare|"
                                     r"Huvudsökande):\s+(?P<value>\S.*)$", re.DOTALL)


def _title_then_applicant(block: Block) -> list[Block] | None:
    m = TITLE_THEN_APPLICANT_RE.match(block.text) if block.kind in ("list_item", "paragraph") else None
    if not m or len(m.group("title").split()) < 2 or m.group("title").split()[-1] in ("i", "och", "för", "på", "av",
                                                                                     "med", "till", "om"):
        return None
    title = m.group("title")
    rest = block.text[m.start("key"):]
    start = block.start + m.start("key")
    return [Block(kind="heading", text=title, start=block.start, end=block.start + len(title)),
            Block(kind="key_value", text=rest, start=start, end=start + len(rest), key=m.group("key"),
                  value=m.group("value"))]


HINT_RE = re.compile(r"^\([^)]{2,60}\)$")
DATE_LABELS_RE = re.compile(r"(?i)\b(start\w*|projektstart)\b.*\b(slut\w*|projektslut|avslut\w*)\b")
TWO_DATES_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{4}-\d{2}-\d{2})$")


def _hinted_label(b: Block, nxt: Block, text: str) -> Block | None:
    """Forms: "Sökandes namn: (organisationens juridiska namn)" with the value on the next line, and
    "Datum för projektstart Datum för projektslut" over "2009-10-01 2012-09-30"."""
    if b.kind == "key_value" and HINT_RE.match((b.value or "").strip()) and label_field(b.key or "") is not None:
        return Block(kind="key_value", text=text[b.start:nxt.end], start=b.start, end=nxt.end, key=b.key,
                     value=nxt.text.strip())
    m = TWO_DATES_RE.match(nxt.text.strip())
    if b.kind == "line" and m and DATE_LABELS_RE.search(b.text):
        return Block(kind="key_value", text=text[b.start:nxt.end], start=b.start, end=nxt.end, key="Projektperiod",
                     value=f"{m.group(1)} – {m.group(2)}")
    return None


def _bar_pair(block: Block) -> Block | None:
    """"Sammanfattning | Projektet ska ...": a fact table's row that stands alone, its label a known one."""
    if block.kind not in ("line", "paragraph") or block.text.count(" | ") != 1:
        return None
    key, value = (part.strip() for part in block.text.split(" | "))
    if not value or exact_label_field(key) in (None, "ignore"):
        return None
    return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=key, value=value)


def _inline_label(block: Block) -> Block | None:
    """"Beneficiary Lindesbergs kommun": a short line that opens with a known label and no colon."""
    key, colon, value = block.text.partition(":")
    if colon and block.kind in ("line", "paragraph") and value.strip() and len(key.split()) <= 5 \
            and exact_label_field(key.strip()) not in (None, "ignore"):
        # "Stödet kommer från: X": a label the parser took for a sentence (it has a verb) is still a label
        return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=key.strip(),
                     value=value.strip())
    words = block.text.split()
    if block.kind == "line" and len(words) >= 3 and exact_label_field(words[0]) == "funding" \
            and (sums := find_amounts(block.text)) and sums[0][1] == len(words[0]) + 1:
        # "Totalbudget 420 000 euro, varav EU-finansiering 336 000 euro": a sum, and its parts, after the label
        return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=words[0],
                     value=block.text[len(words[0]) + 1:])
    if block.kind not in ("line", "paragraph") or not 2 <= len(words) <= 9 or block.text.rstrip().endswith("."):
        return None
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        key = " ".join(words[:n])
        if not all(re.fullmatch(r"[^\W\d_][\w-]*", w) for w in words[:n]) or n > 1 and MONTH_RE.fullmatch(words[n - 1]):
            continue  # ("Projekttid augusti 2019 – juni 2021": the month opens the value)
        # a label's stem may reach past its words ("Projektägare Köpings"): a capital there starts the value
        field = exact_label_field(key) or (label_field(key) if n == 1 or words[n - 1][:1].islower() else None)
        if len(words) > n and field in INLINE_LABEL_FIELDS and key.casefold() not in AMBIGUOUS_LABELS \
                and len(key) >= 7 and (label_field(" ".join(words[:n + 1])) is None
                                       or field == "case_number" and re.match(r"\d", words[n])  # "Ärendenummer 2034"
                                       or field == "period" and _is_period(" ".join(words[n:]))
                                       or field == "owner" and exact_label_field(key) and words[n][:1].isupper()
                                       and label_field(words[n]) in (None, "ignore")):  # "Stödmottagare Region X"
            key = " ".join(words[:n])
            value = block.text[block.text.index(words[n], len(key)):]
            return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=key, value=value)
        value = " ".join(words[n:])
        if (exact_label_field(key) == "funding" and SINGLE_SUM_RE.match(value)
                or PERIOD_SECTION_RE.match(key) and _is_period(value)
                or exact_label_field(key) == "period" and _is_period(value)  # "Period 2026–2027"
                or exact_label_field(key) == "funders" and words[n][:1].isupper()
                and all(is_eu_fund(x) or gazetteer().lookup(x) for x in split_org_list(value))):
            # "Beviljat 245 000 kr", "Genomförande 2025–2026": one sum, or a period, bears the label out, and
            # "Finansiär Europeiska regionala utvecklingsfonden": payers known by name
            # "Beviljat 245 000 kr", "Genomförande 2025–2026": one sum, or a period, bears the label out
            value = block.text[block.text.index(words[n], len(key)):]
            return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=key, value=value)
    return None


MONTH_RE = re.compile(rf"(?i){MONTH_PATTERN}")


def _is_period(value: str) -> bool:
    """"2026–2027", "1.4.2027–31.3.2029": a period and nothing else."""
    if PERIOD_VALUE_RE.fullmatch(value.strip()):
        return True
    periods = find_periods(value)
    return len(periods) == 1 and periods[0][1] == 0 and periods[0][2] >= len(value.strip().rstrip("."))


INLINE_LABEL_FIELDS = {"owner", "case_number", "period", "start_date", "end_date", "owner_orgnr"}
# Label words that open ordinary sentences too ("Till sist ...", "Ärendet gäller ...").
AMBIGUOUS_LABELS = {"projektet", "projekt", "project", "ärende", "ärendet", "sökande", "period", "perioden", "tidplan",
                    "startar", "avslutas", "projektet startar", "projektet avslutas"}


def _as_fact(block: Block) -> Block:
    """A heading "Projekttid: 1 feb 2024 - 31 jan 2027" is a fact line set in large type."""
    if block.kind != "heading" or len(block.text) > MAX_VALUE_CHARS:
        return block
    pair = split_label(block.text)
    if not pair or not pair[1] or KICKER_RE.fullmatch(pair[0]):
        return block  # (a headline "Nytt projekt: X" stays one)
    return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=pair[0], value=pair[1])
