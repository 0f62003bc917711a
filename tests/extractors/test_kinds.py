"""One invented document per kind of ../shared/corpus/KINDS.md, written here, and what a careful
reader takes out of it. They test the rules on phrasings the dev documents do not have."""
import pytest

from extractors.extract import extract_projects
from pipeline.parse import parse_bytes
from tests.conftest import FIXTURES

KINDS = FIXTURES / "kinds"


def _extract(name, nlp):
    path = KINDS / name
    return [r.to_gold() for r in extract_projects(parse_bytes(path.read_bytes(), path.name), nlp)]


def test_fact_box_labels_without_colons(nlp):
    [p] = _extract("1_faktaruta.txt", nlp)
    assert p["name"] == "Digitalt lärande i Dalarna" and p["owner"] == "Falu kommun"
    assert p["case_number"] == "2019/00412"
    assert (p["start_date"], p["end_date"]) == ("2019-08-01", "2022-07-31")  # "2019-08-01-2022-07-31"
    assert [f["amount"] for f in p["funding"]] == [8400000, 4200000]
    assert p["funders"] == ["ESF"]  # "Beviljat ESF-stöd" names the fund
    assert p["eu_cofinancing_rate"] == 50
    assert p["partners"] == ["Borlänge kommun", "Ludvika kommun", "Mora kommun"]
    assert p["contacts"] == [{"name": "Anna Berg", "email": "anna.berg@falun.se"}]


def test_press_release_lists_granted_projects_with_the_funder_stated_once(nlp):
    projects = _extract("2_pressmeddelande.txt", nlp)
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in projects] == [
        ("Framtidsvägen", "Skellefteå kommun", 3200000),
        ("Ljus i mörkret (LIM)", "Stiftelsen Norrskenet", 850000),
        ("Kompetensbryggan", "Umeå universitet", 2000000)]
    assert all(p["funders"] == ["Region Norrland"] for p in projects)
    # the call's budget and the release's total belong to no project
    assert not any(f["amount"] in (20000000, 41000000) for p in projects for f in p["funding"])


def test_interreg_euro_and_nok_lead_partner(nlp):
    [p] = _extract("3_interreg.txt", nlp)
    assert p["owner"] == "Strömstads kommun" and p["funders"] == ["Interreg Sverige-Norge"]
    assert {(f["amount"], f["currency"]) for f in p["funding"]} == {(1200000, "EUR"), (4000000, "NOK"), (600000, "EUR")}
    assert p["partners"] == ["Halden kommune", "Fyrbodals kommunalförbund"]


def test_news_in_prose_amount_in_words_start_without_end(nlp):
    [p] = _extract("4_nyhet.txt", nlp)
    assert p["name"] == "Nya vägar" and p["owner"] == "Exempelby kommun"
    assert p["funding"] == [{"amount": 5000000, "currency": "SEK"}]
    assert p["funders"] == ["Europeiska socialfonden"]
    assert p["start_date"] == "2025-08" and p["end_date"] is None  # "pågår i två år" states no end
    assert p["partners"] == ["Arbetsförmedlingen", "Lernia"]
    assert p["contacts"] == []  # a quoted official is not a contact
    assert p["goals"] == ["Målet är att 80 deltagare ska gå vidare till arbete eller studier."]


def test_project_page_sections_with_one_name_per_line(nlp):
    [p] = _extract("5_projektsida.txt", nlp)
    assert p["owner"] == "Karlstads universitet"
    assert (p["start_date"], p["end_date"]) == ("2024-01-01", "2026-12-31")
    assert p["funders"] == ["Europeiska regionala utvecklingsfonden", "Region Värmland"]
    assert p["partners"] == ["Paper Province", "Compare Karlstad"]
    assert p["contacts"] == [{"name": "Per Lind", "email": "per.lind@kau.se"}]
    assert len(p["goals"]) == 2 and p["goals"][0].startswith("Syftet är att öka")


def test_application_form_signatory_is_not_a_contact(nlp):
    [p] = _extract("6_ansokan.txt", nlp)
    assert p["name"] == "Kompetenslyft Gotland" and p["owner"] == "Region Gotland"
    assert p["owner_orgnr"] == "2321000198"
    assert p["contacts"] == [{"name": "Maria Holm", "email": "maria.holm@gotland.se"}]
    assert p["funding"] == []  # "Sökt belopp" is asked for, not granted


def test_final_report_dates_stated_by_their_verbs(nlp):
    [p] = _extract("6_slutrapport.txt", nlp)
    assert (p["start_date"], p["end_date"]) == ("2009-04-01", "2012-03-31")
    assert p["owner"] == "Region Halland" and p["case_number"] == "20201234"
    assert p["funders"] == ["Europeiska socialfonden"] and p["funding"] == [{"amount": 6500000, "currency": "SEK"}]


def test_call_for_proposals_is_no_project(nlp):
    assert _extract("7_utlysning.txt", nlp) == []


@pytest.mark.parametrize("sentence, start, end", [
    ("Projektet startar i augusti 2025 och pågår i två år.", "2025-08", None),
    ("Projektet startade den 1 april 2009 och avslutades den 31 mars 2012.", "2009-04-01", "2012-03-31"),
    ("Projektet pågår till och med juni 2026.", None, "2026-06"),
    ("Förstudien drog igång hösten 2023 och ska vara klar i maj 2024.", "2023", "2024-05"),
    ("Projektet pågår 2023–2025 i hela länet.", "2023", "2025"),
    ("Projektet löper mellan 1 mars 2024 och 28 februari 2027.", "2024-03-01", "2027-02-28"),
])
def test_period_phrasings_in_prose(nlp, sentence, start, end, tmp_path):
    doc = f"Kompetenslyftet\n\n{sentence} Projektägare är Region Jämtland Härjedalen.\n"
    [p] = [r.to_gold() for r in extract_projects(parse_bytes(doc.encode(), "x.txt"), nlp)]
    assert (p["start_date"], p["end_date"]) == (start, end)


@pytest.mark.parametrize("sentence, owner, funders, partners", [
    ("Region Skåne har beviljat Lunds kommun 2 miljoner kronor för projektet.", "Lunds kommun", ["Region Skåne"], []),
    ("Projektet drivs av Hushållningssällskapet Halland och finansieras av Europeiska socialfonden och "
     "Region Halland.", "Hushållningssällskapet Halland", ["Europeiska socialfonden", "Region Halland"], []),
    ("Projektet är ett samarbete mellan Gävle kommun, Sandvikens kommun och Högskolan i Gävle. "
     "Gävle kommun är projektägare.", "Gävle kommun", [], ["Sandvikens kommun", "Högskolan i Gävle"]),
    ("Projektägare var Västerviks kommun och projektet genomfördes med stöd från Leader.", "Västerviks kommun",
     ["Leader"], []),
])
def test_owner_funder_partner_phrasings_in_prose(nlp, sentence, owner, funders, partners):
    doc = f"Kompetenslyftet\n\n{sentence} Projektet pågår 2024–2026.\n"
    [p] = [r.to_gold() for r in extract_projects(parse_bytes(doc.encode(), "x.txt"), nlp)]
    assert p["owner"] == owner and p["funders"] == funders and p["partners"] == partners


def test_english_labels_of_interreg_pages(nlp):
    doc = ("Green Skills Nord\n\nProject owner: Luleå tekniska universitet\nProject period: 2024-01-01 - 2026-12-31\n"
           "Total budget: 2 400 000 €\nEU funding: 1 560 000 €\nProject partners: Oulun yliopisto, Norut\n"
           "Contact person: Eva Strand, eva.strand@ltu.se\n")
    [p] = [r.to_gold() for r in extract_projects(parse_bytes(doc.encode(), "x.txt"), nlp)]
    assert p["owner"] == "Luleå tekniska universitet"
    assert (p["start_date"], p["end_date"]) == ("2024-01-01", "2026-12-31")
    assert {(f["amount"], f["currency"]) for f in p["funding"]} == {(2400000, "EUR"), (1560000, "EUR")}
    assert p["partners"] == ["Oulun yliopisto", "Norut"]
    assert p["contacts"] == [{"name": "Eva Strand", "email": "eva.strand@ltu.se"}]


def test_news_with_a_long_headline_names_the_project_in_its_text(nlp):
    [p] = _extract("4_nyhet_lang_rubrik.txt", nlp)
    assert p["name"] == "Vårdlyftet" and p["owner"] == "Region Gävleborg"  # "Region Gävleborg startar nu projektet"
    assert p["end_date"] == "2027-12" and p["start_date"] is None
    assert p["partners"] == ["Gävle kommun", "Hudiksvalls kommun"] and p["funders"] == ["Europeiska socialfonden"]
    assert p["contacts"] == [{"name": "Per Holm", "email": "per.holm@regiongavleborg.se"}]  # not the quoted official


def test_news_about_a_feasibility_study_with_a_contact_in_prose(nlp):
    [p] = _extract("4_nyhet_forstudie.txt", nlp)
    assert p["name"] == "Digital kompetens i Ådalen" and p["owner"] == "Sollefteå kommun"
    assert (p["start_date"], p["end_date"]) == ("2024-09-01", "2025-08-31")
    assert p["partners"] == ["Kramfors kommun", "Härnösands kommun"]  # ten words after "Förstudien"
    assert p["contacts"] == [{"name": "Lisa Nord", "email": "lisa.nord@solleftea.se"}]  # (at), and Nord is a surname


def test_project_list_with_funder_and_amount_in_one_value(nlp):
    projects = _extract("5_projektlista.txt", nlp)
    assert [(p["name"], p["funders"], p["funding"][0]["amount"]) for p in projects] == [
        ("Kompetensnav Väst", ["Västra Götalandsregionen"], 1500000), ("Lärcentrum 2.0", ["Tillväxtverket"], 900000)]


def test_project_page_in_html_strong_labels_table_dl_and_sections(nlp):
    [p] = _extract("5_projektsida_sitevision.html", nlp)
    assert p["name"] == "Arbetsliv Nord" and p["owner"] == "Region Västerbotten"
    assert p["case_number"] == "RUN 2022/00123"
    assert (p["start_date"], p["end_date"]) == ("2023-03-01", "2026-02-28")
    assert [f["amount"] for f in p["funding"]] == [5000000, 2500000]
    assert p["partners"] == ["Lycksele kommun", "Storumans kommun", "Arbetsförmedlingen"]  # one dd each
    assert p["funders"] == ["Europeiska socialfonden", "Region Västerbotten"]
    assert p["goals"] == ["100 deltagare ska ha fått arbete eller börjat studera.", "Minst 20 arbetsgivare ska delta."]
    assert p["contacts"] == [{"name": "Maria Lind", "email": "maria.lind@regionvasterbotten.se"}]
