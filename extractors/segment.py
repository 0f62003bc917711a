"""Where each project's text begins and ends: a document's content blocks into segments.

Finding projects is reading meaning, so it lives here, over the block roles of
extractors.roles. A document that lists several projects repeats a structure, one
project per repeat; each strategy below looks for one kind of repeat and must find
two or more projects:

0. a minute's items ("§ 84", "AU § 5"), when the document has them: an item that grants a project is its
   segment, an item that lists projects gives one per row;
1. fact-box clusters: the same anchor label ("Projektnamn", "Projektägare",
   "Diarienummer") in more than one run of fact lines, each cluster under its own title;
2. headed sections whose text names the heading's project again (they win over a
   page's single fact box);
3. mentions: list items, lines, table rows or paragraphs that each introduce a project
   of their own with an amount or an owner ("1. Namn – Ägare – 1 450 000 kronor",
   "”Namn”, Ägare. 3.140 euro.", "2012-3317 Ägare, Namn ...", "Projektet X leds av Y ...");
   entries that a transcript runs into one paragraph ("a) ... b) ...", case numbers, grant
   sentences) are cut apart first;
4. headed sections: headings (or list items used as headings) each followed by text
   that states a grant, an owner or a fact label.

A page with one run of fact lines is one project whatever else it mentions; of 3 and
4 the one that finds more projects wins; otherwise the whole content is one segment
(one project, or none). The blocks above a project that belong to no project are its
context: a funder stated once at the top.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from extractors.contacts import JOB_TITLE_RE, is_known_first_name, looks_like_person, parse_person
from extractors.labels import OTHER_COLUMN_RE, PURPOSE_KEY_RE, exact_label_field, label_field
from extractors.dates import PERIOD_VALUE_RE, find_periods
from extractors.money import SINGLE_SUM_RE, find_amounts
from extractors.sentences import sentence_spans
from extractors.orgs import gazetteer, is_eu_fund, looks_like_org
from extractors.document_facts import ALL_PROJECTS_SUBJECT_RE
from extractors.prose import PART_SUBJECT_RE
from extractors.names import (called_in_row, name_comma_owner, TITLE_PERIOD_RE, labelled_entry, bracket_entry, case_entry, org_keyed_project, to_owner_entry, comma_parts, first_project_name, is_generic_heading, is_row, led_entry,
                              name_keyed_entry, name_then_grant, owner_keyed_entry, plainly_org, row_name, title_name,
                              told_as_past)
from pipeline.blocks import Block

SegmentKind = Literal["page", "listed", "row", "section", "paragraph", "item"]

GRANT_VERB_RE = re.compile(r"\b(förordas|förordades|föreslås|rekommenderas|får|fick|beviljas|beviljades|beviljats|"
                           r"beviljat|har fått|fått|tilldelas|tilldelades|tilldelats|erhåller|erhöll|prioriteras|"
                           r"prioriterades|stöd|bidrag|bidrar med|bidrog med|går in med|gick in med|"
                           r"drivs av|leds av|ägs av|samordnas av|projektägare|stödmottagare|huvudstödmottagare)\b",
                           re.IGNORECASE)


@dataclass
class Segment:
    blocks: list[Block]
    title: Block | None = None
    context: list[Block] = field(default_factory=list)
    kind: SegmentKind = "page"
    name: tuple[str, Block, int] | None = None
    """The project's name as the segmenter found it: (name, block, offset in the block's text)."""
    after: list[Block] = field(default_factory=list)
    """What a list says below its last entry about all of them ("Stödet finansieras med medel från ...")."""
    columns: list[str | None] | None = None
    """For a table's row: the field each cell holds, as the table's header names it."""
    header: list[str] | None = None
    """For a table's row: the header's cells ("Beviljat stöd (kr)": the unit of bare figures)."""
    declined: bool = False
    """A lead above it turned the entries under it down ("Följande ansökningar avslogs:"), or named them as
    something other than projects ("Strategin bygger på tre insatsområden:")."""
    head: Block | None = None
    """For an entry listed in a minute's item: the item's head ("§ 88 Bidrag till föreningar (KFN-2026-00312)"),
    whose case is every entry's."""
    owner_line: Block | None = None
    """For a card set "Namn" / "Ägare" / its facts like its siblings: the line that names its owner."""
    respective: tuple[tuple[str, int], tuple[str, int], tuple[str, ...]] | None = None
    """For one of the grants a "respektive" sentence pairs up: ((owner, offset), (sum, offset), every owner named)."""
    enumerated: tuple[tuple[str, int], tuple[str, int], tuple[str, ...]] | None = None
    """For one of the projects a sentence enumerates ("två projekt: X, som får N från A, och Y, som får M från B"):
    ((sum, offset), (payer, offset), the other payers and every project named)."""


# A table's column that says what each grant is for ("Ändamål | Projektet Gamla gruvvägar").
PURPOSE_COLUMN_RE = re.compile(r"(?i)^(?:ändamål|avser|beskrivning|syfte|aktivitet|insats)$")
# A minute's table column of its matters: a case number, or the matter told in words ("Ansökan från X om ...").
MATTER_COLUMN_RE = re.compile(r"(?i)^(?:ärende|ärenden|ärendemening|rubrik)$")
MATTER_WORDS = 5
MINUTE_COLUMN_RE = re.compile(r"(?i)^(?:§|paragraf|beslut|beslutet|lag:s beslut|styrelsens beslut)$")
# A table's column of counts ("Antal projekt", "Antal beviljade"): the table is statistics, its rows no projects.
COUNT_COLUMN_RE = re.compile(r"(?i)^(?:antal|number of|kvinnor|män|deltagare|andel)\b")
CATEGORY_HEAD_RE = re.compile(r"(?i)^(?:prioritering|prioriteringar|prioritet|insatsområde|programområde|priority|priorities|"
                              r"specifikt mål|specific objective|politiskt mål|policy objective|kategori|category|sektor|"
                              r"bransch|fond|fund)$")
TOTAL_CELL_RE = re.compile(r"(?i)^(?:totalt|total|summa|sum|varav)\b")


# "Bidrag 2027", "Budget 2026 (tkr)": the year a column's sums are for, in its head (a head holds no figure else).
DECISION_COLUMNS = {"name", "owner", "funding"}
# A table's head of years over an account's figures ("| 2037 | 2036"): its rows are lines of the accounts.
YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}")
HEAD_YEAR_RE = re.compile(r"(?<=[a-zåäö])\s+(?:år\s+)?(?:19|20)\d{2}\b")


# Columns beside a grant that say where, when or of what kind it is, not what it is called.

# A column that holds a project's name and its applicant together: "Projekt och sökande", "Projekt/projektägare".
NAME_AND_OWNER_HEAD_RE = re.compile(r"(?i)^(?:projekt|projektnamn|namn)\s*(?:och|/|&)\s*(?:sökande|projektägare|stödmottagare|ägare)$")


def header_fields(block: Block) -> list[str | None] | None:
    """The field each column holds when the block is a table's header ("Projekt | Stödmottagare | Belopp"):
    cells without a figure, two or more of them labels of a field."""
    if block.kind != "table_row" or not block.cells:
        return None
    cells = [HEAD_YEAR_RE.sub("", cell) for cell in block.cells]  # "Bidrag 2027": a column's year, no figure
    if any(ch.isdigit() for cell in cells for ch in cell):
        return None
    fields: list[str | None] = ["name" if NAME_AND_OWNER_HEAD_RE.match(cell.strip()) else label_field(cell) if cell else None
                                for cell in cells]  # ("Projekt och sökande" over "Namn, Ägare": the name first)
    named = [f for f, cell in zip(fields, block.cells)  # ("Sökande | Ändamål | ...": a grant's purpose names it;
             if f not in (None, "ignore", "section") or PURPOSE_COLUMN_RE.match(cell.strip())  # "§ | Ärende | Beslut":
             or MINUTE_COLUMN_RE.match(cell.strip())]  # a minute's matters and what was decided on each)
    if len(named) < 2:
        return None
    unnamed = [k for k, (f, cell) in enumerate(zip(fields, cells)) if f is None and cell
               and not PURPOSE_COLUMN_RE.match(cell.strip()) and not OTHER_COLUMN_RE.match(cell.strip())]
    purpose = any(PURPOSE_COLUMN_RE.match(cell.strip()) for cell in cells)
    if "name" not in fields and {"owner", "funding"} <= set(fields) and len(unnamed) == 1 and not purpose:
        fields[unnamed[0]] = "name"  # "Stödmottagare | Investering | Stöd": the one column left says what was funded
    return list(fields)


def _fact_field(blocks: list[Block], i: int) -> str | None:
    """The field the fact line at `i` states; a "Namn" that names a person (a form's contact: a known first name, or
    a job title or an e-mail on the next line), or a "Titel" that is a job's, names no project."""
    b = blocks[i]
    f = label_field(b.key or "")
    if f != "name" or not b.value:
        return f
    after = blocks[i + 1] if i + 1 < len(blocks) and blocks[i + 1].kind == "key_value" else None
    person_follows = after is not None and (label_field(after.key or "") in ("email", "phone")
                                            or JOB_TITLE_RE.match((after.value or "").strip()) is not None)
    if parse_person(b.value) and (is_known_first_name(b.value) or person_follows) or JOB_TITLE_RE.match(b.value.strip()):
        return "contact"  # ("Titel: Projektledare" under a contact: the person's title, no project's)
    return f


def _anchor_field(blocks: list[Block]) -> str | None:
    counts: dict[str | None, int] = {}
    for i, b in enumerate(blocks):
        if b.kind == "key_value":
            f = _fact_field(blocks, i)
            if f in ("name", "owner", "case_number"):
                counts[f] = counts.get(f, 0) + 1
    for f in ("name", "owner", "case_number"):
        if counts.get(f, 0) >= 2:
            return f
    return None


SENTENCE_INSIDE_RE = re.compile(r"\w{2}[.!?]\s+[A-ZÅÄÖ]")


def heading_like(b: Block) -> bool:
    if b.text[:1].isdigit() and find_amounts(b.text[:40]):
        return False  # "809 733 SEK beviljat projektstöd": a fact set as a heading titles nothing
    if b.kind == "heading":  # "Fortsatt stöd" is a money label only by a word stem: as a heading it titles a project
        return exact_label_field(b.text) is None and label_field(b.text) in (None, "funding", "funders")
    if b.kind in ("line", "paragraph", "list_item"):  # a label word alone ("Mål") heads a project's part
        return len(b.text.split()) <= 16 and not b.text.rstrip().endswith((".", ":", "!", "?", ";")) \
            and exact_label_field(b.text.strip()) is None and "@" not in b.text \
            and not (b.kind == "paragraph" and SENTENCE_INSIDE_RE.search(b.text))
        # (a contact's line titles nothing, nor a paragraph that ends a sentence inside: "Text. Finansieras av: X · N kr")
    return False


def _is_fact(b: Block) -> bool:
    """A labelled fact, or a card's line of facts under its title ("Åby IF · 2031 · 60 000 kr")."""
    return b.kind == "key_value" and (label_field(b.key or "") not in (None, "goals")
                                      or bool(PURPOSE_KEY_RE.match((b.key or "").strip()))) or meta_parts(b) is not None


def _passable(b: Block) -> bool:
    """What stands between a project's title and its facts: its text (a short sentence too), goal bullets, section
    headings."""
    return _is_prose(b) or b.kind == "list_item" or b.kind == "paragraph" and b.text.rstrip().endswith(".") \
        or b.kind == "heading" and (label_field(b.text) is not None or is_generic_heading(b.text))


def _is_prose(b: Block) -> bool:
    return b.kind in ("paragraph", "line", "list_item") and len(b.text.split()) >= 8


def _title_line(blocks: list[Block], k: int) -> bool:
    """A project's title above its facts: a heading-like line, or "Place: Name" / "Fund: Name" opening a cluster."""
    b = blocks[k]
    if b.kind == "list_item" and any(0 <= n < len(blocks) and blocks[n].kind == "list_item" for n in (k - 1, k + 1)):
        return False  # a bullet among bullets (a project's goals) titles nothing
    if heading_like(b):
        return not is_generic_heading(b.text)
    key = (b.key or "").strip()
    return b.kind == "key_value" and label_field(key) is None and len((b.value or "").split()) <= 12 \
        and not (b.value or "").rstrip().endswith(".") \
        and (key.isupper() or is_eu_fund(key) or gazetteer().lookup(key) is not None or gazetteer().is_place(key))


def _fact_clusters(blocks: list[Block]) -> list[Segment] | None:
    anchor = _anchor_field(blocks)
    if anchor is None:
        return None
    anchors: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind == "key_value" and _fact_field(blocks, i) == anchor:
            # "Svensk projektägare", "Norsk projektägare" in one fact box are one project; the same label
            # again ("Projekt: A ... Projekt: B") opens the next
            if anchors and all(_is_fact(x) for x in blocks[anchors[-1]:i]) \
                    and fold_name(blocks[anchors[-1]].key or "") != fold_name(b.key or ""):
                continue
            anchors.append(i)
    starts: list[int] = []
    item_above: set[int] = set()  # the boxes with a minute's item mark on the line over them
    floor = 0
    lead = None  # facts above the name in the first box: the boxes below are laid out alike
    facts_above: int | None = None  # the same for another anchor
    for a in anchors:
        k = a - 1
        while k >= floor and _is_fact(blocks[k]):
            k -= 1
        start = k + 1
        if anchor == "name":
            lead = a - start if lead is None else lead
            start = max(start, a - lead)
        if anchor != "name":
            # Up over this project's other fact lines, then over its text (a few paragraphs), to its
            # title; never into the project above. With no title above the text, the text opens it.
            j = k
            while j >= floor and blocks[j].kind == "key_value" and not _title_line(blocks, j):
                j -= 1
            text_top, prose = None, 0
            while j >= floor and not _title_line(blocks, j) and prose < 12 and _passable(blocks[j]):
                if _is_prose(blocks[j]):
                    text_top = j
                prose += 1
                j -= 1
            if j >= floor and _title_line(blocks, j):
                start = j
                upper = blocks[j - 1] if j - 1 >= floor else None
                if upper is not None and upper.kind == "key_value" and _title_line(blocks, j - 1) \
                        and blocks[j].text in (upper.value or ""):
                    start = j - 1  # "GÄVLE: Namn (LBU 12)" above "Namn": the upper line opens the project
            elif text_top is not None:
                start = text_top
            if not starts:
                facts_above = a - (k + 1)  # the first box's facts above its anchor
            elif facts_above is not None and all(_is_fact(x) for x in blocks[floor:a]):
                start = max(start, a - facts_above)  # boxes run together fact after fact: each laid out as the first
        if start - 1 >= floor and _item_marks(blocks[start - 1].text) == [0]:
            item_above.add(len(starts))  # "§ 5 Ärende 2030-015" over the box: the minute's item it is
        if starts and start <= starts[-1]:
            start = starts[-1] + 1
        starts.append(start)
        floor = a + 1
    if len(starts) < 2:
        return None
    if len(item_above) >= 2:  # each box under an item of its own (not one item's head over all its boxes)
        starts = [s - 1 if n in item_above else s for n, s in enumerate(starts)]
    segments = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        seg_blocks = blocks[s:end]
        title = next((b for b in seg_blocks[:3] if heading_like(b)), None)
        if title is None and seg_blocks and seg_blocks[0].kind == "key_value" \
                and label_field(seg_blocks[0].key or "") is None:
            title = seg_blocks[0]
        segments.append(Segment(blocks=seg_blocks, title=title, kind="listed"))
    return segments


# A line's lead that dates it ("Beslut 2038-03-02", "Möte 12 mars 2038"): a date, no name.
DATED_KEY_RE = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}$|\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
                          r"september|oktober|november|december)(?:\s+(?:19|20)\d{2})?$", re.IGNORECASE)


def _dated_line(b: Block) -> bool:
    return b.kind == "key_value" and DATED_KEY_RE.search(b.key or "") is not None


def _titled_entry(b: Block) -> str | None:
    """A paragraph that opens with its project's name and a colon, then says what it is and what it got:
    the name, when the words before the colon are no label and the text states money."""
    if b.kind != "key_value" or not b.key or not b.value or label_field(b.key) is not None:
        return None
    if _dated_line(b):  # "Beslut 2038-03-02: Bidrag med N kronor till X för projektet Y": a dated line,
        named = first_project_name(b.value) if find_amounts(b.value) else None  # the name in its text
        return named[0] if named else None
    keyed = owner_keyed_entry(b.key, b.value)
    if keyed:  # "Arvika kommun: Projekt Konst i skolan, 300 000 kronor"
        return keyed[0]
    if name_keyed_entry(b.key, b.value):  # "Byns skola: Åby byalag, 240 000 kr"
        return b.key
    to_owner = to_owner_entry(b.key, b.value)
    if to_owner:  # "Till Åby kommun: 400 000 kr för Torget"
        return to_owner[0]
    bracketed = bracket_entry(b.text) if find_amounts(b.value) else None
    if bracketed:  # "Jobbspåret (Åby kommun): 800 000 kr"
        return bracketed[0]
    org_keyed = org_keyed_project(b.key, b.value)
    if org_keyed:  # "Åby kommun: I projektet Torget ska ... Stöd: 400 000 kr"
        return org_keyed[0]
    words = b.key.split()
    if not 1 <= len(words) <= 6 or not b.key[:1].isupper() or not find_amounts(b.value) \
            or len(b.value.split()) < (4 if GRANT_VERB_RE.search(b.value) else 8):
        return None  # ("Namn: Ägare beviljas 80 000 kronor." is short, but says what was granted)
    return b.key


# "Steget före. Förbundet driver projektet tillsammans med ...": a paragraph that opens with its project's name as a
# sentence of its own (a run-in title), then tells of "projektet".
RUN_IN_TITLE_ENTRY_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^.!?:;,\d()]{2,60}?)(?:\s+\((?P<case>[A-ZÅÄÖ]{0,5}\s?\d[\d\s/.:-]{3,16}\d)\))?"
                                   r"\.\s+(?=[A-ZÅÄÖ])")  # ("Ridhus i Åby (2039-0412). ...": its case in brackets)
RUN_IN_BACK_RE = re.compile(r"^(?:(?:Projektet|Förstudien|Satsningen|Det)\s|[A-ZÅÄÖ][a-zåäö]+(?:en|et)\s+(?:driver|leder|"
                            r"äger|samordnar|genomför)\s+(?:projektet|förstudien|satsningen)\b)")
NOT_TITLE_WORDS_RE = re.compile(r"(?i)^(?:det|den|de|vi|jag|du|ni|han|hon|man|vad|hur|här|nu|så)\b|"
                                r"\b(?:är|var|har|hade|blir|blev|ska|kan|får|fick|gick|går|finns|gör|gjorde)\b")
RUN_IN_TITLE_WORDS = 6


def _run_in_entry(b: Block) -> str | None:
    """The name of a project a paragraph opens with as a sentence of its own, when the next sentence tells of it
    ("Projektet får ...", "Förbundet driver projektet ...") and the paragraph states money, a period or a grant."""
    m = RUN_IN_TITLE_ENTRY_RE.match(b.text) if b.kind == "paragraph" else None
    if m is None or len(m.group("name").split()) > RUN_IN_TITLE_WORDS or NOT_TITLE_WORDS_RE.search(m.group("name")):
        return None
    rest = b.text[m.end():]
    if not (RUN_IN_BACK_RE.match(rest) or m.group("case")) \
            or not (find_amounts(rest) or find_periods(rest) or GRANT_VERB_RE.search(rest)):
        return None  # (a title with its case number needs no "Projektet ..." after it to be one)
    return m.group("name")


# "Läxhjälp på nätet – Tillsammans med X har vi ...": a paragraph's run-in title set off by a dash.
DASH_TITLE_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^.!?:;,\d()–—]{2,60}?)\s+[–—]\s+(?=[A-ZÅÄÖ])")


def _dash_titled_entry(blocks: list[Block], i: int) -> str | None:
    """The name a paragraph opens with before a dash, when the paragraph states money, a period or a grant and
    a paragraph beside it opens the same way (a list of projects, each told in a paragraph of its own)."""
    def title(b: Block) -> str | None:
        m = DASH_TITLE_RE.match(b.text) if b.kind == "paragraph" else None
        name = m.group("name") if m else None
        return name if name and len(name.split()) <= RUN_IN_TITLE_WORDS and not NOT_TITLE_WORDS_RE.search(name) else None

    name = title(blocks[i])
    rest = blocks[i].text[len(name):] if name else ""
    if not name or not (find_amounts(rest) or find_periods(rest) or GRANT_VERB_RE.search(rest)):
        return None
    return name if any(0 <= k < len(blocks) and title(blocks[k]) for k in (i - 1, i + 1)) else None


PURPOSE_NAME_RE = re.compile(r"^(?:(?:[Ff]ör|[Tt]ill)\s+(?:projektet|förstudien|satsningen)\s+|"
                             r"(?:Projekt|Förstudie|Förprojekt|Pilotprojekt):\s+)(?P<name>[A-ZÅÄÖ0-9][^.;:]{1,80}?)\.?$")
# ("Förstudie: Hamnen som mötesplats": the kind, then the name)


QUOTE_SAID_RE = re.compile(r"[,!?]\s+säger\s+\S+")  # "..., säger X": someone's words, quoted


def _mentions(blocks: list[Block]) -> list[Segment] | None:
    """Rows, lines and paragraphs that each introduce a project of their own and state a grant or an
    owner for it: "1. Namn – Ägare – 1 450 000 kronor", "Projektet X leds av Y ...". Each project's text
    runs to the next one's; headings between them belong to neither."""
    starts: list[tuple[int, tuple[str, int]]] = []
    seen: set[str] = set()
    header: list[str | None] | None = None
    header_cells: list[str] = []
    columns: dict[int, tuple[list[str | None], list[str]]] = {}
    name_blocks: dict[int, Block] = {}  # a row whose name stands on the line above it
    for i, b in enumerate(blocks):
        labelled = labelled_entry(b.text) if b.kind != "heading" else None
        if labelled:  # "RUN 2031-0042 Sökande: X. Projekt: Y. Beviljat belopp: N kr"
            name, at = next((value, at) for _, field, value, at in labelled[1] if field == "name")
            if fold_name(name) not in seen:
                seen.add(fold_name(name))
                starts.append((i, (name, at)))
            continue
        titled = _titled_entry(b) or _run_in_entry(b) or _dash_titled_entry(blocks, i)
        if titled and fold_name(titled) not in seen:  # "Jobbstart X: Insatsen ger ... Stöd: 1 300 000 kronor."
            seen.add(fold_name(titled))
            starts.append((i, (titled, max(b.text.find(titled), 0))))  # (a dated line names it in its text)
            continue
        if _years_head(b):
            header, header_cells = ["statistics"], []  # "| 2037 | 2036" over "Kostnader | 8 150 000 | 8 300 000"
            continue
        if b.kind not in ("list_item", "line", "table_row", "paragraph"):
            continue
        if (fields := header_fields(b)) is not None:
            header, header_cells = fields, list(b.cells or [])
            if "name" not in fields and b.cells and CATEGORY_HEAD_RE.match(b.cells[0].strip()):
                header = ["statistics"]  # "Prioritering | Budget (mnkr)": a programme's money by its parts, no projects
            continue
        if b.kind == "table_row" and b.cells and not any(ch.isdigit() for cell in b.cells
                                                         for ch in HEAD_YEAR_RE.sub("", cell)):
            if any(COUNT_COLUMN_RE.match(cell) for cell in b.cells) or CATEGORY_HEAD_RE.match(b.cells[0].strip()):
                header, header_cells = ["statistics"], list(b.cells)  # "Län | Antal projekt | Beviljat stöd": counts
            continue  # a table's head names its columns, no project
        if header == ["statistics"] and b.kind == "table_row" or b.kind == "table_row" and b.cells \
                and TOTAL_CELL_RE.match(b.cells[0]):
            continue  # a statistics table's rows are places or years, and a "Totalt" row sums the others
        head, head_cells = header, header_cells
        if b.kind == "table_row" and header and b.cells and len(b.cells) < len(header) \
                and all(f in (None, "ignore") for f in header[len(b.cells):]):
            head, head_cells = header[:len(b.cells)], header_cells[:len(b.cells)]  # a row whose last cells, a
            # comment or a status, were left empty: its cells stand under the first columns
        if b.kind == "table_row" and head and b.cells and len(b.cells) == len(head):
            if {"partners", "funders"} & set(head) and not {"name", "owner"} & set(head) \
                    or any(FINANCING_HEAD_RE.match(cell) for cell in head_cells):
                continue  # "Partner | Land | Budget", "Finansiär | Belopp", "Kostnader | SEK | Finansiering | SEK": one
                # project's parts
            columns[i] = (head, head_cells)
            if "name" in head:  # the name is in the column the head calls so
                cell = b.cells[head.index("name")]
                if NAME_AND_OWNER_HEAD_RE.match(head_cells[head.index("name")].strip()) and (both := name_comma_owner(cell)):
                    cell = both[0]  # "Byns hjärta, Åby byalag" under "Projekt och sökande"
                if cell and not find_amounts(cell) and fold_name(cell) not in seen:
                    seen.add(fold_name(cell))
                    starts.append((i, (cell, max(b.text.find(cell), 0))))
                continue
            purpose = next((k for k, cell in enumerate(head_cells) if PURPOSE_COLUMN_RE.match(cell)
                            or MATTER_COLUMN_RE.match(cell) and len(b.cells[k].split()) >= MATTER_WORDS), None)
            # ("§ | Ärende | Beslut" over "Ansökan från X om stöd till projektet Y, ...": the matter, told, not its number)
            if purpose is not None:  # "Ändamål": a grant's purpose, a project only where it names one
                cell = b.cells[purpose].strip()
                whole = PURPOSE_NAME_RE.match(cell)  # "För projektet Visor från bygden": the cell's rest is the name
                named = (whole.group("name"), whole.start("name")) if whole else first_project_name(cell)
                if named and fold_name(named[0]) not in seen:
                    seen.add(fold_name(named[0]))
                    starts.append((i, (named[0], max(b.text.find(named[0]), 0))))
                continue
        if not find_amounts(b.text) and not GRANT_VERB_RE.search(b.text) and not is_row(b):
            continue
        if QUOTE_SAID_RE.search(b.text) and not find_amounts(b.text):
            continue  # "– Många unga får aldrig chansen, säger projektledaren X": a quote, no entry
        found = row_name(b)
        told = first_project_name(b.text) if found and not called_in_row(b.text) else None
        if found and told and told[0] in found[0] and len(told[0]) < len(found[0]):
            found = told  # "Dessutom förlängs projektet X, som drivs av Y, ...": the name after "projektet"
        if found and looks_like_person(found[0]):
            continue  # "Lina Ek, bildkonstnär, 25 000 kronor": a person's stipend, no project
        if found and DOCUMENT_KIND_RE.fullmatch(found[0].strip()):
            continue  # "Nyhetsbrev – Leader X – december 2039": a document's kind, its sender and date, no entry
        if found and PART_SUBJECT_RE.match(found[0]):
            continue  # "Arbetspaketet leds av X": a part of the project, no project of its own
        if told and told_as_past(b.text, told[1], told[0]):  # ("Föreningen har tidigare genomfört projektet X, som
            continue  # fick N kronor ...": an earlier one, no entry)
        if not found or fold_name(found[0]) in seen or told_as_past(b.text, found[1], found[0]) \
                or not re.search(r"[^\W\d_]{2}", found[0]):  # ("2026-10-28 | Kommunstyrelsen | § 214": no name)
            continue  # (a grant told of an earlier year: "För tre år sedan fick den N kronor för projektet X")
        above = blocks[i - 1] if i else None
        named = _name_above(above) if above is not None and _owner_and_sum(b.text) and found[1] == 0 else None
        if named and above is not None:
            found = named  # "Österby äppelrunda" over "Österby fruktförening, 220 000 kr"
            name_blocks[i] = above
        seen.add(fold_name(found[0]))
        starts.append((i, found))
    rows = [(i, found) for i, found in starts if is_row(blocks[i])]
    if len(rows) >= 2:  # a list of rows: a name in the text under a row is no project of its own, unless
        # its block opens with it and says who runs it, as an entry does ("Namn leds av X och får ...")
        starts = [(i, found) for i, found in starts if is_row(blocks[i]) or i < rows[0][0]
                  or found[1] == 0 and led_entry(blocks[i].text)]
    if len(starts) < 2 and not (starts and starts[0][0] in columns and ("name" not in columns[starts[0][0]][0]
                                                                       or DECISION_COLUMNS <= set(columns[starts[0][0]][0]))):
        return None  # (one is enough where a grants table's purpose column names it among grants to no project, or
        # where a decision's table of one row names the project, its owner and its sum)
    context = blocks[: starts[0][0]]
    segments = []
    leads: dict[int, Block] = {}
    closing: list[Block] = []  # what follows a list's last item under a heading of its own ("Avslogs:", a deadline)
    for n, (i, (name, off)) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(blocks)
        if blocks[i].kind == "table_row":  # a row's text ends where another table's head begins
            end = next((k for k in range(i + 1, end) if header_fields(blocks[k]) is not None), end)
        seg_blocks = [blocks[i]] + [b for b in blocks[i + 1:end] if not heading_like(b)]
        if _dated_line(blocks[i]):  # "Beslut 2038-03-02: ..." lines: a dated line that names no project (an
            # application turned down) is an entry of its own, no part of the one above
            stop = next((k for k in range(i + 1, end) if _dated_line(blocks[k])), end)
            seg_blocks = seg_blocks[:1] + [b for b in blocks[i + 1:stop] if not heading_like(b)]
        if MONEY_BACK_RE.match(blocks[i].text):  # "Pengarna går till projektet X": the money, and who gets it,
            floor = starts[n - 1][0] + 1 if n else 0  # stand a paragraph or two above
            for k in range(i - 1, max(floor, i - 3) - 1, -1):
                if heading_like(blocks[k]):
                    break
                if find_amounts(blocks[k].text):
                    leads[n] = blocks[k]
                    break
        if blocks[i].kind == "list_item":  # after a list's item, a heading opens text about something else
            stop = next((k for k in range(i + 1, end) if heading_like(blocks[k])
                         or exact_label_field(blocks[k].text.strip()) == "contact"), end)  # ("Kontakt": the page's)
            seg_blocks = [blocks[i]] + [b for b in blocks[i + 1:stop]  # (not a sibling turned down: "✖ Namn – Ägare
                                        if not (b.kind == "list_item" and TURNED_DOWN_RE.search(b.text))]  # (avslag)")
            if n + 1 == len(starts):
                closing = blocks[stop:end]
        kind: SegmentKind = "row" if is_row(blocks[i]) else "paragraph"
        fields, cells = columns.get(i, (None, None))
        segments.append(Segment(blocks=seg_blocks, context=context, kind=kind,
                                name=(name, name_blocks.get(i, blocks[i]), off), columns=fields, header=cells))
    if all(len(seg.blocks) == 1 for seg in segments[:-1]) and len(segments[-1].blocks) > 1:
        # entries line after line, then text: the text speaks of them all, not of the last one only
        after = segments[-1].blocks[1:]
        segments[-1].blocks = segments[-1].blocks[:1]
        told_of: Segment | None = None
        for b in list(after):  # ... unless it names one of them: "Projektet X drivs av Y" is X's
            its = _naming(segments, b.text)
            if len(its) == 1:
                its[0].blocks.append(b)
                after.remove(b)
            elif len(its) > 1:  # "X ska samla ... Y ska göra ...": each sentence that opens with one name is its
                for sent, lo, hi in sentence_spans(b.text):
                    one = _naming(segments, sent)
                    own = one[0].name if len(one) == 1 else None
                    if own and fold_name(sent).startswith(fold_name(own[0]) + " "):
                        one[0].blocks.append(Block(kind=b.kind, text=sent, start=b.start + lo, end=b.start + hi))
            elif told_of is not None and _contact_line(b):
                told_of.blocks.append(b)  # "Kontakt: ..." under the text about X is X's contact
                after.remove(b)
            told_of = its[0] if len(its) == 1 else told_of if _contact_line(b) else None
        for seg in segments:
            seg.after = after
    elif closing:  # "Projekten ska vara genomförda senast ..." under the list's last item and a heading: of them all
        for seg in segments:
            seg.after = closing
    for n, lead in leads.items():
        segments[n].blocks.insert(0, lead)
    return segments


def _years_head(b: Block) -> bool:
    """A table's head of years (its corner cell empty, so a PDF's row may read as "2037: 2036"), or of years
    beside a corner naming what its rows count and a sum's column ("Kostnadsslag | 2038 | 2039 | Summa"):
    a budget or accounts by year, whose rows are posts, not projects ("Projekt | 2038 | 2039" is no such head)."""
    cells = b.cells if b.kind == "table_row" else [b.key or "", b.value or ""] if b.kind == "key_value" else None
    filled = [c.strip() for c in cells or [] if c.strip()]
    others = [c for c in filled if not YEAR_CELL_RE.fullmatch(c)]
    if len(filled) - len(others) < 2:
        return False
    corner = (cells or [""])[0].strip()
    if corner and corner in others:
        if label_field(corner) in ("name", "owner"):
            return False
        others.remove(corner)
    return all(TOTAL_CELL_RE.match(c) for c in others)


def _naming(segments: list[Segment], text: str) -> list[Segment]:
    """The entries whose names the text names."""
    folded = fold_name(text)
    return [seg for seg in segments if seg.name and (name := fold_name(seg.name[0])) in folded
            and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)]


def _owner_and_sum(text: str) -> bool:
    """"Österby fruktförening, 220 000 kr": an organisation and its sum, and no name."""
    parts = comma_parts(text.rstrip(" ."))
    return len(parts) == 2 and plainly_org(parts[0]) and bool(find_amounts(parts[1])) \
        and not re.search(r"\s[–—-]\s|[”“\"|]", parts[0])  # not "”Namn” – Ägare, 380 000 kr": a whole row


def _name_above(b: Block) -> tuple[str, int] | None:
    """(name, offset) of a short line that can name what the line under it funds: no sum, no sentence, no
    organisation. A list's title paired with the first name as a fact ("Beviljade projekt" over it) gives it up."""
    text = b.text.strip()
    if b.kind == "key_value" and label_field(b.key or "") == "section" and b.value:
        text = b.value.strip()
    elif b.kind not in ("line", "heading", "paragraph"):
        return None
    if not 1 <= len(text.split()) <= 8 or find_amounts(text) or text.endswith((".", ":", "!", "?")) or plainly_org(text) \
            or is_generic_heading(text) or gazetteer().lookup(text) is not None or _owner_and_sum(text):
        return None
    return text, b.text.find(text)


# A paragraph that opens by pointing back at the money the one above it stated.
MONEY_BACK_RE = re.compile(r"^(?:Pengarna|Medlen|Stödet|Bidraget|Summan|Beloppet|Anslaget)\s+(?:går|ska gå|gick|"
                           r"kommer att gå|används|ska användas)\s+till\b")
FUNDING_WORD_RE = re.compile(r"(finansier\w*|\w*stöd(et)?\b|\w*bidrag(et)?\b|budget|kostnad|omslutning)", re.IGNORECASE)
OWNER_CUE_RE = re.compile(r"\b(drivs|leds|ägs|samordnas|drevs|leddes|startas|startades) av\b|\bprojektägare\b|\bstödmottagare\b|"
                          r"\b(driver|leder|äger) (projektet|förstudien|satsningen)\b|"
                          r"\b(avslutat|pågående|nytt|beviljat) projekt\b", re.IGNORECASE)


# A fact stated inside a card's text: "Projektperiod: 2025–2027.", "Finansieras av Europeiska ...".
INLINE_FACT_RE = re.compile(r"(?i)\b(?:projektperiod|projekttid|projektägare|stödmottagare)\s*:\s*\S|"
                            r"(?:^|[.!?]\s+)(?:Projektet\s+)?(?:[Ff]inansieras|[Mm]edfinansieras|[Dd]elfinansieras)\s+av\s+"
                            r"[A-ZÅÄÖ]|"  # not "Programmet finansieras av ...": the programme's money
                            # "Projektet pågår 2027–2029 och finansieras av X": the project's period and payer told
                            r"(?:^|[.!?]\s+)(?:Projektet|Piloten|Förstudien|Satsningen)\s+(?:[^.]{0,60}?\s)?(?:pågår|löper|genomförs)\s+"
                            r"(?:under\s+|mellan\s+|från\s+)?(?:19|20)\d{2}|"  # ("Piloten görs ihop med X och pågår under 2028")
                            r"(?:^|[.!?]\s+)Projektet\s+[^.]{0,40}\boch\s+finansieras\s+av\s+[A-ZÅÄÖ]")


def bare_fact(b: Block) -> str | None:
    """What a line or list item under a title states with no label ("2027–2028", "1,4 mnkr", "Åby kommun"), as
    pages that mark their facts by icons set them: "sum", "period" or "org", else None."""
    text = b.text.strip()
    if b.kind not in ("line", "list_item") or not text or len(text.split()) > 6:
        return None
    amounts = find_amounts(text)
    if len(amounts) == 1 and amounts[0][1] == 0 and amounts[0][2] >= len(text.rstrip(".")):
        return "sum"
    periods = find_periods(text)
    if PERIOD_VALUE_RE.match(text) or len(periods) == 1 and periods[0][1] == 0 and periods[0][2] >= len(text):
        return "period"
    return "org" if plainly_org(text) else None


def in_fact_run(blocks: list[Block], i: int) -> bool:
    """The block at `i` is one of a run of facts marked by icons ("2027–2028" beside "1,4 mnkr" and "Åby kommun"):
    a bare fact next to a bare fact of another kind."""
    kind = bare_fact(blocks[i])
    return kind is not None and any(0 <= n < len(blocks) and bare_fact(blocks[n]) not in (None, kind) for n in (i - 1, i + 1))


def _states_a_project(head: Block, body: list[Block]) -> bool:
    """A heading's text says something of a project: a grant, an owner, or a fact label."""
    text = " ".join(b.text for b in body[:4])
    if len({f for b in body[:4] if (f := bare_fact(b))}) >= 2:
        return True  # "2027–2028" / "1,4 mnkr" / "Åby kommun": facts marked by icons, no labels
    if find_amounts(text) and (GRANT_VERB_RE.search(text) or FUNDING_WORD_RE.search(text)):
        return True
    if OWNER_CUE_RE.search(text) or INLINE_FACT_RE.search(text) or TITLE_PERIOD_RE.search(head.text.strip()):
        return True  # (or "Namn (2026–2028)": a title with its project's years)
    if len(body) >= 2 and (_owner_then_sum(body[0], body[1]) or SINGLE_SUM_RE.fullmatch(body[0].text.strip())
                           and _owner_then_sum(body[1], body[0])):
        return True  # "1. Namn" / "Ägare kommun" / "600 000 kr": an entry's owner and sum on lines of their own (or
        # the sum a badge over the name, the owner under it)
    if body and meta_parts(body[0]):  # a card's line of its owner, period and sum
        return True
    return any(b.kind == "key_value" and label_field(b.key or "") in ("owner", "period", "case_number", "funding")
               for b in body)


META_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")


def meta_parts(b: Block) -> list[str] | None:
    """"Ägare förening · 2031–2032 · 200 000 kr" under a card's title: the parts of a line that gives its owner
    first and its sum among the rest; None for any other block."""
    parts = META_SEPARATOR_RE.split(b.text.strip()) if b.kind == "line" else []
    if not (re.fullmatch(r"[A-ZÅÄÖ][^\d.:;!?]*", parts[0] if parts else "") and len(parts[0].split()) <= 6):
        return None
    if 2 <= len(parts) <= 5 and any(find_amounts(p) for p in parts[1:]):
        return parts
    if len(parts) == 2 and plainly_org(parts[0]) and re.fullmatch(r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)?", parts[1]):
        return parts  # "Åby Folkhögskola · Åby": the owner and the town it is in
    return None


# A case number or a date in a line makes it a reference line, not a project's heading.
REFERENCE_RE = re.compile(r"\b[A-ZÅÄÖ]{0,6}\s?\d{2,4}/\d+|\b\d{4}-\d{2}-\d{2}\b")


def _section_head(blocks: list[Block], i: int) -> bool:
    """A heading that opens one project's section. A loose line of a transcript counts only when text or
    facts follow it, not another short line."""
    b = blocks[i]
    if meta_parts(b):
        return False  # "Ägare · 2031–2032 · 200 000 kr": a card's facts under its title, no title of its own
    if is_generic_heading(b.text) and not named_again_below(blocks, i):
        return False  # "Arbete och företagande": a site's section, unless the text under it opens with its words
    if not heading_like(b) or REFERENCE_RE.search(b.text) or is_row(b):
        return False  # a row of facts ("Namn – Fond – 2019–2021 – roll") is a mention, not a heading
    if re.search(r"\d{1,3}(?:[  ]\d{3})+$", b.text):
        return False  # "Summa kostnader 600 000": a table's row of figures
    if b.text.rstrip().endswith(":") and len(b.text.split()) >= 4:
        return False  # "Projektet ska arbeta inom tre områden:" set as a heading leads into a list
    if b.kind == "list_item" and any(0 <= n < len(blocks) and blocks[n].kind == "list_item" for n in (i - 1, i + 1)):
        return False  # a bullet among bullets (a project's goals) heads nothing below it
    if b.kind == "line" and i > 0 and plainly_org(b.text) and (
            blocks[i - 1].kind == "heading" or blocks[i - 1].kind == "line" and heading_like(blocks[i - 1])
            and not plainly_org(blocks[i - 1].text)):
        return False  # "Hova hembygdsförening" under the card's title: its owner, not a title of its own
    if b.kind == "line" and i > 0 and blocks[i - 1].kind == "heading" and CARD_TAG_RE.match(b.text.strip()):
        return False  # "Beviljat 2039", "Pågående" under a card's title: its tag, no title of its own
    if b.kind == "line":
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        return nxt is not None and (_is_prose(nxt) or nxt.kind in ("key_value", "list_item")
                                    or nxt.kind == "line" and after is not None
                                    and (plainly_org(owner_line(nxt.text)) and after.kind == "key_value"
                                         or _owner_then_sum(nxt, after)
                                         or looks_like_org(owner_line(nxt.text)) and after.kind == "key_value"
                                         and label_field(after.key or "") == "funding"))
        # ("Namn" / "Gotlands konstnärscentrum" / "Bidrag: 140 000 kr": a card's title, its owner, then its grant)
        # ("Namn" / "Ägare förening" / "Beviljat: 260 000 kr": a card's title, its owner, then its facts; "Namn" /
        # "Ägare förening, Ort" / "850 000 kronor i tre år")
    return True


# The kind of a document, as its head line names it before its sender and date.
DOCUMENT_KIND_RE = re.compile(r"(?i)nyhetsbrev|pressmeddelande|protokoll|protokollsutdrag|kallelse|föredragningslista|"
                              r"verksamhetsberättelse|årsredovisning|newsletter|press release")
# A card's tag of its status or year under its title.
CARD_TAG_RE = re.compile(r"(?i)^(?:beviljat|beviljad|beviljade|beslutat|avslutat|avslutad|avslutade|pågående|pågår|aktuellt|"
                         r"startat|planerat|granted|ongoing|completed|finished)(?:\s+(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2,4})?)?$")


def owner_line(text: str) -> str:
    """The organisation a card's owner line names, without the town after it ("Åby IF, Åby")."""
    return re.sub(r",\s+[A-ZÅÄÖ][\wåäö-]+$", "", text.strip())


def _owner_then_sum(owner: Block, money: Block) -> bool:
    """"Ägare kommun" over "600 000 kr", "Åby IF, Åby" over "850 000 kronor i tre år": an entry's owner and its sum
    on lines of their own (a name without a word for its kind counts before such a sum line)."""
    name = owner_line(owner.text)
    return plainly_org(name) and (bool(SINGLE_SUM_RE.match(money.text.strip())) or sum_line(money)) \
        or looks_like_org(name) and sum_line(money)


def sum_line(b: Block) -> bool:
    """A short line that opens with a sum: "850 000 kronor i tre år"."""
    amounts = find_amounts(b.text)
    return b.kind == "line" and bool(amounts) and amounts[0][1] == 0 and len(b.text.split()) <= SUM_LINE_WORDS


SUM_LINE_WORDS = 8  # "850 000 kronor i tre år", not a sentence that opens with a sum


# A plan's or report's section number before its heading's words: "3 Mål", "5 Budget och finansiering".
SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+(?=[A-ZÅÄÖ][a-zåäö])")


def named_again_below(blocks: list[Block], i: int) -> bool:
    """The text under a heading opens with the heading's words ("2.2 Hälsa och arbete" over "Hälsa och arbete är en
    ny insats ..."): a title, however generic its words."""
    title = SECTION_NUMBER_RE.sub("", blocks[i].text.strip())
    nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return len(title.split()) >= 2 and len(nxt.split()) >= 6 and fold_name(nxt).startswith(fold_name(title) + " ")
    # (not "BESLUT" over "Beslut om regionalt projektstöd": a kind of document over its heading)


def _sums_all(b: Block) -> bool:
    """"Totalt beviljades under året 4,6 miljoner kronor": the list's sum closes the last project's section."""
    return bool(MEETING_SUM_RE.match(b.text)) and bool(find_amounts(b.text))


def _card_owner_lines(blocks: list[Block]) -> set[int]:
    """Cards set alike, "Namn" / "Ägare" / its facts, one after another: their second lines name their owners when
    one of them is plainly an organisation ("Sala kommun"); the others ("Film i X") stand where it stands."""
    lines = [i for i in range(1, len(blocks) - 1) if blocks[i].kind == "line" and blocks[i + 1].kind == "key_value"
             and blocks[i - 1].kind in ("list_item", "heading", "line") and heading_like(blocks[i - 1])
             and heading_like(blocks[i]) and not plainly_org(blocks[i - 1].text)]
    return set(lines) if len(lines) >= 2 and any(plainly_org(owner_line(blocks[i].text)) for i in lines) else set()


def _sections(blocks: list[Block], at_least: int = 2) -> list[Segment] | None:
    """Headings, or list items standing as headings, each followed by the text of one project."""
    found: list[tuple[int, int]] = []  # (heading index, end index)
    owner_lines = _card_owner_lines(blocks)
    heads = [i for i, b in enumerate(blocks) if i not in owner_lines and _section_head(blocks, i)]
    # "450 000 kr" set over each card's heading (a badge): the sum on the line before a heading is its section's
    badged = {h for h in heads if h > 0 and SINGLE_SUM_RE.fullmatch(blocks[h - 1].text.strip())}
    trailing = bool(heads) and any(SINGLE_SUM_RE.fullmatch(b.text.strip()) for b in blocks[heads[-1] + 1:])
    if len(badged) < 2 or trailing:  # (the last section's own sum line under its heading: the sums close them)
        badged = set()
    starts = {h: h - (h in badged) for h in heads}
    for n, h in enumerate(heads):
        end = starts[heads[n + 1]] if n + 1 < len(heads) else len(blocks)
        end = next((k for k in range(h + 2, end) if _sums_all(blocks[k])), end)
        body = blocks[h + 1:end]
        if not body:
            continue
        if _states_a_project(blocks[h], blocks[starts[h]:h] + body):
            found.append((h, end))
    if len(found) < at_least:
        return None
    names = {fold_name(blocks[h].text) for h, _ in found}
    if len(names) < at_least:
        return None
    context = blocks[: starts[found[0][0]]]
    segments = []
    for h, end in found:
        seg_blocks = blocks[starts[h]:end]
        name = title_name(blocks[h].text)
        segments.append(Segment(blocks=seg_blocks, title=blocks[h], context=context, kind="section",
                                name=(name, blocks[h], max(blocks[h].text.find(name), 0)) if name else None,
                                owner_line=blocks[h + 1] if h + 1 in owner_lines else None))
    return segments


# "§ 84", "KS § 143": a minute's item opens with its paragraph number; "till § 84" only refers to one. "Ärende 7  Dnr
# ...", "Ärende 7: Medfinansiering av ...": numbered by the word.
ITEM_MARK_RE = re.compile(r"(?:(?<=\s)|^)(?:[A-ZÅÄÖ]{1,5}\s)?§\s?\d{1,4}\b(?=\s+[A-ZÅÄÖ]|\s*$)|"
                          r"^(?:Ärende|Punkt)\s+\d{1,3}(?:\.\d{1,2})?:?(?=\s+[A-ZÅÄÖ]|\s*$)")
REFERS_RE = re.compile(r"(?i)\b(till|under|enligt|i|se|och|samt|jfr|från)\s*$|[-–]\s*$")


def _item_marks(text: str) -> list[int]:
    return [m.start() for m in ITEM_MARK_RE.finditer(text) if not REFERS_RE.search(text[:m.start()])]


LETTER_MARK_RE = re.compile(r"(?<=\s)(?P<letter>[a-h])\)\s+")
# "..., 95 000 kr RD19/03377 Ägare, ...": the entry before ends in its amount.
AMOUNT_END_RE = re.compile(r"\d\s(?:kr|kronor|sek|euro|eur)\.?\s$", re.I)
CASE_MARK_RE = re.compile(r"(?<=[\s:])(?=[A-ZÅÄÖ]{0,5}\s?\d{2,4}[-/])")


# A sentence that grants one named project: "Geta byalag förordas 21.300 euro för ”Geta utsiktsstig”".
GRANT_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?]\s))[A-ZÅÄÖ][^.!?]{0,80}?\b(?:förordas|beviljas|tilldelas|får|fick)\s"
                               r"[^.!?]{0,40}?\d[^!?]{0,100}?\b(?:för|till|projektet)\s+[”\"“]")


# "... för projektet X och B kommun får 800 000 kronor för projektet Y": a second grant joined by "och".
GRANT_FOR_PROJECT_RE = re.compile(r"\b(?:får|fick|beviljas|tilldelas)\s+[^.;]{0,40}?\d[^.;]{0,40}?\b(?:för|till)\s+"
                                  r"(?:projektet|förstudien|satsningen)\s")
JOINED_GRANTS_RE = re.compile(r"\s(?:och|samt)\s+(?P<second>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?\s+(?:får|fick|"
                              r"beviljas|tilldelas)\s+[^.;]{0,40}?\d[^.;]{0,40}?\b(?:för|till)\s+(?:projektet|förstudien|"
                              r"satsningen)\s)")


# "... 500 000 kronor till Åby kommuns projekt X och 300 000 kronor till Öby kommuns projekt Y": a second sum for
# another organisation's project, its verb left out.
SUM_TO_PROJECT = r"(?:drygt\s+|cirka\s+)?\d[\d  ,]*\s*(?:miljoner\s+)?(?:kronor|kr|euro)\s+till\s+(?:[A-ZÅÄÖ][^.;]{1,60}?s\s+" \
                 r"(?:projekt|förstudie|satsning)\s|(?:projektet|förstudien|satsningen)\s+[A-ZÅÄÖ]|[”“\"«»‘’'][A-ZÅÄÖ])"
# ("... och 180 000 kronor till ”Y”", "... till projektet Y": the name itself after the sum)
JOINED_SUMS_RE = re.compile(rf"\s(?:och|samt)\s+(?P<second>{SUM_TO_PROJECT})")
FIRST_SUM_RE = re.compile(SUM_TO_PROJECT)
# "X beviljar Åby kommun 500 000 kronor till projektet A och Öby kommun 300 000 kronor till projektet B": the verb
# said once, each recipient and its sum after it.
RECIPIENT_SUM = r"(?P<owner>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?)\s+(?P<sum>(?:drygt\s+|cirka\s+)?\d[\d  ,]*\s*" \
                r"(?:miljoner\s+)?(?:kronor|kr|euro))\s+(?:till|för)\s+(?:projektet|förstudien|satsningen)\s"
FIRST_RECIPIENT_RE = re.compile(rf"\b(?:beviljar|har beviljat|beviljade|ger|gav|tilldelar|tilldelade)\s+(?P<first>{RECIPIENT_SUM})")
JOINED_RECIPIENTS_RE = re.compile(rf"\s(?:och|samt)\s+(?P<second>{RECIPIENT_SUM})")


# "A, som får N kronor för X": a recipient and its grant in a relative clause, one of several in a sentence.
RECIPIENT_CLAUSE_RE = re.compile(r"(?:(?<=finns\s)|(?<=,\s)|(?<=\soch\s)|(?<=\ssamt\s))(?P<org>[A-ZÅÄÖ][\wåäö-]*"
                                 r"(?:\s+[\wåäö-]+){0,4}?),\s+som\s+(?:får|fick|beviljas|beviljades|tilldelas)\s+"
                                 r"[^.;]{0,40}?\d[^.;]{0,40}?\s(?:för|till)\s+")
TO_OWNER_SUM_FOR_RE = re.compile(r"\btill\s+(?P<org>[A-ZÅÄÖ][^():,.]{1,60}?)\s*\(\s*\d[^()]{0,30}\)\s+för\s+"
                                 r"(?:projektet|förstudien|satsningen)\s")
TO_OWNER_FOR_NAME_SUM_RE = re.compile(r"\btill\s+(?P<org>[A-ZÅÄÖ][^():,.]{1,60}?)\s+för\s+(?:projektet|förstudien|"
                                      r"satsningen)\s+[^():,.]{1,60}?\s*\(\s*\d[^()]{0,30}\)")
INLINE_BULLET_RE = re.compile(r"(?:^|\s)[•●▪■◦‣]\s+(?=\S)")
INLINE_ENTRY_RE = re.compile(r"(?:(?<=:\s)|(?<=,\s)|(?<=\soch\s)|(?<=\ssamt\s))(?P<name>[A-ZÅÄÖ][^():,.]{1,60}?)\s*"
                             r"\([A-ZÅÄÖ][^(),]{1,80},\s*[^()]*\d[^()]*\)")


def _entry_marks(text: str) -> list[int]:
    """Where entries of a list run into one paragraph begin: "a) 2012-3317 Ägare, Namn ... b) ...", or
    "... 95 000 kr RD19/03377 Ägare, Namn, 140 000 kr": lettered marks in order, or case numbers that
    open an entry."""
    marks = []
    letters = [m for m in LETTER_MARK_RE.finditer(text)]
    expected = "a"
    for m in letters:
        if m.group("letter") == expected:
            marks.append(m.end())
            expected = chr(ord(expected) + 1)
    if len(marks) < 2:
        marks = []
    marks += [m.start() for m in CASE_MARK_RE.finditer(text) if m.start() not in marks and case_entry(text[m.start():])
              and (m.start() < 2 or not text[m.start() - 2].isalpha() or text[m.start() - 1] == ":"
                   or AMOUNT_END_RE.search(text, 0, m.start()))]
    bracketed = [m.start("name") for m in INLINE_ENTRY_RE.finditer(text)]
    if len(bracketed) >= 2:  # "... följande projekt: A (Ägare, 120 000 kr), B (Ägare, 80 000 kr) och C (...)"
        marks += bracketed
    grants = [m.start() for m in GRANT_SENTENCE_RE.finditer(text)]
    joined = [m.start("second") for m in JOINED_GRANTS_RE.finditer(text)]
    if joined and GRANT_FOR_PROJECT_RE.search(text, 0, joined[0]):
        marks += joined  # "A får 1 mkr för projektet X och B får 2 mkr för projektet Y": two entries in one sentence
    sums = [m.start("second") for m in JOINED_SUMS_RE.finditer(text)]
    first = FIRST_SUM_RE.search(text, 0, sums[0]) if sums else None
    if first:  # "Region X ger 500 000 kronor till A:s projekt X och 300 000 kronor till B:s projekt Y": each sum opens
        marks += [first.start()] + sums  # an entry, and the giver before the first one stands over them all
    first_recipient = FIRST_RECIPIENT_RE.search(text)
    more = [m.start("second") for m in JOINED_RECIPIENTS_RE.finditer(text, first_recipient.end())] if first_recipient else []
    if first_recipient and more:  # "beviljar A N kr till projektet X och B M kr till projektet Y": one entry each
        marks += [first_recipient.start("first")] + more
    elif (granted := GRANT_FOR_PROJECT_RE.search(text)) is not None:
        more = [m.start("second") for m in JOINED_RECIPIENTS_RE.finditer(text, granted.end())]
        if more:  # "A får N kr till projektet X och B M kr till projektet Y": the verb said once, after the first
            marks += [text.rfind(". ", 0, granted.start()) + 2 if ". " in text[:granted.start()] else 0] + more
    if len(grants) >= 2:  # "X förordas 12.480 euro för ”A”. Y förordas 21.300 euro för ”B”." run into one paragraph
        marks += grants
    recipients = [m.start("org") for m in RECIPIENT_CLAUSE_RE.finditer(text)]
    if len(recipients) >= 2:  # "Bland mottagarna finns A, som får N för X, och B, som beviljas M för Y": one each
        marks += recipients
    ordinals = [m.start() for m in ORDINAL_MARK_RE.finditer(text)]
    if len(ordinals) >= 2:  # "Det första, X, drivs av A ... Det andra, Y, drivs av B ...": one entry each
        marks += ordinals
    bullets = [m.end() for m in INLINE_BULLET_RE.finditer(text)]
    if len(bullets) >= 2:  # "Beviljade projekt: • A (Ägare) 120 000 kr • B (Ägare) 85 000 kr": a list run into one line
        marks += bullets
    marks += _semicolon_entries(text)
    each = EACH_GETS_RE.search(text)
    owners = [m.start("org") for m in OWNER_FOR_PROJECT_RE.finditer(text, each.end())] if each else []
    if len(owners) >= 2:  # "... får vardera 150 000 kronor: A för projektet X och B för projektet Y": one entry each
        marks += owners
    granting = [m.start() for m in ATT_CLAUSE_RE.finditer(text) if m.group("verb") in GRANTING_ATT_VERBS
                and GRANT_FOR_NAMED_RE.match(text, m.end())]
    if len(granting) >= 2:  # "att bevilja A N kr för projektet X, att bevilja B M kr för projektet Y": one entry each
        marks += granting
    if granting:  # the decision's other clauses after a grant ("..., att avslå ansökan från C") are none of its
        marks += [m.start() for m in ATT_CLAUSE_RE.finditer(text) if m.start() > granting[0]
                  and m.group("verb") not in GRANTING_ATT_VERBS and re.search(r"[,;]\s*$", text[:m.start()])]
    bracketed_sums = [m.start("org") for rx in (TO_OWNER_SUM_FOR_RE, TO_OWNER_FOR_NAME_SUM_RE) for m in rx.finditer(text)]
    if len(bracketed_sums) >= 2:  # "bevilja bidrag till A (45 000 kr) för projektet X, till B (30 000 kr) för ...",
        marks += bracketed_sums  # "Stödet går till A för projektet X (40 000 kr), till B för projektet Y (...)"
    clauses = _grant_clauses(text)
    if len(clauses) >= 2:  # "X får N till A, och M går till Y för B": grants told one a clause in running text
        marks += clauses
    return sorted(set(marks))


CLAUSE_CUT_RE = re.compile(r"(?:(?<=[.!?])\s+|,\s+(?=(?:och|samt)\s))")
CLAUSE_GRANT_RE = re.compile(r"\b(?:får|fick|går till|gick till|beviljas|tilldelas)\b[^.;]{0,80}?\b(?:för|till)\s+"
                             r"(?:projektet\s+)?[A-ZÅÄÖ”\"“]")




def _grant_clauses(text: str) -> list[int]:
    """Where the clauses of running text open that each grant a sum to a project by name."""
    starts = [0] + [m.end() for m in CLAUSE_CUT_RE.finditer(text)]
    marks = []
    for lo, hi in zip(starts, starts[1:] + [len(text)]):
        clause = text[lo:hi]
        if not find_amounts(clause) or ALL_PROJECTS_SUBJECT_RE.match(clause):
            continue
        named = name_then_grant(clause)  # "Bland projekten finns X, som får N kronor ..., och Y, där Z får M ..."
        if named:
            marks.append(lo + named[1])
        elif CLAUSE_GRANT_RE.search(clause):
            lead = re.match(r"(?:och|samt)\s+", clause)
            marks.append(lo + (lead.end() if lead else 0))
    return marks


ORDINAL_MARK_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Det|Den)\s+(?:första|andra|tredje|fjärde|femte|sjätte|sista)"
                             r"(?:\s+projektet)?,\s+[A-ZÅÄÖ0-9]")


# "Två föreningar får vardera 150 000 kronor från X:", the same sum to each of those listed after it.
EACH_GETS_RE = re.compile(r"\b(?:får|fick|beviljas|beviljades|tilldelas|tilldelades)\s+(?:var(?:dera|sin|sitt)|var och en)\s+"
                          r"[^.:;]{0,40}?\d[^.:;]*:(?:\s+|$)")
OWNER_FOR_PROJECT_RE = re.compile(r"(?:(?<=:\s)|(?<=,\s)|(?<=\soch\s)|(?<=\ssamt\s))(?P<org>[A-ZÅÄÖ][\wåäö-]*"
                                  r"(?:\s+[\wåäö-]+){0,4}?)\s+för\s+(?:projektet|förstudien|satsningen)\s+")


def _semicolon_entries(text: str) -> list[int]:
    """"Följande projekt beviljades: A, Ägare, 320 000 kr; B, Ägare, 185 000 kr; och C, ...": after a colon,
    entries with a sum each, parted by semicolons."""
    first = text.find("; ")
    colon = text.rfind(":", 0, first) if first > 0 else -1
    if colon < 0:
        return []
    pieces = text[colon + 1:].split("; ")
    if len(pieces) < 2 or not all(find_amounts(p) for p in pieces):
        return []
    marks, pos = [], colon + 1
    for piece in pieces:
        lead = re.match(r"\s*(?:och\s+|samt\s+)?", text[pos:])
        marks.append(pos + (lead.end() if lead else 0))
        pos += len(piece) + 2
    return marks


BARE_MARK_RE = re.compile(r"\s*(?:[A-ZÅÄÖ]{1,5}\s)?§\s?\d{1,4}\s*")


# A closing sentence on where the money of all the entries comes from.
MONEY_OF_ALL_RE = re.compile(r"(?<=[.!?]\s)(?:Pengarna|Medlen|Bidragen|Stöden|Beloppen)\s+(?:kommer|kom|tas|togs)\s+från\b.*$")


def _split_at_items(blocks: list[Block]) -> list[Block]:
    """Transcripts run a minute's items, and the entries of a decision list, into one paragraph: cut a
    block where an item or an entry opens."""
    out: list[Block] = []
    for b in blocks:
        labelled = b.kind == "key_value" and b.value and b.text.endswith(b.value) and label_field(b.key or "") is not None
        value_at = len(b.text) - len(b.value or "") if labelled else 0  # "... följande projekt: A (...), B (...)": no label
        cuts = sorted({c for c in _item_marks(b.text) + _entry_marks(b.text) if c > value_at})
        cuts = [c for n, c in enumerate(cuts)  # not between an item's mark and its case: "§ 77 KS 2036/112 ..."
                if not BARE_MARK_RE.fullmatch(b.text[(cuts[n - 1] if n else 0):c])]
        if not cuts or b.kind not in ("paragraph", "line", "list_item", "key_value"):
            out.append(b)
            continue
        for lo, hi in zip([0] + cuts, cuts + [len(b.text)]):
            piece = b.text[lo:hi].strip()
            piece = re.sub(r"\s[a-h]\)$", "", piece)  # the next entry's letter
            piece = re.sub(r"(?:[;,](?:\s+(?:och|samt))?|\s+(?:och|samt))(?:\s+till)?$", "", piece)  # the semicolon
            # (or ", och", or "och", and a "till" said before the next one's recipient) before the next
            if not piece:
                continue
            at = b.text.index(piece, lo)
            tail = MONEY_OF_ALL_RE.search(piece) if hi == len(b.text) and lo > 0 else None
            if tail:  # "... och Y 40 000 kronor till projektet B. Pengarna kommer från ...": said of them all
                out += [Block(kind=b.kind if b.kind != "key_value" else "paragraph", text=piece[:tail.start()].strip(),
                              start=b.start + at, end=b.start + at + tail.start()),
                        Block(kind="paragraph", text=piece[tail.start():], start=b.start + at + tail.start(),
                              end=b.start + at + len(piece))]
                continue
            if lo == 0 and labelled:  # "Total budget: 412 000 kr. ... b) 2012-3402 ...": the fact stays one
                out.append(Block(kind="key_value", text=piece, start=b.start, end=b.start + len(piece), key=b.key,
                                 value=piece[value_at:].strip()))
            else:
                kind = "paragraph" if b.kind == "key_value" else b.kind
                out.append(Block(kind=kind, text=piece, start=b.start + at, end=b.start + at + len(piece)))
    return out


# A budget table's head that sets costs beside financing: its rows are one project's budget, no projects.
FINANCING_HEAD_RE = re.compile(r"(?i)^(?:kostnader|kostnadsslag|kostnad|costs)$")


# A decision that turns an application down or puts it off; "prioritera" and "bevilja" not negated grant it.
TURNED_DOWN_RE = re.compile(r"(?i)\b(avslå\w*|avslog\w*|avslag|avslagit|avslagits|avslagna|bordla\w*|bordlägg\w*|återremitter\w*|avstyrk\w*|"
                            r"(?:inte|ej) (?:att )?(?:prioritera|bevilja|tillstyrka)\w*)\b")
GRANT_DECISION_RE = re.compile(r"(?i)(?<!inte )(?<!inte att )(?<!ej )\b(bevilja\w*|prioritera\w*|tillstyrk\w*|förorda\w*|"
                               r"medfinansiera\w*|besluta\w* att (?:ge|anvisa|avsätta))\b")

MEETING_SUM_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:Totalt|Sammanlagt|Sammantaget|Sammanfattningsvis|Allt som allt|Summa)\b|"
                            r"(?:Under (?:året|\d{4})|I år|Hittills)\b(?=[^.!?]*\b(?:totalt|sammanlagt)\b))"
                            r"[^.!?]*")  # ("Under året har LAG beviljat totalt N": of all the year's grants)


def turned_down(text: str) -> bool:
    """The text turns an application down or tables it, and grants nothing (a meeting's sum, "Totalt
    prioriterades 11 MSEK", grants nothing to this one)."""
    if not TURNED_DOWN_RE.search(text):
        return False
    own = MEETING_SUM_RE.sub(" ", TURNED_DOWN_RE.sub(" ", text))
    return not GRANT_DECISION_RE.search(own)


def _item_grants(item: list[Block]) -> bool:
    """A minute's item that grants or co-funds a project, or states its owner; not one that turns it down."""
    text = " ".join(b.text for b in item)
    if turned_down(text):
        return False
    return bool(find_amounts(text) and (GRANT_VERB_RE.search(text) or FUNDING_WORD_RE.search(text)
                                        or GRANT_DECISION_RE.search(text))  # "beslutar att bevilja 1 450 000 kronor"
                or OWNER_CUE_RE.search(text) or EXTENSION_GRANTED_RE.search(text))


# "LAG beviljar förlängning till och med 2037-03-31": a decision on a running project's period.
EXTENSION_GRANTED_RE = re.compile(r"(?i)\b(?:beviljar|beviljas|beviljades|godkänner|godkänns|medger)\s+(?:en\s+)?"
                                  r"(?:förlängning|ändrad projektperiod|nytt slutdatum)\b")
ATT_CLAUSE_RE = re.compile(r"\batt\s+(?P<verb>[a-zåäö]+)\s")
GRANTING_ATT_VERBS = {"bevilja", "medfinansiera", "tilldela", "ge", "prioritera", "tillstyrka", "anslå"}  # a Leader board prioritises
GRANT_FOR_NAMED_RE = re.compile(r"[^.;]{0,80}?\d[^.;]{0,60}?\b(?:för|till)\s+(?:projektet|förstudien)\s|"
                                r"\s*(?:projektet|förstudien)\s+[^.;]{2,120}?\bmed\s+(?:\w+\s+)?\d")
# ("att medfinansiera projektet X, som drivs av Y, med 200 000 kronor": the project first, the sum after it)


def _granted_by_clause(seg: Segment) -> bool:
    """A decision's clause grants the project it names: "att bevilja X N kr för projektet Y" (not "att avslå")."""
    if seg.name is None:
        return False
    _, block, at = seg.name
    clauses = list(ATT_CLAUSE_RE.finditer(block.text, 0, at))
    return bool(clauses) and clauses[-1].group("verb") in GRANTING_ATT_VERBS


def _grant_item(item: list[Block]) -> bool:
    """An item headed by the support it decides ("§ 12 Bidrag till X för projektet Y") whose decision grants it."""
    head = item[0].text
    return bool(ITEM_GRANT_HEAD_RE.match(head) or ITEM_APPLICATION_HEAD_RE.match(head)) and _item_grants(item)


# "... LAG beslutar att inte prioritera ansökan.": an item decided in its own paragraph, whole in one block.
ITEM_DECIDED_RE = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas)\b")


def _minute_items(blocks: list[Block]) -> list[Segment] | None:
    """A minute's items ("§ 84 Beslut om ..."), each about one matter: an item that grants or treats a
    project is that project's segment; an item that lists projects gives one segment per row. A project
    treated in two items (a list, then its own item) is one segment."""
    starts = [i for i, b in enumerate(blocks) if _item_marks(b.text)[:1] == [0]]
    if not starts or len(starts) == 1 and (len(blocks[starts[0]].text.split()) < 3
                                           or len(_listed_in(blocks[starts[0]:])) < 2
                                           and not _grant_item(blocks[starts[0]:])):
        return None  # (an excerpt of one item, "§ 98 Dnr ...", is a minute when it lists grants or its head grants
        # one; a bare "§ 88" at the end of an appendix's reference to its minute heads nothing)
    items = [blocks[i: starts[n + 1] if n + 1 < len(starts) else len(blocks)] for n, i in enumerate(starts)]
    for n in range(len(items) - 1):  # "RS § 10 Ansökan om ...; Namn" over the committee's "AU § 5" that treats it
        if len(items[n]) == 1 and len(items[n][0].text) < 200 and len(items[n + 1]) > 1 \
                and not ITEM_DECIDED_RE.search(items[n][0].text):  # (not a list of one-line
            # decisions, "§ 75 KS 2031/98 Årsredovisning – godkänd" over "§ 76 ...", each its own)
            items[n + 1] = items[n] + items[n + 1]
            items[n] = []
    segments: list[Segment] = []
    context = blocks[: starts[0]]
    leads: dict[int, list[Block]] = {}  # the item's head and text above the entries it lists
    for item in filter(None, items):
        listed = _listed_in(item)
        if len(listed) >= 2:
            first = min((item.index(seg.blocks[0]) for seg in listed if seg.blocks[0] in item), default=0)
            for seg in listed:
                seg.head = item[0]
                leads[id(seg)] = item[:first]  # ("Samtliga prioriterade projekt finansieras av X" over the table)
            segments += listed
            continue
        headed = ITEM_GRANT_HEAD_RE.match(item[0].text) or ITEM_APPLICATION_HEAD_RE.match(item[0].text)
        if headed and "owner" not in headed.groupdict() and looks_like_org(headed.group("name").strip()) \
                and any(first_project_name(b.text) for b in item[1:]):
            headed = None  # "§ 14 Ansökan om bidrag – Åby IF": the applicant; its text names the project
        # ("§ 45 Regionalt projektstöd till Ägare – Namn", "§ 23 Ansökan om projektstöd – Namn")
        quoted = ITEM_QUOTED_NAME_RE.search(item[0].text) if not headed else None
        found = ((headed.group("name").strip(), headed.start("name")), item[0]) if headed else \
            ((quoted.group("name"), quoted.start("name")), item[0]) if quoted else \
            next(((f, b) for b in item for f in [first_project_name(b.text)] if f), None)
        if found and _item_grants(item):
            (name, off), b = found
            segments.append(Segment(blocks=item, title=item[0], kind="item", name=(name, b, off)))
    merged: dict[str, Segment] = {}
    for seg in segments:
        key = fold_name(seg.name[0]) if seg.name else str(id(seg))
        if key in merged:
            merged[key].blocks += [b for b in seg.blocks if b not in merged[key].blocks]
        else:
            merged[key] = seg
    for seg in merged.values():
        seg.context = context + leads.get(id(seg), [])
    return list(merged.values()) or None


# A minute's item headed by the support it decides, the applicant and the project: "§ 45 Regionalt projektstöd till
# Dalarna Science Park – Grön vätgas i Borlänge".
ITEM_GRANT_HEAD_RE = re.compile(r"^§\s*\d+\s+(?:[A-ZÅÄÖa-zåäö-]+\s+){0,2}?(?i:projektstöd|stöd|bidrag|medfinansiering|"
                                r"utvecklingsmedel|projektmedel)\s+till\s+(?P<owner>[A-ZÅÄÖ][^–—]{2,80}?)"
                                r"(?:\s+[–—-]\s+|,\s+projektet\s+|\s+för\s+projektet\s+)"  # ("till X, projektet Y")
                                r"(?P<name>[A-ZÅÄÖ0-9\"”][^–—]{2,80}?)\s*(?:\s(?:Dnr|Diarienr)\b.*)?$")


# "§ 23 Ansökan om projektstöd – Digitalt museum": an item that treats one application, by the project's name.
ITEM_APPLICATION_HEAD_RE = re.compile(r"^§\s*\d+\s+(?:Ansökan|Begäran)\s+om\s+(?:[\wåäö-]+\s+){0,2}?(?:projektstöd|stöd|"
                                      r"bidrag|medfinansiering|finansiering|medel)\b[^–—:]{0,40}?\s*[–—:]\s+"
                                      r"(?P<name>[A-ZÅÄÖ0-9\"”][^–—]{2,80}?)\s*$")


# "§ 2 Ansökan 2036-0011, Åby IF, ”Namn”": an item's head whose one quoted name is the project's.
ITEM_QUOTED_NAME_RE = re.compile(r"^§\s*\d+\s[^”“\"]{3,120}?[”“\"](?P<name>[^”“\"]{2,80})[”\"]\s*$")


def _listed_in(item: list[Block]) -> list[Segment]:
    """The entries a minute's item lists: rows, or paragraphs each granted by a clause of the decision."""
    return [m for m in _mentions(item) or [] if m.kind == "row" or m.kind == "paragraph" and _granted_by_clause(m)]


def _names_itself(seg: Segment) -> bool:
    """The section's text names the project its heading names ("Mittkustlyftet" ... "Projekt Mittkustlyftet ...")."""
    if seg.title is None:
        return False
    name = fold_name(seg.name[0] if seg.name else seg.title.text)
    return len(name) > 3 and any(name in fold_name(b.text) for b in seg.blocks[1:])


def _single_fact_box(blocks: list[Block]) -> bool:
    """One run of fact lines holds every name, owner and case-number label: a page about one project."""
    runs: list[int] = []  # for each anchor, the index of the fact run it stands in
    run = -1
    for i, b in enumerate(blocks):
        if b.kind == "key_value" and (i == 0 or blocks[i - 1].kind != "key_value"):
            run += 1
        if _anchor(b):
            runs.append(run)
    if not runs:
        return False
    fields = [_anchor(b) for b in blocks if _anchor(b)]
    return len(set(runs)) == 1 or len(set(fields)) == len(fields)


def _case_is_the_only_anchor(blocks: list[Block]) -> bool:
    return {_anchor(b) for b in blocks} - {None} == {"case_number"}


def _anchor(b: Block) -> str | None:
    """The name, owner or case number a fact line states; "Ärende | Beslut" heads a table, it states no case."""
    field = label_field(b.key or "") if b.kind == "key_value" else None
    if field not in ("name", "owner", "case_number") or field == "case_number" and not re.search(r"\d", b.value or ""):
        return None
    return field


def fold_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def segment_blocks(blocks: list[Block]) -> list[Segment]:
    """One segment per project the blocks describe (or one for the whole page)."""
    segments = _segments(blocks)
    if len(segments) >= 2 and all(seg.kind == "section" for seg in segments):
        segments = _said_of_all(segments)  # "Projekten finansieras av ..." under the last card
    elif len(segments) >= 2 and all(seg.kind == "listed" for seg in segments):
        _said_below_all(segments, blocks)  # "Bidragen är beviljade av ..." under the last fact box
    return _declined_groups(segments)


def _segments(blocks: list[Block]) -> list[Segment]:
    if not blocks:
        return []
    enumerated = _enumerated_grants(blocks)  # (before a sentence's listed grants are split into entries)
    if enumerated:
        return _with_context(blocks, enumerated)
    blocks = _split_at_items(blocks)
    items = _minute_items(blocks)
    if items:
        return items
    respective = _respective_grants(blocks)
    if respective:
        return _with_context(blocks, respective)
    mentions = _mentions(blocks) or []
    rows = [m for m in mentions if m.kind == "row"]
    if any(NEWSLETTER_RE.search(b.text) for b in blocks[:2]) and len(rows) < 2:
        items = _sections(blocks, at_least=1)
        if items:  # a newsletter's items are news of their own: one about a project, the others about other things
            return _with_context(blocks, [e for item in items for e in _entries_of(item)])  # (unless rows list them)
    clusters = _fact_clusters(blocks)
    sections = _sections(blocks) or []
    if clusters and len(clusters) >= len(rows):
        # unless more projects stand in rows than in fact boxes, or under headings of which the fact boxes'
        # titles are some (not every project's box has the label the clusters were found by)
        heads = {fold_name(s.title.text) for s in sections if s.title is not None}
        if len(sections) > len(clusters) and all(c.title is not None and fold_name(c.title.text) in heads
                                                  for c in clusters):
            return _with_context(blocks, sections)
        return _said_of_all(_with_context(blocks, clusters))
    if len(sections) >= max(2, len(mentions)) and sum(map(_names_itself, sections)) >= max(2, len(sections) - 1):
        return _with_context(blocks, sections)  # the headings' texts name those headings' projects again
    if _single_fact_box(blocks) and not (len(rows) >= 2 and _case_is_the_only_anchor(blocks)):
        return [Segment(blocks=list(blocks), kind="page")]  # a page about one project, whatever else it mentions
        # (not a decision's "Dnr" over a table whose rows are the projects)
    # Of the other repeats, the one that finds the most projects describes the page best.
    best = mentions if len(mentions) >= len(sections) else sections
    if best:  # ("Stöden finansieras av ..." under the last entry: of them all)
        return _said_of_all(_with_context(blocks, best)) if best is mentions else _with_context(blocks, best)
    return _separate_project(blocks) or [Segment(blocks=list(blocks), kind="page")]


def _entries_of(section: Segment) -> list[Segment]:
    """A newsletter's item that lists projects of its own ("Tre nya projekt" over "Namn. Ägare får N kronor ..."
    paragraphs): those entries, each to the next; any other item as it stands."""
    entries = _mentions(section.blocks[1:]) or []
    if len(entries) < 2 or any(seg.kind != "paragraph" for seg in entries):
        return [section]
    return entries


# "Mötesplatsen är ett eget projekt, X": the text says the named project is apart from the rest it tells.
SEPARATE_PROJECT_RE = re.compile(r"\b(?:är|blir|utgör|drivs som)\s+(?:ett\s+)?(?:eget|separat|fristående)\s+projekt,?\s+"
                                 r"(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,5}?)(?=,|\.|\s+som\b)")


def _separate_project(blocks: list[Block]) -> list[Segment] | None:
    """A paragraph that names its project as one apart from what the paragraphs above it tell (another effort
    with its own grant): that paragraph and those below it are the project's, the ones above its context."""
    for i, b in enumerate(blocks):
        m = SEPARATE_PROJECT_RE.search(b.text) if b.kind == "paragraph" else None
        if m and any(find_amounts(x.text) for x in blocks[:i]) and find_amounts(b.text):
            return [Segment(blocks=blocks[i:], context=blocks[:i], kind="paragraph",
                            name=(m.group("name"), b, m.start("name")))]
    return None


NEWSLETTER_RE = re.compile(r"(?i)^(nyhetsbrev|newsletter|månadsbrev|veckobrev)\b|\b(?:nyhetsbrev|newsletter)\s+(?:nr|no\.?|#)\s*\d")
# ("Nytt från X – nyhetsbrev nr 3": an issue by its number)
LEAD_WORDS = 12


def _lead(b: Block) -> bool:
    """A short line that introduces the entries below it: "Följande projekt beviljades stöd:", "Avslag" (not an
    entry of its own turned down, "Namn – Sökande – Avslag – 0 kr")."""
    text = b.text.strip()
    return len(text.split()) <= LEAD_WORDS and not is_row(b) and (text.endswith(":") or b.kind == "heading"
                                                or b.kind == "line" and not text.endswith("."))


def _contact_line(b: Block) -> bool:
    """"Kontakt: Namn, e-post", or a "Kontakt" label over the lines that give one."""
    return label_field(b.key or "") == "contact" or exact_label_field(b.text.split(":")[0].strip()) == "contact"


# A lead that names its entries as a strategy's or a budget's parts, not projects: "Strategin bygger på tre
# insatsområden:", "Budgeten fördelas på följande poster:".
NOT_PROJECTS_LEAD_RE = re.compile(r"(?i)\b(?:\w+\s+)?(?:insatsområden|fokusområden|temaområden|delområden|"
                                  r"prioriterade områden|prioriteringar|budgetposter|kostnadsslag|poster|kategorier)\s*:\s*$")


def _declined_groups(segments: list[Segment]) -> list[Segment]:
    """Entries under a lead that turns them down ("Följande projekt fick avslag:") are declined, until a
    lead that grants ("Beviljade projekt:"). The lead, set at the end of the entry above it, is taken off."""
    declined = False
    for k, seg in enumerate(segments):
        prev = segments[k - 1] if k else None
        lead = prev.blocks[-1] if prev is not None and len(prev.blocks) > 1 else (seg.context[-1] if seg.context else None)
        if lead is not None and header_fields(lead) is not None and seg.context and lead is seg.context[-1] \
                and len(seg.context) > 1:
            lead = seg.context[-2]  # the line over the table's head: "Följande ansökningar avslås:"
        if lead is not None and _lead(lead):
            if turned_down(lead.text) or NOT_PROJECTS_LEAD_RE.search(lead.text):
                declined = True
                if prev is not None and lead is prev.blocks[-1]:
                    prev.blocks = prev.blocks[:-1]
            elif GRANT_DECISION_RE.search(lead.text) or GRANT_VERB_RE.search(lead.text):
                declined = False
        seg.declined = declined
    return segments
GROUP_OPENER_RE = re.compile(r"(?i)^(?:\d{1,2}\.\s+)?(?:prioritering|beslut|behandling|beredning|bedömning|"
                             r"fördelning)\s+(?:av|om)\s+(?:\w+\s+)?(?:ansökningar|ärenden|projekt|medel)\b")


# "Stödet motsvarar 50 procent av projektens kostnader": a sentence of all of them, by the plural genitive.
# "Stödet kommer från X via Leader Y" under the last of them: where the money of all of them comes from.
OF_ALL_PROJECTS_RE = re.compile(r"^(?:Stödet|Bidragen|Stöden|Medlen)\s+(?:[^.;]{0,60}\bprojektens\b|"
                                r"(?:kommer|kom|tas|betalas)\s+(?:från|ur)\s|finansieras\s+(?:av|genom|ur)\s|"
                                r"(?:är|har)\s+(?:beviljade|beviljats)\s+av\s)")  # ("Bidragen är beviljade av X")


def _said_of_all(segments: list[Segment]) -> list[Segment]:
    """Under the last of a list of fact boxes, "Projekten pågår under 2026." speaks of every one of them (also when
    it was read as an entry of its own: "Båda projekten drivs av X.")."""
    if len(segments) >= 3 and ALL_PROJECTS_SUBJECT_RE.match(segments[-1].blocks[0].text):
        *segments, said = segments
        for seg in segments:
            seg.after = said.blocks
        return segments
    last = segments[-1] if len(segments) >= 2 else None
    k = next((k for k, b in enumerate(last.blocks) if k > 0 and (ALL_PROJECTS_SUBJECT_RE.match(b.text)
                                                                 or OF_ALL_PROJECTS_RE.search(b.text))), None) \
        if last else None
    if last is not None and k is not None:
        after, last.blocks = last.blocks[k:], last.blocks[:k]
        for seg in segments:
            seg.after = after
    return segments


def _said_below_all(segments: list[Segment], blocks: list[Block]) -> None:
    """Below the last of a list of fact boxes, outside it, "Bidragen är beviljade av X." speaks of every one."""
    last = segments[-1].blocks[-1]
    end = next((k for k, b in enumerate(blocks) if b is last), len(blocks))
    said = [b for b in blocks[end + 1:] if OF_ALL_PROJECTS_RE.search(b.text) or ALL_PROJECTS_SUBJECT_RE.match(b.text)]
    for seg in segments:
        seg.after = seg.after or said


# "A och B får 100 000 respektive 80 000 kronor för projekten X och Y": grants paired up in order.
RESPECTIVE_RE = re.compile(r"(?P<owners>[A-ZÅÄÖ][^.;]{2,160}?)\s+(?:får|fick|har fått|beviljas|beviljades|har beviljats)\s+"
                           r"(?P<sums>\d[\d  ]*(?:\s*,\s*\d[\d  ]*)*\s+respektive\s+\d[\d  ]*\s*(?:kronor|kr)\b)\s+"
                           r"(?:för|till)\s+(?:projekten|förstudierna|satsningarna)\s+(?P<names>[A-ZÅÄÖ][^.;]{2,200}?)\.(?:\s|$)")
LIST_SPLIT_RE = re.compile(r",\s+|\s+(?:och|samt)\s+")


def _respective_grants(blocks: list[Block]) -> list[Segment] | None:
    """One segment per grant of a sentence that pairs owners, sums and names with "respektive", in order; each
    reads the whole block (what it says of both, "Båda projekten ...") and the blocks after it."""
    for i, b in enumerate(blocks):
        m = RESPECTIVE_RE.search(b.text) if "respektive" in b.text else None
        if m is None:
            continue
        owners = LIST_SPLIT_RE.split(m.group("owners"))
        names = LIST_SPLIT_RE.split(m.group("names"))
        unit = m.group("sums").split()[-1]
        sums = [(f"{x.group(0)} {unit}", m.start("sums") + x.start()) for x in re.finditer(r"\d[\d  ]*\d|\d", m.group("sums"))]
        if not (len(owners) == len(sums) == len(names) >= 2) or not all(looks_like_org(o) for o in owners):
            continue
        return [Segment(blocks=blocks[i:], kind="paragraph", name=(name, b, b.text.find(name, m.start("names"))),
                        respective=((owner, b.text.find(owner, m.start("owners"))), amount, tuple(owners)))
                for owner, amount, name in zip(owners, sums, names)]
    return None


# "Kommunen startar två projekt: X, som får N kronor från A, och Y, som får M kronor från B.": projects enumerated in
# one sentence, each with its sum and payer.
ENUMERATION_RE = re.compile(r"\b(?:två|tre|fyra)\s+(?:nya\s+)?(?:projekt|förstudier|satsningar):\s+(?P<items>[^.]+(?:\.\d[^.]*)*)\.")
ENUMERATED_ITEM_RE = re.compile(r"^(?:och\s+)?(?P<name>[A-ZÅÄÖ0-9][^,;]{1,60}?),\s+som\s+(?:får|har fått|fick|beviljas|"
                                r"beviljades)\s+(?P<sum>[^,;]*?\d[^;]*?\s(?:kronor|kr|euro))\s+(?:från|av|ur)\s+"
                                r"(?P<payer>[A-ZÅÄÖ][^,;]*?)$")
ITEM_SPLIT_RE = re.compile(r",\s+(?=och\s+[A-ZÅÄÖ0-9])|;\s+")


def _enumerated_grants(blocks: list[Block]) -> list[Segment] | None:
    """One segment per project a sentence enumerates after its count and a colon, each with its own sum and payer;
    each reads the whole block (what is said of all of them) and the blocks after it."""
    for i, b in enumerate(blocks):
        m = ENUMERATION_RE.search(b.text) if ":" in b.text else None
        if m is None:
            continue
        items: list[tuple[re.Match, int]] = []
        at = m.start("items")
        for part in ITEM_SPLIT_RE.split(m.group("items")):
            item = ENUMERATED_ITEM_RE.match(part.strip())
            start = b.text.find(part.strip(), at)
            if item is None or start < 0 or not looks_like_org(item.group("payer")):
                items = []
                break
            items.append((item, start))
            at = start + len(part.strip())
        if len(items) < 2:
            continue
        named = tuple(x for item, _ in items for x in (item.group("payer"), item.group("name")))
        return [Segment(blocks=blocks[i:], kind="paragraph", name=(item.group("name"), b, start + item.start("name")),
                        enumerated=((item.group("sum"), start + item.start("sum")),
                                    (item.group("payer"), start + item.start("payer")),
                                    tuple(x for x in named if x != item.group("payer"))))
                for item, start in items]
    return None


def _with_context(blocks: list[Block], segments: list[Segment]) -> list[Segment]:
    """Each segment's context: the blocks above it that belong to no project, nearest last. A minute's
    next group of applications ("Prioritering av ansökningar om stöd ur X") ends the entry above it and
    speaks of the entries below it."""
    for seg in segments:
        opener = next((k for k, b in enumerate(seg.blocks) if k > 0 and GROUP_OPENER_RE.match(b.text)), None)
        if opener is not None:
            seg.blocks = seg.blocks[:opener]
    inside = {id(b) for s in segments for b in s.blocks}
    for seg in segments:
        first = next(i for i, b in enumerate(blocks) if b is seg.blocks[0])
        seg.context = [b for b in blocks[:first] if id(b) not in inside]
    return segments
