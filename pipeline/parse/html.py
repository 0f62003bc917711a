"""HTML into blocks: find the main content, drop the site chrome, one handler per element kind."""
from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import Comment, Doctype, ProcessingInstruction

from pipeline.blocks import Block, BlockKind, ParsedDocument, assemble, key_value_block
from pipeline.parse import selectors as sel
from pipeline.parse.links import page_links
from pipeline.parse.lines import (PROJECT_FACT_LINE_RE, TYPED_BULLET_RE, barred_rows, clean_line, continues_line,
                                  corner_table_rows, facts_side_by_side, is_corner_head, is_fact_pair, is_label_value_head,
                                  join_wrapped, line_width, list_item_label, questions_and_answers, split_label,
                                  strip_bullet, value_with_wrap)

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "body", "span", "blockquote", "figure",
              "figcaption", "center", "details", "summary", "address", "font", "html", "fieldset", "hgroup"}
INLINE_BREAK = "\n"


def parse_html(html: str, base_url: str | None = None) -> ParsedDocument:
    """The page's blocks, and its links when its URL is given (read before the page's chrome is set aside:
    menus and pagination hold links too)."""
    with warnings.catch_warnings():  # an XHTML page or a feed served as HTML is read as HTML, without a lecture
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    links = _links(soup, base_url) if base_url else None
    meta = _metadata(soup)
    identity = _footer_identity(soup)  # (read before the page's chrome is set aside)
    main = _main_content(soup)
    walker = _Walker()
    walker.walk(main)
    walker.blocks += _side_facts(soup, main) + identity
    blocks = _marked_items(barred_rows([b for b in walker.blocks if not sel.is_chrome_phrase(b.text)]))
    doc = assemble(questions_and_answers(facts_side_by_side(blocks)), content_type="text/html", **meta)
    doc.links = links
    for block in walker.blocks:
        m = sel.STATED_DATE_RE.search(block.text)
        if m and len(block.text) < 120:
            kind = "published" if m.group("what").lower() in ("publicerad", "skapad") else "modified"
            if getattr(doc, kind) is None:
                setattr(doc, kind, m.group("date"))
    return doc


def _marked_items(blocks: list[Block]) -> list[Block]:
    """Paragraphs that each open with a bullet or a number ("<p>• 25 000 kr – ...</p>", "<p>1. Namn – ...</p>"):
    two or more in a row are a list's items, as the same lines in a text are."""
    items = [strip_bullet(b.text) if b.kind in ("line", "paragraph") else None for b in blocks]
    out: list[Block] = []
    for k, b in enumerate(blocks):
        item = items[k]
        if item is not None and any(0 <= j < len(blocks) and items[j] is not None for j in (k - 1, k + 1)):
            label = list_item_label(item)
            out.append(key_value_block(*label) if label else Block(kind="list_item", text=item))
        else:
            out.append(b)
    return out


def _links(soup: BeautifulSoup, base_url: str) -> list:
    base = soup.find("base")
    anchors = ((el.name, str(el.get("href") or ""), " ".join(str(r) for r in el.get_attribute_list("rel") if r),
                el.get_text() if el.name == "a" else "") for el in soup.find_all(["a", "link"]))
    return page_links(anchors, base_url, str(base.get("href") or "") if isinstance(base, Tag) else "")


def _metadata(soup: BeautifulSoup) -> dict:
    meta: dict = {}
    title = soup.find("title")
    meta["title"] = clean_line(title.get_text()) if title else None
    html = soup.find("html")
    meta["language"] = (html.get("lang") or None) if isinstance(html, Tag) else None
    canonical = soup.find("link", rel="canonical")
    meta["canonical_url"] = canonical.get("href") if isinstance(canonical, Tag) else None
    named = [(str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower(), tag.get("content"))
             for tag in soup.find_all("meta")]
    for kind, names in sel.DATE_META.items():
        meta[kind] = next((str(content).strip() for name, content in named if name in names and content), None)
    return meta


def _is_chrome(tag: Tag) -> bool:
    if tag.name in sel.DROP_TAGS:
        return True
    if tag.name in sel.SIDE_TAGS and _mostly_links(tag):
        return True  # related pages, a sub-menu: a side box of links
    if tag.get("aria-hidden") == "true" or tag.has_attr("hidden") and not _accordion_panel(tag):
        return True
    if (tag.get("role") or "") in ("navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"):
        return True
    marks = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(marks.strip()) and bool(sel.CHROME_CLASS_RE.search(marks))


def _accordion_toggle(tag: Tag) -> bool:
    """An accordion's button (aria-expanded) that titles the panel it opens: "Projekt X" over its hidden facts."""
    return tag.name == "button" and tag.has_attr("aria-expanded") and bool(_text(tag)) \
        and not sel.is_chrome_phrase(_text(tag))


ACCORDION_REACH = 3  # elements before a panel where its button may stand (a heading, a teaser between)


def _accordion_panel(tag: Tag) -> bool:
    """A panel hidden until its accordion's button (or its tab) opens it: content, not a closed dialog or an off-screen menu.
    Its button stands right before it, or a few elements before it and names it (aria-controls); only those are
    looked at, so a page of many hidden menus costs no search of the whole page each."""
    if tag.get("role") == "tabpanel":
        return True  # a tab's panel: shown when its tab is chosen
    panel = str(tag.get("id") or "")
    for n, before in enumerate(tag.find_previous_siblings(limit=ACCORDION_REACH)):
        buttons = [before] if before.name == "button" else before.find_all("button", limit=2)
        if any(_accordion_toggle(b) and (n == 0 or panel and b.get("aria-controls") == panel) for b in buttons):
            return True
    return False


def _mostly_links(tag: Tag) -> bool:
    text = len(tag.get_text(strip=True))
    linked = sum(len(a.get_text(strip=True)) for a in tag.find_all("a")  # an e-mail or phone link is a contact's
                 if not str(a.get("href") or "").startswith(("mailto:", "tel:")))
    return text == 0 or linked >= sel.SIDE_LINK_SHARE * text


def _main_content(soup: BeautifulSoup) -> Tag:
    for selector in sel.MAIN_SELECTORS:
        found = _select(soup, selector, limit=2)
        if len(found) > 1 and selector == "article":
            continue  # a listing of posts, each its own <article>: their container, found below, holds them all
        if found and len(found[0].get_text(" ", strip=True)) > 200:
            return found[0]
    body = soup.body or soup
    for tag in body.find_all(list(sel.PAGE_CHROME_TAGS)):
        if not tag.find(["h1"]):
            tag.decompose()
    return _densest(body)


def _select(soup: BeautifulSoup, selector: str, limit: int) -> list[Tag]:
    """The elements a simple selector names ("main", "[role=main]", "#id", ".class"), found by bs4's own search:
    a CSS engine costs more than these forms need, on every page."""
    if selector.startswith("#"):
        return soup.find_all(id=selector[1:], limit=limit)
    if selector.startswith("."):
        return soup.find_all(class_=selector[1:], limit=limit)
    if selector.startswith("["):
        key, _, value = selector.strip("[]").partition("=")
        return soup.find_all(True, attrs={key: value}, limit=limit)
    return soup.find_all(selector, limit=limit)


MAX_RUN_IN_LABEL_WORDS = 4


def _run_in_labels(p: Tag) -> list[tuple[str, str]] | None:
    """A paragraph of facts whose labels are set in bold without colons: two or more (label, value) pairs, each
    bold run short and followed by plain text; None for a paragraph of anything else."""
    found = _bold_led_pairs(p)
    return found if found is not None and len(found) >= 2 else None


# A list of facts each set as "<li><strong>Ägare</strong> X</li>": short labels over short values (a list of
# entries, "<li><b>Name</b> Owner gets N kronor for ...</li>", has sentences for values).
FACT_ITEM_LABEL_WORDS = 3
FACT_ITEM_VALUE_WORDS = 12


def _bold_led_facts(items: list[Tag]) -> list[tuple[str, str]] | None:
    """Three or more list items that each hold one short bold label and its short value; None otherwise."""
    if len(items) < 3:
        return None
    facts = []
    for li in items:
        pairs = _bold_led_pairs(li)
        if pairs is None or len(pairs) != 1 or li.find("br") is not None:
            return None  # (an entry's name in bold over its facts, a line each, is no fact)
        label, value = pairs[0]
        if len(label.split()) > FACT_ITEM_LABEL_WORDS or len(value.split()) > FACT_ITEM_VALUE_WORDS \
                or value.endswith((".", "!", "?")) or not value[:1].isalnum():
            return None  # ("<b>Name</b>, Owner – 85 000 kr": an entry, its parts set apart by punctuation)
        facts.append((label, value))
    return facts


def _bold_led_pairs(p: Tag) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of an element whose text is bold runs, each followed by plain text; None when
    text stands before the first bold run, a bold run is long, or one has no text after it."""
    pairs: list[list[str]] = []
    for child in p.children:
        if isinstance(child, Tag) and child.name in ("strong", "b"):
            label = clean_line(child.get_text()).rstrip(":")
            if not label or len(label.split()) > MAX_RUN_IN_LABEL_WORDS:
                return None
            pairs.append([label, ""])
        elif pairs:
            pairs[-1][1] += child.get_text() if isinstance(child, Tag) else str(child)
        elif clean_line(child.get_text() if isinstance(child, Tag) else str(child)):
            return None  # text before the first bold run: a sentence with a bold word
    found = [(k, clean_line(v).strip(" :")) for k, v in pairs]
    return found if found and all(v for _, v in found) else None


LABEL_CLASS_RE = re.compile(r"(?i)^(?:label|key|term|fact-?label|field-?label|rubrik|etikett)$")


def _classed_label(p: Tag) -> list[tuple[str, str]] | None:
    """A paragraph that opens with an element its class calls a label ('<span class="label">Budget</span> 14 mnkr'):
    one (label, value) pair; None for any other paragraph."""
    first = next((c for c in p.children if isinstance(c, Tag) or str(c).strip()), None)
    if not isinstance(first, Tag) or not any(LABEL_CLASS_RE.match(c) for c in first.get("class") or []):
        return _figure_over_label(p)
    label = clean_line(first.get_text()).rstrip(":")
    value = clean_line(" ".join(c.get_text(" ") if isinstance(c, Tag) else str(c) for c in p.children if c is not first))
    return [(label, value.lstrip(": "))] if label and value and len(label.split()) <= MAX_RUN_IN_LABEL_WORDS else None


def _figure_over_label(p: Tag) -> list[tuple[str, str]] | None:
    """A figure set over its label, each in an element of its own ('<span class="num">4,8 mnkr</span><span
    class="label">Budget</span>', as a page's row of key figures shows them): one (label, value) pair."""
    parts = [c for c in p.children if isinstance(c, Tag) or str(c).strip()]
    tags = [c for c in parts if isinstance(c, Tag)]
    if len(parts) != 2 or len(tags) != 2 or not any(LABEL_CLASS_RE.match(c) for c in tags[1].get("class") or []):
        return None
    value, label = clean_line(tags[0].get_text(" ")), clean_line(tags[1].get_text(" ")).rstrip(":")
    return [(label, value)] if label and value and len(value.split()) <= MAX_RUN_IN_LABEL_WORDS \
        and len(label.split()) <= MAX_RUN_IN_LABEL_WORDS else None


def _side_facts(soup: BeautifulSoup, main: Tag) -> list[Block]:
    """A fact box set in a side column beside the main text ("<aside>Projekttid: ... Stöd: ...</aside>"): its
    label-and-value lines are the page's facts; a side box of anything else (links, sharing, teasers) is not."""
    found: list[Block] = []
    for side in soup.find_all(list(sel.SIDE_TAGS)):
        if side is main or main in side.parents or side in main.parents or _is_chrome(side) \
                or any(_is_chrome(p) for p in side.parents if isinstance(p, Tag)):
            continue
        walker = _Walker()
        walker.walk(side)
        walker.flush()
        facts = [b for b in walker.blocks if b.kind == "key_value"]
        if len(facts) >= MIN_SIDE_FACTS:
            found += facts
    return found


MIN_SIDE_FACTS = 2
# "Mottagare: X. Bidrag: 200 000 kr.": labels set inline, each opening its sentence.
INLINE_LABEL_RE = re.compile(r"(?:^|[.;]\s+)[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,2}:\s")
# "Org.nr 802400-0005" in a page's footer: who the site belongs to, a fact the text rendition keeps too; and on a
# project's own site, "Projektägare: X" and "Projektet finansieras av Y" there: whose project it is and who pays.
FOOTER_ORGNR_RE = re.compile(r"\b\d{6}-\d{4}\b")


def _footer_identity(soup: BeautifulSoup) -> list[Block]:
    """The page footer's lines that give the site owner's organisation number, or a project site's owner and payers
    (an article's footer is not the page's)."""
    lines: list[Block] = []
    for footer in soup.find_all("footer"):
        if footer.find_parent(["main", "article"]) is not None:
            continue
        for line in _text_with_breaks(footer).split(INLINE_BREAK):
            line = clean_line(line)
            if FOOTER_ORGNR_RE.search(line) or PROJECT_FACT_LINE_RE.match(line):
                label = split_label(line) if PROJECT_FACT_LINE_RE.match(line) else None
                lines.append(key_value_block(*label) if label and label[1] else Block(kind="line", text=line))
    return lines
TEXT_TAGS = {"p", "li", "dd", "td"}


def _densest(body: Tag) -> Tag:
    """The container holding most of the page's paragraph text (when no <main> says where it is).

    The text under each element is summed in one pass from the leaves up, so that a page of deeply nested
    elements costs time in proportion to its size."""
    tags = [body] + [t for t in body.descendants if isinstance(t, Tag)]
    held: dict[int, int] = {}  # id(tag) -> length of paragraph text inside it
    for tag in reversed(tags):
        held[id(tag)] = sum(held[id(c)] + (len(c.get_text()) if c.name in TEXT_TAGS else 0)
                            for c in tag.children if isinstance(c, Tag)) + _loose_text(tag)
    total = held[id(body)]
    if not total:
        return body
    best, best_len = body, 0
    for div in tags[1:]:
        if div.name not in ("div", "section") or _is_chrome(div):
            continue
        own = held[id(div)]
        # The smallest container that still holds nearly all of it.
        if own >= 0.85 * total and (best is body or own <= best_len):
            best, best_len = div, own
    return best


def _loose_text(tag: Tag) -> int:
    """Text set straight in a container, as pages built of <div>s and <br>s hold it (a link's text is a menu's)."""
    if tag.name in TEXT_TAGS or tag.name == "a":
        return 0
    return sum(len(child.strip()) for child in tag.children if type(child) is NavigableString)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []

    def walk(self, el: Tag) -> None:
        for child in el.children:
            if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if isinstance(child, Tag) and _accordion_toggle(child):
                self.flush()  # an accordion's title over the panel it opens
                self.add_heading(_text(child), 3)
                continue
            if not isinstance(child, Tag) or _is_chrome(child):
                continue
            name = child.name
            if name in HEADINGS:
                self.flush()
                self.add_heading(_text(child), HEADINGS[name])
            elif name == "summary" and _text(child):
                self.flush()  # an accordion's title over what it folds away
                self.add_heading(_text(child), 3)
            elif name == "p":
                self.flush()
                self.add_paragraph(child)
            elif name in ("ul", "ol"):
                self.flush()
                self.add_list(child)
            elif name == "dl":
                self.flush()
                self.add_definitions(child)
            elif name == "table":
                self.flush()
                self.add_table(child)
            elif child.get("role") in ("table", "grid"):
                self.flush()  # a table built of divs, its rows and cells named by their ARIA roles
                self.blocks += _role_table_blocks(child)
            elif name == "br":
                self.buffer.append(INLINE_BREAK)
            elif name in ("li", "dt", "dd", "tr"):
                self.flush()
                self.walk(child)
                self.flush()
            elif name in CONTAINERS or name not in _INLINE or len(child.find_all(list(BREAKING_TAGS), limit=2)) == 2:
                self.flush()  # (a card that is one link round its headline and text: its blocks, not one line; a
                # link round a headline alone is a teaser's, read as the line it is)
                self.walk(child)
                self.flush()
            else:
                self.buffer.append(_text_with_breaks(child))

    def flush(self) -> None:
        if self.buffer:
            self.add_lines("".join(self.buffer), kind="paragraph")
            self.buffer = []

    def add_heading(self, text: str, level: int | None) -> None:
        text = clean_line(text)
        if text:
            label = split_label(text)
            if label and not label[1]:
                text = label[0]
            self.blocks.append(Block(kind="heading", text=text, level=level))

    def add_paragraph(self, p: Tag) -> None:
        raw = _text_with_breaks(p)
        text = clean_line(raw)
        if not text:
            return
        strong = p.find(["strong", "b"])
        # A short paragraph that is all bold is how many editors write a heading.
        if strong is not None and clean_line(strong.get_text()) == text and len(text) < 80:
            label = split_label(text)
            if not (label and label[1]):
                self.add_heading(text, None)
                return
        run_in = _run_in_labels(p) or _classed_label(p)
        if run_in:  # "<strong>Mottagare</strong> X <strong>Beviljat belopp</strong> 4 500 000 kr": labels in bold;
            self.blocks += [key_value_block(k, v) for k, v in run_in]  # '<span class="label">Budget</span> 14 mnkr'
            return
        self.add_lines(raw, kind="paragraph")

    def add_lines(self, raw: str, kind: BlockKind) -> None:
        lines = [clean_line(x) for x in raw.split(INLINE_BREAK)]
        lines = [x for x in lines if x]
        one = len(lines) == 1
        width = line_width(lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            label = split_label(line)
            item = strip_bullet(line)
            if label and label[1]:
                value, i = value_with_wrap(label[1], lines, i, width)
                self.blocks.append(key_value_block(label[0], value))
            elif label and i + 1 < len(lines) and not split_label(lines[i + 1]) and strip_bullet(lines[i + 1]) is None:
                self.blocks.append(key_value_block(label[0], lines[i + 1]))
                i += 1
            elif label and len(label[0].split()) <= 3:
                self.blocks.append(Block(kind="heading", text=label[0], level=None))
            elif item is not None and not one:
                self.blocks.append(Block(kind="list_item", text=item))
            elif i > 0 and self.blocks and self.blocks[-1].kind in ("line", "list_item") \
                    and continues_line(lines[i - 1], line, width):
                self.blocks[-1].text = join_wrapped(self.blocks[-1].text, line)
            else:
                short = one and len(line.split()) <= SHORT_LINE_WORDS and not line.endswith((".", "!", "?", ":"))
                self.blocks.append(Block(kind="line" if short or not one else kind, text=line))  # a short <p> is a
                # line, as a text's short line is: a name, a title, a cell of a table flattened one cell per <p>
            i += 1

    def add_list(self, lst: Tag) -> None:
        items = lst.find_all("li", recursive=False)
        facts = _bold_led_facts(items) if not _is_chrome(lst) else None
        if facts:  # "<li><strong>Ägare</strong> X</li>", "<li><strong>Tid</strong> 2041–2043</li>": a fact box
            self.blocks += [key_value_block(k, v) for k, v in facts]
            return
        for li in items:
            if li.find(CARD_TAGS) is not None and not _is_chrome(li):
                self.flush()  # a card (a teaser's headline, date and text): its blocks, not one line
                self.walk(li)
                self.flush()
                continue
            nested = [c for c in li.find_all(["ul", "ol"], recursive=False)]
            for n in nested:
                n.extract()
            raw = _text_with_breaks(li)
            lines = [x for x in (clean_line(x) for x in raw.split(INLINE_BREAK)) if x]
            if len(lines) >= 3 and not split_label(lines[0]) and not _is_chrome(li) \
                    and sum(bool((label := split_label(x)) and label[1]) for x in lines[1:]) >= 2:
                # "<li><strong>Name</strong><br>Stödmottagare: X<br>Beviljat: N kr</li>": an item and its facts,
                # line under line, as a text sets them
                self.blocks.append(Block(kind="list_item", text=lines[0]))
                self.add_lines(INLINE_BREAK.join(lines[1:]), kind="line")
                for n in nested:
                    self.add_list(n)
                continue
            text = TYPED_BULLET_RE.sub("", clean_line(raw.replace(INLINE_BREAK, " "))) or _logo_name(li)
            if text and not _is_chrome(li):
                label = list_item_label(text) or next(iter(_classed_label(li) or []), None)
                # ('<li><span class="label">Projektägare</span> <span>X</span></li>': a fact, its label by its class)
                if label:
                    self.blocks.append(key_value_block(*label))
                else:
                    self.blocks.append(Block(kind="list_item", text=text))
            for n in nested:
                self.add_list(n)

    def add_definitions(self, dl: Tag) -> None:
        key: str | None = None
        for child in dl.find_all(["dt", "dd"]):
            text = clean_line(_text_with_breaks(child).replace(INLINE_BREAK, ", "))
            if child.name == "dt":
                key = text.rstrip(":").strip()
            elif key and len(INLINE_LABEL_RE.findall(text)) >= 2:
                # "<dt>Namn</dt><dd>Mottagare: X. Bidrag: 200 000 kr.</dd>": a title over its own facts, not a label
                self.blocks += [Block(kind="heading", text=key), Block(kind="paragraph", text=text)]
                key = None
            elif key and text:
                self.blocks.append(key_value_block(key, text))
            elif text:
                self.blocks.append(Block(kind="paragraph", text=text))

    def add_table(self, table: Tag) -> None:
        if any(cell.find(LAYOUT_CELL_TAGS) for cell in table.find_all(["td", "th"])):
            own = [cell for cell in table.find_all(["td", "th"]) if cell.find_parent("table") is table]
            for cell in own:  # a table that lays out blocks (cards side by side): its own cells (a table inside
                self.flush()  # one is read with it) are read as the page's own blocks, one after another, not as a row
                self.walk(cell)
                self.flush()
            return
        caption = table.find("caption")
        if caption is not None and _text(caption):  # a table's caption titles what it holds
            self.add_heading(_text(caption), None)
        rows: list[Tag] = list(table.find_all("tr"))
        columns = _transposed(rows)
        if columns:  # the records are its columns: each is a fact box under its head
            for head, facts in columns:
                self.add_heading(head, None)
                self.blocks += [key_value_block(label, value) for label, value in facts if value]
            return
        # a head row of column names ("Partner | Land"): the rows under it are records, not label and value
        headed = any(tr.find_parent("thead") is not None or len(tr.find_all("td")) == 0 and len(tr.find_all("th")) >= 2
                     or _bold_row(tr) for tr in rows[:1])
        if rows and is_label_value_head([_text(c) for c in rows[0].find_all(["th", "td"])]):
            headed, rows = False, rows[1:]  # "Uppgift | Värde" over labelled rows: a fact box with a head
        spans: dict[int, tuple[int, list[str]]] = {}  # column -> (rows still spanned, its lines)
        heads = [_text(c) for c in rows[0].find_all(["th", "td"])] if headed and rows else []
        if headed:  # "<a>Namn</a><br><small>En kort beskrivning</small>": a cell's note under its value would
            for note in table.find_all("small"):  # make a column of its own and put the row out of line
                holder = note.find_parent(["td", "th"])
                column = holder.find_previous_siblings(["td", "th"]) if holder is not None else []
                if holder is not None and not (len(column) < len(heads) and TWO_FIELDS_HEAD_RE.search(heads[len(column)])):
                    note.decompose()  # (unless the head names two fields: "Projekt och sökande" over name and applicant)
        two_row_head = _two_row_head(rows) if headed else None
        if two_row_head is not None:  # "Belopp (kr)" over "EU | Region": one head row, "Belopp (kr) EU | ..."
            self.blocks.append(Block(kind="table_row", text=" | ".join(two_row_head), cells=two_row_head))
            rows, heads = rows[2:], two_row_head
        grid = [[" ".join(cell) for cell in _spanned_row(tr.find_all(["th", "td"]), {})] for tr in rows]
        if grid and is_corner_head(grid[0]):  # " | EUR | NOK" over "EU-medel | 780 000 | ": each cell in its column
            self.blocks += corner_table_rows(grid)
            return
        for tr in rows:
            lines = _spanned_row(tr.find_all(["th", "td"]), spans)
            if len(lines) == len(heads):  # under a head, a cell of lines is its column's one value ("Åby IF<br>
                lines = [[", ".join(cell)] if len(cell) > 1 and not TWO_FIELDS_HEAD_RE.search(head) else cell
                         for cell, head in zip(lines, heads)]  # 802400-0000"), unless the head names two
                # ("Projekt och projektägare" over "Namn<br>Ägare")
            if len(lines) == 2 and len(lines[0]) == 1 and len(lines[1]) > 1 and not headed \
                    and is_fact_pair([lines[0][0], ", ".join(lines[1])]):
                lines = [lines[0], [", ".join(lines[1])]]  # "Partner" beside "A<br>B<br>C": one fact, a list its value
            cells = [c for cell in lines for c in cell]
            if not cells:
                continue
            if is_fact_pair(cells) and not headed:
                self.blocks.append(key_value_block(cells[0].rstrip(":"), cells[1]))
            elif len(cells) == 1:
                self.add_lines(cells[0], kind="paragraph")
            else:
                self.blocks.append(Block(kind="table_row", text=" | ".join(cells), cells=cells))


TWO_FIELDS_HEAD_RE = re.compile(r"\s(?:och|samt|&)\s|/")
ROLE_CELL = re.compile(r"^(?:cell|gridcell|columnheader|rowheader)$")


def _role_rows(table: Tag) -> list[list[Tag]]:
    """The rows of a table built of divs (role=row), each its cells (role=cell, columnheader ...)."""
    return [cells for row in table.find_all(True, attrs={"role": "row"})
            if (cells := row.find_all(True, attrs={"role": ROLE_CELL}))]


def _transposed(rows: list[Tag]) -> list[tuple[str, list[tuple[str, str]]]]:
    """A table that sets its records side by side ("<th></th><th>Projekt A</th><th>Projekt B</th>" over rows that each
    open with a label in a <th>): each column's head and its (label, value) pairs; [] for any other table."""
    head = [_text(c) for c in rows[0].find_all(["th", "td"])] if rows else []
    body = [tr.find_all(["th", "td"]) for tr in rows[1:]]
    if len(head) < 3 or head[0] or not all(head[1:]) or not body \
            or not all(len(cells) == len(head) and cells[0].name == "th" and _text(cells[0]) for cells in body):
        return []
    return [(head[j], [(_text(cells[0]).rstrip(":"), _text(cells[j])) for cells in body]) for j in range(1, len(head))]


def _role_table_blocks(table: Tag) -> list[Block]:
    rows = _role_rows(table)
    headed = bool(rows) and all(c.get("role") == "columnheader" for c in rows[0])
    blocks = []
    for row in rows:
        cells = [text for c in row if (text := _text(c))]
        if is_fact_pair(cells) and not headed:
            blocks.append(key_value_block(cells[0].rstrip(":"), cells[1]))
        elif cells:
            blocks.append(Block(kind="table_row", text=" | ".join(cells), cells=cells))
    return blocks


def _two_row_head(rows: list[Tag]) -> list[str] | None:
    """A head of two rows of <th> whose upper row has a cell spanning columns the lower one names: one head, the
    upper text before each lower one ("Belopp (kr) EU"); a cell spanning both rows stays as it is."""
    if len(rows) < 3 or not all(tr.find("td") is None and tr.find("th") is not None for tr in rows[:2]):
        return None
    upper_cells = rows[0].find_all("th")
    if not any(str(c.get("colspan") or "1") not in ("", "1") for c in upper_cells):
        return None
    spans: dict[int, tuple[int, list[str]]] = {}
    upper: list[str] = []
    for cell in upper_cells:
        width = str(cell.get("colspan") or "1")
        upper += [_text(cell)] * (int(width) if width.isdigit() and 0 < int(width) <= MAX_ROWSPAN else 1)
        rowspan = str(cell.get("rowspan") or "1")
        if rowspan.isdigit() and int(rowspan) > 1:
            spans[len(upper) - 1] = (int(rowspan) - 1, [_text(cell)])
    lower = [" ".join(cell) for cell in _spanned_row(rows[1].find_all("th"), spans)]
    if len(lower) != len(upper):
        return None
    return [a if a == b or not b else f"{a} {b}".strip() for a, b in zip(upper, lower)]


def _spanned_row(cells: list[Tag], spans: dict[int, tuple[int, list[str]]]) -> list[list[str]]:
    """A row's cells' lines, with those of a cell above that spans down into it (rowspan) in their column:
    "Åby IF" spanning two rows is the applicant of both."""
    row: list[list[str]] = []
    for cell in cells:
        while len(row) in spans:
            row.append(_carry(spans, len(row)))
        lines = _cell_lines(cell)
        rowspan = str(cell.get("rowspan") or "1")
        if rowspan.isdigit() and 1 < int(rowspan) <= MAX_ROWSPAN:
            spans[len(row)] = (int(rowspan) - 1, lines)
        row.append(lines)
    while len(row) in spans:
        row.append(_carry(spans, len(row)))
    return row


def _carry(spans: dict[int, tuple[int, list[str]]], column: int) -> list[str]:
    left, lines = spans.pop(column)
    if left > 1:
        spans[column] = (left - 1, lines)
    return lines


MAX_ROWSPAN = 50


def _cell_lines(cell: Tag) -> list[str]:
    """A cell's text; a cell of a few short lines ("Name<br>Owner") is as many cells, for they are separate
    values, not one wrapped sentence."""
    lines = [clean_line(line) for line in _text_with_breaks(cell).split(INLINE_BREAK)]
    lines = [line for line in lines if line]
    if 2 <= len(lines) <= 3 and all(len(line) <= 60 and not line.endswith((",", "och")) for line in lines):
        return lines
    return [clean_line(" ".join(lines))] if lines else []


def _bold_row(tr: Tag) -> bool:
    """A head row set in bold plain cells: every cell's text is all bold ("<td><strong>Projekt</strong></td>")."""
    cells = tr.find_all(["td", "th"])
    return len(cells) >= 2 and all(
        _text(c) and any(_text(b) == _text(c) for b in c.find_all(["strong", "b"])) for c in cells)


SHORT_LINE_WORDS = 12
# Blocks inside a list item make it a card to read block by block.
CARD_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "article", "div", "table", "dl"]
# Blocks inside a table cell make the table a layout, not data.
LAYOUT_CELL_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl", "table", "div"]
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
           "samp", "small", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "label", "output"}


BREAKING_TAGS = {"li", "p", "div", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"}
# Two elements' texts set side by side that must not run together: a figure after a figure, a word after a sentence.
APART_RE = re.compile(r"\d\d|[.!?:;][A-ZÅÄÖ0-9]")


LOGO_WORDS_RE = re.compile(r"(?i)^(?:logotyp|logga|logo)\s+(?:för:?\s+)?|\s*[-–,]?\s*(?:logotyp|logga|logo)$")


def _logo_name(li: Tag) -> str:
    """A list item that is only a logo ("partners" shown as their logos) is named by its image's alt text."""
    images = li.find_all("img")
    if len(images) != 1:
        return ""
    return LOGO_WORDS_RE.sub("", clean_line(str(images[0].get("alt") or ""))).strip()


def _text(el: Tag) -> str:
    return " ".join(el.get_text(" ").split())


def _text_with_breaks(el: Tag) -> str:
    """Text of an element where <br> becomes a line break; dropped children are skipped."""
    parts: list[str] = []
    last_parent = None
    for node in el.descendants:
        if isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            if any(isinstance(p, Tag) and _is_chrome(p) for p in _parents_until(node, el)):
                continue
            text = re.sub(r"\s+", " ", str(node))
            if parts and node.parent is not last_parent and APART_RE.match(parts[-1][-1:] + text[:1]):
                parts.append(" ")  # "<span>Beviljat 2041</span><span>320 000 kr</span>": two figures, not one
            parts.append(text)
            last_parent = node.parent
        elif isinstance(node, Tag) and (node.name == "br" or node.name in BREAKING_TAGS and parts):
            parts.append(INLINE_BREAK)  # (a list inside a cell: "<li>A</li><li>B</li>" are two lines, not "AB")
    return re.sub(r"\s*\n[\s\n]*", INLINE_BREAK, "".join(parts)).strip()


def _parents_until(node, stop: Tag):
    parent = node.parent
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parent
