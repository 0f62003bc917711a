"""Line-level reading shared by the text and PDF parsers: bullets, labels, headings.

A "label" is the left side of an "Etikett: värde" line, or a line that is only
"Etikett:"; what counts as one is kept narrow so that prose with a colon stays prose.
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.blocks import Block, key_value_block

BULLET_MARKS = "•●▪■◦‣∙·\\-–—*»✔✓☑✅✖✗✘❌"  # (check marks: a newsletter's decisions)
BULLET_RE = re.compile(rf"^\s*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)]|[a-h][)])\s+(?=\S)")
TYPED_BULLET_RE = re.compile(rf"^[{BULLET_MARKS}]\s+(?=\S)")  # a mark typed into a web page's list item
# The colon ends a label only before a space or the line's end: "EU:s fond" and "2024:1" are no labels.
LABEL_RE = re.compile(r"^(?P<key>(?:\d{1,2}\.\d{1,2}\.?\s+)?[A-ZÅÄÖÉÜ](?:[^:.!?;]|:(?=s\s)|\.(?=\s?[a-zåäö]{1,4}\.?\s*:)){0,58}?)"
                      r"\s*:(?:\s+|$)(?!//)(?P<value>.*)$")
# ("EU:s andel: 40 %"; "3.2 Startdatum: ...", a form's numbered field; "Org.nr: ...", an abbreviation's dot)
SENTENCE_END = (".", "!", ";", ",")
# "Vem? Åby IF", "Hur mycket? 45 000 kronor": a fact list whose labels are questions, each answered on its line.
QUESTION_LABEL_RE = re.compile(r"^(?P<key>Vem|Vad|När|Varför|Hur mycket|Who|What|When|Why|How much)\?\s+(?P<value>\S.*)$")
ITEM_NUMBER_RE = re.compile(r"(?i)^(?:ärende|punkt|paragraf|beslutspunkt)\s+\d{1,3}$")
# A finite verb makes words before a colon a sentence's start, not a label.
SENTENCE_VERB_RE = re.compile(r"(?i)\b(får|fick|har|hade|blir|blev|ska|skall|kommer|vill|ger|gav|går|gick|beviljas|"
                              r"beviljades|beviljade|beviljat|beslutar|beslutade|beslutat|föreslår|tillstyrker|gets|got|receives|received)\b")
GRANTED_LEAD_RE = re.compile(r"^[Bb]evilja(?:t|d|de)\s+(?=[a-zåäö])")  # "Beviljat stöd, ERUF": a label
# The longest left cell of a two-cell table row that is read as a label and its value.
MAX_KEY_CHARS = 60
# A sum in a left cell makes the row an entry ("Projekt X, sökande Y, 600 000 kr | Beviljas"), not a label.
SUM_IN_CELL_RE = re.compile(r"\d{1,3}(?:[  .]\d{3})+|\d{5,}")


BAR_RE = re.compile(r"\s+\|\s+")


EDGE_BARS_RE = re.compile(r"\|\s*(.*?)\s*\|")  # a row written as Markdown writes it, bars at both edges


def bar_cells(line: str) -> list[str]:
    """A row's cells set apart by semicolons ("Projekt;Sökande;Belopp", a table saved as text) or by bars
    ("Projekt | Sökande | Belopp"); none when a cell is a "Label: value" pair (those are facts side by side)."""
    if line.count(";") >= 2:
        cells = [clean_line(c) for c in line.split(";")]
        if all(cells) and all(len(c) <= 80 for c in cells):
            return cells
    edged = EDGE_BARS_RE.fullmatch(line.strip())  # "| Projekt | Sökande |": a row with bars at its edges too
    cells = [clean_line(c) for c in BAR_RE.split(edged.group(1) if edged else line) if clean_line(c)]
    return cells if len(cells) >= 2 and not any(":" in c for c in cells) else []


QUESTION_KEYS = {"fråga", "f"}  # an interview's "Fråga:" / "F:" over its "Svar:" / "S:"
ANSWER_KEYS = {"svar", "s"}


def questions_and_answers(blocks: list[Block]) -> list[Block]:
    """"Fråga: Vem driver projektet?" over "Svar: Åby kommun ...": each question a heading over its answer, as a
    questions-and-answers page sets them."""
    out: list[Block] = []
    for n, b in enumerate(blocks):
        key = (b.key or "").strip().casefold() if b.kind == "key_value" else ""
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        before = blocks[n - 1] if n else None
        if key in QUESTION_KEYS and (b.value or "").rstrip().endswith("?") and after is not None \
                and (after.key or "").strip().casefold() in ANSWER_KEYS:
            out.append(Block(kind="heading", text=b.value or ""))
        elif key in ANSWER_KEYS and before is not None and (before.key or "").strip().casefold() in QUESTION_KEYS:
            out.append(Block(kind="paragraph", text=b.value or ""))
        else:
            out.append(b)
    return out


def facts_side_by_side(blocks: list[Block]) -> list[Block]:
    """"Ägare: X | Budget: 900 000 kr | Period: 2027" on one line: as many facts, whatever the format it came in."""
    out: list[Block] = []
    for b in blocks:
        parts = BAR_RE.split(b.text) if b.kind in ("key_value", "line", "paragraph") and " | " in b.text else []
        labels = [split_label(part) for part in parts]
        if len(parts) >= 2 and all(label and label[1] for label in labels):
            out += [key_value_block(*label) for label in labels if label]
        else:
            out.append(b)
    return out


# A fact table's head row that names no columns of records, only "label" and "value": "Uppgift | Värde".
LABEL_HEADS = {"uppgift", "fält", "rubrik", "fakta", "nyckel", "egenskap", "property", "field", "item", "key"}
VALUE_HEADS = {"värde", "uppgift", "information", "beskrivning", "value", "detail", "details", ""}


def is_label_value_head(cells: list[str]) -> bool:
    """The head row of a table of labels and values ("Uppgift | Värde"), not of records ("Projekt | Ägare")."""
    head = [c.strip().casefold() for c in cells] + [""]
    return len(cells) in (1, 2) and head[0] in LABEL_HEADS and head[1] in VALUE_HEADS


def is_corner_head(cells: list[str]) -> bool:
    """A table's head with an empty corner over its row labels and two or more column heads (" | EUR | NOK",
    " | 2037 | 2036"): a grid whose cells stand in their columns, the empty ones too."""
    return len(cells) >= 3 and not cells[0].strip() and sum(bool(c.strip()) for c in cells[1:]) >= 2


def corner_table_rows(grid: list[list[str]]) -> list[Block]:
    """The rows of a grid under a corner head, each cell in its column ("" where none was filled in)."""
    rows = [[c.strip() for c in row] for row in grid]
    return [Block(kind="table_row", text=" | ".join(c for c in row if c), cells=row) for row in rows if any(row)]


def is_fact_pair(cells: list[str]) -> bool:
    """A two-cell table row read as a label and its value, whatever the format it came in."""
    return len(cells) == 2 and len(cells[0]) <= MAX_KEY_CHARS and not SUM_IN_CELL_RE.search(cells[0])


# Pictographs ("🎉", "💙", a flag's two regional letters "🇪🇺", "☎", "✉") and the joiner and selector that make
# symbols one: decoration, no facts (the check marks set as bullets stay: they mark list items).
EMOJI_RE = re.compile(f"(?![{BULLET_MARKS}])[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")


# A form's options, each after its box: "☐ ESF+  ☒ Regionalfonden", "[ ] Ja [X] Nej".
BOX_OPTION_RE = re.compile(r"(?P<box>[☐☒☑□■▢]|\[[ xX]\])\s*(?P<option>[^☐☒☑□■▢\[]*)")
TICKED_BOXES = {"☒", "☑", "■", "[x]", "[X]"}


def ticked_only(line: str) -> str:
    """A line of options to tick, as the options ticked ("Fond: ☐ ESF+ ☒ Regionalfonden" is "Fond: Regionalfonden");
    the line as it is when it has no such options or none is ticked."""
    options = list(BOX_OPTION_RE.finditer(line))
    if len(options) < 2 or not any(m.group("box") in TICKED_BOXES for m in options):
        return line
    ticked = [m.group("option").strip() for m in options if m.group("box") in TICKED_BOXES]
    return " ".join([line[:options[0].start()].rstrip(), *ticked]).strip()


# A typesetter's ligatures, as a PDF's text gives them ("ﬁnansieras"): the letters they join.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})


# An arrow set between a row's parts ("Förening X → Projekt Y → 38 000 kr"): a dash, as rows' parts are parted.
ARROW_SEPARATOR_RE = re.compile(r" [→⇒➔➜►▸] ")


def clean_line(line: str) -> str:
    """NFC, ligatures as their letters, arrows between parts as dashes, no control or zero-width characters, no
    pictographs, single spaces; of a form's ticked options only the ones ticked."""
    line = ticked_only(unicodedata.normalize("NFC", line).translate(LIGATURES))
    line = EMOJI_RE.sub("", line.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", ""))
    line = re.sub(r"[\u00a0\u2007\u202f\t]", " ", line)
    line = ARROW_SEPARATOR_RE.sub(" – ", line)
    return re.sub(r" {2,}", " ", line).strip()


def strip_bullet(line: str) -> str | None:
    """The item text when the line is a bullet or numbered list item, else None."""
    m = BULLET_RE.match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    return rest or None


# "Region Örebro län ......... 600 000 kr", "Projektägare ...... Åby kommun": a label and its value joined by a dot
# leader (not a table of contents' "Bakgrund ......... 3", whose value is a page number).
DOT_LEADER_RE = re.compile(r"^(?P<key>[^.…:]{2,60}?)\s*(?:\.{4,}|…{2,})\s*(?P<value>\S.*)$")
CONTENTS_PAGE_RE = re.compile(r"(?i)\d{1,4}|[ivxlc]{1,6}")  # a table of contents' page: "3", "iv"


# A line that states whose project it is or who pays for it, wherever it stands (a project site's footer too).
PROJECT_FACT_LINE_RE = re.compile(r"^(?:Projektägare\s*:|Projektet\s+(?:drivs|ägs|(?:med|del)?finansieras)\s+av\s)")


def split_label(line: str) -> tuple[str, str] | None:
    """("Projektägare", "Region X") for "Projektägare: Region X"; ("Syfte", "") for "Syfte:"."""
    leader = DOT_LEADER_RE.match(line)
    if leader and not CONTENTS_PAGE_RE.fullmatch(leader.group("value").strip()):
        return leader.group("key").strip(), leader.group("value").strip()
    question = QUESTION_LABEL_RE.match(line)
    if question:
        return question.group("key") + "?", question.group("value").strip()
    m = LABEL_RE.match(line)
    if not m:
        return None
    key = m.group("key").strip()
    if len(key.split()) > 6 or key.endswith(("-", "–")):
        return None
    if len(key.split()) >= 3 and SENTENCE_VERB_RE.search(GRANTED_LEAD_RE.sub("", key)):
        return None  # "Även föreningen får pengar: 640 000 kronor till ...": a sentence with a colon (a label may open
        # with the participle: "Beviljat stöd, ERUF: ...")
    if key.count("(") > key.count(")"):
        return None  # "NAMN (Lead partner: X) – ...": the colon is inside brackets, no label's
    if ITEM_NUMBER_RE.match(key):
        return None  # "Ärende 4: Ansökan från ...": a minute's numbered item, its text no label's value
    if re.search(r"\s[–—]\s", key) and re.search(r"\s[–—]\s", m.group("value")):
        return None  # "Namn – lead partner: X – EUR 1 640 000": a row of parts, one of them labelled
    return key, m.group("value").strip()


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a heading when it stands alone."""
    words = line.split()
    if not words or len(line) > 90 or len(words) > 12:
        return False
    if line.endswith(SENTENCE_END) or line.endswith(":") or "@" in line:
        return False  # (a line with an e-mail address is a contact's, not a title)
    first = line.lstrip("\"'”“»0123456789- ")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


ROW_OF_PARTS_RE = re.compile(r"\s[–—]\s.*\d|\d.*\s[–—]\s")  # parts between dashes, one of them a figure
GRANT_CLAUSE_RE = re.compile(r"\b(?:beviljas|bevilja|tilldelas|tilldela)\b[^.]*\d")
# A hard-wrapped line of prose is at least this long; a shorter one ends its line on purpose.
MIN_WRAPPED_CHARS = 40
# With fewer long lines than this, the few cannot say which are unusually long.
MIN_LINES_FOR_WIDTH = 20
# A table row ends in a figure, a percentage or a currency; a wrapped sentence rarely does.
TABLE_END_RE = re.compile(r"(\d|%|\b(kr|kronor|sek|eur|euro|miljoner|miljon|million|mnkr|msek|tkr))$", re.IGNORECASE)
# "Namn – Fond – 2021–2023 – roll": a row of parts, not a sentence.
ROW_SEPARATOR_RE = re.compile(r"\s[–—|-]\s")
# A line that opens with a word in lower case (not an e-mail address or a web address).
LOWER_WORD_RE = re.compile(r"[a-zåäöéü]+(?:[\s,;:)]|[.!?](?:\s|$)|$)")  # "kronor." ends the sentence above it


def line_width(lines: list[str]) -> int:
    """How long a full line of the text is: the 90th percentile of its longer lines, leaving out the few
    far longer ones (paragraphs a transcript left unwrapped), which would make every wrapped line look short."""
    lengths = sorted(len(x) for x in lines if len(x) >= MIN_WRAPPED_CHARS)
    if not lengths:
        return 0
    usual = [n for n in lengths if n <= 1.25 * lengths[len(lengths) // 2]] if len(lengths) >= MIN_LINES_FOR_WIDTH \
        else lengths
    return usual[int(len(usual) * 0.9)]


# A section's heading alone on its line ("Beskrivning"), which a wrapped sentence never ends on.
SECTION_WORDS = {"beskrivning", "sammanfattning", "bakgrund", "syfte", "mål", "målgrupp", "aktiviteter", "resultat",
                 "förväntade resultat", "kontakt", "kontaktperson", "finansiering", "finansiärer", "partner", "partners",
                 "projekttid", "projektperiod", "om projektet", "description", "background", "objectives", "contact",
                 # a minute's and a decision's parts
                 "ärendebeskrivning", "ärendet", "beslut", "förslag till beslut", "beslutsunderlag", "bedömning",
                 "motivering", "villkor", "yrkanden", "projektbeskrivning", "projektets syfte", "syfte och mål", "budget"}


def continues_line(previous_line: str, line: str, width: int) -> bool:
    """Whether a line goes on with the previous line's sentence, as transcripts of PDFs and pages with
    hard line breaks wrap it: this one opens in lower case, or the previous line did not end its sentence
    and was wrapped because this line's first word did not fit on it (`width`: a full line's length)."""
    if not previous_line or split_label(line) or strip_bullet(line) is not None \
            or line.strip().rstrip(":").casefold() in SECTION_WORDS:
        return False
    if ROW_OF_PARTS_RE.search(previous_line) and ROW_OF_PARTS_RE.search(line):
        return False  # "Namn – 75 000 kr (Ägare)" line after line: rows of a list, however long
    if line.startswith("att ") and GRANT_CLAUSE_RE.search(line) \
            and (previous_line.startswith("att ") or previous_line.endswith(":")):
        return False  # a decision's grants, each on its line: "beslutar: / att X beviljas ..., / att Y beviljas ..."
    if LOWER_WORD_RE.match(line) and not previous_line.endswith((".", "!", "?")):
        return True
    last = previous_line.rsplit(" ", 1)[-1]
    if line[:1].isdigit() and last.isalpha() and last.islower() and len(previous_line) >= 0.6 * width \
            and len(previous_line.split()) >= 8 and "  " not in previous_line \
            and not re.search(r"\s[–—]\s", previous_line):  # a sentence, not a form's column heads or a row of parts
        return True  # "... Projektet har beviljats" / "480 000 kronor från ...": a sum goes on with its sentence
    first_word = line.split(" ", 1)[0]
    return len(previous_line) >= MIN_WRAPPED_CHARS and len(previous_line) + 1 + len(first_word) > 0.9 * width \
        and not previous_line.endswith((".", "!", "?", ":", ";", "”", '"')) \
        and not TABLE_END_RE.search(previous_line) and len(ROW_SEPARATOR_RE.findall(previous_line)) < 2 \
        and line[:1].isalnum()


# "Borgholms- och Mörbylånga kommun": a hyphen before these words shortens a compound, it splits no word.
KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "till", "respektive", "som"}


def join_wrapped(previous: str, line: str) -> str:
    """Join a wrapped line; a word split with a hyphen at the line's end is made whole."""
    if re.search(r"\w-$", previous) and line[:1].islower() and line.split(" ", 1)[0] not in KEEP_HYPHEN_BEFORE:
        return previous[:-1] + line
    if re.search(r"[\w.-]+@[\w-]+(?:\.[\w-]+)*$", previous) and not re.search(r"\.[a-z]{2,4}$", previous) \
            and re.match(r"[\w.-]*\.[a-z]{2,4}\b", line):
        return previous + line  # an e-mail address broken in a narrow column: "anna.ek@exempelkommu" / "n.se"
    return previous + " " + line


def _list_goes_on(value: str, line: str) -> bool:
    """"Partners: A, B, Studieförbundet" / "Vuxenskolan Dalarna": a list of names wrapped in mid-name."""
    return "," in value and not value.endswith(".") and ":" not in line and len(line.split()) <= 4 \
        and not re.search(r"@[\w.-]+\.[a-z]{2,}$|\d{2}$", value)  # a contact's e-mail or phone ends its line


def value_with_wrap(value: str, lines: list[str], i: int, width: int) -> tuple[str, int]:
    """A label's value and the index of its last line: "Partners: A, B, Ilmatie-" / "teen laitos" is one
    value when the next lines go on with it in lower case."""
    while i + 1 < len(lines) and lines[i + 1] and (lines[i + 1][:1].islower() or _list_goes_on(value, lines[i + 1])) \
            and continues_line(lines[i], lines[i + 1], width):
        i += 1
        value = join_wrapped(value, lines[i])
    return value, i


def list_item_label(text: str) -> tuple[str, str] | None:
    """("Projektägare", "X") for a list item "Projektägare: X": a fact set as a bullet, as the HTML and
    text parsers both read it."""
    label = split_label(text)
    if not label or not label[1] or len(label[0]) > MAX_KEY_CHARS or len(label[0].split()) > 4:
        return None
    words = label[0].split()
    if any(w[:1].isupper() and not w.isupper() and words[k - 1][:1].islower() for k, w in enumerate(words) if k):
        return None  # "Namn på projekt Sökande: X": a name run into the label, as a numbered entry sets it
    return label


def barred_rows(blocks: list[Block]) -> list[Block]:
    """Paragraphs set as a table's rows with bars ("Projekt | Sökande | Belopp", one <p> each, or a PDF's line of spaced columns): two or more
    alike in a row are that table's rows, as the same lines in a text are."""
    cells = [bar_cells(b.text) if b.kind in ("line", "paragraph") else [] for b in blocks]
    out: list[Block] = []
    for k, b in enumerate(blocks):
        row = cells[k]
        beside = [cells[j] for j in (k - 1, k + 1) if 0 <= j < len(blocks)]
        if len(row) >= 2 and any(len(other) == len(row) for other in beside):
            out.append(key_value_block(row[0], row[1]) if is_fact_pair(row) else
                       Block(kind="table_row", text=" | ".join(row), cells=row))
        else:
            out.append(b)
    return out
