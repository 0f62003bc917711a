"""Block roles: what each block of a document is for, before anything reads it for facts.

Pages come wrapped in chrome (skip links, menus, breadcrumbs, share and print buttons,
cookie banners, bylines, publication dates, captions, comment sections, related links,
footers) and PDFs in running headers and page numbers. Parsers cannot always drop it:
a text or PDF rendition of a page has no <nav>. This module marks each block from its
shape and vocabulary, so that no later step takes chrome for a project's name, contact
or funder. The roles are data: `block_roles` returns one per block.

Roles:
- "content": text the page is about;
- "chrome": navigation, buttons, bylines, dates, footers, page furniture;
- "press": press contacts and officials' contact lines (not a project's contact);
- "related": teasers and links to other pages (a name there is not this page's project);
- "comment": readers' comments;
- "translation": a summary of the document in another language ("Summary in English"), its facts said again.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from extractors.labels import REPORT_KINDS, label_field
from extractors.lang_sv import MONTH_PATTERN
from pipeline.blocks import Block
from pipeline.parse import selectors
from pipeline.parse.lines import PROJECT_FACT_LINE_RE

Role = Literal["content", "chrome", "press", "related", "comment", "translation"]

# Whole blocks that are chrome, folded (lower case, single spaces, no trailing colon): the HTML parser's
# phrases, and what text and PDF renditions of pages carry besides.
CHROME_PHRASES = selectors.CHROME_PHRASES | {
    "hoppa till innehåll", "hoppa till huvudinnehåll", "gå direkt till innehåll", "gå till innehåll",
    "till innehållet", "skip to content", "skip to main content", "start", "hem", "home", "talande webb",
    "dela artikeln", "dela nyheten", "facebook", "linkedin", "twitter", "instagram", "youtube", "x", "e-post",
    "mejla", "kopiera länk", "upp", "kakor", "om kakor", "om webbplatsen", "tillgänglighet",
    "tillgänglighetsredogörelse", "behandling av personuppgifter", "personuppgifter", "integritetspolicy",
    "om cookies", "ja", "nej", "nyheter", "aktuellt", "press", "nyhetsarkiv", "äldre nyheter", "äldre inlägg",
    "nyare inlägg", "fler nyheter", "alla nyheter", "läs mer", "lär dig mer", "visa fler", "visa alla", "följ oss",
    "prenumerera", "nyhetsbrev", "logotyp på utskrifter", "godkänn", "acceptera alla", "inställningar",
    "hantera kakor", "webbkarta", "sitemap", "lediga jobb", "jobba hos oss", "kalender", "skriv en kommentar",
    "lämna en kommentar", "svara", "avbryt svar", "kommentera", "publicerat i", "hjälpte den här informationen dig?",
    "var informationen till hjälp?", "sidansvarig", "sidan skapad", "innehållsförteckning", "sidinnehåll",
    "view post", "read more", "läs hela artikeln", "läs vidare", "läs mer här", "mer om", "fortsätt läsa",
    "kommentarsfunktionen är stängd för den här artikeln", "mest läst", "mest lästa", "senaste nytt", "transkript",
    "transcript", "save this pdf as", "word png txt jpg", "starta visningen från sidan", "på denna sida",
    "på den här sidan", "relaterat", "relaterade sidor",
    "annons", "annonser", "advertisement", "sponsrat", "sponsrat innehåll",  # a paper's advertisement markers
}
CHROME_PREFIX_RE = re.compile(
    r"^(download \"|storlek: px|save this pdf|läs mer( om| på| här|$)|visa (fler|alla)\b|du är här|hoppa till|gå direkt till|publicerad|publicerades|publiceringsdatum|publicerat|artikeln publicerades|"
    r"senast (ändrad|uppdaterad|granskad|sparad)|sidan (senast )?(ändrad|uppdaterad|granskad)|uppdaterad|"
    r"(?:page |this page was )?(?:last )?(?:updated|modified|reviewed)(?: on)?:? \d|published:? \d|"
    r"ändrad|skapad|dela (sidan|på|artikeln)|vi använder (kakor|cookies)|den här webbplatsen använder|"
    r"webbplatsen använder|denna webbplats använder|uppläsnings-?funktionen|copyright|©|\(c\) \d|"
    r"drivs med wordpress|powered by|foto:|bild:|fotograf:|illustration:|photo:|image:|"
    r"hjälp oss att förbättra|skriven av|av:|text:|text och foto|kategori:|kategorier:|taggar:|etiketter:|"
    r"publicerat i|lämna en kommentar|in [\w ,]{2,60} by [\w ]{2,40}$|posted (in|by|on)\b|ansvarig utgivare|\d+ kommentarer?|kommentarer \(\d+\)|medfinansieras av europeiska unionen$|"
    r"medfinansierad av europeiska unionen$|finansieras av europeiska unionen$|co-funded by the european union$|"
    r"(?:<\s*|←\s*)?tillbaka(?: till (?:sökresultat\w*|listan|översikten|alla \w+|föregående sida))?$|"
    r"back to (?:search results|the list|all \w+)$)",
    re.IGNORECASE,
)
# "Start / Nyheter / Projekt", "Hem › Insatser › X": two or more separators make a breadcrumb.
CRUMB_SEPARATOR = r"\s[/›»>|]\s"
CRUMB_SEPARATOR_RE = re.compile(CRUMB_SEPARATOR)
BREADCRUMB_RE = re.compile(rf"^[^/›»>|]{{1,60}}({CRUMB_SEPARATOR}[^/›»>|]{{1,80}}){{2,}}$")
# "Verket | Box 12 | 123 45 Ort | Org.nr ...": a footer's address parts between bars, no path through a site.
ADDRESS_PART_RE = re.compile(r"(?i)\bbox\s+\d|\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ]|\borg\.?\s?nr|\bwww\.|@|\+46|\btel\b")


def is_breadcrumb(text: str) -> bool:
    """"Start / Nyheter / Projekt", "Hem › Insatser › X": where on the site a page is."""
    text = text.strip()
    return len(text) < 200 and bool(BREADCRUMB_RE.match(text)) and not ADDRESS_PART_RE.search(text)


# A PDF's running header or footer: "Region X – Projektbeskrivning", "Dnr 2024/117 Sida 1 av 3".
RUNNING_LINE_RE = re.compile(r"^((dnr|diarienr|ärende-?id)\.?:?\s+[\w/. -]{3,30}|.{2,60}\s[–|-]\s(projektbeskrivning|slutrapport|lägesrapport|delrapport|ansökan|"
                             r"ansökan om stöd|beslut|beslut om stöd|protokoll|sammanträdesprotokoll|tjänsteskrivelse|"
                             r"projektplan|utvärdering|rapport)|.{0,60}\b(sida|page)\s+\d+(\s*(av|of|/)\s*\d+|\s*\(\d+\))?)$",
                             re.IGNORECASE)
KIND_TITLE_RE = re.compile(rf"^.{{0,30}}\b(projektet|förstudien)\s.{{2,60}}\s[–-]\s({REPORT_KINDS}|rapport)$")
ITEM_HEAD_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,5}\s)?§\s?\d{1,4}(?:\s+\S|\s*$)")  # "§ 31" alone on its line too
DATE_ONLY_RE = re.compile(rf"(den\s+)?(\d{{1,2}}[ .]+{MONTH_PATTERN},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
                          rf"\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|{MONTH_PATTERN}\s+\d{{4}})(\s+(kl\.?\s*)?\d{{1,2}}[.:]\d{{2}})?")
# Postal furniture of a footer: "Box 1613, 701 16 Örebro", "901 89 Umeå", "Växel: 090-785 00 00".
ADDRESS_RE = re.compile(r"^(box \d+|\d{3} ?\d{2} [A-ZÅÄÖ][\wåäö]+$|(växel)\s*:?\s*[\d\s()+-]{6,}$)", re.IGNORECASE)

# Headings that open a stretch of something other than the page's content.
RELATED_HEADINGS_RE = re.compile(
    r"^(relaterade?( nyheter| sidor| projekt| artiklar| länkar| innehåll)?|relaterat|läs också|läs även|fler nyheter|"
    r"andra nyheter|mer från|senaste nyheterna|senaste nyheter|senaste inläggen|senaste nytt|populära|mest lästa|arkiv|"
    r"kategorier|taggar|du kanske också är intresserad av|se även|tidigare nyheter|fler artiklar|"
    r"(?:liknande|andra|fler|övriga|våra andra|några andra) projekt(?: (?:vi|som|från|inom|i|hos)\b.{0,30})?|"
    r"senaste projekten|senaste projekt|"  # ("Andra projekt vi driver")
    r"dokument|dokument och länkar|länkar|bilagor|ladda ner|läs mer(?: på| här)?)$",
    re.IGNORECASE)
PRESS_HEADINGS_RE = re.compile(r"^(presskontakt(er)?|pressinformation|kontakt för media|mediakontakt(er)?|"
                               r"för media|pressansvarig|presstjänst|kommunikatör)$", re.IGNORECASE)
# "Om Almi Företagspartner Mitt", "Om Interreg Nord": a press release's closing box about an organisation.
ABOUT_HEADING_RE = re.compile(r"^(?:om (?!projekte[tn]|förstudien|satsningen|insatsen|arbetet|oss$)|"
                              r"about (?!the project|this project|us$))\S.{2,60}$", re.IGNORECASE)  # ("About Åby AB")
COMMENT_HEADINGS_RE = re.compile(r"^(\d+\s+)?(kommentarer|kommentar|skriv en kommentar|lämna en kommentar|"
                                 r"kommentera|diskussion|svar)(\s*\(\d+\))?$", re.IGNORECASE)
PAGE_END_RE = re.compile(r"^(dela( sidan| artikeln| nyheten)?|skriv ut( sidan)?|senast (ändrad|uppdaterad|granskad)\b.*|"
                         r"sidan (senast )?(ändrad|uppdaterad)\b.*|dela\s+skriv ut|hjälpte den här informationen dig\?|"
                         r"var informationen till hjälp\?|hittade du (den information|det) du sökte\?)$")
SHORT_WORDS = 5


TOC_LINE_RE = re.compile(r"(\.\s?){6,}\s*\d{0,3}$|…{3,}\s*\d{0,3}$")


def fold(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" :")


# Words that menus, tool bars and footers are made of; a line of nothing else is a menu.
MENU_WORDS = {
    "hem", "start", "startsida", "om", "oss", "projekt", "aktuellt", "kontakt", "kontakta", "nyheter", "nyhet", "sök",
    "meny", "press", "english", "lyssna", "dela", "skriv", "ut", "e-post", "facebook", "linkedin", "twitter",
    "instagram", "youtube", "kakor", "cookies", "tillgänglighet", "tillgänglighetsredogörelse", "webbplatsen",
    "personuppgifter", "behandling", "av", "kalender", "evenemang", "jobb", "lediga", "jobba", "hos", "nyhetsbrev",
    "samarbetet", "verksamhet", "organisation", "publikationer", "dokument", "rapporter", "media", "logga", "in",
    "translate", "startsidan", "huvudinnehåll", "innehåll", "innehållet", "gå", "hoppa", "direkt", "textversion",
    "lättläst", "teckenspråk", "talande", "webb", "search", "menu", "projects", "apply", "about", "news",
    "contact", "the", "programme", "svenska", "suomi", "norsk", "·", "|", "/", "–", "-", "och", "x", "rss", "till", "toppen", "följ", "mejla", "tipsa", "kopiera",
    "länk", "skriv ut", "integritet", "integritetspolicy", "sitemap", "webbkarta", "ämnen", "tjänster", "stöd",
    "hjälp", "help", "faq", "på",  # ("Följ oss på Facebook · Instagram")
}
CAPTION_RE = re.compile(r"\b(foto|bild|fotograf|photo|illustration)\s*:\s*\S|\s[-–]\s(foto|bild)( och copyright)?\s"
                        r"[A-ZÅÄÖ]|\b(foto|bild):?\s*©", re.IGNORECASE)


def is_menu_line(text: str) -> bool:
    """Menu words and nothing else; or, in a longer line, mostly menu words and a capital on every other
    word ("Hem Om Leader Sök stöd Projekt Nyheter Kontakt": the site's own words are in its menu too)."""
    tokens = fold(text).replace("|", " | ").split()
    if len(tokens) < 3 or text.rstrip().endswith((".", ",", ":")):
        return False
    menu = [t in MENU_WORDS for t in tokens]
    if all(menu):
        return True
    words = text.replace("|", " | ").split()
    others = [w for k, (w, is_menu) in enumerate(zip(words, menu)) if not is_menu
              and not (k and tokens[k - 1] == "om")]  # "Om projektbanken": about the site, in its own word
    return len(tokens) >= 5 and sum(menu) >= 0.7 * len(tokens) and all(w[:1].isupper() for w in others)


def is_chrome_text(text: str) -> bool:
    """A block whose text alone says it is page furniture."""
    t = fold(text)
    if not t:
        return True
    if t in CHROME_PHRASES or is_menu_line(text):
        return True
    if len(t) < 300 and CAPTION_RE.search(text) and not re.search(r"\bprojekt\w*\b", t):
        return True
    if len(t) < 160 and CHROME_PREFIX_RE.match(t):
        return True
    if is_breadcrumb(text) or selectors.SHORT_CRUMB_RE.match(text.strip()):
        return True
    if PAGE_NUMBER_RE.match(t) or len(t) < 90 and RUNNING_LINE_RE.match(t):
        return True
    if TOC_LINE_RE.search(t):
        return True  # "Rapportens innehåll ........ 6": a table of contents
    if len(t) <= 40 and DATE_ONLY_RE.fullmatch(t):
        return True  # a publication date standing alone
    if is_byline(t):
        return True
    parts = BYLINE_SEPARATOR_RE.split(t)
    if len(parts) >= 3 and sum(bool(ADDRESS_PART_RE.search(p)) for p in parts) >= 2:
        return True  # "Åby förening · Org.nr 802400-0000 · Storgatan 1, 831 30 Åby": a footer's address line
    return bool(len(t) < 80 and ADDRESS_RE.match(t))


BYLINE_SEPARATOR_RE = re.compile(r"\s[·|•]\s")
BYLINE_PART_WORDS = 3


def is_byline(folded: str) -> bool:
    """"Nyheter · 14 juni 2027", "Lokalt · Publicerad 3 november 2026", "News | 2027-06-14": a section's
    or a place's name beside the date a page was published, parts set apart by dots or bars."""
    parts = BYLINE_SEPARATOR_RE.split(folded)  # (to the day: "Nummer 4 · november 2026" is a newsletter's issue)
    dated = [p for p in parts if DATE_ONLY_RE.fullmatch(p) and re.search(r"\d{1,2}\D+\d{4}|\d{4}-\d\d-\d\d", p)
             or CHROME_PREFIX_RE.match(p)]
    return len(folded) < 80 and len(parts) >= 2 and len(dated) >= 1 \
        and all(p in dated or len(p.split()) <= BYLINE_PART_WORDS for p in parts)


# What a template puts where a value goes: "[projektets namn]", "<belopp>", "ÅÅÅÅ-MM-DD", "______".
PLACEHOLDER_RE = re.compile(r"^\s*(?:\[[^\]]*\]|<[^>]*>|_{3,}|\.{4,}|…+|(?:ÅÅÅÅ|YYYY)-MM(?:-DD)?(?:\s*[–-]\s*(?:ÅÅÅÅ|YYYY)-MM(?:-DD)?)?)\s*$")


def _block_is_chrome(block: Block) -> bool:
    if block.kind == "table_row" and block.cells:  # its cells joined by " | " are no breadcrumb
        return all(is_chrome_text(cell) for cell in block.cells)
    if block.kind == "key_value":  # a fact line is content unless its label is furniture ("Senast uppdaterad")
        if PLACEHOLDER_RE.match(block.value or ""):
            return True  # a template's empty field: "Projektnamn: [projektets namn]"
        key = fold(block.key or "")
        if label_field(block.key or "") not in (None, "ignore"):
            return False
        return bool(CHROME_PREFIX_RE.match(key)) or is_chrome_text(block.text)
    return is_chrome_text(block.text)


def _before_breadcrumb(blocks: list[Block], roles: list[Role]) -> None:
    """A breadcrumb sits between a page's menus and its content: what comes before it is chrome. A bar of
    links ("Textversion | Lyssna") looks the same, so the last one near the top is taken."""
    last = None
    for k, b in enumerate(blocks[: max(15, len(blocks) * 3 // 5)]):
        if PAGE_END_RE.match(fold(b.text.split(":")[0])):
            break  # "Dela sidan: Facebook | E-post": the page's end, its bar no path to it
        if b.kind != "table_row" and (is_breadcrumb(b.text) or len(b.text) < 200 and fold(b.text).startswith("du är här")):
            last = k
    for j in range(last or 0):
        roles[j] = "chrome"


def _short(block: Block) -> bool:
    text = block.text
    return len(text.split()) <= SHORT_WORDS and not text.rstrip().endswith((".", "!", "?")) \
        and block.kind in ("line", "heading", "paragraph", "list_item")


def _menu_runs(blocks: list[Block], roles: list[Role]) -> None:
    """Runs of short lines where menu words sit are menus. A run that opens the page is a menu when one
    menu word is in it; its last line, right above the text, is the page's title and stays."""
    n = len(blocks)
    i = 0
    while i < n:
        if not _short(blocks[i]):
            i += 1
            continue
        j = i
        while j < n and _short(blocks[j]):
            j += 1
        run = range(i, j)
        # a report's table of contents ("Sammanfattning ...... 3", under "Innehåll") is chrome, but no menu: the
        # cover above it is the report's own
        toc = {k for k in run if TOC_LINE_RE.search(fold(blocks[k].text))}
        toc |= {k - 1 for k in toc if k - 1 >= i and k - 1 not in toc}
        menus = [k for k in run if k not in toc and (fold(blocks[k].text) in CHROME_PHRASES or roles[k] == "chrome"
                 or label_field(blocks[k].text) is None and all(t in MENU_WORDS for t in fold(blocks[k].text).split()))]
        # ("Om oss", "Verksamhet": menu words alone; "Kontakt" over a name labels it)
        # mid-page, two menu words around one line ("View Post", title, byline) are a post's furniture
        worded = [k for k in menus if fold(blocks[k].text) in CHROME_PHRASES or label_field(blocks[k].text) is None
                  and all(t in MENU_WORDS for t in fold(blocks[k].text).split())]  # (over contents, a date is a cover's)
        if len(run) >= 3 and (len(menus) >= 3 or len(menus) == 2 and len(run) >= 5
                              or i == 0 and (worded if toc else menus)):
            # The menu spans its menu words (and the page's top); a name or an address after it is not menu.
            first, last = (i if i == 0 else menus[0]), menus[-1]
            titles = [k for k in run if label_field(blocks[k].text) is None and roles[k] == "content"]
            headings = [k for k in titles if blocks[k].kind == "heading"]  # over "Project details" set as a line
            title = (headings or titles)[-1] if titles and j < n and i == 0 else None
            for k in range(first, last + 1):
                if k == title or label_field(blocks[k].text) is not None or ITEM_HEAD_RE.match(blocks[k].text):
                    continue  # the title above the text, a section label, or a minute's item ("§ 187 Dnr ...")
                if i > 0 and k not in menus and blocks[k].kind == "heading":
                    continue  # mid-page, a heading between a post's furniture is the post's title
                roles[k] = "chrome"
            if i == 0:  # up to the title; what stands under the title is the page's own
                for k in range(last + 1, title if title is not None and title > last else j):
                    if label_field(blocks[k].text) is None and not ITEM_HEAD_RE.match(blocks[k].text):
                        roles[k] = "chrome"
        i = j


PAGE_NUMBER_RE = re.compile(r"\b\d{1,3}\s*(?:\(\d{1,3}\)|(?:av|/)\s*\d{1,3})\s*$|^(?:sida|sid\.?)\s*\d{1,3}\b", re.I)


def _without_page_number(text: str) -> str:
    """"REGION X 2 (4)" and "REGION X 3 (4)" are one running header."""
    return PAGE_NUMBER_RE.sub("#", text)


def _repeated_lines(blocks: list[Block], roles: list[Role]) -> None:
    """Running headers and footers of a PDF: the same short line on page after page."""
    counts = Counter(_without_page_number(b.text) for b in blocks if b.kind in ("line", "paragraph") and len(b.text) < 100)
    for k, b in enumerate(blocks):
        if b.kind != "heading" and counts.get(_without_page_number(b.text), 0) >= 3 and label_field(b.text) is None:
            roles[k] = "chrome"


PAGE_HEADER_REACH = 4


def _page_headers(blocks: list[Block], roles: list[Role]) -> None:
    """A short line that stands again elsewhere and within a few lines of a page number is a running
    header or footer, though a two-page PDF repeats it only twice ("Sammanträdesprotokoll", "Sida 15 (31)")."""
    counts = Counter(fold(b.text) for b in blocks if _short(b))
    numbers = [k for k, b in enumerate(blocks) if len(b.text) < 40 and PAGE_NUMBER_RE.search(b.text)]
    for n in numbers:
        for k in range(max(0, n - PAGE_HEADER_REACH), min(len(blocks), n + PAGE_HEADER_REACH + 1)):
            b = blocks[k]
            if _short(b) and counts[fold(b.text)] >= 2 and label_field(b.text) is None \
                    and not ITEM_HEAD_RE.match(b.text):
                roles[k] = "chrome"


def _page_end(blocks: list[Block], roles: list[Role]) -> None:
    """After "Dela", "Skriv ut" or "Senast uppdaterad" in a page's second half comes the footer."""
    n = len(blocks)
    for k in range(n - 1, n // 2, -1):
        if PAGE_END_RE.match(fold(blocks[k].text)):
            for j in range(k, n):
                roles[j] = "chrome"
            return


READ_MORE = {"läs mer", "read more", "läs hela artikeln", "läs vidare", "fortsätt läsa"}
TEASER_WORDS = 16


TEASER_BLOCKS = 4  # a teaser's headline, date, lead sentence and "Läs mer", at most
TEASER_LEAD_WORDS = 40


def _teasers(blocks: list[Block], roles: list[Role]) -> None:
    """A list of news teasers, two or more: each a few short blocks (a headline, a date, a lead sentence)
    closed by "Läs mer", one of them the date. Headlines and leads of other pages: chrome."""
    found: list[range] = []
    for k in range(1, len(blocks)):
        if fold(blocks[k].text) not in READ_MORE:
            continue
        lo = max(found[-1].stop if found else 0, k - TEASER_BLOCKS + 1)
        dated = [j for j in range(lo, k) if DATE_ONLY_RE.fullmatch(fold(blocks[j].text))]
        if not dated:
            continue
        first = dated[0] - 1 if dated[0] > lo and blocks[dated[0] - 1].kind == "heading" else dated[0]
        words = [len(blocks[j].text.split()) for j in range(first, k)]
        if max(words) <= TEASER_LEAD_WORDS and sum(w > TEASER_WORDS for w in words) <= 1:
            found.append(range(first, k + 1))
    if len(found) >= 2:
        for teaser in found:
            for j in teaser:
                roles[j] = "chrome"
    _dated_teasers(blocks, roles)


DATED_TEASERS = 3  # a news list's teasers, at least this many in a row
READ_MORE_END_RE = re.compile(r"(?:läs mer|read more|läs hela artikeln|läs vidare)\W*$")


def _dated_teasers(blocks: list[Block], roles: list[Role]) -> None:
    """A news list: a linked headline (a link's text, or a heading), its date alone on a line and a lead sentence,
    again and again. Three or more in a row are other pages' teasers: chrome. Headed items are teasers only where a
    lead ends "Läs mer"; whole short news under headings are the page's own."""
    run: list[range] = []
    for j in range(1, len(blocks) - 1):
        head, lead = blocks[j - 1], blocks[j + 1]
        if not DATE_ONLY_RE.fullmatch(fold(blocks[j].text)) or head.kind not in ("line", "heading") \
                or len(head.text.split()) > TEASER_WORDS \
                or head.text.rstrip().endswith(".") or len(lead.text.split()) > TEASER_LEAD_WORDS:
            continue
        if run and run[-1].stop != j - 1:
            _mark_run(blocks, run, roles)
            run = []
        run.append(range(j - 1, j + 2))
    _mark_run(blocks, run, roles)


def _mark_run(blocks: list[Block], run: list[range], roles: list[Role]) -> None:
    headed = any(blocks[teaser.start].kind == "heading" for teaser in run)
    if len(run) >= DATED_TEASERS and (not headed or any(READ_MORE_END_RE.search(fold(blocks[teaser.stop - 1].text))
                                                        for teaser in run)):
        for teaser in run:
            for j in teaser:
                roles[j] = "chrome"


def _stretches(blocks: list[Block], roles: list[Role]) -> None:
    """Headings that open related links, press contacts or comments colour the blocks under them."""
    current: Role | None = None
    level: int | None = None  # the level of the heading that opened the stretch
    for k, b in enumerate(blocks):
        # a menu line "Dokument" is no heading; a comment form's "Kommentar" line still opens comments, but a
        # byline's count of them ("3 kommentarer", a link down to them) does not
        heading_like = b.kind == "heading" or (_short(b) and b.kind != "list_item"
                                               and COMMENT_HEADINGS_RE.match(fold(b.text)) is not None
                                               and not re.search(r"\d", b.text))
        t = fold(b.text)
        if heading_like:
            if COMMENT_HEADINGS_RE.match(t):
                current = "comment"
                roles[k] = "chrome"
                continue
            if current == "comment":
                roles[k] = "comment"
                continue
            if RELATED_HEADINGS_RE.match(t):
                current, level = "related", b.level
                roles[k] = "chrome"
                continue
            if current == "related" and level and b.level and b.level > level:
                roles[k] = "related"  # "Andra projekt" over the teasers' smaller headings: each one of them
                continue
            if PRESS_HEADINGS_RE.match(t):
                current = "press"
                roles[k] = "chrome"
                continue
            if ABOUT_HEADING_RE.match(b.text.strip()) and k > len(blocks) * 2 // 3:
                current = "related"  # about the publisher or the programme, at the page's end
                roles[k] = "chrome"
                continue
            if current == "related" and DATE_ONLY_RE.fullmatch(t):
                roles[k] = "chrome"  # a teaser's date set as a heading: the teasers go on
                continue
            if b.kind == "heading" and current in ("related", "press") and len(b.text.split()) <= 8:
                nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                if current == "related" and (nxt is None or nxt.kind == "heading"):
                    roles[k] = "chrome"  # a link set as a heading, one of a list of them
                    continue
                current = None
        if current == "related" and PROJECT_FACT_LINE_RE.match(b.text):
            current = None  # "Projektägare: X" below the teasers: the page's own project again (a site's footer)
        if current and roles[k] == "content":
            roles[k] = current


def block_roles(blocks: list[Block]) -> list[Role]:
    roles: list[Role] = ["chrome" if _block_is_chrome(b) else "content" for b in blocks]
    if blocks and roles[0] == "chrome" and KIND_TITLE_RE.match(fold(blocks[0].text)) \
            and sum(_without_page_number(b.text) == _without_page_number(blocks[0].text) for b in blocks) == 1:
        roles[0] = "content"  # "Utvärdering av projektet X – slutrapport" said once, on top: the title, no running header
    for k in range(1, len(blocks)):  # "§ 112 Title" over "Dnr KS 2024/456": the item's case, not a page header
        if roles[k] == "chrome" and ITEM_HEAD_RE.match(blocks[k - 1].text) and RUNNING_LINE_RE.match(fold(blocks[k].text)):
            roles[k] = "content"
    _before_breadcrumb(blocks, roles)
    _said_in_two_languages(blocks, roles)
    _repeated_lines(blocks, roles)
    _page_headers(blocks, roles)
    _menu_runs(blocks, roles)
    _page_end(blocks, roles)
    _teasers(blocks, roles)
    _stretches(blocks, roles)
    _quotes(blocks, roles)
    _translated_summary(blocks, roles)
    for k, b in enumerate(blocks):  # "Presskontakt: Åsa Ek, 010-123 45 67": the press's contact, not the project's
        if roles[k] == "content" and b.kind == "key_value" and b.key and PRESS_HEADINGS_RE.match(fold(b.key)):
            roles[k] = "press"
    return roles


# A heading over the document said again in another language, after it was said in Swedish.
TRANSLATION_HEAD_RE = re.compile(r"^(?:summary in english|english summary|in english|abstract in english|"
                                 r"sammanfattning på engelska|engelsk sammanfattning)$")
SAID_BEFORE_TRANSLATION = 3  # content blocks the Swedish text has before its translation


def _translated_summary(blocks: list[Block], roles: list[Role]) -> None:
    """"Summary in English" under the Swedish text, up to the next heading: the same project's facts and aims said
    again, which would read as a second project's (a page all in English has no such heading after its text)."""
    for k, b in enumerate(blocks):
        if roles[k] == "content" and TRANSLATION_HEAD_RE.match(fold(b.text)) \
                and sum(r == "content" for r in roles[:k]) >= SAID_BEFORE_TRANSLATION:
            end = next((j for j in range(k + 1, len(blocks)) if blocks[j].kind == "heading"), len(blocks))
            for j in range(k, end):
                roles[j] = "translation"
            return


def _said_in_two_languages(blocks: list[Block], roles: list[Role]) -> None:
    """Labels written twice ("Projektägare / Project owner: X") make a document bilingual: its "Syfte /
    Purpose" and "Namn / Name" lines are a heading and a title in both languages, no breadcrumbs."""
    if sum(b.kind == "key_value" and " / " in (b.key or "") for b in blocks) < BILINGUAL_LABELS:
        return
    for k, b in enumerate(blocks):
        if roles[k] == "chrome" and selectors.SHORT_CRUMB_RE.match(b.text.strip()) \
                and not is_chrome_text(b.text.split(" / ")[0]):
            roles[k] = "content"


BILINGUAL_LABELS = 2


# "– Det här är pengar som gör skillnad, säger Anna Ek": a press release's quote, printed as dashed lines.
SAYS_RE = re.compile(r"\bsäger\s+(?:[A-ZÅÄÖ]|hon\b|han\b|de\b)|\bsays\s+[A-Z]")


def _quotes(blocks: list[Block], roles: list[Role]) -> None:
    """A run of dashed lines (list items to the parser) where someone is said to say them is a quote,
    not a list of the project's facts; a quote names no project and states no goal."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "list_item":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "list_item":
            j += 1
        quoted = {k for k in range(i, j) if SAYS_RE.search(blocks[k].text)}
        grown = True
        while grown:  # the quote's other lines: sentences beside it, not rows of facts
            grown = False
            for k in range(i, j):
                if k not in quoted and (k - 1 in quoted or k + 1 in quoted) and _sentence_line(blocks[k].text):
                    quoted.add(k)
                    grown = True
        for k in quoted:
            if roles[k] == "content":
                roles[k] = "press"
        i = j


def _sentence_line(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and not re.search(r"\s[–—-]\s|\d[\d ]{3,}", text)


def content_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks that carry the page's content, in order."""
    return [b for b, role in zip(blocks, block_roles(blocks)) if role == "content"]


PUBLISHER_RE = re.compile(r"^(Region [A-ZÅÄÖ][\wåäö]+( (?!\w+(?:styrelsen|nämnden|utskottet)\b)[A-ZÅÄÖ][\wåäö]+)?( län)?|[A-ZÅÄÖ][\wåäö-]+ (kommun|stad)|"
                          r"Leader [A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+| (inland|kust|fjäll|skärgård|län|plus))?|Leader [A-ZÅÄÖ][\wåäö-]+(, [\wåäö-]+)* (och|&) [\wåäö-]+|"
                          r"Länsstyrelsen [\wåäö ]+|(?:[A-ZÅÄÖ][a-zåäö]+s)?[Ss]tiftelsen [A-ZÅÄÖ][\wåäö-]+( [\wåäö-]+){0,3}|"
                          r"([A-ZÅÄÖ][\wåäö-]+ ){1,2}stiftelse|"  # "Familjen Exempels stiftelse"
                          r"[A-ZÅÄÖ][\wåäö-]+ kommunalförbund|Region [A-ZÅÄÖ][\wåäö]+|"
                          r"Hushållningssällskapet [A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+)?|"
                          r"(Samordningsförbundet|Kommunalförbundet|Kommunförbundet) [A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+)?( län)?|"
                          r"Regionförbundet (i )?[A-ZÅÄÖ][\wåäö]+( [A-ZÅÄÖ][\wåäö]+)?( län)?|"
                          r"([A-ZÅÄÖ][\wåäö]+ )?[A-ZÅÄÖ][\wåäö]+sregionen|"  # "Västra Götalandsregionen"
                          r"[A-ZÅÄÖ][\wåäö]+ läns landsting|"  # a region by its former name
                          r"(Högskolan|Universitetet) i [A-ZÅÄÖ][\wåäö]+|Högskolan [A-ZÅÄÖ][\wåäö]+|"
                          r"[A-ZÅÄÖ][\wåäö]+( tekniska)? (universitet|högskola)|Föreningen [A-ZÅÄÖ][\wåäö-]+|"
                          r"[A-ZÅÄÖ][\wåäö]+universitetet|([A-Z][a-z]+ )*University( of [A-Z][a-z]+( [A-Z][a-z]+)*)?|"
                          r"[A-ZÅÄÖ][a-zåäö]*rådet( i)? [A-ZÅÄÖ][\wåäö]+( [A-ZÅÄÖ][\wåäö]+)?)$")  # "Kulturrådet Mitt"
# A region's committee heading its own decisions: the publisher when no organisation is named on top.
COMMITTEE_RE = re.compile(r"^Regionala [a-zåäö]+nämnden$")


# A letterhead in capitals opens a minute or a decision: "VIMMERBY KOMMUN", "REGIONFÖRBUNDET JÄMTLANDS LÄN".
SHOUTED_RUN_RE = re.compile(r"^[A-ZÅÄÖ-]{3,}(?: [A-ZÅÄÖ-]{2,})*(?=\s|$)")
SHOUTED_ORG_RE = re.compile(r"^(REGION|REGIONFÖRBUNDET|LÄNSSTYRELSEN|KOMMUNALFÖRBUNDET|SAMORDNINGSFÖRBUNDET)( I)?( [A-ZÅÄÖ-]{3,}){1,2}( LÄN)?\b|^[A-ZÅÄÖ-]{3,} (KOMMUN|STAD)\b")
# A minute's head names the body, then its organisation: "Protokoll ... Regionala utvecklingsnämnden Region Dalarna",
# "Kommunstyrelsen i Åby kommun".
BODY_AT_PLACE_RE = re.compile(r"^(?:Kommunfullmäktige|Kommunstyrelsen(?:s\s+\w+)?)\s+i\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+)"
                              r"(?:\s*$|\s+(?:har\s+)?beslut(?:at|ar|ade)\b)")  # (or opening the news of its decision)
BODY_OF_ORG_RE = re.compile(r"\b\w*(?:nämnden|styrelsen|utskottet|fullmäktige|rådet),?\s+(?:i\s+)?(?P<org>Region [A-ZÅÄÖ][\wåäö]+|"
                            r"[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad)|[A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]+)?regionen)\b")
# ("Kulturrådet i Västra Götalandsregionen": a council of the region, which pays what it grants)


def _title_case(text: str) -> str:
    """"REGIONFÖRBUNDET JÄMTLANDS LÄN" as it is written in running text."""
    words = text.split()
    out = [words[0].capitalize()]
    for w in words[1:]:
        out.append(w.lower() if w in ("KOMMUN", "STAD", "LÄN", "I", "FRÅN") else w.capitalize())
    return " ".join(out)


# "Nyhetsbrev från Region X", "Nyheter från Y kommun": a title that says whose it is.
FROM_ORG_RE = re.compile(r"^(?:Nyhetsbrev|Nyheter|Nytt|[A-ZÅÄÖ][a-zåäö]*nytt|Information|Meddelande|Pressmeddelande|Aktuellt)\s+"
                         r"från\s+(.+)$")  # ("Föreningsnytt från X")


SENDER_KEY_RE = re.compile(r"(?i)^(?:från|from|avsändare|sender)$")


UNIT_LINE_CHARS = 100  # "Region X, regional utveckling": a short line, no sentence listing several organisations


def site_publisher(blocks: list[Block], title: str | None = None) -> str | None:
    """The organisation whose site or document this is: the name in the page's title after a bar, or
    the organisation's name among the first lines (a site's logo text)."""
    candidates = []
    if title and re.search(r"\s[|–-]\s", title):
        site = re.split(r"\s[|–-]\s", title)[-1].strip()
        if ASSOCIATION_RE.fullmatch(site):
            return site  # "Nu bygger vi om! – Åby Bygdegårdsförening": an association's own site
        candidates.append(site)
    for b in blocks[:6]:  # "Region Gävleborg – Möten", "Nyheter | Leader X", "VIMMERBY KOMMUN"
        if b.kind == "table_row":
            continue  # a table's cells name its entries ("RV 2026/101 | Västerås stad | ..."), not the site
        parts = [KIND_TAIL_RE.sub("", TRAILING_DATE_RE.sub("", part.strip())) for part in re.split(r"\s[|–·•]\s", b.text)]
        # ("Nämnden  2031-05-04"; "Region X  Beslut  2031-05-04": a letterhead's name, its document's kind and date)
        candidates += parts + [m.group(1) for part in parts
                               if (m := FROM_ORG_RE.search(_title_case(part) if part.isupper() else part))]
        # ("NYHETSBREV FRÅN SAMORDNINGSFÖRBUNDET X": a title in capitals that says whose it is)
        if b.kind == "key_value" and b.key:
            candidates.append(b.key.strip())  # a letterhead's name beside its document's kind: "Region X   Beslutslista"
            if SENDER_KEY_RE.match(b.key.strip()) and b.value:
                candidates.append(b.value.split("<")[0].strip())  # an e-mail's "Från: Region X <nyheter@...>"
        m = SHOUTED_ORG_RE.match(b.text)
        if m:
            candidates.append(_title_case(m.group(0)))
        m = BESIDE_SHOUTED_KIND_RE.match(b.text)
        if m:  # a letterhead run into one line: "Åby kommun TJÄNSTESKRIVELSE 2031-02-03 Dnr ..."
            candidates.append(m.group("org"))
    caps = [m.group(0) if (m := SHOUTED_RUN_RE.match(b.text)) else "" for b in blocks[:6]]
    for first, second in zip(caps, caps[1:]):  # a letterhead's name over two lines, beside other columns:
        m = SHOUTED_ORG_RE.match(f"{first} {second}") if first and second else None  # "REGIONFÖRBUNDET" / "X LÄN"
        if m:
            candidates.append(_title_case(m.group(0)))
    for b in blocks[:10]:
        m = BODY_OF_ORG_RE.search(b.text[:300])
        if m:
            candidates.append(m.group("org"))
        m = BODY_AT_PLACE_RE.match(b.text)  # "Kommunfullmäktige i Arjeplog": the municipality of that place
        if m:
            from extractors.orgs import gazetteer, genitive  # (as _known_university: orgs is read after roles)

            if gazetteer().is_municipality(m.group("place")):
                candidates.append(f"{genitive(m.group('place'))} kommun")
    # "Kommunstyrelsen, Askersunds kommun": a body, then its organisation, after the whole lines
    candidates += [part.strip() for b in blocks[:6] if ", " in b.text for part in b.text.split(", ")[1:]]
    # "Region X, regional utveckling. Beloppen i kronor.": an organisation, then its unit, under the title
    candidates += [b.text.split(", ")[0].strip() for b in blocks[:6] if b.kind in ("paragraph", "line")
                   and len(b.text) < UNIT_LINE_CHARS and re.search(r",\s[a-zåäö]", b.text)]
    for n, b in enumerate(blocks):  # a PDF's footer beside its page number: "Tanums kommun" / "Sida 1 av 2"
        if len(b.text) < 40 and PAGE_NUMBER_RE.search(b.text):
            candidates += [x.text.strip() for x in blocks[max(0, n - 2):n + 3] if x is not b and len(x.text) < 60]
        elif len(b.text) < 80 and (m := TRAILING_PAGE_RE.search(b.text)):
            # one line: "Nyhetsbrev Samordningsförbundet X Sida 1": the name between the document's kind and its page
            named = FOOTER_SIGN_RE.sub("", FOOTER_KIND_RE.sub("", b.text[:m.start()])).strip()
            candidates += [named, re.split(r",\s|\s[–|·-]\s", named)[0]]  # ("Åby kommun, Kultur och fritid Sida 1",
            # "Leader X – Verksamhetsberättelse 2034 Sida 1": the organisation before its unit or its document)
    for text in candidates:
        if PUBLISHER_RE.match(text) and len(text.split()) <= 5 or _known_university(text) or _known_branch(text):
            return text
    for b in blocks[-2:]:  # a minute signed off with its municipality's name on the last line
        if MUNICIPALITY_LINE_RE.match(b.text.strip()):
            return b.text.strip()
    for b in blocks[-3:]:  # a letter signed off with its association's name and number: "X ekonomisk förening, org.nr ..."
        m = SIGNED_WITH_ORGNR_RE.match(b.text.strip())
        if m and _named_org(m.group("org")):
            return m.group("org")
    committee = next((text for text in candidates if COMMITTEE_RE.match(text)), None)
    if committee is not None:  # "Regionala utvecklingsnämnden": the region the minute names, where it does
        return _region_named(blocks[:12]) or committee
    if any(MUNICIPAL_BODY_RE.match(b.text.strip()) for b in blocks[:6]):
        return _meeting_place_municipality(blocks[:12])  # "Samhällsbyggnadsnämnden" meeting "Kommunhuset, Hudiksvall"
    return committee


REGION_NAME_RE = re.compile(r"\bRegion [A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?(?: län)?")


def _region_named(blocks: list[Block]) -> str | None:
    """The first region (by the gazetteer) the blocks name: whose committee a regional minute's is."""
    from extractors.orgs import gazetteer  # (as _known_university: orgs is read after roles)

    for b in blocks:
        for m in REGION_NAME_RE.finditer(b.text):
            for name in (m.group(0), m.group(0).rsplit(" ", 1)[0]):  # ("Region Gävleborg har": not its next word)
                known = gazetteer().lookup(name)
                if known is not None and known.kind == "region":
                    return name
    return None


# A letterhead's document kind after the organisation's name, on one line: "Region X Beslut".
KIND_TAIL_RE = re.compile(r"\s+(?:Beslut|Delegationsbeslut|Protokoll|Protokollsutdrag|Tjänsteskrivelse|Beslutslista|"
                          r"Kallelse|Yttrande)$")
# A municipal committee heading its minute: "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Kommunstyrelsen".
TRAILING_PAGE_RE = re.compile(r"(?i)\s+(?:sida|page)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?\s*$")
# A minute's footer boxes for signatures beside its organisation's name: "Åby kommun  Justerare  Sida 1".
FOOTER_SIGN_RE = re.compile(r"\s+(?:Justerare|Justerandes\s+sign(?:atur)?|Utdragsbestyrkande|Ordförandes\s+sign(?:atur)?)\b.*$")
FOOTER_KIND_RE = re.compile(r"^(?:Nyhetsbrev|Protokoll|Protokollsutdrag|Tjänsteskrivelse|Verksamhetsberättelse|"
                            r"Årsredovisning|Slutrapport|Lägesrapport|Beslut|Ansökan)\s+")
MUNICIPAL_BODY_RE = re.compile(r"^(?!Region)(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?nämnden|"
                               r"Kommunstyrelsen(?:s arbetsutskott)?)$")  # (an association's "Styrelsen" is none)
MEETING_PLACE_RE = re.compile(r"(?i)^plats(?:\s+och\s+tid)?\s*:\s*(?P<where>.{3,100})")


def _meeting_place_municipality(blocks: list[Block]) -> str | None:
    """The municipality a minute's meeting place names ("Plats och tid: Kommunhuset, Hudiksvall, kl. 13.00"):
    a committee that names no organisation is that municipality's."""
    from extractors.orgs import gazetteer, genitive  # (as _known_university: orgs is read after roles)

    for b in blocks:
        m = MEETING_PLACE_RE.match(b.text.strip())
        places = [w for w in re.findall(r"\b[A-ZÅÄÖ][\wåäö-]+", m.group("where")) if gazetteer().is_municipality(w)] if m else []
        if places:
            return f"{genitive(places[0])} kommun"
    return None


BESIDE_SHOUTED_KIND_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ].{2,60}?)\s+(?:TJÄNSTESKRIVELSE|BESLUT|PROTOKOLL|"
                                    r"SAMMANTRÄDESPROTOKOLL|KALLELSE|YTTRANDE|BESLUTSLISTA|DELEGATIONSBESLUT)\b")
# An association by the word its name ends in, as a site's title names it after a bar.
ASSOCIATION_RE = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]+ ){0,3}[A-ZÅÄÖ]?[\wåäö-]*(?:förening|byalag|bylag|idrottsklubb|sällskap)")
SIGNED_WITH_ORGNR_RE = re.compile(r"(?i)^(?P<org>[A-ZÅÄÖ][^,·|]{2,60}?)\s*[,·|]\s*(?:org\.?\s?nr\.?|organisationsnummer)\s*:?\s*\d{6}-?\d{4}$")
TRAILING_DATE_RE = re.compile(rf",?\s+(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}})$")  # ("..., 5 maj 2032")
MUNICIPALITY_LINE_RE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?( län)?)$")


def _named_org(text: str) -> bool:
    from extractors.orgs import is_named_org  # (as _known_university: orgs is read after roles)

    return is_named_org(text)


def _known_branch(text: str) -> bool:
    """A national association's local branch, named by its place: "Studiefrämjandet Gävle-Dala", "ABF Gävleborg"."""
    from extractors.orgs import branch_of  # (as _known_university: orgs is read after roles)

    return len(text) <= 60 and branch_of(text) is not None


def _known_university(text: str) -> bool:
    """A university the gazetteer knows by a name no pattern foresees ("Karolinska Institutet")."""
    from extractors.orgs import gazetteer

    info = gazetteer().lookup(text) if len(text) <= 60 else None
    return info is not None and (info.kind == "universitet" or re.search(r"(?i)universitet\b", text) is not None)
    # ("Sveriges lantbruksuniversitet": an authority by its form, a university by its name)
