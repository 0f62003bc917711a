"""What a document says once for all the projects in it: whose it is, the programme and the Leader area it
names, whether it is a final report or a guide, whether it names an EU fund, and the case number on its
letterhead."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.dates import PartialDate, find_dates
from extractors.orgs import branch_of, funds_in_lower_case, gazetteer, is_eu_fund, is_named_org
from extractors.records import ProjectRecord, Provenance, Value
from extractors.roles import fold, is_byline
from pipeline.blocks import Block

# The Leader area a document names: "Leader Exempelbygd", "Leader Västerbottens inland".
LEADER_AREA_RE = re.compile(r"\bLeader [A-ZÅÄÖ][\wåäö-]+(?:(?:, [\wåäö-]+)+ (?:&|och) [\wåäö-]+| & [A-ZÅÄÖ][\wåäö-]+|"
                            r" [A-ZÅÄÖ][\wåäö-]+| (?:inland|kust|fjäll|skärgård|län)\b| i [A-ZÅÄÖ][\wåäö-]+)?")
# ("Leader Sjö, Skog & Fjäll", "Leader Mitt i Norrland")
# A guide addresses its reader ("Så skriver du en bra ansökan", "Projektstöd – så söker du", "Checklista för ...",
# "Guide: ..."): its projects are examples.
GUIDE_TITLE_RE = re.compile(r"(?i)^(?:(?:[\wåäö -]{2,40}?\s*[–:|]\s+)?så\s+(?:\w+\s+)?(?:söker|skriver|ansöker|fyller|gör|redovisar|rapporterar|"
                            r"planerar|budgeterar)\s+du\b|guide\b|vägledning\b|checklista\b|handbok\b|"
                            r"tips\s+(?:för|till|om|inför)\b|how to\b|"
                            # an invitation to a meeting about support: its programme's examples are no projects
                            r"(?:informationsmöte|informationsträff)\b)")
CALL_TITLE_RE = re.compile(r"(?i)^(?:utlysning|utlysningen|call for proposals|open call|"
                           r"(?:nu kan (?:du|ni) )?sök(?:a)? (?:stöd|bidrag|medel|pengar|projektstöd|projektmedel)|apply for)\b")
# ("Sök stöd för lokala klimatprojekt": a page's title that speaks to applicants)
# "Kallelse till LAG-möte", "Dagordning", "Föredragningslista": a meeting to come, its matters still to decide.
AGENDA_TITLE_RE = re.compile(r"(?i)^(?:kallelse|dagordning|föredragningslista)\b")
# "Evenemang i höst", "Kalendarium": a calendar's title (whose rows of organiser, date and fee are events, unless a
# project is named in it: "Kalendarium" over a project's final conference).
PROJECT_WORD_RE = re.compile(r"(?i)\bprojekt")
EVENTS_TITLE_RE = re.compile(r"(?i)^(?:evenemang|evenemangskalender|kalendarium|på gång)(?:\s+(?:i|under|för|hösten|"
                             r"våren|sommaren|vintern)\b.*)?$")
# "Motion till kommunfullmäktige", "Medborgarförslag om ...": a proposal to a council, deciding nothing.
MOTION_TITLE_RE = re.compile(r"(?i)^(?:motion|medborgarförslag|e-förslag|interpellation)\s+(?:till|om|angående|gällande)\b")
DECIDED_RE = re.compile(r"(?i)\b(?:beviljat|beviljats|beviljade|beviljas|beviljar|prioriterat|prioriterade|prioriterar|"
                        r"beslutade|beslutar|beslöt|beslutat|har fått|fick)\b")
TO_APPLICANTS_RE = re.compile(r"(?i)\b(?:sista ansökningsdag|sista dag att söka|nu kan du söka|vem kan söka|så söker du|"
                              r"ansökan ska vara inne|deadline for applications|who can apply)\b")
# A sentence said of all the projects a document lists: "Projekten startar ...", "Samtliga projekt pågår ...".
ALL_PROJECTS_SUBJECT_RE = re.compile(r"(?i)^(?:projekten|insatserna|satsningarna|besluten|bidragen|stöden|"
                                     r"alla (?:de )?(?:(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+) )?(?:beviljade |prioriterade )?"
                                     r"projekt(?:en)?|"  # "Alla beviljade projekt", "Alla tre projekten"
                                     r"samtliga (?:beviljade |prioriterade )?projekt(?:en)?|(?:de )?(?:båda|bägge) projekten|de (?:\w+ )?projekten|"
                                     r"(?:prioriterade|beviljade) projekt|"  # "Prioriterade projekt finansieras av X"
                                     # "Båda startar i januari": the two just named, by the pronoun alone
                                     r"(?:båda|bägge)(?=\s+(?:startar|startade|pågår|inleds|avslutas|löper|ska|kommer))|"
                                     r"the projects|all (?:the )?projects|both projects)\s")
# A region's or a municipality's own money: its body decided, so it pays ("Beviljade projekt, regionala
# utvecklingsmedel").
REGIONAL_MONEY = r"regionala utvecklingsmedel|regionalt projektstöd|regionala projektmedel"
OWN_MONEY_RE = re.compile(rf"(?i)\b(?:{REGIONAL_MONEY}|1:1-medel|anslag(?:et)? 1:1|kommunala utvecklingsmedel|utvecklingsmedel|"
                          r"(?<![\wåäö] )(?:beviljade|beslutade) projekt|"  # a title "Beviljade projekt ...": its own grants
                          r"beviljade ansökningar|beviljade \w*bidrag|beviljade \w*medel|medel för regional utveckling|"
                          r"finansierade insatser|finansierade projekt|projekt med (?:vårt )?stöd(?!\s+(?:av|från)\b)|stödda projekt|"
                          r"projekt som (?:har )?fått (?:vårt )?stöd|"
                          r"(?:insatser|projekt|satsningar) (?:som )?(?:vi|\w+(?:et|en)) (?:finansierar|stöder|stödjer|"
                          r"har finansierat|har beviljat))\b")  # "Insatser som förbundet finansierar"
# A byline or a publication line near the top: "Publicerad 14 mars 2027", "Av: Redaktionen 2027-02-03 06:00".
PUBLISHED_LINE_RE = re.compile(r"(?i)^(?:(?:publicerad|publicerat|publiceringsdatum|skriven av|posted)\b|publ\.|av:|text:|"
                               r"(?:nyhet|nyheter|pressmeddelande|news)\s*[·|•–-]?\s*(?=\d))")  # "Nyheter · 2 oktober 2026"
PUBLISHED_LINE_BLOCKS = 15
DATE_LINE_RE = re.compile(r"^(?:[A-ZÅÄÖ]{3,}\s+)?\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d{2}(?:\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?\s*[·•|]?$|^(?:19|20)\d{2}-\d{2}-\d{2}$")
# An association's or a company's annual report, by its title: "Verksamhetsberättelse 2028", "Årsredovisning för 2027".
ANNUAL_REPORT_RE = re.compile(r"(?i)^(?:verksamhetsberättelse|årsberättelse|årsredovisning|årsrapport|verksamhetsåret)\s+"
                              r"(?:för\s+)?(?:(?:verksamhets)?år(?:et)?\s+)?(?P<year>20\d\d)$")
# A final or progress report ("Slutrapport", "Lägesrapport 2"), said in its first lines: its results are outcomes.
FINAL_REPORT_RE = re.compile(r"(?i)^(?:\w+\s+)?(?:slutrapport|lägesrapport|delrapport)\b|\b(?:final|progress|interim) report\b")


@dataclass(frozen=True)
class DocumentFacts:
    """What a document says once for every project in it, read once per document."""
    blocks: list[Block]
    """All its blocks, footers included: an owner's org number may stand in the footer."""
    publisher: str | None = None
    """The organisation whose site or document this is ("vi" in its text)."""
    programme: str | None = None
    """The EU programme it names most often: it pays when one of its committees decides."""
    leader_area: str | None = None
    """The Leader area ("Leader Exempelbygd") it names most often: what a bare "Leader" means."""
    final_report: bool = False
    """A final or progress report ("Slutrapport", "Lägesrapport"): its results sections tell what was achieved, not
    what was aimed at."""
    eu_fund: bool = False
    """It names an EU fund: an authority's decision in it pays out the fund's money, not its own."""
    case_line: Value | None = None
    """A letterhead's "Dnr KS2024.0812" line: the case of the one project the document is about."""
    guide: bool = False
    """A guide for applicants, a call for proposals, a meeting's notice with its agenda, a motion to a council, or a
    calendar of events, by its title: it describes no project, whatever examples it gives, applications it lists for
    a decision still to come, projects it proposes, or events it lists."""
    own_money_for_all: bool = False
    """"Projekten har beviljats regionala utvecklingsmedel": the site's own money, said of all it lists."""
    site_programme: str | None = None
    """The programme whose own site the page is, by the page's title ("NordHydro – Interreg Nord")."""
    site_authority: str | None = None
    """The authority whose own site the page is, by the page's title ("Säker skolväg – Trafikverket")."""
    title_head: str | None = None
    """What a page's title names before the site's name ("Cirkulär bygg | Kommunalförbundet X"): the page's subject."""
    published: PartialDate | None = None
    """The day a news item was published: the year of "Projektet startar den 1 mars"."""
    figure_unit: str | None = None
    """The unit stated once for the document's bare figures ("Belopp i tkr."): a table's, where its head says none."""
    report_year: int | None = None
    """The year an annual report tells of ("Verksamhetsberättelse 2028"): what its "under året" means."""
    page_org: Block | None = None
    """The organisation a page or post is by, its name alone on a top line ("Nätra byalag"): what "vi" means."""


def document_facts(blocks: list[Block], publisher: str | None, title: str | None = None,
                   published: str | None = None) -> DocumentFacts:
    final = any(FINAL_REPORT_RE.search(b.text) for b in blocks[:8])
    eu_fund = any(is_eu_fund(name) and name.casefold() not in ("interreg", "leader")
                  for b in blocks for name, _, _ in gazetteer().mentions(b.text)) \
        or any(funds_in_lower_case(b.text) for b in blocks)
    # a guide's title, set as a heading or, in a transcript, as a short line over its text (not a menu's item)
    guide = any(GUIDE_TITLE_RE.match(b.text.strip()) for n, b in enumerate(blocks[:6])
                if b.kind == "heading" or b.kind == "line" and len(b.text.split()) <= 12 and n + 1 < len(blocks)
                and len(blocks[n + 1].text.split()) >= 6)
    # a call for proposals, titled so and speaking to applicants: the projects it names are examples
    guide = guide or any(CALL_TITLE_RE.match(b.text.strip()) for b in blocks[:4]) \
        and any(TO_APPLICANTS_RE.search(b.text) for b in blocks)
    # a notice of a meeting and its agenda, deciding nothing yet: the applications it lists are not granted
    guide = guide or any(AGENDA_TITLE_RE.match(b.text.strip()) for b in blocks[:4]) \
        and not any(DECIDED_RE.search(b.text) for b in blocks)
    # a motion or a proposal to a council: a project it proposes is not one yet
    guide = guide or any(MOTION_TITLE_RE.match(b.text.strip()) for b in blocks[:3])
    # a calendar of events that grants nothing and names no project: its rows are events, their sums entry fees
    guide = guide or any(EVENTS_TITLE_RE.match(b.text.strip()) for b in blocks[:4] if b.kind == "heading") \
        and not any(DECIDED_RE.search(b.text) or PROJECT_WORD_RE.search(b.text) for b in blocks)
    own_money = any(ALL_PROJECTS_SUBJECT_RE.match(b.text) and OWN_MONEY_RE.search(b.text) for b in blocks)
    site = title_programme(title)
    area = leader_area(blocks)
    if publisher and area and area.startswith(publisher + " "):
        publisher = area  # "Leader Pohjanmaa – Österbotten" on top: the area's name in full, not its first half
    return DocumentFacts(blocks, publisher, main_programme(blocks) or site, area, final, eu_fund,
                         letterhead_case(blocks), guide=guide,
                         own_money_for_all=own_money, site_programme=site, site_authority=title_org(title, "myndighet"),
                         title_head=title_head(title), published=publication_date(blocks, published),
                         report_year=report_year(blocks), page_org=page_org(blocks))


def page_org(blocks: list[Block]) -> Block | None:
    """The line that names the page's organisation alone: the first, or the second under a title of the document's
    kind ("Årsberättelse 2030" / "Hela Sverige ska leva X län")."""
    for first in blocks[:2]:
        text = first.text.strip()
        if first.kind in ("line", "heading") and (len(text.split()) <= 5 and is_named_org(text) or branch_of(text)):
            return first
    return None


def report_year(blocks: list[Block]) -> int | None:
    """The year of an annual report, by its title among the first lines."""
    for b in blocks[:6]:
        m = ANNUAL_REPORT_RE.match(b.text.strip())
        if m:
            return int(m.group("year"))
    return None


def publication_date(blocks: list[Block], published: str | None) -> PartialDate | None:
    """The day of publication, from the page's metadata or a publication line near the top."""
    if published:
        dates = find_dates(published[:10])
        if dates and dates[0][0].day:
            return dates[0][0]
    for b in blocks[:PUBLISHED_LINE_BLOCKS]:
        if PUBLISHED_LINE_RE.match(b.text.strip()) or is_byline(fold(b.text)) or DATE_LINE_RE.match(b.text.strip()):
            # ("Landsbygd · 18 juni 2027"; a post's "23 mars 2035 ·" or a dateline "ÖSTERSUND 14 april 2035")
            days = [d for d, _, _ in find_dates(b.text) if d.day]
            if days:
                return days[0]
    return None


def title_programme(title: str | None) -> str | None:
    """The programme a page's title names after its own: "NordHydro – Interreg Nord"."""
    return title_org(title, "eu-program")


def title_head(title: str | None) -> str | None:
    """The part of a page's title before the site's name after a bar or a dash; None for a title of one part."""
    parts = re.split(r"\s[–|-]\s", title.strip()) if title else []
    return parts[0].strip() if len(parts) >= 2 and parts[0].strip() else None


def title_org(title: str | None, kind: str) -> str | None:
    """The known organisation of a kind that a page's title names after its own: "X – Interreg Nord", "X | Vinnova"."""
    if not title:
        return None
    for part in re.split(r"\s[–|-]\s", title)[1:]:  # ("X | Interreg Aurora – Kvarken": the site, then its part)
        info = gazetteer().lookup(part.strip())
        if info is not None and info.kind == kind:
            return part.strip()
    return None


# A line that is nothing but a case number, or a letterhead's kind and date before it ("BESLUT 2031-02-10
# Dnr X"); a PDF's running header adds its page ("Dnr X Sida 2") and is no letterhead.
CASE_LINE_RE = re.compile(r"^(?:(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{2,20}\s+)?(?:19|20)\d{2}-\d{2}-\d{2}\s+)?(?:Dnr|Diarienummer|Diarienr|Ärendenummer|Vårt dnr|Vår beteckning)[:.]?\s*"
                          r"(?P<case>[A-ZÅÄÖ]{0,5}[\s/-]?\d[\w/.:-]*\w)$", re.IGNORECASE)


PAGE_MARK_RE = re.compile(r"(?i)\b(?:sida|page)\s+\d")
CASE_IN_LETTERHEAD_RE = re.compile(r"\b(?:Dnr|Diarienummer|Diarienr|Saksnummer|Saksnr)\.?:?\s+(?P<case>[A-ZÅÄÖ]{0,5}[\s-]?\d{2,4}[/-]\d{1,6})\b")  # ("KS-2039-00118")
# A ministry's case number alone on a letterhead's line: "N2040/02815", "Fi2040/00112".
MINISTRY_CASE_RE = re.compile(r"^(?P<case>[A-ZÅÄÖ][a-zåäö]?(?:19|20)\d{2}/\d{3,6})$")
# A letterhead's kind, date and case run into one line with no "Dnr": "TJÄNSTESKRIVELSE 2031-04-11 RV 2031/1204".
KIND_DATE_CASE_RE = re.compile(r"^[A-ZÅÄÖ]{4,20}\s+(?:19|20)\d{2}-\d{2}-\d{2}\s+(?P<case>[A-ZÅÄÖ]{1,5}\s?(?:19|20)\d{2}/\d{1,6})$")


def letterhead_case(blocks: list[Block]) -> Value | None:
    """A case line above the document's first heading (not counting a letterhead's name and kind on top:
    "Sala kommun" / "PROTOKOLLSUTDRAG"), or right under it (a memo's title, then "Dnr KS 2035/77")."""
    titled = False
    for k, b in enumerate(blocks[:8]):
        m = CASE_LINE_RE.match(b.text.strip()) or KIND_DATE_CASE_RE.match(b.text.strip()) \
            or MINISTRY_CASE_RE.match(b.text.strip()) \
            or (None if titled or PAGE_MARK_RE.search(b.text) else CASE_IN_LETTERHEAD_RE.search(b.text))
        # ("Box 12 2037-06-02 ... Diarienummer N": a letterhead's columns run into one line; "Dnr X Sida 1" is a running
        # header, the same on every page of a document that may be about other things)
        if not m and titled:
            return None
        if b.kind == "heading" and not m and not (k < 2 and len(b.text.split()) <= 3):
            titled = True
            continue
        if m:
            i = b.text.find(m.group("case"))
            return Value(m.group("case"), Provenance(b.start + i, b.start + i + len(m.group("case")), m.group("case"), "document.case_line", 0.7))
    return None


def with_letterhead_case(records: list[ProjectRecord], doc: DocumentFacts) -> list[ProjectRecord]:
    """A letter about one project: its letterhead's case number is that project's, unless it states another."""
    if len(records) == 1 and doc.case_line is not None and records[0].case_number is None:
        records[0].case_number = doc.case_line
    return records


def leader_area(blocks: list[Block]) -> str | None:
    counts: dict[str, int] = {}
    for b in blocks:
        for m in LEADER_AREA_RE.finditer(b.text):
            other = re.match(r" [–-] ([A-ZÅÄÖ][\wåäö-]+)\b", b.text[m.end():])
            # "Leader Pohjanmaa – Österbotten": a bilingual area's name in its two languages
            name = m.group(0) + other.group(0) if other and gazetteer().is_place(other.group(1)) else m.group(0)
            counts[name] = counts.get(name, 0) + 1
        for m in LAG_AREA_RE.finditer(b.text):  # "Beslut i LAG Sörmlandskusten": the board of that Leader area
            area = f"Leader {m.group('area')}"
            counts[area] = counts.get(area, 0) + 1
        capitals = LEADER_IN_CAPITALS_RE.match(b.text.strip())
        if capitals:  # a letterhead "LEADER SKÅNES ESS": the area, written as its name is
            name = "Leader " + " ".join(w.capitalize() for w in capitals.group("area").split())
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


LAG_AREA_RE = re.compile(r"\bLAG\s+(?!Leader\b)(?P<area>[A-ZÅÄÖ][a-zåäö-]{3,}(?:\s+[A-ZÅÄÖ][a-zåäö-]{3,})?)\b")
LEADER_IN_CAPITALS_RE = re.compile(r"^LEADER\s+(?P<area>[A-ZÅÄÖ-]+(?:\s+(?:[A-ZÅÄÖ-]+|&|OCH))*)$")


def main_programme(blocks: list[Block]) -> str | None:
    """The programme (an Interreg programme, a fund, a Nordic one) a document names most often, if any."""
    counts: dict[str, int] = {}
    for b in blocks:
        for name, _, _ in gazetteer().mentions(b.text):
            info = gazetteer().lookup(name)
            if info is not None and info.kind in ("eu-program", "program") and name.casefold() not in ("interreg", "leader"):
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None
