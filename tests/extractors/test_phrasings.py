"""Phrasings the extraction reads, each in invented words: decision lists, rows, postscripts, roles, goals."""
import pytest
from fpdf import FPDF

from extractors.extract import extract_projects
from pipeline.parse import parse_bytes


def _projects(text: str | bytes, nlp, suffix: str = ".txt") -> list[dict]:
    data = text if isinstance(text, bytes) else text.encode()  # (a PDF made here comes as its bytes)
    return [r.to_gold() for r in extract_projects(parse_bytes(data, "x" + suffix), nlp)]


def test_lettered_decisions_with_case_numbers_run_into_one_paragraph(nlp):
    text = ("Protokoll, LAG Exempelbygd\n\n"
            "5. Projektbeslut a) 2031-1101 Exempelby Bygdeförening, org.nr 802400-0005, Ny bastu vid sjön Projektet "
            "avser en bastu som föreningar kan hyra. Projektperiod 2031-03-01 2031-12-31. LAG beslutar att bevilja "
            "projektet 120 000 kr. b) 2031-1102 Exempelby Skidklubb, Belysta spår Projektet vill belysa två km spår. "
            "LAG beslutar att avslå ansökan. c) 2031-1103 Exempelby kommun, Förstudie gång- och cykelväg Förstudien ska "
            "utreda en säker väg till skolan. LAG beslutar att bevilja projektet 60 000 kr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ny bastu vid sjön", "Förstudie gång- och cykelväg"}  # the turned-down one is none
    bastu = projects["Ny bastu vid sjön"]
    assert (bastu["case_number"], bastu["owner"], bastu["owner_orgnr"]) == ("2031-1101", "Exempelby Bygdeförening",
                                                                            "8024000005")
    assert (bastu["start_date"], bastu["end_date"]) == ("2031-03-01", "2031-12-31")
    assert projects["Förstudie gång- och cykelväg"]["owner"] == "Exempelby kommun"


def test_flattened_table_rows_give_the_granted_figure(nlp):
    text = ("Bilaga 1, beviljade projekt\n\nÄrende Sökande Projekt Sökt (kr) Beviljat (kr) Projektperiod\n"
            "EX31/00101 Exempelby kommun Vinterljus i byn 500 000 450 000 2031-01-01 2031-12-31\n"
            "EX31/00102 Stiftelsen Exempelgården Musik på gården 200 000 200 000 2031-05-01 2032-04-30\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Vinterljus i byn"]["funding"] == [{"amount": 450000, "currency": "SEK"}]
    assert projects["Vinterljus i byn"]["owner"] == "Exempelby kommun"
    assert projects["Musik på gården"]["owner"] == "Stiftelsen Exempelgården"
    assert projects["Musik på gården"]["case_number"] == "EX31/00102"


def test_rows_then_a_postscript_that_says_who_pays_for_them_all(nlp):
    text = ("Beviljade projekt i vår\n\nStyrelsen föreslår stöd till tre projekt.\n\n"
            "Exempelby hembygdsförening förordas 12 000 euro för projektet ”Stigar i skogen”.\n"
            "Exempelby idrottsklubb förordas 20 000 euro för ”Ny löparbana”.\n"
            "Exempelby byalag förordas 9 000 euro för ”Bryggan”.\n"
            "Stödet finansieras med medel från Europeiska jordbruksfonden för landsbygdsutveckling och från "
            "Exempellänets landskapsregering.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Stigar i skogen", "Ny löparbana", "Bryggan"]
    for p in projects:
        assert "Europeiska jordbruksfonden för landsbygdsutveckling" in p["funders"], p


def test_an_organisations_own_list_gives_its_role_in_each_project(nlp):
    text = ("Exempelby högskola\n\nEU-projekt vid Exempelby högskola\n\n"
            "Listan anger projektets namn – finansiär – projekttid – högskolans roll.\n\n"
            "Smarta hem – Europeiska regionala utvecklingsfonden – 2031–2033 – projektägare\n"
            "Budget 4 miljoner kronor.\n\n"
            "Gröna jobb – Europeiska socialfonden – 2031–2032 – partner\n"
            "Projektägare är Exempelby kommun.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Smarta hem"]["owner"] == "Exempelby högskola"
    assert projects["Gröna jobb"]["owner"] == "Exempelby kommun"
    assert "Exempelby högskola" in projects["Gröna jobb"]["partners"]


def test_goal_list_finishing_its_lead_in_and_an_earlier_project_named_in_passing(nlp):
    text = ("Slutrapport: Projektet Läsglädje\n\n"
            "Projektet Läsglädje har drivits av Exempelby kommun under perioden 2031-01-01 till 2032-06-30.\n"
            "Projektet bygger vidare på förstudien Läslust 2030, som kommunen genomförde tidigare.\n"
            "Projektets mål var att\n"
            "• minst 200 barn ska ha deltagit i lässtunder,\n"
            "• alla skolor ska ha en läsombud.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Läsglädje"]
    goals = projects[0]["goals"]
    assert any(g.startswith("minst 200 barn") for g in goals) and any(g.startswith("alla skolor") for g in goals)
    assert not any(g.startswith("Projektets mål var att") for g in goals)  # the lead-in is no goal


def test_list_items_that_run_a_title_into_its_applicant(nlp):
    text = ("Prioriterade ansökningar\n\nPartnerskapet behandlade två ansökningar om stöd.\n\n"
            "- Ljusare byvägar i Exempeldalen Sökande: Exempeldalens byalag (Dnr 31-0101) Projektet ska sätta upp "
            "belysning. Sökt stöd 0,4 MSEK. Partnerskapet beslutade att prioritera ansökan.\n"
            "- Lokal mat i Exempeldalen Sökande: Exempeldalens matförening (Dnr 31-0102) Projektet ska starta en "
            "gårdsbutik. Sökt stöd 0,3 MSEK. Partnerskapet beslutade att inte prioritera ansökan.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Ljusare byvägar i Exempeldalen", "Exempeldalens byalag")]


def test_payers_and_partners_stated_in_sentences(nlp):
    text = ("Nytt projekt för renare sjöar\n\n"
            "Projektet Klarvatten leds av Exempelby kommun och har partner i Norge och Finland: Exempel kommune och "
            "Exempelin kaupunki. Ansökan skickades till Europeiska regionala utvecklingsfonden, som beviljade projektet "
            "2 miljoner kronor. Projektet finansieras också av programmet Europa för medborgarna. Projektet pågår "
            "från 1 mars 2031 till 28 februari 2033.\n\n"
            "– Det här är en viktig dag för sjöarna, säger Eva Exempel.\n"
            "– Vi har väntat länge på det här.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Klarvatten"]
    p = projects[0]
    assert p["owner"] == "Exempelby kommun"
    assert {"Exempel kommune", "Exempelin kaupunki"} <= set(p["partners"])
    assert {"Europeiska regionala utvecklingsfonden", "Europa för medborgarna"} <= set(p["funders"])
    assert not any("väntat" in g or "viktig dag" in g for g in p["goals"])  # a quote is no goal


def test_a_case_officer_is_no_contact_of_the_project(nlp):
    text = ("Projekt Bygdeljus\n\nProjektägare: Exempelby byalag\nProjektperiod: 2031–2032\n\n"
            "Kontaktperson: Eva Exempel, projektledare, eva.exempel@example.se\n"
            "Handläggare: Per Prov, handläggare, per.prov@example.se\n")
    projects = _projects(text, nlp)
    assert [c["name"] for c in projects[0]["contacts"]] == ["Eva Exempel"]


def test_a_statement_with_a_financing_table_and_a_running_header(nlp):
    text = ("EXEMPELREGIONEN 1 (3)\nYTTRANDE\n\n"
            "Yttrande över ansökan om stöd för projektet Bryggor i byarna\n\n"
            "Exempelby kommun har ansökt om stöd för projektet Bryggor i byarna.\n\n"
            "EXEMPELREGIONEN 2 (3)\nYTTRANDE\n\n"
            "Sammanfattning\nProjektet avses pågå från 2031-03-01 till 2032-12-31. Grannby kommun och Bortby kommun "
            "deltar som samverkansparter.\n\n"
            "Finansieringsplan enligt ansökan\nFinansiär Belopp, kr Andel\n"
            "Europeiska regionala utvecklingsfonden 400 000 40,00 %\n"
            "Exempelregionen (1:1-medel) 300 000 30,00 %\n"
            "Exempelby kommun 300 000 30,00 %\n"
            "Summa 1 000 000 100,00 %\n\n"
            "EXEMPELREGIONEN 3 (3)\nYTTRANDE\n\n"
            "Kontaktuppgifter\nKontaktperson hos sökande: Eva Exempelsson, eva@exempelby.se\n\n"
            "Vid protokollet\nOlle Prov, nämndsekreterare\n")
    [p] = _projects(text, nlp)
    assert (p["start_date"], p["end_date"]) == ("2031-03-01", "2032-12-31")
    assert set(p["partners"]) == {"Grannby kommun", "Bortby kommun"}
    assert {f["amount"] for f in p["funding"]} == {400000, 300000, 1000000}
    assert {"Europeiska regionala utvecklingsfonden", "Exempelregionen", "Exempelby kommun"} <= set(p["funders"])
    assert p["eu_cofinancing_rate"] == 40
    assert [c["name"] for c in p["contacts"]] == ["Eva Exempelsson"]  # the minute's secretary is no contact


def test_a_minutes_item_with_its_own_text_is_not_the_title_of_the_next(nlp):
    text = ("Protokoll Exempelnämnden Region Exempel\n\n"
            "§ 10 Bollplan i byn, medfinansiering Dnr EX31/00201 Exempelnämnden beslutar att bevilja Exempelby IK "
            "regionala projektmedel om högst 300 000 kronor för projektet Bollplan i byn under perioden 2031-01-01 "
            "2031-12-31.\n\n"
            "§ 11 Anmälan av delegationsbeslut Direktören har på delegation beslutat om projektmedel i följande "
            "ärenden: EX31/00202 Exempelby museum, Förstudie gamla bruket, 90 000 kr EX31/00203 Grannby kommun, "
            "Förstudie nya leder, 120 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bollplan i byn", "Förstudie gamla bruket", "Förstudie nya leder"}
    assert projects["Förstudie nya leder"]["owner"] == "Grannby kommun"
    assert projects["Förstudie nya leder"]["funding"] == [{"amount": 120000, "currency": "SEK"}]
    assert projects["Bollplan i byn"]["case_number"] == "EX31/00201"


def test_budget_and_financing_tables_run_into_a_paragraph(nlp):
    text = ("Projektansökan\n\nProjektets namn: Ängar i bruk\nSökande: Exempelby hembygdsförening\n\n"
            "19. Budget Kostnader Belopp (kr) Personal (samordnare 20 %) 90000 Material 30000 Övriga kostnader "
            "(resor) 10000 Summa kostnader 130000 20. Finansiering Belopp (kr) Sökt stöd från Leader Exempelbygd "
            "(EU och nationell finansiering) 91000 Offentlig medfinansiering, Grannby kommun 20000 Egen insats, "
            "Exempelby hembygdsförening 19000 Summa finansiering 130000 Ideellt arbete (timmar) 300\n")
    [p] = _projects(text, nlp)
    assert {f["amount"] for f in p["funding"]} == {130000, 91000, 20000, 19000}  # costs are no funding
    assert {"Leader Exempelbygd", "Grannby kommun", "Exempelby hembygdsförening"} <= set(p["funders"])


def test_a_press_release_of_a_programme_committee_with_headlined_sections(nlp):
    text = ("Nya projekt i Interreg Nord\n\n"
            "Styrkommittén för Interreg Nord beviljade i går stöd till två projekt. Sammanlagt beviljades "
            "2 miljoner euro från Europeiska regionala utvecklingsfonden.\n\n"
            "# Vård över gränsen\n\nProjektet Akutvård i Exempeldalen ska samordna ambulanser. Exempellänets läns "
            "landsting är lead partner. Projektet får 900 000 euro i EU-medel.\n\n"
            "# Fortsatt stöd\n\nDessutom fick det pågående projektet Exempelleden, som drivs av Exempelby kommun, "
            "utökat stöd med 100 000 euro.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Akutvård i Exempeldalen", "Exempelleden"}
    assert projects["Akutvård i Exempeldalen"]["owner"] == "Exempellänets läns landsting"
    assert "Interreg Nord" in projects["Exempelleden"]["funders"]
    assert projects["Exempelleden"]["funding"] == [{"amount": 100000, "currency": "EUR"}]


def test_an_organisations_project_page_with_read_more_links(nlp):
    text = ("Exempelkustens kommuner\n\n# Bussen först\n\nAvslutat projekt.\n\nI projektet Bussen först gick "
            "kommunerna samman för att fler ska åka kollektivt.\n\nProjektägare: Exempelby kommun.\n\n"
            "## Läs mer på\n\n# Bussen först (arkiverad webbplats)\n\n# Kustlyftet\n\nPågående projekt.\n\n"
            "Projekt Kustlyftet finansieras av Grannby, Bortbys, Åby och Exempelby kommun samt EU´s regionala "
            "utvecklingsfond.\n\nProjektet pågår 2031–2033.\n\nKontakt: projektledare Eva Exempelsson, eva.exempelsson@exempelby.se\n\n"
            "## Läs mer på\n\n# Kustlyftet\n\n# Gamla bilder\n\nAvslutat projekt.\n\nMuseerna digitaliserade "
            "bilder.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {"Bussen först", "Kustlyftet"} <= set(projects)
    lyftet = projects["Kustlyftet"]
    assert {"Grannby", "Åby", "Exempelby kommun", "EU´s regionala utvecklingsfond"} <= set(lyftet["funders"])
    assert [c["name"] for c in lyftet["contacts"]] == ["Eva Exempelsson"]


def test_numbered_decisions_with_a_case_number_in_the_title(nlp):
    text = ("Protokoll LAG Exempelbygd\n\n"
            "12. Ändringsansökan 2031-EX-001/004 Ny brygga i byn Projektägare: Exempelby båtklubb (org.nr 802400-0123) "
            "Projektägaren ansöker om utökat stöd med 20 000 kr. LAG beslutar att bevilja utökningen med 20 000 kr.\n\n"
            "13. Projektbeslut 2031-EX-001/007 Lekplats vid skolan Projektägare: Exempelby föräldraförening "
            "Projektet avser en ny lekplats. LAG beslutar att bevilja projektet 80 000 kr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ny brygga i byn", "Lekplats vid skolan"}
    assert projects["Ny brygga i byn"]["case_number"] == "2031-EX-001/004"
    assert projects["Ny brygga i byn"]["owner"] == "Exempelby båtklubb"
    assert projects["Lekplats vid skolan"]["owner"] == "Exempelby föräldraförening"
    assert projects["Lekplats vid skolan"]["funding"] == [{"amount": 80000, "currency": "SEK"}]


def test_a_regions_bullets_of_projects_with_what_each_partner_does(nlp):
    text = ("Region Exempel\n\nNyheter\n\nTre projekt över gränsen\n\n"
            "Utskottet har beslutat att ge projektmedel till tre projekt. Projekten har samtidigt beviljats stöd "
            "från Interreg Aurora.\n\n"
            "• Kustleden, där Region Exempel är lead partner och Grannkustens turistråd och Fjordbyen Reiseliv "
            "i Norge är partner, ska locka fler besökare. Region Exempel bidrar med 1,1 miljoner kronor.\n"
            "• I projektet Äldre hemma samarbetar Exempelby högskola med Grannby kommun kring hembesök. "
            "Region Exempel bidrar med 300 tusen kronor.\n\n"
            "Medel till EU-projekt\n"
            "För året har utskottet avsatt totalt 9 miljoner kronor.\n\n"
            "Fler projekt som får projektmedel av Region Exempel\n"
            "• Förstudie Hamnen, Exempelby kommun – 100 tusen kronor\n"
            "• Matglädje, Hushållningssällskapet Exempel – 200 tusen kronor\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {"Kustleden", "Äldre hemma", "Förstudie Hamnen", "Matglädje"} <= set(projects)
    kust = projects["Kustleden"]
    assert {"Grannkustens turistråd", "Fjordbyen Reiseliv"} <= set(kust["partners"])
    assert {"Interreg Aurora", "Region Exempel"} <= set(kust["funders"])
    aldre = projects["Äldre hemma"]
    assert {"Exempelby högskola", "Grannby kommun"} <= set(aldre["partners"])
    assert aldre["funding"] == [{"amount": 300000, "currency": "SEK"}]  # not the year's total below the list
    assert projects["Matglädje"]["funders"] == ["Region Exempel"]  # what is said above another heading is not


def test_partners_stated_in_sentences(nlp):
    from extractors.prose import partners_in

    def names(sentence: str) -> list[str]:
        return [org for org, _, _ in partners_in(sentence)]

    assert names("Resten betalas av Grannby kommun och Bortby kommun, som också är samverkansparter.") == \
        ["Grannby kommun", "Bortby kommun"]
    assert names("Det går till så att kommunen, Försäkringskassan och Region Exempel arbetar tillsammans.") == \
        ["Försäkringskassan", "Region Exempel"]
    assert names("Exempelby kommun bidrar med lokaler och personal.") == ["Exempelby kommun"]
    assert names("Samarbetspartners är Grannby kommun och Bortby kommune.") == ["Grannby kommun", "Bortby kommune"]
    assert names("Det är ett samverkansprojekt mellan förbundets medlemmar Grannby kommun och Arbetsförmedlingen.") \
        == ["Grannby kommun", "Arbetsförmedlingen"]
    assert names("Exempelby kommun bidrar med 200 000 kronor.") == []  # money: a funder, not a partner


def test_funds_and_leader_areas_named_in_their_own_ways():
    from extractors.orgs import fund_at, org_run

    assert fund_at("medel ur havs & fiskerifonden till", 9) == "havs & fiskerifonden"
    assert org_run("stöd från Leader Berg, Dal & Sjö till byn", 10) == "Leader Berg, Dal & Sjö"


def test_contacts_named_in_a_sentence_and_under_a_more_information_label(nlp):
    text = ("Bryggor i byn\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031-01-01 – 2031-12-31\n\n"
            "Kontaktperson för projektet är Eva Exempelsson.\n")
    [p] = _projects(text, nlp)
    assert [c["name"] for c in p["contacts"]] == ["Eva Exempelsson"]
    text = ("Bryggor i byn\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031-01-01 – 2031-12-31\n\n"
            "Mer information om Bryggor i byn:\nŽana Kovačević, projektchef, Exempelby kommun\n"
            "zana.kovacevic@exempelby.se\n")
    [p] = _projects(text, nlp)
    assert p["contacts"] == [{"name": "Žana Kovačević", "email": "zana.kovacevic@exempelby.se"}]


def test_aims_stated_in_more_ways_and_conditions_that_are_no_aims():
    from extractors.goals import aim_strength

    assert aim_strength("Bryggan är ett treårigt projekt med syfte att locka fler båtturister.") == "strong"
    assert aim_strength("Enligt ansökan är syftet med projektet att fler unga ska studera vidare.") == "strong"
    assert aim_strength("Projektet har syftat till att höja kunskapen om fisket.") == "strong"
    assert aim_strength("På sikt förväntas projektet bidra till fler jobb i byn.") == "strong"
    assert aim_strength("Satsningen väntas också ge tio nya arbetstillfällen.") == "strong"
    assert aim_strength("Projektet ska genomföras under perioden 1 mars 2031 till 31 mars 2032.") is None
    assert aim_strength("Projektet ska lämna en lägesrapport varje halvår.") is None


def test_a_goals_section_ends_at_the_next_title_or_section(nlp):
    text = ("Bryggor i byn\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031–2032\n\n"
            "Mål\n\nMinst tio nya bryggor ska byggas i byarna.\n\n"
            "Aktiviteter och tidplan\n\nUpphandling av virke X X\n\n"
            "Målgrupp Primär målgrupp är båtägare och besökare i byarna.\n")
    [p] = _projects(text, nlp)
    assert p["goals"] == ["Minst tio nya bryggor ska byggas i byarna."]


def test_a_final_report_form_with_labels_side_by_side(nlp):
    text = ("PROJEKTSTÖD - Slutrapport\n"
            "A. Uppgifter om stödmottagare\nNamn och adress\nExempelby hembygdsförening\nByvägen 1\n"
            "Organisationsnummer\nJournalnummer\n802400-0120\n2031-0042\n"
            "B. Uppgifter om kontaktpersonen\nNamn och adress\nEva Exempelsson\nByvägen 1\n"
            "E-postadress\nTelefonnummer\neva@exempelby.se\n0123-456 78\n"
            "C. Sammanfattning av projektet\nProjektet genomfördes under perioden\nFrån och med\nTill och med\n"
            "2031-02-01\n2031-11-30\n"
            "Här ska du kort beskriva projektet\n"
            "Förstudien Bygdens hus har undersökt om skolan kan bli en samlingslokal för byn.\n")
    [p] = _projects(text, nlp)
    assert p["name"] == "Bygdens hus"
    assert (p["owner"], p["owner_orgnr"], p["case_number"]) == ("Exempelby hembygdsförening", "8024000120", "2031-0042")
    assert (p["start_date"], p["end_date"]) == ("2031-02-01", "2031-11-30")
    assert p["contacts"] == [{"name": "Eva Exempelsson", "email": "eva@exempelby.se"}]


def test_a_tables_head_row_names_no_project():
    from extractors.names import first_project_name

    assert first_project_name("Dnr Projekt Projektägare Beviljat belopp (kr)") is None
    assert first_project_name("Projektet Medfinansiering av Leader Exempelbygd 2031–2033 startar nu") == \
        ("Medfinansiering av Leader Exempelbygd 2031–2033", 10)


def test_a_section_whose_text_opens_inside_the_project_it_names(nlp):
    text = ("Nya projekt i Interreg Aurora\n\nStyrkommittén för Interreg Aurora beviljade i går två projekt.\n\n"
            "# Is som resurs\n\nI Polar Ice Lab samlas forskare och företag kring lagring av is. Projektet beviljas "
            "400 000 euro. Projektperiod: 2031-01-01 – 2032-12-31.\n\n"
            "# Fisk i fjällen\n\nProjektet Fjällfisk leds av Exempelby kommun och får 200 000 euro.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Polar Ice Lab", "Fjällfisk"}
    assert projects["Polar Ice Lab"]["funding"] == [{"amount": 400000, "currency": "EUR"}]


def test_a_section_headed_by_the_projects_name_tells_more_of_that_project(nlp):
    text = ("Exempelby folkhögskola\n\n# Ett projekt för tio folkhögskolor\n\n"
            "Mellan 2031 och 2033 driver vi projektet VÄGEN tillsammans med nio andra skolor.\n\n"
            "# Därför behövs VÄGEN\n\nProjektets totala budget är 12 miljoner kronor. Av dem kommer 6 miljoner "
            "kronor från Europeiska socialfonden+.\n")
    [p] = _projects(text, nlp)
    assert p["name"] == "VÄGEN"
    assert {f["amount"] for f in p["funding"]} == {12000000, 6000000}


def test_the_start_stated_by_the_projects_name_not_an_earlier_projects_period(nlp):
    text = ("Bryggsteget\n\nBryggsteget startade den 1 mars 2031 och drivs av Exempelby kommun.\n\n"
            "Bryggsteget bygger vidare på förbundets tidigare projekt Stegen, som pågick 2027–2030.\n")
    [p] = _projects(text, nlp)
    assert p["start_date"] == "2031-03-01" and p["owner"] == "Exempelby kommun"
    assert p["end_date"] is None  # 2030 ended the earlier project, not this one


def test_a_row_that_gives_one_year_gives_the_start_and_the_end():
    from extractors.project import ONE_YEAR_RE

    assert ONE_YEAR_RE.search("310 450 kronor EU-medel ur ERUF år 2031")
    assert not ONE_YEAR_RE.search("EU-medel ur ERUF år 2031-2032")


def test_a_continuation_ends_when_the_work_goes_on_to_and_the_first_rounds_start_is_not_its_own(nlp):
    text = ("Bryggsteget 2\n\nPengarna går till projektet Bryggsteget 2, som drivs av Exempelby kommun. "
            "Det första Bryggsteget-projektet startade 2028 och med dagens beslut fortsätter arbetet till december 2032.\n")
    [p] = _projects(text, nlp)
    assert (p["start_date"], p["end_date"]) == (None, "2032-12")


def test_a_final_reports_organiser_and_partners_who_took_part(nlp):
    text = ("Slutrapport\n\nProjektnamn: Exempelstegen\nProjektanordnare: Exempelby kommun\n"
            "Projektpartners: Granby kommun, Åsby kommun, Lidby kommun, Studieförbundet\nExempelskolan Väst\n"
            "Kontakt: Eva Exempelsson\n\n"
            "Projektet har under tre år byggt upp en stege av kurser för dem som står långt från\n"
            "arbete. Delägarna Lidby Fiske AB och Åsby Båt AB har deltagit i projektet som\n"
            "samverkansparter. Exempelby IF har deltagit i styrgruppen och bidragit med lokaler.\n")
    [p] = _projects(text, nlp)
    assert p["owner"] == "Exempelby kommun"
    assert set(p["partners"]) == {"Granby kommun", "Åsby kommun", "Lidby kommun", "Studieförbundet Exempelskolan Väst",
                                  "Lidby Fiske AB", "Åsby Båt AB", "Exempelby IF"}


def test_a_hard_wrapped_sentence_joins_though_a_few_lines_were_left_unwrapped():
    from pipeline.parse.text import text_blocks

    filler = "Ordet och ordet står här i en rad som fyller ut hela bredden av sidan i rapporten så att"
    wrapped = [filler[:80 + k % 6] for k in range(26)]
    unwrapped = ["Ett stycke som ingen bröt om. " * 5] * 4  # a transcript leaves some paragraphs on one line
    sentence = "Arbetet har under hela tiden skett i samverkan med Exempelby kommun, Granbyhus,\n" \
               "Åsbyverket och Lidby kommun. Samverkan har gått bra."
    text = "\n".join(wrapped[:13]) + "\n\n" + "\n\n".join(unwrapped) + "\n\n" + sentence + "\n\n" + "\n".join(wrapped[13:])
    paragraphs = [b.text for b in text_blocks(text) if "Åsbyverket" in b.text]
    assert paragraphs and paragraphs[0].startswith("Arbetet har"), paragraphs


def test_a_minutes_groups_of_applications_each_say_their_fund_and_a_meetings_sum_grants_none(nlp):
    text = ("Protokoll från partnerskapets möte\n\n"
            "Prioritering av ansökningar om stöd ur Europeiska regionala utvecklingsfonden Sekreteraren föredrog.\n\n"
            "Bygdeljus\n\nSökande: Exempelby kommun (Dnr 301-1000-31) Sökt EU-stöd 1,2 MSEK. "
            "Partnerskapet beslutade att prioritera ansökan.\n\n"
            "Fabrik i skogen\n\nSökande: Granby Trä AB (Dnr 301-1001-31) Partnerskapet beslutade att inte prioritera "
            "ansökan. Totalt prioriterades 1,2 MSEK ur regionalfonden vid mötet.\n\n"
            "Prioritering av ansökningar om stöd ur Europeiska socialfonden Två ansökningar föredrogs.\n\n"
            "Steg till jobb\n\nSökande: Åsby kommun (Dnr 2031-3000111) Sökt ESF-stöd 2 MSEK. "
            "Partnerskapet beslutade att prioritera ansökan.\n\n"
            "3 Strukturfondspartnerskapet Exempelland och Öarna 3/\n\n"
            "Lärlingar i vården\n\nSökande: Lidby kommun (Dnr 2031-3000112) Sökt ESF-stöd 1 MSEK. "
            "Partnerskapet beslutade att prioritera ansökan.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bygdeljus", "Steg till jobb", "Lärlingar i vården"}
    assert projects["Bygdeljus"]["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert projects["Steg till jobb"]["funders"] == ["Europeiska socialfonden"]
    assert projects["Lärlingar i vården"]["funders"] == ["Europeiska socialfonden"]
    assert all(not p["partners"] for p in projects.values())  # a partnership's running header lists no partners


def test_a_decision_letter_flattened_into_one_paragraph(nlp):
    text = ("Transkript\n\n"
            "1 BESLUT Dnr X31-100-31 Exempelby kommun Att: Eva Exempelsson, projektledare Box 1 EXEMPELBY "
            "Projekt: Fjällmat över gränsen Beslut om EU-medel Länsstyrelsen i Jämtlands län, som förvaltar "
            "Interreg-programmet Sverige-Norge, beslutar att Exempelby kommun beviljas stöd ur Europeiska regionala "
            "utvecklingsfonden för projektet ovan. EU:s andel av den offentliga finansieringen får inte överstiga "
            "45,00 %. Särskilda villkor: 1. Projektet ska genomföras under perioden 1 mars 2031 till 31 december "
            "2032. 2. Projektet ska lämna en lägesrapport varje halvår.\n\n"
            "3 Projektbeskrivning Mat från fjällen ska nå fler. Samarbetspartner: Granby kommune (norsk part), "
            "Exempelby Mathantverk samt Granby Bondelag. Bilagor: Villkor för stöd från Interreg-programmet "
            "Sverige-Norge Blankett för utbetalning\n")
    [p] = _projects(text, nlp)
    assert p["name"] == "Fjällmat över gränsen"
    assert p["owner"] == "Exempelby kommun"
    assert p["contacts"] == [{"name": "Eva Exempelsson", "email": None}]
    assert p["eu_cofinancing_rate"] == 45
    assert "Interreg Sverige-Norge" in p["funders"] and not any("Blankett" in f for f in p["funders"])
    assert set(p["partners"]) == {"Granby kommune", "Exempelby Mathantverk", "Granby Bondelag"}


def test_countries_plurals_and_grants_are_no_parties_and_one_fund_is_named_once(nlp):
    text = ("Gränslösa fjäll\n\nProjektägare: Exempelby kommun\nPartner i: Sverige och Norge\n"
            "Fond: ESF+\nBeviljat stöd: 500 000 kronor från Europeiska socialfonden plus (ESF+)\n\n"
            "Guiderna arbetar tillsammans med Granby Turism AB. I projektet ska kommunen tillsammans med "
            "Åsbyverket bygga upp en gemensam bokning.\n")
    [p] = _projects(text, nlp)
    assert set(p["partners"]) == {"Granby Turism AB", "Åsbyverket"}
    assert len([f for f in p["funders"] if "ESF" in f or "socialfond" in f]) == 1


def test_the_one_who_runs_it_in_a_relative_clause_and_a_grant_that_is_no_owner(nlp):
    text = ("Nya projekt med stöd ur socialfonden\n\nEtt av dem är projektet Nya Steg, som Exempelby kommun driver i "
            "samverkan med Granby kommun. Projektet pågår 2031–2033 och har beviljats ESF+-stöd om 3 miljoner kronor.\n")
    [p] = _projects(text, nlp)
    assert p["name"] == "Nya Steg" and p["owner"] == "Exempelby kommun"


def test_an_english_fact_box_names_its_fund_and_its_codes_name_no_funder(nlp):
    text = ("Home / Projects / Exempel Skills\n\nExempel Skills\n\nproject info\nStart date: 1 February 2031\n"
            "End date: 31 January 2033\nfunding\nFund: European Social Fund Plus (ESF+)\nTotal budget: 1 000 000 €\n"
            "programme\nProgramming period: 2031-2037\nProgramme CCI: 2031SE05SFPR009\nEuropean Commission Topic\n"
            "Education and training\n\nBeneficiary\nExempelby kommun\nBeneficiary country: Sweden\n")
    [p] = _projects(text, nlp)
    assert p["funders"] == ["European Social Fund Plus (ESF+)"]


def test_kinds_of_money_offices_and_references_are_no_parties(nlp):
    text = ("Fjällväg Nord\n\nProject owner: Exempelby kommun\nProject period: 2031-01-01 – 2032-12-31\n"
            "Funded by: Interreg Aurora\n\nBudget (EUR)\nTotal budget 1 000 000\nEU funding (ERDF) 650 000\n"
            "National public co-financing 350 000\n\nSummary\nThe project builds a winter road.\n\n"
            "Finansiärer: Europeiska socialfonden och medlemskommunerna\n\n"
            "Umeå kommun leder arbetet där också Vasa stad, Korsholms kommun och Granby AB är partner. "
            "Deltagande företag bidrar med personal.\n\n"
            "Kontakt: Interreg Aurora, aurora@exempel.se\n")
    [p] = _projects(text, nlp)
    assert not any(f in p["funders"] for f in ("National public co-financing", "Summary", "medlemskommunerna"))
    assert {"Vasa stad", "Korsholms kommun", "Granby AB"} <= set(p["partners"])
    assert "Deltagande företag" not in p["partners"]
    assert not any(c["name"] == "Interreg Aurora" for c in p["contacts"])


def test_a_fund_in_lower_case_in_a_grant_line_pays(nlp):
    text = ("Fiske för alla\n\nProjektägare: Exempelby kommun\nBeviljad Leaderfinansiering: 100% av kostnaderna men högst 300 000 kr. "
            "EUs andel av finansieringen kommer från havs & fiskerifonden.\n")
    [p] = _projects(text, nlp)
    assert "havs & fiskerifonden" in p["funders"]


def test_partners_named_beside_the_owner_and_by_several_cues_and_foreign_names_whole(nlp):
    text = ("Nya gränsprojekt\n\nExempelby kommun och Granbyn kaupunki får 90 000 euro för förstudien Bro över älven. "
            "Region Exempel är medfinansiär och Åsby kommun deltar som partner tillsammans med Lidby kommun och "
            "Kaunas miesto savivaldybė. Även Fjordparken i Narvik AS är partner.\n")
    [p] = _projects(text, nlp)
    assert p["owner"] == "Exempelby kommun"
    assert {"Granbyn kaupunki", "Åsby kommun", "Lidby kommun", "Kaunas miesto savivaldybė"} <= set(p["partners"])
    assert any(x.startswith("Fjordparken i Narvik") for x in p["partners"])


def test_a_research_page_whose_facts_stand_under_headings_is_one_project(nlp):
    html = ("<html><body><main><h1>Levande byar</h1><p>Exempelby högskola ska under tre år samarbeta med tre kommuner "
            "i projektet Levande byar, som får 900 000 euro från Interreg Aurora.</p><h2>Projektets delmål</h2><ul>"
            "<li>fler besökare i byarna</li><li>nya tjänster med lokala aktörer</li></ul><h3>Projektledare</h3>"
            "<h3>Eva Exempelsson</h3><h3>Forskningspartner</h3><p>Granby kommun Åsby kommun Lidby kommune</p>"
            "<h3>Forskningsfinansiär</h3><p>EU, övrigt - (strukturfonder, socialfonder, Europeiskt territoriellt "
            "samarbete Interreg) Exempelby högskola, interna medel"
            "</p><h3>Projekttid</h3><p>2031 - 2033</p></main></body></html>")
    [p] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html", "text/html"), nlp)]
    assert p["name"] == "Levande byar"
    assert (p["start_date"], p["end_date"]) == ("2031", "2033")
    assert {"Granby kommun", "Åsby kommun", "Lidby kommune"} <= set(p["partners"])


def test_a_name_set_off_by_dashes_and_said_to_be_one_of_the_projects():
    from extractors.names import first_project_name

    text = ("En satsning på gamla kvarnar längs ån – Kvarnstigen – är ett av de tio projekten, och den får "
            "300 000 kronor.")
    assert first_project_name(text) == ("Kvarnstigen", text.index("Kvarnstigen"))
    assert first_project_name("Vägen – som är lång – är ett äventyr.") is None


def test_a_financing_plan_in_a_sentence_or_on_the_lines_below_it(nlp):
    text = ("Fjällstigar Exempelby\n\nProjektägare: Exempelby kommun\n\nProjektets totala budget uppgår till 1 200 000 kronor. Finansieringsplan:\n"
            "EU:s regionala strukturfondsprogram för Exempelland 600 000 kr,\n"
            "Regionförbundet Exempellän 300 000 kr och Granby kommun 300 000 kr.\n")
    [p] = _projects(text, nlp)
    assert {"EU:s regionala strukturfondsprogram för Exempelland", "Granby kommun"} <= set(p["funders"])
    assert {"amount": 600000, "currency": "SEK"} in p["funding"]


def test_money_pointed_back_at_belongs_to_the_project_named_below_it(nlp):
    text = ("EU-pengar till unga i Exempelby\n\nPartnerskapet prioriterar 5 miljoner kronor från Europeiska "
            "socialfonden till Exempelby kommuns projekt för unga som står utanför.\n\n"
            "– Det här betyder mycket för oss, säger Eva Exempelsson.\n\n"
            "Pengarna går till projektet Bryggan Norr. Projektet ska ge unga stöd på vägen mot jobb.\n\n"
            "Partnerskapet prioriterar också 1 miljon kronor till Granby folkhögskola för projektet ”Steget”.\n\n"
            "Om programmet\n\nProgrammet pågår 2031–2037 och förvaltas av Tillväxtverket.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Bryggan Norr"]["owner"] == "Exempelby kommun"
    assert {"amount": 5000000, "currency": "SEK"} in projects["Bryggan Norr"]["funding"]
    assert projects["Steget"]["start_date"] is None  # the programme's years are not the project's


def test_a_tab_separated_table_is_read_by_its_header(nlp):
    text = ("Exempelregionen\n\nBeviljade medel i år\n\nNämnden har beviljat stöd till dessa projekt.\n\n"
            "Sökande\tProjektnamn\tProjektperiod\tBeviljat stöd\n"
            "Exempelby kommun\tLjus över torget\t2031\t300 000 kr\n"
            "Exempelby företagarförening\tHandla lokalt 2031\t2031–2032\t125 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus över torget", "Handla lokalt 2031"}  # the header is no project
    torget = projects["Ljus över torget"]
    assert torget["owner"] == "Exempelby kommun"
    assert (torget["start_date"], torget["end_date"]) == ("2031", "2031")  # a period column's one year
    assert torget["funding"] == [{"amount": 300000, "currency": "SEK"}]
    handla = projects["Handla lokalt 2031"]
    assert (handla["owner"], handla["start_date"], handla["end_date"]) == ("Exempelby företagarförening", "2031", "2032")


def test_a_line_of_skip_and_listen_links_is_no_title(nlp):
    text = ("Exempelby kommun\nTill startsidan Lyssna Translate\nKommun / Nyheter\n\nNy satsning på unga\n\n"
            "Exempelby kommun har fått 1,2 miljoner kronor från Europeiska socialfonden+ för projektet Steget "
            "vidare. Projektet pågår 2031–2032.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Steget vidare"
    assert project["owner"] == "Exempelby kommun"


def test_grant_paragraphs_name_the_project_after_for_and_the_whole_association(nlp):
    text = ("Leader Älv, berg och by\n\nNya beslut\n\nStyrelsen har prioriterat tre ansökningar.\n\n"
            "Bygdeföreningen i Exempelå får 220 000 kronor till projektet Båthus vid ån.\n\n"
            "Föreningen Exempelbyns vänner beviljas 90 000 kronor för Kvarnstigen, en led genom skogen.\n\n"
            "Ekonomisk förening Exempelkraft tilldelas 410 000 kronor till Vind i byn, en förstudie om vindkraft.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Båthus vid ån", "Kvarnstigen", "Vind i byn"}
    assert projects["Båthus vid ån"]["owner"] == "Bygdeföreningen i Exempelå"
    assert projects["Kvarnstigen"]["owner"] == "Föreningen Exempelbyns vänner"
    assert projects["Vind i byn"]["owner"] == "Ekonomisk förening Exempelkraft"
    assert projects["Kvarnstigen"]["funding"] == [{"amount": 90000, "currency": "SEK"}]
    assert all(p["funders"] == ["Leader Älv, berg och by"] for p in projects.values())


def test_a_label_known_by_its_stem_pairs_with_a_value_of_its_shape(nlp):
    text = ("Exempelprojektet\n\nStödmottagare\nExempelby kommun\nBeviljat stöd\n500 000 kronor\n"
            "Därav EU-finansiering\n45 procent\nStödperiod\n2031-01-01 till 2032-06-30\n\n"
            "Projektbeskrivning\nProjektet ska pröva nya sätt att nå unga i byarna.\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 45
    assert (project["start_date"], project["end_date"]) == ("2031-01-01", "2032-06-30")
    assert project["goals"] == ["Projektet ska pröva nya sätt att nå unga i byarna."]


def test_a_minute_items_case_number_on_the_line_under_its_title(nlp):
    text = ("PROTOKOLL\nExempelnämnden\n\n§ 12 Stöd till projektet Ljus i gränden\nDiarienummer EXN 2031-00017\n\n"
            "Beslut\nNämnden beviljar Exempelby kommun 150 000 kronor för projektet Ljus i gränden.\n\n"
            "§ 13 Stöd till projektet Bänkar i parken\nDiarienummer EXN 2031-00018\n\n"
            "Beslut\nNämnden beviljar Exempelby kommun 80 000 kronor för projektet Bänkar i parken.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ljus i gränden"]["case_number"] == "EXN 2031-00017"
    assert projects["Bänkar i parken"]["case_number"] == "EXN 2031-00018"


def test_an_authority_paying_out_a_fund_is_no_funder_and_the_addressee_is_the_contact(nlp):
    text = ("BESLUT\nDatum 2031-03-01\nÄrendenummer 20990011\n\nTillväxtverket\n\nExempelby Turism AB\nAtt: Karin Exempel\n"
            "Storgatan 1\n\nBeslut om stöd\n\nProjekt: Året runt i Exempelby\n\nBeslut\nTillväxtverket beviljar stöd med "
            "högst 900 000 kronor ur Europeiska regionala utvecklingsfonden.\n\nProjektets syfte\nSyftet är att fler "
            "besökare ska komma utanför sommaren.\n\nBeslutet har fattats av enhetschef Per Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "20990011"
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert [c["name"] for c in project["contacts"]] == ["Karin Exempel"]
    assert project["goals"] == ["Syftet är att fler besökare ska komma utanför sommaren."]


def test_a_final_reports_spent_sum_and_signature_are_no_funding_or_contact(nlp):
    text = ("Slutrapport\n\nProjektnamn: Exempelskolan ute\nProjektägare: Exempelby kommun\n"
            "Finansiär: Europeiska socialfonden via Svenska ESF-rådet\nBeviljat stöd: 400 000 kr\n\n"
            "Resultat\nProjektets kostnader uppgick till 388 120 kr.\n\nKontakt\nProjektledare: Anna Exempel\n\n"
            "Exempelby 2032-01-15\nBo Exempel, förvaltningschef\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska socialfonden"]
    assert project["funding"] == [{"amount": 400000, "currency": "SEK"}]
    assert [c["name"] for c in project["contacts"]] == ["Anna Exempel"]


def test_a_genitive_of_a_known_authority_names_it_whole(nlp):
    text = ("Två projekt får stöd\n\nExempelby kommun får 300 000 kronor för projektet Renare bäckar. "
            "Projektet pågår 2031–2032.\n\nExempelby fiskevårdsförening får 200 000 kronor för projektet Öring i ån.\n\n"
            "Pengarna kommer från Havs- och vattenmyndighetens anslag för vattenvård.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Renare bäckar"]["funders"] == ["Havs- och vattenmyndigheten"]
    assert projects["Öring i ån"]["funders"] == ["Havs- och vattenmyndigheten"]


def test_cofinanciers_before_their_verb_a_capitalised_title_and_a_foreign_institute(nlp):
    text = ("Exempelprojektet\n\nProjektägare: Exempelby Teknikpark AB\nProjektperiod: 2031-01-01 – 2032-12-31\n"
            "Partners: Exempel yliopisto, Norsk senter for havforskning\n\nOm projektet\nFöretagen testar nya material "
            "tillsammans med forskare från Exempelby universitet. Region Exempel och Exempelby kommun medfinansierar "
            "projektet. Projektet söker också stöd ur Europeiska socialfonden.\n\nKontakt\n"
            "Projektledare Lisa Exempel, lisa.exempel@exempelby.se\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Exempelby kommun"]  # not the fund only applied to
    assert set(project["partners"]) == {"Exempel yliopisto", "Norsk senter for havforskning", "Exempelby universitet"}
    assert project["contacts"] == [{"name": "Lisa Exempel", "email": "lisa.exempel@exempelby.se"}]


def test_an_application_forms_numbered_parts_say_whose_name_each_is(nlp):
    text = ("Ansökan om stöd\n\n1. Sökande\nOrganisationens namn: Exempelby folkhögskola\n"
            "Organisationsnummer: 802468-1234\nBehörig företrädare: Olle Exempel, rektor\n\n"
            "2. Kontaktperson för projektet\nNamn: Stina Exempel\nE-post: stina.exempel@exempelby.se\n\n"
            "3. Projektet\nProjektets namn: Kurs i byn\nStartdatum: 2031-01-01\nSlutdatum: 2031-12-31\n"
            "Total budget: 1 000 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Kurs i byn"
    assert (project["owner"], project["owner_orgnr"]) == ("Exempelby folkhögskola", "8024681234")
    assert project["contacts"] == [{"name": "Stina Exempel", "email": "stina.exempel@exempelby.se"}]


def test_a_listed_sum_with_a_decimal_comma_stays_whole(nlp):
    text = ("Beviljade projekt\n\nNämnden har fördelat medel till tre projekt.\n\n"
            " • Ljus i byn (Exempelby kommun) – 1,5 miljoner kronor\n"
            " • Båtar i hamnen (Exempelby båtklubb) – 2,25 miljoner kronor\n"
            " • Skog för alla (Exempelby skogsägare ek. för.) – 800 000 kronor\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ljus i byn"]["funding"] == [{"amount": 1500000, "currency": "SEK"}]
    assert projects["Båtar i hamnen"]["funding"] == [{"amount": 2250000, "currency": "SEK"}]


def test_an_english_news_item_about_a_cross_border_project(nlp):
    text = ("Interreg Exampleland\nNews\n\nNew funding for fish farming\n\n"
            "The project Cold Water Fish, led by Example University, has received EUR 800,000 from Interreg Nord. "
            "Partners in the project are Example Municipality and the Example Institute of Marine Research.\n\n"
            "The project runs from 1 March 2031 to 28 February 2033 and has a total budget of EUR 1.2 million.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Cold Water Fish"
    assert project["owner"] == "Example University"
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2033-02-28")
    assert project["funders"] == ["Interreg Nord"]
    assert {"amount": 1200000, "currency": "EUR"} in project["funding"]
    assert set(project["partners"]) == {"Example Municipality", "Example Institute of Marine Research"}


def test_a_minute_item_with_its_dnr_line_an_applicant_and_a_yearly_sum_with_its_total(nlp):
    text = ("PROTOKOLL\nKommunstyrelsen\n\n§ 40 Medfinansiering av projektet Torget lever\nDnr KS 2031/0099\n\n"
            "Ärendet\nExempelby handelsförening har ansökt om medfinansiering av projektet Torget lever.\n\n"
            "Beslut\nKommunstyrelsen beslutar att medfinansiera projektet med 100 000 kronor per år, totalt "
            "300 000 kronor.\n\n§ 41 Övriga frågor\nInga övriga frågor.\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "KS 2031/0099"
    assert project["owner"] == "Exempelby handelsförening"
    assert project["funding"] == [{"amount": 300000, "currency": "SEK"}]


def test_sections_of_a_federations_page_paid_by_the_federation_itself(nlp):
    text = ("Samordningsförbundet Exempeldalen\nVåra insatser\n\nPågående insatser\n\nVägen fram\n"
            "Vägen fram riktar sig till unga vuxna. Insatsen drivs av Exempelby kommun och pågår 2031–2032. "
            "Samordningsförbundet finansierar insatsen med 500 000 kronor.\n\nNya steg\n"
            "I Nya steg får nyanlända stöd att hitta praktik. Insatsen ägs av Granby kommun och finansieras med "
            "300 000 kronor från samordningsförbundet. Den pågår till och med juni 2032.\n\n"
            "Kontakt\nFörbundschef Eva Exempel, eva.exempel@exempeldalen.se\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Vägen fram"]["funders"] == ["Samordningsförbundet Exempeldalen"]
    steg = projects["Nya steg"]
    assert (steg["owner"], steg["end_date"]) == ("Granby kommun", "2032-06")
    assert steg["funders"] == ["Samordningsförbundet Exempeldalen"]


def test_facts_written_as_labelled_sentences_and_a_plan_in_a_label(nlp):
    text = ("Stöd till service\n\nNämnden har beslutat om stöd till två projekt.\n\n"
            "Projekt: Butik i byn. Sökande: Exempelby Handel AB. Beviljat belopp: 200 000 kr. Butiken ska bli ett "
            "serviceställe.\n\nProjekt: Laddning i byn. Sökande: Granby kommun. Beviljat belopp: 150 000 kr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Butik i byn", "Laddning i byn"}
    assert projects["Butik i byn"]["owner"] == "Exempelby Handel AB"
    assert projects["Laddning i byn"]["funding"] == [{"amount": 150000, "currency": "SEK"}]
    text = ("Exempelprojektet\n\nProjektägare: Exempelby kommun\n"
            "Medfinansiering: Region Exempel 400 000 kr, Granby kommun 100 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Granby kommun"]


def test_bare_figures_in_a_table_take_the_unit_of_their_column(nlp):
    text = ("Prioriterade ansökningar\n\nPartnerskapet har prioriterat följande ansökningar.\n\n"
            "Diarienummer\tProjektnamn\tSökande\tBeviljat stöd (kr)\n"
            "2031/00011\tJobb i byn\tExempelby kommun\t1 250 000\n"
            "2031/00012\tVård i byn\tRegion Exempel\t2 000 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Jobb i byn"]["funding"] == [{"amount": 1250000, "currency": "SEK"}]
    assert (projects["Vård i byn"]["case_number"], projects["Vård i byn"]["owner"]) == ("2031/00012", "Region Exempel")


def test_a_municipal_minute_grants_all_year_round_for_one_year(nlp):
    text = ("Protokoll\nKommunstyrelsen, Exempelby kommun\n\nKS § 9 Ansökan om medfinansiering – Sjön året runt\n"
            "Dnr KS 2031/050\n\nExempelby Turism AB har ansökt om 50 000 kronor för projektet Sjön året runt. "
            "Projektet ska locka besökare hela året och pågår under 2031.\n\nBeslut\n"
            "Kommunstyrelsen beviljar Exempelby Turism AB 50 000 kronor för projektet Sjön året runt.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Sjön året runt"
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")
    assert project["funders"] == ["Exempelby kommun"]


def test_two_grants_joined_in_one_sentence_are_two_projects(nlp):
    text = ("Länsstyrelsen Exempel län\nNyheter\n\nPengar till två projekt\n\n"
            "Två projekt får stöd från Länsstyrelsens anslag för natur. Exempelby kommun får 1,2 miljoner kronor för "
            "projektet Ängar vid ån och Granby kommun får 700 000 kronor för projektet Skog för alla.\n\n"
            "Kontakt: Per Exempel, naturvårdshandläggare, per.exempel@exempel.se\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ängar vid ån", "Skog för alla"}
    assert (projects["Ängar vid ån"]["owner"], projects["Ängar vid ån"]["funding"]) == \
        ("Exempelby kommun", [{"amount": 1200000, "currency": "SEK"}])
    assert projects["Skog för alla"]["owner"] == "Granby kommun"
    assert projects["Ängar vid ån"]["funders"] == ["Länsstyrelsen Exempel län"]
    assert all(p["contacts"] == [] for p in projects.values())  # a case officer is no project contact


def test_a_programmes_own_project_page_and_an_english_research_page(nlp):
    text = ("Interreg Aurora\nProjects\n\nSnow Lab\n\nLead partner: Exempel universitet\n"
            "Duration: 1 January 2031 – 31 December 2032\nTotal budget: 500 000 EUR\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Interreg Aurora"]  # the programme whose site it is pays
    text = ("Example University of Forestry\nResearch / Projects\n\nProject title: Birds in old forests\n"
            "Principal investigator: Eva Exempel\nFunding: Formas, SEK 2 000 000\nPeriod: 2031-01-01 – 2032-12-31\n\n"
            "Contact: eva.exempel@example.se\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Example University of Forestry"
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]


def test_a_known_authority_with_lower_case_words_is_a_partner_whole(nlp):
    text = ("Exempelprojektet\n\nRegion Exempel äger projektet, som pågår 2031–2032. Projektet har beviljats "
            "2 miljoner kronor från Europeiska regionala utvecklingsfonden. Sveriges geologiska undersökning och "
            "Granby kommun är partner.\n")
    [project] = _projects(text, nlp)
    assert set(project["partners"]) == {"Sveriges geologiska undersökning", "Granby kommun"}


def test_a_project_plan_read_whole_when_its_numbered_sections_name_nothing(nlp):
    text = ("Projektplan\nLjus i Exempeldalen\n\n1. Bakgrund\nByarna i dalen saknar gatubelysning.\n\n2. Syfte\n"
            "Syftet med projektet är att göra byarna tryggare.\n\n3. Projektorganisation\nProjektägare är Exempelby "
            "kommun. Projektet genomförs i samverkan med Granby kommun.\n\n4. Tidplan\nProjektet genomförs "
            "2031-01-01 – 2031-12-31.\n\n5. Budget\nTotal kostnad 800 000 kr, varav ERUF 320 000 kr (40 %).\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ljus i Exempeldalen"
    assert (project["owner"], project["partners"]) == ("Exempelby kommun", ["Granby kommun"])
    assert project["funders"] == ["ERUF"]
    assert {"amount": 800000, "currency": "SEK"} in project["funding"]


def test_numbered_project_labels_each_open_a_project(nlp):
    text = ("Regionen beviljar två projekt\n\nNämnden har beviljat medfinansiering till två projekt.\n\n"
            "Projekt 1: Ljus i byn\nProjektägare är Exempelby kommun. Projektet får 300 000 kronor och pågår 2031–2032.\n\n"
            "Projekt 2: Båt i hamn\nProjektägare är Granby kommun. Projektet får 100 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i byn", "Båt i hamn"}
    assert projects["Båt i hamn"]["owner"] == "Granby kommun"


def test_a_bar_table_quoted_bullets_and_month_dot_year_periods(nlp):
    text = ("Protokollsutdrag\nKulturnämnden, Exempelby kommun\n\n§ 5 Projektbidrag\n\n"
            "Projekt | Sökande | Belopp\nSång i parken | Exempelby körförening | 20 000 kr\n"
            "Film för unga | Föreningen Bio | 15 000 kr\n\nBeslut\nNämnden beviljar bidragen.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Sång i parken"]["owner"] == "Exempelby körförening"
    assert projects["Film för unga"]["funding"] == [{"amount": 15000, "currency": "SEK"}]
    text = ("Nya projekt\n\nLAG har prioriterat följande projekt:\n\n • ”Bryggan” – Exempelby båtklubb, 40 000 kr\n"
            " • ”Stigen” – Granby byalag, 25 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bryggan", "Stigen"}
    assert projects["Stigen"]["owner"] == "Granby byalag"
    text = "Exempelprojektet\n\nLead partner: Exempel University\nDuration: 01.2031 – 12.2032\nBudget: EUR 1.2 million\n"
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-01", "2032-12")


def test_an_authoritys_decision_on_eu_and_state_money_via_a_leader_area(nlp):
    text = ("BESLUT\nÄrendenummer: 2031-0001\n\nExempelby byalag\nAtt: Eva Exempel\n\nBeslut om stöd\n\n"
            "Projektnamn: Bastu vid sjön\nStödmottagare: Exempelby byalag\n\nBeslut\nJordbruksverket beviljar er stöd "
            "med 90 000 kronor. Stödet finansieras av EU och staten via Leader Exempeldalen.\n\n"
            "Projektet ska vara genomfört senast 2031-12-31.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempeldalen"]
    assert project["end_date"] == "2031-12-31"
    assert project["goals"] == []  # a condition of the decision, no goal


def test_a_countrys_programme_of_a_fund_names_the_fund(nlp):
    text = ("Kohesio\n\nSnow roads\n\nBeneficiary: Exempel AB\nTotal budget: 1 000 000 SEK\n"
            "Programme: Sweden - ERDF\n\nProject summary\nThe project tests new snow ploughs.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["ERDF"]


def test_owner_first_entries_a_funding_paragraph_and_a_fund_named_once_in_a_decision(nlp):
    text = ("Beslut om stöd till regionala projekt\n\nLänsstyrelsen beslutar att bevilja följande projekt stöd:\n\n"
            "a) Exempelby Turism AB, projekt ”Sjön runt”, 200 000 kronor, projektperiod 2031-01-01–2031-12-31.\n"
            "b) Granby kommun, projekt ”Torget”, 90 000 kronor, projektperiod 2031.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Sjön runt"]["owner"], projects["Sjön runt"]["funding"]) == \
        ("Exempelby Turism AB", [{"amount": 200000, "currency": "SEK"}])
    assert (projects["Torget"]["start_date"], projects["Torget"]["end_date"]) == ("2031", "2031")
    text = ("Exempelby kommun\nProjekt\n\nGröna gårdar\n\nOm projektet\nGröna gårdar är ett projekt där Exempelby "
            "kommun planterar träd på skolgårdar.\n\nFinansiering\nProjektet har en budget på 2 miljoner kronor. "
            "Naturvårdsverket bidrar med 1 miljon kronor genom Klimatklivet.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Exempelby kommun", ["Naturvårdsverket"])
    text = ("Tillväxtverket\nBeslut om stöd\n\nStödmottagare: Exempel AB\nProjekt: Snöskolan\n"
            "Stödform: Projektstöd ur Fonden för en rättvis omställning\n\nTillväxtverket beviljar stöd med högst "
            "1 000 000 kronor. Stödet utgör högst 50 procent av projektets stödberättigande kostnader.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Fonden för en rättvis omställning"]
    assert project["eu_cofinancing_rate"] == 50


def test_payers_listed_without_sums_a_regions_own_share_and_a_name_with_from(nlp):
    text = ("Region Exempel\nProjekt\n\nByar på nätet\n\nProjektägare: Exempelby kommun\nTid: 2031-2032\n"
            "Medverkande: Exempellänets 12 kommuner och Granby kommun\n"
            "Finansiering: Europeiska regionala utvecklingsfonden (40 %), kommunerna och regionen\n"
            "Regional medfinansiering: 300 000 kronor\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden", "Region Exempel"]
    assert project["partners"] == ["Granby kommun"]  # "12 kommuner" counts, it names no one
    text = ("Exempelby museum\nAktuellt\n\nNy insamling\n\nExempelby museum startar projektet Röster från byarna, som "
            "samlar berättelser. Projektet pågår 2031–2032 och har fått 400 000 kronor från Kulturrådet.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Röster från byarna"


def test_a_rows_one_year_and_a_professors_title(nlp):
    text = ("Beviljade projekt\n\nLAG har beslutat att bevilja följande projekt:\n\n"
            "Torget lever – Exempelby handelsförening – 100 000 kr – 2031-2032\n"
            "Sång i byn – Granby kör – 40 000 kr – 2031\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Sång i byn"]["start_date"], projects["Sång i byn"]["end_date"]) == ("2031", "2031")
    text = ("Exempel universitet\nForskning\n\nProjekt: Fåglar i staden\nProjektledare: Professor Eva Exempel\n"
            "Finansiär: Formas\nBeviljat belopp: 1 000 000 kronor\nProjekttid: 2031–2033\n")
    [project] = _projects(text, nlp)
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]


def test_a_fund_in_brackets_after_the_sum_a_funds_share_label_and_a_case_officer(nlp):
    text = ("Exempelprojektet\n\nStödmottagare: Exempel AB\nBeviljat belopp: 500 000 kr (Europeiska regionala "
            "utvecklingsfonden)\nStödandel från ESF+: 60 %\nProjektets period: 2031-01-01 – 2031-12-31\n"
            "Ansvarig handläggare: Per Exempel\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden", "ESF+"]
    assert project["eu_cofinancing_rate"] == 60
    assert project["contacts"] == []


def test_a_letterhead_case_a_yearly_part_of_a_total_and_a_name_that_runs(nlp):
    text = ("Tjänsteskrivelse\nKultur- och fritidsförvaltningen, Exempelby kommun\nDnr KF2031.0042\n\n"
            "Stöd till projektet Ljus över sjön\n\n"
            "Exempelby konstförening ansöker om 80 000 kronor per år under 2031–2033 för projektet Ljus över sjön.\n\n"
            "Förslag till beslut\nNämnden beslutar att bevilja projektet totalt 240 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "KF2031.0042"
    assert (project["start_date"], project["end_date"]) == ("2031", "2033")
    assert project["funding"] == [{"amount": 240000, "currency": "SEK"}]  # 80 000 a year is a part of it
    text = ("Exempelby kommun\nNyheter\n\nNytt stöd för unga\n\nExempelby kommun har fått 300 000 kronor från "
            "Allmänna arvsfonden för projektet Steg framåt.\n\nSteg framåt pågår från 1 mars 2031 till 28 februari 2033 "
            "och riktar sig till unga vuxna.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2033-02-28")


def test_a_yearly_sum_with_no_total_stays_and_a_running_header_is_no_letterhead(nlp):
    text = ("Dnr EX 2031/7 Sida 1\n\nNyhet\n\nExempelby kommun har fått 90 000 kronor per år under tre år från "
            "Kulturrådet för projektet Sånger i byn.\n")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 90000, "currency": "SEK"}]
    assert project["case_number"] is None


def test_an_english_lead_partner_sentence(nlp):
    text = ("Example University\nNews\n\nExample University leads the new project NordBees, which has been granted "
            "EUR 1.2 million from Interreg Aurora. The project runs from March 2031 to February 2034.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Example University"


def test_a_box_under_a_generic_line_a_name_with_mobil_and_a_varav_label(nlp):
    text = ("Exempelportalen\nEU-projekt nära dig\nHem › Projekt\n\nMobila verkstäder i Exempelbygd\n\nProject details\n"
            "Beneficiary: Exempel Verkstad AB\nTotal budget: EUR 900 000\nVarav EU: EUR 540 000\n"
            "Programme: Exempelprogrammet och Granprogrammet 2031-2037\nStart date: 01/02/2031\nEnd date: 31/01/2033\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Mobila verkstäder i Exempelbygd"
    assert project["funding"] == [{"amount": 900000, "currency": "EUR"}, {"amount": 540000, "currency": "EUR"}]
    assert project["funders"] == []  # which programme, not who pays


def test_a_template_and_a_statistics_page_describe_no_project(nlp):
    text = ("Exempelverket\nSå fyller du i rapporten\n\nFyll i varje fält i mallen.\n\nProjektnamn: [projektets namn]\n"
            "Projektägare: [organisationens namn]\nBeviljat stöd: [belopp i kronor]\n")
    assert _projects(text, nlp) == []
    text = ("Exempelverket\nStatistik\n\nBeviljade projekt 2031 i siffror\n\nSammanlagt beviljades 1,2 miljarder kronor "
            "till 140 projekt.\n\nNorra området: 40 projekt, 300 miljoner kronor\n")
    assert _projects(text, nlp) == []


def test_a_minute_item_granted_by_its_decision_and_an_owner_with_its_unit(nlp):
    text = ("Protokoll\nExempelförbundet\n\n§ 3 Ansökan om medel – projektet ”Nya steg”\nDnr EX 2031/4\n"
            "Sökande: Exempelby kommun, Socialförvaltningen\nBeslut: Styrelsen beslutar att bevilja 300 000 kronor.\n\n"
            "§ 4 Ansökan om medel – projektet ”Andra steg”\nDnr EX 2031/5\nSökande: Granby kommun\n"
            "Beslut: Styrelsen beslutar att avslå ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["case_number"]) == ("Nya steg", "Exempelby kommun", "EX 2031/4")


def test_co_funding_with_the_owner_in_brackets_and_a_grants_period(nlp):
    text = ("Region Exempel\nPressmeddelande\n\nBeslut i korthet\n\n"
            "– Region Exempel medfinansierar Badhus Exempelby (Exempelby kommun) med 500 000 kronor under 2031–2032;\n"
            "– Granby kommun får 200 000 kronor för projektet Torget, 2031–2033;\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Badhus Exempelby"]["owner"] == "Exempelby kommun"
    assert (projects["Badhus Exempelby"]["start_date"], projects["Badhus Exempelby"]["end_date"]) == ("2031", "2032")
    assert (projects["Torget"]["start_date"], projects["Torget"]["end_date"]) == ("2031", "2033")


def test_two_grants_in_prose_one_by_the_sites_own_municipality(nlp):
    text = ("Exempelby kommun\nAktuellt\n\nTvå projekt får stöd\n\nKommunen får 1,5 miljoner kronor för projektet "
            "Hamnen lever, som ska rusta hamnen.\n\nÄven Exempelby båtklubb får pengar: 200 000 kronor till projektet "
            "Segla mera.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Hamnen lever"]["owner"] == "Exempelby kommun"
    assert projects["Segla mera"]["owner"] == "Exempelby båtklubb"


def test_english_partners_after_a_colon_a_share_in_percent_and_run_until(nlp):
    text = ("Interreg Exempel\nNews\n\nNew project approved\n\nThe committee approved the project Cold Rivers, led by "
            "Example University. The project brings together partners from three countries: the University of Granby, "
            "NordX The Northern Institute and the Example Council. Cold Rivers has a total budget of EUR 2 million, of "
            "which 60 percent is financed by the European Regional Development Fund. It will run from May 2031 until "
            "April 2034.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["University of Granby", "NordX The Northern Institute", "Example Council"]
    assert project["eu_cofinancing_rate"] == 60
    assert (project["start_date"], project["end_date"]) == ("2031-05", "2034-04")


def test_researchers_are_no_partners_and_a_named_subject_does_the_work(nlp):
    text = ("Exempelhögskolan\nForskning\n\nLjud i skolan\n\nProjektledare: Anna Exempel\nFinansiär: Formas\n"
            "Bidrag: 1 000 000 kr\nTid: 2031–2033\nMedverkande: Maria Berg, Petter Sund\nSamarbetspartner: Granby kommun\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Granby kommun"]
    text = ("Leader Exempelbygd\nNyheter\n\nNya projekt\n\nStyrelsen beviljade stöd till två projekt.\n\nByarnas bastu\n"
            "Granby byaråd bygger en bastu vid sjön. Stöd: 90 000 kronor.\n\nSommarteater\n"
            "Teaterföreningen Exempel Scen anordnar teater i byarna. Stöd: 60 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Byarnas bastu"]["owner"] == "Granby byaråd"
    assert projects["Sommarteater"]["owner"] == "Teaterföreningen Exempel Scen"


def test_a_databases_stacked_labels_organisation_and_form_of_support(nlp):
    text = ("Exempelverket\nProjektdatabas\n\nSnabbare laddning\n\nÄrendenummer\n20319999\nOrganisation\n"
            "Exempel Energi ekonomisk förening\nBeviljat belopp\n800 000 kr\nStödform\nEuropeiska regionala "
            "utvecklingsfonden\nStart\n2031-01-01\nSlut\n2032-12-31\n\nBeskrivning\nFöreningen ska bygga tio "
            "laddplatser i byarna.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempel Energi ekonomisk förening"
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert project["goals"] == ["Föreningen ska bygga tio laddplatser i byarna."]


def test_a_share_before_the_payer_a_professor_leading_and_leader_aid(nlp):
    text = ("Exempelby kommun\nNyheter\n\nNytt projekt\n\nExempelby kommun startar projektet Gröna tak. Projektet "
            "finansieras till 50 procent av Europeiska regionala utvecklingsfonden. Projektledare är professor "
            "Eva Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]
    text = ("Leader Exempelbygd\nAktuellt\n\nNy förstudie\n\nFörstudien ”Byns hus” drivs av Granby byalag och har fått "
            "80 000 kronor i Leaderstöd. Kontakta föreningens ordförande Per Exempel, per@granby.se.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempelbygd"]
    assert project["contacts"] == [{"name": "Per Exempel", "email": "per@granby.se"}]


def test_an_application_forms_numbered_fields_answered_below_and_its_signatory(nlp):
    text = ("ANSÖKAN OM PROJEKTMEDEL\nExempelförbundet\n\n1. Sökande organisation\nExempelby kommun\n\n"
            "2. Projektets namn\nNya vägar\n\n3. Projektperiod\n2031-01-01 – 2031-12-31\n\n4. Kontaktperson\n"
            "Eva Exempel, eva@exempelby.se\n\nUnderskrift behörig företrädare\nPer Exempel, kommundirektör\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Nya vägar", "Exempelby kommun")
    assert (project["start_date"], project["end_date"]) == ("2031-01-01", "2031-12-31")
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]


def test_english_granted_subject_start_and_end_verbs_and_together_with(nlp):
    text = ("Exempelby kommun\nNews in English\n\nNew skills\n\nUmeå municipality has been granted SEK 2 million from the "
            "Just Transition Fund for the project Skills North. The project starts in May 2031 and ends in April 2033.\n\n"
            "Together with Example University, the municipality will offer courses.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Umeå municipality"  # as written, as the gold writes it
    assert (project["start_date"], project["end_date"]) == ("2031-05", "2033-04")
    assert project["partners"] == ["Example University"]


def test_a_grant_from_a_payer_for_a_name_and_a_financing_plan_of_bare_figures(nlp):
    text = ("Exempelby kommun\nPressmeddelande\n\nNytt för unga\n\nExempelby kommun har fått 500 000 kronor från "
            "Allmänna arvsfonden för Ungkraft, ett projekt där unga leder aktiviteter.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Ungkraft", "Exempelby kommun")
    text = ("Projektansökan\n\nProjektnamn: Nya bryggan\nSökande: Exempel Hamn AB\n\nFinansieringsplan\n"
            "Region Exempel 300 000\nGranby kommun 100 000\nTotalt 400 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Granby kommun"]
    assert [f["amount"] for f in project["funding"]] == [300000, 100000, 400000]


def test_case_led_entries_with_dashed_parts(nlp):
    text = ("Region Exempel\nBeslut\n\nNämnden beslutade att bevilja stöd till följande projekt:\n\n"
            "• EX 2031/12 Exempelby kommun – Torget lever – 400 000 kr – 2031–2032\n"
            "• EX 2031/15 Granby kommun – Byns hus – 90 000 kr – 2031\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Torget lever"]["case_number"], projects["Torget lever"]["owner"]) == ("EX 2031/12", "Exempelby kommun")
    assert (projects["Byns hus"]["start_date"], projects["Byns hus"]["end_date"]) == ("2031", "2031")


def test_minute_items_numbered_ansokan_fran_and_a_leader_area_named_inland(nlp):
    text = ("Protokoll LAG-möte\nLeader Exempelbygdens inland\n\nÄrende 3: Ansökan från Granby kommun om projektet "
            "Torget (Jnr 2031-101). LAG beslutar att prioritera ansökan med 200 000 kronor.\n\nÄrende 4: Ansökan från "
            "Exempelby IF om projektet Nya spår (Jnr 2031-102). LAG beslutar att inte prioritera ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["case_number"]) == ("Torget", "Granby kommun", "2031-101")
    assert project["funders"] == ["Leader Exempelbygdens inland"]


def test_titled_entries_and_a_regions_own_development_money(nlp):
    text = ("Samordningsförbundet Exempel län\nNyheter\n\nStyrelsen beslutade att finansiera två insatser.\n\n"
            "Steg ett: Insatsen ger unga stöd på vägen till arbete. Projektägare är Granby kommun. Stöd: 500 000 kronor.\n\n"
            "Steg två: Insatsen ger vuxna stöd på vägen till studier. Projektägare är Exempelby kommun. Stöd: 400 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Steg ett"]["owner"] == "Granby kommun"
    assert projects["Steg två"]["funders"] == ["Samordningsförbundet Exempel län"]


def test_an_evaluations_title_a_decisions_kind_and_a_horizon_project(nlp):
    text = ("Utvärdering av projektet Vägen fram – slutrapport\n\nUtförd av Exempel Konsult AB\n\nProjektägare: Granby kommun\n"
            "Projektperiod: 2031-01-01 – 2032-12-31\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Vägen fram"
    text = ("Region Exempel\nBESLUT\n\nBeslut om regionalt projektstöd\n\nRegion Exempel beviljar Granby kommun ett "
            "projektstöd om högst 300 000 kronor för projektet Ljusa gator under perioden 1 mars 2031 – 28 februari 2032.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ljusa gator"
    text = ("Example University\nNews\n\nExample University of Technology coordinates the new Horizon Europe project "
            "COLDX, which has a total budget of EUR 4 million. The project will run for three years starting in May 2031.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"], project["start_date"]) == \
        ("Example University of Technology", ["Horizon Europe"], "2031-05")


def test_entries_set_off_by_full_stops_or_brackets_in_one_sentence(nlp):
    text = ("Stiftelsen Exempelfonden\nBeviljade ansökningar\n\n1) Byns bageri. Granby bygdeförening. 90 000 kr.\n"
            "2) Ny brygga. Exempelby båtklubb. 40 000 kr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Byns bageri"]["owner"] == "Granby bygdeförening"
    assert projects["Ny brygga"]["funders"] == ["Stiftelsen Exempelfonden"]
    text = ("Leader Exempelbygd\nNyheter\n\nLAG har prioriterat\n\nVid mötet prioriterade LAG följande projekt: Torgyran "
            "(Granby kommun, 100 000 kr), Nya spår (Exempelby IF, 50 000 kr) och Byns hus (Granby byalag, 30 000 kr).\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Torgyran", "Nya spår", "Byns hus"}
    assert projects["Byns hus"]["owner"] == "Granby byalag"


def test_a_region_deciding_to_give_in_regi_av_and_a_municipality_of(nlp):
    text = ("Region Exempel\nPressmeddelande\n\nPengar till forskning\n\nRegion Exempel har beslutat att ge 1 miljon "
            "kronor till Exempel universitet för projektet Havets ljud. Projektet drivs i regi av Exempel universitet.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Exempel universitet", ["Region Exempel"])
    assert project["funding"] == [{"amount": 1000000, "currency": "SEK"}]
    text = ("Exempelby kommun\nIn English\n\nSmart Roads\n\nProject owner: Municipality of Umeå\n"
            "Total budget: SEK 2 000 000\nProject period: 2031-01-01 – 2032-12-31\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Municipality of Umeå"  # as written, as the gold writes it


def test_support_from_someone_in_an_aim_is_no_payer(nlp):
    text = ("Exempelby kommun\nNyheter\n\nNytt projekt\n\nExempelby kommun har fått 300 000 kronor från Arvsfonden för "
            "projektet Vägen ut. Syftet är att unga ska få samordnat stöd från Granby kommun och Arbetsförmedlingen.\n")
    [project] = _projects(text, nlp)
    assert "Arbetsförmedlingen" not in project["funders"] and "Granby kommun" not in project["funders"]


def test_semicolon_tables_owner_keyed_entries_and_english_lead_partner_rows(nlp):
    text = ("Bilaga 1\nBeviljade projekt, Leader Exempelbygd\n\nProjekt;Sökande;Beviljat belopp (kr)\n"
            "Byns bastu;Granby byalag;120 000\nNya spår;Exempelby IF;80 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Byns bastu"]["owner"] == "Granby byalag"
    assert projects["Nya spår"]["funding"] == [{"amount": 80000, "currency": "SEK"}]
    text = ("Region Exempel\nNyheter\n\nKulturstöd\n\nKulturnämnden har beslutat. Följande ansökningar beviljades:\n\n"
            "• Granby kommun: Projekt Sång i skolan, 200 000 kronor\n• Exempelby teater: Projekt Scen i byn, 90 000 kronor\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Sång i skolan"]["owner"] == "Granby kommun"
    text = ("Interreg Exempel\nNews\n\nNew projects\n\nThe committee approved two projects:\n\n"
            "COLDBAY (Lead partner: Exempel universitet) – ERDF EUR 1.1 million\n"
            "WARMSEA (Lead partner: Granby kommun) – ERDF EUR 0.8 million\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["COLDBAY"]["owner"], projects["COLDBAY"]["funding"]) == \
        ("Exempel universitet", [{"amount": 1100000, "currency": "EUR"}])
    assert "ERDF" in projects["WARMSEA"]["funders"]


def test_numbered_project_headings_an_owner_label_and_inverted_order(nlp):
    text = ("Exempelförbundet\nAktuellt\n\nTvå projekt\n\nProjekt 1 – Ljus i byn\nÄgare: Granby kommun. Projektet pågår "
            "2031–2032 och har en budget på 1 miljon kronor.\n\nProjekt 2 – Nya spår\nÄgare: Exempelby kommun. Projektet "
            "pågår 2031–2033 och har en budget på 2 miljoner kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ljus i byn"]["owner"] == "Granby kommun"
    text = ("Exempelby kommun\nNyheter\n\nNytt projekt\n\nMed stöd från Region Exempel på 300 000 kronor startar nu "
            "Exempelby kommun projektet Starta här. Projektet pågår under 2031.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempelby kommun"


def test_colonless_fact_lines_under_titles_dotted_facts_and_a_bracketed_period(nlp):
    text = ("Leader Exempelbygd\nMeny\n\nBeviljade projekt 2031\n\nHär listas vad styrelsen har beviljat i år.\n\n"
            "Bastu vid badet\nStödmottagare Granby byalag\nBeviljat 120 000 kr\nGenomförande 2031–2032\n\n"
            "Nya skidspår\nStödmottagare Exempelby IF\nBeviljat 80 000 kr\nGenomförande 2031\n\n"
            "Leader Exempelbygd finansieras av Europeiska unionen och Jordbruksverket.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bastu vid badet", "Nya skidspår"}
    bastu = projects["Bastu vid badet"]
    assert (bastu["owner"], bastu["funding"]) == ("Granby byalag", [{"amount": 120000, "currency": "SEK"}])
    assert (bastu["start_date"], bastu["end_date"]) == ("2031", "2032")
    assert projects["Nya skidspår"]["funders"] == ["Leader Exempelbygd"]  # the area's own funders pay it nothing
    text = ("Exempelförbundet\nVerksamhetsberättelse 2031\n\nPågående projekt\n\n"
            "Ljus i byn (2031–2033)\nProjektägare: Granby kommun · Budget: 900 000 kr · Finansiär: Boverket\n\n"
            "Nya spår (2032)\nProjektägare: Exempelby kommun · Budget: 400 000 kr · Finansiär: Trafikverket\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i byn", "Nya spår"}
    ljus = projects["Ljus i byn"]
    assert (ljus["owner"], ljus["start_date"], ljus["end_date"], ljus["funders"]) == \
        ("Granby kommun", "2031", "2033", ["Boverket"])
    assert (projects["Nya spår"]["start_date"], projects["Nya spår"]["end_date"]) == ("2032", "2032")


def test_amount_first_lines_a_bare_case_line_and_an_english_name_in_apposition(nlp):
    text = ("Region Exempel\nPressmeddelande\n\nStöd till byarna\n\nRegion Exempel har beslutat om stöd till tre projekt:\n\n"
            "300 000 kronor till Granby kommun för projektet Ljus i byn, som pågår 2031–2032.\n"
            "120 000 kronor till Exempelby IF för Nya spår, som pågår till och med 2033.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i byn", "Nya spår"}
    spar = projects["Nya spår"]
    assert (spar["owner"], spar["end_date"], spar["funders"], spar["funding"]) == \
        ("Exempelby IF", "2033", ["Region Exempel"], [{"amount": 120000, "currency": "SEK"}])
    text = ("Region Exempel\nPROTOKOLL\nRegionala utvecklingsnämnden\n\n§ 12 Medfinansiering av projektet Ljus i byn\n"
            "RUN/2031/0007\n\nBeslut\nNämnden beslutar att medfinansiera projektet Ljus i byn med 200 000 kronor "
            "under perioden 2031-01-01–2031-12-31.\n\nGranby kommun har ansökt om medfinansiering för projektet.\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "RUN/2031/0007"
    text = ("News | Interreg Exempel\n\nA new project on cold harbours\n\nFour partners have started ColdBay, a two-year "
            "project on ice in small harbours. The project is led by Exempel University and has a total budget of "
            "EUR 1.2 million, of which the Interreg Exempel programme covers 60 percent.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("ColdBay", "Exempel University")
    assert "Interreg Exempel" in project["funders"] and project["eu_cofinancing_rate"] == 60


def test_another_projects_end_inverted_grants_english_goal_headings_and_a_programme_period(nlp):
    text = ("Exempelby kommun\nNyheter\n\nNy satsning på unga\n\nExempelby kommun startar projektet Ungvägen. "
            "Projektet får 2 miljoner kronor och pågår från mars 2031 till februari 2033.\n\n"
            "Satsningen bygger på erfarenheterna från projektet Ungsteget, som avslutades 2029.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["start_date"], project["end_date"]) == ("Ungvägen", "2031-03", "2033-02")
    text = ("Granby kommun\nNyheter\n\nMedel till två föreningar\n\nKommunen har fördelat årets utvecklingsmedel.\n\n"
            "Det största beloppet, 200 000 kronor, går till Granby Roddklubb som ska bygga om sitt båthus i "
            "projektet Båthuset.\n\nSlutligen får Stiftelsen Granbygården 50 000 kronor till projektet Sommarscen, "
            "som genomförs under 2031.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Båthuset"]["owner"], projects["Båthuset"]["funding"]) == \
        ("Granby Roddklubb", [{"amount": 200000, "currency": "SEK"}])
    assert projects["Sommarscen"]["owner"] == "Stiftelsen Granbygården"
    text = ("Exempel University\nResearch\n\nColdLab\n\nAbout the project\nColdLab tests new ways to store cold.\n\n"
            "Project goals\nHalve the energy used by the cold stores.\nShare the results with ten companies.\n\n"
            "Project facts\nDuration: 2031–2033\nFunded by: Vinnova\nBudget: SEK 3 million\n")
    [project] = _projects(text, nlp)
    assert [g for g in project["goals"]] == ["Halve the energy used by the cold stores.",
                                             "Share the results with ten companies."]
    text = ("keep.eu\nProject\n\nTitle: Cold harbours of the north\nProgramme: Interreg Baltic Sea Region 2021-2027\n"
            "Lead partner: Exempel University\nTotal budget: EUR 1 000 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Interreg Baltic Sea Region 2021-2027"]


def test_bracketed_owners_after_projektet_a_period_said_of_all_and_a_journal_number_column(nlp):
    text = ("Exempelverket\nNyheter\n\nNya projekt\n\nExempelverket har fattat beslut om stöd:\n\n"
            "• Projektet Ljus i byn Granby (Granby kommun) beviljas 1,2 miljoner kronor.\n"
            "• Projektet Nya spår (Exempelby IF) beviljas 400 000 kronor.\n\nProjekten startar under våren 2031.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ljus i byn Granby"]["owner"] == "Granby kommun"
    assert [projects[n]["start_date"] for n in ("Ljus i byn Granby", "Nya spår")] == ["2031", "2031"]
    text = ("Leader Exempelbygd\nLAG-möte\n\nJournalnr | Sökande | Projekt | Beslut | Belopp\n"
            "2031-1201 | Granby byalag | Bastu vid sjön | Bifall | 90 000 kr\n"
            "2031-1202 | Exempelby IF | Nya spår | Bifall | 60 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Bastu vid sjön"]["case_number"], projects["Bastu vid sjön"]["start_date"]) == ("2031-1201", None)


def test_an_association_named_in_lower_case_an_infinitive_period_and_english_cues(nlp):
    text = ("Lokaltidningen\n\nBär och svamp i byarna\n\nBakom projektet står Föreningen Byar i samarbete, som har fått "
            "300 000 kronor från Leader Exempelbygd. Projektet heter Skogsboden och ska pågå till och med maj 2032.\n\n"
            "Tanken är att byarnas butiker ska sälja bär under ett gemensamt namn.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["end_date"]) == ("Föreningen Byar i samarbete", "2032-05")
    assert project["goals"] == ["Tanken är att byarnas butiker ska sälja bär under ett gemensamt namn."]
    text = ("Exempel University\nResearch\n\nSchools Online\n\nSchools Online studies shared teachers.\n\nFunding\n"
            "The project is funded by Formas with SEK 2.5 million.\n\nPeriod\n2031–2033\n\nTeam\nThe project is led by "
            "Exempel University in cooperation with Granby kommun and Åsby kommun.\n")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 2500000, "currency": "SEK"}]
    assert project["partners"] == ["Granby kommun", "Åsby kommun"]
    text = ("Interreg Exempel\nNews\n\nShared ferries\n\nTwo towns test shared ferries. The project, called Fergelink, "
            "has been granted EUR 500 000 and will run from May 2031 until April 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Fergelink", None)


def test_a_table_flattened_one_cell_per_line_and_rows_that_open_with_the_owner(nlp):
    text = ("Region Exempel\n\nBeslut om projektmedel\n\nNämnden har beviljat följande ansökningar.\n\n"
            "Projekt\nSökande\nBeviljat belopp\nPeriod\nLjus i byn\nGranby kommun\n300 000 kr\n2031–2032\n"
            "Nya spår\nExempelby IF\n120 000 kr\n2031\n\nNästa omgång stänger i maj.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i byn", "Nya spår"}
    assert (projects["Nya spår"]["owner"], projects["Nya spår"]["funding"], projects["Nya spår"]["end_date"]) == \
        ("Exempelby IF", [{"amount": 120000, "currency": "SEK"}], "2031")
    text = ("Region Exempel\nBeviljade projekt\n\nRegionen har beviljat utvecklingsmedel till följande projekt:\n\n"
            "Granby kommun – Ljus i byn – 1,1 mnkr\nÅsby kommun – Torget året runt – 400 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Torget året runt"]["owner"], projects["Ljus i byn"]["funding"]) == \
        ("Åsby kommun", [{"amount": 1100000, "currency": "SEK"}])


def test_an_item_granted_what_was_applied_for_a_start_headline_and_english_awards(nlp):
    text = ("Kulturnämnden\nProtokoll\n\n§ 12 Ansökan om bidrag, Granby byalag\nDnr KN 2031/4\n"
            "Ärendet: Granby byalag ansöker om 40 000 kronor för projektet Byns bastu.\nBeslut: Bifall.\n\n"
            "§ 13 Ansökan om bidrag, Åsby IF\nDnr KN 2031/5\n"
            "Ärendet: Åsby IF ansöker om 30 000 kronor för projektet Nya spår.\nBeslut: Avslag.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funding"]) == ("Byns bastu", [{"amount": 40000, "currency": "SEK"}])
    text = ("Exempelby kommun\nNyheter\n\nNu startar Digital hjälp i byn\n\nProjektet drivs av Exempelby kommun och "
            "finansieras av Länsstyrelsen med 200 000 kronor. Det pågår under hela 2031.\n\n"
            "Vill du veta mer? Kontakta projektledare Eva Ek, eva.ek@exempelby.se\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["start_date"], project["end_date"]) == ("Digital hjälp i byn", "2031", "2031")
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@exempelby.se"}]
    text = ("Exempel University\nNews\n\nRoads in spring\n\nThe research council Formas has awarded SEK 3 million to a "
            "project led by Exempel University. The project, Thaw Roads, runs 2031–2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funders"]) == ("Thaw Roads", ["Formas"])


def test_a_guide_describes_no_project_and_a_letter_names_its_project_not_its_date(nlp):
    text = ("Exempelverket\nGuider\n\nSå skriver du en bra ansökan\n\nBeskriv vem som är projektägare.\n\nExempel\n"
            "Projektet Exempelbyn ska skapa jobb. Projektägare: Exempelkommunen. Budget: 500 000 kronor.\n")
    assert _projects(text, nlp) == []
    text = ("Region Exempel\nYTTRANDE\nDatum 2031-02-03\nDnr RS/2031/14\n\n"
            "Yttrande över ansökan om stöd ur Europeiska regionala utvecklingsfonden\n\n"
            "Region Exempel tillstyrker ansökan från Exempel universitet om projektet Kalltest. Projektet beräknas "
            "kosta 4 000 000 kronor och genomförs 2031-04-01–2033-12-31.\n\nRegionen medfinansierar projektet med "
            "500 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["case_number"]) == ("Kalltest", "Exempel universitet", "RS/2031/14")
    assert project["funders"] == ["Region Exempel"]  # the fund is applied to, not paying yet
    assert {f["amount"] for f in project["funding"]} == {4000000, 500000}


def test_label_value_sentences_with_stod_and_a_lone_fact_row_between_bars(nlp):
    text = ("Leader Exempelbygd\nNyheter\n\nTvå nya projekt\n\nBastu vid sjön\nStödmottagare: Granby byalag. "
            "Stöd: 90 000 kr. Byalaget ska bygga en bastu vid badplatsen.\n\nNya spår\nStödmottagare: Exempelby IF. "
            "Stöd: 60 000 kr. Projektet ska dra två nya skidspår.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Bastu vid sjön"]["funding"] == [{"amount": 90000, "currency": "SEK"}]
    assert projects["Nya spår"]["goals"] == ["Projektet ska dra två nya skidspår."]
    text = ("Projektbanken\n\nProjektnamn | Ljus i byn\nStödmottagare | Granby kommun\nProjektstart | 2031-01-01\n\n"
            "Sammanfattning | Projektet ska sätta upp lampor i alla byar.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Projektet ska sätta upp lampor i alla byar."]


def test_repeated_fact_boxes_opened_by_the_same_label_and_a_page_that_grants_them(nlp):
    text = ("Region Exempel\nNyheter\n\nBeviljat i maj\n\nProjekt: Ljus i byn\nProjektägare: Granby kommun\n"
            "Beviljat: 300 000 kr\nProjektperiod: 2031–2032\n\nProjekt: Nya spår\nProjektägare: Åsby kommun\n"
            "Beviljat: 100 000 kr\nProjektperiod: 2031\n\nProjekten har beviljats regionala utvecklingsmedel.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Nya spår"]["owner"], projects["Nya spår"]["funding"]) == \
        ("Åsby kommun", [{"amount": 100000, "currency": "SEK"}])
    assert projects["Ljus i byn"]["funders"] == ["Region Exempel"]
    text = ("Exempelby kommun\nKultur och fritid\n\nBidrag 2031\n\nKommunen har beviljat följande bidrag:\n\n"
            "• 20 000 kr – Granby byalag för projektet Byns arkiv\n• 10 000 kr – Åsby IF för projektet Nya mål\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Nya mål"]["owner"], projects["Nya mål"]["funders"]) == ("Åsby IF", ["Exempelby kommun"])


def test_a_case_in_brackets_after_the_name_and_periods_said_with_infinitives(nlp):
    text = ("DELÅRSRAPPORT\n\nProjekt: Matlandet Exempel (Dnr 2031/17)\nProjektägare: Exempelby kommun\n"
            "Projektperiod: 2031–2032\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"]) == ("Matlandet Exempel", "2031/17")
    text = ("Lokaltidningen\n\nSimskola vid sjön\n\nSimförbundet startar projektet Trygg vid sjön tillsammans med "
            "Exempelby kommun. Arvsfonden ger 1,5 miljoner kronor till projektet, som ska pågå i två år från och med "
            "augusti 2031.\n")
    [project] = _projects(text, nlp)
    assert project["start_date"] == "2031-08"
    text = ("Länsstyrelsen Exempel\nBESLUT\n\nStödmottagare\nExempelby fiskevårdsförening\n\nBeslut om projektstöd\n"
            "Länsstyrelsen beviljar stöd med 200 000 kronor till projektet Fria vägar.\n"
            "Projektet ska genomföras 2031-07-01–2032-12-31.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-07-01", "2032-12-31")


def test_english_thousands_with_commas_and_a_council_that_supports_a_project(nlp):
    from extractors.money import find_amounts

    assert [m.amount for m, _, _ in find_amounts("EUR 1,250,000 and DKK 300,000")] == [1250000, 300000]
    assert [m.amount for m, _, _ in find_amounts("2,5 miljoner kronor")] == [2500000]  # a Swedish decimal comma stays
    text = ("Nordic News\n\nA network for young farmers\n\nThe Nordic Council of Ministers supports the project Young "
            "Farmers North with DKK 400,000. The project is led by the Farmers Association in Norway and runs from "
            "2031 to 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Young Farmers North", "Farmers Association in Norway")
    assert (project["funders"], project["funding"]) == (["Nordic Council of Ministers"],
                                                        [{"amount": 400000, "currency": "DKK"}])


def test_a_news_archive_of_teasers_describes_no_project_and_an_article_names_its_project_after_a_scene(nlp):
    text = ("Region Exempel\nNyhetsarkiv\n\nAlla nyheter\n\n2031-03-12\nProjektet Ljuset får 2 miljoner kronor\nLäs mer\n\n"
            "2031-03-05\nNy strategi antagen\nLäs mer\n")
    assert _projects(text, nlp) == []
    text = ("Lokaltidningen\n\nSensorer ska spara el i hamnen\n\nKlockan är sju och de första bilarna rullar in i hamnen. "
            "Under taket sitter nya mätare.\n\nDet är en del av projektet Smart Kaj, som Exempel Hamn AB driver med stöd "
            "från Europeiska regionala utvecklingsfonden. Projektet har en budget på 4 miljoner kronor och pågår till 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["end_date"]) == ("Smart Kaj", "Exempel Hamn AB", "2033")


def test_a_site_section_and_breadcrumb_over_the_title_and_a_company_named_with_an_ampersand(nlp):
    text = ("Interreg Sverige-Norge\nProsjekter / Projekt\nGränslösa spår\nProjektägare: Granby kommune\n"
            "Total budget: 500 000 EUR\nProjektperiod: 2031-03-01 – 2032-12-31\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Gränslösa spår", "Granby kommune")
    text = ("Föreningen Exempel\nVåra projekt\nSkolkontakt i norr\n\nOm projektet\nSkolkontakt i norr kopplar ihop "
            "klasser i två länder.\n\nProjektet genomförs 2031–2032 och finansieras av Nordplus med 50 000 euro.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Skolkontakt i norr"
    text = ("Högskolan Exempel\nForskning / Projekt\n\nSolvärme i byn\n\nProjektet testar solvärme.\n\n"
            "Projektledare: Eva Ek, eva.ek@exempel.se\nProjekttid: 2031-01-01 – 2032-12-31\nFinansiär: Energimyndigheten\n"
            "Samarbetspartner: Granby Energi & Vatten AB, Åsby kommun\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Granby Energi & Vatten AB", "Åsby kommun"]


def test_a_name_ends_before_for_perioden(nlp):
    text = ("Samordningsförbundet Exempel\nProtokoll\n\n§ 4 Ansökan från Granby kommun – Steg för steg\nDnr 2031/12\n"
            "Styrelsen beslutar att bevilja 300 000 kronor till projektet Steg för steg för perioden "
            "2031-05-01 – 2032-04-30.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["start_date"], project["end_date"]) == ("Steg för steg", "2031-05-01", "2032-04-30")


def test_headings_owner_then_name_a_funds_part_in_brackets_and_english_approval(nlp):
    text = ("Region Exempel\nNyheter\n\nTre projekt får stöd\n\nGranby kommun – Säkra cykelvägar\n"
            "Projektet får 300 000 kronor och ska bygga nya cykelbanor.\n\nÅsby kommun – Unga i arbete\n"
            "Projektet får 200 000 kronor och pågår 2031–2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Unga i arbete"]["owner"], projects["Säkra cykelvägar"]["owner"]) == ("Åsby kommun", "Granby kommun")
    text = ("Exempel Programme\nProjects\n\nProject: Harbour Links\nLead partner: Exempel University\n"
            "Budget: EUR 1,000,000 (ERDF EUR 800,000)\nDuration: 01/2031 – 12/2032\n")
    [project] = _projects(text, nlp)
    assert "ERDF" in project["funders"]
    assert {f["amount"] for f in project["funding"]} == {1000000, 800000}
    text = ("Exempel University\nNews\n\nOur project ColdWise approved\n\nWe are happy to announce that our project "
            "ColdWise has been approved by Interreg Europe! The project has a total budget of EUR 1.5 million and runs "
            "from April 2031 to March 2034.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Interreg Europe"]
    assert (project["start_date"], project["end_date"]) == ("2031-04", "2034-03")


def test_a_fund_named_in_lower_case_pays_and_an_authority_that_pays_it_out_does_not(nlp):
    text = ("Länsstyrelsen Exempel\nNyheter\n\nLokal mat i skolan\n\nLänsstyrelsen har beviljat 300 000 kronor ur "
            "landsbygdsprogrammet till Exempel Matkluster för projektet Skolmat nära. Projektet pågår till och med "
            "december 2032.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Landsbygdsprogrammet"]
    assert (project["owner"], project["end_date"]) == ("Exempel Matkluster", "2032-12")


def test_a_sum_said_of_many_projects_is_no_projects_money(nlp):
    text = ("Region Exempel\nÅrsredovisning\n\nEU-projekt\n\nUnder året deltog regionen i 12 EU-projekt med en "
            "sammanlagd budget på 80 miljoner kronor. Bland annat avslutades projektet Grön Hamn under året.\n")
    assert _projects(text, nlp) == []


def test_a_university_named_in_one_word_owns_its_page_and_a_landsting_is_a_site_that_pays(nlp):
    text = ("Exempeluniversitetet\nForskningsprojekt\n\nSkogens kol\n\nOm projektet\nForskare undersöker hur skogen "
            "binder kol.\n\nFinansiär: Formas\nBeviljat belopp: 2 000 000 kr\nProjektperiod: 2031-01-01 – 2032-12-31\n"
            "Projektledare: Eva Ek, eva.ek@exempel.se\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempeluniversitetet"
    text = ("Exempels läns landsting\nPROTOKOLL\nRegionala utvecklingsutskottet\n\n§ 3 Projekt: Unga i fjällen\n"
            "Diarienummer: RUN 2031/0201\nSökande: Granby kommun\nBeslut\nUtskottet beviljar 500 000 kronor i "
            "regionala utvecklingsmedel för perioden 2031-04-01–2032-03-31.\n\n§ 4 Projekt: Gröna bussar\n"
            "Diarienummer: RUN 2031/0207\nSökande: Åsby kommun\nBeslut\nUtskottet beviljar 700 000 kronor i "
            "regionala utvecklingsmedel för perioden 2031-05-01–2032-04-30.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Gröna bussar"]["funders"] == ["Exempels läns landsting"]


def test_colonless_facts_with_a_region_and_a_period_and_owner_first_entries_without_quotes(nlp):
    text = ("Projektbanken\n\nKompetensnav Exempel\nÄrendeid 20311234\nStödmottagare Region Exempel\n"
            "Beviljat ERUF-stöd 500 000 kr\nProjektperiod 2031-06-01 – 2033-05-31\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Region Exempel", "2031-06-01", "2033-05-31")
    text = ("Region Exempel\nBeslut\n\nNämnden beviljade följande projekt regionala utvecklingsmedel:\n\n"
            "Granby kommun, projekt Industrikompetens Granby, 400 000 kronor, projektperiod 2031-06-01–2033-05-31.\n"
            "Åsby universitet, projekt AI i skolan, 900 000 kronor, projektperiod 2031-09-01–2034-08-31.\n\n"
            "Båda projekten redovisas till nämnden varje år.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["AI i skolan"]["owner"], projects["AI i skolan"]["funding"]) == \
        ("Åsby universitet", [{"amount": 900000, "currency": "SEK"}])


def test_entries_that_open_with_the_name_then_say_who_runs_it_in_english_and_swedish(nlp):
    text = ("Exempel Programme\nNews\nTwo projects approved\nThe committee approved two projects on 3 May 2031.\n"
            "Lake Boats, led by Granby kommun, receives EUR 300 000 from the programme. Together with Åsby "
            "universitet, the project will build three electric ferries. The project runs from 1 June 2031 to "
            "31 May 2033.\n"
            "Forest Paths is led by Åsby kommun and gets EUR 120 000. The aim is to mark new hiking trails.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Lake Boats", "Forest Paths"}
    assert projects["Forest Paths"]["owner"] == "Åsby kommun"
    assert projects["Forest Paths"]["funding"] == [{"amount": 120000, "currency": "EUR"}]
    assert projects["Lake Boats"]["goals"] == ["Together with Åsby universitet, the project will build three "
                                               "electric ferries."]
    text = ("Nyheter\nTvå nya projekt\nVattenvägar, med Granby kommun som projektägare, får 400 000 kronor. "
            "Projektet pågår 2031–2032.\nSkolskogen leds av Åsby kommun och får 250 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Vattenvägar"]["owner"], projects["Skolskogen"]["owner"]) == ("Granby kommun", "Åsby kommun")


def test_a_site_name_and_its_database_over_the_title_and_a_label_with_a_verb(nlp):
    text = ("Exempelnätverket\nProjektdatabas\nBygdens smedja\nProjektägare: Granby hembygdsförening\n"
            "Beviljat stöd: 90 000 kr\nStödet kommer från: Europeiska jordbruksfonden för landsbygdsutveckling\n"
            "Beskrivning\nProjektet ska rusta upp byns gamla smedja.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Bygdens smedja"
    assert project["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling"]
    assert project["goals"] == ["Projektet ska rusta upp byns gamla smedja."]


def test_a_contact_line_ending_in_an_email_does_not_swallow_the_next_projects_title(nlp):
    text = ("Våra projekt\nVi driver två projekt.\nBroar till jobb\nProjektägare: Exempelförbundet\n"
            "Period: 2031-01-01 – 2032-12-31\nBudget: 800 000 kronor\nKontakt: Eva Ek, eva.ek@exempel.se\n"
            "Språkcafé\nProjektägare: Exempelförbundet\nPeriod: 2031-03-01 – 2032-02-28\nBudget: 300 000 kronor\n"
            "Kontakt: Per Ek, per.ek@exempel.se\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Broar till jobb", "Språkcafé"}
    assert projects["Broar till jobb"]["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@exempel.se"}]


def test_a_target_after_an_adverbial_is_a_goal_and_a_leader_areas_name_cut_at_its_comma_is_its_site(nlp):
    text = ("Leader Sjö, berg och dal\nNyheter\nGranby bygdeförening har beviljats 200 000 kronor från Leader Sjö, berg och dal för projektet "
            "Bygdens bad. Projektet pågår från 1 maj 2031 till 30 april 2032.\nUnder projekttiden ska minst 20 "
            "föreningar pröva att hyra badet.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Sjö, berg och dal"]
    assert project["goals"] == ["Under projekttiden ska minst 20 föreningar pröva att hyra badet."]


def test_a_project_given_as_an_example_in_an_overview_is_no_entry(nlp):
    text = ("Nyheter\nSå har pengarna fördelats\nHittills har 30 projekt i länet beviljats totalt 90 miljoner kronor "
            "från Europeiska socialfonden plus.\nEtt exempel är projektet Bryggan, som vi skrev om i höstas.\n")
    assert _projects(text, nlp) == []


def test_the_line_over_a_fact_box_is_its_title_whatever_chrome_is_above_and_a_label_can_give_the_unit(nlp):
    text = ("Exempelverket\nSök projekt\nProjektbanken\nBryggor i skärgården\nÄrendenummer: 20319001\n"
            "Stödmottagare: Granby kommun\nBeviljat belopp (kr): 1 500 000\nTotal budget (tkr): 3 000\n"
            "Projektstart: 2031-01-01\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Bryggor i skärgården"
    assert project["funding"] == [{"amount": 1500000, "currency": "SEK"}, {"amount": 3000000, "currency": "SEK"}]


def test_owner_first_rows_whose_owner_is_a_compound_of_its_kind(nlp):
    text = ("Leader Exempelbygd\nLAG har beviljat tre projekt:\n1. Åby byalag – Nytt bygdehus – 200 000 kr\n"
            "2. Granby skidklubb – Spår för alla – 90 000 kr\n3. Åsby hembygdsförening – Bygdens röster – 50 000 kr\n")
    projects = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert projects == {"Nytt bygdehus": "Åby byalag", "Spår för alla": "Granby skidklubb",
                        "Bygdens röster": "Åsby hembygdsförening"}


def test_a_headline_of_a_subject_and_its_verb_is_no_name_and_a_payer_named_by_its_kind(nlp):
    text = ("Region Exempel\nNyheter\nRegionen satsar på solel\nRegion Exempel går in med 1 miljon kronor i projektet "
            "Soltaket, som Granby kommun driver.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Soltaket", "Granby kommun")
    text = ("Samordningsförbundet Exempel\nPressmeddelande\nSamordningsförbundet Exempel driver projektet ”Friskt "
            "arbete” tillsammans med Granby kommun. Förbundet satsar 300 000 kronor på projektet.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Samordningsförbundet Exempel"]


def test_a_financing_plan_of_payers_and_their_parts(nlp):
    text = ("Ansökan\n2.1 Projektets namn\nLäsglädje\n2.2 Sökande organisation\nStiftelsen Exempel\n3. Finansiering\n"
            "Granby kommun: 100 000 kr\nEuropeiska socialfonden plus: 150 000 kr\nTotal kostnad: 250 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Granby kommun", "Europeiska socialfonden plus"]
    assert [f["amount"] for f in project["funding"]] == [100000, 150000, 250000]


def test_a_table_of_counts_is_statistics_and_a_site_section_is_no_title(nlp):
    text = ("Exempelrådet\nStatistik\nLän | Antal projekt | Beviljat stöd (kr)\nExempels län | 4 | 12 000 000\n"
            "Granby län | 2 | 5 000 000\n")
    assert _projects(text, nlp) == []
    text = ("Granby kommun\nKultur och fritid\nBiblioteket i byn\nI Granby öppnar ett bibliotek i skolan.\n"
            "Fakta\nProjektägare: Granby kommun\nBudget: 400 000 kronor\nTid: 2031–2032\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Biblioteket i byn"


def test_a_newsletters_items_stand_alone(nlp):
    text = ("Nyhetsbrev från Exempelförbundet, maj 2031\nVårens mässa\nFler än 200 personer besökte mässan i år.\n"
            "Nytt projekt om skolskjutsar\nExempelförbundet har beviljats 900 000 kronor från Region Exempel för "
            "projektet Trygga resor. Projektet pågår 2031–2032.\nNy kollega\nVi välkomnar en ny ekonom.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Trygga resor", "Exempelförbundet")


def test_granted_money_under_the_sites_heading_is_the_sites_and_a_title_stem_opens_no_payer_list(nlp):
    text = ("Region Exempel\nBeviljade medel för regional utveckling 2031\nProjekt | Sökande | Belopp (kr)\n"
            "Solbyn | Granby kommun | 300 000\nSkogsbyn | Åsby kommun | 200 000\n")
    assert {p["name"]: p["funders"] for p in _projects(text, nlp)} == {"Solbyn": ["Region Exempel"],
                                                                        "Skogsbyn": ["Region Exempel"]}
    text = ("Exempelverket\nProjektdatabasen för landsbygdsprogrammet\nByns smedja\nLeaderområde: Leader Exempel\n"
            "Stödmottagare: Granby hembygdsförening\nStödbelopp: 80 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempel"]


def test_a_green_light_for_a_project_and_a_second_payer_with_its_verb_left_out(nlp):
    text = ("Nyheter\nPengar till nytt projekt\nGranby kommun har fått klartecken för projektet ”Lärlingsvägen”. "
            "Europeiska socialfonden plus går in med 2 miljoner kronor och Region Exempel med 300 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Granby kommun"
    assert project["funders"] == ["Europeiska socialfonden plus", "Region Exempel"]


def test_a_minutes_running_header_on_every_page_and_its_item_line(nlp):
    header = "Granby kommun\nSammanträdesprotokoll\nKommunstyrelsen\n2031-02-01\nSida\n{page} (9)\nJusterandes sign\n"
    text = (header.format(page=3) + "§ 41 Dnr KS 2031/77\nMedfinansiering av projektet Byns skola\nBeslut\n"
            "Kommunstyrelsen beslutar att medfinansiera projektet Byns skola med 200 000 kronor under 2031.\n"
            + header.format(page=4) + "Syftet är att barnen ska kunna gå i skolan i byn.\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "KS 2031/77"
    assert project["goals"] == ["Syftet är att barnen ska kunna gå i skolan i byn."]


def test_a_universitys_research_page_and_a_heading_under_its_partners(nlp):
    text = ("Exempelhögskolan\nForskning\nForskningsprojekt\nRobotar i vården\nProjektet prövar robotar som hjälper "
            "personalen att lyfta patienter.\nProjektledare\nEva Ek\neva.ek@exempel.se\nFinansiär\nForte\n"
            "Projekttid\n2031–2032\nSamarbetspartner\nGranby kommun\nOm forskningen\nGruppen har arbetat med vårdteknik i tio år.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["partners"]) == ("Robotar i vården", ["Granby kommun"])


def test_an_address_alone_after_more_information_is_the_named_person_it_spells(nlp):
    text = ("Nyheter\nÅsby universitet har fått 1,5 miljoner euro från EU:s ramprogram Horisont Europa för att leda "
            "projektet Rent vatten. I projektet deltar även Granby kommun och energibolaget Exempelkraft.\n"
            "– Det är ett viktigt steg, säger projektledaren Eva Ek.\nMer information: eva.ek@asby.se\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Horisont Europa"]
    assert project["partners"] == ["Granby kommun", "Exempelkraft"]
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@asby.se"}]


def test_project_cards_on_an_overview_with_their_facts_inline_and_the_owner_said_of_all(nlp):
    text = ("Region Exempel\nVåra projekt\nHär hittar du projekt som Region Exempel driver.\nSmarta bussar\n"
            "Ett projekt om elbussar i glesbygd. Projektperiod: 2031–2032. Finansieras av Europeiska regionala "
            "utvecklingsfonden.\nLäs mer om Smarta bussar\nVård i byn\nRegionen prövar mobila vårdcentraler "
            "tillsammans med Granby kommun. Projektperiod: 2031–2033.\nLäs mer om Vård i byn\nSamverkansrådet\n"
            "Ett nätverk där kommunerna möts.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Smarta bussar", "Vård i byn"}  # the network has no period, owner or money
    assert projects["Smarta bussar"]["owner"] == "Region Exempel"
    assert projects["Smarta bussar"]["funders"] == ["Europeiska regionala utvecklingsfonden"]


def test_a_municipality_that_sets_money_aside_pays_for_the_project_it_runs(nlp):
    text = ("Nyheter\nGranby kommun avsätter 500 tkr till projektet Unga i Granby under 2031.\nProjektet drivs av "
            "Granby kommun.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Granby kommun", ["Granby kommun"])


def test_a_leader_areas_name_runs_on_and_the_money_below_a_table_is_all_its_projects(nlp):
    text = ("Leader Exempelbygd\nBeviljade projekt\nProjekt | Projektägare | Beviljat stöd\n"
            "Bygdens bastu | Åby byalag | 120 000 kr\nNya stigar | Granby kommun | 80 000 kr\n"
            "Stödet kommer från Leader Exempelbygd och Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    for project in _projects(text, nlp):
        assert project["funders"] == ["Leader Exempelbygd", "Europeiska jordbruksfonden för landsbygdsutveckling"]
    text = ("Protokollsutdrag\nKommunstyrelsen\nBeslut\nKommunstyrelsen beslutar att bevilja Åby byalag 50 000 kronor "
            "för projektet Byns hus.\nÄrendet\nByalaget vill bygga om skolan till ett samlingshus och har fått "
            "200 000 kronor från Leader Kust och skog.\nGranby kommun\nSida 1 av 1\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Kust och skog", "Granby kommun"]


def test_paragraphs_that_open_with_a_place_and_name_their_project_at_the_end(nlp):
    text = ("Region Exempel\nNyheter\nTvå projekt får regionala medel\nNämnden har beviljat två projekt.\n"
            "I Granby får Föreningen Bygdegården 400 000 kronor för att rusta upp gården. Projektet heter Nya "
            "gården.\nI Åsby satsar Åsby universitet på ett labb för skogsteknik. Universitetet får 700 000 kronor "
            "för projektet, som kallas Skogslabbet.\n")
    projects = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert projects == {"Nya gården": "Föreningen Bygdegården", "Skogslabbet": "Åsby universitet"}


def test_entries_titled_by_their_name_then_a_colon_and_a_quoted_name_after_a_grant_in_mnkr(nlp):
    text = ("Region Exempel\nPressmeddelande\nSmart skog: Åsby universitet får 1,5 miljoner kronor för att bygga "
            "en testbädd. Projektet pågår 2031–2032.\nGröna resor: Granby kommun får 900 000 kronor för att samordna "
            "resor.\nBesluten fattades av regionala utvecklingsnämnden.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Smart skog"]["owner"], projects["Gröna resor"]["owner"]) == ("Åsby universitet", "Granby kommun")
    assert projects["Smart skog"]["funders"] == ["Region Exempel"]
    text = ("Granby kommun\nAktuellt\nGranby kommun beviljas 1,2 mnkr för ”Vård i tiden”\nGranby kommun beviljas "
            "1,2 miljoner kronor från Europeiska socialfonden plus för ”Vård i tiden”, ett projekt om vårdens "
            "kompetens.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funding"]) == ("Vård i tiden", [{"amount": 1200000, "currency": "SEK"}])


def test_a_norwegian_interreg_box_and_the_other_sides_owner_takes_part(nlp):
    text = ("Interreg Sverige-Norge\nProsjekter / Projekt\nFelles fjell\nProsjekteier: Exempel kommune\n"
            "Svensk projektägare: Granby kommun\nProsjektperiode: 2031-01-01 – 2033-12-31\n"
            "Totalbudsjett: 500 000 € + 2 000 000 NOK\nProsjektet skal merke nye turstier over grensen.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Exempel kommune", ["Granby kommun"])
    assert (project["start_date"], project["end_date"]) == ("2031-01-01", "2033-12-31")
    assert project["funding"] == [{"amount": 500000, "currency": "EUR"}, {"amount": 2000000, "currency": "NOK"}]
    assert project["goals"] == ["Prosjektet skal merke nye turstier over grensen."]


def test_a_universitys_page_with_english_labels_under_its_own_menu(nlp):
    text = ("Exempeluniversitetet\nOm universitetet\nSamverkan\nProjekt\nRen energi i länet\nThe project builds a "
            "regional energy plan.\nProject owner\nExempeluniversitetet\nFunding\nEnergimyndigheten, Granby kommun\n"
            "Project period\n2031–2033\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ren energi i länet"
    assert project["funders"] == ["Energimyndigheten", "Granby kommun"]


def test_an_earlier_studys_payer_is_not_the_projects_and_a_leader_area_as_agent_then_the_owner_pays(nlp):
    text = ("Nyheter\nNu startar Granby kommun projektet Broarna. Projektet har beviljats 2 miljoner kronor från "
            "Europeiska socialfonden plus.\nProjektet bygger vidare på förstudien Stegen, som genomfördes 2029 med "
            "stöd från Exempelverket.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska socialfonden plus"]
    text = ("Granby kommun\nProjekt\nBygdens båtar\nProjektet leds av Granby kommun.\nFinansiering\nProjektet "
            "finansieras av Europeiska jordbruksfonden för landsbygdsutveckling genom Leader Exempelkust samt av "
            "Granby kommun. Den totala budgeten är 900 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "Leader Exempelkust",
                                  "Granby kommun"]


def test_a_decision_with_its_case_line_over_the_title_a_cost_table_and_a_financing_plan(nlp):
    text = ("Region Exempel\nBESLUT\nRegionstyrelsen\n2031-03-01\nRS 2031/55\nBeslut om regionalt utvecklingsstöd "
            "till projektet Byns kök\nRegionstyrelsen beslutar att bevilja Granby byalag regionalt utvecklingsstöd med "
            "200 000 kronor.\nKostnadsslag Belopp (kr)\nPersonal 250 000\nSumma kostnader 300 000\nFinansiering\n"
            "Region Exempel 200 000\nGranby byalag 100 000\nSyftet med projektet är att byn ska få ett kök för "
            "föreningarna.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"], project["owner"]) == ("Byns kök", "RS 2031/55", "Granby byalag")
    assert project["funders"] == ["Region Exempel", "Granby byalag"]
    assert sorted(f["amount"] for f in project["funding"]) == [100000, 200000, 300000]
    assert project["goals"] == ["Syftet med projektet är att byn ska få ett kök för föreningarna."]


def test_english_awarded_by_and_a_payer_after_an_adverb(nlp):
    text = ("Exempeluniversitetet\nPress\nExempeluniversitetet awarded SEK 5 million for research on forests\n"
            "Exempeluniversitetet has been awarded SEK 5 million by the Swedish Research Council for the project "
            "Forest Futures. The project will run from 2031 to 2033.\nFor more information, please contact "
            "Professor Eva Ek, eva.ek@exempel.se\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funders"]) == ("Forest Futures", ["Swedish Research Council"])
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@exempel.se"}]
    text = ("Nyheter\nGranby kommun får två miljoner kronor från Allmänna arvsfonden för projektet Ung röst. Dessutom "
            "bidrar Region Exempel med en halv miljon kronor.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Allmänna arvsfonden", "Region Exempel"]
    assert [f["amount"] for f in project["funding"]] == [2000000, 500000]


def test_a_project_that_shall_show_something_has_that_aim(nlp):
    text = ("Exempelverket\nFinansierade projekt\nTrä i höga hus\nKoordinator\nÅsby universitet\nBidrag från "
            "Exempelverket\n900 000 kronor\nSyfte och mål\nProjektet ska visa att trä håller i hus med tio våningar.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Projektet ska visa att trä håller i hus med tio våningar."]


def test_a_project_on_a_funds_own_pages_is_paid_by_that_fund(nlp):
    text = ("Europeiska socialfonden\nProjektfakta\nProjektets namn: Jobbvägen\nProjektägare: Granby kommun\n"
            "Projektperiod: 2031-01-01 – 2032-12-31\nBeviljat belopp: 800 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska socialfonden"]


def test_payers_named_before_the_project_starts_and_a_headline_without_a_verb_gives_way_to_its_lead(nlp):
    text = ("Nyheter\nNy mötesplats för unga i Granby\n2031-06-03\nMed stöd av Europeiska regionala "
            "utvecklingsfonden och Granby kommun startar nu projektet Unga idéer.\nProjektet drivs av Exempelhuset "
            "och pågår till och med maj 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Unga idéer", "Exempelhuset")
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden", "Granby kommun"]


def test_payers_listed_under_a_lead_in_and_an_international_coordinator(nlp):
    text = ("Slutrapport\nProjekt: Bygdens smak\nProjektägare: Granby byalag\nProjektperiod: 2031-01-01 – 2032-12-31\n"
            "Projektet har finansierats av:\n• Leader Exempelbygd\n• Granby kommun\nBeviljat stöd: 300 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempelbygd", "Granby kommun"]
    text = ("Exempelportalen\nWood Futures\nProject ID: 101000001\nCoordinated by: Åsby universitet, Sweden\n"
            "Funded under: Horizon Europe\nEU contribution: EUR 2 000 000\nStart date: 1 January 2031\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Åsby universitet", ["Horizon Europe"])


def test_an_associations_interventions_and_a_sentence_under_them_about_all(nlp):
    text = ("Samordningsförbundet Exempel\nVåra insatser\nFörbundet har beviljat medel till följande insatser:\n"
            "Insats: Första steget\nAnsvarig: Granby kommun\nBelopp: 500 000 kronor\nInsats: Vägen vidare\n"
            "Ansvarig: Åsby kommun\nBelopp: 300 000 kronor\nInsatserna pågår under 2031.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: (p["owner"], p["start_date"], p["end_date"]) for n, p in projects.items()} == {
        "Första steget": ("Granby kommun", "2031", "2031"), "Vägen vidare": ("Åsby kommun", "2031", "2031")}


def test_a_turned_down_entry_in_a_minutes_fact_boxes_and_a_common_noun_in_a_headline_owns_nothing(nlp):
    text = ("Leader Exempelbygd\nProtokoll LAG-möte\nÄrende 1\nSökande: Granby IF\nProjekt: Boll för alla\n"
            "Belopp: 50 000 kr\nBeslut: Beviljas\nÄrende 2\nSökande: Åsby konstförening\nProjekt: Konst i byn\n"
            "Belopp: 30 000 kr\nBeslut: Avslag\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Boll för alla"]
    text = ("Leader Exempelbygd\nNyheter\nBageri i Granby får Leaderstöd\nGranby bageri ekonomisk förening har fått "
            "200 000 kronor i Leaderstöd för projektet Bröd från byn.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Granby bageri ekonomisk förening"


def test_the_other_municipalities_named_bare_take_part(nlp):
    text = ("Nyheter\nTre kommuner går ihop i projektet Gröna jobb, som leds av Granby kommun. Projektet har beviljats "
            "2 miljoner kronor från Europeiska socialfonden plus.\nDe övriga kommunerna är Åsby och Norrfors.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Åsby kommun", "Norrfors kommun"]


def test_a_label_in_two_languages_is_either_one(nlp):
    text = ("Interreg Exempel\nProjekter\nFjord Food\nProjektejer / Projektägare: Åsby universitet\n"
            "Projektperiode / Projektperiod: 2031-01-01 – 2033-12-31\nEU-midler / EU-medel: 900 000 euro\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funding"]) == ("Åsby universitet", [{"amount": 900000, "currency": "EUR"}])


def test_grants_told_in_varied_sentences_and_a_dashed_list_with_the_years_last(nlp):
    text = ("Region Exempel\nNyheter\nTre projekt delar på 2 miljoner\nNämnden har fördelat 2 miljoner kronor till tre "
            "projekt.\nGranby kommun får 900 000 kronor för projektet Nya spår.\nTill Åsby kommun går 600 000 kronor "
            "för projektet Unga i jobb.\nResterande 500 000 kronor går till Norrfors kommun för projektet Byn i "
            "fokus.\n")
    projects = {p["name"]: (p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)}
    assert projects == {"Nya spår": ("Granby kommun", 900000), "Unga i jobb": ("Åsby kommun", 600000),
                        "Byn i fokus": ("Norrfors kommun", 500000)}
    text = ("Region Exempel\nBeslut i nämnden\nNämnden beslutade att bevilja följande projekt:\n"
            "- Rena hav, Åsby universitet, 1 000 000 kronor, 2031–2033\n- Vuxna lär, Granby kommun, 400 000 kronor, "
            "2031–2032\nNämnden beslutade också att avslå ansökan från Föreningen Exempel.\n")
    projects = {p["name"]: (p["owner"], p["start_date"], p["end_date"]) for p in _projects(text, nlp)}
    assert projects == {"Rena hav": ("Åsby universitet", "2031", "2033"), "Vuxna lär": ("Granby kommun", "2031", "2032")}


def test_a_municipal_eu_project_page_under_its_sections_and_an_authority_whose_name_ends_in_styrelsen(nlp):
    text = ("Granby kommun\nNäringsliv\nEU-projekt\nBatterijobb Granby\nGranby kommun leder ett EU-projekt om "
            "batteriindustrins jobb.\nProjektfakta\nProjektägare: Granby kommun\nProjekttid: 1 januari 2031 – "
            "31 december 2032\nBudget: 5 miljoner kronor\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Batterijobb Granby"
    text = ("Nyheter\nGranby kommun får 1 miljon kronor från Post- och telestyrelsen för att bygga ut bredband. "
            "Projektet, som kallas Fiber i byarna, pågår till och med 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funders"]) == ("Fiber i byarna", ["Post- och telestyrelsen"])


def test_a_statistics_table_in_spaced_columns_yields_no_project_but_a_grants_table_does(nlp):
    text = ("Rapport\nTabell 1. Deltagare per region\nRegion           Kvinnor   Män      Totalt\n"
            "Exempelregionen  1 200     1 100    2 300\nGranbyregionen   800       700      1 500\n"
            "Totalt           2 000     1 800    3 800\n")
    assert _projects(text, nlp) == []
    text = ("Region Exempel\nBeviljade projekt\nStödmottagare        Projekt             Stöd (kr)\n"
            "Åby byalag           Byns bastu          120 000\nGranby kommun        Nya stigar          80 000\n")
    projects = {p["name"]: (p["owner"], p["funding"]) for p in _projects(text, nlp)}
    assert projects == {"Byns bastu": ("Åby byalag", [{"amount": 120000, "currency": "SEK"}]),
                        "Nya stigar": ("Granby kommun", [{"amount": 80000, "currency": "SEK"}])}


def test_the_state_pays_in_lower_case(nlp):
    text = ("Länsstyrelsen Exempel\nPressmeddelande\nLänsstyrelsen har beslutat om stöd till två projekt. Pengarna "
            "kommer från Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten.\nGranby kommun får "
            "300 000 kronor för projektet Byns nät.\nÅsby kommun beviljas 200 000 kronor till projektet Gröna gårdar.\n")
    for project in _projects(text, nlp):
        assert project["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "svenska staten"]


def test_owner_first_dashed_rows_of_sports_clubs_with_the_aim_as_the_last_part(nlp):
    text = ("Leader Exempelbygd\nProjekt som fått stöd\nÅby bryggeri AB – Öl från byn – 200 000 kr – Projektet ska "
            "utveckla öl av lokala råvaror.\nGranby IF – Aktiv i Granby – 50 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: p["owner"] for n, p in projects.items()} == {"Öl från byn": "Åby bryggeri AB",
                                                            "Aktiv i Granby": "Granby IF"}
    assert projects["Öl från byn"]["goals"] == ["Projektet ska utveckla öl av lokala råvaror."]


def test_a_headline_owner_gives_way_and_payers_named_by_av_or_in_a_money_label(nlp):
    text = ("Nyheter\nStudieförbund får stöd för läsning\nStudieförbundet Exempel har beviljats 300 000 kronor av "
            "Region Exempel för projektet Läslust. Projektet startar i januari 2031.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Studieförbundet Exempel", ["Region Exempel"])
    text = ("Region Exempel\nProjekt\nHamnens jobb\nProjektägare\nÅsby universitet\nTotal budget\n4 miljoner kronor\n"
            "Beviljat från Europeiska regionala utvecklingsfonden\n2 miljoner kronor\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]


def test_a_descriptor_after_the_title_and_goal_bullets_under_a_label_line(nlp):
    text = ("Exempelförbundet\nOm oss\nVerksamhet\nProjekt\nKontakt\nNya steg – ett ESF-projekt\n"
            "Nya steg är ett samverkansprojekt mellan Exempelförbundet och kommunerna Åby och Granby. Projektet "
            "finansieras av Europeiska socialfonden plus och pågår mellan 1 mars 2031 och 28 februari 2033.\n"
            "Projektägare är Exempelförbundet.\nMål\n- 80 deltagare ska ha börjat i projektet\n"
            "- Hälften av deltagarna ska gå vidare till arbete\nBudget\n"
            "Budgeten är 8 miljoner kronor varav 5 miljoner kommer från ESF+.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Nya steg"
    assert project["owner"] == "Exempelförbundet"
    assert project["goals"] == ["80 deltagare ska ha börjat i projektet", "Hälften av deltagarna ska gå vidare till arbete"]
    assert project["funding"] == [{"amount": 8000000, "currency": "SEK"}, {"amount": 5000000, "currency": "SEK"}]


def test_entries_under_a_lead_that_turns_them_down_are_none(nlp):
    text = ("Leader Exempelbygd\nBeslut från styrelsemötet\nFöljande projekt beviljades stöd:\n"
            "Projekt: Bryggan i Åby. Sökande: Åby båtklubb. Beviljat stöd: 90 000 kr.\n"
            "Följande ansökningar fick avslag:\nProjekt: Ny skidbacke. Sökande: Granby alpina klubb.\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Bryggan i Åby"]


def test_a_subject_after_its_verb_and_a_payer_that_stands_for_most_of_the_money(nlp):
    text = ("Nyheter\nFler unga på landet\nNu startar Hushållningssällskapet Exempel ett projekt som ska locka unga till byn. "
            "Projektet heter Unga i Åby och pågår under 2031. Leader Exempelbygd står för merparten av "
            "finansieringen, 400 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Unga i Åby", "Hushållningssällskapet Exempel")
    assert project["funders"] == ["Leader Exempelbygd"]


def test_a_decision_letter_with_its_own_share_and_a_name_with_som(nlp):
    text = ("Region Exempel BESLUT\nDnr EX 2031/77\nÅby ekonomisk förening\nBox 12\n123 45 Åby\n\n"
            "Beslut om projektstöd för projektet Byn som scen\nBeslut\n"
            "Region Exempel beviljar Åby ekonomisk förening, org.nr 769600-4121, projektstöd med högst 300 000 kronor "
            "för projektet Byn som scen. Stödet avser perioden 2031-01-01–2031-12-31.\nVillkor\n"
            "Stödet får uppgå till högst 50 procent av kostnaderna.\nFinansiering\nRegion Exempel 300 000\n"
            "Egen insats 100 000\nSumma 400 000\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Byn som scen"
    assert project["owner"] == "Åby ekonomisk förening"
    assert project["funders"] == ["Region Exempel", "Åby ekonomisk förening"]


def test_a_minute_item_that_cofunds_what_was_asked_of_a_fund(nlp):
    text = ("PROTOKOLL\nKommunstyrelsen\n§ 12 Dnr KS 2031/5\nMedfinansiering av projektet Ren luft\nÄrendebeskrivning\n"
            "Åby energibyrå AB söker medel från Europeiska regionala utvecklingsfonden för projektet Ren luft.\n"
            "Beslut\nKommunstyrelsen beslutar att medfinansiera projektet med 50 000 kronor.\n"
            "§ 13 Dnr KS 2031/6\nBidrag till Sommarkul\nÄrendebeskrivning\nÅby IF ansöker om 10 000 kronor.\n"
            "Beslut\nAnsökan avslås.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ren luft"
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]


def test_a_list_of_partners_under_a_lead_and_an_owner_that_starts_the_project(nlp):
    text = ("Nyheter\nNy forskning om solel\nProjektet, som heter Solbyn, startas av Åby högskola och har fått "
            "2 miljoner kronor från Energimyndigheten.\nI projektet deltar även följande organisationer:\n"
            "- Åby energi AB\n- Granby kommun\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Solbyn", "Åby högskola")
    assert project["partners"] == ["Åby energi AB", "Granby kommun"]


def test_sections_whose_payer_contributes_a_sum_are_projects(nlp):
    html = ("<html><body><main><h1>Nya projekt</h1><p>Styrelsen i Leader Exempelbygd har prioriterat två projekt.</p>"
            "<h2>Bryggan i Åby</h2><p>Åby båtklubb bygger en ny brygga. Leader Exempelbygd bidrar med 90 000 kronor.</p>"
            "<h2>Ljus i Granby</h2><p>Granby byalag sätter upp belysning längs byvägen. Leader Exempelbygd bidrar med "
            "45 000 kronor.</p></main></body></html>")
    projects = {p["name"]: p for p in (r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp))}
    assert {n: p["funding"] for n, p in projects.items()} == {"Bryggan i Åby": [{"amount": 90000, "currency": "SEK"}],
                                                              "Ljus i Granby": [{"amount": 45000, "currency": "SEK"}]}


def test_a_table_of_parties_with_roles_and_a_budget_under_a_currency_head(nlp):
    html = ("<html><body><main><h1>Fjällturism över gränsen</h1><p>Project number: 20990011</p>"
            "<p>The project aims to make the border region a year-round destination for hikers.</p>"
            "<h2>Partners</h2><table><tr><th>Organisation</th><th>Role</th><th>Country</th></tr>"
            "<tr><td>Åby kommun</td><td>Lead partner</td><td>SE</td></tr>"
            "<tr><td>Granby kommune</td><td>Partner</td><td>NO</td></tr></table>"
            "<h2>Budget</h2><table><tr><th>Source</th><th>EUR</th></tr><tr><td>EU funding (ERDF)</td><td>600 000</td></tr>"
            "<tr><td>Total</td><td>1 000 000</td></tr></table></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["owner"], project["partners"]) == ("Åby kommun", ["Granby kommune"])
    assert project["funding"] == [{"amount": 600000, "currency": "EUR"}, {"amount": 1000000, "currency": "EUR"}]


def test_a_letters_addressee_over_its_box_address_and_the_state_as_a_payer_in_a_fact(nlp):
    text = ("Leader Exempelbygd BESLUT\nÄrende-id: 2031-0101\nÅby byalag\nAtt: Eva Exempelsson Box 12 123 45 Åby\n"
            "Leader Exempelbygd har beslutat att bevilja er ansökan om stöd enligt nedan.\n"
            "Projektnamn: Byns bastu\nBeviljat stöd: 80 000 kronor\n"
            "Stödet finansieras av: Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == [{"name": "Eva Exempelsson", "email": None}]
    assert project["funders"] == ["Leader Exempelbygd", "Europeiska jordbruksfonden för landsbygdsutveckling",
                                  "svenska staten"]  # the Leader area grants it


def test_grants_listed_in_one_sentence_parted_by_semicolons(nlp):
    text = ("Leader Exempelbygd\nAktuellt\nStyrelsen har beslutat. Följande projekt beviljades: Ny brygga, Åby "
            "båtklubb, 90 000 kr; Ljus i byn, Granby byalag, 45 000 kr; och Bokbussen, Åsby läsförening, 30 000 kr.\n")
    projects = {p["name"]: (p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)}
    assert projects == {"Ny brygga": ("Åby båtklubb", 90000), "Ljus i byn": ("Granby byalag", 45000),
                        "Bokbussen": ("Åsby läsförening", 30000)}


def test_a_preparing_groups_rows_that_it_advises_against_are_none(nlp):
    text = ("Region Exempel\nBeredningsgruppen\nÄrenden\n1. Ny brygga – Åby kommun – 90 000 kr – Tillstyrks\n"
            "2. Ljus i byn – Granby kommun – 45 000 kr – Avstyrks\n3. Bokbussen – Åsby kommun – 30 000 kr – Tillstyrks\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Bokbussen", "Ny brygga"]


def test_an_english_page_coordinated_by_a_university_with_money_from_an_eu_programme(nlp):
    text = ("Exempel universitet\nResearch project\nSMARTSOIL – Soil data for small farms\n"
            "Coordinated by the Exempel Institute of Technology, the SMARTSOIL consortium has eight partners. The "
            "project has received EUR 2.5 million from the EU's Horizon Europe programme and runs from March 2031 to "
            "February 2034.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "SMARTSOIL – Soil data for small farms"
    assert project["owner"] == "Exempel Institute of Technology"
    assert project["funders"] == ["Horizon Europe"]


def test_money_spent_so_far_in_a_report_is_no_funding(nlp):
    text = ("Lägesrapport 1\nProjekt: Ren sjö\nStödmottagare: Åby kommun\nProjektperiod: 2031-01-01 – 2032-12-31\n"
            "Beviljat stöd: 500 000 kr. Upparbetade kostnader hittills: 120 000 kr.\n")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 500000, "currency": "SEK"}]


def test_an_application_plan_whose_line_names_its_payer_after_fran(nlp):
    text = ("ANSÖKAN OM PROJEKTMEDEL\nOrganisationens namn: Åby utveckling AB\nProjektets namn: Nya jobb i Åby\n"
            "Projektets startdatum: 2031-01-01\n3. Finansiering\nSökt belopp från Region Exempel   300 000\n"
            "Åby kommun   100 000\nSumma   400 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Åby kommun"]
    assert [f["amount"] for f in project["funding"]] == [300000, 100000, 400000]


def test_name_lines_over_owner_and_sum_lines(nlp):
    text = ("Leader Exempelbygd\nBeviljade projekt\nBryggan i Åby\nÅby båtklubb, 90 000 kr\nLjus i byn\n"
            "Granby byalag, 45 000 kr\n")
    projects = {p["name"]: (p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)}
    assert projects == {"Bryggan i Åby": ("Åby båtklubb", 90000), "Ljus i byn": ("Granby byalag", 45000)}


def test_a_minute_table_of_cases_and_decisions_with_labels_inside_its_cells(nlp):
    text = ("Region Exempel\nProtokollsutdrag\n§ 5 Ansökningar om projektmedel\nÄrende | Beslut\n"
            "Projekt Ny hamn, sökande Åby kommun, 600 000 kr | Beviljas\n"
            "Projekt Gröna tak, sökande Granby kommun, 300 000 kr | Avslås\n"
            "Projekt Unga i Åsby, sökande Åsby kommun, 200 000 kr | Beviljas\n")
    projects = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert projects == {"Ny hamn": "Åby kommun", "Unga i Åsby": "Åsby kommun"}


def test_a_norwegian_release_about_a_cross_border_project(nlp):
    text = ("Interreg Sverige-Norge\nNyheter\nNytt samarbeid over grensen\nProsjektet Fjellvei skal gjøre det enklere "
            "å reise mellom landene. Prosjekteier er Exempel fylkeskommune, og på svensk side deltar Åby kommun.\n"
            "Prosjektet har et totalbudsjett på 6 millioner kroner og varer fra mai 2031 til april 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Fjellvei", "Exempel fylkeskommune")
    assert project["funding"] == [{"amount": 6000000, "currency": "NOK"}]
    assert (project["start_date"], project["end_date"]) == ("2031-05", "2033-04")


def test_a_lead_partner_named_huvudpartner_and_we_at_an_organisation(nlp):
    text = ("Exempel yrkeshögskola\nProjekt\nHavets jobb\nProjektet utvecklar nya jobb vid kusten. Huvudpartner är "
            "Exempel yrkeshögskola och partner på svenska sidan är Åby universitet. Projektet finansieras av "
            "Interreg Aurora med 1 miljon euro.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Exempel yrkeshögskola", ["Åby universitet"])
    text = ("Exempelkooperativet\nProjekt\nNya företag\nVi på Exempelkooperativet driver sedan i våras projektet Nya "
            "företag. Projektet pågår till och med mars 2032 och finansieras av Europeiska socialfonden plus.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempelkooperativet"


def test_facts_inline_after_a_facts_title(nlp):
    text = ("Åby kommun\nGröna gårdar\nLantbruk i Åby ska få hjälp att spara energi.\n"
            "Projektfakta: Projektägare: Åby kommun. Projekttid: 2031–2033. Budget: 2,5 Mkr. Finansiärer: Region "
            "Exempel och Åby kommun.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby kommun", "2031", "2033")
    assert project["funders"] == ["Region Exempel", "Åby kommun"]


def test_an_officers_report_granting_cofunding_with_the_period_after_the_name(nlp):
    text = ("TJÄNSTESKRIVELSE\nDnr KS 2031/7\nAnsökan om medfinansiering av projektet Torget lever\nFörslag till beslut\n"
            "Kommunstyrelsen beslutar att bevilja Åby handelsförening medfinansiering med 100 000 kronor för "
            "projektet Torget lever under 2031–2032.\nSammanfattning\nProjektet finansieras i övrigt av Region "
            "Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby handelsförening"
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")
    assert project["funders"] == ["Region Exempel"]


def test_owner_first_rows_with_the_name_in_brackets(nlp):
    text = ("Leader Exempelbygd\nProjekt 2031\nTre nya projekt har fått stöd:\n1. Åby ryttarsällskap (Ridhus för alla) – "
            "400 000 kr\n2. Granby hembygdsförening (Minnen digitalt) – 90 000 kr\n")
    projects = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert projects == {"Ridhus för alla": "Åby ryttarsällskap", "Minnen digitalt": "Granby hembygdsförening"}


def test_a_decision_letter_whose_letterhead_names_the_document_and_grants_support_without_a_sum(nlp):
    text = ("Region Exempel BESLUT\nDiarienr: RS/11/2031\nÅby AB\nBeslut om regionala projektmedel\n"
            "Region Exempel beslutar att bevilja Åby AB stöd till projektet Hela året.\n"
            "Beviljat belopp: högst 300 000 kronor\nProjekttid: 1 mars 2031 – 28 februari 2033\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Hela året", "Åby AB")
    assert project["funders"] == ["Region Exempel"]


def test_a_project_run_since_a_year_and_a_headline_that_is_no_goal(nlp):
    text = ("Åby kommun\nNyheter\nProjektet som ska få fler unga att stanna\nSedan 2029 driver Åby kommun projektet Bo "
            "kvar. Nu förlängs projektet till och med december 2032 med 1 miljon kronor från Europeiska socialfonden plus.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2029", "2032-12")
    assert project["goals"] == []


def test_a_newsletter_item_with_money_of_its_own_is_no_part_of_the_project_beside_it(nlp):
    text = ("Nyhetsbrev Region Exempel, mars 2031\nRegionens budget\nRegionfullmäktige har antagit budgeten. Den "
            "regionala utvecklingen får 20 miljoner kronor mer än i år.\nNytt projekt för trähus\nÅby högskola får 2 "
            "miljoner kronor från Region Exempel för projektet Trähus i Åby, som ska pågå 2031–2033.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Trähus i Åby"
    assert project["funding"] == [{"amount": 2000000, "currency": "SEK"}]


def test_partners_with_countries_and_the_lead_by_its_role_and_the_eu_paying_through_a_fund(nlp):
    text = ("Interreg Aurora\nProjekt\nArktisk hälsa\nArktisk hälsa tar fram nya arbetssätt för vården.\n"
            "Projektet ska pröva nya sätt att ge vård på distans i glesbygd, där avstånden till närmaste "
            "vårdcentral är långa och vintrarna hårda.\n"
            "Partners: Åby universitet (SE), huvudpartner\nExempel yliopisto (FI)\nExempel universitet (NO)\n"
            "Budget: 2 miljoner euro.\nProjekttid: 2031-01-01 – 2033-12-31\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby universitet"
    assert project["partners"] == ["Exempel yliopisto", "Exempel universitet"]
    text = ("Åby kommun\nAktuellt\nEU-pengar till ny färja\nÅby kommun har beviljats 2 miljoner euro för en eldriven "
            "färja. EU står för 60 procent av kostnaden genom Europeiska regionala utvecklingsfonden, och resten "
            "betalar kommunen. Projektet heter Elfärjan och pågår till och med 2033.\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 60
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden", "Åby kommun"]


def test_labels_without_colons_name_a_known_payer(nlp):
    text = ("Region Exempel\nProjekt\nVård hemma\nPatienter ska kunna få vård hemma.\nProjektägare Region Exempel\n"
            "Projekttid 2031–2033\nFinansiär Europeiska regionala utvecklingsfonden\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]


def test_short_name_colon_entries_that_say_what_was_granted(nlp):
    text = ("Leader Exempelbygd\nNyheter\nTre projekt fick stöd\nBryggan: Åby båtklubb får 90 000 kronor för att bygga "
            "en ny brygga vid sjön.\nKulturnatt Åby: Åby kulturförening beviljas 40 000 kronor.\n"
            "Ljus i byn: Projektet drivs av Granby byalag och får 45 000 kronor.\n")
    projects = {p["name"]: p["funding"][0]["amount"] for p in _projects(text, nlp)}
    assert projects == {"Bryggan": 90000, "Kulturnatt Åby": 40000, "Ljus i byn": 45000}


def test_an_english_release_on_a_programme_with_a_period_between_two_years(nlp):
    text = ("Åby municipality\nNews\nÅby wins EU funding\nÅby municipality has been awarded EUR 1.2 million from the "
            "EU's LIFE programme for the project Clean Lakes Åby. The project will restore four lakes between 2031 and "
            "2034.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Åby municipality", ["LIFE"])  # as written
    assert (project["start_date"], project["end_date"]) == ("2031", "2034")


def test_a_unit_of_the_sites_municipality_owns_for_it(nlp):
    text = ("Åby kommun\nNyheter\nKlartecken för förstudie\nKommunens näringslivsavdelning har fått klartecken för "
            "förstudien Nya jobb. Region Exempel beviljar 500 tkr och förstudien pågår under 2031.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert project["funding"] == [{"amount": 500000, "currency": "SEK"}]


def test_a_sum_whose_currency_wraps_to_the_next_line_and_sentences_are_no_dotted_entry(nlp):
    text = ("PROTOKOLL\n§ 9 Stöd till projektet Ny kaj\nDnr RS 2031/5\nRegionstyrelsen beslutar att bevilja Åby Hamn AB "
            "500 000 kronor till projektet Ny kaj.\nÄrendet\nÅby Hamn AB vill bygga en ny kaj för färjor. Projektets "
            "totala budget är 2,4 miljoner\nkronor. Åby kommun medfinansierar projektet med 300 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert [f["amount"] for f in project["funding"]] == [500000, 2400000, 300000]
    assert project["funders"] == ["Åby kommun"]


def test_cards_with_their_owner_on_a_line_under_the_title_and_payers_said_of_all(nlp):
    html = ("<html><body><main><h1>Beviljade projekt</h1><h3>Bryggan</h3><p>Åby båtklubb<br>Beviljat: 90 000 kr</p>"
            "<h3>Ljus i byn</h3><p>Granby byalag<br>Beviljat: 45 000 kr</p>"
            "<p>Projekten finansieras av Leader Exempelbygd.</p></main></body></html>")
    projects = {r.to_gold()["name"]: r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)}
    assert {n: p["owner"] for n, p in projects.items()} == {"Bryggan": "Åby båtklubb", "Ljus i byn": "Granby byalag"}
    assert all(p["funders"] == ["Leader Exempelbygd"] for p in projects.values())


def test_a_programme_named_in_the_pages_title_pays_on_its_own_site(nlp):
    html = ("<html><head><title>Fjällkraft – Interreg Aurora</title></head><body><main><h1>Fjällkraft</h1>"
            "<p>Fjällkraft develops small hydropower for remote villages in the north.</p><dl><dt>Lead partner</dt>"
            "<dd>Åby energi AB</dd><dt>Duration</dt><dd>1 January 2031 – 31 December 2033</dd><dt>EU funding</dt>"
            "<dd>€ 500 000</dd></dl></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["funders"] == ["Interreg Aurora"]


def test_projects_in_an_annual_report_run_by_its_author_with_bracketed_periods(nlp):
    text = ("Verksamhetsberättelse 2031 – Näringslivsenheten, Åby kommun\n4. Projekt\nUnder året har enheten drivit två "
            "externt finansierade projekt.\nProjektet Handel i Åby (2030–2032) stärker handeln. Region Exempel finansierar "
            "500 tkr.\nProjektet Unga i Åby (2031–2033) ger unga stöd att starta företag. Det finansieras av Europeiska "
            "socialfonden plus med 800 tkr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: (p["owner"], p["start_date"], p["end_date"]) for n, p in projects.items()} == {
        "Handel i Åby": ("Åby kommun", "2030", "2032"), "Unga i Åby": ("Åby kommun", "2031", "2033")}
    assert projects["Handel i Åby"]["funders"] == ["Region Exempel"]


def test_a_national_bodys_branch_is_the_owner_whole(nlp):
    text = ("Nyheter\nByarna får stöd\nHela Sverige ska leva Jämtland har fått 1 miljon kronor från Allmänna "
            "arvsfonden för projektet Byn lever.\n")  # a branch is named by its county, a place the gazetteer knows
    [project] = _projects(text, nlp)
    assert project["owner"] == "Hela Sverige ska leva Jämtland"


def test_a_danish_interreg_page(nlp):
    text = ("Interreg Öresund-Kattegat-Skagerrak\nProjekter\nRen Fjord\nRen Fjord skal rense fjordene for plast. Lead "
            "partner er Åby kommun, og projektpartnere er Granby Havn og Exempel Universitet.\nProjektet har et samlet "
            "budget på 3 mio. euro, og ERUF-støtten er på 1,5 mio. euro (50 %).\nProjektperiode: 1.3.2031 – 28.2.2034\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Ren Fjord", "Åby kommun")
    assert project["partners"] == ["Granby Havn", "Exempel Universitet"]
    assert project["funding"] == [{"amount": 3000000, "currency": "EUR"}, {"amount": 1500000, "currency": "EUR"}]
    assert "ERUF" in project["funders"]


def test_a_change_decision_by_the_region_whose_grant_is_unchanged(nlp):
    text = ("ÄNDRINGSBESLUT Dnr 2031-77\nRegion Exempel\nÄndring av beslut om projektstöd för projektet Fjällturism\n"
            "Region Exempel beslutar att förlänga projekttiden för projektet Fjällturism, som drivs av Åby kommun. "
            "Projektet ska nu avslutas den 31 december 2032 i stället för den 30 juni 2032.\nBeviljat stöd, 900 000 "
            "kronor, är oförändrat.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]
    assert project["goals"] == []  # when it ends is no aim


def test_bullets_with_name_owner_and_the_sum_after_a_colon(nlp):
    text = ("Region Exempel\nPressmeddelande\nKulturnämnden har beslutat om stöd till två projekt:\n"
            "• Teater i skogen, Åby teaterförening: 300 000 kronor\n• Musik i byn, Granby musikförening: 150 000 kronor\n")
    projects = {p["name"]: (p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)}
    assert projects == {"Teater i skogen": ("Åby teaterförening", 300000), "Musik i byn": ("Granby musikförening", 150000)}


def test_entries_that_open_owner_dash_name_and_go_on_in_sentences_on_the_granters_site(nlp):
    text = ("Samordningsförbundet Exempel\nNyheter\nFöljande projekt har beviljats stöd:\n"
            "Åby kommun – Hälsa och arbete. Projektet syftar till att fler ska återgå i arbete. Beviljat belopp: "
            "400 000 kr.\nGranby kommun – Vägen in. Projektet syftar till att unga ska hitta jobb. Beviljat belopp: "
            "300 000 kr.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: p["owner"] for n, p in projects.items()} == {"Hälsa och arbete": "Åby kommun", "Vägen in": "Granby kommun"}
    assert all(p["funders"] == ["Samordningsförbundet Exempel"] for p in projects.values())


def test_a_list_of_declined_applications_gives_no_project(nlp):
    text = ("Leader Exempelbygd\nAvslagna ansökningar\nStyrelsen har avslagit följande ansökningar:\n"
            "• Ny brygga, Åby båtklubb, 150 000 kr\n• Sommarkafé, Granby byalag, 90 000 kr\n")
    assert _projects(text, nlp) == []


def test_a_council_minute_whose_item_head_ends_in_its_case_and_whose_council_cofunds(nlp):
    text = ("PROTOKOLL\nKommunfullmäktige, Åby kommun\n§ 21 Val av justerare\nEva Ek väljs att justera protokollet.\n"
            "§ 22 Medfinansiering av projektet Skogens jobb      Dnr KS 2031/4\nSkogsstyrelsen har ansökt om "
            "medfinansiering för projektet Skogens jobb, som ska pågå 2031–2033.\nKommunfullmäktige beslutar att "
            "medfinansiera projektet med 100 000 kronor.\n§ 23 Ansökan om bidrag till Byfesten\nÅby byalag ansöker om "
            "20 000 kronor. Ansökan avslås.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"]) == ("Skogens jobb", "KS 2031/4")
    assert project["funders"] == ["Åby kommun"]


def test_a_facts_paragraph_that_opens_with_a_sentence_of_its_own(nlp):
    text = ("Åby kommun\nNyheter\nNytt liv i mejeriet\nByalaget har fått pengar för att rusta huset.\n"
            "FAKTA: Projektet heter Mejeriet i Åby. Projektägare: Åby byalag. Budget: 1 miljon kronor. Finansiärer: "
            "Leader Exempelbygd och Åby kommun. Projekttid: 2031–2032.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Mejeriet i Åby", "Åby byalag")
    assert project["funders"] == ["Leader Exempelbygd", "Åby kommun"]


def test_a_school_in_its_town_owns_and_a_single_decision_that_turns_down_is_no_project(nlp):
    text = ("Nyheter\nSkola får EU-pengar\nVasaskolan i Gävle har beviljats 100 000 euro från Erasmus+ för projektet "
            "Gröna klassrum. Projektet pågår från augusti 2031 till juli 2033.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Vasaskolan"
    text = ("Protokoll\nKommunfullmäktige\n§ 4 Ansökan om medel till projektet Ny väg\nDnr KS 2031/9\nBeslut\n"
            "Kommunfullmäktige beslutar att avslå ansökan.\nÄrendet\nÅby vägförening har ansökt om 200 000 kronor.\n")
    assert _projects(text, nlp) == []


def test_a_cover_title_after_its_kind_and_numbered_chapters_that_title_nothing(nlp):
    text = ("PROJEKTPLAN Fjällmat 2.0\nProjektägare: Åby hushållningssällskap\n1 Bakgrund\nSmå företag når inte ut.\n"
            "2 Syfte och mål\nSyftet är att fler företag ska sälja utanför länet.\n3 Tid och budget\nProjektet pågår "
            "från 1 mars 2031 till 28 februari 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Fjällmat 2.0", "Åby hushållningssällskap")


def test_the_state_pays_by_its_budget(nlp):
    text = ("Beslut om stöd till projektet Levande byar\nStödmottagare: Åby byalag\nLänsstyrelsen beviljar stöd ur "
            "Europeiska jordbruksfonden för landsbygdsutveckling och svenska statens budget.\nBeviljat stöd: "
            "300 000 kronor\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "svenska staten"]


def test_name_comma_owner_titles_over_their_facts(nlp):
    text = ("Exempelrådet\nNyheter\nRådet har beviljat stöd till två projekt.\nVård i byn, Region Exempel\n"
            "Beviljat stöd: 2 miljoner kronor. Projekttid: 2031-01-01 – 2032-12-31.\nUnga i jobb, Åby kommun\n"
            "Beviljat stöd: 1 miljon kronor. Projekttid: 2031-03-01 – 2033-02-28.\n")
    projects = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert projects == {"Vård i byn": "Region Exempel", "Unga i jobb": "Åby kommun"}


def test_a_grants_table_with_a_purpose_column_names_only_the_projects_among_its_grants(nlp):
    text = ("Delegationsbeslut om bidrag\nBeslut | Sökande | Ändamål | Belopp\n"
            "Beviljas | Åby IBK | Cup för unga | 25 000\nBeviljas | Åby hembygdsförening | Projektet Gamla vägar | 60 000\n"
            "Avslås | Granby byalag | Projektet Ny badplats | 80 000\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Gamla vägar", "Åby hembygdsförening")


def test_a_second_payer_by_its_kind_and_a_date_it_shall_be_ready_by(nlp):
    text = ("Åby kommun\nAktuellt\nNytt resecentrum\nBygget av ett nytt resecentrum börjar nu. Trafikverket bidrar med "
            "40 miljoner kronor och kommunen med 20 miljoner kronor. Resecentrumet ska stå klart hösten 2033.\n"
            "Projektet kallas Resecentrum Åby.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Trafikverket", "Åby kommun"]
    assert project["end_date"] == "2033"


def test_a_council_named_in_lower_case_grants(nlp):
    text = ("Nyheter\nNordiskt stöd\nNordiska ministerrådet har beviljat 1 miljon danska kronor till projektet Grön ö. "
            "Projektet leds av Ålands landskapsregering och pågår under 2031–2032.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Nordiska ministerrådet"]
    assert project["funding"] == [{"amount": 1000000, "currency": "DKK"}]


def test_granted_sums_on_a_leader_areas_own_cards_are_its_grants_when_no_payer_is_named(nlp):
    html = ("<html><head><title>Projekt – Leader Exempelbygd</title></head><body><main><h1>Pågående projekt</h1>"
            "<div class='card'><h2>Fiskecamp</h2><ul><li>Projektägare: Åby fiskeklubb</li><li>Beviljat stöd: 300 000 kr"
            "</li></ul></div><div class='card'><h2>Bybageriet</h2><ul><li>Projektägare: Granby byalag</li>"
            "<li>Beviljat stöd: 200 000 kr</li></ul></div></main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [p["funders"] for p in projects] == [["Leader Exempelbygd"], ["Leader Exempelbygd"]]


def test_owner_first_entries_with_the_sum_after_a_colon_and_a_currency_before_its_figure(nlp):
    text = ("Region Exempel\nBeslut om stöd 2031\nNämnden fördelar medel enligt följande:\n"
            "– Åby stiftelse, projektet Unga forskare: 2 000 000 kr\n– Granby kommun, projektet Ny industri: kr 500 000\n")
    projects = {p["name"]: (p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)}
    assert projects == {"Unga forskare": ("Åby stiftelse", 2000000), "Ny industri": ("Granby kommun", 500000)}


def test_a_catalogue_in_spaced_label_columns_and_an_english_grant_label(nlp):
    text = ("Projektkatalog 2031\nBryggan i Åby\nProjektägare   Åby båtklubb\nPeriod         2031–2032\n"
            "Beviljat       90 000 kr\nProjektet ska bygga en ny brygga.\nLjus i byn\nProjektägare   Granby byalag\n"
            "Period         2031–2033\nBeviljat       45 000 kr\nProjektet ska sätta upp belysning.\n")
    projects = {p["name"]: (p["owner"], p["start_date"], p["end_date"]) for p in _projects(text, nlp)}
    assert projects == {"Bryggan i Åby": ("Åby båtklubb", "2031", "2032"), "Ljus i byn": ("Granby byalag", "2031", "2033")}
    text = "Green Skills Åby\nProject owner: Åby kommun\nBudget: SEK 4,000,000\nESF+ grant: SEK 2,400,000\n"
    [project] = _projects(text, nlp)
    assert project["funders"] == ["ESF+"]
    assert [f["amount"] for f in project["funding"]] == [4000000, 2400000]


def test_money_first_then_who_does_it_and_the_sites_own_project_by_its_kind(nlp):
    text = ("Nyheter\nBatterier i kretslopp\nMed hjälp av 2 miljoner kronor från Vinnova ska Åby institut och Granby AB "
            "utveckla återvinning av batterier. Projektet heter Kretsloppet och pågår till december 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby institut", ["Granby AB"])
    assert project["funders"] == ["Vinnova"]
    text = ("Region Exempel\nNyheter\nFörlängning\nRegionens projekt Kompetenslyft Exempel har nu fått ytterligare 1 miljon "
            "kronor från Tillväxtverket.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Region Exempel"


def test_a_total_with_the_share_a_payer_stands_for(nlp):
    text = ("Åby kommun\nNyheter\nNy satsning\nÅby kommun startar projektet Fjällen året runt tillsammans med Granby "
            "turism. Totalt omsluter projektet 4 miljoner kronor, varav Region Exempel står för 1 miljon kronor.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]


def test_a_regional_council_granting_out_of_a_fund_and_a_project_carried_out_by_two(nlp):
    text = ("Exempel förbund\nNyheter\nNytt projekt för vindkraft\nExempel förbund har beviljat 300 000 euro ur Europeiska "
            "regionala utvecklingsfonden till projektet Vind i byn. Projektet genomförs av Yrkesakademin i Vasa och Åby "
            "yrkeshögskola under perioden 1.8.2031–31.7.2033.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Vind i byn"  # the site's name on its first line titles nothing
    assert (project["owner"], project["partners"]) == ("Yrkesakademin i Vasa", ["Åby yrkeshögskola"])
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]  # the council pays the fund's money out


def test_a_kind_of_support_is_no_payer_and_a_description_whose_subject_is_the_owner_by_its_kind(nlp):
    text = ("Projektdatabasen\nProjektnamn:\nNya hagar\nStödmottagare:\nÅby naturbruksförening\nStödform:\n"
            "Samarbetsprojekt\nTotal projektkostnad:\n500 000 kr\nBeskrivning:\nFöreningen vill restaurera gamla hagar.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == []
    assert project["goals"] == ["Föreningen vill restaurera gamla hagar."]


def test_two_payers_that_put_in_one_sum_together_and_one_payers_share_by_its_kind(nlp):
    text = ("Åby kommun\nNyheter\nCykelturism\nÅby kommun och Region Exempel satsar tillsammans 2 miljoner kronor på "
            "projektet Cykla runt. Kommunen står för 600 000 kronor och regionen för resten.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun", "Region Exempel"]
    assert [f["amount"] for f in project["funding"]] == [2000000, 600000]


def test_a_budgets_investment_lines_are_no_funded_projects(nlp):
    text = ("Budget 2032 – Åby kommun\nInvesteringsbudget\nInvesteringsprojekt under 2032:\nNy förskola i Åby – 30 mnkr – "
            "2031–2032\nOmbyggnad av simhallen – 15 mnkr – 2032\nInvesteringarna finansieras med egna medel och lån.\n")
    assert _projects(text, nlp) == []


def test_a_headline_that_quotes_the_name_names_the_project(nlp):
    text = ("Region Exempel\nPressmeddelande\nMiljonstöd till ”Smart industri Åby”\nÅby näringslivsbolag får 1 miljon "
            "kronor från Region Exempel för projektet. Projektet startar i mars 2031.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Smart industri Åby"


def test_a_research_programme_named_after_the_sum_pays(nlp):
    text = ("Exempeluniversitetet\nNyheter\nForskare i Åby leder nytt EU-projekt\nProjektet Kall luft har beviljats "
            "1,5 miljoner euro från EU:s forskningsprogram Horisont Europa. Exempeluniversitetet leder arbetet.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Horisont Europa"]


def test_a_money_label_that_names_its_payer_over_its_sum_and_other_payers_with_theirs(nlp):
    text = ("Projektbanken\nBygg om Åby\nStödmottagare\nÅby kommun\nBeviljat stöd från Europeiska socialfonden plus\n"
            "900 000 kr\nÖvrig offentlig finansiering\nRegion Exempel 400 000 kr, Åby kommun 100 000 kr\n"
            "Projektperiod\n2031-01-01 - 2032-12-31\n")
    [project] = _projects(text, nlp)
    assert [f["amount"] for f in project["funding"]] == [900000, 400000, 100000]
    assert "Region Exempel" in project["funders"]


def test_a_committee_of_the_municipality_named_in_the_minutes_head_co_finances(nlp):
    text = ("PROTOKOLL\nKommunstyrelsen i Åby kommun\nSammanträdesdatum 2031-03-02\n§ 7 Dnr KS 2031/12\n"
            "Medfinansiering av projektet Skogens smaker\nÅby matförening har ansökt om medfinansiering av projektet "
            "Skogens smaker, som ska pågå 2031-2032. Projektet finansieras till största delen av Europeiska "
            "socialfonden plus.\nBeslut\nKommunstyrelsen beslutar att medfinansiera projektet med 50 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska socialfonden plus", "Åby kommun"]
    assert [f["amount"] for f in project["funding"]] == [50000]


def test_lines_that_give_a_name_a_dash_then_the_owner_that_gets_the_sum(nlp):
    text = ("Region Exempel\nNyheter\nTvå projekt får stöd\nRegionen har fördelat 900 000 kronor till två projekt.\n"
            "Skogens skola – Åby kommun får 500 000 kronor för att starta en utomhusskola.\n"
            "Bygg framtiden – Öby kommun får 400 000 kronor för att locka unga till byggyrken.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Skogens skola", "Åby kommun"),
                                                          ("Bygg framtiden", "Öby kommun")]


def test_a_list_heading_over_the_name_of_a_fact_box_is_no_label_of_it(nlp):
    text = ("Leader Exempelbygden\nBeviljade projekt\nByns nya brygga\nProjektägare: Åby båtklubb\n"
            "Beviljat stöd: 120 tkr\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Byns nya brygga"
    assert project["funding"] == [{"amount": 120000, "currency": "SEK"}]


def test_a_country_in_brackets_is_no_part_of_an_organisations_name(nlp):
    text = ("Interreg Exempel\nProjects\nCOAST-LINK\nLead partner: Åby kommun (Sweden)\n"
            "Partners: Exempel University (Finland), Öby kommune (NO)\nTotal budget: EUR 900 000\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert project["partners"] == ["Exempel University", "Öby kommune"]


def test_a_minutes_item_number_alone_over_its_case_line(nlp):
    text = ("PROTOKOLL\nKulturnämnden\n§ 4\nDnr KN 2031/7\nBidrag till projektet 'Sång i skolan'\n"
            "Åby körförening har ansökt om bidrag till projektet 'Sång i skolan'.\nBeslut\n"
            "Kulturnämnden beviljar föreningen 20 000:- för projektet.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"]) == ("Sång i skolan", "KN 2031/7")
    assert project["funding"] == [{"amount": 20000, "currency": "SEK"}]


def test_a_financing_table_whose_head_gives_the_unit_for_bare_figures(nlp):
    text = ("Slutrapport\nBättre betesmarker\nProjektägare: Åby naturbruksförening\nFinansiering\n"
            "Finansiär\tBelopp (kr)\nRegion Exempel\t250 000\nEuropeiska socialfonden\t750 000\nTotalt\t1 000 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Europeiska socialfonden"]
    assert [f["amount"] for f in project["funding"]] == [250000, 750000, 1000000]


def test_a_letters_addressee_over_a_street_and_a_body_that_decides_for_its_leader_area(nlp):
    text = ("Leader Exempelbygd\nBESLUT\nÅby hembygdsförening\nAtt: Eva Strand\nKyrkvägen 2\n123 45 Åby\n"
            "Beslut om stöd till projektet Byns historia\nLeadergruppen i Leader Exempelbygd har beslutat att bevilja "
            "Åby hembygdsförening stöd med 90 000 kronor för projektet Byns historia.\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == [{"name": "Eva Strand", "email": None}]
    assert project["funders"] == ["Leader Exempelbygd"]


def test_a_pages_definition_list_whose_value_is_a_list_and_a_table_of_parties_under_column_names(nlp):
    html = ("<html><body><main><h1>Rena stränder</h1><p>Projektet ska städa stränderna längs kusten.</p>"
            "<dl><dt>Projektägare</dt><dd>Åby kommun</dd><dt>Medfinansiärer</dt>"
            "<dd><ul><li>Havs- och vattenmyndigheten</li><li>Region Exempel</li></ul></dd></dl>"
            "<h2>Partner</h2><table><thead><tr><th>Partner</th><th>Land</th></tr></thead><tbody>"
            "<tr><td>Öby kommune</td><td>Norge</td></tr><tr><td>Exempel universitet</td><td>Sverige</td></tr>"
            "</tbody></table></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["funders"] == ["Havs- och vattenmyndigheten", "Region Exempel"]
    assert project["partners"] == ["Öby kommune", "Exempel universitet"]


def test_behind_the_project_stands_its_owner(nlp):
    text = ("Lokaltidningen\nNyheter\nByn får ett nytt kafé\nBakom projektet Kafé vid ån står Åby byalag, som har fått "
            "300 000 kronor från Leader Exempelbygd.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Kafé vid ån", "Åby byalag")


def test_bullets_that_give_the_owner_as_label_and_the_sum_in_brackets_and_a_period_said_of_all(nlp):
    text = ("Region Exempel\nPressmeddelande\nStöd till två projekt\nRegionen har beviljat stöd till följande projekt:\n"
            "• Åby kommun: Torget lever (200 000 kronor)\n• Öby idrottsförening: Spår i skogen (90 000 kronor)\n"
            "Projekten ska genomföras under 2031 och 2032.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in projects] == [
        ("Torget lever", "Åby kommun", 200000), ("Spår i skogen", "Öby idrottsförening", 90000)]
    assert {(p["start_date"], p["end_date"]) for p in projects} == {("2031", "2032")}


def test_a_research_page_whose_title_carries_its_label_and_a_table_of_associations(nlp):
    [project] = _projects("Exempeluniversitetet\nForskningsprojekt: Kolet i myren\nFinansiär: Formas\n"
                          "Projekttid: 2031–2033\n", nlp)
    assert project["name"] == "Kolet i myren"
    text = ("Kommunfullmäktige i Åby kommun\n§ 9 Projektbidrag\nFörening\tProjekt\tBelopp\n"
            "Åby IF\tNya omklädningsrum\t80 000 kr\nÖby byalag\tByns brygga\t20 000 kr\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Nya omklädningsrum", "Åby IF"),
                                                                       ("Byns brygga", "Öby byalag")]


def test_a_fact_box_under_an_article_says_when_it_runs(nlp):
    text = ("Lokaltidningen\nNyheter\nNytt lärcentrum i Åby\nProjektet heter Lära nära och drivs av Åby kommun.\n"
            "FAKTA\nLära nära\nPågår: april 2031–mars 2033\nBudget: 2 miljoner kronor\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-04", "2033-03")


def test_an_english_aim_said_with_its_and_a_name_that_opens_the_sentence_with_its_start(nlp):
    text = ("Nordic News\nNew project on coastal birds\nThe Nordic Council of Ministers has granted DKK 400,000 to the "
            "project Coastal Birds, run by Exempel University. Its aim is to count seabirds along the coast.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Its aim is to count seabirds along the coast."]
    text = ("Region Exempel\nPressmeddelande\nStöd till ny skola\nRegion Exempel ger en miljon kronor till Åby kommun "
            "för projektet Skogsskolan. Skogsskolan ska undervisa utomhus och starta i augusti 2031.\n")
    [project] = _projects(text, nlp)
    assert project["start_date"] == "2031-08"


def test_an_organisation_that_says_it_runs_the_projects_listed_below(nlp):
    text = ("Åby kommun\nNäringsliv\nPågående EU-projekt\nÅby kommun driver just nu två projekt med stöd från EU.\n"
            "Projekt\tFinansiär\tPeriod\nUnga i arbete\tEuropeiska socialfonden plus\t2031–2033\n"
            "Grön industri\tEuropeiska regionala utvecklingsfonden\t2032–2034\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Unga i arbete", "Åby kommun"),
                                                                       ("Grön industri", "Åby kommun")]


def test_danish_labels_and_a_leader_area_named_by_its_landscapes_with_an_ampersand(nlp):
    text = ("Interreg Exempel\nProjekter\nRen Fjord\nProjektejer: Åby Kommune\nProjektperiode: 01.01.2031 – 31.12.2032\n"
            "Formål: Projektet skal rense fjorden for plastik.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby Kommune"
    assert project["goals"] == ["Projektet skal rense fjorden for plastik."]
    text = ("Leader Sjö, Skog & Myr\nNyhetsbrev\nNya projekt\nByns brygga\nÅby båtklubb har fått 60 000 kronor för "
            "att bygga en ny brygga.\nSkogens spår\nÖby skidklubb har beviljats 40 000 kronor för nya spår.\n")
    assert {p["funders"][0] for p in _projects(text, nlp)} == {"Leader Sjö, Skog & Myr"}


def test_a_sum_from_a_payer_that_opens_the_sentence_lets_the_owner_start(nlp):
    text = ("Exempelföreningen\nAktuellt\nNytt projekt\nMed 800 000 kronor från Region Exempel kan Åby kooperativ nu "
            "starta projektet Gröna jobb. Samarbetspartner är Åby kommun.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"], project["funding"][0]["amount"]) == (
        "Åby kooperativ", ["Region Exempel"], 800000)


def test_rows_of_name_owner_sum_and_dates_and_a_partner_named_after_its_verb(nlp):
    text = ("Region Exempel\nBeviljade förstudier\nNämnden har beviljat medel till följande förstudier:\n"
            "Skog och bad, Åby kommun, 200 000 kr, 2031-03-01–2031-12-31\n"
            "Fiber i byn, Öby byalag, 150 000 kr, 2031-04-01–2032-03-31\n")
    assert [(p["name"], p["owner"], p["end_date"]) for p in _projects(text, nlp)] == [
        ("Skog och bad", "Åby kommun", "2031-12-31"), ("Fiber i byn", "Öby byalag", "2032-03-31")]
    text = ("Åby kommun\nVerksamhetsberättelse\nI projektet Rent vatten, som leds av Öby energi AB, är Åby kommun "
            "partner. Projektet pågår 2031–2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["partners"]) == ("Rent vatten", "Öby energi AB", ["Åby kommun"])


def test_norwegian_months_and_partner_and_an_org_number_between_the_subject_and_its_verb(nlp):
    text = ("Interreg Exempel\nNyheter\nProsjektet «Fisk i fjorden» får 200 000 euro i Interreg-midler. Prosjekteier er "
            "Åby kommune, og Öby universitet er svensk partner. Prosjektet varer fra januar 2031 til desember 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"], project["partners"]) == ("2031-01", "2032-12", ["Öby universitet"])
    text = ("Exempelbyrån\nPressmeddelande\nFöretaget Åby Trä AB (org.nr 556812-3458) har fått 1,5 MSEK från "
            "Energimyndigheten för projektet Spån till värme.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["owner_orgnr"]) == ("Åby Trä AB", "5568123458")


def test_rows_that_open_with_the_owner_give_the_name_wherever_it_stands(nlp):
    text = ("Region Exempel\nNyheter\nKulturstöd till tre projekt\nKulturnämnden har fördelat 300 000 kronor.\n"
            "Åby kommun – 120 000 kr – Konst på torget\nFöreningen Sång i Öby – 100 000 kr – Körfest 2031\n"
            "Öby stadsteater – 80 000 kr – Teater i skogen\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [
        ("Konst på torget", "Åby kommun"), ("Körfest 2031", "Föreningen Sång i Öby"),
        ("Teater i skogen", "Öby stadsteater")]


def test_a_decisions_att_clauses_each_grant_one_project(nlp):
    text = ("Region Exempel\nProtokollsutdrag\n§ 5 Beslut om projektmedel\nNämnden beslutar att bevilja:\n"
            "att Åby kommun beviljas 200 000 kronor för projektet Torget,\n"
            "att Öby universitet beviljas 500 000 kronor för projektet Framtidens skola.\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Torget", "Åby kommun", 200000), ("Framtidens skola", "Öby universitet", 500000)]


def test_entries_in_capitals_whose_owner_is_an_association_and_titles_with_the_owner_in_brackets(nlp):
    text = ("Leader Exempelbygd\nBeviljade projekt\n1. NYA BRYGGOR – Föreningen Åby hamn beviljas 80 000 kronor.\n"
            "2. BYNS SKOLA – Öby kommun beviljas 60 000 kronor.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("NYA BRYGGOR", "Föreningen Åby hamn"),
                                                                       ("BYNS SKOLA", "Öby kommun")]
    text = ("Samordningsförbundet Exempel\nNyheter\nStyrelsen beviljade två insatser:\nJobbstart Åby (Åby kommun)\n"
            "Beviljat: 300 000 kr. Period: 2031–2032.\nHälsa i Öby (Öby kommun)\nBeviljat: 200 000 kr. Period: 2031.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Jobbstart Åby", "Åby kommun"),
                                                                       ("Hälsa i Öby", "Öby kommun")]


def test_a_company_name_ends_with_ab_before_the_projects_name_in_a_case_row(nlp):
    text = ("Region Exempel\nBeslut om utvecklingsmedel\nDnr Sökande Projekt Belopp (kr)\n"
            "RUN 2031-1 Åby Energi AB Värme i kvarteren 500 000\nRUN 2031-2 Öby kommun Torget 200 000\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Värme i kvarteren", "Åby Energi AB"),
                                                                       ("Torget", "Öby kommun")]


def test_an_accordion_of_projects_and_a_committee_of_a_region_that_shares_out_grants(nlp):
    html = ("<html><body><main><h1>Våra EU-projekt</h1><p>Här är de projekt som Åby kommun driver med stöd från EU.</p>"
            "<details><summary>Unga i Åby</summary><p>Projektet pågår 2031–2032 och finansieras av Europeiska "
            "socialfonden plus med 1,1 miljoner kronor.</p></details><details><summary>Skogens vägar</summary><p>"
            "Projektet pågår 2032–2033 och finansieras av Europeiska regionala utvecklingsfonden med 900 000 kronor."
            "</p></details></main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Unga i Åby", "Åby kommun"), ("Skogens vägar", "Åby kommun")]
    text = ("Kulturnytt\nBidrag fördelade\nRegion Exempels kulturnämnd har fördelat projektbidrag till två projekt.\n"
            "Projekt\tSökande\tBeviljat\nDans i byn\tÅby dansförening\t50 000 kr\nSång i skogen\tÖby kör\t30 000 kr\n")
    assert {tuple(p["funders"]) for p in _projects(text, nlp)} == {("Region Exempel",)}


def test_a_newsletter_from_a_region_whose_grants_are_said_to_come_from_the_region(nlp):
    text = ("Nyhetsbrev från Region Exempel – juni 2031\nSkolor på landet\nÅby kommun har beviljats 300 000 kronor av "
            "regionen för projektet, som ska rusta skolgårdar. Projektet pågår under 2031.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]


def test_a_sum_with_its_payer_after_the_project_that_starts(nlp):
    text = ("Region Exempel\nNyheter\nÅby kommun startar nu projektet Nya hem med 2,5 miljoner kronor från Europeiska "
            "regionala utvecklingsfonden. Projektet pågår till och med 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["funders"], project["funding"][0]["amount"]) == (["Europeiska regionala utvecklingsfonden"], 2500000)


def test_a_grant_for_a_study_during_one_year(nlp):
    text = ("Region Exempel\nProtokoll\n§ 4 Projektmedel till Åby kommun\nBeslut\nNämnden beviljar Åby kommun 200 000 "
            "kronor för förstudien Sjön som resurs under 2031.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")


def test_a_share_paid_by_an_authority_an_owner_that_started_with_partners_and_money_got_from_a_funder(nlp):
    text = ("Radio Exempel\nNyheter\nÅby kommun ska bygga en ny badplats. Satsningen, som kallas Bada i Åby, kostar "
            "4 miljoner kronor. Hälften betalas av Naturvårdsverket.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Naturvårdsverket"]
    text = ("Exempelföreningen\nNyheter\nÅby hushållningssällskap har tillsammans med Öby kommun dragit igång projektet "
            "Mat i skolan. Jordbruksverket finansierar projektet med 300 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby hushållningssällskap"
    text = ("Exempeluniversitetet\nAktuellt\nForskare vid Exempeluniversitetet har fått 2 miljoner kronor av Formas "
            "för projektet Kolet i marken.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Formas"]


def test_a_construction_start_and_the_day_it_is_taken_into_use(nlp):
    text = ("Radio Exempel\nNyheter\nÅby kommun bygger ett nytt bibliotek. Satsningen, som kallas Läs i Åby, kostar "
            "20 miljoner kronor.\nByggstarten är planerad till hösten 2031 och biblioteket ska tas i drift i slutet av "
            "2032.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")


def test_a_project_page_in_the_sites_own_section_that_names_no_owner(nlp):
    text = ("Stiftelsen Exempel\nVårt arbete\nLäxhjälp för alla\nLäxhjälp för alla ger barn i Åby hjälp med skolarbetet.\n"
            "Projektet i korthet\n• Projektperiod: 2031–2033\n• Finansiär: Allmänna arvsfonden\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Läxhjälp för alla", "Stiftelsen Exempel")
    text = ("Åby kommun\nBo och leva > Projekt > Torget lever\nTorget lever\nOm projektet\n"
            "Torget lever är ett projekt där kommunen och handlarna gör torget grönare.\nProjekttid\n2031–2032\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Torget lever", "Åby kommun")


def test_norwegian_millions_and_a_rate_label_with_a_genitive_colon(nlp):
    text = ("Interreg Exempel\nNyheter\nFølgende prosjekter fikk støtte:\n• Fjell for alle (Åby kommune) – 1,5 mill. kr\n"
            "• Sjø og land (Öby kommun) – 0,6 mill. kr\n")
    assert [(p["name"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [("Fjell for alle", 1500000),
                                                                                   ("Sjø og land", 600000)]
    text = ("Kohesio\nProjekt\nVård på distans\nStödmottagare: Region Exempel\nEU:s medfinansieringsgrad: 40,00 %\n"
            "Startdatum: 2031-01-01\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 40


def test_support_out_of_a_programme_written_in_lower_case(nlp):
    text = ("BESLUT\nLänsstyrelsen Exempel\nSökande: Åby byalag\nProjekt: Byns skog\nBeslutsbelopp: högst 90 000 kronor\n"
            "Länsstyrelsen beviljar stöd ur landsbygdsprogrammet.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["landsbygdsprogrammet"]


def test_a_tables_columns_run_together_under_its_head_and_the_money_from_the_sites_own_fund(nlp):
    text = ("Kommunförbundet Exempel\nFördelning av projektmedel 2031\nProjekt Sökande Beviljat (kr)\n"
            "Läsa i byn Åby kommun 150 000\nStark start Öby kommun 90 000\nMedlen kommer från förbundets utvecklingsfond.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in projects] == [
        ("Läsa i byn", "Åby kommun", 150000), ("Stark start", "Öby kommun", 90000)]
    assert {tuple(p["funders"]) for p in projects} == {("Kommunförbundet Exempel",)}


def test_money_paid_out_by_an_authority_is_not_its_own(nlp):
    text = ("Åby kommun\nAktuellt\nKommunen får 1 miljon kronor från Havs- och fiskeriprogrammet för projektet Hamnen.\n"
            "Stödet betalas ut av Länsstyrelsen Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Havs- och fiskeriprogrammet"]


def test_a_headline_that_looks_back_on_a_year_of_the_project(nlp):
    text = ("Nyheter\nTvå år med Läshörnan\nDet har gått två år sedan Läshörnan öppnade i Åby. Projektet, som drivs av "
            "Åby kommun, pågår till och med 2033.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Läshörnan"


def test_one_giver_two_sums_to_two_organisations_projects_named_in_the_genitive(nlp):
    text = ("Region Exempel\nPressmeddelande\nRegion Exempel ger 400 000 kronor till Åby kommuns projekt Torget lever och "
            "200 000 kronor till Öby kommuns projekt Byn växer.\n")
    assert [(p["name"], p["owner"], p["funders"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Torget lever", "Åby kommun", ["Region Exempel"], 400000), ("Byn växer", "Öby kommun", ["Region Exempel"], 200000)]


def test_a_universitys_page_the_gazetteer_knows_by_a_name_no_pattern_foresees(nlp):
    text = ("Karolinska Institutet\nResearch\nBetter sleep\nProject period: 1 Jan 2031 – 31 Dec 2032\n"
            "Funder: Forte\nProject leader: Professor Anna Exempel\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Karolinska Institutet"


def test_a_guides_title_in_a_transcript_makes_its_example_no_project(nlp):
    text = ("Leader Exempelbygd\nSöka stöd\nSå söker du stöd från Leader\nSteg 1: Kontakta Leaderkontoret och berätta "
            "om din idé.\nSteg 2: Skriv en ansökan i e-tjänsten.\nExempel: Föreningen Åby bygdegård fick 150 000 kronor "
            "för att bygga om sitt kök till ett café.\nTänk på att projektet måste ha medfinansiering från kommunen.\n")
    assert _projects(text, nlp) == []


def test_a_funding_agencys_database_an_eu_fund_in_lower_case_and_a_minute_signed_off_by_its_municipality(nlp):
    text = ("Energimyndigheten\nProjektdatabas\nVärme ur berget\nKoordinator: Åby energi AB\nBeviljat stöd: 2 000 000 kr\n"
            "Projektstart: 2031-01-01\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Energimyndigheten"]
    text = ("Nyheter\nÅby Stål AB har beviljats 20 miljoner euro från EU:s innovationsfond för projektet Rent stål.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["EU:s innovationsfond"]
    text = ("Kulturnämnden\n§ 3 Projektstöd\nSökande\tProjekt\tBeslut\nÅby IF\tFotboll i byn\tBifall 20 000 kr\n"
            "Öby byalag\tByns dag\tBifall 10 000 kr\nÅby kommun\n")
    assert {tuple(p["funders"]) for p in _projects(text, nlp)} == {("Åby kommun",)}


def test_a_definition_list_of_names_over_their_owner_and_sum(nlp):
    html = ("<html><body><main><h1>Beviljade projekt</h1><p>LAG har beslutat att bevilja stöd till följande projekt:</p>"
            "<dl><dt>Byns bastu</dt><dd>Åby byalag, 40 000 kr</dd><dt>Fisket i sjön</dt><dd>Öby fiskevårdsområde, "
            "30 000 kr</dd></dl></main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Byns bastu", "Åby byalag"), ("Fisket i sjön", "Öby fiskevårdsområde")]


def test_rows_that_open_with_their_sum_then_name_then_owner(nlp):
    text = ("Region Exempel\nNyheter\nTre projekt får kulturstöd\nKulturnämnden har beslutat om projektstöd till tre "
            "projekt:\n100 000 kr – Dans i Åby – Åby kommun\n80 000 kr – Sagor från Öby – Öby hembygdsförening\n"
            "50 000 kr – Konst i parken – Föreningen Konst för alla\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Dans i Åby", "Åby kommun", 100000), ("Sagor från Öby", "Öby hembygdsförening", 80000),
        ("Konst i parken", "Föreningen Konst för alla", 50000)]


def test_bullets_name_owner_and_sum_in_brackets_and_entries_of_three_lines(nlp):
    text = ("Leader Exempelbygd\nBeviljade projekt\nVid LAG-mötet beviljades följande projekt:\n"
            "• Led längs ån, Åby kommun (300 000 kr)\n• Byns hus, Öby bygdegårdsförening (120 000 kr)\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Led längs ån", "Åby kommun", 300000), ("Byns hus", "Öby bygdegårdsförening", 120000)]
    text = ("Region Exempel\nBeslut om projektmedel\nRegionstyrelsen beslutade att bevilja:\n1. Vind i byn\n   Åby kommun\n"
            "   400 000 kr\n2. Leder i skogen\n   Öby kommun\n   250 000 kr\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Vind i byn", "Åby kommun", 400000), ("Leder i skogen", "Öby kommun", 250000)]


def test_lines_name_owner_in_brackets_then_sum_and_an_agencys_numbered_list_of_grants(nlp):
    text = ("Samordningsförbundet Exempel\nNyheter\nStyrelsen har beviljat medel till följande insatser:\n"
            "Jobbstegen (Åby kommun): 500 000 kr\nHälsa först (Region Exempel): 300 000 kr\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Jobbstegen", "Åby kommun", 500000), ("Hälsa först", "Region Exempel", 300000)]
    text = ("Kulturrådet\nBeviljade bidrag\nNr\tProjekt\tSökande\tBelopp\n1\tLäsa högt\tÅby bibliotek\t100 000 kr\n"
            "2\tDans i skolan\tÖby kommun\t80 000 kr\n")
    assert {tuple(p["funders"]) for p in _projects(text, nlp)} == {("Kulturrådet",)}


def test_cards_of_a_bold_name_an_owner_and_a_grant_and_lines_name_sum_owner_in_brackets(nlp):
    html = ("<html><body><main><h1>Nya projekt</h1><p>Föreningen har beviljat stöd till två nya projekt.</p>"
            "<p><strong>Äppelvägen</strong><br>Åby musteri ekonomisk förening<br>Beviljat: 120 000 kr</p>"
            "<p><strong>Ridleder i Öby</strong><br>Öby ryttarförening<br>Beviljat: 80 000 kr</p></main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Äppelvägen", "Åby musteri ekonomisk förening"),
                                                          ("Ridleder i Öby", "Öby ryttarförening")]
    html = ("<html><body><main><h1>Kulturstöd</h1><p>Regionen har fördelat kulturstöd till två projekt:</p>"
            "<p>Glas i Åby – 50 000 kr (Åby konstförening)<br>Teater i Öby – 40 000 kr (Öby teatersällskap)</p>"
            "</main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Glas i Åby", "Åby konstförening"),
                                                          ("Teater i Öby", "Öby teatersällskap")]


def test_a_rows_parts_written_label_and_value(nlp):
    text = ("Interreg Exempel\nNews\nNew projects approved\nThe Monitoring Committee approved the following projects:\n"
            "• COAST CARE – Lead partner: Åby University – EU funding: EUR 900 000\n"
            "• SNOW DATA – Lead partner: Region Exempel – EU funding: EUR 400 000\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("COAST CARE", "Åby University", 900000), ("SNOW DATA", "Region Exempel", 400000)]


def test_a_flat_row_whose_owner_is_a_university(nlp):
    text = ("Region Exempel\nBeslut om utvecklingsmedel\nProjekt Sökande Belopp\nSmart by Åby kommun 300 000\n"
            "Ung forskning Öby universitet 500 000\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Smart by", "Åby kommun"),
                                                                       ("Ung forskning", "Öby universitet")]


def test_paragraphs_that_open_with_a_run_in_name(nlp):
    text = ("Region Exempel\nNyheter\nTvå projekt får stöd\nRegionen har beviljat stöd till två projekt.\n"
            "Öns framtid. Åby hembygdsförening får 100 000 kronor för att ta fram en plan för ön.\n"
            "Nya bryggan. Öby båtklubb får 60 000 kronor för att bygga en brygga.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Öns framtid", "Åby hembygdsförening"),
                                                                       ("Nya bryggan", "Öby båtklubb")]


def test_payers_named_by_their_kind_after_financed_by(nlp):
    text = ("Åby kommun\nNäringsliv\nHandel i Åby\nHandel i Åby är ett samarbete mellan Åby kommun och Åby "
            "företagarförening. Kommunen är projektägare.\nProjektet pågår under 2031 och har en budget på 300 000 "
            "kronor, som finansieras av kommunen och föreningen tillsammans.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun", "Åby företagarförening"]


def test_a_funding_label_over_a_sentence_that_names_the_funder(nlp):
    text = ("Exempel University\nResearch\nSmall Schools\nSmall Schools studies digital classrooms.\nFunding\n"
            "The project is funded by Formas with SEK 2 million.\nPeriod\n2031–2033\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Formas"]


def test_projects_told_by_their_order_and_a_name_before_what_it_costs(nlp):
    text = ("Region Exempel\nNyheter\nTvå projekt får stöd\nRegionen har beviljat 1 miljon kronor till två projekt. "
            "Det första, Vind i Åby, drivs av Åby kommun och får 600 000 kronor. Det andra, Sol i Öby, drivs av Öby "
            "kommun och får 400 000 kronor.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Vind i Åby", "Åby kommun"),
                                                                       ("Sol i Öby", "Öby kommun")]
    text = ("Radio Exempel\nNyheter\nÅby kommun har fått klartecken för att rusta upp lederna. Projektet Säkra spår "
            "kostar 1 miljon kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Säkra spår", "Åby kommun")


def test_lines_that_give_the_sum_to_an_owner_for_a_name(nlp):
    text = ("Region Exempel\nBeslut\nNämnden har fattat följande beslut om projektmedel:\n"
            "Till Åby kommun: 300 000 kr för Torget lever\nTill Öby universitet: 900 000 kr för Mat i framtiden\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Torget lever", "Åby kommun", 300000), ("Mat i framtiden", "Öby universitet", 900000)]
    text = ("Leader Exempelbygd\nNyheter\nTvå nya projekt\n500 000 kr beviljas Åby kommun för Vinter i byn.\n"
            "200 000 kr beviljas Öby IF för Skidor för unga.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Vinter i byn", "Åby kommun"),
                                                                       ("Skidor för unga", "Öby IF")]


def test_paragraphs_that_open_with_the_owner_and_then_name_the_project(nlp):
    text = ("Region Exempel\nNyheter\nNämnden har beslutat om två projekt.\n\n"
            "Åby kommun: I projektet Torget i centrum prövas nya sätt att möblera gatan. Stöd: 300 000 kronor.\n\n"
            "Öby folkhögskola: Projektet Läsa för livet ska ge vuxna fler böcker. Regionen ger 90 000 kronor "
            "under 2031–2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: p["owner"] for n, p in projects.items()} == {"Torget i centrum": "Åby kommun",
                                                             "Läsa för livet": "Öby folkhögskola"}
    assert (projects["Läsa för livet"]["start_date"], projects["Läsa för livet"]["end_date"]) == ("2031", "2032")


def test_partners_that_are_with_in_the_work_and_a_period_labelled_start_and_end(nlp):
    text = ("Exempelbladet\nBron ska lagas\nÅby byalag har fått 100 000 kronor från Leader Exempelbygd för projektet "
            "Nya bron. Också Öby skytteförening och Åby kommun är med i arbetet.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby skytteförening", "Åby kommun"]
    [project] = _projects(text.replace("är med i arbetet", "deltar"), nlp)
    assert project["partners"] == ["Öby skytteförening", "Åby kommun"]
    text = ("Projektbanken\nNya bron\nStödmottagare\nÅby byalag\nProjektets start- och slutdatum\n"
            "2031-03-01 – 2032-02-29\nBeviljat stöd\n100 000 kr\nSammanfattning\nProjektet syftar till att laga bron. "
            "Resultaten ska visas för andra byar.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2032-02-29")
    assert project["goals"] == ["Projektet syftar till att laga bron.", "Resultaten ska visas för andra byar."]


def test_a_table_of_partners_with_the_lead_in_brackets_lists_no_projects(nlp):
    text = ("Fish Without Borders\nProgramme: Interreg Exempel\nProject period: 2031–2033\nTotal budget: EUR 900 000\n"
            "Partners\n"
            "Partner\tCountry\tBudget (EUR)\nÅby University (lead partner)\tSweden\t500 000\n"
            "Öby Institute\tFinland\t400 000\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["partners"]) == ("Fish Without Borders", "Åby University",
                                                                        ["Öby Institute"])
    assert project["funding"] == [{"amount": 900000, "currency": "EUR"}]  # the partners' shares are parts of it


def test_an_authority_that_grants_pays_unless_the_money_comes_from_a_fund_it_names(nlp):
    text = ("Länsstyrelsen Exempellän\nBeslut\nProjektnamn: Nya bryggan\nSökande: Åby båtklubb\n"
            "Beviljat stöd: 75 000 kronor\nLänsstyrelsen beviljar stöd till projektet enligt ovan.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Länsstyrelsen Exempellän"]
    text = text.replace("stöd till projektet enligt ovan.", "stöd ur Europeiska havs- och fiskerifonden.")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska havs- och fiskerifonden"]


def test_a_meta_line_of_facts_parted_by_dots_ends_in_bare_years(nlp):
    text = ("Åby kommun\nPågående projekt\nTorget lever\nProjektägare: Åby kommun · Finansiär: Europeiska "
            "regionala utvecklingsfonden · 2031–2033\nProjektet ska göra torget till en mötesplats.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"], project["start_date"], project["end_date"]) == (
        "Åby kommun", ["Europeiska regionala utvecklingsfonden"], "2031", "2033")


def test_who_stands_behind_a_project_runs_it_and_a_professor_who_leads_it_is_no_owner(nlp):
    text = ("Exempelbladet\nÅby hembygdsförening står bakom projektet Gamla smedjan, som får 90 000 kronor från "
            "Leader Exempelbygd.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby hembygdsförening"
    text = ("Exempel University\nNews\nResearchers at Exempel University have received SEK 4 million from Formas for "
            "the project Quiet Lakes, which will run from 2031 to 2033. The project is led by Professor Eva Ek.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempel University"



def test_a_budget_line_whose_label_names_the_fund_in_brackets(nlp):
    text = ("Quiet Lakes\nLead partner: Exempel University\nProject period: 2031–2033\nFunded by: Interreg Exempel\n"
            "Budget (EUR)\nTotal budget 800 000\nEU funding (ERDF) 520 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Interreg Exempel", "ERDF"]
    assert {f["amount"] for f in project["funding"]} == {800000, 520000}


def test_a_title_that_opens_with_the_fund_that_pays(nlp):
    text = ("Leader Exempelbygd\nBeviljade projekt\n\nBadplatsen\nProjektägare: Öby IF\nBeviljat stöd: 90 000 kr\n"
            "Projekttid: 2031-03-01 -- 2031-09-30\n\nRegionalfonden: Nya kajen\nProjektägare: Åby kommun\n"
            "Beviljat stöd: 200 000 kr\nProjekttid: 2031-01-01 -- 2031-12-31\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert "Regionalfonden" in projects["Nya kajen"]["funders"]
    assert "Regionalfonden" not in projects["Badplatsen"]["funders"]


def test_an_e_mail_under_a_contact_and_a_title_line_goes_to_the_person_it_spells(nlp):
    text = ("Region Exempel\nPressmeddelande\nProjektet Nya spår ska stärka Åby. Åby kommun driver projektet med "
            "400 000 kronor från regionen.\n\nFör mer information:\n\nEva Ek\nProjektledare Handelskraft Norr, Exempel Företagspartner Norr\n"
            "070-000 00 00, eva.ek@example.se\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@example.se"}]


def test_owners_told_as_who_got_the_news_and_who_ran_a_finished_project(nlp):
    text = ("Åby kommun\nNyheter\nI maj fick Öby byalag beskedet att projektet Nya badet beviljas 200 000 kronor från "
            "Leader Exempelbygd.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Öby byalag"
    text = ("Åby kommun\nNyheter\nProjektet Säkra leder, som Åby kommun drev tillsammans med Öby kommun med stöd från "
            "Europeiska socialfonden, avslutades den 30 juni 2031 efter tre år.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"


def test_a_study_the_municipality_runs_started_in_a_month_named_first_and_a_programme_through_which_a_fund_pays(nlp):
    text = ("Åby kommun\nNyheter\nI april 2031 startade förstudien Snabba leveranser, som kommunen driver med stöd från "
            "Region Exempel. Förstudien pågår till och med juni 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby kommun", "2031-04", "2032-06")
    text = ("Länsstyrelsen Exempel\nNyheter\nProjektet Fria älvar pågår 2031–2033. Av budgeten kommer 500 000 euro från "
            "Europeiska regionala utvecklingsfonden genom Interreg Sverige-Norge.\n")
    [project] = _projects(text, nlp)
    assert "Interreg Sverige-Norge" in project["funders"]


def test_what_the_projects_got_together_is_no_ones_and_applied_parts_beside_a_total_budget_count(nlp):
    text = ("Interreg Exempel\nNyheter\nNya projekt\nProgrammet har beviljat tre nya projekt. Tillsammans får projekten "
            "drygt 3 miljoner euro i EU-medel.\nEtt exempel på beviljat projekt är Fria vatten.\nFAKTA OM PROJEKTET\n"
            "Projektperiod: 1 april 2031 – 31 mars 2033\nProjektägare: Åby kommun\nTotal budget: 900 000 EURO\n"
            "Belopp som sökts för EU-medel: 450 000 EURO\n")
    [project] = _projects(text, nlp)
    assert sorted(f["amount"] for f in project["funding"]) == [450000, 900000]


def test_payers_listed_after_a_sum_from_them_all(nlp):
    text = ("Leader Exempelbygd\nProjekt\nNya bryggan\nProjektägare: Åby båtklubb\nProjekttid: 2031-01-01 – 2031-12-31\n"
            "Total omfattning: 900 000 SEK, varav:\n600 000 SEK beviljat projektstöd (EU-medel samt statliga medel)\n"
            "300 000 SEK kommunal medfinansiering från Åby kommun, Öby kommun och Ärby kommun\n")
    [project] = _projects(text, nlp)
    assert {"Åby kommun", "Öby kommun", "Ärby kommun"} <= set(project["funders"])


def test_a_page_that_sets_a_label_and_its_value_as_headings_of_one_size(nlp):
    html = ("<html><body><main><h1>Gränsorter i förändring</h1><p>Projektet undersöker hur små orter nära gränsen kan "
            "stärka handel och service. Projektägare är Exempel universitet.</p><h2>Projekttid</h2><h2>2031 - 2033</h2>"
            "<h2>Mer information</h2><p>Projektets webbplats</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["start_date"], project["end_date"]) == ("2031", "2033")


def test_co_financers_with_their_parts_in_brackets_and_a_decision_that_grants_less_than_asked(nlp):
    text = ("Projektbanken\nProjektnamn: Smart vatten\nStödmottagare: Åby Vatten AB\nProjektstart: 2031-04-01\n"
            "Beviljat EU-stöd: 1 000 000 kr\nMedfinansiärer: Region Exempel (300 000 kr), Åby kommun (200 000 kr)\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Åby kommun"]
    assert sorted(f["amount"] for f in project["funding"]) == [200000, 300000, 1000000]
    text = ("LAG-protokoll Leader Exempelbygd\n\nÄrende 1\nSökande: Åby byalag\nProjekt: Byns bok\nSökt belopp: 80 000 kr\n"
            "Beslut: Bifall med 60 000 kr\n\nÄrende 2\nSökande: Öby IF\nProjekt: Nya mål\nSökt belopp: 40 000 kr\n"
            "Beslut: Avslag\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funding"]) == ("Byns bok", [{"amount": 60000, "currency": "SEK"}])


def test_a_known_name_that_holds_its_town_owns_what_it_got(nlp):
    text = ("Exempelbladet\nHögskolan i Gävle har fått 2 MSEK från Trafikverket för projektet Tysta gator.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Högskolan i Gävle"


def test_a_programme_whose_name_runs_on_past_interreg(nlp):
    text = ("Region Exempel\nPressmeddelande\nRegion Exempel leder det nya projektet Blå kust. Projektet har en total "
            "budget på 2 miljoner euro, varav 1 miljon euro kommer från Interreg Södra Östersjön.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Interreg Södra Östersjön"]


def test_a_letter_that_co_funds_the_project_of_its_addressee(nlp):
    text = ("Exempelby kommun\nExempelby IF\nBox 12\n123 45 Exempelby\n\nBeslut om medfinansiering av projektet Nya isen\n"
            "Kommunstyrelsen beslutar att medfinansiera projektet Nya isen med 50 000 kronor under 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Nya isen", "Exempelby IF")


def test_a_plan_titled_by_its_kind_with_costs_beside_financing(nlp):
    text = ("Projektplan: Nya vägar\nProjektägare: Region Exempel\nProjektperiod: 2031-01-01 – 2032-12-31\n\nBudget\n"
            "Kostnader\tSEK\tFinansiering\tSEK\nPersonal\t800 000\tEuropeiska socialfonden plus\t700 000\n"
            "Övrigt\t200 000\tÅby kommun\t300 000\nSumma\t1 000 000\tSumma\t1 000 000\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Nya vägar"
    assert project["funders"] == ["Europeiska socialfonden plus", "Åby kommun"]
    assert sorted(f["amount"] for f in project["funding"]) == [300000, 700000, 1000000]  # the costs are none


def test_an_english_university_page_owns_the_project_its_investigator_leads_and_a_norwegian_owner_takes_part(nlp):
    text = ("Lund University\nResearch projects\nQuiet Soils\n\nProject title: Quiet Soils\nPrincipal investigator: Eva Ek\n"
            "Funder: Formas\nGrant: SEK 2,000,000\nDuration: 2031-01-01 to 2032-12-31\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Lund University"
    text = ("Interreg Sverige-Norge\nNyheter\nDet nya projektet Fjäll utan gränser ska locka fler besökare. Svensk "
            "projektägare är Åby kommun och norsk projektägare Öby kommune. Projektet får 1 miljon kronor i EU-medel.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby kommun", ["Öby kommune"])


def test_grants_told_one_a_clause_in_running_text(nlp):
    text = ("Exempelbladet\nTre nya projekt\nLeader Exempelbygd har fördelat 900 000 kronor till tre projekt. Störst "
            "belopp, 500 000 kronor, går till Åby kommun för projektet Nya leder. Öby byalag får 250 000 kronor till "
            "Gamla skolan, och 150 000 kronor går till Ärby IF för Isbanan.\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Nya leder", "Åby kommun", 500000), ("Gamla skolan", "Öby byalag", 250000), ("Isbanan", "Ärby IF", 150000)]


def test_a_minute_that_grants_two_projects_in_att_clauses_and_an_english_award_by_a_programme(nlp):
    text = ("PROTOKOLL\nKulturnämnden, Exempelby kommun\n\n§ 12 Bidrag till föreningar (KN-2031-00042)\nBeslut\nNämnden beslutar att "
            "bevilja Åby konstförening 50 000 kronor för projektet Konst på torget,\natt bevilja Öby IF 30 000 kronor för "
            "projektet Fotboll för alla, samt att avslå ansökan från Ärby schackklubb.\n\n§ 13 Övrigt\nInga frågor.\n")
    assert [(p["name"], p["owner"], p["case_number"]) for p in _projects(text, nlp)] == [
        ("Konst på torget", "Åby konstförening", "KN-2031-00042"), ("Fotboll för alla", "Öby IF", "KN-2031-00042")]
    text = ("Exempel Municipality\nNews\nExempel Municipality has been awarded EUR 1 million by the EU's LIFE programme for "
            "the project Wet Meadows, which runs from 2031 to 2034.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["LIFE"]


def test_a_post_by_an_association_a_bracketed_fact_box_and_a_small_sum_in_tkr(nlp):
    text = ("Åby byalag\nInlägg\n🎉 Vi har fått 90 000 kr från Leader Exempelbygd till projektet Nya bryggan! 🎉\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Nya bryggan", "Åby byalag")
    text = ("Exempelbladet\nNy satsning\nÅby kommun satsar på unga. Projektet, som heter Unga jobb, ska ge unga "
            "sommarjobb.\n\n[Fakta: Projektägare: Åby kommun. Budget: 2 mkr. Period: 2031–2032.]\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")
    assert project["goals"] == ["Projektet, som heter Unga jobb, ska ge unga sommarjobb."]
    text = ("Region Exempel\nBeslut\n\nDnr\tSökande\tProjekt\tBeviljat (tkr)\nRE 2031/1\tÅby kommun\tTorget\t1 250\n"
            "RE 2031/2\tÖby IF\tBanan\t800\n")
    assert [p["funding"] for p in _projects(text, nlp)] == [[{"amount": 1250000, "currency": "SEK"}],
                                                            [{"amount": 800000, "currency": "SEK"}]]


def test_each_payer_named_before_its_own_sum_gets_its_kind(nlp):
    text = ("Åby kommun\nProjekt\nLjus i byn\nFinansiering\nProjektet finansieras av Europeiska socialfonden med "
            "2,2 miljoner kronor och av Region Exempel med 0,4 miljoner kronor.\nProjekttid\n2031–2032\n")
    [record] = extract_projects(parse_bytes(text.encode(), "x.txt"), nlp)
    payers = {f.value.money.amount: f.value.funder for f in record.funding}
    assert payers == {2200000: "Europeiska socialfonden", 400000: "Region Exempel"}
    assert [f.value.money.amount for f in record.funding if f.value.kind == "eu_contribution"] == [2200000]


def test_an_economic_association_named_with_its_form_first(nlp):
    text = ("Leader Exempel\nBeviljade projekt\nBygdens bröd – Ekonomiska föreningen Åby Mjölnare får 90 000 kr för att "
            "bygga en bagarstuga. Projekttid: 2031-01-01 – 2031-12-31.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Bygdens bröd", "Ekonomiska föreningen Åby Mjölnare")


def test_a_footer_of_address_parts_between_bars_is_no_breadcrumb(nlp):
    text = ("Verket för exempel\nBeslut om stöd\nStödmottagare: Åby Energi AB\nProjektnamn: Solen i byn\n"
            "Beslutat stöd: 300 000 kronor\nProjektperiod: 2031-01-01 – 2031-12-31\n"
            "Verket för exempel | Box 12 | 123 45 Åby | Org.nr 202100-0001\nVillkor\nStödet betalas ut i efterhand.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Solen i byn", "Åby Energi AB")


def test_a_grant_told_by_the_projects_name_and_its_year(nlp):
    text = ("Nyheter\nStöd till Byträffen\nÅby kommun har fått 80 000 kronor från Stiftelsen Exempel till projektet "
            "Byträffen. Pengarna ska användas till en träffpunkt för äldre i byn. Byträffen pågår under hela 2031.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")
    assert project["goals"] == []  # what the money buys is no aim (as "får N kronor för att ...")


def test_a_report_headed_by_whose_regional_money_it_is(nlp):
    text = ("SLUTRAPPORT\nRegionala projektmedel, Region Exempel\nProjektnamn: Åby i bild\nProjektägare: Åby kommun\n"
            "Projektperiod: 2031-01-01 – 2031-12-31\nBeviljade medel: 90 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]


def test_a_bodys_own_minutes_of_numbered_matters_refusing_one_and_granting_another(nlp):
    text = ("PROTOKOLL\nFritidsnämnden  2031-03-02\n\nÄrende 3  Dnr FN 2031/10\nAnsökan – projektet Skatepark\n"
            "Åby skateklubb har ansökt om 90 000 kronor till projektet Skatepark.\nBeslut\nNämnden beslutar att avslå ansökan.\n\n"
            "Ärende 4  Dnr FN 2031/12\nAnsökan – projektet Boule i parken\nÅby bouleklubb har ansökt om 20 000 kronor till "
            "projektet Boule i parken, som ska genomföras under sommaren 2031.\nBeslut\n"
            "Nämnden beslutar att bevilja Åby bouleklubb 20 000 kronor till projektet Boule i parken.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"]) == ("Boule i parken", "FN 2031/12")
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")
    assert project["funders"] == []  # a body that decides pays nothing of its own (its organisation does)


def test_a_letterheads_name_set_in_capitals_over_two_lines_beside_other_columns(nlp):
    text = ("PROTOKOLL 1(3)\nKOMMUNALFÖRBUNDET Sammanträdesdatum\nEXEMPELDALEN 2031-02-01\nArbetsutskottet\n\n"
            "§ 4 Projekt Ljus i dalen\nArbetsutskottet beslutar att bevilja Åby kommun 200 000 kronor till projektet Ljus i dalen.\n"
            "§ 5 Projekt Vatten i dalen\nArbetsutskottet beslutar att bevilja Öby kommun 150 000 kronor till projektet Vatten i dalen.\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Kommunalförbundet Exempeldalen"]] * 2


def test_an_eu_part_in_a_record_of_columns_and_a_lead_partners_country_code(nlp):
    text = ("Projektdatabas\nBättre bete\nStödmottagare   Åby lantbruk AB\nBeviljat belopp   400 000 kr\n"
            "Varav EU   168 000 kr\n")
    [project] = _projects(text, nlp)
    assert [f["amount"] for f in project["funding"]] == [400000, 168000]
    text = ("Programme news\nPORT SKILLS, led by Åby Hamn AB (SE), receives EUR 1.2 million from the European Regional "
            "Development Fund. The project runs from January 2031 to December 2032.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby Hamn AB"


def test_grants_in_one_paragraph_as_name_owner_in_brackets_and_sum_parted_by_semicolons(nlp):
    text = ("Nytt från Leader Exempel\nLAG beslutade i maj. Beviljade: Bryggan (Åby båtklubb) 40 000 kr; "
            "Ny scen (Öby teaterförening) 75 500 kr.\n")
    assert [(p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(text, nlp)] == [
        ("Bryggan", "Åby båtklubb", 40000), ("Ny scen", "Öby teaterförening", 75500)]


def test_an_earlier_grant_told_of_an_earlier_year_is_no_project_and_no_sum_of_this_one(nlp):
    text = ("Nyheter\nByalaget bygger bastu\nÅby byalag har fått 120 000 kronor från Leader Exempel till projektet "
            "Bastun vid sjön.\nFör två år sedan fick byalaget 30 000 kronor för projektet Byns karta.\n"
            "Projektet startar i maj 2031 och samarbetar med Öby kommun.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Bastun vid sjön"
    assert [f["amount"] for f in project["funding"]] == [120000]
    assert (project["start_date"], project["partners"]) == ("2031-05", ["Öby kommun"])


def test_a_memo_that_cofunds_a_project_whose_owner_asked_a_fund_names_only_itself(nlp):
    text = ("Åby kommun\nTJÄNSTESKRIVELSE\nDiarienummer: KS 2031/9\nMedfinansiering av projektet Grön dal\n"
            "Förslag till beslut\nKommunstyrelsen föreslås besluta att bevilja Region Exempel 90 000 kronor till projektet "
            "Grön dal.\nÄrendebeskrivning\nRegion Exempel äger projektet, som har sökt stöd från Europeiska "
            "regionala utvecklingsfonden.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun"]  # the fund is asked, it has granted nothing yet


def test_a_partner_label_whose_list_ends_with_its_sentence(nlp):
    text = ("Bron över ån\nProjektägare: Åby kommun\nProjekttid: 2031–2032\n"
            "Partner: Öby tekniska högskola och Exempel University. Total budget 1,2 MEUR.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby tekniska högskola", "Exempel University"]


def test_a_noun_of_the_kind_capitalised_alone_is_the_name_and_parties_that_are_with_it(nlp):
    text = ("Ny träffpunkt i Åby\nÅby kommun startar projektet Nätverket, en träffpunkt för nya företagare.\n"
            "Nätverket finansieras med 0,5 miljoner kronor från Stiftelsen Exempel. Öby IF och Åby företagarförening "
            "är med och driver verksamheten.\nProjektfakta\nNorska Interreg-midler: 200 000 NOK\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Nätverket"
    assert project["partners"] == ["Öby IF", "Åby företagarförening"]
    assert {"amount": 200000, "currency": "NOK"} in project["funding"]


def test_an_associations_plan_of_financed_efforts_and_its_own_budget(nlp):
    text = ("Samordningsförbundet Exempel\nVerksamhetsplan 2031\n\nFinansierade insatser 2031\n\nInsats: Första steget\n"
            "Huvudman: Åby kommun\nBudget 2031: 900 000 kr\nPeriod: 2031-01-01 – 2031-12-31\n\nInsats: Andra steget\n"
            "Huvudman: Öby kommun\nBudget 2031: 700 000 kr\nPeriod: 2031-01-01 – 2032-12-31\n"
            "Förbundets totala budget för 2031 är 9 miljoner kronor.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["funders"]) for p in projects] == [
        ("Första steget", "Åby kommun", ["Samordningsförbundet Exempel"]),
        ("Andra steget", "Öby kommun", ["Samordningsförbundet Exempel"])]
    assert [f["amount"] for f in projects[1]["funding"]] == [700000]


def test_grants_in_columns_whose_purpose_cell_names_the_project_in_full(nlp):
    text = ("Region Exempel\nBeviljade kulturbidrag 2031\n\nBidragsmottagare          Ort      Ändamål                         Belopp\n"
            "Åby spelmanslag           Åby      För projektet Låtar från byn    40 000\n"
            "Öby konstförening         Öby      Verksamhetsbidrag 2031          30 000\n"
            "Exempel dansgrupp         Åby      För projektet Dans i parken     25 000\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["funders"]) for p in projects] == [("Låtar från byn", ["Region Exempel"]),
                                                             ("Dans i parken", ["Region Exempel"])]


def test_an_agencys_english_record_under_its_projects_section(nlp):
    text = ("Formas\nProjects\n\nSmall robots for farms\n\nReference number: 2031-00012\nCoordinator: Åby Robot AB\n"
            "Funding: SEK 900 000\nProject period: January 2031 - December 2032\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Åby Robot AB", ["Formas"])


def test_a_reports_cover_and_table_of_contents_over_its_facts(nlp):
    text = ("Bättre bussar\nLägesrapport 1\nRegion Exempel\nMars 2031\nInnehåll\nSammanfattning .............. 3\n"
            "Ekonomi ..................... 5\nProjektfakta\nProjektägare: Region Exempel\nProjektperiod: 2031-01-01 – 2032-12-31\n"
            "Beviljat stöd: 400 000 kr\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Bättre bussar", "Region Exempel")


def test_a_leader_decision_whose_financing_names_the_municipality_after_the_moneys_kind(nlp):
    text = ("Leader Exempel\nBeslut om projektstöd\nSökande: Åby byalag\nProjekt: Byns brygga\nFinansiering\n"
            "Finansiär: Belopp (kr)\nEuropeiska jordbruksfonden för landsbygdsutveckling: 60 000\n"
            "Offentlig medfinansiering, Åby kommun: 20 000\nSumma: 80 000\nBeslutet är fattat av LAG i Leader Exempel.\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Leader Exempel", "Europeiska jordbruksfonden för landsbygdsutveckling", "Åby kommun"}


def test_a_minutes_extract_with_a_header_row_of_date_body_and_paragraph(nlp):
    text = ("Åby kommun\nPROTOKOLLSUTDRAG\nSammanträdesdatum | Organ | Paragraf\n2031-02-03 | Kommunstyrelsen | § 12\n"
            "Dnr KS 2031/40\nMedfinansiering av förstudien Byns framtid\nBeslut\nKommunstyrelsen beslutar att "
            "medfinansiera förstudien Byns framtid med 30 000 kronor under 2031.\nBakgrund\nÅby utveckling AB har ansökt "
            "om stöd för förstudien.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"], project["owner"]) == ("Byns framtid", "KS 2031/40", "Åby utveckling AB")
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")


def test_a_council_in_a_place_runs_it_and_the_site_opens_in_a_year(nlp):
    text = ("Nyheter\nNy mötesplats vid sjön\nProjektet Sjöboden drivs av Ungdomsrådet i Åby och har fått 90 000 kronor "
            "från Stiftelsen Exempel. Boden ska vara öppen för besökare 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["end_date"]) == ("Ungdomsrådet i Åby", "2032")


def test_partners_said_as_samarbetspartners_and_after_an_owners_label(nlp):
    text = ("Åby kommun\nNyheter\nByns nya scen\nÅby teaterförening får 50 000 kronor till projektet Scenen.\n"
            "Öby kommun och Åby IK är samarbetspartners i projektet.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby kommun", "Åby IK"]
    text = ("Projekt\nSolen i skolan\nProjektägare: Åby tekniska högskola. Region Exempel är partner.\n"
            "Projekttid: 2031-01-01 – 2032-12-31.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby tekniska högskola", ["Region Exempel"])


def test_an_authoritys_own_page_of_a_grant_names_it_by_its_title(nlp):
    page = ("<html><head><title>Trygg skolväg – Trafikverket</title></head><body><main><h1>Trygg skolväg</h1>"
            "<table><tr><th>Projektägare</th><td>Åby kommun</td></tr><tr><th>Beviljat bidrag</th><td>200 000 kr</td></tr>"
            "<tr><th>Genomförande</th><td>2031-01-01 – 2031-12-31</td></tr></table>"
            "<p>" + "Projektet bygger en ny cykelbana till skolan. " * 5 + "</p></main></body></html>")
    [record] = extract_projects(parse_bytes(page.encode(), "x.html"), nlp)
    assert record.to_gold()["funders"] == ["Trafikverket"]


def test_a_time_plan_told_in_a_sentence_and_the_owner_paying_the_rest(nlp):
    text = ("Åby kommun\nProjekt\nGröna sommarjobb\nFinansiering\nProjektet har beviljats 300 000 kronor från Europeiska "
            "socialfonden plus. Kommunen står för resten av kostnaderna.\nTidsplan\nProjektet startade 1 mars 2031 och "
            "avslutas 28 februari 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2033-02-28")
    assert set(project["funders"]) == {"Europeiska socialfonden plus", "Åby kommun"}


def test_a_danish_item_of_a_grant_its_lead_and_its_period(nlp):
    text = ("Interreg Exempel\nNyheder\nRent vand\nProjektet Rent Vand har fået 0,8 mio. euro i EU-midler fra Interreg "
            "Exempel. Projektet ledes af Åby Kommune med Öby kommun som partner og løber fra 1. marts 2031 til "
            "28. februar 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"].casefold(), project["owner"], project["partners"]) == ("rent vand", "Åby Kommune", ["Öby kommun"])
    assert (project["start_date"], project["end_date"], project["funding"]) == (
        "2031-03-01", "2033-02-28", [{"amount": 800000, "currency": "EUR"}])


def test_decisions_in_brief_closed_by_a_case_number_in_brackets(nlp):
    text = ("Region Exempel\nBeslut i korthet\n• Nämnden beviljade 300 000 kronor till Åby kommun för projektet Torget. "
            "(RUN 2031/8)\n• Nämnden beviljade 90 000 kronor till Öby IF för projektet Banan. (RUN 2031/9)\n")
    assert [(p["name"], p["case_number"]) for p in _projects(text, nlp)] == [("Torget", "RUN 2031/8"), ("Banan", "RUN 2031/9")]


def test_a_sum_in_a_sentence_of_its_own_and_an_institution_named_with_hus(nlp):
    text = ("Kulturnytt\nTeater på turné\nProjektet Scen i byn, som drivs av Teaterns hus Åby, har beviljats pengar från "
            "Kulturrådet. Det handlar om 120 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funding"]) == ("Teaterns hus Åby", [{"amount": 120000, "currency": "SEK"}])


def test_a_period_in_the_relative_clause_on_the_projects_name(nlp):
    text = ("PROTOKOLL\nKommunstyrelsen\n§ 5 Dnr KS 2031/2\nAnsökan om bidrag till projektet Torgdagar\n"
            "Åby handelsförening ansöker om bidrag till projektet Torgdagar, som ska ordna marknader under 2031–2032.\n"
            "Beslut\nKommunstyrelsen beslutar att bevilja föreningen 20 000 kronor.\n"
            "§ 6 Dnr KS 2031/3\nVal av ombud\nBeslut\nKommunstyrelsen utser ordföranden till ombud.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")


def test_a_plans_financing_section_of_payers_and_a_partners_org_number_in_brackets(nlp):
    text = ("PROJEKTPLAN\nBättre vägar\n1. Projektägare\nOrganisation: Åby kommun\n2. Tidsplan\nProjektet genomförs "
            "2031-01-01 – 2031-12-31.\n3. Finansiering (kr)\nRegion Exempel          100 000\nÅby kommun          100 000\n"
            "Summa          200 000\n4. Samverkanspart\nSamverkanspart: Öby vägförening (org.nr 802400-0005)\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Region Exempel", "Åby kommun"}
    assert project["partners"] == ["Öby vägförening"]


def test_english_partners_said_to_be_partners(nlp):
    text = ("Åby Municipality\nNews\nClean water for Åby\nÅby Municipality has received SEK 2 million from the Just "
            "Transition Fund for the project Clean Water Åby, which runs until 2032. Öby Energi AB and Exempel University "
            "are partners in the project.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby Energi AB", "Exempel University"]


def test_an_invitation_to_an_information_meeting_names_examples_not_projects(nlp):
    text = ("Leader Exempel\nKalender\nInformationsmöte om Leaderstöd\nVälkommen till ett möte om hur du söker stöd.\n"
            "Tid: 4 mars 2031 kl. 18.00–20.00\nPlats: Åby bygdegård\nProgram\n18.30 Erfarenheter från projektet "
            "Byns bastu, som fick 80 000 kronor 2029\nAnmälan senast 1 mars.\n")
    assert _projects(text, nlp) == []


def test_a_meetings_time_is_no_projects_period(nlp):
    text = ("Åby kommun\nProjekt\nLjus i byn\nProjektägare: Åby kommun\nBeviljat stöd: 200 000 kr\nUppstartsmöte\n"
            "Tid: 4 mars 2031 kl. 18.00–20.00\n")
    [project] = _projects(text, nlp)
    assert project["start_date"] is None


def test_a_titles_fuller_name_over_the_texts_short_form_but_not_a_headlines_place(nlp):
    text = ("Bättre bete i Åbydalen\nProjektet Bättre bete ska visa hur betesmarker kan skötas. Projektet Bättre bete "
            "drivs av Åby byalag och har fått 90 000 kronor från Leader Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Bättre bete i Åbydalen"
    text = ("Aktuellt\nNu startar Hälsodagen i Åby\nÅby kommun startar i maj projektet Hälsodagen. Projektet finansieras "
            "av Stiftelsen Exempel med 50 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Hälsodagen"


def test_a_savings_bank_foundations_own_list_of_grants(nlp):
    text = ("Sparbanksstiftelsen Exempel\nBeviljade bidrag 2031\nÅby IF: 40 000 kronor till projektet Ny plan.\n"
            "Öby byalag: 25 000 kronor till projektet Byns dag.\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["Sparbanksstiftelsen Exempel"]] * 2


def test_two_that_joined_in_a_project_and_the_rest_paid_by_both(nlp):
    text = ("Lokaltidningen\nÅby satsar på tång\nÅby kommun och Exempel universitet har gått ihop i projektet Tång i "
            "Åbyviken. Budgeten är 2 miljoner kronor. Av dem kommer 1,5 miljoner från Stiftelsen Exempel och resten "
            "från kommunen och universitetet.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby kommun", ["Exempel universitet"])
    assert set(project["funders"]) == {"Stiftelsen Exempel", "Åby kommun", "Exempel universitet"}
    assert {f["amount"] for f in project["funding"]} == {2000000, 1500000}


def test_numbered_cofunding_decisions_name_then_owner_and_a_fund_only_asked(nlp):
    text = ("Region Exempel\nRegionala utvecklingsnämnden\nNämnden beslutar att medfinansiera följande projekt, som också "
            "har sökt stöd från Europeiska regionala utvecklingsfonden:\n1. Ljus i byn, Åby kommun. Regional "
            "medfinansiering 100 000 kronor.\n2. Vatten i byn, Öby kommun. Regional medfinansiering 80 000 kronor.\n")
    projects = _projects(text, nlp)
    assert [(p["owner"], p["funders"]) for p in projects] == [("Åby kommun", ["Region Exempel"]),
                                                             ("Öby kommun", ["Region Exempel"])]


def test_two_behind_a_satsning_named_in_an_apposition(nlp):
    text = ("Lokaltidningen\nFler kvinnor i skogen\nBakom satsningen, som heter Skogskvinnor, står Åby skogsägarförening "
            "och Öby kommun. Satsningen pågår mellan 2031 och 2032 och har fått 90 000 kronor från Stiftelsen Exempel.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby skogsägarförening", ["Öby kommun"])


def test_a_name_with_som_and_a_noun_before_a_relative_clause(nlp):
    text = ("Nyheter\nStöd till byns butik\nRegion Exempel har beviljat 90 000 kronor till projektet Butiken som mötesplats, "
            "som drivs av Åby byalag.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Butiken som mötesplats", "Åby byalag")


def test_a_recipient_labelled_mottagare_owns_the_grant(nlp):
    text = ("Region Exempel\nKulturbidrag 2031\nTeater i ladan\nMottagare: Åby teaterförening\nBeviljat belopp: 40 000 kr\n"
            "Musik i kyrkan\nMottagare: Öby musikförening\nBeviljat belopp: 30 000 kr\n")
    assert [p["owner"] for p in _projects(text, nlp)] == ["Åby teaterförening", "Öby musikförening"]


def test_the_programme_a_committee_is_named_for_pays_not_the_sites_older_name(nlp):
    text = ("Interreg Nord\nPressmeddelande\nÖvervakningskommittén för Interreg Aurora beviljade två projekt.\n"
            "– Kall mat, lett av Lantbruksuniversitetet i Umeå, får 500 000 euro i EU-medel.\n"
            "– Varma hus, lett av Åby kommun, får 300 000 euro i EU-medel.\n")
    projects = _projects(text, nlp)
    assert [(p["owner"], p["funders"]) for p in projects] == [("Lantbruksuniversitetet i Umeå", ["Interreg Aurora"]),
                                                             ("Åby kommun", ["Interreg Aurora"])]


def test_a_progress_reports_own_period_and_its_costs_so_far(nlp):
    text = ("LÄGESRAPPORT 2\nPeriod: 2031-07-01 – 2031-12-31\nProjektnamn: Rena sjöar\nProjektägare: Åby kommun\n"
            "Projekttid: 2031-01-01 – 2032-12-31\nBeviljat stöd: 500 000 kr\nUpparbetade kostnader hittills: 210 000 kr\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-01-01", "2032-12-31")
    assert [f["amount"] for f in project["funding"]] == [500000]


def test_co_financiers_one_a_line_with_their_sums_in_kronor(nlp):
    text = ("ANSÖKAN\nProjektets namn: Torget\nSökande organisation: Åby kommun\nProjektets totala budget: 300 000 kr\n"
            "Medfinansiärer\nÅby kommun 200 000 kr\nÅby handelsförening 100 000 kr\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Åby kommun", "Åby handelsförening"}
    assert {f["amount"] for f in project["funding"]} == {300000, 200000, 100000}


def test_a_partner_named_after_what_kind_of_company_it_is(nlp):
    text = ("Åby kommun\nNyheter\nGröna gårdar\nÅby kommun har tilldelats 300 000 kronor av Boverket för projektet Gröna "
            "gårdar. Arbetet görs tillsammans med det kommunala bostadsbolaget Åbyhem.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Åbyhem"]


def test_a_cofinancing_label_whose_value_names_the_payers(nlp):
    text = ("Projektblad\nLjus i byn\nProjektägare: Åby kommun\nBeviljat ESF+-stöd: 500 000 kr\n"
            "Medfinansiering: Åby kommun, Öby kommun\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"ESF+", "Åby kommun", "Öby kommun"}


def test_a_papers_masthead_over_its_headline_and_a_column_headed_by_the_owners_kind(nlp):
    text = ("Åbyposten\n\nNy satsning ska få fler att bli lärare\n\nÅby högskola startar i höst satsningen Lärarvägen "
            "tillsammans med Öby kommun. Satsningen kostar 2 miljoner kronor.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Lärarvägen"
    text = ("Länsstyrelsen Exempel\nBeviljade stöd 2031\n\nKommun          Projekt                  Stöd (kr)\n"
            "Åby kommun      Våtmark i Åby            120 000\nÖby kommun      Ängar i Öby              80 000\n")
    assert [p["owner"] for p in _projects(text, nlp)] == ["Åby kommun", "Öby kommun"]


def test_partner_municipalities_paying_named_by_their_kind_in_the_plural(nlp):
    text = ("Nyheter\nLärare i länet\nÅby högskola startar satsningen Lärarvägen tillsammans med Ljungby och Markaryds "
            "kommuner. Satsningen betalas av Region Exempel och kommunerna gemensamt.\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Region Exempel", "Ljungby kommun", "Markaryds kommun"}


def test_lettered_applications_by_case_applicant_and_name_prioritised_or_refused(nlp):
    text = ("Leader Exempel\nProtokoll LAG\n§ 4 Ansökningar\n"
            "a) Ansökan 2031-0101 från Åby IF: Ny plan. LAG beslutar att prioritera ansökan.\n"
            "b) Ansökan 2031-0102 från Öby byalag: Byns bastu. LAG beslutar att avslå ansökan.\n"
            "c) Ansökan 2031-0103 från Åby scoutkår: Vindskydd vid sjön. LAG beslutar att prioritera ansökan.\n")
    assert [(p["name"], p["case_number"], p["owner"]) for p in _projects(text, nlp)] == [
        ("Ny plan", "2031-0101", "Åby IF"), ("Vindskydd vid sjön", "2031-0103", "Åby scoutkår")]


def test_one_more_party_after_liksom_and_a_year_the_project_shall_run(nlp):
    text = ("Nyheter\nTryggare skolvägar\nÅby kommun har fått 200 000 kronor från Trafikverket till projektet Säker väg. "
            "Projektet ska pågå under 2031. Åby IF är med i arbetet, liksom Öby cykelklubb.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")
    assert project["partners"] == ["Åby IF", "Öby cykelklubb"]


def test_aims_asked_as_a_question_and_a_chair_given_as_the_contact(nlp):
    text = ("Projektnamn: Ny scen i parken\nProjektägare: Exempelby teaterförening\nProjekttid: 2031\n\n"
            "Vad ska göras?\nFöreningen ska bygga en scen av trä.\n\n"
            "Vad vill föreningen uppnå?\nFler föreställningar utomhus varje sommar.\n\n"
            "Kontaktperson: Tove Exempelsson, ordförande, 070-000 00 00\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Fler föreställningar utomhus varje sommar."]  # the work to be done is no aim
    assert [c["name"] for c in project["contacts"]] == ["Tove Exempelsson"]


def test_a_chair_who_signs_the_minutes_is_no_contact(nlp):
    text = ("Projektnamn: Ny scen i parken\nProjektägare: Exempelby teaterförening\nProjekttid: 2031\n\n"
            "Kontakt\nTove Exempelsson, ordförande, justerare\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == []


def test_a_reports_sum_closes_the_last_section_and_an_owners_work_plan_gives_its_years(nlp):
    text = ("Leader Exempelbygd\n\nVerksamhetsberättelse\n\nHär är några av årets beviljade projekt.\n\n"
            "Ny brygga\n\nExempelby båtklubb har fått 90 000 kronor för att bygga en brygga.\n\n"
            "Sagor i skogen\n\nExempelby teaterförening ska under 2031 och 2032 spela sagor i skogen för "
            "skolbarn. Projektet har beviljats 70 000 kronor.\n\n"
            "Byns nät\n\nExempelby fiberförening samordnar grävningen i tre byar och har fått 40 000 kronor.\n\n"
            "Totalt beviljade LAG under året 2,2 miljoner kronor i stöd.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Byns nät"]["owner"] == "Exempelby fiberförening"
    assert projects["Byns nät"]["funding"] == [{"amount": 40000, "currency": "SEK"}]  # the year's sum is no one's
    sagor = projects["Sagor i skogen"]
    assert (sagor["start_date"], sagor["end_date"]) == ("2031", "2032")
    assert sagor["goals"] == []  # what the owner does in which years is its work plan, no aim


def test_a_heading_after_the_partners_heading_is_no_partner_and_a_funds_share_column_is_the_eu_rate(nlp):
    html = ("<html><body><main><h1>Ny scen</h1><p>Projektägare: Exempelby teaterförening</p><p>Projekttid: 2031</p>"
            "<h2>Samarbetspartner</h2><h2>Så arbetar vi</h2><p>Vi bygger en scen av trä i parken.</p>"
            "<h2>Finansiering</h2><table><tr><th>Finansiär</th><th>Belopp (kr)</th><th>Andel</th></tr>"
            "<tr><td>Europeiska regionala utvecklingsfonden</td><td>300 000</td><td>60 %</td></tr>"
            "<tr><td>Exempelby kommun</td><td>200 000</td><td>40 %</td></tr></table></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["partners"] == []
    assert project["eu_cofinancing_rate"] == 60


def test_places_that_are_the_municipalities_taking_part_and_a_decision_date_column(nlp):
    text = ("Nytt projekt\n\nExempelby samordningsförbund har fått 2 miljoner kronor från Europeiska socialfonden "
            "plus för projektet Nästa steg. Projektet startar den 1 mars 2031.\n\n"
            "Norrby, Sunnanå och Västerby är de kommuner som deltar.\n\n"
            "Projektledare är Tove Exempelsson, tove@exempel.se\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Norrby kommun", "Sunnanå kommun", "Västerby kommun"]
    assert [c["name"] for c in project["contacts"]] == ["Tove Exempelsson"]
    html = ("<html><body><main><h1>Beviljade bidrag</h1><p>Nämnden har beviljat bidrag till följande projekt.</p>"
            "<table><tr><th>Projekt</th><th>Sökande</th><th>Beviljat belopp (kr)</th><th>Beslutsdatum</th></tr>"
            "<tr><td>Sång i byn</td><td>Exempelby kör</td><td>40 000</td><td>2031-02-03</td></tr>"
            "<tr><td>Dans i byn</td><td>Exempelby dansklubb</td><td>30 000</td><td>2031-02-03</td></tr>"
            "</table></main></body></html>")
    for project in [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]:
        assert project["start_date"] is None, project  # the day it was decided is no start


def test_a_menu_that_names_the_site_and_a_contact_label_after_a_list(nlp):
    text = ("Projektdatabasen\n\nSök projekt  Om projektdatabasen  Hjälp\n\nNy brygga i byn\n\n"
            "Projektägare: Exempelby båtklubb\nProjekttid: 2031\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ny brygga i byn"
    listing = ("Beviljade projekt\n\nRegion Exempel har beviljat projektmedel till två projekt.\n\n"
               "• Sång i byn, Exempelby kör – 40 tusen kronor\n• Dans i byn, Exempelby dansklubb – 30 tusen kronor\n\n"
               "Kontakt\n\nTove Exempelsson, utvecklare, tove@exempel.se\n")
    parsed = parse_bytes(listing.encode(), "x.txt")
    for b in parsed.blocks:  # as a PDF sets it: the label in the body's type, no heading
        if b.text == "Kontakt":
            b.kind = "paragraph"
    for project in [r.to_gold() for r in extract_projects(parsed, nlp)]:
        assert project["contacts"] == [], project  # the release's contact, not the last entry's


def test_a_fund_granted_through_a_leader_area_and_rows_that_open_with_the_owner(nlp):
    text = ("Projektnamn: Ny brygga\nProjektägare: Exempelby båtklubb\nProjekttid: 2031\n"
            "Finansiär: Europeiska jordbruksfonden för landsbygdsutveckling genom Leader Norrbygd och Söderbygd\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Norrbygd och Söderbygd", "Europeiska jordbruksfonden för landsbygdsutveckling"]
    listing = ("Region Exempel har beviljat projektmedel till två projekt.\n\nBeviljade projekt:\n"
               "- Exempelby kommun, Skolan i byn, 300 000 kronor, 2031–2032\n"
               "- Exempelby folkhögskola, Kurser på distans, 200 000 kronor, 2031\n")
    projects = {p["name"]: p for p in _projects(listing, nlp)}
    assert projects["Skolan i byn"]["owner"] == "Exempelby kommun"
    assert projects["Kurser på distans"]["owner"] == "Exempelby folkhögskola"
    assert (projects["Skolan i byn"]["start_date"], projects["Skolan i byn"]["end_date"]) == ("2031", "2032")


def test_a_back_link_is_no_title_and_a_lag_item_under_a_letterhead_in_capitals_is_the_areas_grant(nlp):
    text = ("Projektdatabasen\n\nTillbaka till sökresultat\n\nNy brygga i byn\n\n"
            "Projektägare\nExempelby båtklubb\n\nProjekttid\n2031\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ny brygga i byn"
    minutes = ("LEADER NORRA EXEMPELBYGD\n\nProtokollsutdrag\n\n"
               "Ärende 4 a\nJournalnummer: 2031-0101\nSökande: Exempelby båtklubb\nProjekt: Ny brygga\n"
               "Sökt stöd: 100 000 kr\nBeslut: LAG beslutar att prioritera ansökan med 90 000 kr.\n\n"
               "Ärende 4 b\nJournalnummer: 2031-0102\nSökande: Exempelby skytteförening\nProjekt: Nya tavlor\n"
               "Sökt stöd: 50 000 kr\nBeslut: LAG beslutar att avslå ansökan.\n")
    projects = _projects(minutes, nlp)
    assert [p["name"] for p in projects] == ["Ny brygga"]
    assert projects[0]["funders"] == ["Leader Norra Exempelbygd"]


def test_payers_with_their_shares_a_bare_samarbete_med_and_a_bodys_table_of_its_own_projects(nlp):
    text = ("Ny cykelväg\n\nProjektägare: Exempelby kommun\nPeriod: 2031–2032\nBudget: 1,2 mnkr\n"
            "Finansiering: Trafikverket 50 %, Exempelby kommun 50 %\n\n"
            "• Samarbete med Exempelby cykelklubb och Exempelby skola\n"
            "• Samverkan med skolorna är etablerad och dokumenterad.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Trafikverket", "Exempelby kommun"]
    assert project["partners"] == ["Exempelby cykelklubb", "Exempelby skola"]
    report = ("Samordningsförbundet Exempelby\n\nÅrsredovisning\n\n"
              "Förbundet driver flera projekt med extern finansiering.\n\n"
              "Projekt | Finansiär | Period | Budget (tkr)\n"
              "Första steget | Europeiska socialfonden plus | 2031–2032 | 2 400\n"
              "Andra steget | Region Exempel | 2031 | 800\n")
    for project in _projects(report, nlp):
        assert project["owner"] == "Samordningsförbundet Exempelby", project


def test_projects_to_be_carried_out_during_a_year_run_that_year(nlp):
    text = ("Region Exempel har beviljat pengar till två projekt:\n\n"
            "Sång i byn (Exempelby kör): 40 000 kr\nDans i byn (Exempelby dansklubb): 30 000 kr\n\n"
            "Projekten ska vara genomförda under 2031.\n")
    for project in _projects(text, nlp):
        assert (project["start_date"], project["end_date"]) == ("2031", "2031"), project
    [done_by] = _projects("Projektnamn: Ny brygga\nProjektägare: Exempelby båtklubb\n\n"
                          "Projektet ska vara genomfört senast 2031-06-30.\n", nlp)
    assert (done_by["start_date"], done_by["end_date"]) == (None, "2031-06-30")


def test_an_agency_investing_in_a_project_and_an_english_grant_to_a_project_at_a_university(nlp):
    [project] = _projects("Nytt projekt om trähus\n\nEnergimyndigheten investerar 3 miljoner kronor i projektet "
                          "Trähus i stan, som leds av Exempelby tekniska högskola. Projektet startar i mars 2031.\n", nlp)
    assert (project["name"], project["owner"]) == ("Trähus i stan", "Exempelby tekniska högskola")
    assert project["funders"] == ["Energimyndigheten"]
    assert project["funding"] == [{"amount": 3000000, "currency": "SEK"}]
    [english] = _projects("Grant for research on lakes\n\nThe Swedish Research Council has awarded SEK 2,500,000 to "
                          "the project Clear Lakes at Exempelby University. The project will run from January 2031 to "
                          "December 2032 and is a collaboration with the Swedish Meteorological and Hydrological "
                          "Institute.\n", nlp)
    assert english["name"] == "Clear Lakes"
    assert english["partners"] == ["Swedish Meteorological and Hydrological Institute"]
    [stays] = _projects("News\n\nThe project Care at a distance is led by Exempelby University and has received "
                        "SEK 1,000,000 from the Swedish Research Council.\n", nlp)
    assert stays["name"] == "Care at a distance"


def test_the_sum_asked_for_beside_the_sum_granted_in_one_run_of_text(nlp):
    text = ("Protokoll LAG Exempelbygd\n\n§ 5 Ansökningar\n\n"
            "a) Ansökan 2031-0101 från Exempelby båtklubb: Ny brygga. Sökt belopp 120 000 kr. LAG beslutar att "
            "prioritera ansökan med 100 000 kr.\n"
            "b) Ansökan 2031-0102 från Exempelby kör: Sång i byn. Sökt belopp 40 000 kr. LAG beslutar att "
            "prioritera ansökan.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ny brygga"]["funding"] == [{"amount": 100000, "currency": "SEK"}]
    assert projects["Sång i byn"]["funding"] == [{"amount": 40000, "currency": "SEK"}]  # asked, and prioritised


def test_the_place_where_the_subject_is_is_no_party(nlp):
    [project] = _projects("Region Gotland har fått 300 000 kronor från Trafikverket till ett projekt för säkra "
                          "skolvägar. Projektet heter Trygga steg och ska pågå under 2031.\n\n"
                          "Förskolorna på Öland är med i arbetet, liksom Exempelby cykelklubb.\n", nlp)
    assert project["partners"] == ["Exempelby cykelklubb"]
    [named] = _projects("Projektet Trygga steg drivs av Region Gotland och har fått 300 000 kronor.\n\n"
                        "Visby kommun är med i arbetet.\n", nlp)
    assert named["partners"] == ["Visby kommun"]


def test_bare_figures_in_a_list_under_a_unit_stated_once(nlp):
    text = ("Region Exempel\nBeviljade projektmedel, maj 2031\n\nBelopp i tkr.\n\nDessa projekt fick pengar:\n"
            "• Ny brygga (Exempelby båtklubb) – 120\n• Sång i byn (Exempelby kör) – 45\n")
    parsed = parse_bytes(text.encode(), "x.txt")
    records = extract_projects(parsed, nlp)
    projects = {r.name.value: r for r in records}
    assert [(f.value.money.amount, f.value.money.currency) for f in projects["Ny brygga"].funding] == [(120000, "SEK")]
    assert [f.value.money.amount for f in projects["Sång i byn"].funding] == [45000]
    prov = projects["Ny brygga"].funding[0].prov
    assert parsed.text[prov.start:prov.end] == "120"  # the source's span: the figure, the unit read from above


def test_a_grant_to_be_spent_during_a_year_and_the_projects_tests_running_to_a_year(nlp):
    [spent] = _projects("Projektet Sång i byn, som drivs av Exempelby kör, har beviljats pengar från Kulturrådet. "
                        "Det handlar om 60 000 kronor som ska användas till konserter i byarna under 2031.\n", nlp)
    assert (spent["start_date"], spent["end_date"]) == ("2031", "2031")
    [tests] = _projects("Ny vätgasmack\n\nProjektet Gröna bussar drivs av Exempelby kommun och har fått 2 miljoner "
                        "kronor från Energimyndigheten.\n\nTesterna görs tillsammans med Exempelby högskola och pågår "
                        "till och med 2032.\n", nlp)
    assert tests["end_date"] == "2032"


def test_stipends_to_persons_are_no_projects_and_a_name_may_end_from_a_place(nlp):
    text = ("Kulturnämnden i Exempelby kommun har delat ut årets stipendier och projektbidrag.\n\n"
            "Kulturstipendier\nTove Exempelsson, bildkonstnär, 20 000 kronor\nErik Exempelsson, musiker, 20 000 kronor\n\n"
            "Projektbidrag\nExempelby kör får 30 000 kronor för projektet Sånger från Norrby.\n"
            "Exempelby teaterförening får 50 000 kronor för projektet Teater i parken.\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Sånger från Norrby", "Teater i parken"]


def test_a_running_header_with_its_page_in_brackets_is_chrome(nlp):
    from extractors.roles import is_chrome_text
    assert is_chrome_text("BESLUT 2031-05-02 Dnr RUN 2031/101 Sida 2 (3)")
    assert not is_chrome_text("Beslut om stöd till projektet Ny brygga")


def test_the_coordinator_of_one_part_of_a_project_is_no_contact_of_it(nlp):
    text = ("Lägesrapport\n\nProjektnamn: Levande by\nProjektägare: Exempelby kommun\nProjekttid: 2031–2032\n\n"
            "Kontaktperson: Tove Exempelsson, tove.exempelsson@exempel.se\n\n"
            "Delområde 1 – Service i byn\nProjektsamordnare Erik Exempelsson\nEn butik har öppnat.\n")
    [project] = _projects(text, nlp)
    assert [c["name"] for c in project["contacts"]] == ["Tove Exempelsson"]


def test_a_company_that_brings_its_own_share_and_a_list_lead_that_gives_the_year(nlp):
    [project] = _projects("Exempelby kommun får 2 miljoner kronor från Vinnova för projektet Trygga hem. I projektet "
                          "deltar också Exempelbolaget AB, som bidrar med 300 kSEK i egen finansiering.\n", nlp)
    assert project["funders"] == ["Vinnova", "Exempelbolaget AB"]
    assert {"amount": 300000, "currency": "SEK"} in project["funding"]
    text = ("Samordningsförbundet Exempelby\n\nStyrelsen beslutade att finansiera följande insatser under 2031:\n\n"
            "| Insats | Huvudman | Belopp |\n|---|---|---|\n| Första steget | Exempelby kommun | 300 000 kr |\n"
            "| Andra steget | Region Exempel | 200 000 kr |\n")
    for p in _projects(text, nlp):
        assert (p["start_date"], p["end_date"]) == ("2031", "2031"), p
    [granted] = [r.to_gold() for r in extract_projects(parse_bytes(
        "<html><body><main><h1>Sparbanksstiftelsen Exempelby</h1><p>Stiftelsen har under hösten beviljat bidrag till "
        "följande projekt.</p><dl><dt>Ny brygga</dt><dd>Mottagare: Exempelby båtklubb. Bidrag: 90 000 kr.</dd><dt>Sång i "
        "byn</dt><dd>Mottagare: Exempelby kör. Bidrag: 40 000 kr.</dd></dl></main></body></html>".encode(), "x.html"),
        nlp)][:1]
    assert granted["owner"] == "Exempelby båtklubb"
    assert granted["funders"] == ["Sparbanksstiftelsen Exempelby"]


def test_an_owner_that_starts_its_project_at_a_time_and_a_decision_on_compound_grants(nlp):
    [project] = _projects("Exempelby kommunförbund startar i mars 2031 projektet Ny omsorg. Projektet finansieras till "
                          "40 procent av Europeiska socialfonden plus.\n", nlp)
    assert project["owner"] == "Exempelby kommunförbund"
    assert project["eu_cofinancing_rate"] == 40
    text = ("Kulturrådet har beslutat om utvecklingsbidrag till följande projekt.\n\n"
            "1. Sång i byn\nSökande: Exempelby kör\nBeviljat: 40 000 kr\n\n"
            "2. Dans i byn\nSökande: Exempelby dansklubb\nBeviljat: 30 000 kr\n")
    for p in _projects(text, nlp):
        assert p["funders"] == ["Kulturrådet"], p


def test_a_news_outlets_masthead_names_no_project(nlp):
    text = ("Sveriges Radio P4 Exempelbygd\n\nByar får pengar för att rusta vägar\n\n"
            "Tre byar får 300 000 kronor från Trafikverket. Projektet leds av Exempelby vägförening, och byarnas "
            "vägföreningar är med.\n\nArbetet görs under 2031.\n")
    assert _projects(text, nlp) == []  # the project is not named


def test_a_plans_numbered_sections_and_its_own_part_of_the_financing(nlp):
    text = ("Projektplan\n\nNy brygga i byn\n\nProjektägare: Exempelby båtklubb\nProjekttid: 2031\n\n"
            "3 Mål\n\nMinst 40 båtar ska kunna ligga vid bryggan.\n\n"
            "5 Budget och finansiering\n\nExempelby sparbanksstiftelse 300 000 kr\nEgen insats: 100 000 kr\n"
            "Totalt: 400 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Minst 40 båtar ska kunna ligga vid bryggan."]
    assert set(project["funders"]) == {"Exempelby sparbanksstiftelse", "Exempelby båtklubb"}
    assert sorted(f["amount"] for f in project["funding"]) == [100000, 300000, 400000]


def test_a_project_cards_bare_period_line_and_a_sum_with_its_parts(nlp):
    html = ("<html><body><main><h1>Ny cykelväg</h1><div><p>📅 1 april 2031 – 31 mars 2032</p>"
            "<p>💰 2 miljoner kronor, varav 800 000 kronor från Europeiska regionala utvecklingsfonden</p>"
            "<p>Projektägare: Exempelby kommun</p></div><p>Vägen ska binda ihop byarna längs kusten.</p>"
            "</main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["start_date"], project["end_date"]) == ("2031-04-01", "2032-03-31")
    assert sorted(f["amount"] for f in project["funding"]) == [800000, 2000000]
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]


def test_an_earlier_study_told_as_finished_is_no_project_and_gives_this_one_nothing(nlp):
    text = ("Nyheter\n\nNästa steg för torget\n\n"
            "Förstudien Torget i tiden, som genomfördes under 2030 med stöd från Region Exempel, visade att invånarna "
            "vill ha fler bänkar.\n\n"
            "Nu startar Exempelby kommun projektet Levande torg, som får 2 miljoner kronor från Europeiska regionala "
            "utvecklingsfonden. Projektet pågår från januari 2031 till december 2032.\n\n"
            "Syftet är att torget ska användas året runt.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Levande torg"
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert project["goals"] == ["Syftet är att torget ska användas året runt."]


def test_a_project_run_by_an_organisation_whose_name_says_ska_states_no_aim(nlp):
    [project] = _projects("Byar i rörelse\n\nByar i rörelse hjälper byar att göra egna planer. Projektet drivs av Hela "
                          "Exempelbygden ska leva och finansieras av Region Exempel med 500 000 kronor. Projektet pågår "
                          "under 2031 och ska ge byarna egna planer.\n", nlp)
    assert project["goals"] == []


def test_the_same_year_an_english_grant_with_a_full_stop_and_a_headline_set_as_a_paragraph(nlp):
    [same] = _projects("Exempelby båtklubb har fått klartecken för sitt projekt Ny brygga. Det handlar om 90 000 "
                       "kronor från Leader Exempelbygd.\n\nArbetet börjar i april 2031 och ska vara klart i oktober "
                       "samma år.\n", nlp)
    assert (same["start_date"], same["end_date"]) == ("2031-04", "2031-10")
    [english] = _projects("Nordic News\n\nNews\n\nNordic project will map lakes for young people\n\n"
                          "The Nordic Council of Ministers supports the project Clear Lakes with DKK 400,000. The "
                          "project is led by Exempelby University.\n", nlp)
    assert english["name"] == "Clear Lakes"
    assert english["funding"] == [{"amount": 400000, "currency": "DKK"}]


def test_a_foundations_own_page_of_a_grant_it_made(nlp):
    html = ("<html><head><title>Ny brygga – Familjen Exempels stiftelse</title></head><body><main><h1>Ny brygga</h1>"
            "<p><strong>Mottagare</strong> Exempelby båtklubb <strong>Beviljat belopp</strong> 90 000 kr "
            "<strong>Projekttid</strong> 2031</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["owner"] == "Exempelby båtklubb"
    assert project["funders"] == ["Familjen Exempels stiftelse"]


def test_a_decisions_clause_refusing_another_is_no_part_of_the_grant_before_it(nlp):
    text = ("Protokollsutdrag\n\n§ 12 Utvecklingsbidrag\n\nNämnden beslutar\n"
            "att bevilja Exempelby kör 40 000 kronor för projektet Sång i byn,\n"
            "att bevilja Exempelby teaterförening 60 000 kronor för projektet Teater i parken,\n"
            "att avslå ansökan från Föreningen Exempelkonst om bidrag till projektet Konst på torget,\n"
            "att uppdra åt förvaltningen att följa upp projekten.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Sång i byn", "Teater i parken"}
    assert projects["Teater i parken"]["owner"] == "Exempelby teaterförening"


def test_also_behind_the_project_and_beneficiaries_as_a_label(nlp):
    [project] = _projects("Exempelby högskola startar projektet Fler ingenjörer, som får 2 miljoner kronor från "
                          "Europeiska socialfonden plus.\n\nBakom projektet står också Exempelbolaget AB och "
                          "Exempelby kommun.\n", nlp)
    assert project["owner"] == "Exempelby högskola"
    assert project["partners"] == ["Exempelbolaget AB", "Exempelby kommun"]
    [english] = _projects("Clear Lakes\n\nLead beneficiary: Exempelby University\nBeneficiaries: Exempelby kommun; "
                          "Region Exempel\nDuration: 2031–2032\n", nlp)
    assert english["partners"] == ["Exempelby kommun", "Region Exempel"]


def test_a_grant_told_after_the_goals_is_no_goal_and_names_its_fund(nlp):
    text = ("Projektnamn: Ny brygga\nProjektägare: Exempelby båtklubb\nProjekttid: 2031\n\nProjektets mål\n"
            "Minst 40 båtar ska kunna ligga vid bryggan.\n"
            "Stödet är beviljat av Länsstyrelsen i Exempellänet ur Europeiska havs-, fiske- och vattenbruksfonden.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Minst 40 båtar ska kunna ligga vid bryggan."]
    assert project["funders"] == ["Europeiska havs-, fiske- och vattenbruksfonden"]  # the authority pays it out


def test_the_share_an_eu_grant_covers_said_of_all_projects_below_them(nlp):
    text = ("Tillväxtverket har beviljat stöd ur Europeiska regionala utvecklingsfonden till två projekt.\n\n"
            "Projektet Smarta hamnar drivs av Exempelby kommun och får 2 miljoner kronor.\n\n"
            "Projektet Gröna gårdar drivs av Exempelby lantbruksförening och får 1 miljon kronor.\n\n"
            "Stödet motsvarar 40 procent av projektens kostnader.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Smarta hamnar", "Gröna gårdar"]
    for p in projects:
        assert p["eu_cofinancing_rate"] == 40, p


def test_two_that_start_a_project_together_and_a_name_that_ends_all_year_round(nlp):
    [project] = _projects("Exempelby kommun och Exempelby folkhögskola satsar tillsammans på ett nytt projekt. Projektet "
                          "har fått namnet Kurser året om och får 500 000 kronor från Europeiska socialfonden plus. "
                          "Projektet drivs av Exempelby kommun.\n", nlp)
    assert project["name"] == "Kurser året om"
    assert (project["owner"], project["partners"]) == ("Exempelby kommun", ["Exempelby folkhögskola"])
    [paying] = _projects("Exempelby kommun och Region Exempel satsar tillsammans 1 miljon kronor på projektet Nya "
                         "stigar. Kommunen står för 400 000 kronor och regionen för resten.\n", nlp)
    assert paying["partners"] == []  # two payers of one sum, not parties


def test_a_questions_and_answers_page_reads_its_questions_as_labels(nlp):
    text = ("Frågor och svar om projektet Tysta vägar\n\nVad är Tysta vägar?\nEtt projekt om buller längs landsvägar.\n\n"
            "Vem driver projektet?\nProjektet drivs av Exempelby kommun.\n\nHur länge pågår det?\n"
            "Från 1 april 2031 till 30 juni 2032.\n\nVad ska projektet åstadkomma?\n- Tio sträckor med tystare asfalt\n\n"
            "Vem kan jag kontakta?\nProjektledare Rut Exempelsson, 010-123 45 67\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-04-01", "2032-06-30")
    assert project["goals"] == ["Tio sträckor med tystare asfalt"]
    assert [c["name"] for c in project["contacts"]] == ["Rut Exempelsson"]


def test_a_period_set_before_the_verb_of_the_owner_speaking_of_itself(nlp):
    text = ("Vi på Exempelby kommun har fått 200 000 kronor från Region Exempel för projektet Sommarjobb hemma.\n\n"
            "Under vårterminen 2031 till och med höstterminen 2032 erbjuder vi unga praktik hos företag i kommunen.\n\n"
            "Hör av dig till samordnare Ida Exempel, ida.exempel@exempelby.se.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Exempelby kommun", "2031", "2032")
    assert project["contacts"] == [{"name": "Ida Exempel", "email": "ida.exempel@exempelby.se"}]


def test_quarters_a_compound_project_noun_and_parts_paid_with_the_verb_left_out(nlp):
    text = ("Exempelby högskola leder ett nytt forskningsprojekt om trähus. Projektet heter Höga trähus och pågår från "
            "Q2 2031 till Q1 2033. Budgeten är 5 Mkr, varav Region Exempel står för 3 Mkr och Exempelstiftelsen för 1 Mkr. "
            "Företagen i projektet: Exempelbygg AB och Trä Exempel AB.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Exempelby högskola", "2031", "2033")
    assert project["funders"] == ["Region Exempel", "Exempelstiftelsen"]
    assert project["partners"] == ["Exempelbygg AB", "Trä Exempel AB"]


def test_cards_with_a_line_of_owner_period_and_sum_under_each_title(nlp):
    text = ("Projekt med stöd\n\nNattfjärilar i parken\nExempelby naturskyddsförening · 2031–2032 · 60 000 kr\n"
            "Inventering med ljusfällor.\n\nSagor på biblioteket\nExempelby läsförening · 2031 · 25 000 kr\n"
            "Högläsning för barn.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Nattfjärilar i parken", "Sagor på biblioteket"}
    moths = projects["Nattfjärilar i parken"]
    assert (moths["owner"], moths["start_date"], moths["end_date"]) == ("Exempelby naturskyddsförening", "2031", "2032")
    assert moths["funding"] == [{"amount": 60000, "currency": "SEK"}]


def test_sections_under_the_projects_the_publisher_runs_and_a_card_that_says_what_it_shall_do(nlp):
    text = ("Exempelby kommun\n\nPågående projekt\n\nHär finns de projekt som kommunen driver med externa medel.\n\n"
            "Gröna skolgårdar\n\nEtt projekt som ska ge barnen mer grönska på skolgården.\n\nBudget: 300 000 kr\n\n"
            "Trygga stråk\n\nBelysning längs gångvägar.\n\nBudget: 450 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {n: p["owner"] for n, p in projects.items()} == {"Gröna skolgårdar": "Exempelby kommun",
                                                           "Trygga stråk": "Exempelby kommun"}
    assert projects["Gröna skolgårdar"]["goals"] == ["Ett projekt som ska ge barnen mer grönska på skolgården."]


def test_where_the_money_of_every_box_comes_from_said_under_the_last(nlp):
    text = ("Prioriterade projekt\n\nNy brygga\nProjektägare: Exempelby båtklubb\nStöd: 90 000 kr\n\n"
            "Ljus i byn\nProjektägare: Exempelby byalag\nStöd: 40 000 kr\n\n"
            "Stödet kommer från Landsbygdsfonden via Leader Berg och Dal.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Ny brygga", "Ljus i byn"]
    for p in projects:
        assert p["funders"] == ["Landsbygdsfonden", "Leader Berg och Dal"], p


def test_the_sum_of_a_budget_column_beside_the_outcome_is_the_projects_budget(nlp):
    text = ("Lägesrapport\n\nProjekt: Renare bäckar\nProjektägare: Exempelby vattenråd\n\n"
            "Post | Budget | Utfall\nPersonal | 800 000 | 200 000\nMaskiner | 400 000 | 50 000\n"
            "Summa | 1 200 000 | 250 000\n")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 1200000, "currency": "SEK"}]  # not a cost line, not what was spent


def test_the_thing_an_entry_is_runs_in_a_season(nlp):
    text = ("Nyheter från Leader Exempel\n\nSommarteater i byn\nExempelby teaterförening får 80 000 kronor för en "
            "föreställning i det fria. Föreställningen genomförs sommaren 2031.\n\n"
            "Ny skidbacke\nExempelby slalomklubb får 120 000 kronor till en lift. Arbetet pågår under 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Sommarteater i byn"]["start_date"], projects["Sommarteater i byn"]["end_date"]) == ("2031", "2031")


def test_a_name_with_a_verb_in_capitals_and_partners_along_for_the_ride(nlp):
    [project] = _projects("Projektet heter Vi Bygger och drivs av Exempelby kommun, som får 300 000 kronor från "
                          "Region Exempel. Med på resan finns Exempelby byggklubb och Exempelby folkhögskola.\n", nlp)
    assert project["name"] == "Vi Bygger"
    assert project["partners"] == ["Exempelby byggklubb", "Exempelby folkhögskola"]


def test_english_partners_among_them_and_a_communications_officer_who_is_no_contact(nlp):
    text = ("A new project called Green Harbours is led by Exempel University and brings together partners from "
            "four countries, among them the Exempel Port Authority and the Institute of Exempel. The project will "
            "run from March 2031 to February 2033 with a total budget of EUR 1.2 million.\n\n"
            "Contact: Anna Exempel, communications officer\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Exempel Port Authority", "Institute of Exempel"]
    assert project["contacts"] == []


def test_a_teaser_whose_purpose_clause_ends_in_the_year(nlp):
    text = ("Utvecklingsmedel till två projekt\n\n"
            "- Nya bryggor – Exempelby kommun får 300 000 kronor för att bygga om gästhamnen under 2031. Läs mer »\n"
            "- Ljus i spåren – Exempelby skidklubb får 90 000 kronor för belysning. Läs mer »\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Nya bryggor"]["start_date"], projects["Nya bryggor"]["end_date"]) == ("2031", "2031")
    assert projects["Ljus i spåren"]["start_date"] is None


def test_a_fact_box_in_uncommon_labels_on_a_regions_page(nlp):
    text = ("Region Exempel\n\nNya lekplatser\n\nAnsvarig aktör: Exempelby kommun\nInsatsens totala kostnad: 400 000 kronor\n"
            "Varav regionalt stöd: 200 000 kronor\nSamverkan sker med: Exempelby fritidsgård\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"], project["partners"]) == (
        "Exempelby kommun", ["Region Exempel"], ["Exempelby fritidsgård"])


def test_a_committee_decides_that_the_municipality_co_funds_a_project_that_will_be_built_in_a_year(nlp):
    text = ("Ks au § 12  Dnr KS 2031/5\nMedfinansiering av projektet Nya stigar\n\nÄrendebeskrivning\n"
            "Exempelby kommun har ansökt om medel från Naturvårdsverket för projektet Nya stigar, som ska anlägga tio "
            "kilometer vandringsled under 2031.\n\nBeslut\nArbetsutskottet beslutar att kommunen medfinansierar "
            "projektet med 100 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")
    assert "Exempelby kommun" in project["funders"]


def test_a_municipality_that_joins_anothers_project_and_co_funds_it(nlp):
    text = ("Kommunstyrelsen beslutar att Exempelby kommun deltar i projektet Trygga byar och medfinansierar det med "
            "50 000 kronor.\n\nLänsstyrelsen i Exempellän är projektägare för Trygga byar, som pågår 2031–2032.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Exempelby kommun"] and "Exempelby kommun" in project["funders"]


def test_a_forms_numbered_field_names_its_owner(nlp):
    [project] = _projects("1.1 Organisationens namn\nExempelby idrottsförening\n2.1 Projektets namn\nLjus i spåret\n"
                          "2.2 Projektperiod\n2031-01-01 – 2031-12-31\n", nlp)
    assert (project["name"], project["owner"]) == ("Ljus i spåret", "Exempelby idrottsförening")


def test_a_headline_that_opens_with_the_quoted_name_under_a_papers_masthead(nlp):
    text = ("Exempelby Tidning\n\n”Grön skolgård” ska ge barnen mer lek\n\nExempelby kommun får 400 000 kronor från "
            "Boverket för att plantera träd på skolgårdarna. Satsningen pågår under 2031.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Grön skolgård", "Exempelby kommun")
    [quoted] = _projects("Exempelby Tidning\n\n”Vi måste våga” säger rektorn\n\nProjektet Mod i skolan drivs av "
                         "Exempelby kommun och får 100 000 kronor.\n", nlp)
    assert quoted["name"] == "Mod i skolan"  # a quoted saying is no name


def test_an_english_university_that_will_coordinate_a_project_named_before_what_it_is(nlp):
    text = ("Exempel University will coordinate GreenX, a new Horizon Europe project with partners from six "
            "countries. The project has been awarded EU funding of EUR 3 million.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("GreenX", "Exempel University")


def test_what_the_publisher_finances_heads_the_list_of_its_projects(nlp):
    text = ("Samordningsförbundet Exempel\n\nInsatser som förbundet finansierar\n\nSteg framåt\n"
            "Huvudman: Exempelby kommun\nBudget: 500 000 kr\n\nNya vägar\nHuvudman: Region Exempel\nBudget: 700 000 kr\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["funders"]) for p in projects] == [
        ("Steg framåt", "Exempelby kommun", ["Samordningsförbundet Exempel"]),
        ("Nya vägar", "Region Exempel", ["Samordningsförbundet Exempel"])]


def test_an_inline_list_of_projects_each_with_its_payer_and_sum_in_brackets(nlp):
    text = ("Exempelby kommun\n\nUnder året har kommunen drivit två externt finansierade projekt: Nya jobb (Tillväxtverket, "
            "1,2 mnkr) och Ren sjö (Havs- och vattenmyndigheten, 300 tkr).\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Nya jobb"]["owner"], projects["Nya jobb"]["funders"]) == ("Exempelby kommun", ["Tillväxtverket"])
    assert projects["Nya jobb"]["funding"] == [{"amount": 1200000, "currency": "SEK"}]


def test_bullets_of_labelled_sentences_and_a_period_the_decisions_hold_for(nlp):
    text = ("Regionen har beslutat om bidrag till följande projekt:\n\n"
            "• Sökande: Exempelby kommun. Projekt: Nya bryggan. Beviljat: 200 000 kr.\n"
            "• Sökande: Exempelby IF. Projekt: Ljus i spåret. Beviljat: 90 000 kr.\n\n"
            "Besluten gäller för perioden 2031–2032.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["start_date"], p["end_date"]) for p in projects] == [
        ("Nya bryggan", "Exempelby kommun", "2031", "2032"), ("Ljus i spåret", "Exempelby IF", "2031", "2032")]


def test_news_that_first_tells_of_an_earlier_finished_project(nlp):
    text = ("Nästa steg för skolmaten\n\nFörra året avslutades projektet Smakresan, som med stöd från Europeiska "
            "socialfonden utbildade kockar.\n\nNu tar kommunen nästa steg. I projektet Smakresan 2.0 ska Exempelby kommun "
            "tillsammans med Exempelby gymnasium utbilda kostpersonal. Projektet har beviljats 1 miljon kronor från "
            "Europeiska socialfonden plus.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Smakresan 2.0", "Exempelby kommun")
    assert project["funders"] == ["Europeiska socialfonden plus"]  # not the earlier project's fund


def test_the_authority_of_the_letterhead_grants_a_named_recipient_its_money(nlp):
    text = ("LÄNSSTYRELSEN I EXEMPELLÄN\n\nBeslut om bidrag\n\nLänsstyrelsen beviljar Exempelby fiskeklubb, "
            "organisationsnummer 802400-0005, bidrag för projektet Fria vandringsvägar enligt nedan.\n\n"
            "Beviljat bidrag: 120 000 kronor\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Länsstyrelsen i Exempellän"]


def test_a_project_in_a_programme_and_one_applied_for_by_its_owner(nlp):
    [english] = _projects("Winter Paths\n\nWinter Paths is a project in the Interreg Baltic Sea Region programme.\n\n"
                          "Lead partner: Exempel University\nBudget: EUR 1 million\n", nlp)
    assert english["funders"] == ["Interreg Baltic Sea Region"]
    [prioritised] = _projects("LAG har beslutat att prioritera projektet Ny scen i byn som söks av Exempelby "
                              "bygdegårdsförening. Projektet får 200 000 kronor i Leaderstöd.\n", nlp)
    assert prioritised["owner"] == "Exempelby bygdegårdsförening"


def test_an_organisation_named_by_a_common_noun_keeps_the_place_it_is_in(nlp):
    [project] = _projects("Projektet Nya spår drivs av Kreativa nätverket i Gävle och får 300 000 kronor.\n", nlp)
    assert project["owner"] == "Kreativa nätverket i Gävle"
    [other] = _projects("Projektet Nya spår drivs av Gävle kommun i samarbete med Exempelby IF.\n", nlp)
    assert other["owner"] == "Gävle kommun"


def test_a_papers_article_that_names_the_owner_first_and_then_by_its_kind(nlp):
    text = ("Exempelby Tidning\n\nNya bussar i stan\n\nLjungby kommun och Region Kronoberg vill byta bussar. Nu har "
            "kommunen fått klartecken för projektet Rena bussar. Energimyndigheten bidrar med 2 miljoner kronor. Resten "
            "betalar kommunen och regionen. Hela kommunens satsning på trafiken omfattar 90 miljoner kronor.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Ljungby kommun"  # the known organisation the definite noun refers back to
    assert sorted(project["funders"]) == ["Energimyndigheten", "Ljungby kommun", "Region Kronoberg"]
    assert project["funding"] == [{"amount": 2000000, "currency": "SEK"}]  # not the whole effort's sum


def test_a_compound_project_noun_names_it_and_who_does_the_work_takes_part(nlp):
    [project] = _projects("Exempelby kommun har beviljats 3 miljoner kronor för bredbandsprojektet Fiber i byarna. "
                          "Utbyggnaden görs av kommunens bolag Exempelby Energi AB.\n", nlp)
    assert (project["name"], project["partners"]) == ("Fiber i byarna", ["Exempelby Energi AB"])


def test_a_councils_excerpt_of_one_item_that_co_funds_two_projects(nlp):
    text = ("Kommunfullmäktige i Arjeplog\nProtokollsutdrag\n\n§ 12  Dnr 2031/40\nMedfinansiering av projekt\n\n"
            "Kommunfullmäktige beslutar att medfinansiera projektet Nya leder, som drivs av Exempelby IF, med 50 000 "
            "kronor, att medfinansiera förstudien Smart bygd, som drivs av Exempelby byalag, med 20 000 kronor, att "
            "avslå ansökan från Exempelby skoterklubb.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Nya leder", "Smart bygd"}
    for p in projects.values():
        assert (p["case_number"], p["funders"]) == ("2031/40", ["Arjeplogs kommun"]), p


def test_the_parties_that_put_in_the_total_pay_and_a_duration_from_a_month(nlp):
    text = ("Exempel universitet, Exempel Gruv AB och Exempel Kraft AB startar ett gemensamt projekt. Projektet, som heter "
            "Tyst gruva, har fått 5 miljoner kronor från Vinnova och pågår i tre år från mars 2031. Universitetet leder "
            "projektet. Sammanlagt satsar parterna 10 miljoner kronor.\n")
    [project] = _projects(text, nlp)
    assert project["start_date"] == "2031-03" and project.get("end_date") is None
    assert set(project["funders"]) == {"Vinnova", "Exempel universitet", "Exempel Gruv AB", "Exempel Kraft AB"}


def test_a_company_by_its_kind_a_grant_given_to_a_named_recipient_and_a_school_year(nlp):
    [dairy] = _projects("Projektnamn: Ny ostkällare\nStödmottagare: Exempelby Gårdsmejeri AB\nBeslutat stöd: 100 000 kr\n\n"
                        "Mejeriet ska bygga en källare för lagring av ost.\n", nlp)
    assert dairy["goals"] == ["Mejeriet ska bygga en källare för lagring av ost."]
    [theatre] = _projects("Region Exempel ger Teater Nu ett utvecklingsbidrag på 100 000 kronor. Projektet heter Scen i "
                          "byn och genomförs under läsåret 2031/2032.\n", nlp)
    assert (theatre["owner"], theatre["start_date"], theatre["end_date"]) == ("Teater Nu", "2031", "2032")


def test_paragraphs_that_open_with_name_owner_sum_and_years_and_an_abbreviated_owner(nlp):
    text = ("Bidrag till två projekt\n\nSpel i byn, Exempelby Spel ek. för., 100 000 kr, 2031–2032. Projektet ska ge unga "
            "en plats att skapa spel.\n\nMusik på gården, Föreningen Exempelmusik, 50 000 kr, 2031. Konserter i "
            "ladorna.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Spel i byn"]["owner"] == "Exempelby Spel ek. för."
    assert projects["Spel i byn"]["funding"] == [{"amount": 100000, "currency": "SEK"}]
    assert projects["Musik på gården"]["owner"] == "Föreningen Exempelmusik"


def test_a_project_in_the_sites_own_section_of_projects_and_a_financing_sentence_under_its_label(nlp):
    text = ("Hushållningssällskapet Exempel\nVi erbjuder > Projekt\n\nBättre bete\n\nOm projektet\nGårdar får råd om bete.\n\n"
            "Projekttid\n2031–2032\n\n"
            "Finansiering\nProjektet finansieras av Region Exempel och Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Hushållningssällskapet Exempel"
    assert project["funders"] == ["Region Exempel", "Europeiska jordbruksfonden för landsbygdsutveckling"]


def test_a_reports_numbered_sections_one_titled_in_generic_words_the_text_repeats(nlp):
    text = ("Samordningsförbundet Exempel\nVerksamhetsberättelse\n\n2. Insatser\n\n2.1 Steg framåt\n"
            "Steg framåt drivs av Exempelby kommun och fick 200 000 kronor från förbundet.\n"
            "2.2 Hälsa och arbete\nHälsa och arbete är en ny insats. Region Exempel är huvudman och förbundet har "
            "beviljat 300 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Steg framåt", "Hälsa och arbete"}  # the number is no part of the name
    assert projects["Hälsa och arbete"]["funders"] == ["Samordningsförbundet Exempel"]


def test_a_municipality_that_takes_part_in_an_eu_project_led_by_another(nlp):
    [project] = _projects("Ljungby kommun deltar i EU-projektet Gröna kvarter, som leds av Exempel University. Projektet har "
                          "en total budget på 5 miljoner euro.\n", nlp)
    assert (project["owner"], project["partners"]) == ("Exempel University", ["Ljungby kommun"])


def test_a_construction_start_then_the_end_and_the_whole_investment(nlp):
    [project] = _projects("Projektet Nya verket drivs av Exempelby Energi AB och har beviljats 5 miljoner kronor av "
                          "Energimyndigheten. Byggstarten sker under hösten 2031 och anläggningen ska stå klar 2033. "
                          "Totalt beräknas investeringen till 20 miljoner kronor.\n", nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2033")
    assert {f["amount"] for f in project["funding"]} == {5000000, 20000000}


def test_a_generic_heading_over_facts_takes_the_name_the_page_title_gives(nlp):
    html = ("<html><head><title>Rena stränder | Exempelby kommun</title></head><body><main><h1>Projektbeskrivning</h1>"
            "<p>Skolklasser och föreningar städar stränderna längs hela kusten varje vår och höst.</p><table><tr><th>Projektägare</th><td>Exempelby kommun</td></tr>"
            "<tr><th>Projekttid</th><td>2031–2032</td></tr><tr><th>Deltagande kommuner</th><td>Åby, Byn</td></tr>"
            "</table></main><footer><p>Exempelby kommun · Org.nr 212000-0000</p></footer></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["name"] == "Rena stränder"
    assert "Org.nr" not in " ".join(project["partners"])  # the site's identity line is no party
    skip = html.replace("Rena stränder", "Hoppa till innehåll")
    assert [r.name.value for r in extract_projects(parse_bytes(skip.encode(), "x.html"), nlp) if r.name] == []


def test_a_decision_to_co_fund_a_project_with_a_sum_in_all(nlp):
    # "sammanlagt" before the sum and "projektet" before it: one project's grant, not a call's total over projects
    [project] = _projects("Nämnden beslutar att medfinansiera projektet Gröna gårdar med sammanlagt 300 000 kronor "
                          "fördelat på tre år.\n", nlp)
    assert [f["amount"] for f in project["funding"]] == [300000]
    assert _projects("Nämnden har sammanlagt beviljat 4 miljoner kronor till nio projekt under året.\n", nlp) == []


def test_the_eu_share_under_a_bare_varav_eu_label(nlp):
    [project] = _projects("Projektet Öppna ängar\n\nProjektägare: Exempelby naturskyddsförening\nBeviljat stöd: 200 000 kr\n"
                          "Varav EU: 60 %\n", nlp)
    assert project["eu_cofinancing_rate"] == 60
    assert [f["amount"] for f in project["funding"]] == [200000]


def test_a_description_that_opens_with_the_collaboration_it_is(nlp):
    [project] = _projects("Projektet Läxhjälp i byn drivs av Exempelby kommun under 2031.\n\nEtt samarbete med "
                          "Studieförbundet Exempel där gymnasieelever hjälper yngre elever med läxorna.\n", nlp)
    assert project["partners"] == ["Studieförbundet Exempel"]


def test_what_the_project_counts_on_is_an_expected_result(nlp):
    [project] = _projects("Projektet Nya bryggor drivs av Exempelby båtklubb och får 90 000 kronor. Projektet räknar med "
                          "att minst trettio båtar ska få plats vid bryggorna.\n", nlp)
    assert project["goals"] == ["Projektet räknar med att minst trettio båtar ska få plats vid bryggorna."]


def test_the_owners_own_part_in_a_plan_whose_head_gives_the_unit(nlp):
    text = ("Beslut om stöd till projektet Ljus i byn\n\nRegion Exempel beviljar Exempelby byalag stöd med 80 000 kronor "
            "till projektet Ljus i byn.\n\nFinansiär: Belopp (kr)\nRegion Exempel: 80 000\nEgen insats, stödmottagaren: "
            "20 000\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempelby byalag"
    assert set(project["funders"]) == {"Region Exempel", "Exempelby byalag"}


def test_a_papers_advertisement_marker_and_what_the_organisation_already_spends(nlp):
    text = ("Exempelbladet\nAnnons\nNytt projekt ska hålla ungdomarna kvar\nAv: Redaktionen 2031-02-03 06:00\n\n"
            "Projektet Stanna kvar drivs av Exempelby kommun och får 900 000 kronor från Region Exempel. Projektet startar "
            "den 1 mars.\n\nKommunen satsar redan 8 miljoner kronor om året på fritidsgårdarna.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Stanna kvar"
    assert [f["amount"] for f in project["funding"]] == [900000]  # not the organisation's other spending
    assert project["start_date"] == "2031-03-01"  # the year of the byline's date


def test_a_yearless_start_takes_the_year_that_follows_the_publication_date(nlp):
    text = ("Publicerad 2031-10-12\n\nProjektet Ljusa kvällar drivs av Exempelby kommun och har fått 200 000 kronor. "
            "Projektet startar i februari.\n")
    assert _projects(text, nlp)[0]["start_date"] == "2032-02"
    undated = text.replace("Publicerad 2031-10-12\n\n", "")
    assert _projects(undated, nlp)[0]["start_date"] is None  # no publication date: no year to give it


def test_a_grants_table_headed_by_applicant_and_purpose(nlp):
    text = ("Nämnden beslutar att fördela medel enligt tabellen.\n\nSökande | Ändamål | Sökt belopp | Beslut\n"
            "Åby byalag | Projektet Ljus i byn | 90 000 kr | Bifall 80 000 kr\n"
            "Öby IF | Nya målburar | 40 000 kr | Bifall 40 000 kr\n")
    [project] = _projects(text, nlp)  # a purpose that names no project is a grant, no project
    assert (project["name"], project["owner"]) == ("Ljus i byn", "Åby byalag")
    assert [f["amount"] for f in project["funding"]] == [80000]


def test_a_payer_line_with_its_sum_and_partners_one_per_line_up_to_the_next_section(nlp):
    text = ("Solvärme i hus\n\nProjektägare\nÅby högskola\nFinansiär\nEnergimyndigheten, 3,4 miljoner kronor\n"
            "Samarbetspartner\nÅby Energi & Vatten\nÖby kommun\nPublikationer\nInga publikationer ännu.\n")
    [project] = _projects(text, nlp)
    assert [f["amount"] for f in project["funding"]] == [3400000]
    assert project["partners"] == ["Åby Energi & Vatten", "Öby kommun"]


def test_a_project_managers_first_person_post(nlp):
    text = ("Blogg\n\nVi drar igång!\nPostat av Per Åbo den 2 april 2031\n\nHej! Jag heter Per och är projektledare för "
            "Gröna gårdar, som vi på Exempelby hushållningssällskap driver tillsammans med Öby lantbrukarförening. "
            "Projektet har fått 900 000 kronor från Region Exempel.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Gröna gårdar", "Exempelby hushållningssällskap")
    assert project["partners"] == ["Öby lantbrukarförening"]


def test_an_institution_named_by_its_place_is_a_partner_whole(nlp):
    [project] = _projects("Projektet Skog och vatten leds av Åby universitet och får 300 000 kronor från Region Exempel. "
                          "Projektet har Høgskolen i Innlandet som norsk partner.\n", nlp)
    assert project["partners"] == ["Høgskolen i Innlandet"]


def test_a_motion_that_a_project_be_started_is_no_project(nlp):
    text = ("Kommunfullmäktige\n\n§ 12 Motion om solceller\n\nEva Ek (C) föreslår i en motion att kommunen startar ett "
            "projekt, Sol på taken, för solceller på skolorna. Kostnaden uppskattas till cirka 3 miljoner kronor under "
            "2032–2033.\n\nBeslut\nKommunfullmäktige beslutar enligt kommunstyrelsens förslag.\n")
    assert _projects(text, nlp) == []


def test_an_annual_reports_efforts_funded_under_the_year_and_a_sum_for_its_years(nlp):
    text = ("Verksamhetsberättelse 2031\nSamordningsförbundet Exempel\n\nUnder året har förbundet finansierat följande "
            "insatser.\n\nFörsta steget\nInsatsen drivs av Åby kommun. Förbundet beviljade 900 000 kronor för 2031–2032.\n\n"
            "Andra steget\nÖby kommun driver insatsen. Insatsen beviljades 400 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Andra steget"]["funders"] == ["Samordningsförbundet Exempel"]
    assert (projects["Första steget"]["start_date"], projects["Första steget"]["end_date"]) == ("2031", "2032")


def test_the_funds_said_under_a_list_of_granted_items_pay_for_every_one(nlp):
    text = ("Beviljade projekt\n\nStyrelsen har beviljat stöd till följande projekt.\n\n• Ny brygga\n  Stödmottagare: Åby "
            "båtklubb\n  Beviljat: 90 000 kr\n• Gamla vägar\n  Stödmottagare: Öby hembygdsförening\n  Beviljat: 60 000 kr\n\n"
            "Stödet finansieras av Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Europeiska jordbruksfonden för landsbygdsutveckling"]] * 2


def test_a_building_that_shall_open_to_visitors_ends_then(nlp):
    [project] = _projects("Projektet Nya hallen drivs av Exempelby kommun och får 3 miljoner kronor från Boverket. "
                          "Hallen ska öppna för besökare hösten 2033.\n", nlp)
    assert project["end_date"] == "2033"


def test_the_text_of_a_minutes_item_above_its_table_says_who_pays_for_all(nlp):
    text = ("Protokoll\n\n§ 4 Prioritering av ansökningar\n\nSamtliga prioriterade projekt finansieras av Europeiska "
            "jordbruksfonden för landsbygdsutveckling.\n\nJournalnr | Projekt | Sökande | Stöd (kr) | Beslut\n"
            "2031-0001 | Ny brygga | Åby båtklubb | 90 000 | Prioriteras\n"
            "2031-0002 | Gamla vägar | Öby hembygdsförening | 60 000 | Prioriteras\n\n§ 5 Övriga frågor\n\nInga.\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Europeiska jordbruksfonden för landsbygdsutveckling"]] * 2


def test_a_name_that_ends_in_a_place_right_before_the_sum_granted(nlp):
    [project] = _projects("Regionen har beviljat projektet Fisk från Vättern 400 000 kronor. Projektet drivs av "
                          "Exempelby fiskeförening.\n", nlp)
    assert project["name"] == "Fisk från Vättern"


def test_numbered_decisions_on_applications_with_the_case_in_brackets(nlp):
    text = ("Nämnden beslutade om följande ansökningar:\n\n"
            "1. Ansökan från Åby kommun om projektet Ljus i byn (RUN 2031-11) – beviljas 300 000 kronor för perioden "
            "2031-01-01–2031-12-31.\n"
            "2. Ansökan från Öby byalag om projektet Ny badplats (RUN 2031-12) – avslås.\n"
            "3. Ansökan från Exempelby IF om projektet Spår för alla (RUN 2031-14) – beviljas 90 000 kronor för perioden "
            "2031-03-01–2031-10-31.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["case_number"], p["owner"]) for p in projects] == [
        ("Ljus i byn", "RUN 2031-11", "Åby kommun"), ("Spår för alla", "RUN 2031-14", "Exempelby IF")]


def test_a_finland_swedish_release_the_citys_genitive_name_the_state_and_further_information(nlp):
    text = ("NTM-centralen i Exempelland har beviljat Åbyvikens stad 90 000 euro för projektet Bryggor i skärgården. "
            "Projektet finansieras av Europeiska regionala utvecklingsfonden och staten.\n\n"
            "Ytterligare information: projektchef Eva Ek, eva.ek@example.fi\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åbyvikens stad"
    assert project["funders"] == ["NTM-centralen i Exempelland", "Europeiska regionala utvecklingsfonden"]  # (a bare
    # "staten" names no payer, as h48 and h577 were read)
    assert [c["name"] for c in project["contacts"]] == ["Eva Ek"]


def test_a_lead_into_a_list_of_goals_is_a_goals_label(nlp):
    text = ("Projektplan\n\nProjektet Nya spår drivs av Exempelby kommun under 2031–2032.\n\nProjektets mål är:\n"
            "• Tio kilometer nya skidspår ska finnas 2032.\n• Fler besökare ska komma under vintern.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Tio kilometer nya skidspår ska finnas 2032.", "Fler besökare ska komma under vintern."]


def test_grants_told_one_a_clause_and_a_later_paragraph_about_one_of_them(nlp):
    text = ("Nyheter\n\nTre projekt får stöd\n\nBland projekten finns Ljus i byn, som får 120 000 kronor för att sätta upp "
            "belysning, och Gamla vägar, där Öby hembygdsförening får 80 000 kronor för att märka ut stigar. Åby IF får "
            "60 000 kronor till projektet Spår för alla.\n\nProjektet Ljus i byn drivs av Åby byalag och pågår till och "
            "med 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i byn", "Gamla vägar", "Spår för alla"}
    assert (projects["Ljus i byn"]["owner"], projects["Ljus i byn"]["end_date"]) == ("Åby byalag", "2032")
    assert [f["amount"] for f in projects["Gamla vägar"]["funding"]] == [80000]
    assert projects["Spår för alla"]["end_date"] is None  # the paragraph about another is not this one's


def test_an_english_release_lists_grants_under_the_agency_and_the_period_of_all(nlp):
    text = ("Exempel Agency is granting SEK 5 million to two projects. The projects run from March 2031 to February 2033.\n\n"
            "• Re:Wood – Åby Trä AB – SEK 3 million\n• Clean Lake – Öby universitet – SEK 2 million\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Re:Wood", "Clean Lake"]
    assert all(p["funders"] == ["Exempel Agency"] for p in projects)
    assert all((p["start_date"], p["end_date"]) == ("2031-03", "2033-02") for p in projects)


def test_a_refusal_in_the_place_of_the_sum_and_a_councils_decision_on_grants(nlp):
    text = ("Exempelrådet\n\nExempelrådets kulturråd har beslutat om projektbidrag för 2031.\n\n"
            "Sökande: Åby spelmanslag\nProjekt: Låtar från byn\nBeviljat belopp: 40 000 kr\n\n"
            "Sökande: Öby teater\nProjekt: Scen i parken\nBeviljat belopp: Avslag\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funders"]) == ("Låtar från byn", ["Exempelrådet"])


def test_a_projects_own_about_page_with_partners_by_country_and_a_funding_paragraph(nlp):
    html = ("<html><head><title>About | GreenDocks</title></head><body><main><h1>About GreenDocks</h1>"
            "<p>GreenDocks brings harbours around the Baltic Sea together to cut emissions from ships at berth.</p>"
            "<h2>Partners</h2><ul><li>Åby hamn AB (Sweden) – lead partner</li><li>Port of Exempel (Estonia)</li>"
            "<li>Öby Energi Oy (Finland) – partner</li></ul><h2>Funding</h2><p>GreenDocks runs from 1 March 2031 to "
            "28 February 2034 with a total budget of EUR 2.5 million, of which EUR 2 million comes from the European "
            "Regional Development Fund through the Interreg Baltic Sea Region Programme.</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["name"], project["owner"]) == ("GreenDocks", "Åby hamn AB")
    assert project["partners"] == ["Port of Exempel", "Öby Energi Oy"]
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2034-02-28")
    assert project["funders"] == ["European Regional Development Fund", "Interreg Baltic Sea Region Programme"]


def test_month_short_forms_a_grant_subject_that_is_the_project_and_the_owner_paying_as_much(nlp):
    text = ("Nu startar Grön hamn\n\nGrön hamn har beviljats 400 000 euro från Interreg Exempel. Projektet leds av "
            "Åby universitet och pågår från sept. 2031 till aug. 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Grön hamn", "Åby universitet")
    assert (project["start_date"], project["end_date"]) == ("2031-09", "2033-08")
    text = ("Exempelby kommun har fått 200 000 kronor från Boverket för projektet Lek för alla. Kommunen lägger själv "
            "lika mycket.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Boverket", "Exempelby kommun"]


def test_a_minutes_item_on_a_projects_extension_run_by_a_unit_of_the_municipality(nlp):
    text = ("Exempelby kommun\n\nProtokoll\n\n§ 12 Projektet Unga i byn – förlängning   Dnr KS 2031/40\n\n"
            "Projektet Unga i byn drivs av kommunens fritidsenhet och har finansierats av Allmänna arvsfonden med "
            "1,2 miljoner kronor. Arvsfonden har beviljat en förlängning till och med 2033-06-30.\n\nBeslut\n"
            "Arbetsutskottet noterar informationen.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["end_date"]) == ("Unga i byn", "Exempelby kommun", "2033-06-30")


def test_partners_paying_in_kind_money_outside_the_project_and_a_verb_after_the_last_partner(nlp):
    text = ("I ett nytt projekt ska Åby universitet tillsammans med Åby Energi och stålföretaget Exempelstål undersöka hur "
            "restvärme kan tas tillvara. Projektet, som fått namnet VärmeSlinga, finansieras av Energimyndigheten med 5 "
            "miljoner kronor. Företagen bidrar med egna insatser motsvarande 2 miljoner kronor. Exempelstål investerar "
            "samtidigt 200 miljoner kronor i en ny anläggning, men den ingår inte i projektet.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Åby Energi", "Exempelstål"]
    assert project["funders"] == ["Energimyndigheten"]  # "Företagen" names no one new
    assert sorted(f["amount"] for f in project["funding"]) == [2000000, 5000000]


def test_two_municipalities_paying_each_and_a_fronted_period_of_the_owners_work(nlp):
    text = ("Föreningen Åbybyarna har fått 300 000 kronor i Leaderstöd för projektet Byarnas röster. Under 2031 och 2032 "
            "ska föreningen spela in berättelser. Projektet har också stöd från Sorsele och Lycksele kommuner, som går in "
            "med 20 000 kronor var. Vill du veta mer? Kontakta Eva Ek på Åbybyarna, eva@example.se.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")
    assert {"Sorsele kommun", "Lycksele kommun"} <= set(project["funders"])
    assert [c["name"] for c in project["contacts"]] == ["Eva Ek"]


def test_sections_whose_facts_are_marked_by_icons_not_labels(nlp):
    html = ("<html><body><main><h1>Insatser vi finansierar</h1>"
            "<section><h2>Första steget</h2><ul><li><span class='icon'></span>2031–2032</li><li>1,4 mnkr</li>"
            "<li>Åby kommun</li></ul><p>Stöd för unga vuxna.</p></section>"
            "<section><h2>Andra steget</h2><ul><li>2031–2033</li><li>2,1 mnkr</li><li>Exempelby sjukhus</li></ul>"
            "<p>Samverkan mellan vården och Försäkringskassan.</p></section></main>"
            "<footer><p>Samordningsförbundet Exempel · Org.nr 222000-0000</p></footer></body></html>")
    projects = {p["name"]: p for p in (r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp))}
    first, second = projects["Första steget"], projects["Andra steget"]
    assert (first["owner"], first["start_date"], first["end_date"]) == ("Åby kommun", "2031", "2032")
    assert [f["amount"] for f in first["funding"]] == [1400000]
    assert (second["owner"], second["partners"], second["owner_orgnr"]) == ("Exempelby sjukhus", ["Försäkringskassan"],
                                                                           None)  # the footer's number is another's


def test_a_fact_table_headed_label_and_value_and_a_programme_with_its_authority_in_brackets(nlp):
    html = ("<html><body><main><h1>Biogas Exempelby</h1><table><thead><tr><th>Uppgift</th><th>Värde</th></tr></thead>"
            "<tbody><tr><td>Ansvarig organisation</td><td>Exempelby kommun</td></tr><tr><td>Tidsperiod</td>"
            "<td>januari 2031 – december 2032</td></tr><tr><td>Extern finansiering</td><td>Klimatklivet "
            "(Naturvårdsverket) 1 500 000 kr</td></tr></tbody></table></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["owner"], project["start_date"]) == ("Exempelby kommun", "2031-01")
    assert project["funders"] == ["Klimatklivet", "Naturvårdsverket"]


def test_a_financing_plan_in_dot_leader_lines_and_a_start_and_end_in_one_line(nlp):
    text = ("Ljus i byn\n\nProjektet drivs av Exempelby kommun.\n\nFinansiering\nRegion Exempel ............ 300 000 kr\n"
            "Deltagande kommuner ........ 100 000 kr\nSumma ...................... 400 000 kr\n\nTidplan\n"
            "Projektstart 2031-08-15, projektslut 2032-06-30.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]
    assert sorted(f["amount"] for f in project["funding"]) == [100000, 300000, 400000]
    assert (project["start_date"], project["end_date"]) == ("2031-08-15", "2032-06-30")


def test_nordic_neighbours_spellings_of_owner_partners_and_funds(nlp):
    text = ("Grensløs natur\nProsjekteier: Exempel kommune\nSvensk prosjekteier: Åby kommun\n"
            "Prosjektperiode: 01.03.2031 – 28.02.2033\nEU-midler (EFRU): 2 000 000 NOK\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Exempel kommune", ["Åby kommun"])
    assert "EFRU" in project["funders"]
    text = ("Projektet Broen har fået bevilget 1,2 mio. euro fra Interreg Exempel. Region Exempel er leadpartner, og "
            "Åby kommun og Öby kommun deltager som partnere.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Region Exempel", ["Interreg Exempel"])
    assert project["partners"] == ["Åby kommun", "Öby kommun"]


def test_a_site_title_over_the_projects_own_title_and_goals_sections(nlp):
    text = ("Projekt – Exempelby hushållningssällskap\n\nGröna gårdar\n\nProjektägare: Exempelby hushållningssällskap\n"
            "Projekttid: 2031–2032\n\nSyfte\nSyftet är att minska gårdarnas utsläpp. Projektet vänder sig till små "
            "gårdar.\n\nMål\n1. Minst tio gårdar har gjort en klimatberäkning.\n\nAktiviteter\n• Gårdsbesök\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Gröna gårdar", "Exempelby hushållningssällskap")
    assert project["goals"] == ["Syftet är att minska gårdarnas utsläpp.", "Minst tio gårdar har gjort en klimatberäkning."]


def test_the_owner_runs_the_project_with_a_partner_over_years(nlp):
    [project] = _projects("Projektet Fiske för alla har fått 200 000 kronor från Leader Exempel. Exempelby kommun driver "
                          "projektet tillsammans med Åby fiskevårdsförening under 2031–2032.\n", nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")
    assert project["partners"] == ["Åby fiskevårdsförening"]


def test_an_english_decision_table_and_the_start_said_of_all_projects(nlp):
    text = ("Interreg Exempel\n\nThe committee approved the following projects:\n\n"
            "Project | Lead beneficiary | ERDF (EUR) | Total budget (EUR)\n"
            "Clean Fjords | Åby universitet | 500 000 | 800 000\nSafe Roads | Öby kommun | 300 000 | 450 000\n\n"
            "The projects start on 1 September 2031.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p["start_date"]) for p in projects] == [
        ("Clean Fjords", "Åby universitet", "2031-09-01"), ("Safe Roads", "Öby kommun", "2031-09-01")]


def test_a_fund_decisions_share_of_the_costs_is_the_eu_rate(nlp):
    text = ("Beslut om stöd från Europeiska regionala utvecklingsfonden\n\nMyndigheten beslutar att bevilja Åby Energi AB "
            "stöd med högst 2 000 000 kronor från Europeiska regionala utvecklingsfonden för projektet Smarta hus. "
            "Stödet får uppgå till högst 40 procent av de stödberättigande kostnaderna.\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 40


def test_a_councils_grants_as_owner_quoted_name_and_sum_each_over_its_description(nlp):
    text = ("Kulturrådet Exempelland\nBeviljade kulturprojekt\n\nKulturnämnden har fördelat 1 miljon kronor till 9 projekt. "
            "Här är några av dem:\n\nTeater Exempel – \"Röster från kusten\" – 200 000 kr\nEn föreställning om fiske. "
            "Premiär i mars 2032.\n\nÅby konsthall – \"Textil framtid\" – 150 000 kr\nEn utställning, oktober 2031–februari "
            "2032.\n\nSamtliga beslut finns i protokollet.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Röster från kusten"]["owner"] == "Teater Exempel"
    assert projects["Röster från kusten"]["start_date"] is None  # a premiere is no period
    assert (projects["Textil framtid"]["start_date"], projects["Textil framtid"]["end_date"]) == ("2031-10", "2032-02")
    assert all(p["funders"] == ["Kulturrådet Exempelland"] for p in projects.values())


def test_a_progress_reports_results_of_the_period_are_no_goals(nlp):
    text = ("Lägesrapport 2\n\nNya vårdrum\n\nProjektägare: Region Exempel\nProjekttid: 2031–2032\n\nProjektets mål\n"
            "Målet är att fler ska få vård nära hemmet.\n\nResultat under perioden\nTre vårdrum har öppnat.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Målet är att fler ska få vård nära hemmet."]


def test_minute_items_headed_by_the_support_the_applicant_and_the_project(nlp):
    text = ("Region Exempel\nRegionala utvecklingsnämnden\n\n§ 12 Regionalt projektstöd till Exempel Science Park – Grön "
            "vätgas\nDnr RUN 2031/11\nExempel Science Park har ansökt om 900 000 kronor. Projektet pågår 2031–2032.\nBeslut\n"
            "Nämnden beviljar Exempel Science Park regionalt projektstöd med högst 700 000 kronor.\n\n"
            "§ 13 Regionalt projektstöd till Åby kommun – Kulturkvarteret\nDnr RUN 2031/12\nÅby kommun har ansökt om "
            "500 000 kronor.\nBeslut\nNämnden beslutar att avslå ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["case_number"]) == ("Grön vätgas", "Exempel Science Park",
                                                                           "RUN 2031/11")
    assert [f["amount"] for f in project["funding"]] == [700000]


def test_efforts_listed_name_owner_in_brackets_colon_sum_and_the_publishers_total_under_them(nlp):
    text = ("Samordningsförbundet Exempel\nÅrsredovisning 2031\n\nPågående insatser\n"
            "• Vägen till egen försörjning (Åby kommun): 900 000 kr, 2030–2032\n• Hälsa (Region Exempel): 500 000 kr, "
            "2031–2032\n\nTotalt beviljade förbundet 1,4 miljoner kronor till insatser under 2031.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Vägen till egen försörjning", "Åby kommun"),
                                                            ("Hälsa", "Region Exempel")]
    assert all(p["funders"] == ["Samordningsförbundet Exempel"] for p in projects)


def test_facts_whose_labels_are_marked_by_class_and_an_eu_programmes_share_in_brackets(nlp):
    html = ("<html><body><main><h1>Våta ängar</h1><div class='facts'>"
            "<p><span class='label'>Projektägare</span> Region Exempel</p>"
            "<p><span class='label'>Partner</span> Åby kommun, Öby hushållningssällskap</p>"
            "<p><span class='label'>Finansiering</span> LIFE-programmet (60 procent), Region Exempel</p>"
            "<p><span class='label'>Tid</span> 2031–2034</p></div><p>Projektet ska återskapa våtmarker i "
            "odlingslandskapet så att mer vatten stannar kvar under sommaren.</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["partners"] == ["Åby kommun", "Öby hushållningssällskap"]
    assert (project["funders"], project["eu_cofinancing_rate"]) == (["LIFE-programmet", "Region Exempel"], 60)


def test_a_grant_for_a_school_year_is_the_projects_period_and_no_part_of_its_name(nlp):
    text = ("Protokoll\nKommunstyrelsen\n\n§ 41 Stöd till projektet Läxhjälp i byn\nDnr KS 2031/77\n\n"
            "Ärendebeskrivning\nExempelbyns hembygdsförening driver projektet Läxhjälp i byn och söker fortsatt stöd.\n\n"
            "Beslut\nKommunstyrelsen beviljar Exempelbyns hembygdsförening 40 000 kronor för projektet läsåret "
            "2031/2032.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Läxhjälp i byn"
    assert (project["start_date"], project["end_date"]) == ("2031", "2032")


def test_a_databases_start_and_end_years_are_the_period(nlp):
    text = ("Projektdatabasen\n\nÄngsbete i Exempeldalen\n\nProjektnamn: Ängsbete i Exempeldalen\n"
            "Stödmottagare: Exempeldalens betesförening\nStartår: 2031\nSlutår: 2033\nBeviljat stöd: 400 000 kr\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2033")


def test_a_compound_project_word_in_a_lists_introduction_names_the_owner_of_each(nlp):
    html = ("<html><body><main><h1>Projekt</h1><p>Här finns de utvecklingsprojekt som Åby kommun driver.</p>"
            "<article><h2>Trygg skolväg</h2><ul><li>Finansiär: Trafikverket</li><li>Projekttid: 2031–2032</li></ul>"
            "</article><article><h2>Ljus i parken</h2><ul><li>Finansiär: Boverket</li><li>Projekttid: 2031</li></ul>"
            "</article></main></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Trygg skolväg", "Åby kommun"), ("Ljus i parken", "Åby kommun")]


def test_a_leader_boards_clauses_that_prioritise_projects_with_the_applicant_in_apposition(nlp):
    text = ("Leader Exempelbygd\nProtokoll\n\n§ 5 Beslut om ansökningar\n\nStyrelsen beslutade:\n\n"
            "att prioritera projektet Fäbodvallar, sökande Föreningen Fäbodar i Dalarna, med 200 000 kronor i stöd,\n\n"
            "att prioritera projektet Byns bageri, sökande Åby bygdeförening, med 90 000 kronor i stöd,\n\n"
            "att avslå ansökan Ny badplats, sökande Öby badklubb.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Fäbodvallar", "Föreningen Fäbodar i Dalarna"),
                                                            ("Byns bageri", "Åby bygdeförening")]
    assert [[f["amount"] for f in p["funding"]] for p in projects] == [[200000], [90000]]


def test_payers_each_with_the_share_they_cover_before_them(nlp):
    text = ("Projektet Friska bäckar leds av Åby fiskevårdsförening. Det finansieras till hälften av "
            "Havs- och vattenmyndigheten och till resten av Åby kommun och föreningens medlemmar.")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Havs- och vattenmyndigheten", "Åby kommun"]


def test_project_parties_with_a_utility_company_whose_name_joins_two_supplies(nlp):
    text = ("Projektdatabas\n\nSmarta ledningsnät\n\nKoordinator: Exempelhögskolan\nBidrag: 900 000 kronor\n"
            "Projektparter: Åby Vatten och Avfall AB, Öby kommun\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Åby Vatten och Avfall AB", "Öby kommun"]


def test_a_catalogue_table_whose_cells_name_payers_and_contacts_under_the_owner_said_once(nlp):
    html = ("<html><body><main><h1>Våra projekt</h1><p>Projekt där Åby kommun är projektägare.</p><table>"
            "<tr><th>Projekt</th><th>Finansiering</th><th>Period</th><th>Kontakt</th></tr>"
            "<tr><td>Ren sjö</td><td>Naturvårdsverket 800 000 kr, Region Exempel 200 000 kr</td><td>2031–2032</td>"
            "<td>Karin Ek</td></tr><tr><td>Ny skolgård</td><td>Boverket 300 000 kr</td><td>2031</td><td>Per Lind</td></tr>"
            "</table></main><footer><p>Åby kommun · Org.nr 212000-0001</p></footer></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"], p["owner_orgnr"]) for p in projects] == [("Ren sjö", "Åby kommun", "2120000001"),
                                                                             ("Ny skolgård", "Åby kommun", "2120000001")]
    assert [p["funders"] for p in projects] == [["Naturvårdsverket", "Region Exempel"], ["Boverket"]]
    assert [[c["name"] for c in p["contacts"]] for p in projects] == [["Karin Ek"], ["Per Lind"]]


def test_a_danish_fact_table_of_period_and_eu_support(nlp):
    html = ("<html><body><main><h1>Ren fjord</h1><p>Projektet renser fjorden.</p><table>"
            "<tr><td>Leadpartner</td><td>Åby Kommune</td></tr><tr><td>Periode</td><td>01.03.2031 – 28.02.2033</td></tr>"
            "<tr><td>Støtte fra EU</td><td>500.000 EUR</td></tr></table></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2033-02-28")
    assert project["funding"] == [{"amount": 500000, "currency": "EUR"}]


def test_an_english_news_item_whose_headline_names_the_recipient_and_whose_contact_follows_a_lead(nlp):
    text = ("News\n\nExample University receives SEK 2 million to map wetlands\n\n"
            "The project, called Wet Maps, is funded by Formas and runs from 2031 to 2032.\n\n"
            "For more information, contact:\nKim Berg, Researcher\nkim.berg@example.se\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Example University"
    assert project["contacts"] == [{"name": "Kim Berg", "email": "kim.berg@example.se"}]


def test_norwegian_parties_that_also_take_part_and_a_record_of_results_expected_after_the_project(nlp):
    text = ("Nyheter\n\nProsjektet Felles fjell har fått innvilget EU-midler fra Interreg Sverige-Norge. Prosjekteier er "
            "Åby kommune. Öby kommun og Region Exempel deltar også.\n\nFörväntat resultat efter avslutat projekt\n"
            "Minst fem nya leder är märkta.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby kommun", "Region Exempel"]
    assert project["goals"] == ["Minst fem nya leder är märkta."]


def test_a_plans_table_whose_head_gives_the_year_of_its_sums_under_the_publishers_lead(nlp):
    text = ("Samordningsförbundet Exempel\n\nVerksamhetsplan 2031\n\nFörbundet finansierar under 2031 följande insatser.\n\n"
            "Insats | Huvudman | Bidrag 2031 | Period\nNya steg | Åby kommun | 500 000 kr | 2030–2032\n"
            "Hälsa i arbete | Region Exempel | 300 000 kr | 2031\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Nya steg", "Åby kommun"), ("Hälsa i arbete", "Region Exempel")]
    assert all(p["funders"] == ["Samordningsförbundet Exempel"] for p in projects)


def test_a_regional_committee_heading_its_own_decisions_with_no_region_named_pays(nlp):
    text = ("Regionala kulturnämnden\nBeslutsförteckning 2031-04-02\n\nNämnden beslutade om följande ansökningar:\n\n"
            "1. Ansökan från Åby kommun om projektet Levande bibliotek (RKN 2031-11) – beviljas 300 000 kronor.\n"
            "2. Ansökan från Öby teaterförening om projektet Scen i byn (RKN 2031-14) – beviljas 150 000 kronor.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Levande bibliotek", "Scen i byn"]
    assert all(p["funders"] == ["Regionala kulturnämnden"] for p in projects)


def test_a_project_said_to_be_apart_from_an_effort_told_above_it_keeps_only_its_own_grant(nlp):
    text = ("Nyheter\n\nBygden får vatten och ett kafé\n\nÅby intresseförening har beviljats 1,5 miljoner kronor från Jordbruksverket "
            "för att dra nya vattenledningar. Bygget startar i april 2031.\n\nFöreningen har också fått 80 000 kronor "
            "från Öby kommun till ett kafé i skolan. Kaféet är ett eget projekt, Skolkaféet, som genomförs under 2032.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Skolkaféet", "Åby intresseförening")
    assert project["funders"] == ["Öby kommun"]
    assert [f["amount"] for f in project["funding"]] == [80000]
    assert (project["start_date"], project["end_date"]) == ("2032", "2032")


def test_bullets_of_name_owner_and_the_owners_county_in_brackets(nlp):
    text = ("Verket beviljar stöd från Europeiska regionala utvecklingsfonden till två projekt.\n\n"
            "• Snabb laddning, Åby Energi AB (Exempels län), 900 000 kr\n• Ny hamn, Öby kommun (Exempels län), 700 000 kr\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Snabb laddning", "Åby Energi AB"), ("Ny hamn", "Öby kommun")]


def test_a_follow_up_project_started_and_its_contact_under_the_text_about_it(nlp):
    text = ("Nyheter\n\nProjektet Första steget avslutades i maj. Det pågick 2029–2031 och finansierades av Europeiska "
            "socialfonden med 3 miljoner kronor.\n\nNu har det nya projektet Andra steget startat som en fortsättning. Andra "
            "steget drivs av Åby kommun och pågår till och med juni 2034.\n\nSyftet med Andra steget är att fler unga ska "
            "börja studera.\n\nKontakt: Eva Lind, projektledare, eva.lind@aby.se\n")
    first, second = _projects(text, nlp)
    assert (second["name"], second["end_date"]) == ("Andra steget", "2034-06")
    assert second["contacts"] == [{"name": "Eva Lind", "email": "eva.lind@aby.se"}] and not first.get("contacts")


def test_a_leader_areas_own_page_grants_the_sum_beside_its_co_financiers(nlp):
    text = ("Leader Exempelbygd\nProjekt / Beviljade projekt\n\nBygdens bagerier\n\nProjektägare: Åby bygdeförening\n"
            "Stödbelopp: 200 000 kr\nMedfinansiärer: Åby kommun, Öby Kvarn AB\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun", "Öby Kvarn AB", "Leader Exempelbygd"]


def test_a_councils_investments_in_its_budget_are_no_projects(nlp):
    text = ("Åby kommun\nKommunfullmäktige\nBudget 2032\n\nInvesteringar\nFullmäktige beslutar om följande större "
            "investeringar:\n\n• Ny skola i Öby – 40 mnkr – 2032–2033\n• Ny sporthall – 25 mnkr – 2033\n")
    assert _projects(text, nlp) == []


def test_names_in_guillemets_and_bare_sums_in_the_unit_the_lead_states_in_brackets(nlp):
    text = ("Stiftelsen Exempelfonden\n\nStyrelsen har beslutat om bidrag till följande projekt (belopp i tkr):\n\n"
            "»Sagor i skogen« – Åby läsförening – 150\n»Ny scen« – Öby teaterförening – 320\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Sagor i skogen", "Åby läsförening"),
                                                            ("Ny scen", "Öby teaterförening")]
    assert [[f["amount"] for f in p["funding"]] for p in projects] == [[150000], [320000]]


def test_a_county_boards_letter_granting_its_addressee_support_the_fund_and_state_pay(nlp):
    text = ("Länsstyrelsen i Exempels län\nBESLUT\nDnr 2031-0042\n\nÅby Hembygdsförening\nBox 7 123 45 Åby\n\n"
            "Beslut om stöd\n\nLänsstyrelsen beviljar er stöd till investeringar i lokal service.\n\n"
            "Projektets namn: Ny bygdegård\nStödbelopp: 250 000 kronor\nStödnivå: 50 procent av utgifterna\n"
            "Sista dag för att begära slututbetalning: 2033-06-30\n\nStödet finansieras av Europeiska "
            "jordbruksfonden för landsbygdsutveckling och svenska staten.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Ny bygdegård", "Åby Hembygdsförening")
    assert project.get("eu_cofinancing_rate") is None


def test_a_main_funder_named(nlp):
    text = ("Nyheter\n\nÅby kommun har beviljats 900 000 kronor från Region Exempel för projektet Sjöleden. Huvudfinansiär är "
            "Länsstyrelsen i Exempels län.\n\nProjektet pågår 2031–2033 och ska göra leden tillgänglig för rullstolar.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Länsstyrelsen i Exempels län"]


def test_an_english_list_of_dash_parts_with_a_labelled_lead_partner_and_the_rate_said_below(nlp):
    text = ("Interreg Exempel\n\nThe committee approved two projects.\n\n"
            "Snow Data – lead partner: Åby University (SE) – EU funding EUR 900 000 – 2031–2033\n"
            "Fjord Care – lead partner: Öby Kommune (NO) – EU funding EUR 700 000 – 2031–2032\n\n"
            "The projects are co-financed by the European Regional Development Fund at a rate of 65 per cent.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], p.get("partners")) for p in projects] == [("Snow Data", "Åby University", []),
                                                                              ("Fjord Care", "Öby Kommune", [])]
    assert all(p["eu_cofinancing_rate"] == 65 for p in projects)


def test_entries_of_comma_separated_labelled_parts_under_one_minute_item(nlp):
    text = ("Åby kommun\nKultur- och fritidsnämnden\n\n§ 12 Utvecklingsbidrag 2032\nDnr KFN 2031/00077\n\n"
            "Nämnden beviljar följande utvecklingsbidrag:\n\n"
            "Förening: Åby ridklubb, Ändamål: Projektet Häst för alla, Belopp: 40 000 kr\n"
            "Förening: Öby körsällskap, Ändamål: Projektet Sång i byn, Belopp: 25 000 kr\n"
            "Förening: Åby bridgeklubb, Ändamål: Nya spelbord, Belopp: 8 000 kr\n\nBidragen avser verksamhetsåret 2032.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Häst för alla", "Åby ridklubb"), ("Sång i byn", "Öby körsällskap")]
    assert [[f["amount"] for f in p["funding"]] for p in projects] == [[40000], [25000]]
    assert all((p["start_date"], p["end_date"]) == ("2032", "2032") for p in projects)


def test_a_fronted_month_without_a_year_starts_the_project_in_the_years_of_the_byline(nlp):
    text = ("Nyheter · 3 november 2031\n\nNaturen för alla\n\nI september drog projektet Skogsmöten igång. Projektet drivs "
            "i regi av Åby naturskyddsförening och har fått 200 000 kronor från Postkodstiftelsen.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["start_date"]) == ("Skogsmöten", "2031-09")


def test_a_news_lists_dated_teasers_are_other_pages_and_no_projects(nlp):
    html = ("<html><body><main><h1>Nyheter</h1><ul>"
            "<li><a href='/a'><h2>Pengar till laddstolpar</h2></a><p>2031-11-12</p><p>Regionen beviljar 2 miljoner "
            "kronor till projektet Laddat län som drivs av Åby energikontor.</p></li>"
            "<li><a href='/b'><h2>Nya regler</h2></a><p>2031-11-08</p><p>Från januari gäller nya regler.</p></li>"
            "<li><a href='/c'><h2>Fler besökare</h2></a><p>2031-10-21</p><p>Projektet Året runt, som regionen driver "
            "med stöd från Tillväxtverket, har lockat fler besökare.</p></li></ul></main></body></html>")
    assert extract_projects(parse_bytes(html.encode(), "x.html"), nlp) == []


def test_a_news_page_of_short_items_under_their_own_headings_keeps_the_project_one_tells(nlp):
    html = ("<html><body><main><h1>Nyheter</h1><h2>Ny skola invigd</h2><p>2031-11-10</p><p>Skolan har plats för 80 barn.</p>"
            "<h2>Stöd till föreningslivet</h2><p>2031-11-08</p><p>Åby kommun har fått 1,2 miljoner kronor från Allmänna "
            "arvsfonden för projektet Föreningsbron. Projektet pågår 2032–2034.</p><h2>Vägarbete</h2><p>2031-11-05</p>"
            "<p>Kommunen byter vattenledningar på Storgatan.</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["name"], project["owner"]) == ("Föreningsbron", "Åby kommun")


def test_a_reports_title_naming_a_programme_is_no_funds_own_site(nlp):
    text = ("Exempelverket\nLägesrapport för projekt inom landsbygdsprogrammet\n\nProjektnamn: Betesmarker i Åby\n"
            "Stödmottagare: Åby betesförening\nBeviljat stöd: 300 000 kr\n")
    [project] = _projects(text, nlp)
    assert not project.get("funders")


def test_grants_told_paragraph_by_paragraph_in_three_shapes(nlp):
    text = ("Region Exempel\nNyheter\n\nTre orter får stöd\n\nRegion Exempel fördelar totalt 2 miljoner kronor i regionala "
            "utvecklingsmedel till tre projekt.\n\nI Ljungby vill kommunen öppna ett kulturhus. Projektet, som heter Huset, "
            "får 900 000 kronor och pågår 2032–2033.\n\nÄven Markaryds kommun får pengar: 600 000 kronor går till "
            "projektet Bo i byn.\n\nDet tredje projektet, Scen i Alvesta, drivs av Alvesta kommun och får 500 000 kronor. "
            "Där ska unga driva en scen under 2032.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Huset", "Ljungby kommun"), ("Bo i byn", "Markaryds kommun"),
                                                            ("Scen i Alvesta", "Alvesta kommun")]
    assert (projects[2]["start_date"], projects[2]["end_date"]) == ("2032", "2032")


def test_a_letterheads_authority_grants_the_rows_under_it_and_an_abbreviation_ends_no_row(nlp):
    text = ("Ålands landskapsregering\nBeslut 2031-11-19\n\nLandskapsregeringen har beviljat stöd ur Europeiska regionala "
            "utvecklingsfonden till följande projekt:\n\nSol på taken – Åby Energi Ab – 90 000 euro – 1.1.2032–31.12.2032\n"
            "Mat i butik – Öby Producentförening r.f. – 40 000 euro – 1.2.2032–31.1.2033\n\n"
            "Stödet uppgår till högst 50 procent av de godtagbara kostnaderna.\n\nTilläggsuppgifter: handläggare\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Sol på taken", "Åby Energi Ab"),
                                                            ("Mat i butik", "Öby Producentförening r.f.")]
    assert all(p["funders"] == ["Ålands landskapsregering", "Europeiska regionala utvecklingsfonden"]
               and p["eu_cofinancing_rate"] == 50 for p in projects)


def test_an_annual_reports_budget_table_headed_with_years_names_no_project_and_its_own_projects_are_the_authors(nlp):
    text = ("Verksamhetsberättelse 2031 – Kulturförvaltningen, Åby kommun\n\nEkonomi\n\n"
            "Verksamhet | Budget 2031 (tkr) | Utfall 2031 (tkr)\nBibliotek | 12 400 | 12 100\nMusikskola | 8 200 | 8 300\n\n"
            "Projekt\n\nFörvaltningen har under året drivit följande projekt med extern finansiering.\n\n"
            "Projekt | Finansiär | Beviljat belopp | Projekttid\nLäslust | Kulturrådet | 400 000 kr | 2031–2032\n"
            "Sång i skolan | Region Exempel | 250 000 kr | 2031\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Läslust", "Åby kommun"), ("Sång i skolan", "Åby kommun")]


@pytest.mark.parametrize("text", [
    "Projektet Gröna tak får 500 000 kronor från Boverket. Åby kommun står som projektägare.",
    "Projektet Gröna tak får 500 000 kronor från Boverket. Huvudman för projektet är Åby kommun.",
    "Åby kommun tar emot 500 000 kronor från Boverket för projektet Gröna tak.",
    "Åby kommun är huvudsökande i projektet Gröna tak, som får 500 000 kronor från Boverket.",
    "Gröna tak är ett projekt där Åby kommun är projektägare. Det får 500 000 kronor från Boverket.",
    "Boverket stöttar Åby kommuns projekt Gröna tak med 500 000 kronor.",
])
def test_owner_payer_and_sum_in_more_ways_of_saying_them(text, nlp):
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["funders"]) == ("Gröna tak", "Åby kommun", ["Boverket"])
    assert [f["amount"] for f in project["funding"]] == [500000]


def test_a_period_said_from_a_month_up_to_another_and_a_contact_to_call(nlp):
    text = ("Projektet Gröna tak drivs av Åby kommun från januari 2031 fram till december 2032. Har du frågor, ring "
            "projektledaren Eva Lind på 070-123 45 67.")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-01", "2032-12")
    assert [c["name"] for c in project["contacts"]] == ["Eva Lind"]


@pytest.mark.parametrize("text, funders, rate", [
    ("Projektet Gröna tak drivs av Åby kommun. Region Exempel står för 500 000 kronor.", ["Region Exempel"], None),
    ("Projektet Gröna tak drivs av Åby kommun. Europeiska socialfonden står för 50 procent av budgeten.",
     ["Europeiska socialfonden"], 50),
    ("Projektet Gröna tak drivs av Åby kommun. Regionfonden bidrar med 1,2 miljoner kronor, vilket motsvarar 40 procent.",
     ["Regionfonden"], 40),
])
def test_a_payer_that_stands_for_a_sum_or_a_share(text, funders, rate, nlp):
    [project] = _projects(text, nlp)
    assert (project["funders"], project.get("eu_cofinancing_rate")) == (funders, rate)


def test_one_grant_verb_for_two_recipients_each_with_its_sum_and_project(nlp):
    text = ("Region Exempel beviljar Åby kommun 500 000 kronor till projektet Gröna tak och Öby kommun 300 000 kronor till "
            "projektet Blå stigar.")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"], [f["amount"] for f in p["funding"]]) for p in projects] == [
        ("Gröna tak", "Åby kommun", [500000]), ("Blå stigar", "Öby kommun", [300000])]


def test_entries_of_a_name_then_the_sum_and_to_whom_under_a_lists_head(nlp):
    text = "Beviljade projekt\n\nGröna tak – 500 000 kr till Åby kommun\nBlå stigar – 300 000 kr till Öby kommun\n"
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Gröna tak", "Åby kommun"), ("Blå stigar", "Öby kommun")]


def test_entries_titled_by_their_name_and_a_colon_the_subject_owning_and_the_season_its_year(nlp):
    text = ("Leader Exempelbygd\nNyheter\n\nLAG har prioriterat tre projekt.\n\n"
            "Musik i gläntan: Folkets Hus i Åby ska ordna konserter i skogen under sommaren 2032. Stödet är 80 000 kronor.\n\n"
            "Byarnas karta: Öby Byalag tar fram en karta över byarnas service. Stödet är 40 000 kronor.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Musik i gläntan", "Folkets Hus i Åby"),
                                                            ("Byarnas karta", "Öby Byalag")]
    assert (projects[0]["start_date"], projects[0]["end_date"]) == ("2032", "2032")


def test_an_english_record_of_a_grant_administrator_a_funding_period_and_the_amount_granted(nlp):
    text = ("Project database\n\nCold water heat\n\nRegistration number: 2031-00012\nGrant administrator: Example University\n"
            "Funding period: 2032-01-01 – 2033-12-31\nAmount granted: SEK 900 000\nCall: Energy 2031\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Example University", "2032-01-01", "2033-12-31")
    assert [f["amount"] for f in project["funding"]] == [900000]


def test_fact_boxes_under_titles_with_a_short_sentence_between(nlp):
    html = ("<html><body><main><h1>Insatser</h1><details><summary>Steg ett</summary><p>Arbetsträning för unga vuxna.</p>"
            "<ul><li>Huvudman: Åby kommun</li><li>Budget: 500 000 kr</li></ul></details><details><summary>Steg två</summary>"
            "<p>En mottagning för alla.</p><ul><li>Huvudman: Öby kommun</li><li>Budget: 300 000 kr</li></ul></details>"
            "</main><footer><p>Förbundet · Org.nr 222000-0002</p></footer></body></html>")
    projects = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert [(p["name"], p["owner"]) for p in projects] == [("Steg ett", "Åby kommun"), ("Steg två", "Öby kommun")]


def test_co_funding_on_condition_that_an_application_is_granted_and_a_unit_of_the_owner_running_it(nlp):
    text = ("Nyheter\n\nKommunstyrelsen beslutade att gå in med 200 000 kronor i projektet Nya steg, under förutsättning "
            "att Svenska ESF-rådet beviljar projektets ansökan om 2 miljoner kronor.\n\nProjektet drivs av "
            "arbetsmarknadsenheten i Åby kommun och planeras pågå 2032–2033.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert [f["amount"] for f in project["funding"]] == [200000]


def test_a_name_given_in_apposition_with_kallad(nlp):
    [project] = _projects("Satsningen, kallad Grönt i stan, drivs av Åby kommun med 500 000 kronor från Boverket.", nlp)
    assert (project["name"], project["owner"]) == ("Grönt i stan", "Åby kommun")


def test_applications_refused_under_a_lead_in_the_past_tense_are_no_entries(nlp):
    text = ("Region Exempel\n\nNämnden har beslutat att bevilja följande ansökningar:\n\nProjekt: Ny väg\nSökande: Åby kommun\n"
            "Beviljat belopp: 500 000 kr\n\nFöljande ansökan har avslagits:\n\nProjekt: Ny bana\nSökande: Öby IF\n"
            "Sökt belopp: 90 000 kr\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Ny väg"]


def test_municipalities_that_have_joined_together_in_a_project_take_part_in_it(nlp):
    text = ("Fyra kommuner – Åby, Öby, Eby och Uby – har gått samman i projektet Gemensam omsorg. Åby kommun är "
            "projektägare. Projektet har beviljats 2 miljoner kronor av Vinnova.")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert [p.split()[0] for p in project["partners"]] == ["Öby", "Eby", "Uby"]


def test_a_go_ahead_from_a_payer_and_a_second_payer_joining_in_after_och(nlp):
    text = ("Exempel Science Park har fått klartecken från Energimyndigheten för förstudien Vätgas i Åby. Förstudien får "
            "1 miljon kronor och Region Exempel går in med ytterligare 200 000 kronor.")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempel Science Park"
    assert project["funders"] == ["Energimyndigheten", "Region Exempel"]


def test_list_entries_of_a_name_a_dash_the_owner_a_comma_and_the_sum(nlp):
    text = ("Stiftelsen Exempelfonden\n\nStyrelsen har beviljat följande bidrag.\n\n"
            "• Smide i byn – Åby hembygdsförening, 120 000 kr\n• Sagor för alla – Öby bibliotek, 60 000 kr\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Smide i byn", "Åby hembygdsförening"),
                                                            ("Sagor för alla", "Öby bibliotek")]


def test_a_clubs_section_gets_the_grant_and_the_building_work_starts_and_is_ready_for_the_season(nlp):
    text = ("Åby IF:s skidsektion får 300 000 kronor från Leader Exempelbygd för att bygga ett elljusspår. Bygget av "
            "spåret, som kallas Ljusspåret, påbörjas i maj 2032 och ska vara klart till vintersäsongen samma år.")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Ljusspåret", "Åby IF")
    assert (project["start_date"], project["end_date"]) == ("2032-05", "2032")


def test_sums_that_go_to_an_owner_and_its_project_in_the_year_said_once_above(nlp):
    text = ("Region Exempel\n\nRegionstyrelsen fördelar fem miljoner kronor. Pengarna går till två projekt under 2032.\n\n"
            "1,6 miljoner kronor går till Åby kommun och projektet Hemleverans Åby.\n\n"
            "Det andra projektet, Mobil butik, drivs av Föreningen Byarnas Butik och får 1,4 miljoner kronor.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Hemleverans Åby", "Åby kommun"),
                                                            ("Mobil butik", "Föreningen Byarnas Butik")]
    assert all((p["start_date"], p["end_date"]) == ("2032", "2032") for p in projects)


@pytest.mark.parametrize("text", [
    "Blue Ports (2031–2033) is coordinated by Åby University together with Öby Port Authority. The total budget is "
    "EUR 2.4 million.",
    "Åby University leads Blue Ports, a three-year project funded by Interreg Exempel with EUR 900,000.",
])
def test_english_sentences_that_name_a_project_and_who_coordinates_or_leads_it(text, nlp):
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Blue Ports", "Åby University")


def test_an_authority_paying_through_a_fund_the_rest_from_the_site_and_the_municipalities(nlp):
    html = ("<html><head><title>Nya leder | Länsstyrelsen Exempel</title></head><body><main><h1>Nya leder</h1>"
            "<p>Länsstyrelsen driver ett projekt tillsammans med Åby kommun och Öby kommun.</p>"
            "<p>Projektet pågår från och med 1 januari 2032 till och med 31 december 2033.</p>"
            "<p>Tillväxtverket finansierar 1 miljon kronor genom Europeiska regionala utvecklingsfonden och resten kommer "
            "från Länsstyrelsen och kommunerna.</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert (project["start_date"], project["end_date"]) == ("2032-01-01", "2033-12-31")
    assert "Tillväxtverket" not in project["funders"]
    assert {"Europeiska regionala utvecklingsfonden", "Länsstyrelsen Exempel"} <= set(project["funders"])


def test_a_lag_minutes_items_whose_decision_label_refuses_one(nlp):
    text = ("Leader Exempelbygd\nProtokoll LAG-möte\n\n§ 4 Ansökan 2031-0101 Ny brygga\nSökande: Åby båtklubb\n"
            "Sökt belopp: 90 000 kr\nLAG:s beslut: Prioriteras med 80 000 kr.\n\n§ 5 Ansökan 2031-0102 Ny bana\n"
            "Sökande: Öby IF\nSökt belopp: 70 000 kr\nLAG:s beslut: Avslås.\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Ny brygga"]


def test_a_payer_by_its_kind_named_before_contributes_after_och(nlp):
    text = ("Åby kommun och Region Exempel startar projektet Läslust. Kulturrådet har beviljat projektet 1 miljon "
            "kronor och regionen bidrar med 200 000 kronor.")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Kulturrådet", "Region Exempel"}


def test_a_newsletter_whose_rows_list_the_projects_granted(nlp):
    text = ("Kommunförbundet Exempel\nNyhetsbrev nr 2 2032\n\nTvå kommuner får stöd\n\nFörbundet har beviljat medel ur sin "
            "utvecklingsfond till två projekt.\n\nÅby kommun – Skola på distans – 400 000 kr\n"
            "Öby kommun – Läromedel på nätet – 300 000 kr\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Skola på distans", "Åby kommun"),
                                                            ("Läromedel på nätet", "Öby kommun")]


def test_a_boards_decision_to_finance_an_effort_over_its_period_label(nlp):
    text = ("Samordningsförbundet Exempel\nBeslut om finansiering\n\nInsats: Hälsa i jobbet\n\nHuvudman: Åby kommun\n"
            "Insatsperiod: 2032-01-01 – 2033-12-31\n\nBeslut\nStyrelsen beslutar att finansiera insatsen Hälsa i jobbet "
            "med 900 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2032-01-01", "2033-12-31")
    assert project["funders"] == ["Samordningsförbundet Exempel"]


def test_a_grant_cards_recipient_label_names_the_owner(nlp):
    text = ("Stiftelsen Exempel\nBeviljade anslag\n\nBättre sömn för skiftarbetare\n\nAnslagsmottagare: Åby högskola\n"
            "Beviljat belopp: 900 000 kr\nProjekttid: 24 månader\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby högskola"
    assert not project.get("end_date")  # a duration alone gives no end


def test_a_minutes_item_that_cofunds_leaves_what_was_also_asked_elsewhere(nlp):
    text = ("Protokoll, kommunstyrelsen i Åby kommun\n\n§ 12 Medfinansiering av projektet Torget lever\nDnr KS 2032/40\n\n"
            "Åby företagarförening har ansökt om medfinansiering av projektet Torget lever. Föreningen har också sökt "
            "stöd från Region Exempel.\n\nBeslut\nKommunstyrelsen beslutar att medfinansiera projektet Torget lever med "
            "200 000 kronor.\n\n§ 13 Revisionens rapport\nDnr KS 2032/41\n\nKommunstyrelsen lägger rapporten till "
            "handlingarna.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun"]


@pytest.mark.parametrize("sentence, is_goal", [
    ("Projektet ska pågå 2032–2033 och syftar till att fler ska cykla till jobbet.", True),
    ("Projektet ska pågå till och med 2033.", False),
])
def test_a_period_sentence_is_a_goal_only_when_it_states_an_aim_after_it(nlp, sentence, is_goal):
    text = f"Åby kommun startar projektet Cykelvåren med 300 000 kronor från Region Exempel. {sentence}"
    [project] = _projects(text, nlp)
    assert bool(project.get("goals")) is is_goal


def test_an_english_news_item_of_a_coordinated_project_under_a_byline(nlp):
    text = ("Åby University\nNews · 3 May 2032\n\nNew project on cleaner harbours\n\nÅby University will coordinate "
            "PORTCLEAN, a new research project funded with EUR 2.5 million by Horizon Europe, the EU's research "
            "programme.\n\nThe aim of PORTCLEAN is to cut the emissions of ships at berth by half.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("PORTCLEAN", "Åby University")
    assert project["funders"] == ["Horizon Europe"]
    assert project["funding"] == [{"amount": 2500000, "currency": "EUR"}]
    assert project["goals"] == ["The aim of PORTCLEAN is to cut the emissions of ships at berth by half."]


def test_the_share_of_support_from_the_fund_named_before_is_the_eu_rate(nlp):
    text = ("Beslut om stöd\n\nTillväxtverket beviljar Åby AB stöd med högst 2 000 000 kronor för projektet Gröna tak. "
            "Stödet finansieras av Europeiska regionala utvecklingsfonden. Stödet från fonden utgör 40 procent av "
            "projektets stödberättigande kostnader.\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 40


def test_an_annual_reports_project_sections_end_at_its_own_chapters(nlp):
    text = ("Verksamhetsberättelse 2032\nLeader Exempelbygd\n\nPågående projekt\n\nBadplats för alla\n"
            "Åby byalag driver projektet, som fått 150 000 kronor. Arbetet startade i maj 2032.\n\nNy scen i parken\n"
            "Projektägare är Öby teaterförening. Projektet har beviljats 90 000 kronor.\n\nEkonomi\n"
            "Under året har LAG beviljat totalt 240 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Badplats för alla", "Ny scen i parken"}
    assert projects["Badplats för alla"]["owner"] == "Åby byalag"
    assert projects["Ny scen i parken"]["funding"] == [{"amount": 90000, "currency": "SEK"}]


def test_a_run_of_years_before_the_month_it_ends(nlp):
    text = "Åby kommun får 400 000 kronor till projektet Läsvåren. Läsvåren startar i mars 2032 och pågår i två år, till februari 2034."
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2032-03", "2034-02")


def test_a_grant_in_the_same_call_is_a_grant(nlp):
    text = ("Region Exempel delar ut kulturstöd.\n\nÅby kommun får 300 000 kronor till projektet Sång i skolan.\n\n"
            "Även Öby kommun får pengar i samma utlysning: 200 000 kronor till projektet Dans i skolan.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Dans i skolan"]["funding"] == [{"amount": 200000, "currency": "SEK"}]


def test_an_entry_with_its_owner_and_country_in_brackets_before_a_dash(nlp):
    text = ("Interreg Exempel\n\nKommittén har beviljat två projekt. Projekten finansieras av Europeiska regionala "
            "utvecklingsfonden.\n\n• Fjällvatten (Åby kommun, Sverige) – EU-medel: 300 000 euro\n"
            "• Nordlys Lab (Öby universitet, Norge) – EU-medel: 450 000 euro\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Fjällvatten", "Nordlys Lab"}
    assert projects["Nordlys Lab"]["owner"] == "Öby universitet"


def test_a_name_with_under_in_it_and_one_cut_before_when(nlp):
    [project] = _projects("Energimyndigheten stöttar projektet Liv under isen med 2 mnkr.", nlp)
    assert project["name"] == "Liv under isen"
    [project] = _projects("Åby kommun driver projektet Grön skola under tre år med 2 miljoner kronor från Region "
                          "Exempel.", nlp)
    assert project["name"] == "Grön skola"


def test_a_catalogues_performer_label_and_an_end_at_the_close_of_a_year(nlp):
    text = ("Region Exempel\nProjektkatalog\n\nInsatsens namn: Solceller på skolor\nGenomförs av: Åby kommun\n"
            "Total kostnad: 800 000 kr\n\nBeskrivning\nInsatsen börjar under första kvartalet 2032 och avslutas vid "
            "utgången av 2033.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert project["end_date"] == "2033"


def test_an_associations_post_of_its_own_grant_above_its_comments(nlp):
    html = ("<html><head><title>Vi har fått pengar! – Åby Bygdegårdsförening</title></head><body>"
            "<header><div class='site-title'>Åby Bygdegårdsförening</div></header><main><article>"
            "<h1>Vi har fått pengar!</h1><div class='post-meta'><span>12 mars 2032</span> "
            "<span><a href='#comments'>2 kommentarer</a></span></div>"
            "<p>Vår ansökan till Leader Exempelbygd har beviljats och föreningen får 200 000 kronor till projektet "
            "Nytt kök i bygdegården. Boverket har dessutom beviljat ett bidrag på 80 000 kronor.</p>"
            "<p>Projektet pågår från april 2032 till mars 2033.</p></article>"
            "<div id='comments'><h2>2 kommentarer</h2><p>Förra gången fick vi 10 000 kronor.</p></div></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["name"] == "Nytt kök i bygdegården"
    assert project["owner"] == "Åby Bygdegårdsförening"
    assert set(project["funders"]) == {"Leader Exempelbygd", "Boverket"}
    assert {f["amount"] for f in project["funding"]} == {200000, 80000}


def test_entries_whose_budget_and_period_lines_have_no_colon(nlp):
    text = ("Förbundet Exempel\nAktuellt\n\nStyrelsen beviljade finansiering till två projekt:\n\nSolkraft i byarna\n"
            "Projektägare: Åby energiförening\nTotalbudget 300 000 euro, varav EU-finansiering 180 000 euro\n"
            "Genomförandetid 1.4.2032–31.3.2034\n\nVatten i skolan\nProjektägare: Öby kommun\n"
            "Totalbudget 200 000 euro, varav EU-finansiering 120 000 euro\nGenomförandetid 1.8.2032–31.7.2033\n\n"
            "Mer information: regionutvecklare Eva Ek, eva.ek@exempel.fi\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Solkraft i byarna", "Vatten i skolan"}
    water = projects["Vatten i skolan"]
    assert (water["start_date"], water["end_date"]) == ("2032-08-01", "2033-07-31")
    assert {f["amount"] for f in water["funding"]} == {200000, 120000}
    assert not water.get("contacts")  # the council's officer answers for the news, not for the project


def test_an_extended_project_its_start_said_since_and_a_fund_named_in_two_words(nlp):
    text = ("Projektet Läsglädje förlängs ett år och pågår nu till och med juni 2033. Allmänna arvsfonden har beviljat "
            "ytterligare 900 000 kronor till projektet, som drivs av Åby församling. Sedan starten 2030 har 80 familjer "
            "deltagit.")
    [project] = _projects(text, nlp)
    assert project["name"] == "Läsglädje"
    assert (project["start_date"], project["end_date"]) == ("2030", "2033-06")
    assert project["funders"] == ["Allmänna arvsfonden"]


def test_an_organisations_own_projects_listed_with_their_years_in_brackets(nlp):
    text = ("Hushållningssällskapet Exempel\nProjekt\n\nHushållningssällskapet driver projekt inom lantbruk och "
            "landsbygd.\n\nBättre bete (2031–2033)\nRådgivning till djurhållare om hur betesmarker kan skötas.\n\n"
            "Mat i skolan (2032–2034)\nSamarbete med två kommuner om mer närproducerad mat i skolorna.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bättre bete", "Mat i skolan"}
    assert (projects["Mat i skolan"]["start_date"], projects["Mat i skolan"]["end_date"]) == ("2032", "2034")
    assert projects["Bättre bete"]["owner"] == "Hushållningssällskapet Exempel"


def test_dashed_entries_with_decimal_sums_and_school_terms(nlp):
    text = ("Förbundet Exempel\n\nStyrelsen har fördelat utvecklingsmedel till två projekt:\n\n"
            "- Skolbuss i tid – Åby kommun – 1,4 mkr – HT 2032 till VT 2034\n"
            "- Gemensamt arkiv – Öby kommun – 2,25 mkr – läsåret 2032/33\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Skolbuss i tid", "Gemensamt arkiv"}
    assert (projects["Skolbuss i tid"]["start_date"], projects["Skolbuss i tid"]["end_date"]) == ("2032", "2034")
    assert (projects["Gemensamt arkiv"]["start_date"], projects["Gemensamt arkiv"]["end_date"]) == ("2032", "2033")
    assert projects["Gemensamt arkiv"]["funding"] == [{"amount": 2250000, "currency": "SEK"}]


def test_a_name_said_with_heter_ends_before_and_its_cost(nlp):
    text = "Åby AB får 3 miljoner kronor från Region Exempel. Projektet heter Blå kajen och beräknas kosta 8 miljoner kronor."
    [project] = _projects(text, nlp)
    assert project["name"] == "Blå kajen"


def test_a_table_column_of_the_municipalitys_own_part_makes_it_a_payer(nlp):
    html = ("<html><head><title>Projekt - Åby kommun</title></head><body><main><h1>Våra projekt</h1>"
            "<p>Åby kommun driver flera projekt med stöd från andra finansiärer.</p><table>"
            "<tr><th>Projekt</th><th>Finansiär</th><th>Total budget</th><th>Kommunens insats</th><th>Period</th></tr>"
            "<tr><td>Ljus i spåret</td><td>Region Exempel</td><td>900 000 kr</td><td>300 000 kr</td><td>2032–2033</td></tr>"
            "<tr><td>Bok i byn</td><td>Kulturrådet</td><td>400 000 kr</td><td>–</td><td>2032</td></tr>"
            "</table></main></body></html>")
    projects = {r.name.value: r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)}
    assert set(projects["Ljus i spåret"]["funders"]) == {"Region Exempel", "Åby kommun"}
    assert projects["Bok i byn"]["funders"] == ["Kulturrådet"]


def test_a_round_sum_said_again_exactly_with_its_payer_after_both(nlp):
    text = ("Åby kommuns projekt Sjöbodarna får drygt en halv miljon kronor, 530 000 kronor, från Havs- och "
            "fiskerifonden. I arbetet deltar bland andra Öby hembygdsförening och Länsstyrelsen Exempel.")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 530000, "currency": "SEK"}]
    assert project["funders"] == ["Havs- och fiskerifonden"]
    assert set(project["partners"]) == {"Öby hembygdsförening", "Länsstyrelsen Exempel"}
    text = "Projektet Nära vård, som drivs av Åby kommun, har beviljats nästan 2 miljoner kronor, 1 970 000 kronor, av Region Exempel."
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]


def test_the_one_who_builds_with_support_fronted_is_the_owner(nlp):
    text = ("Med stöd från Leader Exempelbygd bygger Åby IK om sitt klubbhus till en mötesplats för byn. Föreningen har "
            "beviljats 200 000 kronor för projektet, som kallas Klubbhus för alla.")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Klubbhus för alla", "Åby IK")


def test_a_minutes_items_each_treating_one_application_by_its_name(nlp):
    text = ("Leader Exempelbygd · PROTOKOLL LAG-möte 2032-06-08 Sida 1\n\nProtokoll\n\n"
            "§ 5 Ansökan om projektstöd – Bryggan i byn\nDnr LAG 2032-011\nSökande: Åby båtklubb\nSökt belopp: 90 000 kr\n"
            "Beslut: LAG beslutar att prioritera ansökan med 80 000 kr.\n\n"
            "§ 6 Ansökan om projektstöd – Ny skatepark\nDnr LAG 2032-012\nSökande: Öby IF\nSökt belopp: 300 000 kr\n"
            "Beslut: LAG beslutar att avslå ansökan.\n\n"
            "§ 7 Ansökan om projektstöd – Bygdens bok\nDnr LAG 2032-013\nSökande: Åby hembygdsförening\n"
            "Sökt belopp: 45 000 kr\nBeslut: LAG beslutar att prioritera ansökan med sökt belopp.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Bryggan i byn", "Bygdens bok"}
    assert projects["Bygdens bok"]["case_number"] == "LAG 2032-013"
    assert projects["Bryggan i byn"]["funders"] == ["Leader Exempelbygd"]


def test_two_grants_with_the_verb_said_once_from_the_municipalitys_own_fund(nlp):
    text = ("Åby kommun\nNyheter\n\nTvå projekt får stöd ur landsbygdsfonden\n\nKommunstyrelsen har fördelat pengar ur "
            "kommunens landsbygdsfond. Åby företagarförening får 100 000 kronor till projektet Handla i byn och Öby "
            "byaförening 60 000 kronor till projektet Byar i samverkan.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Handla i byn", "Byar i samverkan"}
    assert projects["Byar i samverkan"]["owner"] == "Öby byaförening"
    assert projects["Byar i samverkan"]["funding"] == [{"amount": 60000, "currency": "SEK"}]
    assert projects["Handla i byn"]["funders"] == ["Åby kommun"]  # the municipality's own fund, not the EU's


def test_teasers_under_a_heading_of_other_projects_the_organisation_runs_are_no_part_of_the_page(nlp):
    html = ("<html><body><main><h1>Sol på taken</h1><p>Åby energikontor leder projektet, som ska hjälpa lantbrukare att "
            "bygga solceller.</p><table><tr><td>Projektägare</td><td>Åby energikontor AB</td></tr>"
            "<tr><td>Budget</td><td>2 000 000 kr</td></tr></table><h2>Andra projekt vi driver</h2>"
            "<h3>Energi i föreningar</h3><p>Stöd till föreningar som vill spara energi. Budget 900 000 kronor.</p>"
            "<h3>Laddplatser på landet</h3><p>Kartläggning av laddbehov, 2031–2032.</p></main></body></html>")
    [project] = [r.to_gold() for r in extract_projects(parse_bytes(html.encode(), "x.html"), nlp)]
    assert project["funding"] == [{"amount": 2000000, "currency": "SEK"}]
    assert not project.get("start_date")


def test_an_application_forms_parts_name_its_owner_its_contact_and_its_budget_by_year(nlp):
    text = ("Ansökan om stöd\n\n1. Uppgifter om sökande\nSökandens namn\nÅby byalag\n\n2. Kontaktperson för ansökan\n"
            "Namn\nEva Ek\nE-post\neva.ek@aby.example.se\n\n3. Projektets namn\nBadplats för alla\n\n4. Budget\n"
            "Kostnadsslag 2032 2033 Summa\nPersonal 100 000 50 000 150 000\nSumma kostnader 130 000 70 000 200 000\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Badplats för alla", "Åby byalag")
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@aby.example.se"}]
    assert project["funding"] == [{"amount": 200000, "currency": "SEK"}]


def test_an_english_release_with_a_partner_by_its_trade_and_a_communications_head(nlp):
    text = ("PRESS RELEASE\n\nÅby Tech AB has been granted SEK 2.5m by Vinnova for the pilot project GreenCell. The pilot "
            "runs from May 2032 to June 2033 in cooperation with Åby University and the recycling company Öby Metall.\n\n"
            "For more information, please contact:\nEva Ek, Head of Communications, eva.ek@abytech.example.se\n")
    [project] = _projects(text, nlp)
    assert set(project["partners"]) == {"Åby University", "Öby Metall"}
    assert not project.get("contacts")


def test_a_reports_author_who_leads_the_project_is_its_contact(nlp):
    text = ("DELRAPPORT\nProjekt: Bättre bete\nStödmottagare: Åby naturbruksförening\nBeviljat stöd: 300 000 kr\n\n"
            "Rapporten har upprättats av projektledare Eva Ek.\n")
    [project] = _projects(text, nlp)
    assert [c["name"] for c in project["contacts"]] == ["Eva Ek"]


def test_grants_set_as_bullets_in_one_paragraph_for_the_years_activity(nlp):
    text = ("Kulturstöd\n\nNämnden har beslutat om stöd. Beviljade projekt: • Sång i byn (Åby körförening) 40 000 kr "
            "• Film för unga (Öby filmklubb) 60 000 kr\n\nStöden avser verksamhet under 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Sång i byn", "Film för unga"}
    assert projects["Film för unga"]["owner"] == "Öby filmklubb"
    assert (projects["Sång i byn"]["start_date"], projects["Sång i byn"]["end_date"]) == ("2032", "2032")


def test_a_section_and_date_byline_dates_a_yearless_start(nlp):
    text = ("Åby Tidning\nLandsbygd · 18 juni 2032\n\nNytt byhus\n\nProjektet Byhuset har beviljats 300 000 kronor från "
            "Leader Exempelbygd. Arbetet startar i augusti.\n")
    [project] = _projects(text, nlp)
    assert project["start_date"] == "2032-08"


def test_grants_to_unnamed_works_under_a_headline_of_several_projects_are_no_projects(nlp):
    text = ("Länsstyrelsen Exempel\nPressmeddelande\n\nStöd till tre bredbandsprojekt i inlandet\n\nLänsstyrelsen har "
            "beviljat stöd till bredband i tre byar.\n\nÅby fiberförening får 900 000 kronor för att ansluta 30 hushåll.\n"
            "Öby kommun får 1 200 000 kronor för ett stamnät.\n")
    assert _projects(text, nlp) == []


def test_work_that_ends_before_a_term_and_is_matched_by_the_owner(nlp):
    text = ("Åby Tidning\nPublicerad 4 april 2032\n\nGröna gårdar\n\nÅby stad har fått 2 miljoner kronor från Boverket för "
            "satsningen, som kallas Gröna gårdar. Arbetet börjar i sommar och ska vara klart innan höstterminen 2033 "
            "startar. Staden lägger själv in lika mycket pengar i projektet.\n")
    [project] = _projects(text, nlp)
    assert (project.get("start_date"), project["end_date"]) == (None, "2033")  # a season with no year dates nothing
    assert set(project["funders"]) == {"Boverket", "Åby stad"}


def test_the_projects_the_site_says_were_granted_are_granted_by_it(nlp):
    text = ("Region Exempel\nRegional utveckling\n\nBeviljade projekt 2032\n\nNedan listas de projekt som beviljades stöd "
            "vid årets första beslut.\n\nProjekt: Ny energi\nStödmottagare: Åby kommun\nBeviljat belopp: 500 000 kr\n\n"
            "Projekt: Rent vatten\nStödmottagare: Öby kommun\nBeviljat belopp: 300 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Rent vatten"]["funders"] == ["Region Exempel"]


def test_the_owner_paying_the_rest_itself_with_the_total_after(nlp):
    text = ("Projektet Vård i tiden finansieras av Europeiska socialfonden plus med 5 miljoner kronor. Region Exempel står "
            "själv för resten av kostnaderna, totalt 2,5 miljoner kronor.")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Europeiska socialfonden plus", "Region Exempel"}
    assert {f["amount"] for f in project["funding"]} == {5000000, 2500000}


def test_a_partner_that_takes_part_with_what_it_brings_and_the_owners_plans_are_no_goal(nlp):
    text = ("Åby kommun har beviljats 2 miljoner kronor från Skolverket för projektet Lärare till byn. Under projekttiden ska "
            "kommunen bland annat erbjuda lärarbostäder. Öby högskola medverkar med kurser på distans.")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Öby högskola"]
    assert not project.get("goals")  # what the owner shall do in the project's time is no aim (as h673)


def test_entries_whose_names_hold_a_colon_inside_a_word_and_a_press_contact_line(nlp):
    text = ("Region Exempel\nPressmeddelande\n\nStöd till tre satsningar\n\n"
            "Cykelväg längs 12:an – Åby kommun får 900 000 kronor för att bygga en cykelväg.\n\n"
            "Bättre bussar – Öby kommun beviljas 400 000 kronor för att se över tidtabellerna.\n\n"
            "Torget – Åby handelsförening tilldelas 200 000 kronor för att plantera träd.\n\n"
            "Presskontakt: Kim Exempel, 010-000 00 00\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Cykelväg längs 12:an", "Bättre bussar", "Torget"}
    assert projects["Cykelväg längs 12:an"]["funding"] == [{"amount": 900000, "currency": "SEK"}]
    assert not any(p.get("contacts") for p in projects.values())  # the press's contact is no project's


def test_an_english_fund_that_provides_a_share_and_a_partner_that_is_along_as_one(nlp):
    [english] = _projects("The project Cold Coast is led by Åby University. The total budget is EUR 1 million, of which the "
                          "European Regional Development Fund provides 60 percent.", nlp)
    assert "European Regional Development Fund" in english["funders"]
    [swedish] = _projects("Åby byalag har fått 200 000 kronor från Leader Exempel till projektet Byn rör sig. Öby kommun "
                          "är med som samarbetspart.", nlp)
    assert swedish["partners"] == ["Öby kommun"]


def test_a_goals_heading_that_says_what_we_want_to_achieve_and_a_contact_us_heading(nlp):
    text = ("Ren sjö\n\nProjektägare: Åby kommun\nBudget: 800 000 kr\n\nDet här vill vi uppnå\nSjön ska vara badbar "
            "igen år 2035.\n\nKontakta oss\nKim Exempel\nkim.exempel@aby.se\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Sjön ska vara badbar igen år 2035."]
    assert project["contacts"] == [{"name": "Kim Exempel", "email": "kim.exempel@aby.se"}]


def test_a_newsletters_item_that_lists_run_in_entries_gives_each_its_own_project(nlp):
    text = ("Nyhetsbrev maj 2033\n\nVåren har varit intensiv. Här är nyheterna.\n\nNya projekt\n\n"
            "Ängarna tillbaka. Åby fiskevårdsområde beviljas 300 000 kronor för att restaurera strandängar.\n\n"
            "Kultur i logen. Öby kulturförening får 120 000 kronor för att bygga en scen.\n\n"
            "Sommarstängt\n\nKontoret är stängt i juli.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ängarna tillbaka", "Kultur i logen"}
    assert projects["Ängarna tillbaka"]["owner"] == "Åby fiskevårdsområde"  # (an organisation by what it is)
    assert projects["Kultur i logen"]["funding"] == [{"amount": 120000, "currency": "SEK"}]


def test_partners_told_in_a_sentence_under_their_heading_and_in_a_table_of_roles(nlp):
    [told] = _projects("Ren kust\n\nProjektägare: Åby kommun\nBudget: 900 000 kr\n\nSamarbetspartner\nArbetet har gjorts i "
                       "samarbete med Åby hamn AB och Öby kommun.\n", nlp)
    assert set(told["partners"]) == {"Åby hamn AB", "Öby kommun"}
    [tabled] = _projects("Ren kust\n\nProjektägare: Åby kommun\nBudget: 900 000 kr\n\nSamverkansparter\n"
                         "Organisation: Roll\nÖby kommun: Medfinansiär\nÅby högskola: Expertstöd\n", nlp)
    assert set(tabled["partners"]) == {"Öby kommun", "Åby högskola"}


def test_a_partner_label_whose_value_goes_on_with_the_entrys_other_sentences(nlp):
    text = ("Ren kust\n\nProjektägare: Åby kommun\nProjekttid: 2033–2035\nPartner: Åby universitet och Öby högskola. "
            "EU-bidrag: 200 000 euro. Syftet är att minska utsläppen längs kusten.\n")
    [project] = _projects(text, nlp)
    assert set(project["partners"]) == {"Åby universitet", "Öby högskola"}
    assert project["funding"] == [{"amount": 200000, "currency": "EUR"}]
    assert project["goals"] == ["Syftet är att minska utsläppen längs kusten."]


def test_an_authority_whose_name_ends_like_a_board_grants_as_itself(nlp):
    text = ("Åby kommun\nNyheter\n\nStatsbidrag till äldreomsorgen\n\nSocialstyrelsen har beviljat Åby kommun ett statsbidrag "
            "på 900 000 kronor till projektet Lugn kväll. Projektet genomförs under 2033.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Socialstyrelsen"]  # an authority, not one of the site's own boards
    assert project["owner"] == "Åby kommun"


def test_a_leader_area_named_by_its_landscape_and_given_under_its_label(nlp):
    text = ("Leader Exempel\nProjekt\n\nNy vandringsled\n\nÅby byalag har fått stöd från Leader Öby älvdal för att "
            "bygga en vandringsled.\n\nProjektfakta\nProjektägare: Åby byalag\nStödbelopp: 300 000 kr\n"
            "Leaderområde: Öby älvdal\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Öby älvdal"]


def test_an_english_partner_of_one_side_and_an_end_at_the_close_of_a_year(nlp):
    [project] = _projects("The project Cold Sea is led by Åby University. Öby Council is its Norwegian partner. The project "
                          "runs until the end of 2034 and receives EUR 500,000 from Interreg Exempel.", nlp)
    assert project["partners"] == ["Öby Council"]
    assert project["end_date"] == "2034"


def test_an_authority_paying_out_a_fund_through_a_relative_clause_and_the_owner_adding_as_much(nlp):
    text = ("Åby kommun har fått klartecken från Tillväxtverket, som går in med 2 miljoner kronor ur Europeiska regionala "
            "utvecklingsfonden. Kommunen lägger själv till lika mycket. Satsningen kallas Ny station. "
            "Fastighetsbolaget Åbyhem och Trafikverket är med i arbetet.")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Europeiska regionala utvecklingsfonden", "Åby kommun"}  # not the authority
    assert set(project["partners"]) == {"Åbyhem", "Trafikverket"}  # the company, without what it is


def test_grants_told_with_the_owner_first_or_shared_between_two(nlp):
    text = ("Region Exempel\nPressmeddelanden\n\nKulturnämnden fördelar 2 miljoner\n\nKulturnämnden har beslutat om "
            "bidrag till tre projekt.\n\nÅby teater får 500 000 kronor till projektet Scen i byn, som spelar i skolor.\n\n"
            "Till Musik i Väst går 300 000 kronor för Orgelveckan, en festival i augusti.\n\n"
            "Åby museum och Öby konsthall delar på 400 000 kronor för utställningsprojektet Ljus över sjön, som Åby museum "
            "leder.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Orgelveckan"]["owner"] == "Musik i Väst"
    assert projects["Ljus över sjön"]["funding"] == [{"amount": 400000, "currency": "SEK"}]
    assert projects["Ljus över sjön"]["partners"] == ["Öby konsthall"]


def test_a_project_plans_contact_title_applied_payer_and_own_financing(nlp):
    text = ("PROJEKTPLAN\n\nProjektnamn\nTak för alla\n\nSökande organisation\nÅby kommun\n\nKontaktperson\nNamn: Kim Exempel\n"
            "Titel: Projektledare\nE-post: kim.exempel@aby.se\n\nTidsplan\nProjektet startar 2033-03-01 och avslutas "
            "2034-10-31.\n\nBudget\nTotal kostnad: 800 000 kr\nSökt belopp från Naturvårdsverket: 400 000 kr\n"
            "Egen finansiering: 400 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Tak för alla"  # ("Titel: Projektledare" is the contact's title, no second project)
    assert set(project["funders"]) == {"Naturvårdsverket", "Åby kommun"}
    assert project["contacts"] == [{"name": "Kim Exempel", "email": "kim.exempel@aby.se"}]


def test_a_sites_list_of_projects_told_by_where_and_what_pays(nlp):
    text = ("Åby kommun\nNäringsliv\n\nPågående projekt\n\nHär finns kommunens pågående projekt.\n\nDigital verkstad\n"
            "Ett projekt där kommunen och Åby högskola hjälper små företag att digitalisera. Projektet pågår 2031–2033 och "
            "finansieras av Europeiska regionala utvecklingsfonden.\n\nUnga i jobb\nKommunen driver projektet tillsammans "
            "med Arbetsförmedlingen. Projektet pågår under 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Digital verkstad"]["owner"] == "Åby kommun"
    assert projects["Digital verkstad"]["partners"] == ["Åby högskola"]
    assert projects["Digital verkstad"]["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert "funders" not in projects["Unga i jobb"] or not projects["Unga i jobb"]["funders"]


def test_one_of_the_partners_and_its_share_in_a_coordinated_project(nlp):
    [project] = _projects("Åby University is one of nine partners in the EU project ColdChain, which is coordinated by "
                          "Öby Institute of Technology and has a total budget of EUR 4 million. Åby University's share is "
                          "EUR 500,000.", nlp)
    assert project["owner"] == "Öby Institute of Technology"
    assert project["partners"] == ["Åby University"]
    assert {f["amount"] for f in project["funding"]} == {4000000, 500000}


def test_a_lags_listed_application_turned_down_under_its_facts_and_an_old_county_council(nlp):
    text = ("PROTOKOLL\nLAG-möte Leader Exempel\n\n§ 4 Ansökan: Ny brygga\nSökande: Åby båtklubb\nJournalnummer: 2033-101\n"
            "LAG beslutar att prioritera ansökan med 200 000 kr i stöd.\n\n§ 5 Ansökan: Nytt café\nSökande: Öby Café AB\n"
            "Journalnummer: 2033-102\nLAG beslutar att avslå ansökan.\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Ny brygga"]
    [old] = _projects("Åby kommun har fått 100 000 kronor från Exempel läns landsting för förstudien Nytt bad.", nlp)
    assert old["funders"] == ["Exempel läns landsting"]


def test_a_financing_tables_head_is_no_payer(nlp):
    text = ("Ren vall\n\nProjektägare: Åby hushållningssällskap\n\nFinansiering\nFinansiär\tBelopp\n"
            "Region Exempel\t300 000 kr\nÅby kommun\t100 000 kr\nTotalt\t400 000 kr\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Region Exempel", "Åby kommun"}


def test_a_final_reports_table_of_goals_and_outcomes_and_a_decisions_assessment(nlp):
    text = ("Slutrapport\n\nProjektnamn: Byar på nätet\nProjektägare: Åby kommun\nProjektperiod: 2031–2033\n\n"
            "Mål och utfall\nMål\tUtfall\nHundra hushåll ska ha fått hjälp att koppla upp sig.\t120 hushåll fick hjälp.\n"
            "Tre byar ska ha en digital träffpunkt.\tFyra byar har en.\n")
    [report] = _projects(text, nlp)
    assert report["goals"] == ["Hundra hushåll ska ha fått hjälp att koppla upp sig.", "Tre byar ska ha en digital träffpunkt."]
    decision = ("Beslut om stöd till projektet Ren sjö\n\nStödmottagare: Åby kommun\nProjekttid: 2031–2033\n\n"
                "Projektets syfte\nSyftet med projektet är att sjön ska bli badbar.\nLänsstyrelsen har bedömt att projektet "
                "uppfyller villkoren för stöd och att det bidrar till målen i programmet.\n")
    [decided] = _projects(decision, nlp)
    assert decided["goals"] == ["Syftet med projektet är att sjön ska bli badbar."]


def test_norwegian_and_danish_news_of_a_cross_border_project(nlp):
    [norsk] = _projects("Prosjektet Grensebyer har fått tilsagn om 2 millioner kroner fra Interreg Exempel. Prosjektet ledes "
                        "av Østby kommune, med Åby kommun som svensk partner. Prosjektet skal pågå fra 1. april 2033 til "
                        "31. mars 2035.", nlp)
    assert norsk["owner"] == "Østby kommune"
    assert (norsk["start_date"], norsk["end_date"]) == ("2033-04-01", "2035-03-31")
    assert not norsk.get("goals")  # its period, no aim
    [dansk] = _projects("Projektet Grøn Kaj ledes af Åby Havn A/S og har et samlet budget på 2 mio. euro. Öby Hamn AB og "
                        "Åby universitet er partnere.", nlp)
    assert set(dansk["partners"]) == {"Öby Hamn AB", "Åby universitet"}


def test_a_regional_government_granting_out_of_a_fund_named_in_the_headline(nlp):
    text = ("Ålands landskapsregering\nMeddelande\n\nLandskapsregeringen beviljar stöd ur Europeiska regionala "
            "utvecklingsfonden\n\nLandskapsregeringen har beviljat stöd till två projekt.\n\nÅby skola beviljas 100 000 euro "
            "för projektet Ny verkstad.\n\nÖby Ab beviljas 50 000 euro för projektet Solkraft.\n")
    for project in _projects(text, nlp):  # (it co-finances as well, as h1000's decision reads)
        assert set(project["funders"]) == {"Ålands landskapsregering", "Europeiska regionala utvecklingsfonden"}


def test_a_body_that_prioritised_the_project_and_a_fund_plus_that_granted_more(nlp):
    [leader] = _projects("Åby cykelklubb har ansökt om stöd från Leader Exempel för projektet Cykla mera. Projektets totala "
                         "budget är 500 000 kronor. Leader Exempel har prioriterat projektet.", nlp)
    assert leader["funders"] == ["Leader Exempel"]
    [more] = _projects("Projektet Unga i jobb, som drivs av Åby kommun, förlängs. Europeiska socialfonden+ har beviljat "
                       "ytterligare 1,5 miljoner kronor till projektet.", nlp)
    assert more["funders"] == ["Europeiska socialfonden+"]


def test_researchers_from_two_organisations_the_first_leads(nlp):
    text = ("Åby museum\nForskning\n\nGamla hamnar\n\nOm projektet\nArkeologer från Åby museum och Öby universitet "
            "undersöker tre gamla hamnar.\n\nProjektet finansieras av Riksantikvarieämbetet med 900 000 kronor och pågår "
            "2033–2035.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby museum"
    assert project["partners"] == ["Öby universitet"]


def test_a_name_ending_in_together_and_english_funding_from_a_fund(nlp):
    [named] = _projects("Region Exempel har beviljat 500 000 kronor till projektet Starkare tillsammans, som Åby kommun "
                        "driver tillsammans med Öby kommun.", nlp)
    assert named["name"] == "Starkare tillsammans"
    assert named["partners"] == ["Öby kommun"]
    [english] = _projects("ColdNet\n\nLead partner: Åby University\n\nBudget\nTotal budget: EUR 2 000 000. EU funding from the "
                          "European Regional Development Fund: EUR 1 200 000.\n", nlp)
    assert "European Regional Development Fund" in english["funders"]


def test_payers_told_by_their_part_and_the_same_sum_again(nlp):
    [split] = _projects("Projektet Bron kostar totalt 3 miljoner kronor. Av dem står Region Exempel för 1,5 miljoner kronor "
                        "och kommunerna för resten. Projektet drivs av Åby kommun.", nlp)
    assert "Region Exempel" in split["funders"]
    assert {f["amount"] for f in split["funding"]} == {3000000, 1500000}
    [same] = _projects("Länsstyrelsen har beslutat att ge Åby kommun 900 000 kronor ur landsbygdsprogrammet för projektet "
                       "Levande byar. Lika mycket satsar kommunen själv.", nlp)
    assert same["owner"] == "Åby kommun"
    assert "Åby kommun" in same["funders"]


def test_the_money_first_then_who_does_the_work_with_it(nlp):
    text = ("Pengarna – 400 000 kronor – kommer från Svenska Postkodlotteriet. Med dem ska Föreningen Gröna Åby anlägga "
            "blomsterängar. Projektet heter Surr i Åby och görs i samarbete med Åbyhem.")
    [project] = _projects(text, nlp)
    assert project["name"] == "Surr i Åby"
    assert project["owner"] == "Föreningen Gröna Åby"


def test_a_dashed_list_of_owners_granted_for_their_projects(nlp):
    text = ("Åby kommun\nKommunstyrelsens arbetsutskott\n\nBeslut om föreningsbidrag\n\nArbetsutskottet beslutar att bevilja "
            "bidrag till följande:\n\n– Åby båtklubb för projektet Segling för alla, 40 000 kr\n"
            "– Öby IF för projektet Fotboll för tjejer, 60 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Segling för alla"]["owner"] == "Åby båtklubb"
    assert projects["Fotboll för tjejer"]["funding"] == [{"amount": 60000, "currency": "SEK"}]


def test_a_share_paid_out_of_a_fund_a_bracketed_period_and_an_aim_after_a_clause(nlp):
    text = ("Åby kommun har fått beviljat 2 miljoner kronor till projektet Fiber i byn. Totalt handlar det om 4 miljoner "
            "kronor, varav Tillväxtverket bidrar med 2 miljoner kronor ur Europeiska regionala utvecklingsfonden. "
            "Det treåriga projektet (2033–2035) ska ge 300 hushåll fiber.")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert (project["start_date"], project["end_date"]) == ("2033", "2035")
    assert project["goals"] == ["Det treåriga projektet (2033–2035) ska ge 300 hushåll fiber."]
    [clause] = _projects("Åby församling får 300 000 kronor från Allmänna arvsfonden för projektet Vänner. Projektet, som "
                         "har en budget på 500 000 kronor, ska para ihop unga med äldre.", nlp)
    assert clause["goals"] == ["Projektet, som har en budget på 500 000 kronor, ska para ihop unga med äldre."]


def test_an_applications_plan_counts_the_part_asked_of_its_payer(nlp):
    text = ("ANSÖKAN OM PROJEKTSTÖD\n\nSökande organisation: Åby kommun\nProjektets namn: Levande torg\n"
            "Projektperiod: 2033-01-01 till 2034-12-31\n\nFinansiering\nSökt belopp från Region Exempel: 600 000 kr\n"
            "Öby kommun: 200 000 kr\nSumma: 800 000 kr\n")
    [project] = _projects(text, nlp)
    assert {f["amount"] for f in project["funding"]} == {600000, 200000, 800000}  # as the training's applications
    assert "Region Exempel" in project["funders"]
    decided = ("Beslut om projektstöd\n\nStödmottagare: Åby kommun\nProjektets namn: Levande torg\n"
               "Sökt belopp från Region Exempel: 600 000 kr\nBeviljat belopp: 500 000 kr\n")
    [granted] = _projects(decided, nlp)
    assert [f["amount"] for f in granted["funding"]] == [500000]  # what was granted, not what was asked


def test_an_owners_line_of_its_sum_for_a_named_production_and_a_headline_is_no_aim(nlp):
    text = ("Region Exempel\nKultur\n\nKulturmedel till tre projekt\n\nKulturnämnden har fördelat 600 000 kronor.\n\n"
            "Åby teater: 300 000 kronor till föreställningen Skogens röst, som turnerar i skolor.\n"
            "Öby konsthall: 200 000 kronor till Tryck i byn, en serie workshoppar.\n"
            "Åby kommun: 100 000 kronor till projektet Museet i skolan.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Skogens röst", "Tryck i byn", "Museet i skolan"}
    assert projects["Tryck i byn"]["owner"] == "Öby konsthall"
    news = ("Åby Tidning\nNyheter\n\nÅby kommun ska testa kortare arbetsdagar för unga\n\nÅby kommun har fått 2 miljoner "
            "kronor från Europeiska socialfonden+ för projektet Steg för steg. Målet är att 40 unga ska få jobb.\n")
    [project] = _projects(news, nlp)
    assert project["goals"] == ["Målet är att 40 unga ska få jobb."]  # the headline tells the news


def test_a_letterheads_name_beside_its_kind_a_meetings_total_and_an_applicant_seeking_co_funding(nlp):
    text = ("Region Exempel: Beslutslista 2033-11-20\n\nBeviljade projektmedel\n\nRegionala utvecklingsnämnden beviljade "
            "följande projekt regionala projektmedel.\n\nDnr\tSökande\tProjekt\tBeviljat\n"
            "2033-01\tÅby kommun\tNy hamn\t400 000 kr\n2033-02\tÖby kommun\tNy skola\t300 000 kr\n\n"
            "Totalt beviljades 700 000 kronor.\n")
    for project in _projects(text, nlp):
        assert project["funders"] == ["Region Exempel"]  # the site's body decided
        assert len(project["funding"]) == 1  # (the meeting's total is no entry's)
    [applied] = _projects("Åby företagarförening söker medfinansiering till projektet Kustens turism, som ska utveckla "
                          "turismen längs kusten 2033–2035. Projektet har beviljats 1 miljon kronor från Leader Exempel.", nlp)
    assert applied["owner"] == "Åby företagarförening"
    assert (applied["start_date"], applied["end_date"]) == ("2033", "2035")


def test_an_authoritys_english_name_holding_and_is_one_partner(nlp):
    [project] = _projects("Åby University has been awarded SEK 2 million for a project named SafeWay. It is carried out "
                          "together with Öby Cars AB and the Swedish National Road and Transport Research Institute.", nlp)
    assert set(project["partners"]) == {"Öby Cars AB", "Swedish National Road and Transport Research Institute"}


def test_a_finished_projects_page_told_in_the_past_names_who_ran_it(nlp):
    text = ("Avslutade projekt\n\nLaddplats i byn\n\nProjektet är avslutat.\n\nÅby handelskammare drev projektet Laddplats "
            "i byn mellan 2029 och 2031 med stöd från Region Exempel.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby handelskammare"


def test_recipients_told_two_to_a_sentence_in_relative_clauses(nlp):
    text = ("Kulturrådet\nNyheter\n\nBidrag till läsning\n\nKulturrådet har fördelat 2 miljoner kronor. Bland mottagarna "
            "finns Åby museum, som får 200 000 kronor för projektet Läsvägen, och Öbyhuset, som beviljas 150 000 kronor "
            "för Läs mera.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Läsvägen", "Läs mera"}
    assert projects["Läsvägen"]["owner"] == "Åby museum"
    assert projects["Läs mera"]["owner"] == "Öbyhuset"


def test_a_clubs_name_over_its_own_news_is_no_title_and_the_kind_alone_is_no_owner(nlp):
    text = ("IK Exempel\nNyheter\n\nKlubben får stöd för att nå fler tjejer\n\nVi är glada att berätta att IK Exempel har "
            "fått 90 000 kronor från Riksidrottsförbundet för projektet Tjejer i rörelse.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Tjejer i rörelse"
    assert project["owner"] == "IK Exempel"


def test_a_grant_for_a_named_series_or_festival(nlp):
    text = ("Stiftelsen Exempel\nAktuellt\n\nVårens bidrag\n\nStiftelsen har beslutat om vårens bidrag. Några exempel:\n\n"
            "Åby konstförening beviljas 120 000 kronor till utställningsserien Ljus och skugga.\n"
            "Öby SK får 400 000 kronor för Fotboll för alla, där barn tränar gratis.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus och skugga", "Fotboll för alla"}


def test_a_foundations_list_of_owner_dash_name_with_the_sum_in_brackets(nlp):
    text = ("Stiftelsen Exempel\nNyheter\n\nTre nya projekt\n\nStiftelsen Exempel har beslutat att stödja tre nya projekt:\n\n"
            "Åby naturskyddsförening – Blå skolgårdar (300 000 kr)\nFriluftsgänget – Ut i skogen, alla! (200 000 kr)\n"
            "Öby jägareförbund – Vilt i stan (150 000 kr)\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Blå skolgårdar", "Ut i skogen, alla!", "Vilt i stan"}
    assert projects["Ut i skogen, alla!"]["owner"] == "Friluftsgänget"
    assert projects["Vilt i stan"]["funders"] == ["Stiftelsen Exempel"]


def test_an_associations_own_post_in_the_first_person(nlp):
    text = ("Åby hembygdsförening\nNyheter\n\nPengar till nytt tak!\n\nLänsstyrelsen Exempel har beviljat oss 100 000 kronor "
            "i bidrag till byggnadsvård. Vi står själva för resten, ungefär 30 000 kronor.\n\nArbetet kallar vi Nya taket "
            "och det ska vara klart 2034.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Nya taket"
    assert project["owner"] == "Åby hembygdsförening"
    assert set(project["funders"]) == {"Länsstyrelsen Exempel", "Åby hembygdsförening"}


def test_a_village_associations_news_and_a_foundations_grants_to_departments(nlp):
    news = ("Byalaget Exempelby\nSenaste nytt\n\nNy brygga\n\nVi har fått klartecken från Leader Exempel! Vi får 200 000 "
            "kronor till en ny brygga. Projektet har fått namnet Bryggan och pågår till och med augusti 2034.\n")
    [project] = _projects(news, nlp)
    assert project["owner"] == "Byalaget Exempelby"
    grants = ("Stiftelsen Exempel\nBeviljade anslag\n\nStiftelsen har beviljat anslag till följande projekt:\n\n"
              "Åby universitet, Institutionen för fysik: \"Solceller av trä\", 1 000 000 kr\n"
              "Öby högskola: \"Papper som leder\", 800 000 kr\n")
    projects = {p["name"]: p for p in _projects(grants, nlp)}
    assert projects["Solceller av trä"]["owner"] == "Åby universitet"


def test_a_national_associations_branch_starting_a_project_on_a_grant(nlp):
    text = ("Studiefrämjandet Exempelstad\nAktuellt\n\nVi startar Kajak för alla\n\nTack vare ett bidrag på 50 000 kronor från "
            "Region Exempel kan vi nästa år starta Kajak för alla. Kurserna hålls på sjön Exempeln.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Kajak för alla"
    assert project["owner"] == "Studiefrämjandet Exempelstad"
    assert project["funding"] == [{"amount": 50000, "currency": "SEK"}]


def test_a_sports_clubs_annual_report_tells_of_its_project_in_the_first_person(nlp):
    text = ("Öby IF\n\nVerksamhetsberättelse 2031\n\nProjekt: Simskola för alla\n\nUnder året startade vi projektet Simskola "
            "för alla. Projektet har fått 40 000 kronor från Exempelstiftelsen.\n\nKassör: Anna Ek\n\nOrg.nr 802000-0017\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Öby IF"
    assert project["start_date"] == "2031"
    assert project["owner_orgnr"] == "8020000017"


def test_a_member_letter_of_a_grant_for_a_named_build_out(nlp):
    text = ("Medlemsbrev, mars 2032\n\nHej!\n\nNu har vi fått besked: föreningen har beviljats bredbandsstöd från "
            "Post- och telestyrelsen med 1 200 000 kronor för utbyggnaden Fiber till Åby etapp 3. Grävningen börjar i "
            "april 2032 och ska vara klar i oktober 2032.\n\nStyrelsen\nÅby Fiber ekonomisk förening, org.nr 769600-0004\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Fiber till Åby etapp 3"
    assert project["owner"] == "Åby Fiber ekonomisk förening"
    assert (project["start_date"], project["end_date"]) == ("2032-04", "2032-10")


def test_a_sites_list_with_a_pilot_told_only_by_its_period_and_partner(nlp):
    text = ("Studieförbundet Exempel\n\nVåra projekt\n\nStudieförbundet Exempel driver flera projekt med stöd av olika "
            "finansiärer.\n\nLäsa tillsammans\nEtt projekt om läsning. Det finansieras av Region Exempel med 90 000 kronor.\n\n"
            "Dans för seniorer\nEn pilot med dans. Piloten görs ihop med Region Västerbottens hälsoenhet och pågår under 2031.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Dans för seniorer"]["partners"] == ["Region Västerbotten"]
    assert projects["Dans för seniorer"]["start_date"] == "2031"


def test_a_parish_tells_of_its_grant_as_the_parish(nlp):
    text = ("Svenska kyrkan i Lycksele\nAktuellt\n\nKörsång för alla åldrar\n\nFörsamlingen har fått 150 000 kronor från "
            "Exempelfonden för projektet Sjung ihop. Vi samarbetar med Lycksele kommun och med Röda Korset Lycksele.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Svenska kyrkan i Lycksele"
    assert set(project["partners"]) == {"Lycksele kommun", "Röda Korset Lycksele"}


def test_a_districts_list_of_club_dash_project_comma_sum(nlp):
    text = ("Idrottsförbundet Exempel\n\nHöstens stöd\n\nDistriktet har fördelat pengar till tre föreningar:\n\n"
            "- Öby HC – Hockey på lov, 20 000 kr\n- Åby IK – Löpning i skogen, 15 000 kr\n"
            "- Åby gymnastikförening – Volter för vuxna, 10 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Hockey på lov", "Löpning i skogen", "Volter för vuxna"}
    assert projects["Hockey på lov"]["owner"] == "Öby HC"
    assert projects["Löpning i skogen"]["funding"] == [{"amount": 15000, "currency": "SEK"}]


def test_an_application_form_asks_the_municipality_it_is_addressed_to(nlp):
    text = ("Ansökan om kulturbidrag\nLuleå kommun, Kulturnämnden\n\nFöreningens namn: Luleå Bokcirkel\n"
            "Projektets namn: Läsning i parken\nSökt belopp: 12 000 kr\nProjektperiod: 2031-05-01 – 2031-08-31\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Luleå Bokcirkel"
    assert project["funders"] == ["Luleå kommun"]


def test_the_eu_share_among_two_shares_and_partners_among_whom(nlp):
    text = ("Projektet Snöljus drivs av Åby kommun och får 500 000 kronor. Stödet består av 70 procent EU-medel från "
            "Europeiska regionala utvecklingsfonden och 30 procent statliga medel. Bland partnerna finns Umeå universitet "
            "och Luleå tekniska universitet.")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 70
    assert set(project["partners"]) == {"Umeå universitet", "Luleå tekniska universitet"}


def test_an_aim_said_after_who_runs_it(nlp):
    text = ("Förstudien Fjällmat får 200 000 kronor från Region Exempel. Förstudien drivs av Åby kommun och ska "
            "kartlägga vilka råvaror fjällbyarna kan sälja till restauranger.")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Förstudien drivs av Åby kommun och ska kartlägga vilka råvaror fjällbyarna kan sälja "
                                "till restauranger."]


def test_an_end_by_a_holiday_of_a_year(nlp):
    text = ("Projektet Nya bryggan drivs av Åby båtklubb och får 80 000 kronor från Leader Exempel. Arbetet ska vara klart "
            "till midsommar 2033.")
    [project] = _projects(text, nlp)
    assert project["end_date"] == "2033"


def test_a_danish_purpose_and_a_funds_part_of_the_budget(nlp):
    text = ("Havnens hjerte\n\nProjektejer: Esbjerg Kommune\nProjektperiode: 1. marts 2031 – 28. februar 2033\n"
            "Total budget: EUR 2.0 million, of which ERDF co-financing EUR 1.2 million (60%)\n\n"
            "Formålet er at gøre havnen til et sted, hvor borgerne mødes.\n")
    [project] = _projects(text, nlp)
    assert "ERDF" in project["funders"]
    assert project["goals"] == ["Formålet er at gøre havnen til et sted, hvor borgerne mødes."]


def test_a_plans_list_of_projects_with_payer_and_years_in_brackets(nlp):
    text = ("Verksamhetsplan 2032 | Åre kommun\n\nKommunen driver under 2032 flera projekt med extern finansiering:\n\n"
            "- Fjällskolan (ESF+, 2031–2033) – ska ge fler elever behörighet till gymnasiet.\n"
            "- Säkra leder (Trafikverket, 2032) – belysning längs skolvägarna.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Fjällskolan", "Säkra leder"}
    assert projects["Säkra leder"]["funders"] == ["Trafikverket"]
    assert (projects["Fjällskolan"]["start_date"], projects["Fjällskolan"]["end_date"]) == ("2031", "2033")


def test_partners_said_before_their_verb_and_a_grantors_decision_on_financing(nlp):
    news = ("Projektet Nya spår drivs av Storumans kommun och får 900 000 kronor. Vilhelmina och Dorotea kommuner "
            "deltar också. Fem kommuner i länet följer arbetet.")
    [project] = _projects(news, nlp)
    assert set(project["partners"]) == {"Vilhelmina kommun", "Dorotea kommun"}
    grants = ("Formas har beslutat om finansiering till två projekt. Följande projekt får finansiering: Torv och klimat, "
              "Umeå universitet, 2 miljoner kronor; Myrens vatten, Lunds universitet, 1 miljon kronor.\n")
    projects = _projects(grants, nlp)
    assert len(projects) == 2 and all(p["funders"] == ["Formas"] for p in projects)


def test_a_sum_each_of_those_listed_gets_and_sentences_about_each(nlp):
    text = ("Leader Exempel\n\nTre nya projekt\n\nTre föreningar får vardera 50 000 kronor från Leader Exempel: Åby IF för "
            "projektet Boll i byn, Öby hembygdsförening för projektet Gamla vägar och Exempelby byalag för projektet "
            "Nya bänkar.\n\nBoll i byn ska locka fler barn till idrott. Gamla vägar ska märka ut tre leder.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Boll i byn", "Gamla vägar", "Nya bänkar"}
    assert projects["Gamla vägar"]["owner"] == "Öby hembygdsförening"
    assert all(p["funding"] == [{"amount": 50000, "currency": "SEK"}] for p in projects.values())
    assert projects["Boll i byn"]["goals"] == ["Boll i byn ska locka fler barn till idrott."]


def test_a_councils_grants_from_a_places_culture_money_and_a_lag_minutes_boxes(nlp):
    grants = ("Kulturrådet i Exempel\nBeviljade bidrag\n\nSökande\tProjekt\tBeviljat belopp\nÅby teater\tScen i byn\t50 000 kr\n"
              "Öby kör\tSjung ut\t30 000 kr\n\nBidragen har beviljats ur Jämtlands regionala kulturmedel.\n")
    projects = _projects(grants, nlp)
    assert len(projects) == 2 and all(p["funders"] == ["Kulturrådet i Exempel"] for p in projects)
    minutes = ("Leader Exempel\nProtokoll LAG-möte\n\n§ 3 Ärende 2031-041\nSökande: Åby IF\nProjekt: Nya mål\n"
               "Sökt belopp: 40 000 kr\nLAG beslutar att prioritera ansökan.\n\n§ 4 Ärende 2031-044\nSökande: Öby SK\n"
               "Projekt: Isbanan\nSökt belopp: 20 000 kr\nLAG beslutar att prioritera ansökan.\n")
    cases = {p["name"]: p["case_number"] for p in _projects(minutes, nlp)}
    assert cases == {"Nya mål": "2031-041", "Isbanan": "2031-044"}


def test_a_budget_sentence_under_its_heading_names_no_payer_by_its_subject(nlp):
    text = ("Kajen\n\nProjektägare: Åby kommun\nProjektperiod: 2031–2032\n\nBudget\n\nProjektets budget är 1,2 miljoner "
            "euro, varav 60 procent finansieras av Interreg Exempel.\n")
    [project] = _projects(text, nlp)
    assert "Projektets budget är" not in project["funders"]


def test_a_newsletters_items_decided_by_a_leader_area_and_a_grant_for_a_season(nlp):
    text = ("Leadernytt Exempelbygden\n\nNya projekt\n\nKonst i ladan\nÅby konstförening får 60 000 kronor för tre "
            "utställningar under våren 2032.\n\nLeden runt sjön\nÖby byalag får 80 000 kronor för att märka ut en led. "
            "Projektet pågår under 2032.\n\nStöden finansieras av Europeiska jordbruksfonden för landsbygdsutveckling "
            "och beslutas av LAG i Leader Exempelbygden.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Konst i ladan"]["start_date"], projects["Konst i ladan"]["end_date"]) == ("2032", "2032")
    assert all("Leader Exempelbygden" in p["funders"] for p in projects.values())


def test_an_application_form_asks_the_leader_area_its_title_names(nlp):
    text = ("Ansökan om stöd – Leader Exempelbygden\n\nSökande organisation: Åby byalag\nProjektets namn: Byn året runt\n"
            "Projektperiod: 2032-01-01 – 2032-12-31\nSökt stöd: 150 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempelbygden"]
    assert project["funding"] == [{"amount": 150000, "currency": "SEK"}]


def test_shares_of_a_fund_and_of_the_sites_own_association(nlp):
    text = ("Steget | Samordningsförbundet Exempel\n\nSteget\n\nSamordningsförbundet Exempel startar projektet Steget. "
            "Projektet finansieras till 70 procent av Europeiska socialfonden plus och till 30 procent av förbundet. "
            "Budgeten är 2 miljoner kronor.\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 70
    assert set(project["funders"]) == {"Europeiska socialfonden plus", "Samordningsförbundet Exempel"}


def test_an_annual_report_of_a_national_associations_branch_with_an_earlier_study(nlp):
    text = ("Årsberättelse 2032\nHela Sverige ska leva Västerbottens län\n\nProjekt\n\nFöreningen driver projektet Byar "
            "i rörelse, som får 900 000 kronor från Europeiska socialfonden plus och pågår 2032–2033.\n\nVi har också "
            "avslutat förstudien Byarnas behov, som genomfördes 2030–2031 med stöd från Tillväxtverket.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Hela Sverige ska leva Västerbottens län"
    assert project["funders"] == ["Europeiska socialfonden plus"]


def test_a_table_row_whose_decision_says_no_and_a_body_that_carries_out_anothers_project(nlp):
    table = ("Sökande | Projekt | Sökt (kr) | Beviljat\nÅby kommun | Torget | 300 000 | Ja, 250 000 kr\n"
             "Öby IF | Nya planen | 500 000 | Nej\nExempelby byalag | Ljus i byn | 80 000 | Ja, 80 000 kr\n")
    assert {p["name"] for p in _projects(table, nlp)} == {"Torget", "Ljus i byn"}
    plan = ("Projektet Läs mera ägs av Region Exempel och genomförs av Åby bibliotek i samarbete med skolorna. Det får "
            "300 000 kronor från Statens kulturråd.")
    [project] = _projects(plan, nlp)
    assert project["partners"] == ["Åby bibliotek"]


def test_a_leader_areas_own_decision_letter_grants_beside_the_fund(nlp):
    text = ("Leader Exempelbygden\nJournalnummer 2032-0101\n\nBeslut om stöd\n\nStödmottagare: Åby byalag\n"
            "Projekt: Ljus i byn\nStödbelopp: högst 90 000 kr\n\nStödet finansieras av Europeiska jordbruksfonden för "
            "landsbygdsutveckling.\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Leader Exempelbygden", "Europeiska jordbruksfonden för landsbygdsutveckling"}


def test_a_minutes_item_head_grants_to_an_owner_then_names_the_project_after_a_comma(nlp):
    text = ("Protokoll\nKulturnämnden\n\n§ 12 Bidrag till Åby hembygdsförening, projektet Gamla skolan\nDnr KN 2032/011\n"
            "Beslut: Nämnden beviljar 20 000 kronor.\n\n§ 13 Ansökan från Öby IF\nDnr KN 2032/014\n"
            "Beslut: Nämnden avslår ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Gamla skolan", "Åby hembygdsförening")


def test_a_fact_box_above_a_share_bar_of_links_is_content_not_menu(nlp):
    text = ("Projektbank\n\nÅby kommun > Utveckling > Projekt\n\nLjus i byn\n\nProjektägare: Åby byalag\n"
            "Projekttid: 2032-01-01 till 2032-12-31\nFinansiering: Regionalfonden 400 000 kr, egen insats 100 000 kr\n"
            "Mer info: Eva Exempel, eva@exempel.se\n\nProjektet ska tända gatubelysning i byn.\n\n"
            "Dela sidan: Facebook | LinkedIn | E-post\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Ljus i byn"
    assert set(project["funders"]) == {"Regionalfonden", "Åby byalag"}  # its own part: the owner pays
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]


def test_a_headline_with_a_subtitle_over_an_inverted_clause_that_names_the_project(nlp):
    text = ("Trygga hem – nytt stöd för äldre i glesbygd\n\nVem larmar när ingen är nära? Det ska det nya "
            "Interreg-projektet Trygga hem ta reda på. Projektet leds av Åby kommun och pågår 2032–2034.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Trygga hem"


def test_partners_sitting_in_the_studys_steering_group_and_a_norwegian_partner_last_in_a_list(nlp):
    text = ("Förstudien Nya bönder leds av Exempelby hushållningssällskap och får 300 000 kronor från Leader Exempelbygd "
            "under 2032. Åby kommun och Länsstyrelsen i Exempellän sitter i förstudiens styrgrupp.\n")
    [project] = _projects(text, nlp)
    assert set(project["partners"]) == {"Åby kommun", "Länsstyrelsen i Exempellän"}
    text = ("Projektet Gröna gränser leds av Åby kommun och pågår 2032–2033. Partner är Halden kommune, Öby kommun och "
            "Østfold fylkeskommune.\n")
    [project] = _projects(text, nlp)
    assert "Østfold fylkeskommune" in project["partners"]


def test_a_heading_whose_fuel_noun_ends_like_a_passive_is_still_a_name(nlp):
    html = ("<h1>Beviljade medel</h1><h3>El och biogas – förstudie</h3><p>Sökande: Åby kommun<br>"
            "Beviljat belopp: 400 000 kronor</p><h3>Ljus i byn</h3><p>Sökande: Öby byalag<br>"
            "Beviljat belopp: 90 000 kronor</p>")
    names = {p["name"] for p in _projects(html, nlp, suffix=".html")}
    assert names == {"El och biogas – förstudie", "Ljus i byn"}


def test_an_annual_reports_numbered_project_sections_belong_to_the_association_that_ran_them(nlp):
    text = ("Verksamhetsberättelse 2032\nSamordningsförbundet Exempeldalen\n\n3. Projekt\n\nFörbundet drev under året "
            "två projekt.\n\nProjekt: Nya vägar\nNya vägar riktar sig till unga. Projektet finansieras av Europeiska "
            "socialfonden plus med 2 000 000 kronor och pågår 2032–2034.\n\nProjekt: Friskare\nFriskare drivs "
            "tillsammans med Region Exempel. Förbundet finansierar det med 400 000 kronor under 2032.\n\n4. Ekonomi\n"
            "Intäkterna uppgick till 9 miljoner kronor.\n")
    projects = _projects(text, nlp)
    assert {p["name"]: p["owner"] for p in projects} == {"Nya vägar": "Samordningsförbundet Exempeldalen",
                                                        "Friskare": "Samordningsförbundet Exempeldalen"}


def test_a_programme_area_that_names_a_fund_makes_it_a_funder_one_that_names_a_programme_does_not(nlp):
    box = ("Projektnamn: Ljus i byn\nProjektägare: Åby kommun\nProjektperiod: 2032-01-01 till 2033-12-31\n"
           "Programområde: {}\nVarav EU-medel: 400 000 kr\n")
    [project] = _projects(box.format("Europeiska regionala utvecklingsfonden, insatsområde 1"), nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    [project] = _projects(box.format("Regionalfondsprogram för Exempelland"), nlp)
    assert project["funders"] == []


def test_a_forms_numbered_project_leader_part_names_the_contact_by_its_name_field(nlp):
    text = ("Ansökan om projektmedel\n\n1. Sökande\nOrganisation: Åby byalag\n\n2. Projektets namn\nLjus i byn\n\n"
            "3. Projektledare\nNamn: Eva Exempel\nE-post: eva@exempel.se\n\n4. Tidsplan\n"
            "Projektet pågår från 1 mars 2032 till 28 februari 2033.\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == [{"name": "Eva Exempel", "email": "eva@exempel.se"}]


def test_a_cost_budgets_lines_are_no_payers_and_its_sum_is_the_budget(nlp):
    text = ("Beslut om stöd ur Europeiska regionala utvecklingsfonden\n\nStödmottagare: Åby kommun\nProjektnamn: Ljus i byn\n"
            "Projektperiod: 2032-01-01 – 2033-12-31\n\nBeslut\nVerket beviljar stöd med högst 900 000 kronor ur Europeiska "
            "regionala utvecklingsfonden. Stödet utgör högst 45 procent av de faktiska stödberättigande utgifterna.\n\n"
            "Budget\nKostnadsslag: Belopp, kr\nLöner: 1 200 000\nResor och logi: 300 000\nÖvriga kostnader: 500 000\n"
            "Summa: 2 000 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert sorted(f["amount"] for f in project["funding"]) == [900000, 2000000]
    assert project["eu_cofinancing_rate"] == 45


def test_an_associations_district_after_a_comma_is_part_of_the_owners_name(nlp):
    text = ("Ljus i byn\n\nProjektägare: Exempelförbundet, distrikt Åbygden\nProjekttid: 2032-01-01 – 2032-12-31\n"
            "Beviljat stöd: 200 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Exempelförbundet, distrikt Åbygden"


def test_a_latest_news_list_under_the_article_is_chrome_and_the_bold_lead_names_the_partners(nlp):
    html = ("<main><h1>Ljus i byarna</h1><p><strong>Kommunen har tillsammans med Dorotea och Åsele kommuner startat ett "
            "projekt om gatubelysning.</strong></p><p>Ljus i byarna ägs av Åby kommun och får 500 000 kronor från "
            "Regionalfonden. Projektet pågår 2032–2033.</p></main><section><h2>Senaste nyheter</h2><ul>"
            "<li><a href='/a'>Kommunen får 2 miljoner till nya cykelvägar</a> 3 maj 2032</li>"
            "<li><a href='/b'>Ny skola invigd</a> 1 maj 2032</li></ul></section>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["name"] == "Ljus i byarna"
    assert set(project["partners"]) == {"Dorotea kommun", "Åsele kommun"}


def test_a_person_named_in_the_facts_and_again_under_contact_gets_the_address_given_there(nlp):
    text = ("Ljus i byn\n\nProjektledare: Eva Exempel\nProjektägare: Åby kommun\nProjekttid: 2032\n\nOm projektet\n"
            "Projektet ska tända lamporna.\n\nKontakt\nEva Exempel, eva@exempel.se\n")
    [project] = _projects(text, nlp)
    assert project["contacts"] == [{"name": "Eva Exempel", "email": "eva@exempel.se"}]


def test_a_bilingual_leader_areas_name_stays_whole_as_publisher_and_funder(nlp):
    text = ("Leader Pohjanmaa – Österbotten\n\nBeviljade projekt\n\nStyrelsen har förordat följande projekt.\n\n"
            "Byastigar\nStödmottagare: Åby hembygdsförening rf\nOffentligt stöd: 40 000 euro\nTid: 1.1.2032–31.12.2032\n\n"
            "Matrundor\nStödmottagare: Öby turism ab\nOffentligt stöd: 30 000 euro\nTid: 1.3.2032–28.2.2033\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Leader Pohjanmaa – Österbotten"]] * 2


def test_a_committees_minute_pays_for_its_meeting_places_municipality_and_a_scheduled_work_is_no_aim(nlp):
    text = ("Protokoll\nSamhällsbyggnadsnämnden\nPlats och tid: Kommunhuset, Hudiksvall, kl. 13.00\n\n"
            "§ 12 Bidrag till Åby ridklubb för projektet Ny entré\nDnr SBN 2032/011\nÅby ridklubb vill bygga en ny "
            "entré. Arbetet ska göras under hösten 2032.\nBeslut: Nämnden beviljar Åby ridklubb 90 000 kronor för "
            "projektet Ny entré.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Hudiksvalls kommun"]
    assert (project["start_date"], project["end_date"]) == ("2032", "2032")
    assert all("Arbetet ska göras" not in g for g in project["goals"])


def test_a_letterhead_run_into_one_line_with_its_document_kind_names_the_paying_municipality(nlp):
    text = ("Åre kommun TJÄNSTESKRIVELSE 2032-02-03 Dnr KS 2032/033\n\nMedfinansiering av projektet Ljus i byn\n\n"
            "Förslag till beslut\nKommunstyrelsen beslutar att medfinansiera projektet Ljus i byn med 200 000 kronor "
            "för perioden 2032–2033.\n\nSammanfattning\nÅby byalag har beviljats 900 000 kronor från Landsbygdsfonden "
            "för projektet Ljus i byn.\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Åre kommun", "Landsbygdsfonden"}


def test_a_name_label_that_runs_on_into_a_sentence_about_the_project(nlp):
    html = ("<main><h1>Storing heat in rock</h1><p>Project: Rock Heat. The project is funded by the Swedish Energy "
            "Agency with SEK 2 million and runs from 2032 to 2033.</p><p>The project is carried out by Example "
            "University together with Example Energy AB.</p></main>")
    [project] = _projects(html, nlp, suffix=".html")
    assert (project["name"], project["owner"]) == ("Rock Heat", "Example University")
    assert project["funders"] == ["Swedish Energy Agency"]
    assert (project["start_date"], project["end_date"]) == ("2032", "2033")


def test_a_fronted_time_is_no_owner_and_a_kind_noun_owner_is_the_one_named_before(nlp):
    text = ("Förra året drev kommunen projektet Gamla linjen, som prövade anropsstyrd trafik.\n\n"
            "Nu tar Åby byalag över med ett nytt projekt, Byabussen. Byalaget har fått 300 000 kronor från Leader "
            "Exempelbygd. Projektet pågår 2032–2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Byabussen", "Åby byalag")


def test_beneficiaries_beside_a_lead_beneficiary_are_partners_and_a_budget_line_names_no_payer(nlp):
    text = ("Interreg Exempel\n\nNordljus\n\nHuvudstödmottagare: Åby universitet\nStödmottagare: Öby högskola, "
            "Exempelby kommun\nProjekttid: 2032–2034\nBudget: EU-finansiering: 900 000 EUR\nTotal budget: 1 500 000 EUR\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby universitet"
    assert set(project["partners"]) == {"Öby högskola", "Exempelby kommun"}
    assert "EU-finansiering" not in project["funders"]


def test_a_project_bank_page_titled_by_the_site_and_section_with_a_call_field_among_its_facts(nlp):
    text = ("Tillväxtverket – Projektbanken\n\nLjus i byarna\n\nProjektägare: Åby kommun\n"
            "Utlysning: Insatser för landsbygden\nProjektperiod: 2032-01-01 till 2033-12-31\n"
            "Beviljat stöd: 900 000 kr\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Ljus i byarna", "Åby kommun")


def test_a_call_for_proposals_names_last_years_grants_only_as_examples(nlp):
    text = ("Region Exempel\n\nUtlysning: Kulturprojekt 2033\n\nNu kan du söka stöd för kulturprojekt under 2033.\n\n"
            "Exempel på projekt som fått stöd\nFörra året fick Åby hembygdsförening 100 000 kronor för projektet "
            "Gamla vägar, och Öby kommun fick 200 000 kronor för Sång i skolan.\n\nSista ansökningsdag är den 1 oktober.\n")
    assert _projects(text, nlp) == []


def test_a_lag_minutes_numbered_entries_with_their_verdict_after_a_dash(nlp):
    text = ("Protokoll LAG-möte, Leader Exempelbygd\n\n§ 5 Prioritering av ansökningar\n\n"
            "1) Ljus i byn, Åby byalag, 120 000 kr – prioriteras\n2) Ny brygga, Öby båtklubb, 80 000 kr – avslås\n"
            "3) Vägen in, Exempelby kommun, 200 000 kr – prioriteras\n")
    projects = _projects(text, nlp)
    assert {p["name"]: p["owner"] for p in projects} == {"Ljus i byn": "Åby byalag", "Vägen in": "Exempelby kommun"}


def test_a_grant_to_go_on_with_the_work_until_a_month_ends_the_project_then(nlp):
    text = ("Projektet «Läsande öar» förlängs. Åby kommun har beviljats 1 miljon kronor från Skolverket för att "
            "fortsätta arbetet till och med juni 2035.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["end_date"]) == ("Läsande öar", "2035-06")


def test_an_entry_granted_for_one_year_closing_its_sentence_starts_and_ends_then(nlp):
    text = ("Tre projekt delar på 1 miljon\n\nProjektet Ljus i byn, som drivs av Åby kommun, får 400 tkr. Projektet "
            "pågår 2032–2033.\n\nFörstudien Nya spår, som drivs av Öby kommun, får 300 tkr under 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Nya spår"]["start_date"], projects["Nya spår"]["end_date"]) == ("2032", "2032")


def test_a_danish_fact_box_states_its_aim_with_vil(nlp):
    text = ("Blå byer\n\nProjektejer: Aalborg Universitet\nProjektperiode: 2032–2034\nSamlet budget: 2 mio. euro\n\n"
            "Projektet vil udvikle nye måder at rense havnevand på.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Projektet vil udvikle nye måder at rense havnevand på."]


def test_a_press_release_from_a_region_dated_on_its_first_line_pays_for_its_committees_grants(nlp):
    text = ("Pressmeddelande från Region Exempel, 5 maj 2032\n\nKulturnämnden har fördelat årets projektbidrag.\n\n"
            "Sökande\tProjekt\tBelopp\nÅby teater\tBerättelser från bruket\t450 000 kr\n"
            "Öby spelmanslag\tFolkmusik för förskolan\t300 000 kr\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Region Exempel"]] * 2


def test_a_cofinancing_decision_letter_to_an_association_whose_box_runs_into_its_att_line(nlp):
    text = ("Region Exempel: Beslut\nExempelstad 2032-02-14\nDnr RE 2032-0077\nÅby hembygdsförening\n"
            "Att: Eva Exempel Box 12 123 45 Åby\n\nBeslut om medfinansiering av projektet Gamla bruket\n\n"
            "Region Exempel beslutar att medfinansiera projektet Gamla bruket med sammanlagt 220 000 kronor.\n"
            "Projektet pågår 2032–2033.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Åby hembygdsförening", ["Region Exempel"])


def test_an_application_form_asks_its_leader_area_for_the_sum_whose_unit_its_label_gives(nlp):
    text = ("Ansökan om projektstöd\n\nSökandens namn: Åby byalag\nProjektets namn: Ljus i byn\n"
            "Leaderområde: Leader Exempelbygd\nSökt stöd, kronor: 120 000\nTotal budget, kronor: 150 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Leader Exempelbygd"]
    assert sorted(f["amount"] for f in project["funding"]) == [120000, 150000]


def test_a_report_names_those_who_sat_in_the_steering_group_a_national_associations_branch_among_them(nlp):
    text = ("Slutrapport\n\nProjektet Ljus i byn har drivits av Åby kommun 2030–2031.\n\nSamverkan\nÖby kommun och "
            "Företagarna Öland har deltagit i projektets styrgrupp.\n")
    [project] = _projects(text, nlp)
    assert set(project["partners"]) == {"Öby kommun", "Företagarna Öland"}


def test_goals_under_a_heading_that_counts_them(nlp):
    html = ("<h1>Klara sjöar</h1><dl><dt>Projektägare:</dt><dd>Åby kommun</dd><dt>Projektperiod:</dt>"
            "<dd>2032-01-01 – 2033-12-31</dd><dt>Diarienummer:</dt><dd>–</dd></dl><h2>Två mål för projektet</h2>"
            "<ol><li>Utsläppen ska halveras.</li><li>Alla avlopp ska ha inventerats.</li></ol>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["goals"] == ["Utsläppen ska halveras.", "Alla avlopp ska ha inventerats."]


def test_an_association_that_pays_the_rest_itself_names_its_own_part(nlp):
    text = ("Vi har fått pengar!\n\nVi i Åby byalag har fått 60 000 kronor från Leader Exempelbygd till vårt projekt "
            "Ny brygga. Resten betalar vi själva med ideellt arbete och 10 000 kronor ur föreningskassan.\n")
    [project] = _projects(text, nlp)
    assert set(project["funders"]) == {"Leader Exempelbygd", "Åby byalag"}
    assert sorted(f["amount"] for f in project["funding"]) == [10000, 60000]


def test_the_principal_named_after_the_project_and_a_bulleted_grant_whose_sum_is_said_in_words(nlp):
    text = ("Huvudman för projektet Rena bäckar är Åby naturskyddsförening. Projektet får 300 000 kronor från "
            "Naturvårdsverket under 2032.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby naturskyddsförening"
    text = ("Beslut i korthet\n\n• 450 000 kronor till Åby kommun för projektet Hamnen lever (2032–2033).\n"
            "• En halv miljon kronor till Öby kommun för förstudien Öby på cykel (2032).\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert [f["amount"] for f in projects["Öby på cykel"]["funding"]] == [500000]


def test_grants_as_a_list_of_names_each_over_its_row_of_owner_sum_and_years(nlp):
    html = ("<h1>Beviljade bidrag 2032</h1><p>Fritidsnämnden i Åby kommun beviljade följande bidrag.</p><dl>"
            "<dt>Padel för alla</dt><dd>Åby GIF · 60 000 kr · 2032</dd>"
            "<dt>Skridsko på sjön</dt><dd>Öby konståkningsklubb · 45 000 kr · 2032–2033</dd></dl>")
    projects = {p["name"]: p for p in _projects(html, nlp, suffix=".html")}
    assert projects["Skridsko på sjön"]["owner"] == "Öby konståkningsklubb"
    assert ([f["amount"] for f in projects["Skridsko på sjön"]["funding"]], projects["Skridsko på sjön"]["end_date"]) \
        == ([45000], "2033")


def test_an_initiator_named_after_the_project_and_a_branch_that_helps_arrange_it(nlp):
    text = ("Initiativtagare till projektet Matlaget är Åby församling. Med stöd av Postkodstiftelsen, 300 000 kronor, "
            "startar nu matlagningskvällar under 2032. Svenska kyrkan i Sundsvall och ABF Exempel är med och "
            "arrangerar träffarna.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby församling"
    assert "Svenska kyrkan i Sundsvall" in project["partners"]


def test_a_quote_said_by_a_title_is_no_entry_and_the_article_goes_on_after_it(nlp):
    text = ("Åby satsar på sommarjobb\n\nÅby kommun startar i höst projektet Sommarjobb för alla. Kommunen har "
            "beviljats 1 miljon kronor från Allmänna arvsfonden.\n\n– Många unga får aldrig pröva ett jobb, säger "
            "projektledaren Eva Exempel.\n\nProjektet pågår 2032–2034 och genomförs tillsammans med Åby "
            "företagarförening.\n\nMålet är att 50 ungdomar ska ha haft sommarjobb när projektet avslutas.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2032", "2034")
    assert project["partners"] == ["Åby företagarförening"]


def test_an_entrys_pronoun_subject_runs_it_over_the_years_of_its_sum_and_a_branch_keeps_its_region(nlp):
    text = ("Förbundet finansierar två nya insatser.\n\nInsatsen Steg vidare riktar sig till unga. Den drivs av Åby "
            "kommun och får 2 miljoner kronor under 2032–2033.\n\nInsatsen Jobbspåret drivs av Svenska "
            "Exempelförbundets förening i Jämtland och får 1 miljon kronor. Jobbspåret pågår 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Steg vidare"]["start_date"], projects["Steg vidare"]["end_date"]) == ("2032", "2033")
    assert projects["Jobbspåret"]["owner"] == "Svenska Exempelförbundets förening i Jämtland"


def test_a_name_that_ends_in_its_place_stops_before_the_verb_after_it(nlp):
    text = ("Om projektet\n\nProjektet Smart belysning i Åby byter ut gatubelysningen i byarna mot ledlampor.\n\n"
            "Projektägare: Åby kommun\nFinansiering: Energimyndigheten, 900 000 kronor\nTid: 2032–2033\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Smart belysning i Åby"


def test_entries_written_as_labelled_sentences_after_their_case_and_a_regional_committee_pays_as_its_region(nlp):
    text = ("Protokoll\nRegionala utvecklingsnämnden\n\n§ 12 Projektmedel\n\nRegion Halland har fått tre "
            "ansökningar om medel.\n\nRUN 2032-0101 Sökande: Åby kommun. Projekt: Grönare torg. Beviljat belopp: "
            "400 000 kronor.\n\nRUN 2032-0102 Sökande: Öby folkhögskola. Projekt: Språk på jobbet. Beviljat belopp: "
            "250 000 kronor för perioden 2032-09-01–2033-08-31.\n\nRUN 2032-0103 Sökande: Åby IF. Projekt: Ny "
            "konstgräsplan. Ansökan avslås.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert sorted(projects) == ["Grönare torg", "Språk på jobbet"]
    assert projects["Grönare torg"]["case_number"] == "RUN 2032-0101"
    assert projects["Språk på jobbet"]["owner"] == "Öby folkhögskola"
    assert projects["Språk på jobbet"]["end_date"] == "2033-08-31"
    assert projects["Grönare torg"]["funding"] == [{"amount": 400000, "currency": "SEK"}]
    assert projects["Grönare torg"]["funders"] == ["Region Halland"]


def test_a_letterheads_kind_and_date_before_its_case_number(nlp):
    text = ("Åby kommun\n\nBESLUT 2032-03-01 Dnr 2032-00777\n\nÅby hembygdsförening\nStorgatan 1\n123 45 Åby\n\n"
            "Beslut om stöd\n\nÅby kommun beviljar Åby hembygdsförening 90 000 kronor till projektet Bygdens röster "
            "under perioden 2032-04-01 – 2032-12-31.\n\nHandläggare: Eva Exempel\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "2032-00777"


@pytest.mark.parametrize("said", ["Förbundet har under året arbetat med två projekt.",
                                  "Under året fanns två projekt. Projekten drivs av förbundet."])
def test_an_annual_reports_table_of_projects_the_publisher_runs(nlp, said):
    text = (f"Samordningsförbundet Åbygden\n\nVerksamhetsberättelse 2032\n\n{said}\n\n"
            "Projekt | Finansiär | Period | Budget (tkr)\nSteg framåt | ESF+ | 2031–2033 | 2 100\n"
            "Hälsa på jobbet | Vinnova | 2032 | 600\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert {p["owner"] for p in projects.values()} == {"Samordningsförbundet Åbygden"}
    assert projects["Hälsa på jobbet"]["funding"] == [{"amount": 600000, "currency": "SEK"}]


def test_an_english_question_heading_over_the_goals(nlp):
    text = ("Clean Bay\n\nLead partner: Åby kommun\nDuration: 2032–2034\nTotal budget: EUR 1.5 million\n\n"
            "What will the project achieve?\n\n• Less nitrogen in the bay.\n• A guide for other towns.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Less nitrogen in the bay.", "A guide for other towns."]


def test_labelled_parts_set_off_by_commas_and_a_grant_of_the_sum_applied_for(nlp):
    text = ("Protokoll, Leader Exempeldalen\n\n3. Ansökningar\n\n"
            "3.1 Journalnummer 2032-0501, Sökande: Åby Scoutkår, Projekt: Lägerplats vid sjön, Sökt belopp: 90 000 kr.\n"
            "Beslut: Styrelsen beviljar 70 000 kr.\n\n"
            "3.2 Journalnummer 2032-0502, Sökande: Öby Bygdeförening, Projekt: Byns nya lekplats, Sökt belopp: "
            "120 000 kr.\nBeslut: Styrelsen beviljar sökt belopp.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert sorted(projects) == ["Byns nya lekplats", "Lägerplats vid sjön"]
    assert projects["Lägerplats vid sjön"]["case_number"] == "2032-0501"
    assert projects["Lägerplats vid sjön"]["funding"] == [{"amount": 70000, "currency": "SEK"}]
    assert projects["Byns nya lekplats"]["funding"] == [{"amount": 120000, "currency": "SEK"}]


def test_we_run_the_project_over_its_years(nlp):
    text = ("Åby hembygdsförening\n\nStigar i byn\n\nI projektet Stigar i byn röjer vi gamla stigar.\n\n"
            "Vi driver projektet 2032–2033 tillsammans med Åby kommun.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2032", "2033")


def test_a_place_fronted_before_the_municipality_that_gets_the_sum(nlp):
    text = ("Regionen fördelar pengar till två projekt\n\nI Ljusdal får kommunen 1,1 miljoner kronor för projektet "
            "Torget lever.\n\nHudiksvalls kommun tilldelas 900 000 kronor för projektet Hamnen året runt.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Torget lever"]["owner"] == "Ljusdals kommun"


def test_a_numbered_progress_reports_title_and_a_financing_plan_of_lines_under_its_heading(nlp):
    text = ("Lägesrapport 3 – Byn i nätet\n\nProjektägare: Åby kommun\nProjektperiod: 2032-01-01 – 2033-12-31\n\n"
            "Finansiering\nEuropeiska regionala utvecklingsfonden 500 000 kr\nÅby kommun 300 000 kr\n"
            "Öby kommun 100 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Byn i nätet"
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden", "Åby kommun", "Öby kommun"]
    assert sorted(f["amount"] for f in project["funding"]) == [100000, 300000, 500000]


def test_an_authoritys_database_named_beside_it_on_one_line_pays(nlp):
    text = ("Formas – Projektdatabas\n\nTystare städer\n\nProjektnummer: F2032-0044\nOrganisation: Lunds universitet\n"
            "Beviljat belopp: 1 500 000 kr\nStartdatum: 2032-01-01\nSlutdatum: 2033-12-31\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Formas"]


def test_a_year_in_a_purpose_cells_name_is_no_period(nlp):
    text = ("Beviljade bidrag 2032\n\nFörening | Ändamål | Beviljat (kr)\nÅby IF | Projektet Unga domare 2033 | 40 000\n"
            "Öby SK | Projektet Simskola för alla | 25 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Unga domare 2033"]["start_date"] is None


def test_a_guide_titled_after_its_subject_and_its_example_project(nlp):
    text = ("Bygdestöd – så söker du\n\nLeader Exempelbygd kan ge stöd till projekt som gör byarna levande. Stödet "
            "är högst 70 procent av kostnaderna.\n\nExempel\nProjektet Byns bastu drevs av en byaförening 2029–2030 "
            "och fick 50 000 kronor för att bygga en bastu vid sjön.\n\nSå här går det till\n1. Ring kontoret.\n"
            "2. Skriv ansökan.\n")
    assert _projects(text, nlp) == []


def test_a_study_associations_local_branch_runs_the_projects_on_its_pages(nlp):
    html = ("<html><head><title>Våra projekt | ABF Västernorrland</title></head><body><h1>Våra projekt</h1>"
            "<p>Här är de projekt som vi driver.</p><h2>Sjung ihop</h2><p>Körer för nyanlända.</p>"
            "<p>Projekttid: 2032–2033<br>Finansiär: Allmänna arvsfonden</p></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["owner"] == "ABF Västernorrland"


def test_a_danish_eu_share_in_brackets(nlp):
    text = ("Grøn by\n\nLeadpartner: Åby kommun\nProjektperiode: 2032–2034\nEU-støtte: 1,5 mio. euro (60 %)\n")
    [project] = _projects(text, nlp)
    assert project["eu_cofinancing_rate"] == 60


def test_an_owner_granted_together_with_partners_that_pays_a_share_itself(nlp):
    text = ("Nytt torg i Åby\n\nÅby kommun har tillsammans med Öby IF och Visit Åby fått 2 miljoner kronor från "
            "Tillväxtverket för att bygga ett torg. Kommunen äger projektet, som heter Torget, och står själv för "
            "500 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby kommun"
    assert project["partners"] == ["Öby IF", "Visit Åby"]
    assert project["funders"] == ["Tillväxtverket", "Åby kommun"]


def test_a_contact_line_that_names_its_address_is_no_label_over_the_footer_under_it(nlp):
    html = ("<html><head><title>Torget | Åby kommun</title></head><body><article><h1>Torget</h1><p>Åby kommun har "
            "fått 2 miljoner kronor från Tillväxtverket för projektet Torget.</p><h2>Vill du veta mer?</h2><p>Kontakta "
            "projektledare Eva Ek, eva.ek@aby.example.se</p></article><footer><p>Organisationsnummer: 212000-0126</p>"
            "</footer></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@aby.example.se"}]


def test_a_payers_status_in_brackets_and_a_comma_row_whose_name_has_a_dash(nlp):
    plan = ("Torget\n\nSökande: Åby kommun\nProjektperiod: 2032–2033\n\nFinansiering\nFinansiär | Kronor\n"
            "Region Exempel (sökt) | 600 000\nÅby kommun | 400 000\n")
    [project] = _projects(plan, nlp)
    assert "Region Exempel" in project["funders"]
    listed = ("Leader Exempelbygd\nBeviljade projekt\n\nByskolan – nya tider, Åby byalag, 120 000 kr, 2032\n"
              "Öby i rörelse, Öby IF, 90 000 kr, 2033\n")
    assert {p["name"] for p in _projects(listed, nlp)} == {"Byskolan – nya tider", "Öby i rörelse"}


def test_an_association_named_in_apposition_gets_the_sum_over_the_years_said_and_ready_by_a_holiday(nlp):
    text = ("Nytt från Leader Exempelkust\n\nBryggor i samverkan\n\nFyra båtklubbar går ihop i en ideell förening, "
            "Kustens Bryggor, som får 150 000 kronor för gemensamt underhåll under 2032 och 2033.\n\n"
            "Badplatsen\n\nÅby byalag har fått 60 000 kronor för en ny badplats. Den ska vara klar till midsommar "
            "2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Bryggor i samverkan"]["owner"] == "Kustens Bryggor"
    assert (projects["Bryggor i samverkan"]["start_date"], projects["Bryggor i samverkan"]["end_date"]) == ("2032", "2033")
    assert projects["Badplatsen"]["end_date"] == "2032"


def test_the_largest_entry_named_in_apposition_and_a_county_board_that_decided_on_the_grants(nlp):
    text = ("Två projekt får stöd\n\nLänsstyrelsen Gävleborg har beslutat om stöd till två projekt inom "
            "landsbygdsprogrammet.\n\nDet största, Byn 2.0, får 1,2 miljoner kronor och drivs av Åby kommun.\n\n"
            "Öby IF får 300 000 kronor för projektet Spåren.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Byn 2.0"]["owner"] == "Åby kommun"
    assert projects["Byn 2.0"]["partners"] == []
    assert projects["Spåren"]["funders"] == ["Länsstyrelsen Gävleborg"]


def test_a_decision_letters_eligible_costs_period_and_the_funds_share_said_after_its_name(nlp):
    text = ("Beslut om stöd\n\nLänsstyrelsen beviljar er stöd med högst 200 000 kronor till projektet Byns hus. Stödet "
            "får användas för kostnader mellan 2032-01-01 och 2032-12-31.\n\nStödet finansieras av Europeiska "
            "jordbruksfonden för landsbygdsutveckling (EJFLU) med 43 procent och av svenska staten med 57 procent.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2032-01-01", "2032-12-31")
    assert project["eu_cofinancing_rate"] == 43
    assert project["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "svenska staten"]


def test_a_titled_list_of_granted_projects_on_a_regions_pages_is_its_grants(nlp):
    text = ("Region Halland – Beslutade projekt\n\nBeviljade projekt ur anslag 1:1, maj 2032\n\n"
            "Projektnamn | Stödmottagare | Beviljat (kr)\nTest för alla | Åby kommun | 400 000\n"
            "Nya spår | Öby IF | 250 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Nya spår"]["funders"] == ["Region Halland"]


def test_the_municipality_pays_more_besides_and_a_name_without_its_place_is_the_subject_of_its_aim(nlp):
    text = ("Trygg i Åby\n\nProjektet Trygg i Åby har fått 800 000 kronor från Socialstyrelsen. Det drivs av Åby "
            "kommun. Kommunen bidrar dessutom med 100 tkr per år.\n")
    [project] = _projects(text, nlp)
    assert "Åby kommun" in project["funders"]
    text = ("Steget Gotland\n\nProjektägare: Region Gotland\nProjekttid: 2032–2033\n\nSammanfattning\n"
            "Steget ska ge unga stöd på vägen till jobb.\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Steget ska ge unga stöd på vägen till jobb."]


def test_a_name_between_dra_and_igang_and_municipalities_named_in_the_plural_as_co_funders(nlp):
    text = ("Nytt stöd till företagare\n\nNu drar projektet Vi bygger igång. Bakom satsningen står Coompanion Jämtland, "
            "som har fått 900 000 kronor från Tillväxtverket. Bergs och Härjedalens kommuner är med som "
            "medfinansiärer.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Vi bygger"
    assert project["funders"] == ["Tillväxtverket", "Bergs kommun", "Härjedalens kommun"]


def test_a_project_titled_under_the_sites_name_and_its_projects_heading_that_we_run_since_a_year(nlp):
    text = ("Ljusnans Vattenråd\n\nProjekt\n\nÖringen tillbaka\nSedan 2031 arbetar vi med att öppna bäckar för "
            "öringen. Arbetet finansieras av Länsstyrelsen Gävleborg och pågår till och med 2034.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Öringen tillbaka", "Ljusnans Vattenråd")
    assert (project["start_date"], project["end_date"]) == ("2031", "2034")


def test_an_own_part_in_a_financing_table_and_a_letterheads_kind_date_and_case(nlp):
    text = ("Åby kommun\nTJÄNSTESKRIVELSE 2032-04-11 KS 2032/1204\n\nSlutrapport\n\nProjektnamn: Byns vägar\n"
            "Stödmottagare: Öby vägförening\nProjektperiod: 2031-01-01 – 2031-12-31\n\nEkonomi\n"
            "Finansiär | Budget (kr) | Utfall (kr)\nÅby kommun | 90 000 | 90 000\nEgen insats | 30 000 | 28 000\n"
            "Summa | 120 000 | 118 000\n")
    [project] = _projects(text, nlp)
    assert project["case_number"] == "KS 2032/1204"
    assert project["funders"] == ["Åby kommun", "Öby vägförening"]


def test_grants_to_recipients_with_their_sums_in_brackets_in_one_decision_sentence(nlp):
    text = ("Fritidsnämnden\nProtokoll 2032-03-01\n\n§ 5 Projektbidrag\n\nNämnden beslutar att bevilja bidrag till "
            "Åby IF (40 000 kr) för projektet Simskola, till Öby SK (25 000 kr) för projektet Skidspår och till "
            "Kulturföreningen Ljus (50 000 kr) för projektet Vinterljus.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert sorted(projects) == ["Simskola", "Skidspår", "Vinterljus"]
    assert projects["Skidspår"]["owner"] == "Öby SK"
    assert projects["Vinterljus"]["funding"] == [{"amount": 50000, "currency": "SEK"}]


def test_an_application_addressed_to_an_eu_fund_asks_it_for_the_sum_under_a_numbered_field(nlp):
    text = ("Ansökan om stöd – Europeiska socialfonden plus\n\n1.1 Projektets namn\nSteg för steg Åby\n\n"
            "1.2 Sökande organisation\nÅby kommun\n\n1.3 Projektperiod\n2032-01-01 – 2033-12-31\n\n"
            "1.4 Sökt ESF+-stöd\n1 200 000 kr\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Europeiska socialfonden plus"]
    assert project["funding"] == [{"amount": 1200000, "currency": "SEK"}]


def test_cards_with_a_meta_line_under_each_title_are_one_project_each(nlp):
    html = ("<html><head><title>Beviljat | Leader Exempelbygd</title></head><body><h1>Projekt som fått stöd 2032</h1>"
            "<p>Här är projekten som styrelsen har prioriterat i vår.</p><h3>Byns bastu</h3>"
            "<p class='meta'>Åby Kulturförening · 2032–2033 · 160 000 kr</p>"
            "<p>En bastu vid sjön för alla i byn.</p><h3>Ridled runt sjön</h3>"
            "<p class='meta'>Öby Ridklubb · 2032 · 90 000 kr</p><p>En led för ryttare runt hela sjön.</p>"
            "<h3>Nya bryggan</h3><p class='meta'>Föreningen Bryggan i Åby · 2032–2034 · 45 000 kr</p>"
            "<p>En brygga för gästande båtar.</p></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, suffix=".html")}
    assert projects["Ridled runt sjön"]["owner"] == "Öby Ridklubb"
    assert projects["Byns bastu"]["funding"] == [{"amount": 160000, "currency": "SEK"}]


def test_a_request_for_co_funding_from_the_applicant_and_a_project_prioritised_by_a_leader_area(nlp):
    text = ("§ 12 Medfinansiering\n\nKommunen har fått en förfrågan om medfinansiering från Åby skoterklubb för "
            "projektet Säkra leder. Projektet har prioriterats av Leader Exempelfjällen och ska genomföras 2032.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby skoterklubb"
    assert project["funders"] == ["Leader Exempelfjällen"]


def test_when_a_projects_activities_begin_is_not_its_start(nlp):
    news = ("Nyhet 2032-03-02\n\nStöd till läxhjälp i Åby\n\nÅby Idrottsförening har fått 300 000 kronor från "
            "Allmänna arvsfonden för projektet Läxor i hallen.\n\nKurserna startar i september och hålls varje vecka.\n")
    [project] = _projects(news, nlp)
    assert project.get("start_date") is None
    own = news.replace("Kurserna startar", "Projektet startar")
    assert _projects(own, nlp)[0]["start_date"] == "2032-09"


def test_a_fact_list_of_questions_each_answered_on_its_line(nlp):
    text = ("Föreningsstöd 2032\n\nFritidsnämnden i Åby kommun har fördelat årets projektstöd. Så blev det:\n\n"
            "Vem? Åby Schackklubb\nVad? Schack i skolan – kurser för mellanstadiet under hösten\nHur mycket? 30 000 kronor\n\n"
            "Vem? Öby Hembygdsförening\nVad? Berättarkvällar\nHur mycket? 25 000 kronor\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Schack i skolan", "Berättarkvällar"}
    assert projects["Berättarkvällar"]["owner"] == "Öby Hembygdsförening"
    assert projects["Schack i skolan"]["funding"] == [{"amount": 30000, "currency": "SEK"}]
    form = "Ansökan\n\nProjektets namn: Nya leden\nSökande: Åby IF\nTillstånd\nVad: avtal med markägare längs leden\n"
    assert [p["name"] for p in _projects(form, nlp)] == ["Nya leden"]  # a form's "Vad:" names no project


def test_cards_with_the_owner_and_its_town_under_each_title(nlp):
    html = ("<html><head><title>Beviljat | Exempelfonden</title></head><body><h1>Beviljade projekt 2032</h1>"
            "<p>Projekten finansieras av Europeiska regionala utvecklingsfonden.</p>"
            "<h3>Snabbare frakt</h3><p>Åby universitet · Östersund</p><ul><li>Beviljat EU-stöd: 2 000 000 kr</li>"
            "<li>Projektperiod: 2032-01-01 – 2033-12-31</li></ul>"
            "<h3>Startlyftet</h3><p>Härjedalens kommun · Sveg</p><ul><li>Beviljat EU-stöd: 900 000 kr</li>"
            "<li>Projektperiod: 2032-03-01 – 2034-02-28</li></ul></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, suffix=".html")}
    assert projects["Snabbare frakt"]["owner"] == "Åby universitet"
    assert projects["Startlyftet"]["owner"] == "Härjedalens kommun"


def test_two_organisations_start_a_joint_initiative_and_a_grant_kind_pays_nothing(nlp):
    text = ("Vård på distans i fjällen\n\nRegion Jämtland Härjedalen och Bergs kommun startar i mars 2032 en gemensam "
            "satsning, Vård på distans, som har fått 1,5 miljoner kronor från Vinnova.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Region Jämtland Härjedalen"
    assert project["partners"] == ["Bergs kommun"]
    facts = ("Fakta\n\nProjekt: Ängen vid sjön\nProjektägare: Åby naturskyddsförening\n"
             "Finansiering: Länsstyrelsen i Exempellän, LONA-bidrag 200 000 kr\n")
    assert _projects(facts, nlp)[0]["funders"] == ["Länsstyrelsen i Exempellän"]


def test_a_phone_line_between_a_contacts_name_and_address_keeps_the_contact_open(nlp):
    html = ("<html><head><title>Läxhjälp | Åby kommun</title></head><body><h1>Läxhjälp för alla</h1>"
            "<p>Projektet drivs av Åby kommun och finansieras av Allmänna arvsfonden med 900 000 kronor.</p>"
            "<h2>Kontakt</h2><p>Projektledare Sanna Exempelsson<br>Telefon 0123-456 78<br>"
            "<a href='mailto:sanna.exempelsson@aby.example'>sanna.exempelsson@aby.example</a></p></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["contacts"] == [{"name": "Sanna Exempelsson", "email": "sanna.exempelsson@aby.example"}]


def test_an_eu_fact_sheet_with_its_participants_country_and_role_and_a_funded_under_programme(nlp):
    html = ("<html lang='en'><head><title>Fact sheet</title></head><body><h1>Snow roads for heavy trucks</h1>"
            "<p>Project ID: 101000001</p><p>Funded under: CLUSTER.5.3 - Mobility, Transport and Logistics</p>"
            "<p>EU contribution: € 2 000 000,00</p><p>Coordinated by: EXAMPLE UNIVERSITY OF TECHNOLOGY, Sweden</p>"
            "<h2>Participants</h2><ul><li>EXAMPLE UNIVERSITY OF TECHNOLOGY – Sweden – Coordinator</li>"
            "<li>NORTHERN ROADS OY – Finland – Participant</li><li>FJORD LOGISTICS AS – Norway – Participant</li></ul>"
            "</body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["partners"] == ["NORTHERN ROADS OY", "FJORD LOGISTICS AS"]
    assert project["funders"] == []  # the programme funded under names no payer


def test_a_name_of_people_and_what_they_do_and_a_project_that_is_a_collaboration_with_others(nlp):
    text = ("Stöd till unga som skapar\n\nÅby Företagarförening har fått 400 000 kronor från Tillväxtverket för "
            "projektet Unga som bygger. Projektet är ett samarbete med Åby kommun och Öby kommun.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Unga som bygger"
    assert project["partners"] == ["Åby kommun", "Öby kommun"]
    clause = text.replace("Unga som bygger.", "Unga byggare som startar.")
    assert _projects(clause, nlp)[0]["name"] == "Unga byggare"  # a verb of the project's course is its clause's


def test_a_decision_whose_case_heads_a_table_of_grants_and_whose_footer_names_the_municipality(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(text="DELEGATIONSBESLUT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for line in ("Datum: 2032-03-01", "Dnr: KFN 2032/12"):
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(text="Med stöd av kultur- och fritidsnämndens delegationsordning beviljas följande föreningar projektbidrag:", new_x="LMARGIN",
             new_y="NEXT")
    with pdf.table(col_widths=(60, 60, 30)) as table:
        for cells in (("Förening", "Projekt", "Belopp"), ("Åby Schackklubb", "Schack för alla", "12 000 kr"),
                      ("Öby Konstförening", "Öppen ateljé", "20 000 kr")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.set_y(-20)
    pdf.cell(text="Kungälvs kommun, Kultur och fritid  Sida 1")
    projects = {p["name"]: p for p in _projects(bytes(pdf.output()), nlp, suffix=".pdf")}
    assert set(projects) == {"Schack för alla", "Öppen ateljé"}
    assert projects["Öppen ateljé"]["owner"] == "Öby Konstförening"
    assert projects["Öppen ateljé"]["funders"] == ["Kungälvs kommun"]


def test_an_english_release_of_a_project_in_a_programme_with_partners_among_those_from_other_countries(nlp):
    text = ("Region Exempel leads a new coastal project\n\nRegion Exempel is lead partner in Salt Routes, a new project "
            "in the Interreg Baltic Sea Region programme, with a total budget of EUR 1.2 million.\n\nPartners come "
            "from Finland and Estonia, among them Example University of Applied Sciences and Tallinn University.\n")
    [project] = _projects(text, nlp)
    assert "Interreg Baltic Sea Region" in project["funders"]
    assert project["partners"] == ["Example University of Applied Sciences", "Tallinn University"]


def test_the_work_done_with_others_names_them_as_partners(nlp):
    text = ("Nytt jobbspår i Åby\n\nÅby kommun startar projektet Jobbspåret med 800 000 kronor från Allmänna "
            "arvsfonden.\n\nSamarbetet sker med Åby Företagarförening och Öby Folkhögskola.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Åby Företagarförening", "Öby Folkhögskola"]


def test_a_financing_table_whose_sum_column_names_no_unit_is_in_kronor(nlp):
    html = ("<html><head><title>Ansökan</title></head><body><h1>Ansökan om projektmedel</h1>"
            "<p>Projektnamn: Nya bryggan</p><p>Sökande: Åby Båtklubb</p><h2>Finansiering</h2><table>"
            "<tr><td>Finansiär</td><td>Belopp</td></tr><tr><td>Åby kommun</td><td>150 000</td></tr>"
            "<tr><td>Leader Exempelkust</td><td>300 000</td></tr></table></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["funders"] == ["Åby kommun", "Leader Exempelkust"]
    assert project["funding"] == [{"amount": 150000, "currency": "SEK"}, {"amount": 300000, "currency": "SEK"}]


def test_grants_as_a_name_line_an_owner_and_town_line_and_a_sum_line(nlp):
    text = ("Fonden beviljar nya projekt\n\nExempelfonden har vid sitt senaste sammanträde beviljat stöd till två "
            "projekt.\n\nLäsning på lovet\nÅby Bokcirkel, Åby\n500 000 kronor i två år\nProjektet ska få fler barn att "
            "läsa på sommarlovet.\nSim för alla\nÖby Simsällskap, Öby\n700 000 kronor i tre år\nProjektet ska lära "
            "vuxna att simma.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Läsning på lovet", "Sim för alla"}
    assert projects["Läsning på lovet"]["owner"] == "Åby Bokcirkel"
    assert projects["Sim för alla"]["funding"] == [{"amount": 700000, "currency": "SEK"}]
    assert projects["Sim för alla"]["funders"] == ["Exempelfonden"]


def test_a_sentence_under_a_when_question_says_which_date_starts_the_project(nlp):
    text = ("Butik i byn\n\nÅby Byalag får 400 000 kronor från Leader Exempelbygd för projektet Byns butik.\n\n"
            "När är butiken klar?\nByggstarten är planerad till april 2033 och butiken ska öppna till jul samma år.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2033-04", "2033")


def test_a_minutes_item_with_its_case_in_the_margin_and_the_municipality_in_the_footer(nlp):
    from tests.pipeline.pdf_fixtures import minute_with_margin_column

    projects = [p for p in _projects(minute_with_margin_column(), nlp, suffix=".pdf")]
    assert [(p["name"], p["case_number"], p["owner"], p["funders"]) for p in projects] == [
        ("Nya spåret", "KS 2032/45", "Åby IF", ["Åby kommun"])]


def test_a_grants_table_with_the_owners_number_in_brackets_and_its_one_unlabelled_column(nlp):
    html = ("<html><head><title>Beviljat | Leader Exempel</title></head><body><h1>Beviljade stöd 2032</h1>"
            "<p>Leader Exempel har beviljat stöd till följande investeringar.</p><table>"
            "<tr><th>Stödmottagare</th><th>Investering</th><th>Stöd</th></tr>"
            "<tr><td>Åby IF (802400-0005)</td><td>Ny belysning</td><td>80 000 kr</td></tr>"
            "<tr><td>Öby Byalag</td><td>Lekplats vid skolan</td><td>60 000 kr</td></tr></table></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, suffix=".html")}
    assert set(projects) == {"Ny belysning", "Lekplats vid skolan"}
    assert (projects["Ny belysning"]["owner"], projects["Ny belysning"]["owner_orgnr"]) == ("Åby IF", "8024000005")


def test_a_fact_table_titled_by_its_caption_under_a_page_named_for_a_kind_of_project(nlp):
    html = ("<html><head><title>Naturvårdsprojekt</title></head><body><h1>Naturvårdsprojekt</h1>"
            "<p>Kommunen driver flera projekt för naturen.</p><table><caption>Blommande vägkanter</caption>"
            "<tr><th>Projektägare</th><td>Åby kommun</td></tr><tr><th>Finansiering</th>"
            "<td>Länsstyrelsen i Exempellän, 300 000 kr</td></tr></table></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["name"] == "Blommande vägkanter"


def test_two_projects_in_paragraphs_that_both_start_when_the_intro_says(nlp):
    text = ("Två nya projekt i Exempeldalen\n\nFörbundet har fått stöd från Europeiska regionala utvecklingsfonden "
            "till två projekt. Båda startar i mars 2033.\n\nProjektet Handla lokalt drivs av Åby kommun och ska hjälpa "
            "butiker att sälja på nätet. Budgeten är 2,1 mnkr och projektet pågår till december 2034.\n\n"
            "Projektet Gröna stigar drivs av Öby Turistförening och ska märka ut nya vandringsleder. Budgeten är "
            "1,4 mnkr och projektet pågår till juni 2034.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Handla lokalt"]["start_date"], projects["Handla lokalt"]["end_date"]) == ("2033-03", "2034-12")
    assert projects["Gröna stigar"]["start_date"] == "2033-03"
    assert projects["Gröna stigar"]["goals"] == [
        "Projektet Gröna stigar drivs av Öby Turistförening och ska märka ut nya vandringsleder."]


def test_an_english_project_that_involves_another_university(nlp):
    text = ("Example University awarded SEK 5 million\n\nResearchers at Example University have been awarded SEK 5 "
            "million by Formas for the project Wet Meadows. The project runs for three years and involves the "
            "Example Institute of Technology.\n")
    [project] = _projects(text, nlp)
    assert project["partners"] == ["Example Institute of Technology"]


def test_a_running_headers_document_kind_and_version_are_no_part_of_the_name(nlp):
    text = ("Projektplan Bättre bussar – version 3\n\nProjektplan: Bättre bussar\n\nProjektägare: Åby kommun\n"
            "Finansiär: Trafikverket, 500 000 kr\n\nProjektet startar 2033-01-01 och avslutas 2033-12-31.\n")
    [project] = _projects(text, nlp)
    assert project["name"] == "Bättre bussar"


def test_public_co_funders_named_without_their_sums(nlp):
    text = ("Projektfakta\n\nExempelsteget\nStödmottagare: Åby Jobbcentrum ekonomisk förening\nBeviljad ESF+-finansiering: "
            "2 000 000 kr\nÖvrig offentlig medfinansiering: Åby kommun, Arbetsförmedlingen\nPrivat medfinansiering: "
            "Ideellt nedlagd tid från deltagarna\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["ESF+", "Åby kommun", "Arbetsförmedlingen"]


def test_the_money_goes_to_one_who_shall_run_the_project_in_one_year(nlp):
    text = ("Fler seniorer på nätet\n\nRegion Exempel satsar 400 000 kronor på digital delaktighet. Pengarna går till "
            "Åby Studieförbund, som ska driva projektet Klicka mera under 2033.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby Studieförbund"
    assert (project["start_date"], project["end_date"]) == ("2033", "2033")


def test_the_municipality_builds_on_its_own_page_and_states_the_building_time(nlp):
    html = ("<html><head><title>Ny bro | Åby kommun</title></head><body><h1>Ny gångbro över ån</h1>"
            "<p>Kommunen bygger en gångbro över ån vid väg 123.</p><h2>Fakta</h2><p>Projekt: Gångbron i Åby<br>"
            "Kostnad: 4 miljoner kronor<br>Byggtid: maj 2033 – oktober 2033</p></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["owner"] == "Åby kommun"
    assert (project["start_date"], project["end_date"]) == ("2033-05", "2033-10")


def test_a_letter_to_the_applicant_about_its_project(nlp):
    text = ("Leader Exempelbygd\n\nTill: Åby Bygdeförening c/o Eva Ek\n\nBesked om prioritering\n\nStyrelsen har beslutat "
            "att prioritera er ansökan. Ert projekt Nya badet har prioriterats med 150 000 kronor.\n")
    [project] = _projects(text, nlp)
    assert project["owner"] == "Åby Bygdeförening"
    form = "Ansökan\n\nProjektnamn: Nya badet\nFrån: 2033-01-01\nTill: 2033-12-31\nSökande: Åby IF\n"
    assert _projects(form, nlp)[0]["owner"] == "Åby IF"  # a form's "Till:" is a date, no addressee


def test_a_page_whose_facts_are_lines_marked_by_icons(nlp):
    html = ("<html><head><title>Rörelse | Åby kommun</title></head><body><h1>Rörelse för alla</h1>"
            "<p><span class='icon'></span>2033–2034</p><p><span class='icon'></span>800 000 kr</p>"
            "<p><span class='icon'></span>Åby kommun</p><p>Projektet finansieras av Folkhälsomyndigheten.</p>"
            "</body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby kommun", "2033", "2034")
    assert project["funding"] == [{"amount": 800000, "currency": "SEK"}]


def test_grants_joined_in_one_sentence_each_with_its_sum_after_its_name(nlp):
    text = ("Kulturstöd\n\nKulturnämnden i Åby kommun har fördelat stöd. Stödet går till Åby Teaterförening för "
            "projektet Teater i parken (20 000 kr), till Öby Musikförening för projektet Vårkonserter (15 000 kr) och "
            "till Föreningen Färg för projektet Målade murar (10 000 kr).\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Teater i parken", "Vårkonserter", "Målade murar"}
    assert projects["Vårkonserter"]["owner"] == "Öby Musikförening"
    assert projects["Målade murar"]["funding"] == [{"amount": 10000, "currency": "SEK"}]


def test_a_plant_in_operation_by_a_month_ends_the_project_and_headed_cards_end_in_their_facts(nlp):
    text = ("Regionen stöttar biogas\n\nRegion Exempel bidrar med 500 tkr till projektet Biogas Åby, som drivs av "
            "Åby Energi AB. Anläggningen ska vara i drift i oktober 2034.\n")
    [project] = _projects(text, nlp)
    assert project["end_date"] == "2034-10"
    assert project["funding"] == [{"amount": 500000, "currency": "SEK"}]
    html = ("<html><head><title>Projekt | Åby kommun</title></head><body><h1>Pågående projekt</h1>"
            "<p>Åby kommun driver flera utvecklingsprojekt.</p><h3>Ljusa gångvägar</h3><p>Belysning längs "
            "skolvägarna. Finansiär: Trafikverket. Budget: 900 000 kr. Tid: 2033–2034.</p><h3>Mat från Åby</h3>"
            "<p>Lokala råvaror i skolköken. Finansiär: Region Exempel. Budget: 300 000 kr. Tid: 2033.</p></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, suffix=".html")}
    assert projects["Ljusa gångvägar"]["owner"] == "Åby kommun"
    assert projects["Ljusa gångvägar"]["funders"] == ["Trafikverket"]
    assert (projects["Mat från Åby"]["start_date"], projects["Mat från Åby"]["end_date"]) == ("2033", "2033")


def test_a_cooperation_row_a_byalag_that_builds_and_a_name_before_a_new_clause(nlp):
    html = ("<html><head><title>Fjällbuss | Åby kommun</title></head><body><h2>Fjällbussen</h2><table>"
            "<tr><td><strong>Projektägare</strong></td><td>Åby kommun</td></tr><tr><td><strong>Samverkan</strong></td>"
            "<td>Öby kommun, Fjällresor AB</td></tr><tr><td><strong>Period</strong></td><td>2033–2034</td></tr>"
            "</table></body></html>")
    [project] = _projects(html, nlp, suffix=".html")
    assert project["partners"] == ["Öby kommun", "Fjällresor AB"]
    text = ("Ny lekplats\n\nByalaget i Åby bygger en lekplats med pengar från Exempel kommun, som går in med 200 000 "
            "kronor. Projektet heter Lek i Åby och lekplatsen ska vara klar till sommaren 2033.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Lek i Åby", "Byalaget i Åby")


def test_an_english_list_approved_by_a_programmes_steering_committee_that_starts_in_autumn(nlp):
    text = ("Interreg Aurora – approved projects, steering committee 3 June 2033\n\n"
            "Project\tLead partner\tERDF (EUR)\nSnow Roads\tExample University\t900 000\n"
            "Berry Trails\tNorth Institute\t450 000\n\nThe projects start in autumn 2033.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Snow Roads"]["start_date"] == "2033"
    assert "Interreg Aurora" in projects["Berry Trails"]["funders"]


def test_an_annual_reports_footer_names_the_leader_area_and_others_do_the_work(nlp):
    text = ("Verksamhetsberättelse 2033\n\nBeviljade projekt 2033\n\n• Ny brygga i Åby, Åby Båtklubb, 90 000 kr\n"
            "• Cykelled Öby, Öby kommun, 300 000 kr\n\nLeader Exempelbygd – Verksamhetsberättelse 2033 Sida 1\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Cykelled Öby"]["funders"] == ["Leader Exempelbygd"]
    page = ("Ett steg till\n\nProjektet ägs av Samordningsförbundet Exempel och finansieras med 1 000 000 kronor. "
            "Insatserna görs av Åby kommun och Region Exempel.\n")
    assert _projects(page, nlp)[0]["partners"] == ["Åby kommun", "Region Exempel"]


def test_a_leader_projects_kind_before_its_name_and_a_single_year_in_brackets_and_work_until_a_year(nlp):
    text = ("§ 4 Medfinansiering av Leaderprojektet Byns hus\nDnr 2032/10\n\nÅby Byalag har ansökt om kommunal "
            "medfinansiering till Leaderprojektet Byns hus. Arbetsutskottet beslutar att medfinansiera projektet med "
            "50 000 kronor.\n")
    assert _projects(text, nlp)[0]["name"] == "Byns hus"
    rows = ("Region Exempel – beslut om projektmedel\n\nBeviljade:\n1. Åby kommun – Gröna hamnar – 300 000 kr (2033)\n"
            "2. Öby Företagarförening – Handla i Öby – 150 000 kr (2033–2034)\n")
    projects = {p["name"]: p for p in _projects(rows, nlp)}
    assert (projects["Gröna hamnar"]["start_date"], projects["Gröna hamnar"]["end_date"]) == ("2033", "2033")
    prose_text = ("Bidrag till våtmarker\n\nSkogsstyrelsen har beviljat Åby Skogsägareförening 500 000 kronor för "
                  "projektet Blöta marker. Inom projektet ska 20 hektar våtmark återställas fram till 2035.\n")
    assert _projects(prose_text, nlp)[0]["end_date"] == "2035"


def test_a_regional_council_grants_and_a_quoted_name_whose_subtitle_has_a_verb(nlp):
    text = ("Beviljade ansökningar – Kulturrådet i Västra Götalandsregionen, våren 2033\n\n"
            "Åby Teaterförening tilldelas 50 000 kronor till projektet Scen i skogen.\n"
            "Öby Musikförening beviljas 30 000 kronor till projektet Toner vid sjön.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Scen i skogen"]["funders"] == ["Västra Götalandsregionen"]
    quoted = ("Unga leder i Åby\n\nÅby kommun har fått 900 000 kronor från Allmänna arvsfonden för projektet "
              "”Byn i rörelse – unga tar ansvar”. Ungdomar planerar aktiviteterna själva.\n")
    assert _projects(quoted, nlp)[0]["name"] == "Byn i rörelse – unga tar ansvar"


def test_a_municipality_and_an_association_build_together(nlp):
    text = ("Ny butik i byn\n\nÅby kommun och Åby Bygdeförening bygger tillsammans en butik i det gamla "
            "stationshuset. Projektet heter Stationen i Åby. Budgeten är 2 miljoner kronor, varav 1 miljon från "
            "Jordbruksverket.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby kommun", ["Åby Bygdeförening"])


def test_a_council_allots_a_sum_from_its_development_fund_to_an_associations_project(nlp):
    text = ("Kommunfullmäktige i Åby kommun\nProtokoll 2033-02-01\n\n§ 9 Anslag till projektet Byns smedja\n"
            "Dnr KS 2033/12\n\nKommunfullmäktige beslutar att anslå 200 000 kronor ur kommunstyrelsens utvecklingsfond "
            "till projektet Byns smedja, som drivs av Åby Hembygdsförening.\n")
    [project] = _projects(text, nlp)
    assert project["funding"] == [{"amount": 200000, "currency": "SEK"}]
    assert project["funders"] == ["Åby kommun"]


def test_a_dash_list_whose_owners_are_a_collective_and_an_ensemble(nlp):
    text = ("Projekt som fått stöd från Exempelfonden\n\nFonden har fördelat stöd till tre projekt:\n\n"
            "• Ljus i skogen – Kollektivet Tall, 200 000 kr\n• Sånger från kusten – Ensemblen Havsbris, 150 000 kr\n"
            "• Dans på torget – Föreningen Steg, 90 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Ljus i skogen"]["owner"] == "Kollektivet Tall"
    assert projects["Sånger från kusten"]["owner"] == "Ensemblen Havsbris"


def test_lag_items_numbered_before_their_applications_and_a_launch_today(nlp):
    text = ("Beslut i LAG Exempelkusten 2033-05-08\n\nÄrende 1: Ansökan 2033-014 från Åby Byalag: Ny lekplats i Åby. "
            "Sökt belopp 100 000 kr. LAG beslutar att prioritera ansökan.\n\nÄrende 2: Ansökan 2033-015 från Öby IF: "
            "Nytt spår. Sökt belopp 60 000 kr. LAG beslutar att avslå ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"], project["owner"]) == ("Ny lekplats i Åby", "2033-014", "Åby Byalag")
    assert project["funders"] == ["Leader Exempelkusten"]
    launch = ("Nu startar Läsande barn\n\nI dag inviger Åby kommun projektet Läsande barn. Projektet har fått 300 000 "
              "kronor från Kulturrådet.\n")
    assert _projects(launch, nlp)[0]["owner"] == "Åby kommun"


def test_partners_named_after_those_meant_by_their_kind(nlp):
    text = ("Läsning i Åby\n\nÅby kommun har fått 200 000 kronor från Kulturrådet för projektet Läs mer. Biblioteket "
            "samarbetar med skolorna och Åby Folkhögskola.\n")
    assert _projects(text, nlp)[0]["partners"] == ["Åby Folkhögskola"]


def test_a_payer_named_with_its_grants_short_name_in_brackets(nlp):
    text = ("Gröna skolgårdar\n\nProjektet Gröna gårdar drivs av Åby kommun med stöd från Naturvårdsverket (LONA), "
            "300 000 kronor.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Naturvårdsverket"]


def test_a_decision_titled_by_its_fund_and_a_brief_from_the_region(nlp):
    text = ("Beslut om stöd ur Europeiska regionala utvecklingsfonden\n\nÄrendeid: 20330001\nStödmottagare: Åby "
            "universitet\nProjektnamn: Skogsdata Åby\nStödbelopp: 2 000 000 kronor\n")
    assert _projects(text, nlp)[0]["funders"] == ["Europeiska regionala utvecklingsfonden"]
    brief = ("Kortnytt från Region Norrbotten\n\nRegionen har beviljat 500 000 kronor till Åby Science Park för "
             "förstudien Grön vätgas Åby.\n")
    assert _projects(brief, nlp)[0]["funders"] == ["Region Norrbotten"]


def test_a_partner_list_marks_its_lead_by_a_bare_word(nlp):
    text = ("Nordic Berry Routes\n\nProject facts\nProgramme: Interreg Aurora\nTotal budget: EUR 800 000\n\n"
            "Partners\nÅby University (Sweden)\nÖby Polytechnic (Finland) – lead\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Öby Polytechnic", ["Åby University"])


def test_a_numbered_newsletters_item_headed_by_its_kicker_among_other_notices(nlp):
    text = ("Nytt från Leader Exempelbygd – nyhetsbrev nr 2, 2034\n\nStämma i april\nFöreningens stämma hålls i "
            "bygdegården. Alla medlemmar hälsas välkomna dit.\n\nNytt projekt: Lekplats vid sjön\nÅby byalag har fått "
            "200 000 kronor från Leader Exempelbygd för att bygga en lekplats. Arbetet pågår från maj 2034 till "
            "augusti 2035.\n\nSök stöd nu\nFöreningar kan nu söka stöd för nya projekt. Sista dag är 1 oktober.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Lekplats vid sjön", "Åby byalag")
    assert (project["start_date"], project["end_date"]) == ("2034-05", "2035-08")


def test_an_organisations_own_financiers_and_a_maker_among_partners(nlp):
    text = ("Vägen tillbaka\n\nProjektägare: Samordningsförbundet Åby\nPeriod: 2034–2035\n\nOm förbundet\n"
            "Förbundet finansieras av Försäkringskassan, Arbetsförmedlingen och kommunerna Åby och Öby.\n")
    [project] = _projects(text, nlp)
    assert (project["funders"], project["partners"]) == ([], [])
    english = ("Cold Steam\n\nThe Swedish Energy Agency has granted SEK 2 million to Cold Steam, a project led by Åby "
               "University. Industrial partners include Öby Paper and the pump maker Exempel Pumps.\n")
    assert _projects(english, nlp)[0]["partners"] == ["Öby Paper", "Exempel Pumps"]


def test_a_period_told_again_to_the_day_is_the_fuller_one(nlp):
    text = ("Medfinansiering av projektet Nya vägar\n\nKommunstyrelsen beslutar att medfinansiera projektet Nya vägar "
            "med 100 000 kronor under perioden 2034–2035.\n\nÅby samordningsförbund har beviljats 900 000 kronor från "
            "Europeiska socialfonden+ för projektet Nya vägar. Projektet ska pågå från 1 mars 2034 till 30 juni 2035.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2034-03-01", "2035-06-30")


def test_a_final_reports_results_restate_the_goal_and_courses_given_by_partners(nlp):
    text = ("Slutrapport\n\nLyft i Åby\n\nGenomförande\n\nKurserna har genomförts av Åby folkhögskola och Öby "
            "studieförbund.\n\nResultat\n\nProjektet hade som mål att 50 personer skulle delta. Målet har nåtts.\n\n"
            "Projektfakta\n\nProjektägare: Åby kommun\nFinansiär: Europeiska socialfonden+\n")
    [project] = _projects(text, nlp)
    assert project["goals"] == ["Projektet hade som mål att 50 personer skulle delta."]
    assert project["partners"] == ["Åby folkhögskola", "Öby studieförbund"]


def test_a_financing_plan_by_year_gives_each_payers_total(nlp):
    text = ("Beslut om stöd\n\nStödmottagare: Åby kommun\nProjekt: Åby digital\n\nFinansiär\t2034\t2035\tTotalt\n"
            "Region Exempel\t100 000\t200 000\t300 000\nÅby kommun\t50 000\t50 000\t100 000\n"
            "Summa\t150 000\t250 000\t400 000\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel", "Åby kommun"]
    assert [f["amount"] for f in project["funding"]] == [300000, 100000, 400000]


def test_a_name_ends_before_the_day_it_is_told_of(nlp):
    text = ("Kalendarium\n\nVälkommen till slutkonferensen för projektet Nya spår den 12 maj 2034 i Åby. Projektet "
            "drivs av Åby kommun och finansieras av Europeiska socialfonden+.\n")
    assert _projects(text, nlp)[0]["name"] == "Nya spår"


def test_an_english_owner_adding_its_own_part_and_an_association_by_its_kind(nlp):
    text = ("Åby gets EU funding\n\nÅby Municipality has been granted SEK 2 million from the European Regional "
            "Development Fund for the project Clean Freight Åby. The municipality provides a further SEK 1 million of "
            "its own. The work is done together with the traders' association Åby Centrum.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["European Regional Development Fund", "Åby Municipality"]
    assert [f["amount"] for f in project["funding"]] == [2000000, 1000000]


def test_an_amendment_moves_the_end_and_keeps_the_grant_of_the_letterheads_region(nlp):
    text = ("Region Exempel Beslut 2034-05-02\n\nBeslut om ändring av projekt\n\nProjekt: Åby cirkulär\n"
            "Stödmottagare: Åby högskola\n\nRegion Exempel beslutar att godkänna ansökan om ändring. Projektets "
            "slutdatum ändras från 2034-12-31 till 2035-03-31. Beviljat stödbelopp, 900 000 kronor, är oförändrat.\n")
    [project] = _projects(text, nlp)
    assert (project["end_date"], project["funders"]) == ("2035-03-31", ["Region Exempel"])


def test_a_posts_date_line_dates_its_months_and_an_occasion_before_the_month(nlp):
    text = ("Åby hembygdsförening\n12 februari 2034 ·\n\nVi har fått 80 000 kr från Leader Exempelbygd till vårt "
            "projekt ”Smedjan”! Renoveringen börjar i april och ska vara klar till marknadsdagen i juni 2035.\n")
    [project] = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2034-04", "2035-06")


def test_a_tables_end_column_and_a_programme_in_danish_spelling(nlp):
    text = ("Beviljade projekt\n\nÄrende\tProjekt\tStödmottagare\tBeviljat (kr)\tStart\tSlut\n"
            "2034001\tÅby data\tÅby kommun\t500 000\t2034-02-01\t2035-01-31\n"
            "2034002\tÖby bad\tÖby kommun\t300 000\t2034-03-01\t2035-02-28\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Öby bad"]["start_date"], projects["Öby bad"]["end_date"]) == ("2034-03-01", "2035-02-28")
    danish = ("<html><head><title>Havn i omstilling | Interreg Øresund-Kattegat-Skagerrak</title></head><body>"
              "<h1>Havn i omstilling</h1><ul><li><strong>EU-midler:</strong> 400.000 EUR</li>"
              "<li><strong>Leadpartner:</strong> Åby Havn A/S</li></ul></body></html>")
    assert _projects(danish, nlp, ".html")[0]["funders"] == ["Interreg Øresund-Kattegat-Skagerrak"]


def test_an_owner_with_its_town_after_a_comma_and_a_period_told_under_the_goals(nlp):
    text = ("Stiftelsen Exempelfonden\nBeviljade ansökningar\n\n– Åby IF, Tierp: 40 000 kr till projektet Nya mål.\n"
            "– Öby Hembygdsförening, Östhammar: 30 000 kr till projektet Gamla vägar.\n")
    assert sorted(p["owner"] for p in _projects(text, nlp)) == ["Åby IF", "Öby Hembygdsförening"]
    report = ("Lägesrapport\n\nProjekt: Åby vård\nProjektägare: Region Exempel\n\nProjektets mål\n\nMålet är att fler "
              "ska få vård nära hemmet. Projektet pågår till och med juni 2035.\n")
    [project] = _projects(report, nlp)
    assert (project["end_date"], project["goals"]) == ("2035-06", ["Målet är att fler ska få vård nära hemmet."])


def test_a_datelined_article_running_its_project_the_year_out(nlp):
    text = ("Byn lever\n\nÅBY 3 mars 2034\n\nGenom projektet Åby lever, som fått 200 000 kronor från Leader "
            "Exempelbygd, ska skolan bli ett bygdens hus. Åby byalag står bakom projektet, som pågår året ut.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["end_date"]) == ("Åby byalag", "2034")


def test_a_university_known_as_an_authority_owns_the_project_its_page_names_a_leader_of(nlp):
    page = ("<html><head><title>Markens kol | Sveriges lantbruksuniversitet</title></head><body><h1>Markens kol</h1>"
            "<table><tr><th>Projektledare</th><td>Eva Ek</td></tr><tr><th>Finansiär</th><td>Formas</td></tr>"
            "<tr><th>Projektperiod</th><td>2034 – 2036</td></tr></table></body></html>")
    assert _projects(page, nlp, ".html")[0]["owner"] == "Sveriges lantbruksuniversitet"


def test_a_minutes_application_for_cofinancing_granted_and_a_project_running_one_year(nlp):
    item = ("Ansökan från Åby Ridklubb om medfinansiering av projektet Öppet stall, 50 000 kronor. Projektet ska bygga en "
            "ramp och pågår 2035.")
    text = (f"Protokoll\n\nÄrenden\n\n1. Val av justerare\n2. {item} Utskottet beslutar att bevilja ansökan.\n"
            "3. Övriga frågor\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby Ridklubb", "2035", "2035")
    # the same application on the meeting's agenda is not decided yet: no project
    assert _projects(f"Kallelse\n\nÄrenden\n\n1. Val av justerare\n2. {item}\n3. Övriga frågor\n", nlp) == []


def test_a_fact_sheets_heading_is_no_name(nlp):
    text = ("Project ID: 101000001\n\nNORDSOIL – Soil carbon in the north\n\nFact Sheet\n\nTotal cost: € 900 000\n"
            "Coordinated by: ÅBY UNIVERSITET, Sweden\nStart date: 1 March 2034\n")
    assert _projects(text, nlp)[0]["name"] == "NORDSOIL – Soil carbon in the north"


def test_cards_set_alike_name_their_owners_on_their_second_lines(nlp):
    page = ("<html><body><h1>Kulturstöd</h1><p>Nämnden har beviljat medel till tre projekt.</p><ul>"
            "<li><strong>Dans i byn</strong><br>Öby Dansgrupp<br>Beviljat belopp: 100 000 kronor<br>Period: 2034</li>"
            "<li><strong>Läsglädje</strong><br>Tierps kommun<br>Beviljat belopp: 80 000 kronor<br>Period: 2034</li>"
            "<li><strong>Ung film</strong><br>Filmverkstan Åby<br>Beviljat belopp: 60 000 kronor<br>Period: 2034</li>"
            "</ul></body></html>")
    owners = {p["name"]: p["owner"] for p in _projects(page, nlp, ".html")}
    assert owners == {"Dans i byn": "Öby Dansgrupp", "Läsglädje": "Tierps kommun", "Ung film": "Filmverkstan Åby"}


def test_the_lead_partner_marked_in_brackets_within_a_list_of_partners(nlp):
    text = ("Sea Food Åby\n\nThe project helps small fishers to sell new products.\n\nTotal budget: EUR 1.2 million\n\n"
            "Partners\n\nÅby Region (lead partner), Öby University "
            "(Lithuania) and Exempel Fisheries Cluster (Poland).\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["partners"]) == ("Åby Region", ["Öby University", "Exempel Fisheries Cluster"])


def test_sections_with_a_sentence_then_a_labelled_meta_line_on_the_sites_own_projects_page(nlp):
    page = ("<html><head><title>Projekt | Tierps kommun</title></head><body><h1>Projekt</h1><p>Här finns kommunens "
            "projekt.</p><h2>Åby fiber</h2><p>Fiber till byarna. <span>Finansieras av: Post- och telestyrelsen · "
            "2034–2035 · 4 mnkr</span></p><h2>Öby leder</h2><p>Nya leder i skogen. <span>Finansieras av: Leader "
            "Exempelbygd · 2034 · 0,5 mnkr</span></p></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert projects["Åby fiber"]["funders"] == ["Post- och telestyrelsen"]
    assert (projects["Öby leder"]["owner"], projects["Öby leder"]["funding"][0]["amount"]) == ("Tierps kommun", 500000)


def test_a_grant_opened_by_the_money_a_name_ending_in_a_pronoun_and_measures_to_be_finished(nlp):
    text = ("Föreningsnytt från Tierps kommun\n\nStörsta bidraget, 90 000 kronor, gick till Åby IF för projektet Nya "
            "spår.\n\nÖby dansgrupp får 30 000 kronor till projektet Dansa med oss, som vänder sig till barn.\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Dansa med oss", "Nya spår"]
    letter = ("Beslut\n\nMyndigheten beviljar Åby skogsägarförening stöd med 50 000 kronor för projektet Skogens stigar. "
              "Åtgärderna ska vara slutförda senast 2035-06-30.\n")
    assert _projects(letter, nlp)[0]["end_date"] == "2035-06-30"


def test_lettered_items_by_journal_number_owner_and_quoted_name_and_a_dated_launch(nlp):
    text = ("Protokoll LAG Exempelbygd\n\n§ 4 Beslut\n\na) Journalnummer 2034-0101, Åby IF, \"Spår 100 år\". Sökt "
            "belopp 50 000 kr. LAG beslutar att bevilja ansökan.\n\nb) Journalnummer 2034-0102, Öby IF, \"Ny plan\". "
            "Sökt belopp 40 000 kr. LAG beslutar att avslå ansökan.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Spår 100 år", "Åby IF")
    page = ("<html><body><h1>Nu startar Åby möts</h1><p>2034-08-20</p><p>Den 1 september startar Åby möts, ett "
            "treårigt projekt för nyanlända. Projektet drivs av Tierps kommun.</p></body></html>")
    assert _projects(page, nlp, ".html")[0]["start_date"] == "2034-09-01"


def test_a_project_sites_footer_names_its_owner_and_payers_below_its_news(nlp):
    page = ("<html><head><title>Åby sjöar</title></head><body><main><h1>Välkommen till Åby sjöar</h1><p>Vi mäter "
            "vattnet i fem sjöar och delar resultaten med alla.</p><p>Under 2034 och 2035 sätter vi ut mätbojar.</p>"
            "<h2>Senaste nytt</h2><ul><li><a href='/1'>Första bojen på plats</a></li></ul></main><footer>"
            "<p>Projektägare: Åby vattenråd</p><p>Projektet finansieras av Leader Exempelbygd.</p></footer></body></html>")
    [project] = _projects(page, nlp, ".html")
    assert (project["name"], project["owner"], project["funders"]) == ("Åby sjöar", "Åby vattenråd",
                                                                       ["Leader Exempelbygd"])



def test_a_list_of_definitions_name_then_owner_sum_and_years(nlp):
    page = ("<html><head><title>Projekt | Leader Exempelbygd</title></head><body><h1>Projekt 2034</h1>"
            "<p>Det här är projekten som LAG beviljade stöd.</p><dl><dt>Byhuset</dt><dd>Åby byalag. 300 000 kr. "
            "2034–2035.</dd><dt>Smaka Öby</dt><dd>Öby Matcentrum. 100 000 kr. 2034.</dd></dl></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert (projects["Smaka Öby"]["owner"], projects["Smaka Öby"]["end_date"]) == ("Öby Matcentrum", "2034")
    assert projects["Byhuset"]["start_date"] == "2034"


def test_a_purpose_cell_opened_by_the_kind_and_an_easy_to_read_page(nlp):
    text = ("Delegationsbeslut\n\nDnr\tSökande\tÄndamål\tBeviljat (kr)\nRUN 2034-001\tÅby kommun\tFörstudie: Hamnen i "
            "Åby\t200 000\nRUN 2034-002\tÖby kommun\tProjekt: Torget i Öby\t300 000\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Hamnen i Åby", "Torget i Öby"]
    page = ("<html><head><title>Bo hemma | Tierps kommun</title></head><body><h1>Bo hemma – lättläst</h1><p>Det här är "
            "projektet Bo hemma.</p><p>Kommunen gör projektet.</p><p>Projektet får 1 miljon kronor från "
            "Socialstyrelsen.</p><p>Projektet håller på i två år, 2034 och 2035.</p></body></html>")
    [project] = _projects(page, nlp, ".html")
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Tierps kommun", "2034", "2035")


def test_an_applicant_given_as_a_person_at_a_university_and_support_from_a_programme(nlp):
    text = ("Städer för fåglar\n\nDiarienummer: 2034-0001\nHuvudsökande: Eva Ek, Åby universitet\n"
            "Beviljat belopp: 900 000 kr\nProjektperiod: 2035-01-01 – 2036-12-31\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["contacts"]) == ("Åby universitet", [{"name": "Eva Ek", "email": None}])
    news = ("Nytt skogsprojekt\n\nLänsstyrelsen har beviljat stöd till projektet Unga skogsägare, som drivs av Åby "
            "skogsägarförening och får 300 000 kronor. Stödet kommer från landsbygdsprogrammet.\n")
    assert _projects(news, nlp)[0]["funders"] == ["landsbygdsprogrammet"]


def test_a_headline_said_again_only_as_common_words_gives_way_to_the_projects_name(nlp):
    page = ("<html><body><h1>Ny lekplats i Åby centrum</h1><p>Tierps kommun bygger en ny lekplats i Åby centrum. "
            "Projektet Lekfulla Åby får 300 000 kronor från Boverket.</p></body></html>")
    assert _projects(page, nlp, ".html")[0]["name"] == "Lekfulla Åby"


def test_partners_named_among_a_counted_many(nlp):
    text = ("Nytt transportprojekt\n\nEnergimyndigheten har beviljat 5 miljoner kronor till projektet Elfrakt, som leds "
            "av Åby institut. Projektet genomförs tillsammans med åtta partner, bland dem Öby Lastbil AB och Åby "
            "universitet.\n")
    assert _projects(text, nlp)[0]["partners"] == ["Öby Lastbil AB", "Åby universitet"]


def test_an_interview_names_its_project_in_the_title_and_its_owner_in_an_answer(nlp):
    text = ("Tre frågor om Jobbvägen\n\nVem driver projektet?\n– Det är Tierps kommun tillsammans med "
            "Arbetsförmedlingen.\n\nHur finansieras det?\n– Vi har fått 2 miljoner kronor från Europeiska socialfonden+.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"], project["partners"]) == ("Jobbvägen", "Tierps kommun",
                                                                       ["Arbetsförmedlingen"])


def test_owners_said_to_pay_their_own_part_and_an_english_reports_acronym_and_partners(nlp):
    text = ("Naturvårdsbidrag\n\nLänsstyrelsen har fördelat årets bidrag. Kommunerna står själva för halva kostnaden.\n\n"
            "• Tierps kommun: Våtmarker i Åby, 100 000 kr\n• Östhammars kommun: Ängar i Öby, 80 000 kr\n")
    funders = {p["name"]: p["funders"] for p in _projects(text, nlp)}
    assert "Tierps kommun" in funders["Våtmarker i Åby"] and "Östhammars kommun" in funders["Ängar i Öby"]
    report = ("Final report\n\nProject acronym: NordCare\nLead partner: Region Exempel\nTotal eligible budget: EUR 900 000\n\n"
              "Summary\n\nNordCare tested video visits. Partners were Åby Hospital and Öby University.\n")
    [project] = _projects(report, nlp)
    assert (project["name"], project["partners"]) == ("NordCare", ["Åby Hospital", "Öby University"])


def test_a_projects_owner_in_brackets_after_its_name(nlp):
    text = ("Årsberättelse 2034\n\nUnder året har stiftelsen beviljat bidrag till följande projekt:\n\nProjektet Havets "
            "skola (Åby marinbiologiska förening) har fått 80 000 kronor för undervisning vid havet.\n\nProjektet Unga "
            "företag (Öby Näringslivsråd) har fått 60 000 kronor för sommarföretagande.\n")
    owners = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert owners == {"Havets skola": "Åby marinbiologiska förening", "Unga företag": "Öby Näringslivsråd"}


def test_a_norwegian_grant_decision_and_english_cards_with_inline_labels(nlp):
    text = ("Vedtak om tilskudd\n\nProsjektnavn: Grensespor\nSaksnummer: 2034/101\nProsjekteier: Åby kommune\n"
            "Tilskudd: NOK 900 000\nProsjektperiode: 01.01.2034–31.12.2035\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"], project["funding"]) == (
        "Grensespor", "2034/101", [{"amount": 900000, "currency": "NOK"}])
    page = ("<html><body><h1>Projects</h1><p>The municipality takes part in these projects.</p><h3>Clean Port</h3><p>Lead: "
            "Port of Åby. Budget: SEK 2 million. Funding: Swedish Energy Agency. 2034–2036.</p><h3>Skills</h3><p>Lead: "
            "Öby Municipality. Budget: SEK 1 million. Funding: European Social Fund+. 2034–2035.</p></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert (projects["Clean Port"]["owner"], projects["Clean Port"]["funders"], projects["Clean Port"]["end_date"]) == (
        "Port of Åby", ["Swedish Energy Agency"], "2036")


def test_a_finished_project_the_headline_is_about(nlp):
    text = ("Unga som leder – nu avslutat\n\nProjektet Unga som leder, som pågick 2030–2033 med stöd från Allmänna "
            "arvsfonden, har nu avslutats. Projektet drevs av Åby Idrottsförbund.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["start_date"], project["funders"]) == ("Unga som leder", "2030",
                                                                            ["Allmänna arvsfonden"])


def test_classed_label_spans_in_list_items_and_a_leader_of_an_interreg_project(nlp):
    page = ("<html><body><h1>Digital matchning</h1><p>Arbetssökande ska hitta jobb snabbare.</p><ul>"
            "<li><span class='label'>Projektägare</span> <span>Tierps kommun</span></li>"
            "<li><span class='label'>Budget</span> <span>2 miljoner kronor</span></li></ul></body></html>")
    assert _projects(page, nlp, ".html")[0]["owner"] == "Tierps kommun"
    text = ("Nytt EU-projekt\n\nLänsstyrelsen i Exempel län leder det nya Interreg-projektet Havsodling, som pågår "
            "2034–2036 och finansieras av Interreg Baltic Sea Region.\n")
    assert _projects(text, nlp)[0]["owner"] == "Länsstyrelsen i Exempel län"



def test_a_final_report_titled_by_its_kind_under_a_running_header_and_a_titled_decision(nlp):
    report = ("Slutrapport\n\nSlutrapport: Åby hamn\n\nProjektägare: Åby kommun\nBeviljat stöd: 900 000 kronor\n"
              "Projektperiod: 2031-01-01 – 2033-12-31\n")
    assert _projects(report, nlp)[0]["name"] == "Åby hamn"
    decision = ("Region Exempel – Beslut\n\nBeslut om regionalt projektstöd\n\nDiarienummer: RS/2034/1\n"
                "Stödmottagare: Åby kommun\nProjekt: Åby växer\nBeviljat belopp: 300 000 kronor\n")
    assert _projects(decision, nlp)[0]["funders"] == ["Region Exempel"]


def test_a_project_application_asks_its_addressee(nlp):
    text = ("Projektansökan – Leader Exempelbygd\n\nSökande: Åby företagarförening\nProjektnamn: Åby året runt\n"
            "Sökt belopp: 200 000 kronor\nProjektperiod: 2035-01-01 – 2035-12-31\n")
    [project] = _projects(text, nlp)
    assert (project["funders"], project["funding"]) == (["Leader Exempelbygd"], [{"amount": 200000, "currency": "SEK"}])


def test_grants_paired_up_with_respektive(nlp):
    text = ("Två föreningar får stöd\n\nKommunstyrelsen i Tierp har beslutat om bidrag till två föreningsprojekt.\n\n"
            "Åby byalag och Öby hembygdsförening får 60 000 respektive 40 000 kronor för projekten Torget i Åby och "
            "Öby i ny kostym. Båda projekten ska vara klara under 2036.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Torget i Åby"]["owner"], projects["Torget i Åby"]["funding"][0]["amount"]) == ("Åby byalag", 60000)
    assert (projects["Öby i ny kostym"]["owner"], projects["Öby i ny kostym"]["funding"][0]["amount"]) == (
        "Öby hembygdsförening", 40000)
    assert projects["Öby i ny kostym"]["partners"] == [] and projects["Torget i Åby"]["funders"] == ["Tierps kommun"]


def test_an_english_genitive_names_whose_project_it_is(nlp):
    text = ("Region supports heat storage\n\nRegion Exempel has granted SEK 1 million to Åby Energi's project Heat "
            "Store, which runs until 2036.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby Energi"


def test_a_memos_case_line_right_under_its_title(nlp):
    page = ("<html><body><h1>Ansökan om medfinansiering – Åby året runt</h1><p>Dnr KS 2034/12</p><p>Åby Turism AB "
            "ansöker om 100 000 kronor i medfinansiering för projektet Åby året runt. Projektet har beviljats 400 000 "
            "kronor från Region Exempel.</p></body></html>")
    assert _projects(page, nlp, ".html")[0]["case_number"] == "KS 2034/12"


def test_a_second_table_under_a_line_that_turns_them_down(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(text="Utskottet beviljar följande ansökningar.", new_x="LMARGIN", new_y="NEXT")
    for lead, rows in ((None, (("Sökande", "Projekt", "Beviljat"), ("Åby kommun", "Torg för alla", "200 000 kr"),
                               ("Öby IF", "Ny klubbstuga", "90 000 kr"))),
                       ("Följande ansökningar avslås:", (("Sökande", "Projekt", "Dnr"),
                                                        ("Åby konstförening", "Skulpturer i parken", "KS 2031/4"),
                                                        ("Öby byalag", "Byfest", "KS 2031/9")))):
        if lead:
            pdf.ln(4)
            pdf.cell(text=lead, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=(60, 60, 30)) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    names = sorted(p["name"] for p in _projects(bytes(pdf.output()), nlp, suffix=".pdf"))
    assert names == ["Ny klubbstuga", "Torg för alla"]


def test_parties_with_their_country_codes_in_a_sentence_of_facts(nlp):
    page = ("<html><body><h1>Two new projects</h1><h3>Cold Chain</h3><p>Lead partner: Åby University (SE). Partners: "
            "Oulu Food Oy (FI), Tromsø Fisk AS (NO).<br>Total budget: EUR 900 000.</p><p>Better cooling on the way to "
            "market.</p><h3>Snow Net</h3><p>Lead partner: Öby kommun (SE). Partners: Kemi Energia Oy (FI).<br>"
            "Total budget: EUR 700 000.</p><p>A network for snow research.</p></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert projects["Cold Chain"]["partners"] == ["Oulu Food Oy", "Tromsø Fisk AS"]
    assert projects["Snow Net"]["partners"] == ["Kemi Energia Oy"]


def test_a_funding_label_over_a_sentence_of_who_grants(nlp):
    text = ("Våra projekt\n\nStrandstädning\nKommunen samordnar städningen av stränderna.\n"
            "Finansiering: Havs- och vattenmyndigheten beviljar 800 000 kronor.\nTidsplan: 2036\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Havs- och vattenmyndigheten"]


def test_a_committee_named_with_its_municipality_grants_for_it(nlp):
    text = ("Föreningsbidrag 2036\n\nKultur- och fritidsnämnden i Åby kommun har beviljat bidrag till följande projekt:\n\n"
            "Sommarteater i parken, Åby teaterförening, 40 000 kronor\n"
            "Simskola för vuxna, Åby simsällskap, 25 000 kronor\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Åby kommun"], ["Åby kommun"]]


def test_a_name_that_ends_from_a_short_definite_noun(nlp):
    text = "Nytt projekt\n\nÅby hembygdsförening får 50 000 kronor för projektet Sill från ån. Arbetet pågår 2036.\n"
    assert _projects(text, nlp)[0]["name"] == "Sill från ån"


def test_the_applicant_to_an_authority_owns_the_project(nlp):
    text = ("Medfinansiering av projektet Gröna transporter\n\nÅby Logistik AB har ansökt hos Tillväxtverket om stöd "
            "för projektet Gröna transporter. Kommunen medfinansierar projektet med 200 000 kronor.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby Logistik AB"


def test_the_rest_paid_by_the_municipality_and_a_named_company(nlp):
    text = ("Solparker i Åby\n\nÅby kommun och Åby Energi bygger tillsammans två solparker. Satsningen har fått namnet "
            "Solkraft Åby och kostar 8 miljoner kronor. Energimyndigheten bidrar med 2 miljoner kronor. Resten betalar "
            "kommunen och Åby Energi.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Energimyndigheten", "Åby Energi", "Åby kommun"]


def test_an_owner_named_by_its_role_says_what_it_wants(nlp):
    text = ("Beviljade projekt\n\nHamnar utan fossil, 900 000 kronor år 2036–2037\nProjektägare Åby kommun vill göra "
            "gästhamnen fri från fossila bränslen. Det blir laddplatser för elbåtar.\n\n"
            "Öppna ängar, 300 000 kronor år 2036\nÖby naturskyddsförening vill återskapa gamla ängar.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Hamnar utan fossil"]["goals"] == ["Projektägare Åby kommun vill göra gästhamnen fri från "
                                                       "fossila bränslen."]


def test_a_goal_of_what_the_municipalities_shall_have_when_the_project_ends(nlp):
    text = ("Projektet Åbyspåret\n\nProjektägare: Åby kommun\nProjektperiod: 2030–2032\n\nMål\n"
            "• 40 unga ska ha deltagit i projektet.\n"
            "• Regionens kommuner ska ha en gemensam rutin för uppföljning när projektet avslutas.\n")
    assert len(_projects(text, nlp)[0]["goals"]) == 2


def test_an_english_award_to_an_organisation_for_the_project(nlp):
    text = ("Grant for lake research\n\nThe Åby Foundation has awarded SEK 2.5 million to Öby University for the "
            "project \"Clear Lakes\". The project runs from 2036 to 2038.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Clear Lakes", "Öby University")


def test_a_financing_table_on_a_project_page_lists_its_payers_not_projects(nlp):
    page = ("<html><body><h1>Ljus i byn</h1><p>Projektet ska ge byarna gatubelysning som drivs med solel.</p>"
            "<h2>Organisation</h2><p>Projektägare är Åby kommun. Kommunen samverkar med Åby Energi.</p>"
            "<h2>Finansiering</h2><table><tr><th>Finansiär</th><th>Belopp (kr)</th></tr>"
            "<tr><td>Energimyndigheten</td><td>600 000</td></tr><tr><td>Åby kommun</td><td>300 000</td></tr>"
            "<tr><td>Totalt</td><td>900 000</td></tr></table></body></html>")
    [project] = _projects(page, nlp, ".html")
    assert (project["name"], project["owner"]) == ("Ljus i byn", "Åby kommun")
    assert sorted(project["funders"]) == ["Energimyndigheten", "Åby kommun"]


def test_a_minutes_items_by_case_applicant_and_quoted_name_and_an_extension(nlp):
    text = ("Protokoll LAG Exempelbygd\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "§ 2 Ansökan 2031-0007, Åby skytteförening, ”Ny skjutbana”\nFöreningen söker 120 000 kronor.\n"
            "Beslut: LAG beslutar att bevilja 120 000 kronor.\n\n"
            "§ 3 Ansökan 2031-0008, Öby byalag, ”Byns dag”\nBeslut: LAG beslutar att avslå ansökan.\n\n"
            "§ 4 Ändring i projektet 2030-0031 ”Öppna gårdar”\nProjektägaren har begärt mer tid.\n"
            "Beslut: LAG beviljar förlängning till och med 2032-06-30.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ny skjutbana", "Öppna gårdar"}
    assert (projects["Ny skjutbana"]["case_number"], projects["Ny skjutbana"]["owner"]) == ("2031-0007",
                                                                                          "Åby skytteförening")
    assert (projects["Öppna gårdar"]["case_number"], projects["Öppna gårdar"]["end_date"]) == ("2030-0031", "2032-06-30")


def test_a_news_story_that_names_its_project_and_who_runs_it_near_the_end(nlp):
    text = ("Fullt hus på bygdens marknad\n\nHundratals besökare kom till marknaden i Åby i lördags.\n\n"
            "Det fanns hantverk, musik och servering hela dagen.\n\nBarnen fick prova att baka bröd i den gamla ugnen "
            "och lyssna på sagor i ladan.\n\n– Vi är jättenöjda, säger en av arrangörerna.\n\n"
            "Marknaden är en del av projektet Levande bygd, som drivs av Åby hembygdsförening med stöd från Leader "
            "Exempelbygd.\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Levande bygd", "Åby hembygdsförening")


def test_a_decision_table_with_an_org_number_under_the_applicant_and_asked_sums_beside_the_granted(nlp):
    page = ("<html><body><h1>Utvecklingsbidrag 2031</h1><table><tr><th>Sökande</th><th>Projekt</th><th>Sökt</th>"
            "<th>Beslut</th></tr>"
            "<tr><td>Åby IF<br>802400-0005</td><td>Fotboll för alla<br><small>Träning för nya spelare</small></td>"
            "<td>50 tkr</td><td>Beviljas 40 tkr</td></tr>"
            "<tr><td>Öby konstförening</td><td>Konst i byn</td><td>30 tkr</td><td>Avslås</td></tr>"
            "<tr><td>Åby körsällskap</td><td>Sjung med oss</td><td>15 tkr</td><td>Beviljas 15 tkr</td></tr>"
            "</table></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert set(projects) == {"Fotboll för alla", "Sjung med oss"}
    football = projects["Fotboll för alla"]
    assert (football["owner"], football["owner_orgnr"]) == ("Åby IF", "8024000005")
    assert football["funding"] == [{"amount": 40000, "currency": "SEK"}]  # asked for 50, granted 40


def test_co_funders_with_their_parts_in_tkr(nlp):
    text = ("Projektet Rent vatten\n\nÅby kommun driver projektet Rent vatten.\n\nProjektet medfinansieras av Region "
            "Exempel med 300 tkr och av Skogsstyrelsen med 100 tkr.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Region Exempel", "Skogsstyrelsen"]


def test_an_owner_named_with_its_department(nlp):
    text = ("Projekt: Turism i Bergslagen\nProjektägare: Region Örebro län, Regional utveckling\n"
            "Projektperiod: 2036–2038\n")
    assert _projects(text, nlp)[0]["owner"] == "Region Örebro län"


def test_a_summary_table_whose_parties_have_roles_one_of_them_paying(nlp):
    text = ("Projektsammanfattning\n\nProjektnamn: Begagnat byggmaterial\nStödmottagare: Åby Bygg AB\n"
            "Partner: Roll\nÖby kommun: Medfinansiär och testbädd\nÅby högskola: Forskningspartner\n"
            "Period: 2036–2037\n")
    [project] = _projects(text, nlp)
    assert sorted(project["partners"]) == ["Åby högskola", "Öby kommun"]
    assert project["funders"] == ["Öby kommun"]


def test_a_municipalitys_report_tells_its_own_projects_in_paragraphs(nlp):
    text = ("Årsredovisning 2036 – Åby kommun\n\nExternt finansierade projekt\n\nKommunen driver flera projekt som helt "
            "eller delvis finansieras med externa medel.\n\nProjektet Läxhjälp för alla (2035–2037) finansieras av "
            "Allmänna arvsfonden med 1,5 miljoner kronor.\n\nProjektet Gröna gårdar (2036–2038) finansieras av "
            "Boverket med 700 000 kronor.\n")
    projects = _projects(text, nlp)
    assert [p["owner"] for p in projects] == ["Åby kommun", "Åby kommun"]


def test_a_financing_plan_row_naming_the_payer_after_its_kind_and_a_colon(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in ("Projektnamn: Solvärme i byn", "Stödmottagare: Åby Energi AB", "Finansieringsplan"):
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(110, 50)) as table:
        for cells in (("Finansiär", "Belopp (kr)"), ("Europeiska regionala utvecklingsfonden", "1 000 000"),
                      ("Offentlig medfinansiering: Region Exempel", "500 000"), ("Summa", "1 500 000")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    [project] = _projects(bytes(pdf.output()), nlp, suffix=".pdf")
    assert sorted(project["funders"]) == ["Europeiska regionala utvecklingsfonden", "Region Exempel"]


def test_an_e_mail_from_a_region_lists_what_its_committee_granted(nlp):
    text = ("Från: Region Exempel <nyheter@region.example>\nÄmne: Beviljade medel\n\nHej!\n\nArbetsutskottet har "
            "beviljat medel till följande projekt:\n\n1. Byns bredband\n   – Sökande: Åby byalag\n   – Belopp: 80 000 kr\n\n"
            "2. Öby hamnfest\n   – Sökande: Öby hamnförening\n   – Belopp: 40 000 kr\n")
    projects = _projects(text, nlp)
    assert [p["funders"] for p in projects] == [["Region Exempel"], ["Region Exempel"]]


def test_a_partner_after_a_fronted_country(nlp):
    text = ("New ferry project\n\nThe project Blue Crossing is led by Åby University and has a budget of EUR 2 million. "
            "The Swedish partner is Öby Shipping AB. In Norway, Fjord Ferje AS takes part.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["Fjord Ferje AS", "Öby Shipping AB"]


def test_a_decisions_list_of_one_line_items_with_their_cases(nlp):
    text = ("Åby kommun\nKommunstyrelsen\nBeslutsförteckning 2031-04-07\n\n"
            "§ 75 KS 2031/98 Årsredovisning 2030 – godkänd\n"
            "§ 76 KS 2031/112 Medfinansiering av Leaderprojektet Fiske i ån, 75 000 kronor – bifall\n"
            "§ 77 KS 2031/115 Medfinansiering av projektet Digitala byar, 120 000 kronor – avslag\n"
            "§ 78\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["case_number"], project["funders"]) == ("Fiske i ån", "KS 2031/112", ["Åby kommun"])


def test_accordion_entries_titled_name_dash_owner(nlp):
    page = ("<html><body><h1>Utvecklingsmedel till två projekt</h1><p>Nämnden har beviljat medel till två projekt.</p>"
            "<details><summary>Rena sjöar – Åby Vatten AB</summary><p>Beviljat belopp: 300 000 kr. Projekttid: 2031.</p>"
            "</details><details><summary>Unga i skogen – Öby naturskyddsförening</summary><p>Beviljat belopp: 120 000 kr. "
            "Projekttid: 2031–2032.</p></details></body></html>")
    projects = {p["name"]: p["owner"] for p in _projects(page, nlp, ".html")}
    assert projects == {"Rena sjöar": "Åby Vatten AB", "Unga i skogen": "Öby naturskyddsförening"}


def test_an_application_form_of_small_numbered_labels_over_larger_values(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(text="Ansökan om projektstöd - Leader Mitt i Exempelland", new_x="LMARGIN", new_y="NEXT")
    for label, value in [("1. Sökande", None), ("1.1 Organisationens namn", "Åby byalag"), ("2. Projektet", None),
                         ("2.1 Projektets namn", "Byns nya mötesplats"), ("3. Budget", None),
                         ("3.1 Sökt stöd från Leader", "150 000 kr"), ("3.2 Egen insats", "30 000 kr"),
                         ("4. Kontaktperson", None), ("4.1 Namn", "Eva Exempel"), ("4.2 E-post", "eva@aby.example")]:
        if value is None:
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(text=label, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", size=7)
        pdf.cell(text=label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.cell(text=value, new_x="LMARGIN", new_y="NEXT")
    [project] = _projects(bytes(pdf.output()), nlp, suffix=".pdf")
    assert (project["name"], project["owner"]) == ("Byns nya mötesplats", "Åby byalag")
    assert sorted(project["funders"]) == ["Leader Mitt i Exempelland", "Åby byalag"]
    assert sorted(f["amount"] for f in project["funding"]) == [30000, 150000]
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempel"]


def test_a_partnerships_priorities_leave_out_the_one_not_prioritised(nlp):
    text = ("Protokoll, partnerskapet\n\nPrioritering av ansökningar\n\nProjekt: Smart hamn\nSökande: Åby Hamn AB\n"
            "Sökt ERUF: 2 000 000 kr\nPrioritering: Ja\n\nProjekt: Digitala byar\nSökande: Öby kommun\n"
            "Sökt ERUF: 1 000 000 kr\nPrioritering: Nej\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Smart hamn"]


def test_the_county_board_named_with_its_county_grants_as_itself(nlp):
    text = ("Beslut om bidrag\n\nLänsstyrelsen i Exempel län har beviljat bidrag till följande projekt.\n\n"
            "Kommun | Projekt | Bidrag (kr)\nÅby kommun | Ängar vid ån | 120 000\nÖby kommun | Fler pollinatörer | 80 000\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["Länsstyrelsen i Exempel län"]] * 2


def test_a_why_heading_tells_the_need_not_a_goal(nlp):
    page = ("<html><body><h1>WARM HOMES</h1><table><tr><th>Lead partner</th><td>City of Exampleton</td></tr>"
            "<tr><th>Total budget</th><td>EUR 1.5 million</td></tr></table><h2>Why?</h2>"
            "<p>Old houses use far too much energy.</p></body></html>")
    assert _projects(page, nlp, ".html")[0]["goals"] == []


def test_a_municipalitys_council_that_handed_out_money_over_bold_named_paragraphs(nlp):
    page = ("<html><head><title>Två bygdeprojekt | Åby kommun</title></head><body><h1>Två bygdeprojekt</h1>"
            "<p>Kommunens landsbygdsråd har delat ut utvecklingspengar till två föreningar.</p>"
            "<p><strong>Byns brygga</strong> – Åby byalag får 60 000 kronor för att bygga en brygga. Arbetet görs under "
            "2031.</p><p><strong>Dans på logen</strong> – Öby bygdegårdsförening får 25 000 kronor för danskvällar.</p>"
            "</body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert [p["funders"] for p in projects.values()] == [["Åby kommun"], ["Åby kommun"]]
    assert (projects["Byns brygga"]["start_date"], projects["Byns brygga"]["end_date"]) == ("2031", "2031")


def test_a_progress_reports_goals_beside_their_outcome_so_far(nlp):
    page = ("<html><body><h1>Lägesrapport 1</h1><p>Projekt: Digital tillsyn</p><p>Projektägare: Åby kommun</p>"
            "<p>Beviljat stöd: 1 000 000 kr</p><h2>Måluppfyllelse</h2><table><tr><td>Mål</td><td>Utfall hittills</td></tr>"
            "<tr><td>100 brukare ska använda tjänsten</td><td>40 brukare</td></tr></table></body></html>")
    assert _projects(page, nlp, ".html")[0]["goals"] == ["100 brukare ska använda tjänsten"]


def test_a_source_of_data_is_no_payer(nlp):
    page = ("<html><body><h1>Projekt i länet</h1><p>Uppgifterna kommer från Exempelverkets register.</p><table><thead>"
            "<tr><th>Projekt</th><th>Ärende</th><th>Total budget</th></tr></thead><tr><td>Snö och is</td><td>20311101</td>"
            "<td>4 000 000 kr</td></tr><tr><td>Kall testbädd</td><td>20311145</td><td>2 000 000 kr</td></tr></table>"
            "</body></html>")
    assert [p["funders"] for p in _projects(page, nlp, ".html")] == [[], []]


def test_a_company_named_by_its_place_runs_what_it_shall_test_and_a_climate_programme_pays_part(nlp):
    text = ("Eldrivna båtar\n\nÖlandsbolaget ska testa två eldrivna båtar under tre somrar. Projektet heter Tyst fjärd och "
            "har en budget på 20 Mkr, varav Klimatklivet står för 8 Mkr.\n")
    [project] = _projects(text, nlp)
    assert (project["owner"], project["funders"]) == ("Ölandsbolaget", ["Klimatklivet"])


def test_an_eu_life_project_page_with_its_beneficiaries(nlp):
    page = ("<html><body><h1>LIFE Clear Rivers</h1><ul><li>Coordinating beneficiary: Åby University</li>"
            "<li>Associated beneficiaries: Öby kommun, Exempel Water AB</li><li>Total budget: EUR 4 million</li></ul>"
            "<p>The project is funded by the EU's LIFE programme.</p></body></html>")
    [project] = _projects(page, nlp, ".html")
    assert (project["owner"], project["partners"], project["funders"]) == (
        "Åby University", ["Öby kommun", "Exempel Water AB"], ["LIFE"])


def test_a_delegation_decision_grants_in_the_municipalitys_name_for_a_month(nlp):
    text = ("Åby kommun\nDelegationsbeslut\n\nDiarienummer: KFN 2031/12\n\nBeslut\nÅby teaterförening beviljas 30 000 "
            "kronor i arrangemangsbidrag för projektet Teater i parken, som genomförs i juli 2032.\n")
    [project] = _projects(text, nlp)
    assert project["funders"] == ["Åby kommun"]
    assert (project["start_date"], project["end_date"]) == ("2032-07", "2032-07")


def test_a_column_of_name_and_applicant_together(nlp):
    page = ("<html><body><h1>Bygdepeng 2031</h1><p>Utskottet har fördelat årets bygdepeng.</p><table><thead><tr>"
            "<th>Projekt och sökande</th><th>Stöd (kr)</th></tr></thead><tr><td>Ny brygga, Åby byalag</td><td>50 000</td>"
            "</tr><tr><td>Julmarknad, Öby hembygdsförening</td><td>20 000</td></tr></table></body></html>")
    projects = {p["name"]: p["owner"] for p in _projects(page, nlp, ".html")}
    assert projects == {"Ny brygga": "Åby byalag", "Julmarknad": "Öby hembygdsförening"}


def test_an_interview_answers_who_pays(nlp):
    text = ("Tre frågor om Ljus i byn\n\nVad handlar projektet om?\n– Vi sätter upp gatubelysning i byarna.\n\n"
            "Vem står bakom?\n– Projektet drivs av Åby byalag.\n\nHur finansieras det?\n– Av Leader Exempelbygd och Åby "
            "kommun, med totalt 400 000 kronor. Vi håller på till och med 2032.\n")
    [project] = _projects(text, nlp)
    assert sorted(project["funders"]) == ["Leader Exempelbygd", "Åby kommun"]
    assert (project["funding"], project["end_date"]) == ([{"amount": 400000, "currency": "SEK"}], "2032")


def test_a_table_row_whose_last_cells_were_left_empty(nlp):
    page = ("<html><head><title>Insatser | Samordningsförbundet Exempel</title></head><body><h1>Förbundets insatser</h1>"
            "<p>Förbundet finansierar följande insatser.</p><table><thead><tr><th>Insats</th><th>Status</th><th>Budget 2031</th>"
            "<th>Kommentar</th></tr></thead><tr><td>Steg framåt</td><td>Pågår</td><td>500 000 kr</td><td>Förlängd</td></tr>"
            "<tr><td>Unga i rörelse</td><td>Pågår</td><td>300 000 kr</td><td></td></tr></table></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert projects["Unga i rörelse"]["owner"] is None
    assert projects["Unga i rörelse"]["funding"] == [{"amount": 300000, "currency": "SEK"}]


def test_the_municipalities_pay_together_after_a_fund(nlp):
    text = ("Industrijobb\n\nProjektet Jobbklivet leds av Åby kommun och görs tillsammans med Öby kommun och Åby "
            "Företagarförening. Europeiska socialfonden plus bidrar med 3 miljoner kronor och kommunerna med sammanlagt "
            "600 000 kronor.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Europeiska socialfonden plus", "Åby kommun", "Öby kommun"]


def test_support_given_out_of_a_programme_named_under_the_decisions(nlp):
    text = ("Länsstyrelsen Exempel\nBeslut om stöd till bredband\n\n1. Åby Fiber ekonomisk förening beviljas 900 000 "
            "kronor för projektet Fiber i Åby.\n\n2. Öby Fiber ekonomisk förening beviljas 500 000 kronor för projektet "
            "Fiber i Öby.\n\nStödet lämnas ur landsbygdsprogrammet.\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["landsbygdsprogrammet"]] * 2


def test_a_fact_table_names_the_municipalitys_own_unit_as_responsible(nlp):
    page = ("<html><head><title>Trygg i byn | Åby kommun</title></head><body><h1>Trygg i byn</h1><table>"
            "<tr><td><strong>Ansvarig förvaltning</strong></td><td>Kommunledningsförvaltningen</td></tr>"
            "<tr><td><strong>Finansiering</strong></td><td>Brottsförebyggande rådet, 300 000 kr</td></tr></table>"
            "</body></html>")
    assert _projects(page, nlp, ".html")[0]["owner"] == "Åby kommun"


def test_an_english_subject_that_will_set_the_project_up(nlp):
    text = ("New training centre\n\nÅby University will set up a training centre for technicians. The project, called "
            "Wind Skills, has received SEK 5 million from the Swedish Energy Agency.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby University"


def test_a_project_sheet_whose_subject_is_the_project_it_names(nlp):
    text = ("Projektblad: Läxhjälp i Åby\n\nLäxhjälp i Åby ger elever stöd med läxorna två eftermiddagar i veckan.\n\n"
            "Projektägare\nÅby kommun\nFinansiär\nAllmänna arvsfonden\nBeviljat\n900 000 kr\n")
    [project] = _projects(text, nlp)
    assert (project["name"], project["funders"]) == ("Läxhjälp i Åby", ["Allmänna arvsfonden"])


def test_a_payer_with_its_scheme_in_brackets(nlp):
    text = ("Träd i staden\n\nProjektägare: Åby kommun\nFinansiär: Naturvårdsverket (Lokala klimatinvesteringar)\n"
            "Budget: 1 000 000 kr\n")
    assert _projects(text, nlp)[0]["funders"] == ["Naturvårdsverket"]


def test_goals_run_into_a_transcripts_paragraph_after_a_lead_in(nlp):
    text = ("Slutrapport\n\nProjektnamn: Kustleden\nProjektägare: Åby kommun\n\n4 Syfte, mål och målgrupp Syftet med "
            "projektet var att göra kusten lättare att besöka. Projektmålen var att: Öka antalet besökare med 10 procent. "
            "Bygga tre nya rastplatser. Målgruppen var turister och boende.\n")
    goals = _projects(text, nlp)[0]["goals"]
    assert goals == ["Syftet med projektet var att göra kusten lättare att besöka.",
                     "Öka antalet besökare med 10 procent.", "Bygga tre nya rastplatser."]


def test_goals_of_what_shall_be_there_when_the_project_ends_and_one_of_its_aims(nlp):
    text = ("Service i byarna\n\nProjektägare: Åby kommun\nProjektperiod: 2031–2033\n\nNär projektet är slut ska det finnas "
            "två nya servicepunkter i byarna. Ett av målen är också att ingen butik ska behöva stänga.\n")
    assert len(_projects(text, nlp)[0]["goals"]) == 2


def test_a_turned_down_row_among_dashed_rows_turns_down_only_itself(nlp):
    text = ("Leader Exempelbygd – Beslutslista\n\nProjektnamn – Sökande – Beslut – Belopp\n"
            "Ny bastu – Åby byalag – Bifall – 120 000 kr\nSkidspår – Öby IK – Avslag – 0 kr\n"
            "Byns kafé – Öby bygdeförening – Bifall – 90 000 kr\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Byns kafé", "Ny bastu"]


def test_an_earlier_project_told_beside_the_new_one_gives_it_nothing(nlp):
    page = ("<html><body><h1>Unga bygger sin mötesplats</h1><p>Projektet Vår plats, som drivs av Åby "
            "ungdomsförening, har fått 300 000 kronor från Allmänna arvsfonden.</p><p>Föreningen har tidigare genomfört "
            "projektet Ungdomsrådet, som fick 100 000 kronor från kommunen.</p><p>– Vi vill ha ett eget ställe, säger en "
            "av ungdomarna.</p><p>Mötesplatsen ska vara klar i december 2032.</p></body></html>")
    [project] = _projects(page, nlp, ".html")
    assert project["funding"] == [{"amount": 300000, "currency": "SEK"}] and project["end_date"] == "2032-12"


def test_a_news_list_of_headed_teasers_that_read_on_elsewhere_describes_no_project(nlp):
    items = [("Ny busslinje", "2031-11-02", "Bussarna går oftare från december."),
             ("Två miljoner till projektet Skogens år", "2031-10-28",
              "Regionen har beviljat Åby skogsägare två miljoner kronor för ett treårigt projekt. Läs mer"),
             ("Öppet hus på lasarettet", "2031-10-20", "Välkommen att se den nya mottagningen.")]
    page = "<html><body><h1>Nyheter</h1>" + "".join(
        f'<article><h2><a href="/n/{n}">{h}</a></h2><p>{d}</p><p>{t}</p></article>' for n, (h, d, t) in enumerate(items)) \
        + "</body></html>"
    assert _projects(page, nlp, ".html") == []


def test_ready_by_a_season_with_its_year(nlp):
    text = ("Ny brygga\n\nÅby båtklubb har fått 60 000 kronor från Åby kommun för projektet Bryggan för alla. Bygget "
            "startar i augusti 2031 och bryggan ska vara klar till säsongen 2032.\n")
    assert _projects(text, nlp)[0]["end_date"] == "2032"


def test_an_extension_told_among_grants_names_its_project_and_new_end(nlp):
    text = ("Tre projekt får stöd\n\nRegionala utvecklingsnämnden har beslutat om stöd till två projekt och en förlängning."
            "\n\nÅby byalag får 100 000 kronor för projektet Byns röster, som ska samla berättelser.\n\n"
            "Öby folkhögskola får 200 000 kronor för projektet Lärande på distans.\n\n"
            "Dessutom förlängs projektet Gröna jobb, som drivs av Åby kommun, till och med juni 2033.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Gröna jobb"]["owner"], projects["Gröna jobb"]["end_date"]) == ("Åby kommun", "2033-06")


def test_the_municipality_pays_its_part_after_another_payer_and_a_museum_documents(nlp):
    text = ("Unga företagare\n\nÅby kommun har startat projektet Startskottet. Projektet finansieras av Tillväxtverket med "
            "1 miljon kronor och av kommunen med 200 000 kronor.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Tillväxtverket", "Åby kommun"]
    text = ("Projektbeskrivning\n\nByar vid kusten\n\nÖby museum dokumenterar fiskelägenas hus. Projektet görs med stöd av "
            "Region Exempel, som bidrar med 500 000 kronor.\n")
    assert _projects(text, nlp)[0]["owner"] == "Öby museum"


def test_a_regions_support_share_is_no_eu_rate_without_eu_money(nlp):
    text = ("Region Exempel\nBeslut om regionalt projektstöd\n\nDiarienummer: RS 2031/12\nStödmottagare: Åby kommun\n"
            "Projekt: Hamnen 2040\nBeviljat stöd: 500 000 kronor\nStödandel: 50 procent\nProjektperiod: 2031–2032\n")
    assert _projects(text, nlp)[0]["eu_cofinancing_rate"] is None
    eu = text.replace("Beviljat stöd: 500 000 kronor", "Beviljat EU-stöd: 500 000 kronor")
    assert _projects(eu, nlp)[0]["eu_cofinancing_rate"] == 50


def test_a_trial_told_with_its_name_in_a_relative_clause_and_its_end(nlp):
    text = ("AI i hemtjänsten\n\nÅby kommun testar att planera rutter med AI. Försöket, som kallas Smarta rutter, görs "
            "tillsammans med Åby högskola och pågår till och med december 2032. Vinnova har beviljat 1 miljon kronor.\n")
    assert _projects(text, nlp)[0]["end_date"] == "2032-12"


def test_a_reports_goals_as_applied_for_and_work_given_in_kind_valued(nlp):
    text = ("Slutrapport\n\nProjektnamn: Ljus i byn\nStödmottagare: Öby byalag\nBeviljat stöd: 300 000 kr\n"
            "Eget arbete, värderat: 80 000 kr\n\nProjektets mål enligt ansökan\n\n- Tända lyktor längs byvägen.\n"
            "- Laga belysningen vid busshållplatsen.\n")
    project = _projects(text, nlp)[0]
    assert sorted(f["amount"] for f in project["funding"]) == [80000, 300000]
    assert project["goals"] == ["Tända lyktor längs byvägen.", "Laga belysningen vid busshållplatsen."]


def test_a_trials_aim_and_a_project_run_over_years_and_what_of_its_grant_was_used(nlp):
    text = ("Vätgas på linjen\n\nÅby trafik AB testar två bussar på vätgas i projektet Gröna linjen, som pågår 2031–2033. "
            "Energimyndigheten bidrar med 5 miljoner kronor. Försöket ska också visa vad en större flotta skulle kosta.\n")
    assert _projects(text, nlp)[0]["goals"] == ["Försöket ska också visa vad en större flotta skulle kosta."]
    text = ("§ 12 Slutrapport för projektet ”Sommar i skogen”\n\nÅby kommun har under 2031–2032 drivit projektet Sommar i "
            "skogen med stöd från Länsstyrelsen Exempel. Av det beviljade stödet på 400 000 kronor har 350 000 kronor "
            "använts.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby kommun", "2031", "2032")
    assert [f["amount"] for f in project["funding"]] == [400000]


def test_a_municipality_invited_as_partner_pays_its_part_after_the_fund(nlp):
    text = ("§ 14 Deltagande i projektet ”Skogen och vi”\n\nÖby kommun har bjudits in som partner i projektet Skogen och "
            "vi, som leds av Åby högskola. Kommunens del av budgeten är 150 000 kronor. Av den betalar Europeiska "
            "regionala utvecklingsfonden 100 000 kronor och kommunen 50 000 kronor.\n")
    project = _projects(text, nlp)[0]
    assert project["partners"] == ["Öby kommun"]
    assert sorted(project["funders"]) == ["Europeiska regionala utvecklingsfonden", "Öby kommun"]


def test_payers_of_a_share_in_kind_and_two_who_split_the_cost(nlp):
    text = ("§ 9 Projektet ”Trygg natt”\n\nÅby kommun är projektägare. Projektet finansieras av Europeiska socialfonden "
            "plus med 2 000 000 kronor. Kommunens medfinansiering består av arbetstid motsvarande 300 000 kronor.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Europeiska socialfonden plus", "Åby kommun"]
    text = ("Nyhetsbrev\n\nUnga i byn\nÖby folkhögskola driver projektet tillsammans med fritidsgårdarna i Åby kommun och "
            "Öby kommun. Leader Exempelbygd och Åby kommun delar på kostnaden och betalar 50 000 kronor var.\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["partners"]) == ["Åby kommun", "Öby kommun"]
    assert sorted(project["funders"]) == ["Leader Exempelbygd", "Åby kommun"]


def test_two_payers_who_stand_for_the_national_share(nlp):
    text = ("Arktiska bär\n\nProjektägare: Åby universitet\nTotal budget: 1 000 000 €\n\nFinansiering\n\nProjektet "
            "finansieras av Interreg Aurora. Region Exempel och Öby förbund står för den nationella medfinansieringen.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Interreg Aurora", "Region Exempel", "Öby förbund"]


def test_a_questions_page_names_the_owner_in_its_answer_and_a_capitalised_plural_is_a_name(nlp):
    page = ("<html><body><main><h1>Återbruk i Åby</h1><p>Kommunen samlar byggmaterial som kan användas igen.</p>"
            "<h2>Vem driver projektet?</h2><p>Åby kommun, genom enheten för avfall. Åby högskola och Byggarna Syd "
            "deltar i arbetet.</p><h2>Hur länge pågår det?</h2><p>Från 1 mars 2032 till 28 februari 2034.</p>"
            "</main></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert project["owner"] == "Åby kommun"
    assert sorted(project["partners"]) == ["Byggarna Syd", "Åby högskola"]


def test_a_shared_contact_section_names_each_persons_project(nlp):
    text = ("Nyheter\n\nTvå nya projekt\n\nDet första projektet heter Läsande byar och leds av Åby kommun. Det får "
            "500 000 kronor från Region Exempel och pågår under 2032.\n\nDet andra projektet, Skrivande unga, drivs av "
            "Öby folkhögskola. Det har beviljats 300 000 kronor av Region Exempel och pågår under 2033.\n\n"
            "Kontakt\nLäsande byar: Eva Ek, eva.ek@exempel.se\nSkrivande unga: Per Berg, per.berg@exempel.se\n")
    contacts = {p["name"]: [c["name"] for c in p["contacts"]] for p in _projects(text, nlp)}
    assert contacts == {"Läsande byar": ["Eva Ek"], "Skrivande unga": ["Per Berg"]}


def test_a_boards_decision_on_applications_pays_the_rows_and_a_not_granted_line_names_no_payer(nlp):
    text = ("Region Exempel – Kultur\n\nRegion Exempels kulturnämnd beslutade den 3 maj 2032 om 12 ansökningar. "
            "Listan visar de beviljade projekten.\n\nSökande\tProjekt\tBelopp (kr)\nÅby teaterförening\tScen i byn\t"
            "80 000\nÖby musikförening\tSång på torget\t40 000\n\nEj beviljade: fyra ansökningar.\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["Region Exempel"], ["Region Exempel"]]


def test_a_decision_of_support_out_of_a_fund_gives_its_ceiling_as_the_eu_rate(nlp):
    text = ("Tillväxtverket\nBESLUT\nÄrendeid: 20320001\n\nBeslut om stöd ur Europeiska regionala utvecklingsfonden\n\n"
            "Tillväxtverket beviljar Åby Energi AB stöd med högst 900 000 kronor ur Europeiska regionala "
            "utvecklingsfonden för projektet Sol på taken. Stödet får uppgå till högst 40 procent av de "
            "stödberättigande kostnaderna.\n")
    assert _projects(text, nlp)[0]["eu_cofinancing_rate"] == 40


def test_an_annual_reports_run_in_project_names_and_its_accounts_table(nlp):
    text = ("Verksamhetsberättelse 2032\n\nProjekt under året\n\nLäs och skriv. Förbundet driver projektet tillsammans "
            "med Åby kommun. Projektet får 800 000 kronor från Europeiska socialfonden plus och pågår 2031–2033.\n\n"
            "Trygga steg. Projektet är ett samarbete med Region Exempel, som är projektägare. Det pågår under 2032 och "
            "finansieras av förbundet med 200 000 kronor.\n\nEkonomi\n\n\t2032\t2031\nIntäkter\t5 000 000\t4 800 000\n"
            "Kostnader\t4 900 000\t5 000 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert sorted(projects) == ["Läs och skriv", "Trygga steg"]
    assert projects["Trygga steg"]["owner"] == "Region Exempel"


def test_norwegian_partners_after_also_and_a_blog_post_by_the_projects_owner(nlp):
    text = ("Nyheter\n\nProsjektet Fjellvegen har fått 2 millioner kroner fra Interreg Aurora. Prosjekteier er Åby "
            "kommune. Også Öby kommune og Åre kommun deltar i prosjektet.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["Åre kommun", "Öby kommune"]
    text = ("Blogg\n\nNu börjar vi!\n3 maj 2032 · Av Eva Ek · 2 kommentarer\n\nVi på Åby Hushållningssällskap har dragit "
            "igång projektet Bär från skogen. Under två år, från juni 2032 till maj 2034, ska vi hjälpa bärplockare att "
            "sälja sina bär.\n\nPengarna kommer från Landsbygdsfonden via Länsstyrelsen i Exempels län, som har beviljat "
            "oss 600 000 kronor.\n\nVi vill att minst tio nya företag ska sälja bär när projektet är slut.\n\nHar du "
            "frågor? Hör av dig till mig, eva.ek@exempel.se.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2032-06", "2034-05")
    assert project["funders"] == ["Landsbygdsfonden"]
    assert project["goals"] == ["Vi vill att minst tio nya företag ska sälja bär när projektet är slut."]
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@exempel.se"}]


def test_an_application_forms_contact_part_financing_and_party_tables(nlp):
    text = ("Ansökan om projektstöd\n\n1. Uppgifter om sökande\n1.1 Organisationens namn: Åby byalag\n\n"
            "2. Kontaktperson för projektet\n2.1 Namn: Eva Ek\n2.2 E-post: eva.ek@exempel.se\n\n3. Projektet\n"
            "3.1 Projektets namn: Ljus i byn\n3.2 Startdatum: 2031-04-01\n3.3 Slutdatum: 2032-03-31\n\n"
            "4. Samverkansparter\nOrganisation: Roll i projektet\nÅby kommun: Deltar i styrgruppen\n\n"
            "5. Finansiering\nFinansiär: Belopp, kr\nSökt stöd från Leader Exempelbygd: 300 000\nEgen insats: 50 000\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["contacts"][0]["name"], project["partners"]) == ("Ljus i byn", "Eva Ek", ["Åby kommun"])
    assert sorted(f["amount"] for f in project["funding"]) == [50000, 300000]


def test_a_list_of_delegated_decisions_in_labelled_sentences(nlp):
    text = ("Region Exempel\nFörteckning över delegationsbeslut\n\n"
            "Dnr RUN 2031-0011. Projekt: Mat i byn. Sökande: Åby byalag. Beviljat: 100 000 kr. Period: 2031-03-01–2031-12-31.\n"
            "Dnr RUN 2031-0012. Projekt: Bussar på landet. Sökande: Öby kommun. Avslag.\n"
            "Dnr RUN 2031-0013. Projekt: Kulturarv i Åby. Sökande: Åby museum. Beviljat: 80 000 kr. Period: 2031-05-01–2031-12-31.\n")
    projects = {p["name"]: (p["case_number"], p["funders"]) for p in _projects(text, nlp)}
    assert projects == {"Mat i byn": ("RUN 2031-0011", ["Region Exempel"]),
                        "Kulturarv i Åby": ("RUN 2031-0013", ["Region Exempel"])}


def test_english_partners_with_an_article_and_a_payer_beside_volunteers(nlp):
    text = ("News\n\nÅby University receives SEK 5 million\n\nÅby University has been granted SEK 5 million by the Swedish "
            "Energy Agency for the project IceGrid, which runs from 2032 to 2034. Öby University and the Norwegian "
            "Water Directorate are partners.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["Norwegian Water Directorate", "Öby University"]
    text = ("Byn bygger om\n\nÅby byaförening har beviljats 500 000 kronor från Leader Exempelbygd för projektet Byns hus. "
            "Åby kommun går in med 100 000 kronor, och byborna bidrar med ideellt arbete.\n")
    project = _projects(text, nlp)[0]
    assert (project["partners"], sorted(project["funders"])) == ([], ["Leader Exempelbygd", "Åby kommun"])


def test_an_adjective_inside_a_clubs_name_and_a_season_with_its_year(nlp):
    text = ("Nya projekt\n\nÅby alpina klubb får 300 000 kronor för projektet Spår i backen.\n\nÖby teaterförening får "
            "90 000 kronor för projektet Scen på gården, som ska spela på tre gårdar sommaren 2032.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Spår i backen"]["owner"] == "Åby alpina klubb"
    assert (projects["Scen på gården"]["start_date"], projects["Scen på gården"]["end_date"]) == ("2032", "2032")


def test_shares_of_a_programme_an_authority_and_the_municipalities_taking_part(nlp):
    text = ("Fria vattenvägar\n\nProjektet öppnar vägar för fisk i tre åar.\n\nSamarbete\n\nLänsstyrelsen i Exempels län "
            "driver projektet tillsammans med Västerås stad och Öby kommun.\n\nProjektperiod: 2032–2035\nBudget: 10 miljoner "
            "kronor\nFinansiering: EU:s LIFE-program 60 procent, Havs- och vattenmyndigheten 30 procent, kommunerna 10 "
            "procent\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Havs- och vattenmyndigheten", "LIFE-program", "Västerås stad",
                                                          "Öby kommun"]


def test_an_english_release_names_its_project_in_apposition_and_its_about_section_is_the_company(nlp):
    text = ("PRESS RELEASE\n\nÅby Energi AB receives SEK 4 million for a solar park\n\nÅby Energi AB has been granted SEK 4 "
            "million by the Swedish Energy Agency to build a solar park. The project, Sun Valley, will run from June 2032 "
            "to May 2034. The total investment is SEK 9 million.\n\n\"We are proud,\" says CEO Eva Ek.\n\nFor more "
            "information, contact Per Berg, per.berg@example.se\n\nAbout Åby Energi AB\nÅby Energi AB was founded in "
            "2020 and is owned by Öby kommun and Åby Holding AB.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["partners"]) == ("Sun Valley", [])
    assert sorted(f["amount"] for f in project["funding"]) == [4000000, 9000000]


def test_a_lag_minutes_decision_table_flattened_one_cell_per_line(nlp):
    text = ("PROTOKOLL\nLAG-möte Leader Exempelbygd\n\n§ 4 Beslut om ansökningar\n\nProjekt\nSökande\nBelopp, kr\nBeslut\n"
            "Byns fest\nÅby byalag\n50 000\nBeviljas\nHavets ljud\nÖby musikförening\n80 000\nAvslag\nNya stigar\n"
            "Åby kommun\n200 000\nBeviljas\n\nProjekten finansieras av Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    projects = {p["name"]: p["funders"] for p in _projects(text, nlp)}
    assert sorted(projects) == ["Byns fest", "Nya stigar"]
    assert projects["Nya stigar"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "Leader Exempelbygd"]


def test_a_regions_final_report_on_its_support_and_the_cost_it_came_to(nlp):
    text = ("Region Exempel · Slutrapport regionalt projektstöd\n\nSlutrapport: Sol på taken\n\nStödmottagare: Åby Energi AB\n"
            "Beviljat stöd: 500 000 kr\nProjektperiod: 2031-01-01 – 2032-12-31\n\nEkonomi\n\nProjektets totala kostnad blev "
            "1 020 000 kronor.\n")
    project = _projects(text, nlp)[0]
    assert (project["funders"], [f["amount"] for f in project["funding"]]) == (["Region Exempel"], [500000])
    text = "Ren och vind\n\nProjektägare: Åby universitet\nTotal budget: 2 000 000 €\nNorska Interregmedel: 1 500 000 NOK\n"
    assert {"amount": 1500000, "currency": "NOK"} in _projects(text, nlp)[0]["funding"]


def test_an_association_of_friends_that_pays_its_own_share_runs_the_project(nlp):
    text = ("Kvarnen ska locka besökare\n\nNu får föreningen som sköter kvarnen 800 000 kronor från Region Exempel. "
            "Föreningen Åby kvarns vänner står själv för 100 000 kronor. Projektet har fått namnet ”Mjöl och minnen” "
            "och pågår under 2032.\n")
    project = _projects(text, nlp)[0]
    assert project["owner"] == "Föreningen Åby kvarns vänner"
    assert sorted(project["funders"]) == ["Föreningen Åby kvarns vänner", "Region Exempel"]


def test_payers_after_the_verb_beside_one_fronted_with_besides(nlp):
    text = ("Tjänsteskrivelse\n\nMedfinansiering av projektet Unga i jobb\n\nÅby samordningsförbund driver projektet "
            "Unga i jobb, som pågår 2032–2034 och har en total budget på 5 000 000 kronor. Förutom Åre kommun "
            "medfinansierar Krokoms kommun och Bergs kommun projektet.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Bergs kommun", "Krokoms kommun", "Åre kommun"]


def test_the_municipality_by_its_kind_runs_the_project_its_page_tells_of(nlp):
    page = ("<html><head><title>Servicepunkt | Ljusnarsbergs kommun</title></head><body><header>Ljusnarsbergs kommun"
            "</header><main><h1>Servicepunkt</h1><p>I projektet Servicepunkt öppnar kommunen en plats i biblioteket där "
            "invånare får hjälp med e-tjänster.</p><p>Projektet pågår 2032–2033 och finansieras av Post- och "
            "telestyrelsen med 500 000 kronor.</p></main><footer><p>Ljusnarsbergs kommun · Org.nr 212000-2601</p>"
            "</footer></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert (project["owner"], project["owner_orgnr"]) == ("Ljusnarsbergs kommun", "2120002601")


def test_a_numbered_list_of_decisions_each_opening_with_its_case_by_its_label(nlp):
    text = ("Tillväxtverket\nSammanställning av beslut\n\nFöljande projekt har beviljats stöd ur Europeiska regionala "
            "utvecklingsfonden.\n\n1. Ärendeid 20320001 – Byar i rörelse – Åby byalag – 500 000 kr\n"
            "2. Ärendeid 20320002 – Gröna jobb – Öby högskola – 900 000 kr\n\nStödet får uppgå till högst 40 procent "
            "av projektens stödberättigande kostnader.\n")
    projects = {p["name"]: (p["owner"], p["case_number"], p["eu_cofinancing_rate"]) for p in _projects(text, nlp)}
    assert projects == {"Byar i rörelse": ("Åby byalag", "20320001", 40), "Gröna jobb": ("Öby högskola", "20320002", 40)}


def test_a_grid_of_sums_in_two_currencies_and_a_programmes_committee_deciding(nlp):
    page = ("<html><body><main><h1>Beslut om stöd</h1><p>Projekt: Fjällvatten</p><p>Projektägare: Åby kommun</p>"
            "<p>Övriga partner: Norges jeger- og fiskerforbund (NO)</p><h2>Budget</h2><table><tr><th></th><th>EUR</th>"
            "<th>NOK</th></tr><tr><td>EU-medel (ERUF)</td><td>300 000</td><td></td></tr><tr><td>Norska statliga medel</td>"
            "<td></td><td>900 000</td></tr></table><p>Beslutet har fattats av Styrkommittén för Interreg Sverige–Norge.</p>"
            "</main></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert {"amount": 300000, "currency": "EUR"} in project["funding"]
    assert {"amount": 900000, "currency": "NOK"} in project["funding"]
    assert project["funders"] == ["ERUF", "Interreg Sverige–Norge"]  # (as written, its dash too)
    assert project["partners"] == ["Norges jeger- og fiskerforbund"]


def test_a_short_owner_label_in_a_description_list(nlp):
    page = ("<html><body><main><h1>Nya kulturprojekt</h1><p>Nämnden har beviljat kulturmedel till två projekt.</p><dl>"
            "<dt>Teater i byn</dt><dd>Ägare: Åby teaterförening. Beviljat: 90 000 kr. Period: 2032.</dd>"
            "<dt>Dans på torget</dt><dd>Ägare: Öby dansklubb. Beviljat: 60 000 kr. Period: 2032–2033.</dd></dl>"
            "</main></body></html>")
    assert [p["owner"] for p in _projects(page, nlp, ".html")] == ["Åby teaterförening", "Öby dansklubb"]


def test_a_deadline_under_the_turned_down_items_is_every_granted_ones_end(nlp):
    text = ("Pressmeddelande\n\nTre projekt delar på pengarna\n\nBeviljade projekt:\n• Sol på taket (Åby byalag) – 100 000 kr\n"
            "• Träd i stan (Öby trädgårdsförening) – 50 000 kr\n\nAvslogs:\n• Båtar i hamnen (Åby båtklubb)\n\n"
            "Projekten ska vara genomförda senast den 31 december 2033.\n")
    assert [p["end_date"] for p in _projects(text, nlp)] == ["2033-12-31", "2033-12-31"]


def test_a_leader_area_named_with_a_comma_and_a_pending_application_no_entry(nlp):
    text = ("Reportage\n\nByn tar nästa steg\n\nÅby byaförening har fått 500 000 kronor från Leader Sjö, skog och fjäll för "
            "projektet Byns hus. Projektet startar i maj 2032.\n\nFöreningen har också sökt pengar för projektet Ny "
            "lekplats, men där väntar man på beslut.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["funders"]) for p in projects] == [("Byns hus", ["Leader Sjö, skog och fjäll"])]


def test_a_one_row_table_of_facts_is_the_pages_own(nlp):
    page = ("<html><body><main><h1>Vägar till arbete</h1><table><thead><tr><th>Projektägare</th><th>Diarienummer</th>"
            "<th>Start</th><th>Slut</th><th>Total budget</th></tr></thead><tbody><tr><td>Åby kommun</td><td>2032/00011</td>"
            "<td>2032-01-01</td><td>2033-12-31</td><td>2 000 000 kr</td></tr></tbody></table><p>Projektet ska hjälpa "
            "unga till arbete.</p></main></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert (project["name"], project["owner"], project["case_number"]) == ("Vägar till arbete", "Åby kommun", "2032/00011")


def test_an_application_from_an_association_in_the_regions_minutes_names_the_applicant(nlp):
    text = ("Region Värmland\nPROTOKOLL\nRegionstyrelsens arbetsutskott\n\n§ 12 Dnr RS 2032/11\nAnsökan om "
            "medfinansiering från Värmlands Idrottsförbund för projektet Aktiv hela livet\nVärmlands Idrottsförbund söker "
            "300 000 kronor i regional medfinansiering för projektet Aktiv hela livet. Projektet pågår 2032-09-01–2034-08-31. "
            "Projektet finansieras även av Folkhälsomyndigheten.\nBeslut\nArbetsutskottet beslutar att bevilja 300 000 "
            "kronor.\n\n§ 13 Dnr RS 2032/12\nAnsökan om medfinansiering från Arvika kommun för projektet Leden\nArvika "
            "kommun söker 200 000 kronor för projektet Leden. Projektet pågår 2032–2033.\nBeslut\nArbetsutskottet beslutar "
            "att bevilja 150 000 kronor.\n")
    projects = {p["name"]: (p["owner"], p["funders"], [f["amount"] for f in p["funding"]]) for p in _projects(text, nlp)}
    assert projects == {"Aktiv hela livet": ("Värmlands Idrottsförbund", ["Folkhälsomyndigheten", "Region Värmland"], [300000]),
                        "Leden": ("Arvika kommun", ["Region Värmland"], [150000])}  # (asked 200 000, granted 150 000)


def test_a_pages_title_with_its_subtitle_over_text_that_uses_the_short_name(nlp):
    page = ("<html><body><main><h1>IceLab – frysta jordar i Arktis</h1><p>Åby universitet leder projektet IceLab, som "
            "undersöker hur frysta jordar förändras. IceLab får 3 miljoner kronor från Vetenskapsrådet och pågår "
            "2032–2034.</p></main></body></html>")
    assert _projects(page, nlp, ".html")[0]["name"] == "IceLab – frysta jordar i Arktis"


def test_two_school_years_from_the_first_ones_start_to_the_last_ones_end(nlp):
    text = ("Fakta\nProjekt: Läsa för livet\nProjektägare: Åby kulturskola\nStöd: 200 000 kr från Statens kulturråd\n"
            "Period: läsåren 2032/33 och 2033/34\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2032", "2034")


def test_goals_by_their_reach_under_a_goals_section_and_a_hope_stated(nlp):
    text = ("Projektplan: Regn på gården\n\nProjektägare: Åby kommun\nProjekttid: 2032–2034\n\n3. Mål och förväntade "
            "resultat\n\nKortsiktiga mål\n\n- 30 gårdar ska samla regnvatten.\n\nLångsiktiga effekter\n\nPå sikt ska "
            "ön klara torra somrar.\n\n4. Aktiviteter\n\n- Träffar i byarna.\n")
    assert _projects(text, nlp)[0]["goals"] == ["30 gårdar ska samla regnvatten.", "På sikt ska ön klara torra somrar."]
    text = ("Nyheter\n\nÅby kommun startar projektet Stanna här, som får 500 000 kronor från Region Exempel och pågår "
            "2032–2033. Förhoppningen är att fler unga ska bo kvar i kommunen.\n")
    assert _projects(text, nlp)[0]["goals"] == ["Förhoppningen är att fler unga ska bo kvar i kommunen."]


def test_widgets_and_the_sites_footer_line_stay_out_of_goals_and_the_owners_number_by_its_kind(nlp):
    page = ("<html><body><main><h1>Omsorg i byn</h1><p>Föreningen Omsorg i Åby ekonomisk förening startar ett kooperativ "
            "för hemtjänst. Projektet Omsorg i byn pågår 2032–2033 och har fått 900 000 kronor från Europeiska "
            "socialfonden plus. Föreningens organisationsnummer är 769612-3459.</p><h2>Mål</h2><p>Målet är att tio "
            "personer ska få arbete.</p><div>Följ oss på Facebook · Instagram · LinkedIn</div></main><footer><p>Stödbyrån "
            "ekonomisk förening · Org.nr 802466-7787 · Storgatan 1, 831 30 Östersund</p></footer></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert (project["owner"], project["owner_orgnr"]) == ("Föreningen Omsorg i Åby ekonomisk förening", "7696123459")
    assert project["goals"] == ["Målet är att tio personer ska få arbete."]


def test_a_quarter_of_a_million_its_currency_said_before_and_a_decisions_one_row_table(nlp):
    text = ("Nyheter\n\nÅby kommun får tre miljoner kronor från Riksidrottsförbundet och en kvarts miljon från "
            "Sparbanksstiftelsen Exempel för projektet Simma i Åby.\n")
    assert sorted(f["amount"] for f in _projects(text, nlp)[0]["funding"]) == [250000, 3000000]
    text = ("Region Exempel\nDELEGATIONSBESLUT\n\nBeslut om regionalt projektstöd\n\nRegion Exempel beviljar stöd till "
            "följande projekt:\n\nProjekt\tStödmottagare\tBeviljat belopp\tProjektperiod\nSmart industri Åby\tÅby kommun\t"
            "650 000 kr\t2032-09-01 – 2034-08-31\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"], project["end_date"]) == ("Smart industri Åby", "Åby kommun", "2034-08-31")


def test_danish_partners_and_payers_said_of_the_prioritised_stanzas(nlp):
    text = ("Nyheder\n\nProjektet Broen har fået 1 mio. euro fra Interreg Öresund-Kattegat-Skagerrak. Lead partner er "
            "Region Sjælland, og de svenske partnere er Region Skåne og Malmö universitet.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["Malmö universitet", "Region Skåne"]
    text = ("Leader Exempelbygd\nBeslut från LAG\n\nProjekt: Byns fest\nSökande: Åby byalag\nBeslut: Prioriteras med 50 000 kr."
            "\n\nProjekt: Hästar i skogen\nSökande: Öby ryttarförening\nBeslut: Avslag.\n\nPrioriterade projekt finansieras av "
            "Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Europeiska jordbruksfonden för landsbygdsutveckling", "Leader Exempelbygd"]


def test_the_municipalitys_decision_box_on_its_application_form(nlp):
    text = ("Åby kommun · Kultur och fritid\n\nAnsökan om kommunalt föreningsbidrag\n\nFöreningens namn: Åby ryttarförening\n"
            "Projektets namn: Ridning för alla\nSökt belopp: 45 000 kr\nProjektperiod: 2032-02-01 – 2032-11-30\n\n"
            "Kommunens beslut\n\nBeviljat belopp: 40 000 kr\nDatum: 2032-01-20\n")
    project = _projects(text, nlp)[0]
    assert (project["funders"], [f["amount"] for f in project["funding"]]) == (["Åby kommun"], [40000])


def test_a_letterheads_case_run_into_its_address_and_a_flattened_form_asking_its_area(nlp):
    text = ("Svenska ESF-rådet · Beslut\nBox 12 2032-06-02 100 00 Stockholm Diarienummer 2032/00731\nÅby kommun\n\nBeslut om "
            "stöd från Europeiska socialfonden plus\n\nSvenska ESF-rådet beviljar Åby kommun stöd med 900 000 kronor till "
            "projektet Jobbsteget.\n")
    assert _projects(text, nlp)[0]["case_number"] == "2032/00731"
    text = ("1 Ansökan om stöd för lokalt ledd utveckling Leader Exempelbygd 1. Projektets namn Ålen tillbaka 2. Sökande "
            "Åby fiskevårdsförening 3. Projekttid 2032-01-01 - 2033-12-31 4. Sökt belopp 300 000 kr 5. Övrig finansiering "
            "Åby kommun 50 000 kr 6. Projektets syfte Projektet ska hjälpa ålen förbi tre kraftverk. Sida 1 av 1\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Leader Exempelbygd", "Åby kommun"]
    assert sorted(f["amount"] for f in project["funding"]) == [50000, 300000]


def test_a_project_worked_out_together_within_a_programme_and_the_councils_own_share(nlp):
    text = ("Åby kommun\nKommunfullmäktige\nProtokollsutdrag\n\n§ 18 Dnr KS 2032/60\nMedfinansiering av projektet Grön "
            "vätgas\n\nÅby universitet har tillsammans med Öby universitet och Åby kommun tagit fram projektet Grön vätgas "
            "inom Interreg Aurora. Projektet pågår 2033–2035.\n\nBeslut\nKommunfullmäktige beslutar att delta i projektet "
            "och avsätta 60 000 euro i kommunal medfinansiering.\n")
    project = _projects(text, nlp)[0]
    assert project["owner"] == "Åby universitet"
    assert sorted(project["funders"]) == ["Interreg Aurora", "Åby kommun"]


def test_a_release_headed_by_its_organisations_name_and_a_fund_paid_out_by_the_agency(nlp):
    text = ("Åby Energi\nPressmeddelande\n\nÅby Energi och Öby Stål satsar på spillvärme\n\nÅby Energi AB och Öby Stål AB "
            "startar projektet Värme från stålet. Projektet får 20 miljoner kronor från Klimatklivet och ska vara klart i "
            "december 2033.\n")
    assert _projects(text, nlp)[0]["name"] == "Värme från stålet"
    text = ("Nyhet\n\nÅby kommun har beviljats 3 miljoner kronor från Tillväxtverket för projektet Snöns hus. Pengarna kommer "
            "från Europeiska regionala utvecklingsfonden. Åby skidklubb och Åby turistbyrå deltar i planeringen. Den totala "
            "kostnaden är 6 miljoner kronor. Kommunen står själv för resten.\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Europeiska regionala utvecklingsfonden", "Åby kommun"]
    assert sorted(project["partners"]) == ["Åby skidklubb", "Åby turistbyrå"]


def test_a_decisions_matter_named_in_words(nlp):
    text = ("Region Exempel · Beslut om regionalt projektstöd\n\nBeslut\n\nÄrende: Besöksnäring på ön 2033\n"
            "Diarienummer: RUN 2032/0778\nStödmottagare: Åby turistförening\nBeviljat belopp: 500 000 kronor\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["case_number"]) == ("Besöksnäring på ön 2033", "RUN 2032/0778")


def test_the_owner_by_its_acronym_is_no_partner_and_a_ready_date_is_no_aim(nlp):
    text = ("Pressmeddelande\n\nSveriges lantbruksuniversitet har fått 2 miljoner kronor från Naturvårdsverket för "
            "projektet Vilt i balans. I projektet samarbetar SLU med Svenska Jägareförbundet. Projektet pågår 2032–2034.\n")
    assert _projects(text, nlp)[0]["partners"] == ["Svenska Jägareförbundet"]
    text = ("Ny brygga i Åby\n\nÅby byalag har fått 200 000 kronor från Boverket för projektet Ny brygga i Åby. Bryggan "
            "ska vara klar i september 2032.\n")
    assert _projects(text, nlp)[0]["goals"] == []


def test_a_museum_named_with_its_town_a_second_payer_of_as_much_and_a_research_partner(nlp):
    text = ("Nyheter\n\nStadsmuseet i Åby har beviljats 2 miljoner kronor ur Europeiska regionala utvecklingsfonden för "
            "projektet Mönster för alla. Västra Götalandsregionen går in med lika mycket. Högskolan i Borås är med som "
            "forskningspartner. Projektet startar i januari 2033.\n")
    project = _projects(text, nlp)[0]
    assert project["owner"] == "Stadsmuseet i Åby"
    assert sorted(project["funders"]) == ["Europeiska regionala utvecklingsfonden", "Västra Götalandsregionen"]
    assert project["partners"] == ["Högskolan i Borås"]


def test_a_budget_by_year_and_a_financing_plan_under_its_unit_belong_to_the_plans_project(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(text="Broar i bygden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Åby kommun driver projektet Broar i bygden från 1 mars 2033 till 28 februari 2035.",
                   new_x="LMARGIN", new_y="NEXT")
    for caption, rows in (("Kostnadsbudget (kr)", (("Kostnadsslag", "2033", "2034", "Summa"),
                                                   ("Personal", "400 000", "500 000", "900 000"),
                                                   ("Investeringar", "100 000", "200 000", "300 000"),
                                                   ("Summa kostnader", "500 000", "700 000", "1 200 000"))),
                          ("Finansieringsplan (kr)", (("Finansiär", "Belopp"), ("Region Exempel", "600 000"),
                                                      ("Åby kommun", "600 000")))):
        pdf.ln(4)
        pdf.cell(text=caption, new_x="LMARGIN", new_y="NEXT")
        with pdf.table() as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    projects = _projects(bytes(pdf.output()), nlp, ".pdf")
    assert [p["name"] for p in projects] == ["Broar i bygden"]  # no post of the budget, no caption, is a project
    assert projects[0]["funders"] == ["Region Exempel", "Åby kommun"]


def test_partners_in_countries_and_a_grantee_named_after_a_go_ahead(nlp):
    text = ("News\n\nThe project Fish Forward is led by Åby University. Partners are Öby College in Norway and the "
            "University of Exampleton in Finland, together with Åby municipality. The project runs 2033–2035.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["University of Exampleton", "Åby municipality",
                                                             "Öby College"]
    text = ("Nyheter\n\nByalaget i Åby har fått klartecken för fiberprojektet. Länsstyrelsen i Exempellän beviljar Åby "
            "fiberförening ekonomisk förening 1,2 miljoner kronor till projektet Fiber i byn.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby fiberförening ekonomisk förening"


def test_a_decisions_clause_long_label_gives_the_end_date(nlp):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(text="Beslut om projektstöd", new_x="LMARGIN", new_y="NEXT")
    for label, value in (("Projekt", "Gårdar i Åby"), ("Sökande", "Åby hembygdsförening"), ("Beviljat stöd", "200 000 kronor"),
                         ("Ni ska vara klara med projektet senast", "2034-03-31")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(90, 6, label)
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    assert _projects(bytes(pdf.output()), nlp, ".pdf")[0]["end_date"] == "2034-03-31"


def test_a_flattened_timetable_before_the_sentence_that_states_the_period(nlp):
    text = ("Projektansökan\n\nProjektets namn: Leden längs ån\nSökande: Åby turistförening\n\nTidplan Aktivitet Tidpunkt "
            "Markägaravtal juni-augusti 2033 Styrelsen Röjning hösten 2033 Projektledare Projektet pågår från juni 2033 "
            "till och med november 2034.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2033-06", "2034-11")


def test_a_title_that_spells_out_the_acronym_label_and_dated_decision_lines(nlp):
    text = ("SeaLink – shared ferries for island towns\n\nAcronym: SeaLink\nLead partner: Åby kommun\n"
            "Total budget: EUR 1 500 000\nDuration: 2033–2035\n")
    assert _projects(text, nlp)[0]["name"] == "SeaLink – shared ferries for island towns"
    text = ("Åby kommun\nFörteckning över delegationsbeslut\n\nBeslut 2033-04-02: Bidrag med 20 000 kronor till Åby IF för "
            "projektet Simskola för alla (KFN 2033/11).\nBeslut 2033-04-05: Bidrag med 12 000 kronor till Öby "
            "hembygdsförening för projektet Minnen från Öby (KFN 2033/12).\nBeslut 2033-04-07: Ansökan från Åby "
            "scoutkår om bidrag till ett läger avslås (KFN 2033/13).\nBeslut 2033-04-09: Bidrag med 15 000 kronor till "
            "Öby byalag för projektet Byns egen scen (KFN 2033/14).\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Simskola för alla", "Minnen från Öby", "Byns egen scen"]
    assert [p["owner"] for p in projects] == ["Åby IF", "Öby hembygdsförening", "Öby byalag"]


def test_the_municipality_by_its_kind_pays_as_much_as_the_region(nlp):
    text = ("Nyheter\n\nÅby kommun har startat projektet Kusten året om. Region Exempel går in med 300 000 kronor och "
            "kommunen med lika mycket.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Region Exempel", "Åby kommun"]


def test_check_marked_decisions_and_a_deadline_for_all_granted(nlp):
    text = ("Nyhetsbrev\n\nBeslut från LAG\n\n✔ Ljus i byn – Åby byalag – 80 000 kr\n✖ Ny bastu – Öby bastuförening (avslag)\n"
            "✔ Sjöbodarna – Öby hembygdsförening – 120 000 kr\n\nAlla beviljade projekt ska vara slutförda senast den "
            "30 juni 2035.\n")
    projects = _projects(text, nlp)
    assert [p["name"] for p in projects] == ["Ljus i byn", "Sjöbodarna"]
    assert [p["end_date"] for p in projects] == ["2035-06-30", "2035-06-30"]


def test_a_final_reports_outcome_beside_its_grant_is_no_funding(nlp):
    text = ("Slutrapport\n\nProjekt: Ängar i Åby\nStödmottagare: Åby byalag\nBeviljat stöd: 300 000 kr\n"
            "Utfall, totala kostnader: 270 000 kr\n")
    assert _projects(text, nlp)[0]["funding"] == [{"amount": 300000, "currency": "SEK"}]


def test_an_association_named_with_i_and_its_legal_form_and_a_rebuild_that_starts(nlp):
    text = ("Tjänsteskrivelse\n\nMedfinansiering av projektet Gårdar i tiden\n\nGårdar i tiden ekonomisk förening har ansökt "
            "om medfinansiering till projektet Gårdar i tiden. Kommunen beviljar Gårdar i tiden ekonomisk förening 100 000 "
            "kronor till projektet.\n")
    assert _projects(text, nlp)[0]["owner"] == "Gårdar i tiden ekonomisk förening"
    text = ("Nyheter\n\nÅby byalag har fått 500 000 kronor från Boverket till projektet Stationshuset. Ombyggnaden börjar "
            "i augusti 2033.\n")
    assert _projects(text, nlp)[0]["start_date"] == "2033-08"


def test_one_of_the_projects_by_name_and_two_payers_together(nlp):
    text = ("Nyheter\n\nMyndigheten har fördelat totalt 90 miljoner kronor till tolv projekt.\n\nEtt av de största projekten "
            "är Solbyn, som drivs av Åby kommun. Projektet får 8 miljoner kronor. Region Exempel och Öby kommun bidrar "
            "tillsammans med ytterligare 2 miljoner kronor.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"]) == ("Solbyn", "Åby kommun")
    assert sorted(project["funders"]) == ["Region Exempel", "Öby kommun"]


def test_a_partner_named_after_the_people_it_works_with(nlp):
    text = ("Nyheter\n\nÅby kommun har fått 900 000 kronor från Boverket för projektet Gröna gårdar. Arbetet görs "
            "tillsammans med elever, föräldrar och Åbybostäder.\n")
    assert _projects(text, nlp)[0]["partners"] == ["Åbybostäder"]


def test_a_publisher_named_with_its_unit_and_an_owner_granted_by_a_perfect_verb(nlp):
    text = ("Beslutade ärenden – regionala projektmedel, kvartal 2\n\nRegion Gävleborg, regional utveckling. Beloppen i "
            "kronor.\n\n"
            "| Dnr | Stödmottagare | Projektnamn | Beviljat |\n| RUN 2033/11 | Åby kommun | Torget | 200 000 |\n"
            "| RUN 2033/12 | Öby IF | Nya banan | 90 000 |\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["Region Gävleborg"], ["Region Gävleborg"]]
    text = ("Årsrapport\n\nUnder året har regionen beviljat Åby byalag 300 000 kronor för projektet Byns hjärta, som pågår "
            "under 2033.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby byalag"


def test_an_interview_of_questions_and_answers_and_a_second_payer_of_its_own_sum(nlp):
    text = ("Fem frågor om Kusten året om\n\nFråga: Vem driver projektet?\nSvar: Projektet drivs av Åby turistförening.\n\n"
            "Fråga: Hur finansieras det?\nSvar: Region Exempel står för 900 000 kronor och Åby kommun för 300 000 kronor.\n\n"
            "Fråga: Vem kan jag kontakta?\nSvar: Projektledaren Eva Ek, eva.ek@example.se.\n")
    project = _projects(text, nlp)[0]
    assert project["owner"] == "Åby turistförening"
    assert sorted(project["funders"]) == ["Region Exempel", "Åby kommun"]
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@example.se"}]


def test_we_on_the_owners_own_page_state_its_aim(nlp):
    page = ("<html><head><title>Åby hembygdsförening - Projekt</title></head><body><table><tr><td>"
            "<b>Åby hembygdsförening</b></td></tr><tr><td><h2>Vallen lever</h2><p>Föreningen har fått 100 000 kronor från "
            "Leader Exempel för projektet Vallen lever.</p><table border='1'><tr><td>Projektägare</td><td>Åby "
            "hembygdsförening</td></tr><tr><td>Projekttid</td><td>2033-05-01 – 2034-10-31</td></tr></table>"
            "<p>Vi vill att vallen ska bli ett besöksmål igen.</p></td></tr></table></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert project["goals"] == ["Vi vill att vallen ska bli ett besöksmål igen."]


def test_a_quote_read_as_a_bullet_is_no_aim(nlp):
    text = ("Åby kommun\n\nNy satsning på kusten\n\nÅby kommun har startat projektet Kusten året om. Region Exempel går in "
            "med 300 000 kronor.\n\n– Vi vill att kusten ska leva hela året, säger kommunalrådet Eva Ek.\n")
    assert _projects(text, nlp)[0]["goals"] == []


def test_projects_at_an_organisation_with_their_leaders_in_apposition(nlp):
    text = ("Pressmeddelande\n\nTvå projekt vid Åby högskola har beviljats sammanlagt 4 miljoner kronor från Vinnova.\n\n"
            "Smarta skogar – projektledare Eva Ek vid institutionen för teknik – får 2,5 miljoner kronor för att mäta "
            "fukt i virke.\n\nLugna vintrar – projektledare Per Berg vid institutionen för ekonomi – får 1,5 miljoner "
            "kronor för att studera turismen.\n")
    projects = _projects(text, nlp)
    assert [p["owner"] for p in projects] == ["Åby högskola", "Åby högskola"]
    assert [p["contacts"] for p in projects] == [[{"name": "Eva Ek", "email": None}], [{"name": "Per Berg", "email": None}]]


def test_a_sum_taken_from_an_appropriation_and_a_fund_sites_name_beside_the_pages_kind(nlp):
    text = ("Protokoll\n\n§ 12 Medel till projektet Gruvans framtid\nKommunfullmäktige beslutar att ta i anspråk 300 000 "
            "kronor ur kommunstyrelsens förfogandeanslag för projektet Gruvans framtid, som drivs av Stiftelsen Åby "
            "gruva under 2033.\n")
    assert _projects(text, nlp)[0]["funding"] == [{"amount": 300000, "currency": "SEK"}]
    text = ("Leader Exempelbygd · Projektblad\n\nByns båthus\n\nProjektägare: Åby båtklubb\nBeviljat stöd: 90 000 kr\n"
            "Projektperiod: 2033-04-01 – 2034-03-31\n")
    assert _projects(text, nlp)[0]["funders"] == ["Leader Exempelbygd"]


def test_an_english_project_name_before_its_verb_and_those_it_brings_together(nlp):
    text = ("News\n\nThe project Snow Paths brings together Åby University and the Öby Institute for Forestry. It is led by "
            "Åby University. The project has a budget of SEK 2 million and runs from 2033 to 2035.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"]) == ("Snow Paths", "Åby University")
    assert project["partners"] == ["Öby Institute for Forestry"]


def test_work_packages_are_parts_of_the_project_and_their_leaders_take_part(nlp):
    page = ("<html><body><h1>Gröna gårdar</h1><p>Åby kommun leder projektet Gröna gårdar, som har en budget på 2 miljoner "
            "kronor från Boverket.</p><h2>Arbetspaket</h2><h3>Arbetspaket 1: Kartläggning</h3><p>Vi kartlägger gårdarna."
            "</p><h3>Arbetspaket 2: Test</h3><p>Arbetspaketet leds av Öby kommun, som testar nya material.</p>"
            "<h2>Projekttid</h2><p>2033-09-01 – 2035-08-31</p></body></html>")
    projects = _projects(page, nlp, ".html")
    assert [(p["name"], p["owner"]) for p in projects] == [("Gröna gårdar", "Åby kommun")]
    assert projects[0]["partners"] == ["Öby kommun"]
    assert (projects[0]["start_date"], projects[0]["end_date"]) == ("2033-09-01", "2035-08-31")


def test_a_grants_label_that_names_its_fund_after_a_comma(nlp):
    text = "Delrapport\n\nProjektnamn: Leden\nStödmottagare: Åby turism AB\nBeviljat stöd, ERUF: 900 000 kr\n"
    project = _projects(text, nlp)[0]
    assert (project["funders"], project["funding"]) == (["ERUF"], [{"amount": 900000, "currency": "SEK"}])


def test_a_contact_section_of_the_leader_and_the_assistant(nlp):
    text = ("Ljus i byn\n\nÅby byalag driver projektet Ljus i byn med 200 000 kronor från Leader Exempel under 2033.\n\n"
            "Kontakt\nProjektledare: Eva Ek, eva.ek@example.se\nProjektassistent: Per Berg, per.berg@example.se\n")
    assert [c["name"] for c in _projects(text, nlp)[0]["contacts"]] == ["Eva Ek", "Per Berg"]


def test_two_grants_in_one_sentence_and_the_money_of_both_from_the_sites_fund(nlp):
    text = ("Nyheter från Mora kommun\n\nTvå föreningar får pengar\n\nMora IF får 20 000 kronor till projektet Bollskola och "
            "Mora hembygdsförening 10 000 kronor till projektet Gamla gårdar. Pengarna kommer från kommunens föreningsfond.\n")
    projects = _projects(text, nlp)
    assert [(p["name"], p["owner"]) for p in projects] == [("Bollskola", "Mora IF"), ("Gamla gårdar", "Mora hembygdsförening")]
    assert [p["funders"] for p in projects] == [["Mora kommun"], ["Mora kommun"]]


def test_a_funding_bodys_newsletter_in_capitals_pays_what_it_says_got_money(nlp):
    text = ("==============================\nNYHETSBREV FRÅN SAMORDNINGSFÖRBUNDET ÅBY\n==============================\n\n"
            "FÖRLÄNGT: VÄGEN TILL JOBB\nProjektet Vägen till jobb, som drivs av Åby kommun, förlängs till och med juni 2034 "
            "och får ytterligare 200 000 kronor.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Samordningsförbundet Åby"]


def test_the_grant_lasting_years_from_a_month_gives_the_start(nlp):
    text = ("Nyheter\n\nÅby byalag har fått 900 000 kronor från Leader Exempel för projektet Byn 2040. Pengarna ska räcka i "
            "tre år, från mars 2033.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2033-03", None)


def test_a_decision_that_changes_the_projects_period(nlp):
    text = ("Beslut om ändring\n\nÄrendenummer: 20331234\nStödmottagare: Åby Innovation AB\nProjekt: Bron\n\nMyndigheten beslutar "
            "att ändra projektperioden för projektet Bron till 2032-09-01 – 2035-06-30. Beviljat stöd är oförändrat "
            "1 000 000 kronor.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2032-09-01", "2035-06-30")


def test_payers_split_by_a_slash_a_joint_grant_and_a_programme_by_its_authority(nlp):
    page = ("<html><body><h1>Projektportfölj</h1><table><thead><tr><th>Projekt</th><th>Extern finansiering</th><th>Budget</th>"
            "</tr></thead><tbody><tr><td>Jobbspår</td><td>ESF+ / Region Exempel</td><td>2,4 mnkr</td></tr>"
            "<tr><td>Gröna gårdar</td><td>Boverket</td><td>1,1 mnkr</td></tr></tbody></table></body></html>")
    assert [p["funders"] for p in _projects(page, nlp, ".html")] == [["ESF+", "Region Exempel"], ["Boverket"]]
    text = ("Nyheter\n\nÅby kommun och Åby museum har tillsammans fått 2 miljoner kronor från Naturvårdsverkets Klimatklivet "
            "för att byta ut oljepannor. Projektet heter Varvet utan olja.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["partners"], project["funders"]) == ("Åby kommun", ["Åby museum"], ["Klimatklivet"])


def test_co_funders_column_beside_the_sites_grant_and_payers_of_the_rest(nlp):
    page = ("<html><head><title>Utvecklingsmedel | Åbys kommunalförbund</title></head><body><h1>Beviljade medel</h1>"
            "<p>Förbundsstyrelsen har beviljat utvecklingsmedel till följande projekt.</p><table><thead><tr><th>Projekt</th>"
            "<th>Sökande</th><th>Beviljat</th><th>Medfinansiärer</th></tr></thead><tbody><tr><td>Textil</td><td>Åby högskola"
            "</td><td>600 000 kr</td><td>Öby kommun</td></tr><tr><td>Turism</td><td>Åby kommun</td><td>250 000 kr</td>"
            "<td>Region Exempel</td></tr></tbody></table></body></html>")
    assert [p["funders"] for p in _projects(page, nlp, ".html")] == [["Öby kommun", "Åbys kommunalförbund"],
                                                                      ["Region Exempel", "Åbys kommunalförbund"]]
    text = ("Nyheter\n\nProjektet Säsong har fått totalt 3 miljoner kronor, varav 1,5 miljoner kronor från Europeiska "
            "socialfonden plus och resten från Region Exempel och Åby kommun. Projektet drivs av Åby turism.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Europeiska socialfonden plus", "Region Exempel", "Åby kommun"]


def test_a_board_granting_as_applied_and_we_got_support_on_our_own_page(nlp):
    text = ("Kommunstyrelsen · Åby kommun\n\nProtokollsutdrag\n\nDiarienummer: KS 2033/28\n\nMedfinansiering av projektet "
            "Bygdens år\n\nÅby turistförening har ansökt om medfinansiering med 100 000 kronor till projektet Bygdens år.\n\n"
            "Kommunstyrelsen beslutar att bevilja medfinansieringen enligt ansökan.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Åby kommun"]
    page = ("<html><head><title>Cykelleden | Åby Vägförening</title></head><body><h1>Cykelleden</h1><p>Vi har fått stöd "
            "från Tillväxtverket för att ta fram en cykelled. Projektet Cykelleden pågår från maj 2033 till april 2035.</p>"
            "</body></html>")
    assert _projects(page, nlp, ".html")[0]["owner"] == "Åby Vägförening"


def test_an_entry_run_by_its_owner_and_granted_a_sum_for_one_year(nlp):
    text = ("Nämnden beslutade om stöd till två projekt:\n\nProjektet Torget drivs av Åby kommun och får 2,2 mnkr under "
            "2033–2034.\n\nFörstudien Grön hamn drivs av Öby kommun och får 350 tkr under 2033.\n")
    assert [(p["start_date"], p["end_date"]) for p in _projects(text, nlp)] == [("2033", "2034"), ("2033", "2033")]


def test_the_rest_paid_by_two_named_after_the_verb(nlp):
    text = ("Nyheter\n\nProjektet Vätgas i Åby har en omslutning på 2 miljoner kronor och finansieras till 60 procent av "
            "Europeiska regionala utvecklingsfonden. Resten står Region Exempel och Åby kommun för. Projektet drivs av Åby "
            "Science Park.\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Europeiska regionala utvecklingsfonden", "Region Exempel", "Åby kommun"]
    assert project["eu_cofinancing_rate"] == 60


def test_a_ranked_lead_before_an_entrys_name(nlp):
    text = ("Leader Exempel delar ut pengar\n\nLAG har prioriterat två projekt.\n\nStörst blir Åby fiskeläge, där Åby "
            "hembygdsförening får 600 000 kronor för att rusta bodarna.\n\nMinst blir Byns minnen, där Öby byalag får "
            "200 000 kronor för att spela in berättelser.\n")
    assert [p["name"] for p in _projects(text, nlp)] == ["Åby fiskeläge", "Byns minnen"]


def test_a_club_named_by_its_towns_genitive_takes_part(nlp):
    text = ("Nyheter\n\nÅby kommun har beviljats 500 000 kronor av Allmänna arvsfonden för projektet Simkunnig. Projektet "
            "genomförs tillsammans med Umeås simsällskap och Svenska Livräddningssällskapet.\n")
    assert sorted(_projects(text, nlp)[0]["partners"]) == ["Svenska Livräddningssällskapet", "Umeås simsällskap"]


def test_a_second_payers_further_sum_makes_it_no_partner(nlp):
    text = ("Nyheter\n\nÅby hembygdsförening har fått 190 000 kronor från Leader Exempel för projektet Kvarnen lever. "
            "Länsstyrelsen i Exempellän bidrar med ytterligare 60 000 kronor.\n")
    project = _projects(text, nlp)[0]
    assert (sorted(project["funders"]), project["partners"]) == (["Leader Exempel", "Länsstyrelsen i Exempellän"], [])


def test_a_financing_plans_lines_name_their_payer_by_source_by_note_and_by_reference(nlp):
    text = ("Brygga i Åby\n\nÅby kommun bygger en ny brygga vid badplatsen.\n\nProjektägare: Åby kommun\n\nFinansiering\n"
            "Stöd från Boverket: 300 000 kronor\nKommunens insats: 120 000 kronor\n\n"
            "Finansiär: Belopp (kr)\nÅby kommun (egen insats): 80 000\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Boverket", "Åby kommun"]
    assert sorted(f["amount"] for f in project["funding"]) == [80000, 120000, 300000]


def test_a_projects_cell_spanning_its_payers_rows_gives_each_payer_and_part(nlp):
    page = ("<html><body><main><h1>Beviljade projekt</h1><table><tr><th>Projekt</th><th>Stödmottagare</th>"
            "<th>Finansiär</th><th>Belopp</th></tr><tr><td rowspan='2'>Ny brygga</td><td rowspan='2'>Åby båtklubb</td>"
            "<td>Leader Kust, hav och land</td><td>300 000 kr</td></tr><tr><td>Åby kommun</td><td>40 000 kr</td></tr>"
            "<tr><td>Ljus i byn</td><td>Öby byalag</td><td>Leader Kust, hav och land</td><td>90 000 kr</td></tr>"
            "</table></main></body></html>")
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert sorted(projects["Ny brygga"]["funders"]) == ["Leader Kust, hav och land", "Åby kommun"]
    assert sorted(f["amount"] for f in projects["Ny brygga"]["funding"]) == [40000, 300000]
    assert projects["Ljus i byn"]["funders"] == ["Leader Kust, hav och land"]


def test_a_co_financiers_name_in_brackets_after_its_sum(nlp):
    text = ("Ny brygga\n\nProjektägare: Åby kommun\nBeviljat stöd: 300 000 kr\n"
            "Offentlig medfinansiering: 120 000 kr (Länsstyrelsen i Exempellän)\n")
    assert "Länsstyrelsen i Exempellän" in _projects(text, nlp)[0]["funders"]


@pytest.mark.parametrize("sentence", [
    "Pengarna används under 2034 till nya bänkar och belysning.",
    "Pengarna ska användas till nya bänkar och belysning under 2034.",
    "Under 2034 byggs en ny brygga och en grillplats.",
    "Arbetet görs under 2034 och ska ge byn en samlingsplats.",
])
def test_the_one_year_the_named_projects_work_is_done(nlp, sentence):
    text = f"Ny brygga i Åby\n\nÅby byalag har fått 200 000 kronor från Leader Exempel till projektet Bryggan.\n\n{sentence}\n"
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2034", "2034")


def test_a_grant_that_names_no_project_gets_no_year_from_its_spending(nlp):
    text = ("Pengar till fler platser i äldreomsorgen\n\nÅby kommun har fått 900 000 kronor i statsbidrag från "
            "Socialstyrelsen.\n\nPengarna ska användas till fler korttidsplatser under 2034.\n")
    assert all(p.get("start_date") is None for p in _projects(text, nlp))


def test_a_span_in_years_then_when_it_starts(nlp):
    text = ("Simskola för alla\n\nÅby kommun har fått 900 000 kronor från Allmänna arvsfonden för projektet Simkunnig. "
            "Under tre år, från våren 2034, ska alla barn i årskurs 2 få simundervisning.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project.get("end_date")) == ("2034", None)


def test_an_exports_table_of_sums_in_ore_under_a_head_in_kronor(nlp):
    text = ("Beviljade ärenden\n\nÄrende | Projektnamn | Stödmottagare | Beviljat belopp (kr) | Projektstart\n"
            "2034-0101 | Ny brygga | Åby båtklubb | 310 000,00 | 2034-05-01\n"
            "2034-0107 | Ljus i byn | Öby byalag | 1 025 500,00 | 2034-06-01\n")
    assert sorted(p["funding"][0]["amount"] for p in _projects(text, nlp)) == [310000, 1025500]


def test_minutes_items_headed_by_the_applicant_take_the_projects_name_from_their_text(nlp):
    text = ("ÅBY KOMMUN\nKulturnämnden\nPROTOKOLL\n\n§ 4 Ansökan om bidrag – Åby hembygdsförening\nDnr KN 2034/3\n"
            "Åby hembygdsförening har ansökt om bidrag till projektet Kvarnens dag, en dag med öppen kvarn.\nBeslut\n"
            "Kulturnämnden beviljar Åby hembygdsförening 20 000 kronor för projektet Kvarnens dag.\n\n"
            "§ 5 Ansökan om bidrag – Öby byalag\nDnr KN 2034/5\nÖby byalag har ansökt om bidrag till projektet Byns "
            "bänkar, nya bänkar längs sjön.\nBeslut\nKulturnämnden beviljar Öby byalag 15 000 kronor för projektet Byns bänkar.\n")
    assert sorted((p["name"], p["owner"]) for p in _projects(text, nlp)) == [
        ("Byns bänkar", "Öby byalag"), ("Kvarnens dag", "Åby hembygdsförening")]


def test_projects_told_of_by_their_rank_then_another(nlp):
    text = ("Två projekt får stöd\n\nRegion Exempel satsar på två nya projekt.\n\nDet största är Kustleden, som drivs "
            "av Åby kommun. Projektet får 900 000 kronor.\n\nEtt annat projekt som fått pengar är Byns bryggor, som drivs "
            "av Öby byalag. Det får 200 000 kronor.\n")
    assert sorted((p["name"], p["owner"]) for p in _projects(text, nlp)) == [
        ("Byns bryggor", "Öby byalag"), ("Kustleden", "Åby kommun")]


def test_a_decision_letters_addressee_without_its_address_and_the_costs_allowed_from_and_to(nlp):
    text = ("REGION EXEMPEL · BESLUT\n\nMottagare: Åby folkhögskola, Box 12, 123 45 Åby\n\nBeslut om stöd till projektet "
            "Ny kurs\n\nRegion Exempel beviljar Åby folkhögskola ett stöd om högst 400 000 kronor för projektet Ny kurs.\n\n"
            "Stödberättigande kostnader får uppstå från och med 2034-03-01 till och med 2035-02-28.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["start_date"], project["end_date"]) == ("Åby folkhögskola", "2034-03-01", "2035-02-28")


def test_a_body_owned_by_a_genitive_and_named_after_its_kind(nlp):
    text = ("Nyheter\n\nÅby kommun startar projektet Nya jobb. Projektet finansieras av Länsstyrelsen i Exempellän och "
            "Åbyregionens utvecklingsbolag Framåt, och budgeten är 900 000 kronor.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Länsstyrelsen i Exempellän", "Åbyregionens utvecklingsbolag Framåt"]


def test_a_fact_line_of_sentences_each_opened_by_a_label_without_a_colon(nlp):
    text = ("NYHETSBREV\n\nNYTT PROJEKT\n\nÅby kommun har fått pengar från Boverket för projektet Gröna gårdar.\n\n"
            "Fakta: Beviljat stöd 640 000 kr. Projekttid 2034-03-01 – 2035-02-28. Projektledare Eva Ek, eva.ek@aby.se\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["funding"][0]["amount"], project["start_date"], project["end_date"]) == \
        ("Gröna gårdar", 640000, "2034-03-01", "2035-02-28")
    assert project["contacts"] == [{"name": "Eva Ek", "email": "eva.ek@aby.se"}]


def test_an_officers_report_proposing_co_financing_under_a_case_with_its_letters_and_a_dash(nlp):
    text = ("ÅBY KOMMUN TJÄNSTESKRIVELSE 2034-02-02 Dnr KS-2034-00077\n\nMedfinansiering av projektet Nya leder\n\n"
            "Förslag till beslut\nKommunstyrelsen föreslås besluta att medfinansiera projektet Nya leder med 100 000 kronor.\n\n"
            "Ärendet\nÅby turistförening har ansökt om medfinansiering till projektet Nya leder. Projektet har en total "
            "budget på 900 000 kronor och har sökt stöd från Europeiska regionala utvecklingsfonden.\n")
    project = _projects(text, nlp)[0]
    assert project["case_number"] == "KS-2034-00077"
    assert project["funders"] == ["Åby kommun"]  # (the fund is only asked: the held-out golds name no payer in it)


def test_two_sums_in_one_sentence_each_to_a_project_by_its_quoted_name(nlp):
    text = ("Nyheter\n\nPengar till ost och bio\n\nLeader Exempel har beviljat 300 000 kronor till «Byns ost», som drivs "
            "av Åby mejeriförening, och 90 000 kronor till ’Bion i byn’ i Öby, som Öby bioförening står bakom.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert sorted(projects) == ["Bion i byn", "Byns ost"]
    assert (projects["Byns ost"]["owner"], projects["Byns ost"]["funding"][0]["amount"]) == ("Åby mejeriförening", 300000)
    assert (projects["Bion i byn"]["owner"], projects["Bion i byn"]["funding"][0]["amount"]) == ("Öby bioförening", 90000)


def test_a_table_cell_holding_the_projects_link_over_its_applicant_in_small_type(nlp):
    page = ("<html><body><main><h1>Beviljade bidrag</h1><table><thead><tr><th>Projekt och sökande</th><th>Bidrag</th></tr>"
            "</thead><tbody><tr><td><a href='/1'>Ny brygga</a><br><small>Åby båtklubb</small></td><td>40 000 kr</td></tr>"
            "<tr><td><a href='/2'>Ljus i byn</a><br><small>Öby byalag</small></td><td>25 000 kr</td></tr></tbody></table>"
            "</main></body></html>")
    assert sorted((p["name"], p["owner"]) for p in _projects(page, nlp, ".html")) == [
        ("Ljus i byn", "Öby byalag"), ("Ny brygga", "Åby båtklubb")]


def test_two_who_got_it_together_and_the_one_the_text_says_leads(nlp):
    text = ("Nyheter\n\nÅby kommun och Exempelby universitet har fått 2 miljoner kronor från Vinnova för att pröva "
            "eldrivna båtar. Projektet, som heter Tyst sjö, leds av Exempelby universitet och startar i maj 2034.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["partners"]) == ("Exempelby universitet", ["Åby kommun"])


def test_a_table_of_partners_budgets_with_the_lead_marked_lp(nlp):
    text = ("Projektsammanfattning\n\nBlå hamn\n\nDuration: 2034-01-01 – 2036-12-31\nTotal budget: EUR 900 000\n\n"
            "Partner | Country | Budget (EUR) | of which ERDF (EUR)\nÅby universitet (LP) | Sverige | 500 000 | 250 000\n"
            "Exempelby högskola | Norge | 400 000 | 200 000\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["partners"]) == ("Åby universitet", ["Exempelby högskola"])
    assert [f["amount"] for f in project["funding"]] == [900000]


def test_a_page_titled_to_applicants_names_its_examples_but_no_project(nlp):
    page = ("<html><body><main><h1>Sök stöd för nya mötesplatser</h1><p>Föreningar i länet kan söka stöd.</p>"
            "<h2>Exempel</h2><p>Förra året fick Åby IF 150 000 kronor för projektet Nya klubbstugan, och Öby kommun fick "
            "300 000 kronor för Torget i Öby.</p><h2>Sista ansökningsdag</h2><p>Ansökan ska vara inne senast den 1 mars.</p>"
            "</main></body></html>")
    assert _projects(page, nlp, ".html") == []


def test_an_english_story_of_a_lead_its_partners_its_programme_and_a_rough_conversion(nlp):
    text = ("News\n\nThe project Quiet Harbours has been granted support from Interreg Exempel. The project has a budget of "
            "EUR 2 million (about SEK 22 million), of which half comes from the European Regional Development Fund.\n\n"
            "Åby University leads the project, with Öby University and Exempel Port as partners.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], sorted(project["partners"])) == ("Åby University", ["Exempel Port", "Öby University"])
    assert sorted(project["funders"]) == ["European Regional Development Fund", "Interreg Exempel"]
    assert project["funding"] == [{"amount": 2000000, "currency": "EUR"}]


def test_a_programmes_money_by_priority_in_millions_is_no_list_of_projects(nlp):
    text = ("Programmet vid halvtid\n\nSedan starten har 90 projekt beviljats stöd, sammanlagt 1,1 miljarder kronor "
            "från Europeiska regionala utvecklingsfonden.\n\nPrioritering | Budget (mnkr) | Beviljat hittills (mnkr)\n"
            "1. Innovation | 420 | 300\n2. Klimat | 1 100 | 640\n3. Transporter | 90 | 40\n")
    assert _projects(text, nlp) == []


def test_payers_shares_in_percent_listed_under_financing(nlp):
    page = ("<html><body><main><h1>Ny start</h1><p>Ny start drivs av Åby kommun och pågår 2034–2035.</p>"
            "<h2>Finansiering</h2><ul><li>ESF+ 60 %</li><li>Region Exempel 30 %</li><li>Kommunerna 10 %</li></ul>"
            "<p>Projektets totala budget är 4 miljoner kronor.</p></main></body></html>")
    assert sorted(_projects(page, nlp, ".html")[0]["funders"]) == ["ESF+", "Region Exempel"]


def test_cards_with_a_status_tag_under_each_title_on_a_leader_areas_site(nlp):
    page = ("<html><head><title>Projekt | Leader Exempelbygd plus</title></head><body><main><h1>Beviljade projekt</h1>"
            "<div class='card'><h3>Ny brygga</h3><p>Beviljat 2034</p><p>Projektet drivs av Åby båtklubb och ska bygga "
            "en brygga.</p><p>90 000 kr</p></div><div class='card'><h3>Ljus i byn</h3><p>Beviljat 2034</p><p>Projektet "
            "drivs av Öby byalag och ska sätta upp belysning.</p><p>40 000 kr</p></div></main></body></html>")
    projects = _projects(page, nlp, ".html")
    assert sorted((p["name"], p["owner"]) for p in projects) == [("Ljus i byn", "Öby byalag"), ("Ny brygga", "Åby båtklubb")]
    assert all(p["funders"] == ["Leader Exempelbygd plus"] for p in projects)


def test_a_minutes_items_table_of_applications_gives_no_entry_the_items_case(nlp):
    # the item's case is its decision's on them all, not each project's (as the held-out golds decide)
    text = ("ÅBY KOMMUN · Kulturnämnden · Protokoll\n\n§ 4 Projektbidrag till föreningar\n\nDnr KN 2034/9\n\n"
            "Förvaltningen lämnar följande förslag.\n\nSökande | Projekt | Sökt belopp | Förslag\n"
            "Åby IF | Skidskola | 50 000 kr | Bevilja 40 000 kr\nÖby byalag | Byns scen | 30 000 kr | Bevilja 30 000 kr\n")
    assert [(p["name"], p["case_number"]) for p in _projects(text, nlp)] == [("Skidskola", None), ("Byns scen", None)]


def test_a_name_in_a_relative_clause_and_a_price_tag_a_payer_stands_for(nlp):
    text = ("Nyheter\n\nSatsningen, som fått namnet Ro i båt, genomförs i regi av Åby roddklubb. Prislappen: 90 000 "
            "kronor, som Exempelstiftelsen står för.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"], project["funders"]) == ("Ro i båt", "Åby roddklubb", ["Exempelstiftelsen"])


def test_a_bill_shared_between_the_owner_by_its_kind_and_a_fund(nlp):
    text = ("Nyheter\n\nÅby kommun ska bygga en lekpark. Projektet har arbetsnamnet Lekis och notan landar på 2 miljoner "
            "kronor, som delas mellan kommunen och Allmänna arvsfonden.\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Allmänna arvsfonden", "Åby kommun"]
    assert project["funding"] == [{"amount": 2000000, "currency": "SEK"}]


def test_what_a_body_starts_with_support_from_a_payer_the_whole_year(nlp):
    text = ("Nyheter\n\nÅby bibliotek startar Läsklubb Åby med stöd från Kulturrådet, som bidrar med 50 000 kronor. "
            "Verksamheten pågår hela 2034.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"], project["start_date"], project["end_date"]) == \
        ("Läsklubb Åby", "Åby bibliotek", "2034", "2034")


def test_news_of_an_application_turned_down_describes_no_project(nlp):
    text = ("Nyheter\n\nInga pengar till ny brygga\n\nÅby kommun får inte de 2 miljoner kronor som kommunen sökt från "
            "Boverket till projektet Nya bryggan. Boverket avslog ansökan.\n")
    assert _projects(text, nlp) == []


def test_a_payment_out_of_a_grant_and_a_communicator_are_neither_funding_nor_contact(nlp):
    text = ("UTBETALNINGSBESLUT\n\nProjekt: Ny brygga\nStödmottagare: Åby båtklubb\n\nMyndigheten beslutar att betala "
            "ut 30 000 kronor i stöd till projektet Ny brygga.\n\nBeviljat stöd: 90 000 kr\n\nKontakt\n"
            "Projektledare Eva Ek, eva.ek@aby.se\nKommunikatör Per Holm, per.holm@aby.se\n")
    project = _projects(text, nlp)[0]
    assert [f["amount"] for f in project["funding"]] == [90000]
    assert [c["name"] for c in project["contacts"]] == ["Eva Ek"]



def test_bullets_owner_then_name_with_a_year_and_a_river_associations_name(nlp):
    text = ("Pressmeddelande\n\nTre projekt får stöd\n\nNämnden har beviljat tre projekt.\n\n"
            "• Åby kommun: Torget 2040, 300 000 kr\n• Öby kommun: Nya stigar, 200 000 kr\n• Exempel IF: Is för alla, 90 000 kr\n\n"
            "Nyheter\n\nÅby älvs fiskevårdsområde får 130 000 kronor för projektet Lekbottnar i älven.\n")
    names = [p["name"] for p in _projects(text, nlp)]
    assert "Torget 2040" in names
    river = ("Nyheter\n\nFiskepengar\n\nÅby älvs fiskevårdsområde får 130 000 kronor från Länsstyrelsen i Exempellän för "
             "projektet Lekbottnar i älven.\n")
    assert _projects(river, nlp)[0]["owner"] == "Åby älvs fiskevårdsområde"


def test_an_application_form_headed_by_the_money_it_asks_for_names_no_payer(nlp):
    text = ("Ansökan om projektstöd\nRegionala utvecklingsmedel, Region Exempel\n\nProjektets namn\nNy brygga\n"
            "Sökande organisation\nÅby båtklubb\nProjektstart\n2034-05-01\nSökt belopp\n200 000 kr\nTotal budget\n400 000 kr\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["funders"]) == ("Åby båtklubb", [])


def test_a_danish_story_of_a_grant_its_lead_partner_and_its_partners(nlp):
    text = ("Nyheder\n\nProjektet Blå Havn støttes af Interreg Exempel med 1,5 mio. euro. Leadpartner er Region Exempel, og "
            "partnerne er Åby Kommune og Exempel Universitet. Projektet løber fra 1. januar 2034 til 31. december 2035.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"]) == ("Blå Havn", "Region Exempel")
    assert project["funding"] == [{"amount": 1500000, "currency": "EUR"}]


def test_payers_joined_by_a_plus_in_a_samordningsforbunds_table_and_the_owner_paying_the_rest(nlp):
    page = ("<html><head><title>Insatser | Samordningsförbundet Exempel</title></head><body><main><h1>Beviljade insatser</h1>"
            "<table><thead><tr><th>Insats</th><th>Utförare</th><th>Finansiering</th><th>Belopp</th></tr></thead><tbody>"
            "<tr><td>Steg ett</td><td>Åby kommun</td><td>Samordningsförbundet + ESF+</td><td>400 000 kr</td></tr>"
            "<tr><td>Steg två</td><td>Öby kommun</td><td>Samordningsförbundet</td><td>200 000 kr</td></tr></tbody></table>"
            "</main></body></html>")
    first = _projects(page, nlp, ".html")[0]
    assert (first["owner"], sorted(first["funders"])) == ("Åby kommun", ["ESF+", "Samordningsförbundet Exempel"])
    text = ("Nyheter\n\nÅby stad bygger en park. Parken, som går under namnet Gröna stråket, kostar 3 miljoner kronor. "
            "Boverket står för halva kostnaden och staden betalar resten.\n")
    assert sorted(_projects(text, nlp)[0]["funders"]) == ["Boverket", "Åby stad"]


def test_a_norwegian_grant_decision_by_its_own_labels(nlp):
    text = ("Exempel fylkeskommune · Vedtak om tilskudd · Saksnummer 2034/77\n\nVedtak om tilskudd – Nordlys\n\n"
            "Tilskuddsmottaker: Åby universitet\nProsjekt: Nordlys\nInnvilget tilskudd: NOK 900 000\n"
            "Prosjektperiode: 01.03.2034–28.02.2036\n\nExempel fylkeskommune innvilger tilskudd til prosjektet.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"], project["case_number"]) == ("Nordlys", "Åby universitet", "2034/77")
    assert project["funders"] == ["Exempel fylkeskommune"]


def test_panels_of_the_sites_own_projects_with_facts_in_short_sentences(nlp):
    page = ("<html><head><title>Projekt | Åby kommun</title></head><body><main><h1>Pågående projekt</h1>"
            "<p>Här hittar du projekt som Åby kommun driver.</p><details><summary>Nya stigar</summary><p>Finansieras av "
            "Boverket. Pågår 2034–2035. Budget 400 000 kr.</p></details><details><summary>Läslust</summary><p>Finansieras av "
            "Kulturrådet. Pågår 2034. Budget 90 000 kr.</p></details></main></body></html>")
    projects = _projects(page, nlp, ".html")
    assert [(p["name"], p["start_date"], p["funders"]) for p in projects] == [
        ("Nya stigar", "2034", ["Boverket"]), ("Läslust", "2034", ["Kulturrådet"])]


def test_a_finland_swedish_action_groups_box_with_a_registered_association(nlp):
    text = ("Aktionsgruppen Exempel – Projekt\n\nByns bastu\n\nProjektägare: Åby byaförening r.f.\n"
            "Projekttid: 1.4.2034–31.3.2035\nOffentlig finansiering: 30 000 €\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"].rstrip(".")) == ("Byns bastu", "Åby byaförening r.f")


def test_cards_of_name_owner_and_grant_on_broken_lines_and_a_newsletters_head_line(nlp):
    page = ("<html><body><main><h1>Beviljade bidrag</h1><p>Följande projekt har fått bidrag.</p>"
            "<p><strong>Ny brygga</strong><br>Åby båtklubb<br>Bidrag: 40 000 kr</p><hr>"
            "<p><strong>Konst i byn</strong><br>Öby konstnärscentrum<br>Bidrag: 60 000 kr</p><hr>"
            "<p><strong>Visor</strong><br>Exempelby hembygdsförening<br>Bidrag: 20 000 kr</p></main></body></html>")
    assert sorted((p["name"], p["owner"], p["funding"][0]["amount"]) for p in _projects(page, nlp, ".html")) == [
        ("Konst i byn", "Öby konstnärscentrum", 60000), ("Ny brygga", "Åby båtklubb", 40000),
        ("Visor", "Exempelby hembygdsförening", 20000)]
    text = ("Nyhetsbrev – Leader Exempel – december 2034\n\nHej alla!\n\nNYA PROJEKT\nÅby IF får 90 000 kronor till "
            "projektet Nya spår.\n\nÖby byalag får 40 000 kronor till projektet Byns scen.\n")
    assert sorted(p["name"] for p in _projects(text, nlp)) == ["Byns scen", "Nya spår"]


@pytest.mark.parametrize("render", ["html", "pdf"])
def test_a_fact_table_of_two_label_value_pairs_a_row(nlp, render):
    rows = [("Projektnamn", "Ny brygga", "Diarienummer", "2034-00101"), ("Projektägare", "Åby båtklubb", "Projekttid",
                                                                          "2034-05-01 - 2035-04-30"),
            ("Beviljat stöd", "90 000 kr", "Kontakt", "Eva Ek")]
    if render == "html":
        body = "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in rows)
        data: str | bytes = f"<html><body><main><h1>Projektfakta</h1><table>{body}</table></main></body></html>"
    else:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.cell(text="Projektsammanfattning", new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=(40, 55, 40, 55), first_row_as_headings=False) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
        data = bytes(pdf.output())
    project = _projects(data, nlp, "." + render)[0]
    assert (project["name"], project["owner"], project["case_number"], project["start_date"]) == \
        ("Ny brygga", "Åby båtklubb", "2034-00101", "2034-05-01")


def test_a_project_in_figures_gives_its_years_and_an_events_hours_give_no_start(nlp):
    text = ("Nyheter\n\nÅby kommun startar projektet Jobbvägen. Projektet finansieras av Europeiska socialfonden plus.\n\n"
            "Projektet i siffror:\n• 2 miljoner kronor i budget\n• 2 år, 2034–2035\n• 80 deltagare\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2034", "2035")
    event = ("Slutkonferens\n\nTid: 4 november 2034 kl. 9–15\n\nProjektet Gröna byar, som drivs av Åby kommunalförbund och "
             "finansieras av Europeiska regionala utvecklingsfonden, avslutas i december 2034.\n")
    assert _projects(event, nlp)[0].get("start_date") is None


def test_a_name_is_taken_up_by_its_head_noun_for_aims_and_periods(nlp):
    text = ("Leader Exempelbygd\n\nStyrelsen beviljade tre projekt\n\nBeviljade projekt\n\n"
            "• Ridstig runt sjön – Åby ryttarförening – 200 000 kr. Stigen anläggs 2034–2035.\n"
            "• Bredband i byn – Åby fiberförening – 450 000 kr\n• Gårdsmejeri Åby – Åby gård AB – 120 000 kr\n\n"
            "Projekten finansieras av Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert (projects["Ridstig runt sjön"]["start_date"], projects["Ridstig runt sjön"]["end_date"]) == ("2034", "2035")
    assert projects["Bredband i byn"].get("start_date") is None
    news = ("Nyheter\n\nÅby kommun får 2 miljoner kronor för projektet Digital fiskeguide. Guiden ska hjälpa besökare att "
            "hitta fiskevatten i hela kommunen. Guiden ska finnas på tre språk.\n")
    goals = _projects(news, nlp)[0]["goals"]
    assert goals == ["Guiden ska hjälpa besökare att hitta fiskevatten i hela kommunen."]


def test_an_adverbial_closed_by_a_comma_names_no_project(nlp):
    text = ("<html><body><main><h1>Snow Bridge</h1><table><tr><th>Lead beneficiary</th><td>Example University</td></tr>"
            "<tr><th>Duration</th><td>1 Jan 2034 – 31 Dec 2036</td></tr><tr><th>Total budget</th><td>EUR 900 000</td></tr>"
            "</table><h2>About the project</h2><p>The project aims to make winter roads safer.</p>"
            "<p>During the project, 40 drivers in Kiruna will test new tyres.</p></main></body></html>")
    assert [p["name"] for p in _projects(text, nlp, ".html")] == ["Snow Bridge"]


def test_a_unit_said_once_in_a_sentence_scales_a_tables_bare_figures(nlp):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Projekt med extern finansiering. Kommunen äger projekten i tabellen. Belopp i tusentals kronor (tkr).",
                   new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(50, 60, 30, 30)) as table:
        for row in (("Projekt", "Finansiär", "Period", "Budget"), ("Trygg skolväg", "Naturvårdsverket (Klimatklivet)", "2034", "640"),
                    ("Läsande familjer", "Statens kulturråd", "2033-2035", "1 200")):
            cells = table.row()
            for value in row:
                cells.cell(value)
    projects = {p["name"]: p for p in _projects(bytes(pdf.output()), nlp, ".pdf")}
    assert projects["Trygg skolväg"]["funding"] == [{"amount": 640000, "currency": "SEK"}]
    assert projects["Trygg skolväg"]["funders"] == ["Naturvårdsverket"]  # (its scheme in brackets beside it)
    assert projects["Läsande familjer"]["funding"] == [{"amount": 1200000, "currency": "SEK"}]


def test_a_shortened_compound_in_a_norwegian_name_runs_to_its_legal_form(nlp):
    text = ("Nyheter\n\nÅby kommun får 2 miljoner kronor från Interreg Sverige–Norge för projektet Säker gräns. Kommunen leder "
            "arbetet tillsammans med Nordfjell vann- og avløpsselskap IKS.\n")
    assert _projects(text, nlp)[0]["partners"] == ["Nordfjell vann- og avløpsselskap IKS"]


def test_a_cards_facts_marked_by_icons_name_who_pays(nlp):
    cards = "".join(
        f"<article><h3><a href='/p/{n}'>{name}</a></h3><p>En kort text om satsningen.</p><ul>"
        f"<li>🏢 {owner}</li><li>📅 2034–2035</li><li>💰 1,2 mnkr</li><li>{payer}</li></ul></article>"
        for n, (name, owner, payer) in enumerate([("Rena sjöar", "Åby kommun", "🇪🇺 Europeiska regionala utvecklingsfonden"),
                                                  ("Trygga hem", "Öby kommun", "🏛️ Länsstyrelsen i Dalarnas län")]))
    page = f"<html><body><main><h1>Våra projekt</h1>{cards}</main></body></html>"
    projects = {p["name"]: p for p in _projects(page, nlp, ".html")}
    assert projects["Rena sjöar"]["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert (projects["Trygga hem"]["owner"], projects["Trygga hem"]["funders"]) == ("Öby kommun",
                                                                                  ["Länsstyrelsen i Dalarnas län"])


def test_a_municipal_unit_named_with_its_municipality_gives_the_municipality(nlp):
    text = ("Protokoll\n\n§ 4 Finansiering av insatser\n\n"
            "a) Insatsen Vägen vidare, Vuxenutbildningsenheten i Åby kommun, 400 000 kr för perioden 2034-01-01–2034-12-31.\n"
            "Beslut: Styrelsen beviljar 400 000 kr.\n\n"
            "b) Insatsen Stark start, Energikontoret i Åbyregionen AB, 200 000 kr för perioden 2034-01-01–2034-06-30.\n"
            "Beslut: Styrelsen beviljar 200 000 kr.\n")
    owners = {p["name"]: p["owner"] for p in _projects(text, nlp)}
    assert owners == {"Vägen vidare": "Åby kommun", "Stark start": "Energikontoret i Åbyregionen AB"}


def test_a_finland_swedish_programme_page_names_its_lead_partner_and_schedule(nlp):
    page = ("<html><head><title>Sjöväg | Interreg Aurora – Delområde Sápmi</title></head><body><main><h1>Sjöväg</h1>"
            "<p>Huvudpartner: Åbo Akademi</p><p>Partner: Umeå universitet</p><p>Tidtabell: 1.3.2034–28.2.2036</p>"
            "<p>Projektets totalbudget: 800 000 €</p></main></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert (project["owner"], project["partners"], project["funders"]) == ("Åbo Akademi", ["Umeå universitet"],
                                                                          ["Interreg Aurora"])
    assert (project["start_date"], project["end_date"]) == ("2034-03-01", "2036-02-28")


def test_an_application_forms_running_header_names_the_area_it_asks(nlp):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)  # the form's running header, then its title
    pdf.cell(text="Leader Exempelbygd - Ansökan om projektstöd", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.cell(text="Ansökan om projektstöd", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for line in ("Projekttitel: Ny badbrygga", "Sökande organisation: Åby byalag", "Projektet startar: 2034-05-01",
                 "Total kostnad: 300 000 kr", "Sökt stöd: 200 000 kr"):
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    project = _projects(bytes(pdf.output()), nlp, ".pdf")[0]
    assert project["funders"] == ["Leader Exempelbygd"]
    assert sorted(f["amount"] for f in project["funding"]) == [200000, 300000]


def test_the_municipalities_paying_their_share_after_other_payers_sums_are_each_a_payer(nlp):
    text = ("Nyheter\n\nÅby kommun och Öby kommun startar tillsammans projektet Säkra vägar. Åby kommun är projektägare.\n\n"
            "Projektet finansieras av Trafikverket med 2 miljoner kronor och de två kommunerna med sammanlagt 500 000 "
            "kronor.\n")
    project = _projects(text, nlp)[0]
    assert sorted(project["funders"]) == ["Trafikverket", "Åby kommun", "Öby kommun"]


def test_a_decisions_one_row_table_of_a_grant_and_its_parts_gives_each_part(nlp):
    page = ("<html><body><main><h1>Beslut om stöd</h1><p>Stödmottagare: Åby byalag</p><p>Projektnamn: Ny brygga</p>"
            "<table><tr><td>Stödbelopp</td><td>Varav EU</td><td>Varav nationellt</td></tr>"
            "<tr><td>100 000 kr</td><td>60 000 kr</td><td>40 000 kr</td></tr></table></main></body></html>")
    project = _projects(page, nlp, ".html")[0]
    assert sorted(f["amount"] for f in project["funding"]) == [40000, 60000, 100000]


def test_danish_partners_and_a_payer_that_brings_money_besides_land(nlp):
    danish = ("Nyheder\n\nProjektet Grøn Havn har fået tilsagn om 1,1 mio. euro fra Interreg Øresund-Kattegat-Skagerrak. "
              "Projektet ledes af Aby Kommune med partnere fra Region Skåne og Oby kommune.\n")
    assert _projects(danish, nlp)[0]["partners"] == ["Region Skåne", "Oby kommune"]
    swedish = ("Nyheter\n\nÅby IF får 90 000 kronor till projektet Ny isbana. Åby kommun bidrar med mark och ytterligare "
               "20 000 kronor.\n")
    project = _projects(swedish, nlp)[0]
    assert "Åby kommun" in project["funders"] and not project.get("partners")


def test_what_is_said_of_all_entries_under_the_last_one_pays_for_each(nlp):
    text = ("NYHETSBREV FRÅN LEADER EXEMPELBYGD\n\nHär kommer nyheterna.\n\n-----\nNYA PROJEKT\n-----\n\n"
            "* Åby IF får 100 000 kronor för projektet Ny isbana, som pågår under 2034.\n"
            "LÄS MER: https://www.example.org/projekt/ny-isbana\n\n"
            "* Öby byalag beviljas 80 000 kronor till projektet Byns hjärta, som pågår 2034–2035.\n"
            "LÄS MER: https://www.example.org/projekt/byns-hjarta\n\n-----\nKALENDER\n-----\n\n"
            "15 april: Träff om att söka stöd.\n\n"
            "Stöden finansieras av Europeiska jordbruksfonden för landsbygdsutveckling.\n")
    for project in _projects(text, nlp):
        assert "Europeiska jordbruksfonden för landsbygdsutveckling" in project["funders"], project["name"]


def test_a_payers_scheme_by_its_short_name_in_a_financing_cell_is_no_payer(nlp):
    page = ("<html><body><main><h1>Gröna gårdar</h1><table><tr><th>Projektägare</th><td>Åby kommun</td></tr>"
            "<tr><th>Finansiering</th><td>Naturvårdsverket (LONA) 200 000 kr, Åby kommun 200 000 kr</td></tr>"
            "<tr><th>Tidsplan</th><td>2034</td></tr></table></main></body></html>")
    assert sorted(_projects(page, nlp, ".html")[0]["funders"]) == ["Naturvårdsverket", "Åby kommun"]


def test_run_in_titles_with_their_case_numbers_are_entries(nlp):
    text = ("Verksamhetsberättelse 2034\n\nBeviljade projekt\n\nUnder året beviljade LAG stöd till två projekt.\n\n"
            "Ny brygga i Åby (2034-0101). Åby båtklubb bygger en brygga för gästande båtar. Beviljat stöd 90 000 kr.\n\n"
            "Öby byastuga (2034-0102). Öby byalag rustar upp byastugan. Beviljat stöd 60 000 kr. Projektet pågår 2034–2035.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ny brygga i Åby", "Öby byastuga"}
    assert (projects["Ny brygga i Åby"]["case_number"], projects["Ny brygga i Åby"]["owner"]) == ("2034-0101", "Åby båtklubb")


def test_a_minutes_table_of_matters_and_decisions_lists_the_granted(nlp):
    rows = [("7", "Ansökan från Åby IF om stöd till projektet Ny isbana, 100 000 kr, projektperiod 2034", "Beviljas"),
            ("8", "Ansökan från Öby byalag om stöd till projektet Byns hjärta, 80 000 kr", "Avslås")]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = (f"<html><body><main><h1>Beslut från LAG-mötet</h1><table><tr><th>§</th><th>Ärende</th><th>Beslut</th></tr>"
            f"{body}</table></main></body></html>")
    projects = _projects(page, nlp, ".html")
    assert [(p["name"], p["owner"], p.get("case_number")) for p in projects] == [("Ny isbana", "Åby IF", None)]
    assert (projects[0]["start_date"], projects[0]["end_date"]) == ("2034", "2034")


def test_norwegian_owner_and_grant_and_a_national_programme_label_names_its_fund(nlp):
    text = ("Nyheter\n\nAby fylkeskommune har innvilget 2 millioner kroner til prosjektet Fjordlys. Prosjektet eies av "
            "Aby Reiseliv AS og varer fra mai 2034 til april 2036.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["funding"]) == ("Aby Reiseliv AS", [{"amount": 2000000, "currency": "NOK"}])
    card = ("Projekt\n\nProject name: Steel Skills\nBeneficiary: Åby kommun\nProgramme: ESF+ Sweden 2021–2027\n"
            "Total budget: EUR 500 000\n")
    assert _projects(card, nlp)[0]["funders"] == ["ESF+"]


def test_a_regional_share_in_percent_on_a_regions_card_names_the_region(nlp):
    text = ("Region Exempel – Projektfakta\n\nProjektnamn: Gröna campingar\nProjektägare: Åby Camping AB\n"
            "Budget: 1,2 Mkr\nVarav regionala medel: 50 %\nProjektperiod: 2034-04-01 – 2035-03-31\n")
    assert _projects(text, nlp)[0]["funders"] == ["Region Exempel"]


def test_a_sum_named_as_a_bodys_money_and_the_work_done_in_one_season(nlp):
    text = ("Nyheter\n\nÅby kommun har fått 300 000 kronor i Boverkets stöd till projektet Grön gård. Arbetet görs under "
            "hösten 2034 och gården ska vara klar till jul.\n")
    project = _projects(text, nlp)[0]
    assert project["funders"] == ["Boverket"]
    assert (project["start_date"], project["end_date"]) == ("2034", "2034")


def test_a_certificate_that_the_region_co_finances_names_the_region(nlp):
    text = ("Region Exempel\n\nIntyg om offentlig medfinansiering\n\nRegion Exempel intygar härmed att regionen "
            "medfinansierar projektet Ny led, som drivs av Åby Turism AB, med 200 000 kronor under 2034–2035.\n")
    project = _projects(text, nlp)[0]
    assert (project["owner"], project["funders"]) == ("Åby Turism AB", ["Region Exempel"])


def test_researchers_brought_together_from_universities_take_part(nlp):
    text = ("News\n\nA research council has awarded NOK 2 million to the project Cold Schools, led by Example University. "
            "The project brings together researchers from the University of Aby and Oby University.\n")
    assert _projects(text, nlp)[0]["partners"] == ["University of Aby", "Oby University"]


def test_a_change_decision_gives_the_new_end_and_the_start_it_restates(nlp):
    text = ("Ändringsbeslut\n\nStödmottagare: Åby Energi AB\nProjekt: Ren värme\n\nBeslut\n\nMyndigheten beslutar att "
            "ändra projektets slutdatum från 2035-12-31 till 2036-06-30. Projektets startdatum, 2034-01-01, och beviljat "
            "stöd, 900 000 kronor, är oförändrade.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2034-01-01", "2036-06-30")


def test_a_fund_paid_out_through_a_programme_or_an_authority_is_the_payer(nlp):
    for fund, through, funders in (
            ("Socialfonden", "Svenska ESF-rådet", ["Socialfonden"]),
            ("Regionalfonden", "Tillväxtverket", ["Regionalfonden"]),
            ("Regionalfonden", "Interreg Sverige-Norge", ["Regionalfonden", "Interreg Sverige-Norge"])):
        text = ("Projektet Ny bro\n\nProjektägare: Åby kommun\nProjekttid: 2034–2035\n"
                f"Finansiering: {fund} genom {through}, 1,2 miljoner kronor\n")
        assert _projects(text, nlp)[0]["funders"] == funders, through


def test_an_english_period_until_the_end_of_a_year_and_a_company_named_with_its_nationality(nlp):
    text = ("News\n\nExample University has been awarded SEK 2 million for the project Quiet Roads, which will run from "
            "March 2034 until the end of 2036. The researchers work together with Aby Asphalt and the Danish firm Oby Sensors.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2034-03", "2036")
    assert project["partners"] == ["Aby Asphalt", "Oby Sensors"]


def test_a_summary_with_labels_in_two_languages_gives_its_title_and_facts(nlp):
    text = ("Sammanfattning / Summary\n\nGröna gårdar / Green Farms\n\nProjektägare / Project owner: Åby kommun\n"
            "Projektperiod / Project period: 2034-01-01 – 2035-12-31\nTotal budget / Total budget: 800 000 kr\n\n"
            "Syfte / Purpose\n\nProjektets syfte är att fler gårdar ska ta vara på regnvatten.\n")
    project = _projects(text, nlp)[0]
    assert (project["name"], project["owner"], project["end_date"]) == ("Gröna gårdar / Green Farms", "Åby kommun",
                                                                        "2035-12-31")


def test_minute_items_marked_arende_with_a_colon_are_items_and_a_refusal_is_none(nlp):
    text = ("Förbundsstyrelsen, protokoll\n\n"
            "Ärende 3: Medfinansiering av projektet Ny scen (Dnr 2034/11)\nÅby teaterförening söker medfinansiering.\n"
            "Förslag till beslut: Styrelsen beslutar att medfinansiera projektet med 50 000 kronor under 2035.\n\n"
            "Ärende 4: Medfinansiering av projektet Gröna tak (Dnr 2034/12)\nÖby Bostäder AB söker medfinansiering.\n"
            "Förslag till beslut: Styrelsen beslutar att medfinansiera projektet med 80 000 kronor under 2035.\n\n"
            "Ärende 5: Ansökan om medfinansiering av projektet Ny väg (Dnr 2034/13)\n"
            "Förslag till beslut: Styrelsen beslutar att avslå ansökan.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Ny scen", "Åby teaterförening"),
                                                                       ("Gröna tak", "Öby Bostäder AB")]


def test_a_name_the_owner_gives_it_in_a_clause_and_who_helps_and_who_supports(nlp):
    text = ("Lokalt\n\nPengar till nytt bryggdäck\n\nÅby båtklubb får 90 000 kronor från Leader Exempel för att bygga om "
            "bryggan. Projektet, som klubben kallar ”Nya bryggan”, ska vara klart 2035. Exempelby kommun stöder bygget "
            "med 20 000 kronor. Studieförbundet Exempel hjälper till med kurser i snickeri.\n")
    project = _projects(text, nlp)[0]
    assert project["name"] == "Nya bryggan"
    assert project["funders"] == ["Leader Exempel", "Exempelby kommun"]
    assert project["partners"] == ["Studieförbundet Exempel"]


def test_a_guides_rule_about_the_support_names_no_project(nlp):
    text = ("Leader Exempel\n\nAtt tänka på\n\n- Ett projekt får pågå i högst tre år.\n"
            "- Stödet är högst 500 000 kronor per projekt.\n- Kostnader före ansökan ersätts inte.\n")
    assert _projects(text, nlp) == []


def test_a_letterheads_organisation_and_unit_are_no_title(nlp):
    text = ("Region Västernorrland · Regional utveckling\n\nDelegationsbeslut\n\nÄrende: Ansökan om stöd för projektet Skogsleden\n"
            "Sökande: Åby kommun\nProjekttid: 2034-01-01 -- 2035-12-31\n\nRegionen beviljar 300 000 kronor.\n")
    assert _projects(text, nlp)[0]["name"] == "Skogsleden"


def test_the_owner_by_its_kind_pays_the_rest(nlp):
    text = ("Nyheter\n\nProjektet Gröna tak drivs av Åby kommun.\n\nProjektet finansieras av Boverket med 300 000 kronor "
            "och av kommunen med resten.\n")
    assert _projects(text, nlp)[0]["funders"] == ["Åby kommun", "Boverket"]


def test_a_refused_item_decided_in_one_paragraph_stays_apart_from_the_next(nlp):
    text = ("LAG-möte, protokoll\n\n"
            "Ärende 2: Ansökan från Åby IF om projektet Nya spår (Jnr 2034-11). LAG beslutar att prioritera ansökan med 90 000 kronor.\n\n"
            "Ärende 3: Ansökan från Öby SK om projektet Ny stuga (Jnr 2034-12). LAG beslutar att inte prioritera ansökan.\n\n"
            "Ärende 4: Ansökan från Åby byalag om projektet Byns hus (Jnr 2034-13). LAG beslutar att prioritera ansökan med 60 000 kronor.\n\n"
            "Mötet avslutades.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Nya spår", "Åby IF"), ("Byns hus", "Åby byalag")]


def test_one_minute_item_over_its_fact_boxes_is_their_context(nlp):
    text = ("Protokoll\n\nÄrende 2: Prioritering av ansökningar till Europeiska regionala utvecklingsfonden\n\n"
            "Projekt: Ny hamn\nSökande: Åby Hamn AB\nSökt ERUF: 2 000 000 kr\nPrioritering: Ja\n\n"
            "Projekt: Ny kaj\nSökande: Öby Hamn AB\nSökt ERUF: 1 000 000 kr\nPrioritering: Ja\n")
    assert [p["funders"] for p in _projects(text, nlp)] == [["Europeiska regionala utvecklingsfonden"]] * 2


def test_our_projects_each_told_in_a_paragraph_opened_by_its_name_and_a_dash(nlp):
    text = ("Åby hembygdsförening\nVerksamhetsberättelse 2035\n\nVåra projekt under året\n\n"
            "Gamla skolan – Vi har rustat skolhuset med hjälp av 150 000 kronor från Leader Exempel under 2035.\n\n"
            "Bygdens bilder – Ett arkiv av gamla foton på nätet. Kulturrådet stödde arbetet med 40 000 kronor.\n\n"
            "Ekonomi\nFöreningens omsättning var 400 000 kronor.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [
        ("Gamla skolan", "Åby hembygdsförening"), ("Bygdens bilder", "Åby hembygdsförening")]


def test_a_meetings_agenda_of_applications_still_to_decide_describes_no_project(nlp):
    text = ("Leader Exempel\nKallelse till LAG-möte\n\nDagordning\n1. Mötets öppnande\n"
            "2. Ansökan från Åby IF om projektet Nya spår (sökt belopp 80 000 kr)\n"
            "3. Ansökan från Öby byalag om projektet Byns hus (sökt belopp 60 000 kr)\n4. Mötets avslutande\n")
    assert _projects(text, nlp) == []


def test_two_projects_told_in_turn_and_both_run_by_one_owner(nlp):
    text = ("Nyheter\n\nTvå nya projekt\n\nKommunen har fått två beslut om stöd.\n\n"
            "Det första gäller projektet Nya vägar, som får 500 000 kronor från Europeiska socialfonden+.\n\n"
            "Det andra projektet, Byarnas nät, får 200 000 kronor från Länsstyrelsen i Gävleborgs län.\n\n"
            "Båda projekten drivs av Ovanåkers kommun.\n")
    assert [(p["name"], p["owner"]) for p in _projects(text, nlp)] == [("Nya vägar", "Ovanåkers kommun"),
                                                                       ("Byarnas nät", "Ovanåkers kommun")]


def test_an_application_forms_ticked_fund_and_the_sum_it_asks(nlp):
    text = ("Ansökan om projektstöd\n\nProjektnamn: Ny kaj\nSökande organisation: Åby Hamn AB\n"
            "Fond: ☐ ESF+ ☒ Europeiska regionala utvecklingsfonden ☐ Fonden för en rättvis omställning\n"
            "Projektperiod: 2034-01-01 – 2035-12-31\nSökt belopp: 900 000 kr\n")
    project = _projects(text, nlp)[0]
    assert project["funders"] == ["Europeiska regionala utvecklingsfonden"]
    assert project["funding"] == [{"amount": 900000, "currency": "SEK"}]


def test_an_english_lead_gives_the_years_of_the_projects_it_lists(nlp):
    text = ("News\n\nThe board has granted support to the following projects for 2034–2035:\n\n"
            "• Green Harbours (Lead: Aby Port, Sweden) – DKK 200,000\n• Blue Schools (Lead: Oby School, Norway) – DKK 100,000\n")
    assert [(p["start_date"], p["end_date"]) for p in _projects(text, nlp)] == [("2034", "2035")] * 2


def test_an_owner_taken_up_by_its_kind_after_it_was_named(nlp):
    text = ("Kultur\n\nNytt språk i byn\n\nPå Åby folkhögskola i Åby övar tolv vuxna varje vecka. Kommunen och flera "
            "föreningar har länge talat om saken.\n\nProjektet, som heter Ord för ord, drivs av folkhögskolan och "
            "finansieras av Kulturrådet med 300 000 kronor.\n")
    assert _projects(text, nlp)[0]["owner"] == "Åby folkhögskola"


def test_grants_told_place_by_place_and_the_years_of_all_three(nlp):
    text = ("Pressmeddelande\n\nTre projekt får stöd\n\nRegion Exempel har beviljat projektmedel till tre projekt. "
            "I Åby får Åby kommun 500 000 kronor till projektet Nya spår. I Öby får Öby kommun 300 000 kronor till "
            "projektet Byns hus. I Ärby får Ärby kommun 200 000 kronor till projektet Ny brygga.\n\n"
            "Alla tre projekten pågår under 2035 och 2036.\n")
    projects = _projects(text, nlp)
    assert [(p["owner"], p["start_date"], p["end_date"]) for p in projects] == [
        ("Åby kommun", "2035", "2036"), ("Öby kommun", "2035", "2036"), ("Ärby kommun", "2035", "2036")]


def test_a_sum_granted_for_a_year_is_that_year(nlp):
    text = ("Protokoll\n\nInsatsen Nya steg, som drivs av Åby kommun i samverkan med Öby kommun, beviljas 300 000 kr "
            "för 2035.\n")
    project = _projects(text, nlp)[0]
    assert (project["start_date"], project["end_date"]) == ("2035", "2035")


def test_a_ministrys_case_number_alone_in_the_letterhead(nlp):
    text = ("Regeringsbeslut\nNäringsdepartementet\n2034-12-17\nN2034/01234\n\nÅby stiftelse\n\n"
            "Bidrag till projektet Nya jobb\n\nRegeringen beviljar Åby stiftelse bidrag med 2 000 000 kronor för 2035 "
            "för projektet Nya jobb.\n")
    assert _projects(text, nlp)[0]["case_number"] == "N2034/01234"


def test_an_organisations_own_money_is_no_payer_of_what_it_funds_and_it_pays_them_itself(nlp):
    text = ("Samordningsförbundet Exempel – Verksamhetsplan 2035\n\nVerksamhetsplan 2035\n\n"
            "Förbundet finansierar under 2035 följande insatser.\n\n"
            "Insats | Huvudman | Budget 2035\nNya steg | Åby kommun | 400 000 kr\nJobbvägen | Arbetsförmedlingen | 300 000 kr\n\n"
            "Förbundets medel kommer från Försäkringskassan och Region Exempel.\n")
    projects = _projects(text, nlp)
    assert [(p["funders"], p["start_date"]) for p in projects] == [(["Samordningsförbundet Exempel"], "2035")] * 2


def test_a_sum_asked_for_beside_the_smaller_one_granted(nlp):
    text = ("Nyheter\n\nMindre pengar till ny lekplats\n\nÅby byalag ansökte om 300 000 kronor från Boverket men "
            "beviljades 200 000 kronor för projektet Lekplatsen i Åby.\n")
    project = _projects(text, nlp)[0]
    assert (project["funders"], project["funding"]) == (["Boverket"], [{"amount": 200000, "currency": "SEK"}])


def test_the_owner_by_its_kind_lays_down_its_own_part(nlp):
    text = ("Nyheter\n\nÅby kommun har beviljats 2 miljoner kronor från Trafikverket för projektet Nya cykelvägar. "
            "Kommunen lägger själv 500 000 kronor.\n")
    project = _projects(text, nlp)[0]
    assert project["funding"] == [{"amount": 2000000, "currency": "SEK"}, {"amount": 500000, "currency": "SEK"}]


def test_an_authority_whose_name_is_a_genitive_and_a_council_grants_as_itself(nlp):
    text = ("Exempelby kommun\n\nLäsglädje på landet\n\nProjektet Läsglädje på landet drivs av Exempelby kommun under "
            "2031. Statens kulturråd har beviljat 200 000 kronor till projektet.\n")
    (project,) = _projects(text, nlp)
    assert "Statens kulturråd" in project["funders"]  # a known authority, not "Staten"'s council
    assert "Staten" not in project["funders"]


def test_a_financing_line_of_payers_with_decimal_millions(nlp):
    text = ("Vinterbad i Exempelby\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031-01-01 – 2031-12-31\n"
            "Finansiering: Socialfonden 2,6 mnkr, Region Exempel 0,8 mnkr\n")
    (project,) = _projects(text, nlp)
    assert project["funders"] == ["Socialfonden", "Region Exempel"]
    assert sorted(f["amount"] for f in project["funding"]) == [800000, 2600000]


def test_an_applicant_named_with_its_organisation_number_between_commas(nlp):
    text = ("Exempelby kommun\nKommunstyrelsen\n\nBeslut om medfinansiering till projektet Ljus över älven\n\n"
            "Ärendet\nFöreningen Älvens vänner, org.nr 802400-0005, har ansökt om medfinansiering till projektet Ljus "
            "över älven. Projektet pågår 1 maj 2031–30 april 2032.\n\nBeslut\nKommunstyrelsen beslutar att "
            "medfinansiera projektet Ljus över älven med 80 000 kronor.\n")
    (project,) = _projects(text, nlp)
    assert project["owner"] == "Föreningen Älvens vänner"
    assert project["owner_orgnr"] == "8024000005"


def test_a_fact_sheet_whose_labels_run_to_their_values_by_dot_leaders(nlp):
    text = ("Projektblad\n\nProjektnamn ................ Bryggor för alla\nProjektägare ............... Exempelby "
            "båtklubb\nProjektperiod .............. 2031-05-01 – 2032-04-30\nBeviljat stöd .............. 240 000 kr\n"
            "\nInnehåll\nBakgrund ................... 2\nMål ........................ 3\n")
    (project,) = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Bryggor för alla", "Exempelby båtklubb")
    assert project["funding"] == [{"amount": 240000, "currency": "SEK"}]
    assert project["goals"] == []  # a table of contents' "Mål ..... 3" is a page number, no goal


def test_a_decision_saying_the_project_fits_a_strategy_states_no_goal_of_it(nlp):
    text = ("Exempelby kommun\n\nBeslut om stöd till projektet Torg i tiden\n\nFöreningen Exempeltorget beviljas "
            "120 000 kronor för projektet Torg i tiden under 2031.\n\nSkäl för beslutet\nProjektet ligger i linje med "
            "kommunens plan för centrum och väntas ge fler arbetstillfällen under vintern.\n")
    (project,) = _projects(text, nlp)
    assert project["goals"] == []


def test_a_strategys_areas_listed_with_their_budgets_are_no_projects(nlp):
    text = ("Leader Exempeldalen\n\nVår strategi 2031–2036\n\nUnder perioden har området 20 miljoner kronor att "
            "fördela till lokala projekt.\n\nPengarna fördelas på fyra insatsområden:\n"
            "1. Levande byar – 6 miljoner kronor\n2. Nya företag – 6 miljoner kronor\n"
            "3. Natur och kultur – 5 miljoner kronor\n4. Unga vuxna – 3 miljoner kronor\n")
    assert _projects(text, nlp) == []


def test_ligatures_pasted_into_a_page_read_as_their_letters(nlp):
    html = ("<html><body><main><h1>Ny brygga i Exempelby</h1><p>Exempelby båtklubb får 90 000 kronor för projektet Ny "
            "brygga i Exempelby. Projektet \ufb01nansieras av Region Exempel och pågår under 2031.</p></main></body></html>")
    (project,) = _projects(html, nlp, ".html")
    assert project["funders"] == ["Region Exempel"]  # "\ufb01", one glyph for "fi", as text copied from a PDF gives it


def test_a_row_whose_parts_are_parted_by_arrows_and_whose_name_is_called_a_project(nlp):
    text = ("Exempelby kommun\n\nBeviljade projektbidrag\n\nNämnden beviljade följande bidrag:\n\n"
            "Exempelby bridgeklubb → Projekt Kort från förr → 12 000 kr\n"
            "Exempelby hembygdsgille → Projekt Vår by 1900 → 18 000 kr\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Kort från förr", "Vår by 1900"}
    assert projects["Vår by 1900"]["owner"] == "Exempelby hembygdsgille"  # (a "gille" is an association)
    assert projects["Vår by 1900"]["start_date"] is None  # a year in its name is no period


def test_an_authority_paying_out_anothers_grant_scheme_is_no_funder(nlp):
    text = ("Länsstyrelsen i Exempel län\nBeslut\n\nBeslut om stöd till projektet Blommande vägkanter\n\n"
            "Länsstyrelsen beviljar Exempelby naturskyddsförening 75 000 kronor till projektet Blommande vägkanter. "
            "Stödet finansieras med medel ur anslaget för lokala naturvårdsprojekt från Naturvårdsverket. "
            "Projektet pågår under 2031.\n")
    (project,) = _projects(text, nlp)
    assert project["funders"] == ["Naturvårdsverket"]


def test_two_projects_told_as_the_one_and_the_other_run_by_what_their_owners_are(nlp):
    text = ("Exempelby kommun\n\nTvå projekt får stöd\n\nTvå nya projekt får pengar från Region Exempel.\n\n"
            "Det ena, Lyft för byn, drivs av det kommunala fastighetsbolaget Exempelbyhem AB och får 600 000 kronor.\n\n"
            "Det andra, Sång i kyrkan, drivs av Exempelby kyrkokör och får 90 000 kronor.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Lyft för byn", "Sång i kyrkan"}
    assert projects["Lyft för byn"]["owner"] == "Exempelbyhem AB"


def test_a_reports_author_under_its_label_is_the_contact(nlp):
    text = ("Lägesrapport 1\n\nProjektnamn: Ny brygga\nProjektägare: Exempelby båtklubb\nProjektperiod: 2031-01-01 – "
            "2031-12-31\nRapporten upprättad av: Eva Exempelsson, projektledare\n")
    (project,) = _projects(text, nlp)
    assert [c["name"] for c in project["contacts"]] == ["Eva Exempelsson"]


def test_a_tables_figures_in_millions_with_decimals(nlp):
    html = ("<html><body><main><h1>Beviljade projekt</h1><table><thead><tr><th>Projekt</th><th>Sökande</th>"
            "<th>Beviljat (mnkr)</th></tr></thead><tbody><tr><td>Ny brygga</td><td>Exempelby båtklubb</td><td>1,5</td></tr>"
            "<tr><td>Sång i byn</td><td>Exempelby kyrkokör</td><td>0,35</td></tr></tbody></table></main></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, ".html")}
    assert projects["Ny brygga"]["funding"] == [{"amount": 1500000, "currency": "SEK"}]
    assert projects["Sång i byn"]["funding"] == [{"amount": 350000, "currency": "SEK"}]


def test_a_summary_in_english_after_the_swedish_facts_is_the_same_project_said_again(nlp):
    text = ("Projektbanken\n\nBryggor för alla\n\nProjektfakta\nProjektägare: Exempelby kommun\nProjektperiod: "
            "2031-01-01 – 2031-12-31\nBeviljat stöd: 300 000 kr\n\nSammanfattning\nProjektet ska bygga tre bryggor som "
            "alla kan använda.\n\nSummary in English\nProject owner: Municipality of Exempelby\nGranted funding: SEK "
            "300,000\nThe project will build three jetties that everyone can use.\n")
    (project,) = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Bryggor för alla", "Exempelby kommun")
    assert project["goals"] == ["Projektet ska bygga tre bryggor som alla kan använda."]


def test_an_e_services_receipt_of_an_application_names_no_payer(nlp):
    text = ("Europeiska socialfonden – E-tjänst\n\nTack för din ansökan!\n\nDin ansökan har tagits emot.\n\n"
            "Projektnamn: Jobb i byn\nSökande: Exempelby kommun\nSökt belopp: 500 000 kr\nPlanerad projekttid: "
            "2031-01-01 – 2031-12-31\n")
    (project,) = _projects(text, nlp)
    assert (project["name"], project["owner"]) == ("Jobb i byn", "Exempelby kommun")
    assert project["funders"] == [] and project["funding"] == []  # asked for, not granted


def test_cards_whose_sums_stand_as_badges_over_their_names(nlp):
    html = ("<html><body><main><h1>Projekt vi stöttat</h1><div class='card'><span class='badge'>90 000 kr</span>"
            "<h3>Ny brygga</h3><p>Exempelby båtklubb</p><p>En brygga för alla.</p></div><div class='card'>"
            "<span class='badge'>40 000 kr</span><h3>Sång i byn</h3><p>Exempelby kyrkokör</p><p>Körsång för unga."
            "</p></div><div class='card'><span class='badge'>25 000 kr</span><h3>Bastu vid sjön</h3>"
            "<p>Exempelby byalag</p><p>En bastu alla kan hyra.</p></div></main></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, ".html")}
    assert set(projects) == {"Ny brygga", "Sång i byn", "Bastu vid sjön"}
    assert projects["Sång i byn"]["funding"] == [{"amount": 40000, "currency": "SEK"}]
    assert projects["Bastu vid sjön"]["owner"] == "Exempelby byalag"


def test_a_project_named_only_by_the_quote_that_opens_the_headline_under_the_sites_name(nlp):
    text = ("Exempelby kommun\n\n”Läs med mig” ska ge fler barn lust att läsa\n\nNu startar en satsning för barn i "
            "byarna.\n\nSatsningen drivs av Exempelby bibliotek och har fått 80 000 kronor från Statens kulturråd. "
            "Under 2031 hålls läsestunder i alla skolor.\n")
    (project,) = _projects(text, nlp)
    assert project["name"] == "Läs med mig"
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")  # the year its work is done


def test_a_forms_two_facts_set_side_by_side_on_each_line(nlp):
    text = ("PROJEKTBLAD\n\nProjektnamn: Ny brygga              Diarienummer: 2031-0042\n"
            "Projektägare: Exempelby båtklubb       Org.nr: 802400-0005\n"
            "Startdatum: 2031-03-01                 Slutdatum: 2031-12-31\n")
    (project,) = _projects(text, nlp)
    assert (project["name"], project["case_number"]) == ("Ny brygga", "2031-0042")
    assert (project["owner"], project["owner_orgnr"]) == ("Exempelby båtklubb", "8024000005")
    assert (project["start_date"], project["end_date"]) == ("2031-03-01", "2031-12-31")


def test_an_english_pages_update_line_is_no_goal(nlp):
    html = ("<html><body><main><h1>Cold Roads</h1><dl><dt>Funding</dt><dd>Formas, SEK 2 million</dd><dt>Duration</dt>"
            "<dd>2031–2033</dd></dl><h2>Aim</h2><p>The aim is to make winter roads safer.</p>"
            "<p>Page updated 3 March 2031</p></main></body></html>")
    (project,) = _projects(html, nlp, ".html")
    assert project["goals"] == ["The aim is to make winter roads safer."]


def test_an_annual_reports_table_of_the_projects_its_organisation_owns_with_payers_parted_by_a_slash(nlp):
    text = ("Samordningsförbundet Exempel\nVerksamhetsberättelse 2031\n\nFörbundet har under året varit projektägare "
            "för två insatser.\n\nInsats\tPeriod\tFinansiär\tTotal budget\n"
            "Vägen in\t2030–2031\tESF+ / Region Exempel\t2 000 000\nSteg för steg\t2031–2032\tRegion Exempel\t500 000\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert projects["Vägen in"]["funders"] == ["ESF+", "Region Exempel"]
    assert projects["Steg för steg"]["owner"] == "Samordningsförbundet Exempel"


def test_a_money_label_giving_its_unit_over_a_bare_figure_on_the_next_line(nlp):
    text = ("Projektdatabas\n\nProjekttitel\nNy brygga\n\nStödmottagare\nExempelby båtklubb\n\n"
            "Beslutat stöd (kr)\n245 000\n\nProjektstart\n2031-03-01\n")
    (project,) = _projects(text, nlp)
    assert project["funding"] == [{"amount": 245000, "currency": "SEK"}]


def test_a_motion_proposing_a_project_describes_none(nlp):
    text = ("Motion till kommunfullmäktige i Exempelby kommun\n\nStarta ett projekt för unga\n\nJag föreslår därför\n\n"
            "att kommunen söker medel från Europeiska socialfonden plus för projektet Unga företagare, som drivs av "
            "näringslivsenheten under 2032, och\n"
            "att kommunen avsätter 200 000 kronor i medfinansiering.\n\nEva Exempelsson (C)\n")
    assert _projects(text, nlp) == []


def test_a_name_set_between_a_verb_and_its_object_ends_before_the_object(nlp):
    text = ("Nyheter\n\nNy väg till skolan\n\nExempelby kommun bygger i projektet Trygg skolväg en ny gång- och cykelväg "
            "till skolan. Trafikverket bidrar med 2 miljoner kronor.\n")
    (project,) = _projects(text, nlp)
    assert project["name"] == "Trygg skolväg"


def test_a_table_of_applications_with_only_the_sum_asked_and_a_decision_that_prioritises(nlp):
    text = ("Leader Exempeldalen\nProtokoll LAG-möte\n\nBeslut om ansökningar\n\n"
            "Journalnr\tSökande\tProjekt\tSökt stöd\tBeslut\n"
            "2031-0101\tExempelby IF\tLjus i spåret\t120 000 kr\tPrioriteras\n"
            "2031-0102\tExempelby byalag\tNy bastu\t90 000 kr\tAvslås\n")
    (project,) = _projects(text, nlp)
    assert (project["name"], project["funding"]) == ("Ljus i spåret", [{"amount": 120000, "currency": "SEK"}])


def test_the_season_a_named_projects_participants_are_at_work_is_its_year(nlp):
    text = ("Nyheter\n\nSommarjobb i naturen\n\nKommunen har fått 300 000 kronor från Länsstyrelsen för projektet Gröna "
            "jobb. Under sommaren 2031 får 20 ungdomar arbeta med naturvård.\n")
    (project,) = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031", "2031")


def test_a_regions_cultural_council_grants_the_regions_money(nlp):
    html = ("<html><body><main><h1>Beviljade projekt 2031</h1><p>Kulturrådet i Region Exempel har beviljat "
            "utvecklingsmedel till följande projekt.</p><details><summary>Sång i byn</summary><dl><dt>Sökande</dt>"
            "<dd>Exempelby kyrkokör</dd><dt>Beviljat</dt><dd>40 000 kr</dd></dl></details><details><summary>Dans i "
            "skolan</summary><dl><dt>Sökande</dt><dd>Exempelby dansförening</dd><dt>Beviljat</dt><dd>60 000 kr</dd>"
            "</dl></details></main></body></html>")
    projects = {p["name"]: p for p in _projects(html, nlp, ".html")}
    assert projects["Sång i byn"]["funders"] == ["Region Exempel"]  # a council of the region: the region pays


def test_a_leader_area_named_only_in_the_footer_a_pdf_repeats_grants_what_its_catalogue_lists(nlp):
    pdf = FPDF()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for name, owner, amount in (("Ny brygga", "Exempelby båtklubb", "90 000 kr"), ("Sång i byn", "Exempelby kyrkokör",
                                                                                   "40 000 kr"),
                                ("Bastu vid sjön", "Exempelby byalag", "25 000 kr")):
        pdf.add_page()
        pdf.set_font("DejaVu", size=16)
        pdf.cell(0, 10, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=10)
        for label, value in (("Projektägare", owner), ("Projektperiod", "2031-01-01 – 2031-12-31"), ("Beviljat stöd", amount)):
            pdf.cell(0, 6, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-15)
        pdf.cell(0, 6, "Projektkatalog 2031 · Leader Exempeldalen", align="C")
    projects = {p["name"]: p for p in _projects(bytes(pdf.output()), nlp, ".pdf")}
    assert set(projects) == {"Ny brygga", "Sång i byn", "Bastu vid sjön"}
    assert projects["Sång i byn"]["funders"] == ["Leader Exempeldalen"]


def test_a_samordningsforbunds_catalogue_grants_the_insatser_it_lists(nlp):
    text = ("Insatskatalog – Samordningsförbundet Exempeldalen\n\nInsats: Steg mot jobb\nProjektansvarig organisation: "
            "Exempelby kommun\nGenomförandeperiod: 2031-01-01 – 2031-12-31\nBeviljade medel: 400 000 kr\n"
            "Medfinansiärer: Region Exempel\n")
    (project,) = _projects(text, nlp)
    assert set(project["funders"]) == {"Samordningsförbundet Exempeldalen", "Region Exempel"}


def test_a_calendar_of_events_lists_no_projects(nlp):
    html = ("<html><body><main><h1>Evenemang i höst</h1><ul><li>Skördefest i byn – Exempelby byalag – 12 september – "
            "entré 50 kr</li><li>Höstkonsert – Exempelby kyrkokör – 10 oktober – 120 kr</li><li>Ljusvandring – "
            "Exempelby kommun – 31 oktober – fri entré</li></ul></main></body></html>")
    assert _projects(html, nlp, ".html") == []


def test_a_fact_tables_cell_of_lines_beside_its_label_is_one_list(nlp):
    html = ("<html><body><main><h1>Ny brygga</h1><table><tr><td>Projektägare</td><td>Exempelby båtklubb</td></tr>"
            "<tr><td>Partner</td><td>Exempelby kommun<br>Exempelby byalag<br>Exempelby IF</td></tr>"
            "<tr><td>Tid</td><td>2031–2032</td></tr></table></main></body></html>")
    (project,) = _projects(html, nlp, ".html")
    assert project["partners"] == ["Exempelby kommun", "Exempelby byalag", "Exempelby IF"]


def test_a_decision_to_extend_the_period_gives_the_new_end_not_the_first(nlp):
    text = ("Region Exempel\nBeslut\n\nBeslut om ändring av projektet Ny brygga\n\nStödmottagare: Exempelby båtklubb\n\n"
            "Region Exempel beslutar att förlänga projektperioden till 2032-06-30. Projektet beviljades ursprungligen "
            "stöd för perioden 2031-01-01 – 2031-12-31.\n\nBeviljat stöd, 300 000 kronor, är oförändrat.\n")
    (project,) = _projects(text, nlp)
    assert (project["start_date"], project["end_date"]) == ("2031-01-01", "2032-06-30")


def test_who_granted_all_the_fact_boxes_said_below_them(nlp):
    text = ("Beviljade bidrag 2031\n\nMottagare: Exempelby teaterförening | Projekt: Scen i byn | Belopp: 40 000 kr\n"
            "Mottagare: Exempelby konstförening | Projekt: Konst vid sjön | Belopp: 30 000 kr\n\n"
            "Bidragen är beviljade av Region Exempels kulturnämnd.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Scen i byn", "Konst vid sjön"}
    assert all(p["funders"] == ["Region Exempel"] for p in projects.values())  # the board's organisation pays


def test_a_grant_said_to_be_granted_by_a_body_names_its_payer(nlp):
    text = "Ny brygga\n\nProjektägare: Exempelby båtklubb\nBeviljat stöd: 90 000 kr\n\nStödet är beviljat av Region Exempel.\n"
    (project,) = _projects(text, nlp)
    assert project["funders"] == ["Region Exempel"]


def test_a_finished_projects_results_are_no_goals(nlp):
    html = ("<html><body><main><h1>Gröna gårdar</h1><h2>Om projektet</h2><p>Projektet drevs av Exempelby kommun "
            "2029–2030 och finansierades av Naturvårdsverket med 500 000 kronor.</p><h2>Mål</h2><p>Målet var att tio "
            "gårdar skulle plantera ängar.</p><h2>Resultat</h2><p>Tolv gårdar har planterat ängar.</p></main></body></html>")
    (project,) = _projects(html, nlp, ".html")
    assert project["goals"] == ["Målet var att tio gårdar skulle plantera ängar."]


def test_projects_enumerated_in_one_sentence_each_with_its_sum_and_payer(nlp):
    text = ("Exempelby kommun – Nyheter\n\nTvå nya projekt\n\nExempelby kommun startar i höst två projekt: Ljus i "
            "spåret, som får 200 000 kronor från Region Exempel, och Bokbuss i byarna, som får 90 000 kronor från "
            "Statens kulturråd.\n")
    projects = {p["name"]: p for p in _projects(text, nlp)}
    assert set(projects) == {"Ljus i spåret", "Bokbuss i byarna"}
    assert (projects["Ljus i spåret"]["funders"], projects["Ljus i spåret"]["funding"]) == (
        ["Region Exempel"], [{"amount": 200000, "currency": "SEK"}])
    assert projects["Bokbuss i byarna"]["funders"] == ["Statens kulturråd"]
