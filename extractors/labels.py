"""Fact-box labels in their many spellings, mapped to the field they introduce.

Patterns match the folded label (lower case, single spaces). The first match wins,
so the more specific labels come first ("Projektägare organisationsnummer" before
"Projektägare").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from extractors.orgs import fold

LabelField = Literal["ignore", "name", "case_number", "owner_orgnr", "owner", "period", "start_date", "end_date",
                     "funders", "fund", "funding", "eu_rate", "partners", "contact", "email", "phone", "goals",
                     "section"]

# "Ändamål: Projektet Y": what a grant is for, a project's name when it names one (a fact of an entry, no field's).
PURPOSE_KEY_RE = re.compile(r"(?i)^(?:ändamål|avser|syfte med bidraget)$")

LABEL_PATTERNS: list[tuple[LabelField, str]] = [
    ("ignore", r"^(?!e ?post|e ?mail).*\b(postnr|postnummer|ort|adress|postadress|besöksadress|webbplats|hemsida|"
               r"telefonnummer växel|fax)$"),
    ("ignore", r"^(ansvarig |handläggande )?\w*handläggare$|^beslutande$|^föredragande$"),  # case officers
    ("ignore", r"^(program cci|cci|programområde|specifikt mål|insatsområde|region|nuts.*|interventionstyp|"
               r"antal deltagare|planerat antal deltagare|land som berörs|sekundärtema.*|insats av strategisk betydelse|"
               r"utlysning|målgrupp|målgrupper|bransch|kategori|tema|status|publicerad|senast ändrad|uppdaterad|"
               r"(underskrift )?(av )?(behörig företrädare|firmatecknare)|undertecknare|underskrift|ort och datum|datum|"
               r"sökt belopp|ansökt belopp|(?:an)?sökt (?:[\w+]+ )?(?:stöd|bidrag|medel)|"  # ("Sökt ESF+-stöd")
               r"delprogram|delområde|sub programme|"
               r"sub program|subprogramme|priority|priority axis|programme priority|program priority|prioritet|"
               r"programprioritering|prioriterat område|programme cci|"
               r"programming period|programperiod|beneficiary country|beneficiary type|european commission topic|"
               r"topic|intervention field|keywords|nyckelord|"
               r"sista dag för (?:ansökan om )?(?:slut)?(?:betalning|utbetalning|rekvisition|redovisning)\w*)$"),
    ("owner_orgnr", r"^((projektägare|stödmottagare|sökande|organisationens)\s*)?(organisationsnummer|org\s?nr|orgnr|"
                    r"organisationsnr|org nummer)$"),
    ("name", r"^(namn|project|projekt|projektnamn|projektets namn|namn på projektet|projekttitel|projektets titel|titel|"
             r"project name|project title|title|insats|insatsens namn|förstudie|förstudiens namn|forskningsprojekt|delprojekt|utvecklingsprojekt|"
             r"research project|project acronym|projektakronym|akronym|acronym|prosjektnavn|prosjektets navn|prosjekt)$"),
    ("case_number", r"^(diarienummer|diarienr|dnr|d nr|ärende ?id|ärendenummer|ärendenr|projektnummer|projektnr|jnr|journalnr|"
                    r"saksnummer|saksnr|"
                    r"projekt ?id|projektkod|referensnummer|beslutsnummer|journalnummer|nyps ?id|ärende|"
                    r"project number|project id|project code|reference number|case number|case no|registration number)$"),
    ("owner", r"^(projektägare|projektägar|ägare|projektägaren|projektägande organisation|projektägande organisationer|"
              r"stödmottagare|sökande|sökande organisation|förening|sökande förening|bidragsmottagare|mottagare|huvudsökande|huvudstödmottagare|lead partner|"
              r"huvudpartner|huvudpartnern|ledande partner|"  # (the lead partner, as Finland-Swedish Interreg pages call it)
              r"tilskuddsmottaker|tilskotsmottakar|tilskudsmodtager|"  # Norwegian and Danish
              r"leadpartner|organisationsnamn|ansvarig organisation|projektansvarig organisation|"
              r"genomförande organisation|projektägare stödmottagare|stödmottagare projektägare|"
              r"projektägare och samordnare|beneficiary|project owner|lead beneficiary|project leader organisation|lead|"
              r"projektejer|projektejere|"  # Danish
              r"projektägare organisation|projektägare organisationsnamn|sökandes namn|sökandens namn|namn juridisk person|"
              r"organisationens namn|organisationens juridiska namn|sökande organisationens namn|"
              r"stödmottagarens namn|projektägarens namn|sökande organisation namn|projektanordnare|anordnare|"
              r"föreningens namn|föreningens juridiska namn|klubbens namn|sökande förenings namn|"
              r"coordinator|coordinating institution|coordinating organisation|coordinating organization|"
              r"coordinating beneficiary|ansvarig förvaltning|ansvarig enhet|ansvarig avdelning|"
              r"koordinator|koordinerande organisation|applicant|main applicant|host institution|"
              r"prosjekteier|(?:norsk|svensk) prosjekteier|prosjektansvarlig|hovedprosjekteier|coordinated by|"  # Norwegian
              r"(?:svensk|norsk|dansk) projektejer|"
              r"ansvarig aktör|projektansvarig aktör|ansvarig part|huvudman|genomförs av|genomförare|projektgenomförare|"
              r"grant administrator|administrating organi[sz]ation|medelsförvaltare|förvaltande organisation)$"),
    ("period", r"^(projekttid|projektperiod|projektets period|tidplan|tidsplan|period|genomförandeperiod|genomförandetid|"
               r"löptid|tidsperiod|pågår|pågick|tidsram|projektets löptid|tid|projekttid och budget|när|project period|duration|"
               r"project duration|stödperiod|stödtid|beslutsperiod|projektets genomförandetid|genomförandetid för projektet|"
               r"project dates|project runtime|runtime|implementation period|prosjektperiode|prosjekttid|periode|projektperiode|"
               r"funding period|grant period|bidragsperiod|beviljandeperiod|insatsperiod|insatstid|"
               r"(?:projektets )?start(?:datum)? och slut(?:datum)?|"  # "Projektets start- och slutdatum"
               r"byggtid|byggperiod|tidtabell|"  # ("Tidtabell": Finland-Swedish for the project's period)
               r"stödet (?:ska|får) användas(?: mellan| under)?|(?:utgifter|kostnader) får uppstå(?: mellan| från)?|"
               r"(?:hur länge|när) pågår (?:det|projektet|satsningen))$"),  # a questions-and-answers page's question
    ("start_date", r"^(startdatum|startår|projektstart|start|startar|projektets start|startdatum för projektet|från|från och med|"
                   r"start date|projektet startar|startdatum projekt|projektets startdatum|starting date)$"),
    ("end_date", r"^(slutdatum|slutår|projektslut|slut|avslutas|projektets slut|slutdatum för projektet|till|till och med|end date|"
                 r"projektet avslutas|slutdatum projekt|projektets slutdatum|ending date|"
                 r"(?:projektet )?ska vara (?:genomfört|avslutat|slutfört) senast|"
                 r"(?:ni|du) ska vara klara? med projektet senast)$"),  # a decision's "Ni ska vara klara med projektet senast"
    ("eu_rate", r"^(eu co financing rate|co financing rate|eu cofinancing rate|unionens medfinansieringsgrad|eu:?s medfinansieringsgrad|medfinansieringsgrad|eu andel|"
                r"eu finansieringsgrad|stödandel eu|andel eu stöd|eu stödandel|finansieringsgrad)$"),
    ("funding", r"^(beviljat belopp|beviljat stöd|beviljat esf ?stöd|beviljat esf\+? ?stöd|beviljade eu medel|"
                r"beviljat eu stöd|eu stöd|esf stöd|eruf stöd|stödbelopp|beviljade medel|beviljat bidrag|bidrag|stöd|"
                r"total budget|total projektbudget|totalbudget|budget|projektbudget|omslutning|projektets omslutning|"
                r"totalbudsjett|budsjett|eu midler|interreg midler|interregmidler|norske interregmidler|tilskudd|"
                r"(?:norska |svenska )?interreg ?medel|"  # "Norska Interregmedel: 1 500 000 NOK"
                r"innvilget tilskudd|bevilget tilskudd|tilskuddsbeløp|"
                r"total kostnad|projektets totala kostnad|totala kostnader|offentlig medfinansiering|"
                r"övrig offentlig finansiering|övrig offentlig medfinansiering|övrig finansiering|övrig medfinansiering|"
                r"medfinansiering|privat medfinansiering|kontant medfinansiering|beviljat|belopp|finansiering|"
                r"total budget|funding|eu funding|eu contribution|erdf|erdf funding|esf funding|interreg funding|"
                r"budget total|beviljat eruf stöd|beviljat regionalfondsstöd|beviljade medel eu|"
                r"summa|totalt|total|summa finansiering|sum finansiering|kostnader totalt|summa kostnader|"
                r"grant|grant amount|awarded grant|total grant|granted amount|amount granted|amount awarded|awarded amount|"
                r"eu grant|esf grant|erdf grant|esf\+ grant|"
                r"project budget|total cost|varav eu|därav eu|varav eu medel|varav eu stöd|"
                r"samlet budget|støtte fra eu|eu støtte|tilskud fra eu|eu tilskud)$"),  # Danish, as Interreg ÖKS writes
    ("funders", r"^(finansiärer|finansiär|finansieras av|finansiering från|medfinansiärer|medfinansiär|"
                r"stödet kommer från|pengarna kommer från|medlen kommer från|stöd ur|stödet beviljas ur|"
                r"finansiärer och partner|stöd från|bidragsgivare|program|programme|programmet|eu program|"
                r"finansierande program|interregprogram|interreg program|programområde interreg|funded by|"
                r"financed by|co funded by|funded under|funder|funders|financier|financiers|leaderområde|leader område|"
                r"leaderområdet|leadergrupp|lag grupp|lokalt ledd utveckling genom|local action group)$"),
    ("fund", r"^(berörd fond|fond|fonder|eu fond|strukturfond|fund|funds|eu fund|stödform)$"),
    ("partners", r"^(samverkansparter|samverkanspart|samverkanspartner|samverkanspartners|partner|partners|"
                 r"projektpartner|projektpartners|projektparter|projektpart|övriga parter|deltagande kommuner|deltagande organisationer|"
                 r"medverkande organisationer|medverkande kommuner|parter|samarbetspartner|samarbetspartners|"
                 r"samarbetsparter|medsökande|delprojektägare|i samverkan med|övriga partner|övriga partners|"
                 r"project partners|partners|partner organisations|medverkande parter|samverkansaktörer|"
                 r"participants|participating organi[sz]ations|"
                 r"beneficiaries|partner beneficiaries|project beneficiaries|other beneficiaries|"
                 r"associated beneficiaries|associated beneficiary|"
                 r"samverkan sker med|samverkan med|samarbete med|i samarbete med|samarbetar med)$"),
    ("contact", r"^(kontakt|kontaktperson|kontaktpersoner|projektledare|projektkoordinator|projektsamordnare|"
                r"projektassistent|projektmedarbetare|biträdande projektledare|"  # the project's own staff
                r"ansvarig|kontaktuppgifter|(?:för )?(?:mer|ytterligare|närmare) info(?:rmation)?(?: om .{1,60})?(?: kontakta)?|"
                r"tilläggsinformation|tilläggsuppgifter|ytterligare uppgifter|"  # ("Tilläggsuppgifter": Finland-Swedish)
                r"kontaktperson för projektet|frågor|"
                r"(?:rapporten )?(?:upprättad|sammanställd|skriven) av|"  # a report's author: its project's staff
                r"vill du veta mer.*|kontakta.*|frågor om projektet|contact|contact person|contacts|"
                r"(?:for )?(?:more|further) information(?: contact)?|"
                r"project manager|project coordinator|project leader|principal investigator|pi|"
                r"huvudsökande forskare|ansvarig forskare|forskningsledare|huvudansvarig|"
                r"vem (?:kan|ska) jag kontakta|vem kontaktar jag|vart vänder jag mig)$"),
    ("email", r"^(e ?post|e ?mail|email|mejl|mail|epost|e ?postadress|e ?mailadress)$"),
    ("phone", r"^(telefon|tfn|tel|mobil|mobiltelefon|telefonnummer|direkt|mobiltelefonnummer|mobilnummer)$"),
    ("goals", r"^(formål|projektets formål|syfte|syftet|mål|målet|syfte mål|syfte och mål|mål och syfte|projektmål|projektets mål|"
              r"projektets syfte|förväntade resultat|förväntat resultat|förväntade effekter|resultat|effektmål|"
              r"(?:förväntade|förväntat) resultat efter (?:avslutat )?projekt(?:et)?|"
              r"målsättning|övergripande mål|delmål|projektets målsättning|vad (?:vill|ska) [a-zåäö]+ (?:uppnå|åstadkomma)|"
              # "Kortsiktiga mål (vid projektets slut)", "Långsiktiga effekter": the goals by their reach
              r"(?:kortsiktiga|långsiktiga|konkreta|mätbara|kvantitativa|kvalitativa) (?:mål|målen|effektmål|effekter)|"
              r"(?:det här|detta|det) (?:vill|ska) [a-zåäö]+ (?:uppnå|åstadkomma)|"
              r"vad är (?:målet|syftet)|mål och resultat|"
              r"syfte och förväntade resultat|mål med projektet|syftet med projektet|sammanfattning av mål|"
              r"objective|objectives|aim|aims|purpose|expected results|goals|project goals|project goal|"
              r"project objectives|project objective|project aim|project purpose|overall objective|"
              r"project aims|aims and objectives|goals and expected results|"
              r"what (?:will|does|should) (?:the|this) project (?:achieve|want to achieve|aim to achieve|aim for)|"
              # "Tre mål för projektet", "Våra mål med satsningen": the goals, counted or owned
              r"(?:två|tre|fyra|fem|sex|våra|några) (?:mål|delmål|syften)(?: (?:med|för) (?:projektet|förstudien|"
              r"satsningen))?|"
              # a lead into a list: "Projektets mål är:", "Målen för projektet är följande:"
              r"(?:projektets |förstudiens )?(?:mål|målen|syfte|syftet)(?: (?:med|för) (?:projektet|förstudien))? är(?: följande)?)$"),
    ("section", r"^(bakgrund|beskrivning|metod.*|aktiviteter|genomförande|projektorganisation|organisation|"
                r"sammanfattning|om projektet|om prosjektet|projektbeskrivning|målgrupp|målgrupper|budget|finansiering|"
                r"vad ska [a-zåäö]+ göra|vad ska göras|hur ska det gå till|så (?:här )?arbetar vi|arbetssätt|aktuellt|dokument|läs mer|relaterat|nyheter|"
                r"beviljade projekt|erfarenheter|lärdomar|spridning|uppföljning|utvärdering|summary|description|"
                r"background|objectives and results|project description|project summary|about the project|"
                r"projektsammanfattning|kort beskrivning|publikationer|publications|rapporter|länkar|relaterade länkar)$"),
]
_COMPILED = [(fieldname, re.compile(pattern)) for fieldname, pattern in LABEL_PATTERNS]

# Columns of a table that hold no field of a project's own (where, when, what kind, the decision).
OTHER_COLUMN_RE = re.compile(r"(?i)^(?:kommun|län|ort|region|land|country|plats|datum|beslut|beslutsdatum|år|status|kategori|"
                             r"typ|stödform|åtgärdstyp|program|fond|insatsområde|tema|andel|procent)$")

# Section words that label the project's period when the value is a period and nothing else ("Genomförande
# 2025–2026"); over text they head a section.
PERIOD_SECTION_RE = re.compile(r"(?i)^(?:projektets\s+)?genomförande$")

# What kind of document a report is, as a title says after a dash ("Projektet X – slutrapport").
REPORT_KINDS = r"slutrapport|lägesrapport|delrapport|projektplan|projektbeskrivning|utvärdering"

# Labels no list foresaw ("Ärendenummer hos Tillväxtverket", "Beviljad Leaderfinansiering", "Total
# projektkostnad") still carry their field in a word stem; tried in this order after the list.
LABEL_STEMS: list[tuple[LabelField, str]] = [
    ("ignore", r"sökt|ansökt|utbetal|upparbeta[td]|förbrukat|utfall|redovisat|deltagare|målgrupp|postadress|adress"),
    ("owner_orgnr", r"organisationsnummer|org\.? ?nr"),
    ("case_number", r"diarienummer|diarienr|ärendenummer|ärende ?id|projektnummer|referensnummer|journalnummer"),
    ("name", r"projektnamn|projektets namn|namn på projekt"),
    ("owner", r"projektägare|stödmottagare|mottagare$|huvudsökande|huvudstödmottagare|lead partner|koordinator|anordnare|"
              r"^utförare$"),  # (a samordningsförbund's "Utförare": who carries out the insats it pays)
    ("eu_rate", r"medfinansieringsgrad|stödandel|strukturfonds\w* andel|stödnivå|eu.?andel|andel eu|finansieringsgrad|eu.*andel|"
                r"co.?financing rate|eu.?stödets andel|andel.*eu"),
    ("funding", r"budget|kostnad|omslutning|omfattning|beviljad|beviljat|beviljade|stöd$|stödbelopp|bidrag|finansiering$|"
                r"leaderfinansiering|eu.?medel|eu.?stöd|esf.?stöd|eruf.?stöd|medfinansiering|funding|budget|"
                r"co.?financing$|contribution|^varav\b|^of which\b|midler$"),  # "Varav EU", "Varav ERUF": a named part of the sum;
    # "Norska Interreg-midler": Norwegian funds
    ("funders", r"finansiär|finansieras av|programme|program$|^finansieringsplan"),
    ("fund", r"\bfond$"),
    ("partners", r"partner(?!skap)|samverkanspart|samarbetspart|medverkande|deltagande (kommuner|organisationer|parter)"),
    ("period", r"projekttid|projektperiod|genomförandeperiod|löptid|stödperiod"),
    ("contact", r"kontaktperson|projektledare|kontakt"),
    ("email", r"e.?post|e.?mail|mejl"),
    ("phone", r"telefon|\bmobil(?:telefon|nummer|nr)?\b"),  # "Mobilt slakteri" is a name, no phone label
    ("goals", r"syfte|projektmål|förväntade? (resultat|effekter)|målsättning|^mål\b"),
]
_COMPILED_STEMS = [(fieldname, re.compile(pattern)) for fieldname, pattern in LABEL_STEMS]


def _without_hint(label: str) -> str:
    """"Sökandes namn (organisationens juridiska namn)": a form's hint in brackets is no part of the label."""
    stripped = re.sub(r"\s*\([^)]*\)", "", label).strip()
    stripped = re.sub(r"^\d{1,2}\.(?:\d{1,2}\.?)*\s+(?=\D)", "", stripped)  # "14.1 Offentlig finansiering": a form's number
    stripped = re.sub(r"(?i)^(projekt|project)\s+\d{1,2}$", r"\1", stripped)
    # "Projektets mål enligt ansökan", "Budget enligt beslut": where the figures come from is no part of the label
    stripped = re.sub(r"(?i)\s+enligt\s+(?:ansökan|ansökningen|beslut(?:et)?|projektplan(?:en)?)$", "", stripped)  # "Projekt 2: X", one of a numbered list
    # "Belopp, kr", "Belopp i SEK": a column's unit is no part of its label
    stripped = re.sub(r"(?i),?\s+(?:i\s+)?(?:kr|kronor|tkr|sek|eur|euro|nok)\.?(?=\s|$)", "", stripped).strip()
    return stripped or label


def _bilingual(label: str, read) -> LabelField | None:
    """"EU-midler / EU-medel": a label in two languages is either one."""
    return next((f for part in label.split(" / ")[:3] if (f := read(part)) is not None), None) if " / " in label else None


@lru_cache(maxsize=8192)  # the same labels come back on every page
def exact_label_field(label: str) -> LabelField | None:
    """The field of a label written as the vocabulary has it, no stems."""
    if (both := _bilingual(label, exact_label_field)) is not None:
        return both
    key = re.sub(r"\s+", " ", fold(_without_hint(label).replace("/", " ").replace("-", " ")).strip(" :"))
    for fieldname, rx in _COMPILED:
        if rx.match(key):
            return fieldname
    return None


# A fact list whose labels are questions ("Vem? Åby IF", "Vad? Byns bastu", "Hur mycket? 45 000 kronor"): the bare
# question word with its question mark is the label (a form's "Vad: tillstånd" is none); a question of more words
# ("Varför behövs projektet?") is a heading.
QUESTION_LABELS: dict[str, LabelField] = {"vem?": "owner", "who?": "owner", "vad?": "name", "what?": "name",
                                          "hur mycket?": "funding", "how much?": "funding", "när?": "period",
                                          "when?": "period", "varför?": "goals", "why?": "goals"}


@lru_cache(maxsize=8192)
def label_field(label: str) -> LabelField | None:
    if (question := QUESTION_LABELS.get(" ".join(label.casefold().split()))) is not None:
        return question
    if (both := _bilingual(label, label_field)) is not None:
        return both
    key = fold(_without_hint(label).replace("/", " ").replace("-", " ")).strip(" :")
    key = re.sub(r"\s+", " ", key)
    for fieldname, rx in _COMPILED:
        if rx.match(key):
            return fieldname
    # "Tidplan och deltagare", "Kontakt och frågor": the first word carries the meaning.
    first = key.split(" ")[0] if key else ""
    if first and first != key:
        for fieldname, rx in _COMPILED:
            if fieldname in ("period", "contact", "goals") and rx.match(first):
                return fieldname
    if 0 < len(key.split()) <= 6 and "," not in _without_hint(label):
        for fieldname, rx in _COMPILED_STEMS:
            m = rx.search(key)
            if m and (m.start() == 0 or len(key.split()) <= 3 or fieldname == "ignore"):
                return fieldname
    elif "," in label and 0 < len(key.split()) <= 6:  # "Utfall, totala kostnader": what the sum is, then of what
        lead = fold(label.split(",")[0]).strip()
        if any(rx.match(lead) for fieldname, rx in _COMPILED_STEMS if fieldname == "ignore"):
            return "ignore"
        if label_field(label.split(",")[0]) == "funding":
            return "funding"  # "Beviljat stöd, ERUF": the sum granted, then of which fund
    return None


OWNER_LIKE: set[str] = {"owner", "case_number", "name", "period", "start_date", "owner_orgnr"}
