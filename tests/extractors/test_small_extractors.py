import pytest

from extractors.contacts import email_matches_name, find_emails, find_phones, parse_person
from extractors.goals import is_aim_sentence, is_goal_lead_in, make_goal
from extractors.labels import label_field
from extractors.orgnr import normalise_orgnr
from extractors.orgs import gazetteer, normalise_org, split_org_list
from extractors.sentences import split_sentences


@pytest.mark.parametrize("text,expected", [
    ("5560950825", "5560950825"), ("556095-0825", "5560950825"), ("14-222000-1776", "2220001776"),
    ("Org.nr 212000-0142", "2120000142"), ("556095-0826", None), ("232100-0000", None),
])
def test_orgnr_validated_with_luhn(text, expected):
    assert normalise_orgnr(text) == expected


def test_orgs_gazetteer_has_every_municipality_and_region():
    g = gazetteer()
    kommuner = {info.kommunkod for info in g.by_key.values() if info.kind == "kommun"}
    assert len(kommuner) == 290
    assert g.lookup("Älmhults kommun").kommunkod == "0765"
    assert g.lookup("Region Örebro").name == g.lookup("Region Örebro län").name
    assert normalise_org("Region Örebro län") == normalise_org("Region Örebro")


def test_orgs_split_list_distributes_plural():
    assert split_org_list("Uddevalla, Tanum, Dals-Ed och Bengtsfors kommuner") == [
        "Uddevalla kommun", "Tanum kommun", "Dals-Ed kommun", "Bengtsfors kommun"]
    assert split_org_list("Myndigheten för ungdoms- och civilsamhällesfrågor och Skolverket") == [
        "Myndigheten för ungdoms- och civilsamhällesfrågor", "Skolverket"]


def test_orgs_an_ampersand_inside_one_name_and_between_two():
    assert split_org_list("Åby Energi & Vatten, Öby kommun") == ["Åby Energi & Vatten", "Öby kommun"]
    assert split_org_list("Sveriges Kommuner & Regioner") == ["Sveriges Kommuner & Regioner"]
    assert split_org_list("Ljungby & Markaryd") == ["Ljungby", "Markaryd"]  # two places are two
    assert split_org_list("Åby Energi & Öby Vatten") == ["Åby Energi", "Öby Vatten"]


@pytest.mark.parametrize("label,field", [
    ("Projektägare", "owner"), ("Projektägar", "owner"), ("Projektägande organisation", "owner"),
    ("Stödmottagare", "owner"), ("Sökande", "owner"), ("Projekttid", "period"), ("Projektperiod", "period"),
    ("Tidplan", "period"), ("Startdatum", "start_date"), ("Slutdatum", "end_date"), ("Diarienummer", "case_number"),
    ("Ärende-id", "case_number"), ("Projektnummer", "case_number"), ("Beviljat belopp", "funding"),
    ("Beviljat stöd", "funding"), ("EU-stöd", "funding"), ("Total budget", "funding"), ("Medfinansiering", "funding"),
    ("Unionens medfinansieringsgrad", "eu_rate"), ("Finansiärer", "funders"), ("Samverkansparter", "partners"),
    ("Partner", "partners"), ("Deltagande kommuner", "partners"), ("Kontakt", "contact"),
    ("Kontaktperson", "contact"), ("Syfte", "goals"), ("Mål", "goals"), ("Syfte/mål", "goals"),
    ("Projektmål", "goals"), ("Förväntade resultat", "goals"), ("Projektägare organisationsnummer", "owner_orgnr"),
    ("Stödmottagare postnr", "ignore"), ("Projektledare", "contact"), ("Tidplan och deltagare", "period"),
])
def test_labels_map_spellings(label, field):
    assert label_field(label) == field


def test_contacts_emails_phones_and_names():
    assert [e for e, _, _ in find_emails("skriv till anna.berg(at)lund.se eller P.O@x.se")] == [
        "anna.berg@lund.se", "p.o@x.se"]
    assert [p for p, _, _ in find_phones("Tfn: 070-910 02 82, +46 (0)522-44 08 27")] == ["+46709100282", "+46522440827"]
    assert parse_person("Eddie Hansson, näringslivsutvecklare, Älmhults kommun") == (
        "Eddie Hansson", "näringslivsutvecklare, Älmhults kommun")
    assert parse_person("Region Skåne") is None
    assert email_matches_name("eva-britt.gronberg@skane.se", "Eva-Britt Grönberg")


def test_goals_targets_and_cues():
    g = make_goal("Engagera 150 unika medverkande företag under hela perioden")
    assert (g.target_number, g.target_unit) == (150, "företag")
    assert make_goal("75% av de medverkande företagen ska uppleva ökad kunskap").target_unit == "%"
    assert is_aim_sentence("Syftet med projektet är att stärka samverkan.")
    assert is_aim_sentence("Förstudien syftar till att kartlägga behoven.")
    assert not is_aim_sentence("Målgruppen för projektet är små företag.")
    assert is_aim_sentence("På sikt ska satsningen leda till fler lärlingsplatser.")  # the project after the verb
    assert is_goal_lead_in("Målen för denna inriktning är:")
    assert not is_goal_lead_in("Projektet innehåller följande fyra grundpelare:")


def test_sentences_keep_abbreviations():
    assert split_sentences("Verktyg som ex. REKAS och t.ex. SYV. Nästa mening.") == [
        "Verktyg som ex. REKAS och t.ex. SYV.", "Nästa mening."]


def test_rule_pipeline_marks_amounts_periods_percentages_and_contacts(nlp):
    doc = nlp.nlp("Projektet pågår 2018-2020 och får 3,7 miljoner kronor, 40 % från ESF, under perioden "
                  "1 mars 2025 – 28 februari 2026. Org.nr 232100-0198, anna.berg(at)falun.se, 070-123 45 67.")
    spans = {name: [s.text for s in group] for name, group in doc.spans.items()}
    assert spans["kompetens_money"] == ["3,7 miljoner kronor"]
    assert spans["kompetens_periods"] == ["2018-2020", "1 mars 2025 – 28 februari 2026"]
    assert spans["kompetens_percent"] == ["40 %"]
    assert spans["kompetens_orgnr"] == ["232100-0198"]
    assert spans["kompetens_phone"] == ["070-123 45 67"]
    assert len(spans["kompetens_email"]) == 1
    assert [(e.text, e.label_) for e in doc.ents] == [("ESF", "FUND")]
    assert [t.lemma_ for t in nlp.nlp("kommunerna")] == ["kommun"]
