"""Block roles and segmentation on invented pages: chrome is set aside, repeated structure gives one
segment per project, and a page about one project stays one segment whatever else it mentions."""
import pytest

from extractors.extract import extract_projects
from extractors.factbox import read_fact_lines
from extractors.roles import block_roles, content_blocks, site_publisher
from extractors.segment import segment_blocks
from pipeline.blocks import Block
from pipeline.parse import parse_bytes
from pipeline.parse.text import parse_text
from tests.conftest import DEV


def _blocks(text: str) -> list[Block]:
    doc = parse_bytes(text.encode(), "x.txt")
    return read_fact_lines(doc.blocks, doc.text)


def _projects(text: str, nlp) -> list[dict]:
    return [r.to_gold() for r in extract_projects(parse_bytes(text.encode(), "x.txt"), nlp)]


PAGE_WITH_CHROME = """Hoppa till innehållet
Kommunen

Hem
Om oss
Nyheter
Kontakt

Start / Näringsliv / Projekt / Fjällbron

Fjällbron

Fjällbron ska hjälpa små turistföretag i fjällen att samarbeta om bokning och marknadsföring.

Projektägare: Exempelfjälls kommun
Projektperiod: 2025-03-01 – 2027-02-28

Foto: Per Bildsson

Dela
Skriv ut
Senast uppdaterad: 2025-04-01

Relaterade nyheter
Ny cykelled invigd
Kommunen
Box 12, 999 99 Exempelfjäll
"""


def test_chrome_is_marked_from_shape_and_vocabulary():
    blocks = _blocks(PAGE_WITH_CHROME)
    roles = dict(zip((b.text for b in blocks), block_roles(blocks)))
    for chrome in ("Hoppa till innehållet", "Hem", "Om oss", "Start / Näringsliv / Projekt / Fjällbron",
                   "Foto: Per Bildsson", "Dela", "Skriv ut", "Box 12, 999 99 Exempelfjäll"):
        assert roles[chrome] == "chrome", chrome
    assert roles["Fjällbron"] == "content"
    assert roles["Ny cykelled invigd"] != "content"  # a related-news teaser names no project of this page
    texts = [b.text for b in content_blocks(blocks)]
    assert "Projektägare: Exempelfjälls kommun" in texts


def test_one_project_page_under_chrome(nlp):
    [p] = _projects(PAGE_WITH_CHROME, nlp)
    assert p["name"] == "Fjällbron" and p["owner"] == "Exempelfjälls kommun"
    assert (p["start_date"], p["end_date"]) == ("2025-03-01", "2027-02-28")
    assert p["goals"] == ["Fjällbron ska hjälpa små turistföretag i fjällen att samarbeta om bokning och marknadsföring."]


def test_site_publisher_from_the_page_top():
    blocks = _blocks("Hoppa till innehåll\n\nRegion Exempelland\n\nMeny\n\nNyheter\n")
    assert site_publisher(blocks) == "Region Exempelland"
    assert site_publisher(blocks, "Beviljade medel | Leader Exempelbygd") == "Leader Exempelbygd"


@pytest.mark.parametrize("listing, expected", [
    ("1. Bygdens kraft – Exempelby kommun – 1 200 000 kronor\n"
     "2. Smart odling – Exempelstads universitet – 850 000 kronor\n",
     [("Bygdens kraft", "Exempelby kommun", 1200000), ("Smart odling", "Exempelstads universitet", 850000)]),
    ("• Bygdens kraft (Exempelby kommun), 1 200 000 kr\n"
     "• Smart odling (Exempelstads universitet), 850 000 kr\n",
     [("Bygdens kraft", "Exempelby kommun", 1200000), ("Smart odling", "Exempelstads universitet", 850000)]),
    ("Exempelby kommun får 1,2 miljoner kronor för projektet Bygdens kraft.\n\n"
     "Exempelstads universitet beviljas 850 000 kronor för projektet Smart odling.\n",
     [("Bygdens kraft", "Exempelby kommun", 1200000), ("Smart odling", "Exempelstads universitet", 850000)]),
    ("Byalaget förordas 12.400 euro för ”Bygdens kraft” i norra delen av kommunen.\n\n"
     "Idrottsföreningen förordas 8.300 euro för ”Smart odling” vid skolan.\n",
     [("Bygdens kraft", None, 12400), ("Smart odling", None, 8300)]),
])
def test_lists_of_projects_in_several_shapes(nlp, listing, expected):
    text = f"Beviljade projekt\n\nNämnden beslutade i dag om stöd till två projekt.\n\n{listing}"
    projects = _projects(text, nlp)
    got = [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in projects]
    assert [(n, a) for n, _, a in got] == [(n, a) for n, _, a in expected]
    for (_, owner, _), p in zip(expected, projects):
        if owner:
            assert p["owner"] == owner


def test_headings_each_followed_by_their_project():
    text = ("Nämndens beslut\n\nMedel till projektet ”Bygdens kraft”\n\n"
            "Nämnden beviljade 400 000 kronor till Exempelby kommun för projektet ”Bygdens kraft”.\n\n"
            "Medel till projektet ”Smart odling”\n\n"
            "Nämnden beviljade 250 000 kronor till Exempelstads universitet för projektet ”Smart odling”.\n")
    segments = segment_blocks(content_blocks(_blocks(text)))
    assert [s.name[0] for s in segments if s.name] == ["Bygdens kraft", "Smart odling"]


def test_fact_boxes_repeated_give_one_segment_each(nlp):
    text = ("Projekt i länet\n\nBygdens kraft\n\nProjektägare: Exempelby kommun\nBeviljat stöd: 300 000 kr\n\n"
            "Smart odling\n\nProjektägare: Exempelstads universitet\nBeviljat stöd: 200 000 kr\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Bygdens kraft", "Exempelby kommun"),
                                                           ("Smart odling", "Exempelstads universitet")]


def test_two_owners_in_one_fact_box_are_one_project(nlp):
    text = ("Gränslösa leder\n\nSvensk projektägare: Exempelby kommun\nNorsk projektägare: Eksempel kommune\n"
            "Projektperiod: 2024-01-01 – 2026-12-31\n")
    [p] = _projects(text, nlp)
    assert p["name"] == "Gränslösa leder" and p["owner"] == "Exempelby kommun"


@pytest.mark.parametrize("text", [
    # a call for proposals
    "Ny utlysning: Grön omställning\n\nUtlyst belopp: 20 miljoner kronor\n\nSista ansökningsdag är 1 mars 2026. "
    "Kommuner och föreningar kan söka stöd för projekt som pågår högst två år.\n",
    # a programme overview with a programme period and a fund's total
    "Europeiska socialfonden+ 2021–2027\n\nFonden fördelar 7 miljarder kronor i Sverige under perioden "
    "2021–2027 till projekt som stärker arbetsmarknaden.\n",
    # a budget page with a table of figures
    "Budget\n\nBudgeten för 2026 visar ett resultat på 12,5 miljoner kronor.\n\n"
    "Nämnd Budget 2026 Plan 2027\nKommunstyrelsen 96,40 95,80\n",
])
def test_documents_about_no_project(nlp, text):
    assert _projects(text, nlp) == []


@pytest.mark.skipif(not DEV.is_dir(), reason=f"the dev corpus is not at {DEV} (../shared beside the repository)")
def test_segment_multi_project_page_into_eight():
    doc = parse_text((DEV / "002_a5c68e6599204d8b.txt").read_text(encoding="utf-8"))
    segments = segment_blocks(content_blocks(read_fact_lines(doc.blocks, doc.text)))
    assert len(segments) == 8
    assert all("Projektägare" in " ".join(b.text for b in s.blocks) for s in segments)
    assert "Integrationsperspektivet är viktigt" not in " ".join(b.text for s in segments for b in s.blocks)


def test_rows_of_name_fund_period_role(nlp):
    text = ("EU-projekt vid högskolan\n\nListan anger projektets namn – fond – projekttid – roll.\n\n"
            "Bygdens kraft – Europeiska socialfonden – 2021-01-01 till 2022-12-31 – projektägare\n"
            "Smart odling – Interreg Aurora – 2023–2025 – partner\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["start_date"], p["end_date"]) for p in projects] == [
        ("Bygdens kraft", "2021-01-01", "2022-12-31"), ("Smart odling", "2023", "2025")]
    assert [p["funders"] for p in projects] == [["Europeiska socialfonden"], ["Interreg Aurora"]]


MINUTES = """EXEMPELS KOMMUN
Protokoll, kommunstyrelsens arbetsutskott

§ 12 Val av justerare
Anna Andersson utses att justera protokollet.

§ 13 Dnr KS 2031/77
Medfinansiering av projektet Ljusare kvällar i Exempelby
Föreningen Exempelbygden ansöker om medfinansiering till projektet Ljusare kvällar i Exempelby
för perioden 2031-03-01 – 2032-02-28. Projektets totala budget är 600 000 kronor.
Arbetsutskottets beslut
Arbetsutskottet beslutar att bevilja Föreningen Exempelbygden 150 000 kronor.

§ 14 Dnr KS 2031/80
Ansökan om stöd till projektet Bryggan vid sjön
Båtklubben har sökt 90 000 kronor. Ansökan bedöms inte ha ett regionalt mervärde.
Arbetsutskottets beslut
Arbetsutskottet avslår ansökan.

§ 15 Information
Kommunchefen informerar om budgetläget, se även § 13.
"""


def test_minute_items_each_granted_project_is_one_segment_and_rejections_are_none(nlp):
    projects = _projects(MINUTES, nlp)
    assert [p["name"] for p in projects] == ["Ljusare kvällar i Exempelby"]
    p = projects[0]
    assert p["case_number"] == "KS 2031/77"
    assert (p["start_date"], p["end_date"]) == ("2031-03-01", "2032-02-28")
    assert "Exempels kommun" in p["funders"]  # its committee granted the money


def test_section_heading_that_teases_gives_way_to_the_name_in_its_text(nlp):
    text = ("Tre nya projekt beviljade\n\nStyrgruppen beviljade i dag stöd till tre projekt.\n\n"
            "Ljus i mörkret\n\nProjektet Vinterljus i byarna ska sätta upp belysning längs byvägarna. "
            "Exempelby kommun leder projektet, som får 400 000 kronor.\n\n"
            "Mat från fjällen\n\nProjektet Ásaš smaker ska utveckla samisk mat. Sameföreningen driver projektet, "
            "som får 250 000 kronor.\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Vinterljus i byarna", "Ásaš smaker"]


def test_a_two_step_breadcrumb_is_chrome_and_labels_nothing():
    html = ("<html><body><main><p>Åby kommun</p><p>Näringsliv › Projekt</p><p>Stöd / Projektdatabasen</p>"
            "<p>Byns bastu</p><p>" + "Bastun ska byggas vid sjön. " * 6 + "</p></main></body></html>")
    doc = parse_bytes(html.encode(), "x.html")
    blocks = read_fact_lines(doc.blocks, doc.text)
    roles = dict(zip((b.text for b in blocks), block_roles(blocks)))
    assert roles["Näringsliv › Projekt"] == "chrome"
    assert roles["Stöd / Projektdatabasen"] == "chrome"  # not a label over the title
    assert roles["Byns bastu"] == "content"


def test_teasers_of_headline_date_lead_and_read_more_are_chrome_and_a_page_of_them_has_no_project(nlp):
    teaser = ("<li><article><h2><a href='/n/{n}'>{head}</a></h2><p>2031-10-0{n}</p><p>{lead}</p>"
              "<a href='/n/{n}'>Läs mer</a></article></li>")
    html = ("<html><body><main><h1>Nyheter</h1><ul>"
            + teaser.format(n=1, head="Pengar till solceller", lead="Region Exempel beviljar 2 miljoner kronor till "
                            "projektet Solbyn, som drivs av Åby kommun.")
            + teaser.format(n=2, head="Nya bussar", lead="Från december går tre nya linjer i norr.")
            + teaser.format(n=3, head="Stöd till teater", lead="Öby teaterförening får 300 000 kronor för projektet "
                            "Scen i parken.") + "</ul></main></body></html>")
    doc = parse_bytes(html.encode(), "x.html")
    blocks = read_fact_lines(doc.blocks, doc.text)
    roles = dict(zip((b.text for b in blocks), block_roles(blocks)))
    assert roles["Pengar till solceller"] == roles["2031-10-01"] == "chrome"
    assert roles["Öby teaterförening får 300 000 kronor för projektet Scen i parken."] == "chrome"
    assert extract_projects(doc, nlp) == []
