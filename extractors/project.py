"""Reading one project record, with provenance, out of a segment's blocks.

Fact-box labels are read first (highest confidence), then headed sections (goals,
contacts, a period under "Tidplan"), then prose rules. A segment that yields a name
but no owner, period or funding is not a project.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extractors import prose
from extractors.annotations import NO_ANNOTATIONS, Annotations
from extractors.contacts import (Contact, email_matches_name, find_emails, find_phones, is_known_first_name, looks_like_person,
                                 parse_person, TITLE_FIRST_RE)
from extractors.dates import PERIOD_VALUE_RE, PartialDate, SPLIT_YEAR_WORDS, find_dates, find_periods, parse_date, parse_period, with_same_year, yearless_date
from extractors.lang_sv import MONTH_PATTERN, PROJECT_PART_NOUNS
from extractors.goals import DECISION_NOTE_RE, SAID_BY_RE, aim_strength, is_aim_sentence, is_goal_lead_in, make_goal, not_an_aim
from extractors.labels import PERIOD_SECTION_RE, REPORT_KINDS, exact_label_field, label_field
from extractors.money import BARE_FIGURE_RE, SINGLE_SUM_RE, Money, figure_value, find_amounts, funding_kind, funding_kind_for_funder, split_figures
from extractors.orgnr import find_orgnrs, normalise_orgnr
from extractors.names import (QUOTE_OPEN, QUOTE_CLOSE, SUM_TO_NAME_RE, NAME_THEN_SENTENCE_RE, CASE_LEAD_RE, LABELLED_CASE_PREFIX_RE, labelled_entry, DASH_SUM_IN_BRACKETS_RE, dash_entry_sum, owner_for_name, payer_years_entry, TITLE_PERIOD_RE, key_owner, ABOUT_RE, AMOUNT_FIRST_RE, EARLIER_RE, OWNER_FIRST_ENTRY_RE, QUOTED_RE,
                              bracket_entry, bracketed_parts, case_entry, comma_parts, dot_parts, first_project_name, first_sentence, grant_entry_name,
                              granted_for_name, told_as_past, DONE_WITH_RE,
                              is_generic_heading, is_headline, labelled_name, managed_name, mixed_parts, name_comma_owner, named_name,
                              owner_and_name,
                              flat_row, name_keyed_entry, org_keyed_project, to_owner_entry, owner_dash_name, owner_first, owner_keyed_entry, plainly_org, row_parts, run_by_subject)
from extractors.orgs import (CLUB_LETTERS, STATE_RE, branch_of, org_kind, with_branch, funds_in_lower_case, gazetteer, hands_out_grants, programme_of_authority, municipality_name, is_country, is_eu_fund,
                            is_named_org, is_scheme, looks_like_org, normalise_org, org_run, split_org_list, without_country,
                            without_section)
from extractors.document_facts import ALL_PROJECTS_SUBJECT_RE, OWN_MONEY_RE, REGIONAL_MONEY, DocumentFacts
from extractors.records import Funding, ProjectRecord, Provenance, Value
from extractors.sentences import sentence_spans
from extractors.roles import BYLINE_SEPARATOR_RE, CRUMB_SEPARATOR_RE, fold, is_chrome_text
from extractors.segment import (EACH_GETS_RE, NAME_AND_OWNER_HEAD_RE, GRANT_DECISION_RE, GRANTING_ATT_VERBS, ITEM_GRANT_HEAD_RE, META_SEPARATOR_RE, MATTER_WORDS, RECIPIENT_SUM, RUN_IN_TITLE_ENTRY_RE, SECTION_NUMBER_RE,
                                Segment, bare_fact, heading_like, in_fact_run, meta_parts, named_again_below, owner_line,
                                sum_line)
from extractors.segment import turned_down as turned_down_text
from pipeline.blocks import Block
from pipeline.parse.lines import split_label

PROJECT_WORD_RE = re.compile(r"projekt|project|förstudie|pilot|satsning|initiativ|insats", re.IGNORECASE)
# "projektet X" and "förstudien X" set the noun apart from the name; "Förstudie X" is the name's own form.
NAME_PREFIX_RE = re.compile(r"^(?:(?i:förstudien|förprojektet|projektet|projekt|projektnamn|pilotprojektet|nytt projekt|välkommen till|"
                            r"welcome to)|"
                            r"(?:Leader|EU|ESF|ERUF|Interreg)-?projektet|"  # ("Leaderprojektet X": whose kind it is)
                            r"förstudie|förprojekt|pilotprojekt)"
                            r"\s*[:\-–]?\s+(?=[A-ZÅÄÖ0-9\"”“])")
CASE_PREFIX_RE = re.compile(r"^(?P<case>[A-ZÅÄÖ]{0,6}\s?\d[\w]*(?:[-/:.]\w+){1,4})\s+[-–:]\s+(?P<rest>.+)$")
PLACE_PREFIX_RE = re.compile(r"^(?P<place>[A-ZÅÄÖ][\wåäö\-]+(?:\s[A-ZÅÄÖa-zåäö][\wåäö\-]+){0,2})\s*(?::(?=\s)|\s[-–]\s)\s*"
                             r"(?P<rest>.+)$")  # ("Re:Fibre" is one name)
FUND_IN_LABEL_RE = re.compile(r"\b(ESF\+?|ERUF|ERDF|EFRU|EGF|FST|JTF|FRO|Regionalfonden|Socialfonden)(?=[\s)-]|$)",
                              re.IGNORECASE)  # ("EFRU": the regional fund in Norwegian and Danish)
# How much each kind of name candidate is trusted; a candidate the text names again gets the bonus.
NAME_SCORES = {"name.heter": 0.9, "name.title_projektet_x": 0.85, "name.lead_projektet_x": 0.65, "name.title": 0.6,
               "name.projektet_x": 0.55, "name.run_in_title": 0.5, "name.run_by": 0.5, "name.granted_for": 0.5,
               "name.grant_entry": 0.7, "name.managed": 0.65}
# A section that opens "Projektet X ..." under a heading that X does not repeat: the heading is a teaser.
LEAD_NAME_CHARS = 150
# "Grön omställning i X Projektet ska ...": a title and its text in one paragraph.
RUN_IN_TITLE_RE = re.compile(r"^(?P<title>[A-ZÅÄÖ0-9][^.!?:]{2,80}?)\s+(?=(?:Projektet|Syftet|Målet|Förstudien|"
                             r"Satsningen|Förprojektet|Vi|Här|I projektet|Genom|Målsättningen)\b)")
NAME_AGAIN_BONUS = 0.3
NAME_GENERIC_PENALTY = 1.0
# "Stödet är högst N kronor": the money a sentence speaks of, no name.
MONEY_NOUN_NAME_RE = re.compile(r"(?i)^(?:stödet|bidraget|pengarna|medlen|anslaget|beloppet|summan|kostnaden|kostnaderna|"
                                r"ansökan|ansökningen)$")
GENERIC_NAME_RE = re.compile(r"^(?:ny|nytt|nya)\s+(?:satsning|projekt|insats|initiativ|pengar|stöd|medel)\b|"
                             r"\b(fakta|projektfakta|beviljade|prioriterade|nyheter|nyhet|nyheder|aktuellt|utlysning\w*|"
                             r"om projektet|projekten|kontakt\w*|protokoll|sammanträde\w*|ärende\w*|pressmeddelande|"
                             rf"{PROJECT_PART_NOUNS}|"  # a project's parts
                             r"\w+-projekt|^[A-ZÅÄÖ][a-zåäö]+projekt(?:en)?$|projekt i|nya projekt|i siffror|statistik|projekt(?:en)? (?:med|där|som|inom|för)|\w+(?:a|e) projekt(?:en)?$)\b|"
                             r"\.(png|jpe?g|gif|svg|pdf|docx?)$", re.IGNORECASE)


# A headline's subtitle after the name, news about it ("Gränslös omsorg – ny kunskap om vård"), not a part of it.
NEWS_SUBTITLE_RE = re.compile(r"^\s*(?:[–—:]|-\s)?\s*(?:ny|nytt|nya|nu|snart|ett|en|så|här|det|vi|första|rapport|slutrapport|"
                              r"lägesrapport|förstudie|avslutat|klart|startar|startade|a|an|the|new|now|"
                              r"lättläst|på engelska|in english|english)\b")  # ("Bo kvar – lättläst": a version of the page)


def _subtitled(title: str, name: str) -> bool:
    """"Gränslös omsorg – ny kunskap om vård" over "projektet Gränslös omsorg": the name, then a headline's subtitle."""
    return bool(re.match(re.escape(fold(name)) + r"\s*(?:[–—:]|-\s)\s*\S", fold(title)))


def letterhead_line(text: str, site: list[str]) -> bool:
    """"Region X · Regional utveckling": a letterhead's organisation (the site's, or one known) and its unit."""
    parts = BYLINE_SEPARATOR_RE.split(text)
    return len(parts) >= 2 and (any(fold(parts[0]) == x for x in site) or gazetteer().lookup(parts[0].strip()) is not None)


def generic_name(name: str) -> bool:
    """Words that title a list or a page, not a project."""
    words = name.split()
    return bool(GENERIC_NAME_RE.search(name) or MONEY_NOUN_NAME_RE.match(name)) or (len(words) >= 3 and name.isupper()) or \
        gazetteer().lookup(name) is not None or len(words) > 14


# Amounts this large belong to programmes and funds, not to one project.
PAYER_PERCENT_LINE_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][^:;,\d]{1,60}?)\s*[:–-]?\s+\d{1,3}(?:,\d+)?\s*(?:%|procent)$")
SCALED_HEAD_RE = re.compile(r"(?i)\b(tkr|tsek|ksek|keur|tusen|mnkr|mkr|msek|meur|miljoner)\b")  # a head's figures in thousands or millions
PROGRAMME_SCALE = {"SEK": 10**9, "NOK": 10**9, "DKK": 10**9, "EUR": 10**8, "USD": 10**8}
NOT_A_FUNDER_RE = re.compile(r"^(EU|EU:s|Europeiska unionen|Europeiska kommissionen|European Union|Unionen|"
                             r"(Svenska )?ESF-rådet|"  # it administers the fund, the fund pays
                             r"(?:det )?regionalfondsprogram(?:met)?)$",  # a programme's kind, cut from its region's name
                             re.IGNORECASE)
CONTACT_CUE_WORD_RE = re.compile(r"^(?:Kontakta|Kontakt|Kontaktperson|Kontaktpersoner|Frågor|Projektledare|"
                                 r"Projektledaren|Samordnare|Ring|Mejla)\s+")
PERSON_NAME_RE = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöéüćčšžđ]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:\s+[A-ZÅÄÖÉ][a-zåäöéüćčšžđ]+"
                            r"(?:-[A-ZÅÄÖ][a-zåäö]+)?){1,2}\b")
# "Budget (EUR)", "Belopp, kr": the currency of a table's figures, in its heading or column head
TABLE_CURRENCY_RE = re.compile(r"(?:\(|\bbelopp,?\s+(?:i\s+)?)(EUR|SEK|NOK|DKK|kr|kronor|tkr|€|euro)(?:\)|(?![\wåäö]))",
                               re.IGNORECASE)
# A financing table's column of sums named without its unit ("Finansiär | Belopp"), in a Swedish document's kronor.
AMOUNT_HEAD_RE = re.compile(r"(?i)^(?:belopp|summa|kronor|bidrag)$")
CURRENCY_CODES = {"eur": "EUR", "€": "EUR", "euro": "EUR", "sek": "SEK", "kr": "SEK", "kronor": "SEK", "tkr": "SEK",
                  "nok": "NOK", "dkk": "DKK"}
# What stands before a flattened table's currency: "Finansieringsplan, svensk del (SEK)", "Budget Kostnader Belopp (kr)"
FLAT_TABLE_HEAD_RE = re.compile(r"(?i)(finansier\w*|budget\w*|kostnad\w*|belopp|\bdel)\b[^.]{0,40}$")
# "Finansieringsplan: A 875 000 kr, B 450 000 kr och C 425 000 kr" inside a sentence.
FINANCING_PLAN_RE = re.compile(r"(?i)\b(?:finansieringsplan|finansieringen|medfinansiering|finansiering)\s*:\s+(?=[A-ZÅÄÖ])")
PLAN_AT_END_RE = re.compile(r"(?i)\b(?:finansieringsplan|finansieringen|finansiering)\s*:\s*$")
MONEY_CATEGORY_RE = re.compile(r"(?i)\b(co-?financing|cofinancing|funding|financing|contribution|"
                               r"medfinansiering|finansiering|egen insats|egeninsats)\b")
GOAL_WORD_RE = re.compile(r"(?i)\b(mål\w*|syfte\w*|resultat\w*|effekt\w*)\b")
FORM_PART_RE = re.compile(r"(?i)\buppgifter om (?:(?P<owner>stödmottagare\w*|sökande\w*|projektägare\w*|"
                          r"huvudman\w*|organisation\w*)|(?P<contact>kontaktperson\w*))|"
                          r"^(?:(?:[A-H]|\d{1,2})\.\s+)?(?:(?P<owner2>sökande|stödmottagare|projektägare)|"
                          r"(?P<contact2>kontaktperson(?: för (?:projektet|ansökan|ärendet))?|projektledare|"
                          r"projektkoordinator|kontaktuppgifter))$")  # ("3. Projektledare" over "Namn: ...")
# "C. Sammanfattning av projektet", "3. Projektet": the form's next part
FORM_SECTION_RE = re.compile(r"^(?:[A-H]|\d{1,2})\.\s+[A-ZÅÄÖ]")
FORM_NAME_LABEL_RE = re.compile(r"(?i)^(?:\d{1,2}\.\d{1,2}\.?\s+)?(?:namn(?: och adress| och postadress)?|organisationens namn|"
                                r"organisationsnamn)\*?$")  # ("2.1 Namn*": the form's field number, a required mark)
TOTAL_RE = re.compile(r"(?i)\b(summa|sum|totalt?|total\w*)\b")
YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}")  # a column head of a plan by year
BUDGET_PAIR_RE = re.compile(r"(?P<label>[^\d]{3,100}?)\s+(?P<num>\d{1,3}(?:[  ]\d{3})+|\d{4,})(?=\s|$)")
FINANCING_LINE_RE = re.compile(r"^(?P<name>(?:[^\d(]|\([^)]{0,30}\)){3,80}?)\s+(?P<num>\d{1,3}(?:[  ]\d{3})+|\d{1,9})"
                               r"(?:\s*(?:kr|kronor|SEK|EUR|euro))?(?:\s+(?P<share>\d{1,3}(?:[,.]\d+)?)\s*%)?$")  # ("X 500 000 kr")
# "Kostnadsslag 2027 2028 Summa": a budget table's head, a column a year and one for the sum.
YEAR_TABLE_HEAD_RE = re.compile(r"(?i)^[^\d]{3,40}?\s+(?P<years>(?:(?:19|20)\d{2}\s+){1,6})(?:summa|totalt?|total)$")
# "Summa kostnader 200 000 200 000 400 000": its total row, the figures run together.
TOTAL_ROW_RE = re.compile(r"(?i)^(?:summa|totalt?|total)(?:\s+[a-zåäö]+)?\s+(?P<figures>\d{1,3}(?:\s\d{1,3})*)$")
BUDGET_LINE_RE = re.compile(r"^(?P<label>[^\d]{3,60}?)\s+(?P<num>\d{1,3}(?:[  .]\d{3})+|\d{4,})"
                            r"(?:\s+\d{1,3}(?:[,.]\d+)?\s*%)?$")
# The last part of a row on an organisation's own list: its role in the project.
ROW_ROLE_RE = re.compile(r"(?i)^(?:(?P<owner>projektägare|koordinator|coordinator|lead partner|huvudsökande|"
                         r"stödmottagare|project owner)|(?P<partner>partner|projektpartner|samverkanspart|"
                         r"samarbetspartner|medsökande|deltagare))$")
# A sentence about every project of a list: "Här presenteras projekt som har beviljats stöd från X".
ALL_LISTED_RE = re.compile(r"(?i)\bprojekt(?:en)?\s+som\s+(?:har\s+)?(?:beviljats|fått|får|fick|tilldelats)\b|"
                           r"^projekten\s+(?:har\s+)?(?:samtidigt\s+)?(?:beviljats|fått|får|fick|tilldelats)\b|"
                           r"^(?:samtliga|alla)\s+(?:\w+\s+)?projekt(?:en)?\s|"  # "Samtliga prioriterade projekt finansieras av X"
                           r"^(?:de\s+)?(?:prioriterade|beviljade)\s+projekt(?:en)?\s")  # "Prioriterade projekt finansieras av X"
# "Följande projekt har beviljats stöd:" over a list on an organisation's own site: its own grant.
LISTED_GRANTED_RE = re.compile(r"(?i)\b(?:följande|dessa|nedanstående|de)\s+(?:\w+\s+)?projekt\w*\s+(?:som\s+)?(?:har\s+)?"
                               r"(?:beviljats|beviljades|fått|fick|tilldelats|tilldelades)\s+(?:stöd|medel|bidrag|pengar|"
                               r"projektmedel)\b")  # ("Nedan listas de projekt som beviljades stöd")
# Under a list, "Stödet kommer från X och Y": the money of every project listed.
OWN_FUND_RE = re.compile(r"\b(?:kommer|kom|tas|togs)\s+från\s+(?P<ref>[a-zåäö]+(?:et|en))s\s")  # "från förbundets fond"
THE_MONEY_RE = re.compile(r"(?i)(?:stödet|pengarna|medlen|bidragen|bidraget|stöden)\b")
SOME_LISTED_RE = re.compile(r"(?i)\b(också|även|vissa|några|en del|ett par)\b")  # ... of some of them only
# Money a Leader area hands out: "Leaderfinansiering", "Leaderstöd", "LAG-pott".
LEADER_MONEY_RE = re.compile(r"(?i)\bleader\w*|\blag-?pott\w*|\blag:s\b")
# A programme's own decision-makers: the programme pays.
PROGRAMME_BODY_RE = re.compile(r"\b(styrkommitté\w*|övervakningskommitté\w*|programmets? beslutsgrupp\w*|steering committee|"
                               r"monitoring committee)\b", re.IGNORECASE)
# "AU § 6 RS 2015/851", "§ 39 Dnr RF/212/2010": the case number beside an item's paragraph number.
ITEM_CASE_RE = re.compile(r"§\s?\d{1,4}\s+(?:Dnr\.?\s+)?(?P<case>[A-ZÅÄÖ]{1,5}[\s/]?\d{2,4}/\d{1,6}(?:/\d{2,4})?)\b")
# A registry's case number alone on its line, under a minute item's or a decision's title: "RUN/2026/0041".
BARE_CASE_RE = re.compile(r"^(?P<case>[A-ZÅÄÖ]{2,6}[\s/]?(?:19|20)\d{2}[/-]\d{1,6})$")
CASE_LINE_BLOCKS = 8
# What a body that pays does ("beviljar", "tillstyrker", "medfinansierar"); recommending is not paying.
GRANTED_RE = re.compile(r"(?i)\b(bevilja\w*|tillstyrk\w*|medfinansiera\w*|prioritera\w*|(?<=att )finansiera|anslå\w*|anslog|"
                        r"avsätta|avsätter|avsatte)\b")
# "a new Horizon Europe project", "ett ERUF-projekt": a programme or fund named as the project's kind.
PROJECT_AFTER_RE = re.compile(r"(?:\s+project\b|-projekt\w*)")
# "X is a project in the Interreg Y programme", "ett projekt inom programmet Y": the programme pays it.
PROJECT_IN_BEFORE_RE = re.compile(r"\b(?:is\s+a|a|an|ett|är\s+ett)\s+(?:[\w-]+\s+)?(?:project|projekt)\s+(?:in|within|under|inom|i)\s+"
                                  r"(?:the\s+|programmet\s+)?$|"
                                  r"\bprojektet\s+[A-ZÅÄÖ][^,.;]{1,60}?\s+inom\s+$")  # ("tagit fram projektet X inom Y")
# A sum's kind after it: "250 000 kronor i Leaderstöd" (the Leader area's), "... i regionala utvecklingsmedel".
MONEY_KIND_AFTER_RE = re.compile(rf"(?i)\s+i\s+((?P<leader>leader(?:stöd|medel|pengar|finansiering|bidrag))|{REGIONAL_MONEY})\b")
# "... kronor i Boverkets stöd", "ur Kulturrådets bidrag": the sum is a named body's money (its genitive).
OWNERS_MONEY_AFTER_RE = re.compile(r"\s+(?:i|ur|från)\s+(?P<org>[A-ZÅÄÖ][\wåäö-]{2,40})s\s+(?:stöd|bidrag|medel|anslag)\b")
# A decision taken by one of the site's own bodies: the site's organisation pays.
# "Styrelsen för X", "Leadergruppen i Leader Y": a body, then the organisation it decides for.
BODY_OF_RE = re.compile(r"\s+(?:i|för|inom|hos)\s+(?=[A-ZÅÄÖ])")
DECIDING_BODY_RE = re.compile(r"\b(\w*nämnd\w*|leadergrupp\w*|\w*fullmäktige|LAG|\w*styrelse\w*|\w*utskott\w*|\w*partnerskapet|leaderområdet|"
                              r"föreningen|styrkommitté\w*|övervakningskommitté\w*|beslutsgrupp\w*)\b", re.IGNORECASE)


def site_body_in(text: str) -> re.Match | None:
    """A deciding body of the site's own organisation ("nämnden", "Regionstyrelsen", "LAG"), not an authority
    whose name ends the same way ("Socialstyrelsen har beviljat ...")."""
    return next((m for m in DECIDING_BODY_RE.finditer(text) if gazetteer().lookup(m.group(0)) is None), None)


def is_site_body(name: str) -> bool:
    """A name that is a body of some organisation ("Kommunstyrelsen", "Leadergruppen"), no organisation itself."""
    known = gazetteer().lookup(name)
    return bool(DECIDING_BODY_RE.fullmatch(name.split()[-1])) and not (known and known.kind == "myndighet")


LEADER_AREA_KEY_RE = re.compile(r"(?i)^leader\s?område(?:t)?$")
# The column beside the goals in a final report's table of them ("Mål | Utfall"): what came of each.
OUTCOME_COLUMN_RE = re.compile(r"(?i)^(?:utfall|resultat|uppnått|uppnått resultat|måluppfyllelse|status|kommentar|"
                               r"outcome|result|achieved)(?:\s+(?:hittills|hittill|so far|to date|\d{4}(?:-\d{2}-\d{2})?))?$")
# ("Utfall hittills", "Utfall 2036": the outcome so far)
# The column of sums beside the payers in a financing table's head ("Finansiär | Belopp").
# "Sökt belopp: N kr" over "Styrelsen beviljar sökt belopp": the sum applied for is the sum granted.
SOUGHT_LABEL_RE = re.compile(r"(?i)sökt (?:belopp|stöd|bidrag)\b")
GRANTS_AS_SOUGHT_RE = re.compile(r"(?i)\b(?:beviljar|beviljas|bifaller|bifalls)\s+(?:det\s+)?(?:sökt|sökta|ansökt)\s+"
                                 r"(?:belopp|stöd|bidrag|beloppet)\b|\bbeviljas (?:helt )?enligt ansökan\b")
PAYER_STATUS_RE = re.compile(r"(?i)\s*\((?:sökt|ansökt|ansöks|beviljat|beviljad|beslutat|prel\.?|preliminärt|planerat|"
                             r"begärt|egen insats|egeninsats|egen finansiering|eget bidrag|egna medel)\)$")
NAMED_VALUE_SPLIT_RE = re.compile(r"\s+[·•|–—]\s+|\t")  # the parts of a named entry's value
KEY_UNIT_RE = re.compile(r"(?:,\s*|\s+\()(?P<unit>kronor|kr|SEK|tkr|euro|EUR)\)?$")  # "Belopp, kronor", "Stöd (SEK)"
# The head of a cost budget's table: its lines are what the money is spent on.
COST_HEAD_RE = re.compile(r"(?i)^(?:kostnadsslag|kostnadspost(?:er)?|kostnadsbudget|kostnader|kostnad|utgifter|utgiftsslag|"
                          r"budgetpost(?:er)?|cost category|costs)$")
MONEY_COLUMN_RE = re.compile(r"(?i)^(?:belopp(?:,?\s*(?:\((?:kr|sek|tkr|euro|eur)\)|(?:i\s+)?(?:kr|kronor|sek|tkr|euro|eur)))?|"
                             r"kronor|sek|kr|tkr|euro|eur|summa|amount)$")  # ("Belopp, kr")
# The columns of a table of parties: "Organisation | Roll", "Partner | Land".
PAYER_ROLE_RE = re.compile(r"(?i)\b(?:medfinansiär|finansiär|co-?financier|co-?funder)\b")
PARTY_COLUMN_RE = re.compile(r"(?i)^(?:organisation|organisationer|namn|partner|part|roll|land|ort|typ|uppgift|role|country)"
                             r"(?: i projektet| in the project)?$")  # ("Roll i projektet")
# "Totalt beviljades N kronor", "Sammanlagt fördelades ...": what a list's entries got together.
ALL_GRANTED_RE = re.compile(r"(?:Totalt|Sammanlagt|Sammantaget|Allt som allt)\s+(?:har\s+)?(?:beviljades|beviljas|beviljats|"
                            r"fördelades|fördelas|fördelats|delades ut|delas ut)\b")
HEADLINE_WORDS = 16  # a line of no more words, with no full stop, is a title or a headline ("Example University
# receives SEK 4.5 million to study snow and reindeer grazing")
LIST_VALUE_WORDS = 8  # a label's value of more words, ending in a full stop, is sentences, not a list of names
MAX_ORG_NAME_WORDS = 6  # a list's first item of more words is a sentence's start


class _Builder:
    def __init__(self, segment: Segment, doc: DocumentFacts, nlp_name: str, annotations: Annotations = NO_ANNOTATIONS):
        self.seg = segment
        self.ann = annotations
        self.rec = ProjectRecord(nlp_pipeline=nlp_name)
        self.section: str | None = None
        self.section_label: str | None = None
        self.goal_list_open = False
        self._ended: bool | None = None  # (reports_outcomes)
        self.plan_open = False  # a sentence ended "Finansieringsplan:": the payers follow, a line each
        self.section_numbered = False  # the section's title is a numbered part of a form or a report
        self.unclaimed_periods: list[tuple[Block, str, int]] = []  # "X pågår från ... till ...": X may be the name
        self.grant_periods: list[tuple[Block, str, int]] = []  # a grant's period, when nothing states the project's
        self.grant_years: list[tuple[Block, re.Match, int]] = []  # the same, a year: "... under hösten 2030"
        self.yearly: list[Money] = []  # sums said "per år": a part of a total that may be stated too
        self.pending_contacts: list[tuple[Contact, Provenance]] = []
        self.owner_key = ""  # the label that named the owner: "Huvudstödmottagare" makes the next "Stödmottagare" partners
        self.applied: list[Value] = []
        self.financing_columns: list[int] | None = None  # in a budget table's head, the columns of payers
        self.total_column: int | None = None  # in a financing plan by year, the column of each payer's total
        self.budget_column: int | None = None  # in a table's head, the column of budgeted sums ("Post | Budget | Utfall")
        self.applied_parts: list[Value] = []  # sums asked of a fund or programme by name ("sökts för EU-medel")
        self.asked_of_payer: list[Value] = []  # "Sökt belopp från X: N kr" in an application's financing plan
        self.own_site_grant: Provenance | None = None
        """"Beviljat stöd: 340 000 kr" on a Leader area's own pages: its grant, when no payer is named."""
        self.definite_grantor: tuple[str, Provenance] | None = None  # "Länsstyrelsen beviljar stöd": if none else pays
        self._headline_names: list[str] | None = None  # "Nu startar X" in a title: read once, when first asked
        self._title_blocks: list[Block] | None = None
        self.own_share: Provenance | None = None
        """Where a financing plan names the owner's own part ("Egen insats"): the owner pays too."""
        self.year_columns: int | None = None  # figures in each row of a budget by year run into lines
        self.applied_payers: list[tuple[str, Provenance]] = []
        self.joint_recipients: list[str] = []  # "A och B har fått N": who got it together, one of them the owner
        self.parties_pay: Provenance | None = None  # "Sammanlagt satsar parterna N kr": owner and partners pay
        self.kinds_pay: list[tuple[str, Provenance]] = []
        self.grid_currencies: list[str | None] | None = None  # " | EUR | NOK": the currency of each column below  # "Finansiering: ..., kommunerna 10 procent": those of a kind
        self.asked_who_runs = False  # the block before was "Vem driver projektet?": this one answers it
        self.asked_who_pays = False  # ... or "Hur finansieras det?"
        self.owners_pay: Provenance | None = None  # "Kommunerna står själva för halva kostnaden": each listed owner pays
        """Payers money is asked of ("söker medel från X"): they pay when the text grants the project too."""
        """Applied-for amounts: a project's funding only when no granted amount is stated."""
        self.doc = doc
        self.table_currency: str | None = None
        self._named_in_text: str | None = None  # (known_names)
        self.party_columns: tuple[int, int] | None = None  # (the column that names the parties, the table's width)
        self.form_part: str | None = None  # "owner" or "contact": the part of a form being read
        """The currency a budget table states once in its heading ("Budget (EUR)")."""

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def prov(block: Block, start: int, end: int, rule: str, conf: float) -> Provenance:
        stop = block.start + end
        if block.end > block.start:  # the source's span: a unit read into an entry ("450 tkr") is not in it
            stop = min(stop, block.end)
        return Provenance(block.start + start, stop, block.text[start:end], rule, conf)

    @staticmethod
    def value_offset(block: Block) -> int:
        return block.text.find(block.value or "") if block.value else 0

    def set_scalar(self, field: str, value, prov: Provenance) -> None:
        if field == "owner" and isinstance(value, str):
            value = without_section(without_country(value))  # "Gävle Hamn AB (SE)": the owner, not its country;
            # "Åby IF:s skidsektion": the association
            if OWN_UNIT_RE.fullmatch(value) and self.doc.publisher:
                value = self.doc.publisher  # "Ansvarig förvaltning: Kommunledningsförvaltningen": the site's own unit
        current = getattr(self.rec, field)
        if value in (None, "") or (current is not None and current.prov.confidence >= prov.confidence
                                   and not fuller_form(field, current.value, value)):
            return
        setattr(self.rec, field, Value(value, prov))

    def add_list(self, field: str, value, prov: Provenance, key=None) -> None:
        if field == "funders" and isinstance(value, str):
            value = programme_of_authority(value)  # "Naturvårdsverkets Klimatklivet": the programme pays
        items = getattr(self.rec, field)
        k = key(value) if key else value
        if any((key(v.value) if key else v.value) == k for v in items):
            return
        items.append(Value(value, prov))

    def add_orgs(self, field: str, text: str, block: Block, offset: int, rule: str, conf: float) -> None:
        text = COUNTRY_CODE_RE.sub("", text)  # "Lapin yliopisto (FI)": the party, not its country
        text = DASHED_PART_RE.sub(lambda m: "" if is_country(m.group("part")) else m.group(0), text)  # "X – Finland –
        # Participant": the party, then its country and its role
        text = prose.ORGNR_IN_BRACKETS_RE.sub("", text)  # "Sametinget (org.nr 202100-4953)": the party, not its number
        if (stop := NEXT_SENTENCE_RE.search(text)) is not None:
            text = text[:stop.start()]  # "Partner: A och B. Total budget 1,9 MEUR.": the list ends with its sentence
        lead = LEAD_AFTER_RE.match(text.strip())
        if field == "partners" and lead:  # "Luleå tekniska universitet, huvudpartner" under "Partners"
            org = lead.group("org")
            at = max(block.text.find(org), 0)
            self.set_scalar("owner", org, self.prov(block, at, at + len(org), rule + ".lead", conf))
            return
        text = ROLE_AFTER_DASH_RE.sub("", text.strip())  # "Y AB – partner": the party, not its role
        leader = VIA_LEADER_AREA_RE.search(text) if field == "funders" else None
        if leader:  # "Landsbygdsfonden genom Leader Kust och Gränsbygd": the area grants the fund's money, its
            area = leader.group("area")  # name whole
            at = max(block.text.find(area, offset), 0)
            self.add_list("funders", area, self.prov(block, at, at + len(area), rule + ".leader", conf), key=normalise_org)
            text = text[:leader.start()]
        for name in split_org_list(text):
            named_fund = PROGRAMME_DASH_FUND_RE.match(name)
            if field == "funders" and named_fund and is_eu_fund(named_fund.group("fund")):
                name = named_fund.group("fund")  # "Sweden - ERDF": a country's programme of the fund; the fund pays
            shared = SHARE_TAIL_RE.search(name) is not None
            name = SHARE_TAIL_RE.sub("", name)  # "Trafikverket 50 %": the payer, not its share
            lead = LEAD_AFTER_RE.match(name.strip()) if field == "partners" else None
            if lead:  # "Region X (lead partner), Åby University (Lithuania), ...": the lead one of the list
                org = lead.group("org").strip()
                at = max(block.text.find(org, offset), 0)
                self.set_scalar("owner", org, self.prov(block, at, at + len(org), rule + ".lead", conf))
                continue
            share = BRACKETED_TAIL_RE.match(name) if field == "funders" else None
            sums = find_amounts(share.group("tail")) if share else []
            line = FINANCING_LINE_RE.match(name) if field == "funders" and not sums else None
            if line and (looks_like_org(line.group("name")) or is_eu_fund(line.group("name"))):
                tail = name[line.start("num"):]  # "Tierps kommun 500 000 kr" under "Medfinansiärer": a payer and its part
                share, sums = None, find_amounts(tail) or find_amounts(f"{tail} kr")
                name = line.group("name").strip()
                at = max(block.text.find(tail, offset), 0)
                if sums:
                    self.add_list("funding", Funding(sums[0][0], "cofinancing", name),
                                  self.prov(block, at, at + len(tail), rule + ".part", conf), key=lambda f: (f.money, f.funder))
            if share and sums:  # "Region X (2 000 000 kr)": a payer and its part
                name = share.group("org")
                at = max(block.text.find(share.group("tail"), offset), 0)
                self.add_list("funding", Funding(sums[0][0], "cofinancing", name),
                              self.prov(block, at, at + len(share.group("tail")), rule + ".part", conf),
                              key=lambda f: (f.money, f.funder))
            elif share and (payer := payer_beside_scheme(name)):
                name = payer
            via = VIA_AGENT_RE.search(name)
            if field == "funders" and via and not is_eu_fund(via.group("agent")):
                name = name[:via.start()]  # "Fonden X via Jordbruksverket": the authority only pays the fund out
            if len(name) < 2 or not re.search(r"[A-Za-zÅÄÖåäö]{2}", name):
                continue
            if field == "partners" and not looks_like_org(name) or is_country(name):
                continue  # "Partner i: Sverige och Finland" names countries, not parties
            if looks_like_person(name):
                continue  # "Medverkande: Eva Ek, Per Holm": researchers, not organisations
            if field == "funders" and shared and (plural := PLURAL_KIND_RE.fullmatch(name.strip())):
                self.kinds_pay.append((plural.group("kind"), self.prov(block, offset, offset + len(text), rule, conf)))
                continue  # "..., kommunerna 10 procent": the municipalities taking part pay a stated share (a bare
                # "kommunerna och regionen" may mean others than those named)
            if field == "funders" and not name[:1].isupper() and not is_eu_fund(name) and not STATE_RE.fullmatch(name):
                continue  # "... och medlemskommunerna": those it refers to, not a name ("svenska staten" pays)
            i = block.text.find(name.split(" ")[0], offset)
            i = offset if i < 0 else i
            self.add_list(field, name, self.prov(block, i, i + len(name), rule, conf), key=normalise_org)

    # -- labelled facts ----------------------------------------------------------------
    def key_value(self, b: Block) -> None:
        field = label_field(b.key or "")
        own_part = (b.value or "").strip()
        if field is None and COOPERATION_KEY_RE.match((b.key or "").strip()) and own_part \
                and all(looks_like_org(name) for name in split_org_list(own_part)):
            # "Samverkan | A, B": a fact row of the parties (over a text, "Samverkan" heads its section instead)
            self.add_orgs("partners", own_part, b, self.value_offset(b), "label.cooperation", 0.85)
            return
        addressee = re.split(r"\s+c/o\s+", own_part)[0].strip()  # "Till: Åby IF c/o Eva Ek": the association
        if (b.key or "").strip().casefold() == "till" and plainly_org(addressee) and self.rec.owner is None \
                and any(YOUR_PROJECT_RE.search(x.text) for x in self.seg.blocks):
            # a letter to the applicant about "ert projekt": the addressee runs it
            self.set_scalar("owner", addressee, self.prov(b, self.value_offset(b), self.value_offset(b) + len(addressee),
                                                           "letter.addressee", 0.7))
            return
        if field is None and self.seg.name is not None and fold(b.key or "") == fold(self.seg.name[0]) \
                and len(parts := NAMED_VALUE_SPLIT_RE.split(own_part)) >= 2 and plainly_org(parts[0]):
            self.read_row_parts(b, parts)  # "Padel för alla: Åby GIF · 60 000 kr · 2032": the name, then its row of facts
            return
        if field in (None, "funding") and OWN_SHARE_RE.match((b.key or "").strip()) \
                and (find_amounts(own_part) or self.table_currency and BARE_FIGURE_RE.match(own_part)):
            # "Egen insats: 250 000 kr" in a financing plan (or "550 000" under a head that gives the unit): the
            # owner's own part, so the owner pays
            figure = own_part if find_amounts(own_part) else f"{own_part} {self.table_currency}"
            self.amounts(b, figure, self.value_offset(b), context="medfinansiering", rule="label.own_share", conf=0.8)
            self.own_share = self.prov(b, 0, len(b.key or ""), "label.own_share", 0.7)
            return
        if field in (None, "funding") and OWN_WORK_RE.match((b.key or "").strip()) \
                and (find_amounts(own_part) or self.table_currency and BARE_FIGURE_RE.match(own_part)):
            # "Eget arbete, värderat: 210 000" under a head in kronor: work given in kind, valued, is part of the budget
            figure = own_part if find_amounts(own_part) else f"{own_part} {self.table_currency}"
            self.amounts(b, figure, self.value_offset(b), context="medfinansiering", rule="label.own_work", conf=0.75)
            return
        if self.form_part and FORM_NAME_LABEL_RE.match(b.key or "") and b.value:
            # "Namn och adress" under "Uppgifter om stödmottagare" names the owner, under "... kontaktperson" the contact
            val = b.value.strip().split("\n")[0]
            off = self.value_offset(b)
            if self.form_part == "owner" and looks_like_org(val):
                self.set_scalar("owner", val, self.prov(b, off, off + len(val), "form.part.owner", 0.9))
            elif self.form_part == "contact":
                self.person(b, val, off, "form.part.contact", 0.9)
                self.section, self.section_label = "contact", b.key
            return
        if field in ("funding", "funders", "section", None) and self.flattened_tables(b):
            return  # "Finansiering Belopp (kr) Sökt stöd från X 340200 ...": a form's table run into its label
        if self.section == "partners" and self.party_under_heading(b):
            return
        if field == "partners" and PARTY_COLUMN_RE.match((b.value or "").strip()):
            self.section, self.section_label = "partners", b.key  # "Partner | Roll": a table of the parties begins
            return
        if field == "goals" and OUTCOME_COLUMN_RE.match((b.value or "").strip()):
            self.section, self.section_label = "goal_rows", b.key  # "Mål | Utfall": each row's first cell a goal
            return
        if self.section == "goal_rows" and field is None and b.key:
            self.add_goal(b, 0, len(b.key), b.key.strip(), None, "table.goal_row")  # (its outcome beside it is none)
            return
        if field in ("funders", "funding") and MONEY_COLUMN_RE.match((b.value or "").strip()):
            self.section, self.section_label = "funders", b.key  # "Finansiär | Belopp": a financing table's head
            if currency := TABLE_CURRENCY_RE.search(b.value or ""):  # ("Belopp, kr": the unit of its bare figures)
                self.table_currency = CURRENCY_CODES.get(currency.group(1).casefold())
            return
        val = (b.value or "").strip()
        if self.section == "costs" and not TOTAL_RE.match(b.key or "") \
                and (SINGLE_SUM_RE.match(val) or self.table_currency and BARE_FIGURE_RE.match(val)):
            return  # "Personal: 11 200 000" under "Kostnadsslag": a cost, neither a payer nor a grant
        if field not in (None, "email", "phone"):
            self.section, self.section_label = None, None  # the next label ends a list under the last one
        off = self.value_offset(b)
        end = off + len(val)
        rule = f"label.{field}"
        unit = KEY_UNIT_RE.search(b.key or "")
        if unit and BARE_FIGURE_RE.match(val):  # "Sökt stöd, kronor: 480 000": the unit said with the label
            val = f"{val} {unit.group('unit')}"
        if ORGANISATION_KEY_RE.match(b.key or "") and self.rec.owner is None and looks_like_org(owner_value(val)) \
                and not looks_like_person(owner_value(val)) and len(owner_value(val).split()) <= 8 \
                and not OWNER_SENTENCE_RE.search(owner_value(val)):  # ("Organisation" over "Projektägare är X. ...": prose)
            # a database's "Organisation", a page's "Ansvarig: Kiruna kommun", "Ägare: Borås Stad. Projektet ..."
            name = owner_value(val)
            self.set_scalar("owner", name, self.prov(b, off, off + len(name), "label.organisation", 0.85))
            if len(val.split()) > len(name.split()) + 3:
                self.prose(b)
            return
        if field is None and (SINGLE_SUM_RE.match(val) or self.table_currency and BARE_FIGURE_RE.match(val)) \
                and (part_payer := self.plan_line_payer((b.key or "").strip())) is not None:
            # a financing plan's line "Region Dalarna: 600 000 kr": a payer and its part
            if part_payer:
                at = max(b.text.find(part_payer), 0)
                self.add_list("funders", part_payer, self.prov(b, at, at + len(part_payer), "label.payer_part", 0.8),
                              key=normalise_org)
            figure = val if SINGLE_SUM_RE.match(val) else f"{val} {self.table_currency}"  # the head's unit
            self.amounts(b, figure, off, context="medfinansiering", rule="label.payer_part", conf=0.8)
            return
        if field == "funding" and self.rec.eu_cofinancing_rate is None:
            found = prose.eu_rate_in(b.text)  # "Budget: 14,2 miljoner kronor, varav 5,68 (40 procent) från ERUF"
            if found:
                self.set_scalar("eu_cofinancing_rate", found[0], self.prov(b, found[1], found[2], "label.funding.eu_rate", 0.8))
        if field == "name":
            name = labelled_name(clean_name(val))
            if WHAT_LABEL_RE.match((b.key or "").strip()):  # "Vad? Byns bastu – en bastu vid sjön för alla": the answer's
                name = re.split(r"\s[–—]\s", name)[0]  # name, then what it is
            acronym = ACRONYM_KEY_RE.match((b.key or "").strip()) is not None  # the short name gives way to a title
            self.set_scalar("name", name, self.prov(b, off, off + len(name), rule + (".acronym" if acronym else ""),
                                                    0.9 if acronym else 0.95))
            m = NAME_CASE_RE.search(val)
            if m:  # "Projekt: Matlandet Härjedalen (Dnr 2024/77)"
                self.set_scalar("case_number", m.group("case"), self.prov(b, off + m.start("case"), off + m.end("case"),
                                                                          "label.name.case", 0.85))
            rest = b.text.find(name, off) + len(name) if name in b.text else len(b.text)
            if len(b.text) - rest > RUN_ON_CHARS or NAME_THEN_SENTENCE_RE.match(b.text, rest):
                # "Projekt: X Beslut om EU-medel Länsstyrelsen beslutar ...": a
                for sent, s, _ in sentence_spans(b.text[rest:]):  # flattened letter goes on after the name
                    self.prose_sentence(b, sent, rest + s)
        elif field == "case_number" and MATTER_KEY_RE.match(b.key or "") and not re.search(r"\d[/-]?\d", val.split()[0]) \
                and not MATTER_WORDS_RE.search(val):  # (not "Ärende: Ansökan om bidrag till projektet X": X is named there)
            # "Ärende: Besöksnäring på Öland 2038" heading a decision: the matter is the project, by its name
            self.set_scalar("name", clean_name(val), self.prov(b, off, end, "label.matter.name", 0.85))
        elif field == "case_number" and re.search(r"\d", val):
            self.set_scalar("case_number", val.split()[0] if len(val.split()) > 1 and re.search(r"\d", val.split()[0]) else val,
                            self.prov(b, off, end, rule, 0.95))
        elif field == "owner_orgnr":
            nr = normalise_orgnr(val)
            if nr:
                self.set_scalar("owner_orgnr", nr, self.prov(b, off, end, rule, 0.95))
        elif field == "owner":
            nrs = find_orgnrs(val)
            name = owner_value(re.sub(r"\(?\s*(org\.?\s?nr\.?|organisationsnummer)?:?\s*\d{6}-?\d{4}\s*\)?", "", val))
            if nrs:
                self.set_scalar("owner_orgnr", nrs[0][0], self.prov(b, off, end, "label.owner.orgnr", 0.9))
            if self.rec.owner is not None and LEAD_KEY_RE.match(self.owner_key) \
                    and OTHER_BENEFICIARIES_KEY_RE.match(b.key or ""):
                # "Huvudstödmottagare: X" over "Stödmottagare: A, B": the lead owns it, the other beneficiaries take part
                self.add_orgs("partners", val, b, off, "label.owner.beside_lead", 0.85)
                return
            if name and len(name) > 1 and self.rec.owner is not None and COUNTRY_SIDE_RE.match(b.key or "") \
                    and normalise_org(name) != normalise_org(self.rec.owner.value):
                # "Prosjekteier: X" then "Svensk projektägare: Y": the lead owns it, the other side's owner takes part
                self.add_list("partners", name, self.prov(b, off, off + len(name), "label.owner.other_side", 0.85),
                              key=normalise_org)
            elif (led := PERSON_AT_ORG_RE.match(name)) and looks_like_person(led.group("person")) \
                    and looks_like_org(led.group("org")):  # "Huvudsökande: Eva Ek, Åby universitet": who applies, where
                at = off + val.find(led.group("org"))
                self.set_scalar("owner", led.group("org"), self.prov(b, at, at + len(led.group("org")), rule, 0.95))
                self.person(b, led.group("person"), off + val.find(led.group("person")), rule + ".person", 0.85)
            elif name and len(name) > 1:
                self.set_scalar("owner", name, self.prov(b, off, off + len(name), rule, 0.95))
                self.owner_key = self.owner_key or (b.key or "").strip()
            if len(val.split()) > 15 or OWNER_RUNS_ON_RE.search(val) or NEXT_SENTENCE_RE.search(val):
                # the owner's line runs on into the text ("Projektägare: X. Region Y är partner.")
                self.prose(b)
        elif field == "period" and len(val.split()) >= 6 and val.rstrip().endswith(".") and prose.PROJECT_SUBJECT_RE.search(val):
            self.prose(b)  # "Tidsplan" over "Projektet startade 1 februari 2031 och avslutas ...": its verbs say which is which
        elif field == "period" and CLOCK_TIME_RE.search(val):
            pass  # "Tid: 12 mars 2031 kl. 13.00–16.00": a meeting's time, no project's period
        elif field == "period":  # a bare "Period:" may be a report's; "Projekttid" says whose it is
            self.period(b, val, off, rule, 0.9 if BARE_PERIOD_KEY_RE.match((b.key or "").strip()) else 0.95)
        elif field in ("start_date", "end_date"):
            d = parse_date(val)
            if d:
                self.set_scalar(field, d, self.prov(b, off, end, rule, 0.95))
        elif field == "eu_rate":
            payer = LABEL_PAYER_RE.search(b.key or "")  # "Stödandel från ESF+": the fund whose share it is pays
            if payer and is_eu_fund(payer.group("org")):
                self.add_list("funders", payer.group("org"), self.prov(b, payer.start("org"), payer.end("org"),
                                                                       "label.eu_rate.fund", 0.8), key=normalise_org)
            m = prose.PERCENT_RE.search(val)
            if m:  # ("Stödnivå": the support's share of the costs, the EU's only where the EU alone pays it)
                level = re.fullmatch(r"(?i)stödnivå|stödandel", (b.key or "").strip())  # (no EU word in the label)
                self.set_scalar("eu_cofinancing_rate", float(m.group(1).replace(",", ".")),
                                self.prov(b, off + m.start(), off + m.end(), rule + (".support_level" if level else ""),
                                          0.95))
        elif field == "funding" and COFINANCING_KEY_RE.match((b.key or "").strip()) and not find_amounts(val) \
                and "\n" not in val.strip() and split_org_list(val) \
                and all(looks_like_org(name) or is_eu_fund(name) for name in split_org_list(val)):
            self.add_orgs("funders", val, b, off, "label.funding.payers", 0.85)  # "Medfinansiering: A, B": who pays
        elif field == "funding":
            self.funding_fact(b, val, off, end, rule)
        elif field in ("funders", "fund"):
            if PROGRAMME_KEY_RE.match(b.key or "") and not known_programme(val):
                for name, s, e in gazetteer().mentions(val):  # "Programme: ESF+ Sweden 2021–2027": its fund pays
                    if is_eu_fund(name):
                        self.add_list("funders", val[s:e], self.prov(b, off + s, off + e, "label.programme.fund", 0.85),
                                      key=normalise_org)
                return  # "Programme: Norra Mellansverige och Övre Norrland": which programme, not who pays
            aid_from = AID_FROM_RE.match(val)  # "Stödform: Projektstöd ur Fonden X": the fund pays
            if aid_from:
                val, off = val[aid_from.end():], off + aid_from.end()
            if field == "fund" and not (is_eu_fund(val.strip()) or any(is_eu_fund(n) for n, _, _ in gazetteer().mentions(val))
                                        or looks_like_org(val.strip()) and not PROJECT_WORD_RE.search(val)):
                return  # "Stödform: Samarbetsprojekt": the kind of support, no payer
            if LEADER_AREA_KEY_RE.match((b.key or "").strip()) and val and not val.casefold().startswith("leader"):
                area = f"Leader {val.strip()}"  # "Leaderområde: Göta älv" is the area Leader Göta älv
                self.add_list("funders", area, self.prov(b, off, end, "label.leader_area", 0.9), key=normalise_org)
                return
            known = gazetteer().known_at(val.strip(), 0)
            if known and is_eu_fund(known) and re.fullmatch(r"\s+(?!och\b|samt\b)[a-zåäö]+", val.strip()[len(known):]):
                val = known  # "Europeiska regionala utvecklingsfonden omställning": an unticked option's wrapped tail
            cofinancing = field == "funders" and COFINANCIERS_KEY_RE.match((b.key or "").strip())
            self.add_orgs("funders", val, b, off, "label.funders.cofinancing" if cofinancing else f"label.{field}", 0.9)
            if find_amounts(val):  # "Finansiär: Energimyndigheten, 3,4 miljoner kronor": the payer and its part
                self.amounts(b, val, off, context="finansiering", rule=f"label.{field}.amount", conf=0.85)
            self.section, self.section_label = field, b.key  # more names may follow, one per line
        elif field == "partners" and SINGLE_SUM_RE.match(val):  # "Deltagande kommuner: 400 000 kr" in a financing
            self.amounts(b, val, off, context="medfinansiering", rule="label.partners.sum", conf=0.8)  # plan: their part
        elif field == "partners" and val.rstrip().endswith(".") and len(val.split()) >= LIST_VALUE_WORDS:
            # sentences: "Samarbetspartner" over "Projektet har genomförts i samarbete med A och B.", read as prose;
            # "Partner: A och B. EU-bidrag: N euro. Syftet är ...": the names, then the entry's other sentences
            for k, (sentence, s, _e) in enumerate(sentence_spans(val)):
                if k == 0 and len(split_org_list(sentence)[0].split()) <= MAX_ORG_NAME_WORDS:
                    self.add_orgs("partners", sentence, b, off + s, rule, 0.9)
                else:
                    self.prose_sentence(b, sentence, off + s)
        elif field == "partners":
            self.add_orgs("partners", val, b, off, rule, 0.9)
            self.section, self.section_label = "partners", b.key
        elif field == "contact":
            self.section, self.section_label = "contact", b.key
            named = self.person(b, val, off, rule, 0.9)
            waiting = any(c.email is None for c, _ in self.pending_contacts)  # named on the line above
            for email, s, e in find_emails(val):
                if named or waiting or not self.contact_spelled_by(email):
                    self.email(email, self.prov(b, off + s, off + e, rule + ".email", 0.9))
            for phone, _, _ in find_phones(val):
                self.phone(phone)
        elif field == "ignore":
            if self.section != "funders":  # ("Sökt stöd från X: 875 000" is a financing table's row)
                self.section, self.section_label = None, None  # a signatory or an address is no contact
            if self.table_currency and BARE_FIGURE_RE.match(val):
                val = f"{val} {self.table_currency}"  # under "Finansiär | Belopp, kr"
            fund = re.split(r",|\s+[–-]\s+", val, maxsplit=1)[0].strip()
            if re.match(r"(?i)programområde$", b.key or "") and is_eu_fund(fund) and "program" not in fund.casefold():
                # "Programområde: Europeiska regionala utvecklingsfonden, insatsområde 2": the fund that pays (a
                # programme named there is where the project belongs)
                self.add_list("funders", fund, self.prov(b, off, off + len(fund), "label.programme_area.fund", 0.7),
                              key=normalise_org)
            if re.search(r"(?i)\b(sökt|ansökt)", b.key or ""):  # kept aside: counts only when nothing was granted
                payer = LABEL_PAYER_RE.search(b.key or "")  # "Sökt belopp från X": whom the plan asks to pay
                if payer and find_amounts(val) and (is_named_org(payer.group("org")) or is_eu_fund(payer.group("org"))):
                    self.add_list("funders", payer.group("org"), self.prov(b, payer.start("org"), payer.end("org"),
                                                                           "label.applied.payer", 0.7), key=normalise_org)
                for money, s, e in find_amounts(val):
                    self.applied.append(Value(Funding(money, "granted"), self.prov(b, off + s, off + e, "label.applied", 0.6)))
                    if FUND_PART_RE.search(b.key or ""):  # "Belopp som sökts för EU-medel": a named part
                        self.applied_parts.append(self.applied[-1])
                    elif payer:  # "Sökt belopp från Region X": the part asked of a payer the plan names
                        self.asked_of_payer.append(self.applied[-1])
        elif field == "email":
            for email, s, e in find_emails(val):
                self.email(email, self.prov(b, off + s, off + e, rule, 0.9))
        elif field == "phone":
            for phone, _, _ in find_phones(val):
                self.phone(phone)
        elif field == "goals" and self.reports_outcomes() and OUTCOME_LABEL_RE.match(b.key or ""):
            self.section, self.section_label = None, None  # "Resultat: ..." of a final report: outcomes,
            for sent, s, _ in sentence_spans(val):  # but "Projektet hade som mål att ..." restates the goal
                if aim_strength(sent) == "strong":
                    self.add_goal(b, off + s, off + s + len(sent), sent, b.key, "label.outcomes.restated_goal")
        elif field == "goals":
            self.section, self.section_label = "goals", b.key
            self.goal_text(b, off, val, b.key, rule)
        elif PERIOD_SECTION_RE.match(b.key or "") and PERIOD_VALUE_RE.match(val):
            self.period(b, val, off, "label.section_period", 0.8)  # "Genomförande: 2025–2026"
        elif field == "section":
            self.section, self.section_label = None, None  # "Beskrivning:" ends the goals above it
            for sentence, s, _e in sentence_spans(val):  # the value's sentences, not the label run into the first
                self.prose_sentence(b, sentence, off + s)
        elif field is None and DECISION_LABEL_RE.match(b.key or "") and GRANTING_VALUE_RE.match(val) and find_amounts(val):
            self.amounts(b, val, off, context="beviljat", rule="label.decision.granted", conf=0.85)  # "Bifall med N kr"
        elif field is None and (keyed := owner_keyed_entry(b.key or "", val)):
            owner = key_owner(b.key or "")  # "Arvika kommun: Projekt Konst i skolan, 300 000 kronor"
            self.set_scalar("owner", owner, self.prov(b, 0, len(owner), "row.owner_keyed", 0.85))
            rest_at = off + val.find(keyed[1])
            self.amounts(b, keyed[1], rest_at, context="beviljat", rule="row.funding", conf=0.85)
        elif field is None and find_amounts(val) and (bracketed := bracket_entry(b.text)) and plainly_org(bracketed[1]):
            owner = bracketed[1]  # "Jobbspåret (Åby kommun): 800 000 kr"
            at = b.text.find(owner)
            self.set_scalar("owner", owner, self.prov(b, at, at + len(owner), "row.bracketed.owner", 0.85))
            self.amounts(b, val, off, context="beviljat", rule="row.funding", conf=0.85)
        elif field is None and (to_owner := to_owner_entry(b.key or "", val)):
            owner = to_owner[1]  # "Till Åby kommun: 400 000 kr för Torget"
            at = b.text.find(owner)
            self.set_scalar("owner", owner, self.prov(b, at, at + len(owner), "row.to_owner", 0.85))
            self.amounts(b, to_owner[2], off, context="beviljat", rule="row.funding", conf=0.85)
        elif field is None and org_keyed_project(b.key or "", val) and not self.names_project(b.key or ""):
            owner = b.key or ""  # "Åby kommun: I projektet Torget ska ... Stöd: 400 000 kr": the label is the owner
            self.set_scalar("owner", owner, self.prov(b, 0, len(owner), "row.org_keyed", 0.85))
            for sentence, s, _e in sentence_spans(val):
                self.prose_sentence(b, sentence, off + s)
        elif field is None and (name_keyed := name_keyed_entry(b.key or "", val)):
            owner = name_keyed[0]  # "Byns skola: Åby byalag, 240 000 kr"
            self.set_scalar("owner", owner, self.prov(b, off, off + len(owner), "row.name_keyed", 0.85))
            after_owner = name_keyed[1]
            self.amounts(b, after_owner, off + val.find(after_owner), context="beviljat", rule="row.funding", conf=0.85)
            for part in re.split(r"\.\s+", after_owner.rstrip(". ")):  # "Namn: Ägare. 420 000 kr. 2035–2036."
                if PERIOD_VALUE_RE.match(part) and not find_amounts(part):
                    self.period(b, part, off + val.find(part), "row.name_keyed.period", 0.8)
        elif field is None:
            m = prose.CASE_IN_TITLE_RE.search(b.text)
            if m:  # "GÄVLE: Projektnamn (LBU 12)"
                self.set_scalar("case_number", m.group("case"), self.prov(b, m.start("case"), m.end("case"),
                                                                          "title.case_code", 0.7))
            self.prose(b)

    def funding_fact(self, b: Block, val: str, off: int, end: int, rule: str) -> None:
        """A money label's value: the EU's share in percent, sentences under "Finansiering", payers listed
        without sums, or sums with who pays them (in the value, in brackets, in the label itself)."""
        in_label = LABEL_PAYER_RE.search(b.key or "")
        if in_label and find_amounts(val) and (is_eu_fund(in_label.group("org")) or looks_like_org(in_label.group("org"))):
            # "Beviljat från Europeiska regionala utvecklingsfonden: 9,2 miljoner kronor": the label names the payer
            self.add_list("funders", in_label.group("org"), self.prov(b, in_label.start("org"), in_label.end("org"),
                                                                      "label.funding.payer", 0.85), key=normalise_org)
        publisher = self.doc.publisher
        if publisher and publisher.startswith("Region ") and REGIONAL_MONEY_LABEL_RE.search(b.key or "") \
                and (find_amounts(val) or SHARE_VALUE_RE.fullmatch(val.strip())):  # "Varav regionalt stöd: 820 000
            # kronor", "Varav regionala medel: 50 %" on a region's page: the region's money
            self.add_list("funders", publisher, self.prov(b, 0, len(b.key or ""), "label.funding.regional", 0.75),
                          key=normalise_org)
        unit = TABLE_CURRENCY_RE.search(b.key or "")
        bare = re.fullmatch(r"\d{1,3}(?:[  .]?\d{3})*", val.strip())
        if unit and bare:
            val = f"{val.strip()} {unit.group(1)}"  # "Beviljat belopp (kr): 2 760 000": the label gives the unit
        elif self.table_currency and bare:
            val = f"{val.strip()} {self.table_currency}"  # under a table's head that gives it ("Source | EUR")
        rate = prose.PERCENT_RE.fullmatch(val.strip(" ."))
        if not find_amounts(val) and rate and prose.EU_MONEY_RE.search(b.key or ""):
            # "Varav EU-finansiering: 49 procent": the EU's share
            self.set_scalar("eu_cofinancing_rate", float(rate.group("rate").replace(",", ".")),
                            self.prov(b, off, end, "label.funding.eu_share", 0.9))
            return
        for m in FUND_PART_NAMED_RE.finditer(val):  # "Budget: EUR 1,950,000 (ERDF EUR 1,560,000)": the fund's part
            if is_eu_fund(m.group("fund")):
                self.add_list("funders", m.group("fund"), self.prov(b, off + m.start("fund"), off + m.end("fund"),
                                                                    "label.funding.fund_part", 0.85), key=normalise_org)
        if len(val.split()) >= 5 and val[:1].isupper():
            self.funded_by(b, val, off)  # "Funding: The project is funded by Formas with SEK 3.2 million."
        if len(val.split()) > RUN_ON_WORDS and (len(sentence_spans(val)) > 1 or val.rstrip().endswith(".")
                                                and prose.RUNS_VERB_RE.search(val)) \
                or prose.GRANTOR_RE.match(val):  # ("X runs from ... with a budget"; "X beviljar N kronor": the payer)
            for sentence, s, _e in sentence_spans(val):  # "Finansiering" over sentences: who pays what, in prose
                self.prose_sentence(b, sentence, off + s)
                if find_amounts(sentence) and not prose.GRANT_CONTEXT_RE.search(sentence):
                    self.amounts(b, sentence, off + s, context=b.key or "", rule=rule, conf=0.85)
            return
        plan = PLAN_LINE_RE.match(val.strip())
        if plan and not find_amounts(val) and FINANCING_KEY_RE.match(b.key or "") and plan_payer(plan.group("name")):
            # "Finansiering" over "Region Gotland 450 000": a financing plan's first payer, more lines may follow
            first_payer = plan_payer(plan.group("name")) or ""
            money = Money(figure_value(plan.group("figure")), self.table_currency or "SEK")
            self.add_list("funders", first_payer, self.prov(b, off, off + len(first_payer), "label.financing_plan", 0.8),
                          key=normalise_org)
            self.add_list("funding", Funding(money, "cofinancing", first_payer),
                          self.prov(b, off + plan.start("figure"), off + plan.end("figure"), "label.financing_plan", 0.8),
                          key=lambda f: (f.money, f.funder))
            self.section, self.section_label = "funders", b.key
            return
        if not find_amounts(val) and (FINANCING_KEY_RE.match(b.key or "") or COFUNDING_KEY_RE.match(b.key or "")) \
                and not prose.FUNDED_BY_RE.search(val):
            # "Finansiering: Europeiska regionala utvecklingsfonden (40 %), kommunerna och regionen": who pays (a
            # sentence, "Projektet finansieras av A och B", is read as one below)
            self.add_orgs("funders", re.sub(r"\s*\([^)]*\)", "", val), b, off, "label.funding.payers", 0.85)
            found = prose.eu_rate_in(val) or eu_share_in_brackets(val)
            if found and self.rec.eu_cofinancing_rate is None:
                self.set_scalar("eu_cofinancing_rate", found[0], self.prov(b, off + found[1], off + found[2],
                                                                           "label.funding.eu_rate", 0.8))
            return
        self.amounts(b, val, off, context=b.key or "", rule=rule, conf=0.9)
        if len(val.split()) > RUN_ON_WORDS:
            self.funded_by(b, val, off)  # "Finansiering" over "Projektet finansieras av X med 3 000 000 kronor."
        area = self.leader_area()
        if self.granting_site() is not None and GRANTED_SUM_RE.search(b.key or "") and find_amounts(val):
            self.own_site_grant = self.prov(b, 0, len(b.key or ""), "label.funding.granting_site", 0.6)
        if area and find_amounts(val) and LEADER_MONEY_RE.search(f"{b.key} {val}"):
            # "Beviljad Leaderfinansiering: 833 750 kr", "... kr i LAG-pott": the Leader area pays
            self.add_list("funders", area, self.prov(b, 0, len(b.key or ""), "label.funding.leader", 0.8),
                          key=normalise_org)
        if val.rstrip().endswith(("varav:", "varav", "fördelat på:", "därav:")):
            self.section, self.section_label = "funding_parts", b.key  # the parts follow, one per line
        for m in prose.FUNDED_BY_RE.finditer(val):  # "... EUs andel kommer från havs & fiskerifonden."
            for org, o in prose.org_sequence(val, m.end()):
                if is_eu_fund(org):
                    self.add_list("funders", org, self.prov(b, off + o, off + o + len(org), "label.funding.fund",
                                                            0.8), key=normalise_org)
        if len(find_amounts(val)) >= 2:  # "Region X 1 000 000 kr, Y kommun 500 000 kr": a plan in a label
            self.financing_plan(b, val, off, 0)
        named = re.sub(r"\s+", " ", ",".join(val[:s] + " " + val[e:] for _, s, e in find_amounts(val)[:1]) or val)
        for inner in re.findall(r"\(([^()]{3,80})\)", val):  # "2 750 000 kr (Europeiska regionala utvecklingsfonden)"
            if is_eu_fund(inner.strip()):
                self.add_list("funders", inner.strip(), self.prov(b, off, off + len(val), "label.funding.fund_in_brackets",
                                                                  0.8), key=normalise_org)
        if find_amounts(val) and re.search(r"[A-ZÅÄÖ]", named) and not SENTENCE_VERB_RE.search(val):
            # "Västra Götalandsregionen, 1,5 mnkr" (not "Projektets budget är N, varav ...": a sentence, read as one)
            # ("SEK 2 100 000 (Arbetsförmedlingen)": the payer in brackets after its sum)
            listed = split_org_list(re.sub(r"^\(([^()]*)\)$", r"\1", named.strip(" ,;:-–")))
            for name in (piece for each in listed for part in paid_through(each) for piece in both_in_brackets(part)):
                if looks_like_org(name) and not re.search(r"\d", name) and not MONEY_CATEGORY_RE.search(name):
                    # (not "Budget: EU-finansiering: N EUR": a kind of money, its payer unnamed)
                    self.add_list("funders", name, self.prov(b, off, off + len(val), "label.funding.funder", 0.75),
                                  key=normalise_org)
                    if FINANCING_KEY_RE.match(b.key or "") and len(find_amounts(val)) == 1:
                        self.section, self.section_label = "funders", b.key  # a plan's first line: more may follow
        publisher = self.doc.publisher
        own = OWN_SHARE_LABEL_RE.match(b.key or "")
        if own and publisher and find_amounts(val) and (own.group(1).casefold() == "regional") == \
                publisher.startswith("Region"):  # "Regional medfinansiering" on a region's own page
            self.add_list("funders", publisher, self.prov(b, 0, len(b.key or ""), "label.funding.own_share", 0.75),
                          key=normalise_org)
        after_comma = (b.key or "").partition(",")[2].strip()  # "Offentlig medfinansiering, Åby kommun": who pays it
        if after_comma and find_amounts(val) and (is_eu_fund(after_comma) or is_named_org(after_comma)):
            at = (b.key or "").rfind(after_comma)
            self.add_list("funders", after_comma, self.prov(b, at, at + len(after_comma), "label.funding.payer_after_comma",
                                                            0.8), key=normalise_org)
        payer = LABEL_PAYER_RE.search(b.key or "")  # "Bidrag från Vinnova": the label names who pays
        if payer and find_amounts(val) and (is_named_org(payer.group("org")) or is_eu_fund(payer.group("org"))):
            self.add_list("funders", payer.group("org"), self.prov(b, payer.start("org"), payer.end("org"),
                                                                   "label.funding.payer", 0.85), key=normalise_org)
        fund = FUND_IN_LABEL_RE.search(b.key or "")  # "Beviljat ESF-stöd" names the fund as well
        if fund:
            self.add_list("funders", fund.group(1), self.prov(b, fund.start(1), fund.end(1), "label.funding.fund", 0.8),
                          key=normalise_org)

    def period(self, b: Block, text: str, off: int, rule: str, conf: float) -> None:
        start, end = parse_period(text)
        if start and end is None and start.precision == "year" and ONE_YEAR_RE.search(text):
            end = start  # "EU-medel ur ERUF år 2022": the project's one year is its start and its end
        if start:
            self.set_scalar("start_date", start, self.prov(b, off, off + len(text), rule, conf))
        if end:
            self.set_scalar("end_date", end, self.prov(b, off, off + len(text), rule, conf))

    def amounts(self, b: Block, text: str, off: int, context: str, rule: str, conf: float) -> None:
        found = find_amounts(text)
        asked = [bool(APPLIED_BEFORE_RE.search(text[max(0, s - 25):s])) for _, s, _ in found]
        for n, ((money, s, e), was_asked) in enumerate(zip(found, asked)):
            if money.amount >= PROGRAMME_SCALE.get(money.currency, 10**9):
                continue  # a programme's or a fund's total, not a project's
            if n + 1 < len(found) and re.fullmatch(APPOSED, text[e:found[n + 1][1]]) \
                    and significant_digits(money.amount) < significant_digits(found[n + 1][0].amount):
                continue  # "drygt en halv miljon kronor, 540 000 kronor": the round figure said again exactly
            if n and money.currency != found[n - 1][0].currency and CONVERTED_BEFORE_RE.search(text[found[n - 1][2]:s]):
                continue  # "EUR 1.2 million (about SEK 13 million)": the same sum, converted roughly
            said = found[n - 1][1] if n and re.fullmatch(APPOSED, text[found[n - 1][2]:s]) else s  # (where the verb is)
            if was_asked and not all(asked):  # "Sökt belopp 350 000 kr. LAG beslutar ... med 300 000 kr."
                self.applied.append(Value(Funding(money, "granted"), self.prov(b, off + s, off + e, "prose.applied", 0.6)))
                m = prose.FUNDER_AFTER_AMOUNT_RE.match(text[e:])
                asked_of = prose.org_at(text[e:], m.start("org"), m.group("org")) if m else None
                if m and asked_of and looks_like_org(asked_of):  # "ansökte om N från X men beviljades M": X grants M
                    at = off + e + m.start("org")
                    self.add_list("funders", asked_of, self.prov(b, at, at + len(asked_of), "prose.funder.asked_of", 0.7),
                                  key=normalise_org)
                continue
            if prose.SPENT_RE.search(text[max(text.rfind(". ", 0, s) + 1, s - 60, 0):s]) or SPENT_AFTER_RE.match(text, e):
                continue  # "Upparbetade kostnader hittills: 2 100 000 kr", "... har 512 300 kronor använts": an outcome
            if self.seg.kind in ("row", "listed") and ALL_GRANTED_RE.match(text, text.rfind(". ", 0, s) + 2
                                                                           if ". " in text[:s] else 0):
                continue  # "Totalt beviljades 3 125 000 kronor." under a list's last entry: the sum of them all
            if PER_YEAR_RE.match(text[e:]):
                if TOTAL_AFTER_RE.match(text[e:]) and len(found) > 1:
                    continue  # "300 000 kronor per år, totalt 900 000 kronor": the total is the grant
                self.yearly.append(money)
            kind = funding_kind(context + " " + text[max(0, s - 60):s])
            if kind == "called":
                continue
            funder = None
            m = None if EU_FUND_WRITTEN_RE.match(text[e:]) else prose.FUNDER_AFTER_AMOUNT_RE.match(text[e:]) or (
                prose.GRANTED_BY_AFTER_AMOUNT_RE.match(text[e:]) if PASSIVE_GRANT_RE.search(text[:said]) else None)
            if m:
                funder = prose.org_at(text[e:], m.start("org"), m.group("org"))
                if looks_like_org(funder):
                    self.add_list("funders", funder, self.prov(b, off + e + m.start("org"), off + e + m.start("org") + len(funder),
                                                                "prose.funder.fran", 0.8), key=normalise_org)
                    for other, o in prose.org_sequence(text, e + m.start("org"))[1:]:  # "från A, B och C"
                        if looks_like_org(other):
                            self.add_list("funders", other, self.prov(b, off + o, off + o + len(other),
                                                                      "prose.funder.fran.list", 0.75), key=normalise_org)
                    at = e + m.start("org") + len(funder)
                    via = re.match(r"\s+(?:genom|via|inom|through)\s+(?:the\s+)?(?=Interreg\b)", text[at:])
                    programme = prose.org_at(text, at + via.end(), "") if via else None
                    if via and programme and is_eu_fund(programme):  # "... från regionalfonden genom Interreg X": it pays too
                        self.add_list("funders", programme, self.prov(b, off + at + via.end(), off + at + via.end()
                                                                      + len(programme), "prose.funder.programme", 0.75),
                                      key=normalise_org)
                else:
                    funder = None
            shared = SUM_PAID_BY_RE.match(text[e:]) if not funder else None
            if shared:  # "780 000 kronor, som X står för", "N kronor, som delas mellan kommunen och Y": who pays it
                at = e + (shared.start("payers") if shared.group("payers") else shared.start("payers2"))
                payers = prose.org_sequence(text, at)
                by_kind = OWNER_BY_KIND_RE.match(text, at)  # ("delas mellan kommunen och Y": the owner, by its kind)
                if by_kind and self.rec.owner is not None and refers_to(by_kind.group("ref"), self.rec.owner.value):
                    payers = [(self.rec.owner.value, at)] + prose.org_sequence(text, by_kind.end())
                for paying, o in payers:
                    if looks_like_org(paying) or is_eu_fund(paying):
                        self.add_list("funders", paying, self.prov(b, off + o, off + o + len(paying),
                                                                   "prose.funder.sum_paid_by", 0.75), key=normalise_org)
                        funder = funder or paying
            eu_named = EU_FUND_WRITTEN_RE.match(text[e:]) if not funder else None
            if eu_named:  # "50 miljoner euro från EU:s innovationsfond": the fund as written
                funder = eu_named.group("fund")
                at = off + e + eu_named.start("fund")
                self.add_list("funders", funder, self.prov(b, at, at + len(funder), "prose.funder.eu_fund_written", 0.75),
                              key=normalise_org)
            lower = funds_in_lower_case(text[e:e + 60]) if not funder else []
            if lower and lower[0][1] <= 12:  # "760 000 kronor ur landsbygdsprogrammet"
                funder, s0, e0 = lower[0]
                self.add_list("funders", funder, self.prov(b, off + e + s0, off + e + e0, "prose.funder.fran", 0.8),
                              key=normalise_org)
            ref = REFERS_TO_PUBLISHER_RE.match(text[e:]) or (
                REFERS_BY_PUBLISHER_RE.match(text[e:]) if PASSIVE_GRANT_RE.search(text[:said]) else None)
            publisher = self.doc.publisher
            if not funder and ref and publisher and refers_to(ref.group("ref"), publisher):
                funder = publisher  # "850 000 kronor från förbundet" on the förbund's own site
                self.add_list("funders", funder, self.prov(b, off + e + ref.start("ref"), off + e + ref.end("ref"),
                                                           "prose.funder.fran_publisher", 0.7), key=normalise_org)
            if not funder:
                funder = self.payer_of_money_kind(b, text, off, e)
            if not funder and (payer := PAYER_BEFORE_AMOUNT_RE.search(text[max(0, s - 80):s])) \
                    and looks_like_org(payer.group("org")):
                funder = payer.group("org")  # "finansieras ... och av Region Exempel med 1,2 miljoner kronor"
                if payer.group("stands"):  # "Av dem står Region X för 2,3 miljoner kronor": it pays that part
                    at = off + max(0, s - 80) + payer.start("org")
                    self.add_list("funders", funder, self.prov(b, at, at + len(funder), "prose.funder.stands_for", 0.7),
                                  key=normalise_org)
            if funder:  # who pays says more than the words around the amount
                kind = funding_kind_for_funder(funder, kind)
            self.add_list("funding", Funding(money, kind, funder), self.prov(b, off + s, off + e, rule, conf),
                          key=lambda f: (f.money, f.funder))

    # -- contacts ------------------------------------------------------------------------
    def person(self, b: Block, text: str, off: int, rule: str, conf: float) -> bool:
        parsed = parse_person(text.split(",")[0] if "," in text and not parse_person(text) else text)
        if not parsed:
            parsed = parse_person(text.split(",")[0])
        if not parsed:  # a trained model may know a name the patterns do not ("Ebba von Sydow")
            people = [e for e in self.ann.entities(b, ("PERSON",)) if off <= e.start < off + len(text)]
            if not people:
                return False
            parsed, rule = (people[0].text, None), rule + ".ner"
        name, title = parsed
        if gazetteer().lookup(name) is not None or is_eu_fund(name):
            return False  # "Interreg Sverige-Norge, interreg@...": an office's address, not a person
        i = text.find(name)
        self.pending_contacts.append((Contact(name=name, title=title), self.prov(b, off + i, off + i + len(name), rule, conf)))
        return True

    def year_table(self, b: Block) -> bool:
        """A budget by year run into lines: "Kostnadsslag 2027 2028 Summa" over "Summa kostnader 200 000 200 000
        400 000". The head tells how many figures each row holds, so the figures can be told apart though spaces
        both group their digits and part their columns; the total row's last figure is the project's budget."""
        head = YEAR_TABLE_HEAD_RE.match(b.text.strip())
        if head:
            self.year_columns = len(head.group("years").split()) + 1
            return True
        row = TOTAL_ROW_RE.match(b.text.strip()) if self.year_columns else None
        figures = split_figures(row.group("figures"), self.year_columns) if row and self.year_columns else None
        if not figures:
            return False
        at = b.text.rfind(row.group("figures").split()[-1])  # type: ignore[union-attr]
        self.add_list("funding", Funding(Money(figures[-1], self.table_currency or "SEK"), "total_budget"),
                      self.prov(b, at, len(b.text), "table.by_year.total", 0.75), key=lambda f: (f.money, f.funder))
        self.year_columns = None
        return True

    def budget_line(self, b: Block) -> bool:
        """"Total budget 1 466 250" under "Budget (EUR)": a funding line whose currency the table's heading gave."""
        m = BUDGET_LINE_RE.match(b.text.strip())
        if not m or label_field(m.group("label")) != "funding":
            return False
        amount = figure_value(m.group("num"))
        s = b.text.find(m.group("num"))
        payer = table_payer(m.group("label"))
        if payer:  # "EU funding (ERDF) 733 125": the part's payer pays
            at = b.text.find(payer)
            self.add_list("funders", payer, self.prov(b, at, at + len(payer), "table.budget_line.payer", 0.8),
                          key=normalise_org)
        self.add_list("funding", Funding(Money(amount, self.table_currency or "SEK"), "other", payer),
                      self.prov(b, s, s + len(m.group("num")), "table.budget_line", 0.8), key=lambda f: (f.money, f.funder))
        return True

    def flattened_tables(self, b: Block) -> bool:
        """"Finansieringsplan (SEK) Kostnader totalt 2300000 Europeiska regionala utvecklingsfonden 1150000 ...":
        budget and financing tables run into a paragraph, each label followed by its figure, each table
        after its currency. True when the block opens with one (then it holds nothing else)."""
        markers = list(TABLE_CURRENCY_RE.finditer(b.text))
        opens_with_table = False
        for i, m in enumerate(markers):
            if m.start() >= 30 and not FLAT_TABLE_HEAD_RE.search(b.text, max(0, m.start() - 60), m.start()):
                continue
            end = markers[i + 1].start() if i + 1 < len(markers) else len(b.text)
            pairs = list(BUDGET_PAIR_RE.finditer(b.text, m.end(), end))
            currency = CURRENCY_CODES.get(m.group(1).casefold())
            if len(pairs) < 2 or currency is None:
                continue
            opens_with_table = opens_with_table or m.start() < 30
            for pair in pairs:
                label = pair.group("label").strip(" ,.:;")
                if re.search(r"[.!?]\s+[A-ZÅÄÖ]", label) or len(label.split()) > 14:
                    break  # running text again: the table has ended
                self.table_pair(b, pair, label, currency)
        return opens_with_table

    def table_pair(self, b: Block, pair: re.Match, label: str, currency: str) -> None:
        """One label and figure of a flattened table: a total, or a payer and its part; cost lines are no
        funding."""
        amount = figure_value(pair.group("num"))
        prov = self.prov(b, pair.start("num"), pair.end("num"), "table.flattened", 0.75)
        payer = table_payer(label)
        if payer:
            s = b.text.find(payer, pair.start())
            self.add_list("funders", payer, self.prov(b, s, s + len(payer), "table.flattened.payer", 0.75),
                          key=normalise_org)
            self.add_list("funding", Funding(Money(amount, currency), "cofinancing", payer), prov,
                          key=lambda f: (f.money, f.funder))
        elif label_field(label) == "funding" and ("kostnad" not in label.casefold() or TOTAL_RE.search(label)):
            # a total or a grant; "Övriga kostnader" is one cost among others
            self.add_list("funding", Funding(Money(amount, currency), "other"), prov, key=lambda f: (f.money, f.funder))

    def financing_line(self, b: Block) -> bool:
        """"Ljusdals kommun 5 473 780 52,3 %" under "Finansiär Belopp (kr) Andel" or "Finansiering (kr)": a payer
        and its share."""
        if self.section != "funders" and not (self.section == "funding" and FINANCING_KEY_RE.match(self.section_label or "")):
            return False
        m = FINANCING_LINE_RE.match(b.text.strip())
        if not m:
            return False
        name = re.sub(r"\s*\([^)]*\)", "", m.group("name")).strip(" ,:")  # "Region X (1:1-medel)"
        if not (is_eu_fund(name) or looks_like_org(name)) or label_field(name) is not None:
            return False
        amount = figure_value(m.group("num"))
        if amount == 0:
            return True
        s = b.text.find(m.group("num"))
        if MONEY_CATEGORY_RE.search(name):  # "National public co-financing 593 125": a kind of money, no payer,
            name = table_payer(name) or ""  # unless one is named after it ("Offentlig medfinansiering, Åby kommun")
        if name:
            self.add_list("funders", name, self.prov(b, 0, len(name), "table.financing_line", 0.8),
                          key=normalise_org)
        self.add_list("funding", Funding(Money(amount, self.table_currency or "SEK"), "cofinancing", name or None),
                      self.prov(b, s, s + len(m.group("num")), "table.financing_line", 0.8),
                      key=lambda f: (f.money, f.funder))
        if m.group("share") and name and is_eu_fund(name):  # the EU fund's share of the whole is the co-financing rate
            self.set_scalar("eu_cofinancing_rate", float(m.group("share").replace(",", ".")),
                            self.prov(b, m.start("share"), m.end("share"), "table.financing_line.eu_share", 0.8))
        return True

    def contact_by_email(self, b: Block, sent: str, off: int) -> bool:
        """"Kontakta X:s samordnare Lina Ek, lina.ek@x.se": in a sentence that offers a contact, the person is
        the name that the e-mail address spells."""
        if not prose.CONTACT_CUE_RE.search(sent) or prose.NOT_CONTACT_RE.search(sent):
            return False
        found = False
        for email, _es, _ee in find_emails(sent):
            for m in PERSON_NAME_RE.finditer(sent):
                name, start = m.group(0), m.start()
                cue = CONTACT_CUE_WORD_RE.match(name)
                if cue:  # "Kontakta Pia Ek": the sentence's first word is no part of the name
                    name, start = name[cue.end():], start + cue.end()
                title = TITLE_FIRST_RE.match(name)
                if title and title.group(1)[:1].isupper():  # "Professor Karin Holm": the title is no part of it
                    name, start = name[title.end():], start + title.end()
                if len(name.split()) >= 2 and email_matches_name(email, name):
                    contact = Contact(name=name, email=email)
                    self.pending_contacts.append((contact, self.prov(b, off + start, off + start + len(name),
                                                                     "prose.contact.email_name", 0.8)))
                    found = True
                    break
            cue = CONTACT_CUE_WORD_RE.match(sent)
            if not found and not PERSON_NAME_RE.search(sent[cue.end() if cue else 0:]):
                found = self.contact_spelled_by(email)
        return found

    def contact_spelled_by(self, email: str) -> bool:
        """"Mer information: jonas.ek@x.se" with no name beside it: the person the text names whom the address
        spells ("..., säger projektledaren Jonas Ek"), or its byline ("Av Lisa Ek" over "Hör av dig till mig, lisa.ek@x.se")."""
        bylines = [b for b in self.doc.blocks if BYLINE_AUTHOR_RE.search(b.text)]
        for other in self.seg.blocks + bylines:
            for m in PERSON_NAME_RE.finditer(other.text):
                by = BYLINE_WORD_RE.match(m.group(0))  # ("Av Lisa Ek": the byline's word is no part of the name)
                name, start = m.group(0)[by.end() if by else 0:], m.start() + (by.end() if by else 0)
                if len(name.split()) >= 2 and is_known_first_name(name) and email_matches_name(email, name):
                    self.pending_contacts.append((Contact(name=name, email=email),
                                                  self.prov(other, start, m.end(), "prose.contact.email_spells", 0.7)))
                    return True
        return False

    def email(self, email: str, prov: Provenance) -> None:
        """The address goes to the person it spells, else to the last one named without one."""
        spelled = [idx for idx, (c, _) in enumerate(self.pending_contacts)
                   if c.email is None and email_matches_name(email, c.name)]
        for idx in spelled[-1:] or range(len(self.pending_contacts) - 1, -1, -1):
            contact, p = self.pending_contacts[idx]
            if contact.email is None:
                self.pending_contacts[idx] = (Contact(contact.name, email, contact.phone, contact.title), p)
                return

    def phone(self, phone: str) -> None:
        if self.pending_contacts:
            contact, p = self.pending_contacts[-1]
            if contact.phone is None:
                self.pending_contacts[-1] = (Contact(contact.name, contact.email, phone, contact.title), p)

    # -- sections and prose --------------------------------------------------------------
    def heading(self, b: Block) -> None:
        currency = TABLE_CURRENCY_RE.search(b.text)
        if currency:  # "Budget (EUR)" over its lines of figures
            self.table_currency = CURRENCY_CODES.get(currency.group(1).casefold())
        m = prose.CASE_IN_TITLE_RE.search(b.text)
        if m:  # "Projektnamn (LBU 12)"
            self.set_scalar("case_number", m.group("case"), self.prov(b, m.start("case"), m.end("case"), "title.case_code", 0.7))
        aid = DECISION_FROM_FUND_RE.match(b.text.strip())  # "Beslut om stöd ur Europeiska regionala utvecklingsfonden"
        if aid and is_eu_fund(aid.group("fund")):  # the fund the decided support comes from pays
            at = b.text.find(aid.group("fund"))
            self.add_list("funders", aid.group("fund"), self.prov(b, at, at + len(aid.group("fund")), "title.decision_fund",
                                                                  0.75), key=normalise_org)
        title = SECTION_NUMBER_RE.sub("", b.text)  # "3 Mål": a plan's numbered section, read by its words
        field = label_field(title)
        if field == "goals" and WHY_RE.match(title.strip()):
            field = "section"  # "Varför?" over its text tells the need (a fact list's "Varför? För att ..." the aim)
        if field is None and self.section == "contact" and self.person(b, b.text, 0, "section.contact", 0.85):
            for email, s, e in find_emails(b.text):  # ("Eva Ek, eva.ek@x.se" set large: the address goes with her)
                self.email(email, self.prov(b, s, e, "section.contact.email", 0.85))
            return  # a short name line under "Kontaktperson" looks like a heading but is the contact
        if self.section == "funders" and self.table_currency and not find_amounts(b.text) and \
                (field == "funding" or field is None and re.search(r"(?i)finansiering|stöd\b", b.text)):
            return  # "Offentlig kontantfinansiering", "14.1 Offentlig finansiering, kontant": payers grouped in the table
        if field in ("phone", "email") and self.section == "contact":
            for email, s, e in find_emails(b.text):  # "Telefon 08-123 45 67" between a contact's name and address:
                self.email(email, self.prov(b, s, e, "section.contact.email", 0.85))  # still that contact's
            for phone, _, _ in find_phones(b.text):
                self.phone(phone)
            return
        self.goal_list_open = False
        if field in ("partners", "funders", "fund") and exact_label_field(b.text) is None \
                and label_field(b.text.split()[0]) != field and not prose.FUNDED_BY_RE.search(b.text):
            field = None  # "Projektdatabasen för landsbygdsprogrammet": a word stem deep in a title opens no list of payers
        self.section, self.section_label = (field, title) if field in ("goals", "contact", "period", "partners",
                                                                        "funders", "fund", "funding") else (None, None)
        self.section_numbered = b.kind == "list_item"  # "1. Projektets mål": the next numbered part ends it
        if field == "goals" and self.reports_outcomes() and OUTCOME_LABEL_RE.match(b.text):
            self.section, self.section_label = None, None  # a final report's results are outcomes, no goals
        if field == "contact" and exact_label_field(b.text) is None and self.person(b, b.text, 0, "label.contact.line", 0.85):
            for email, s, e in find_emails(b.text):  # "Projektledare Eva Ek, eva.ek@x.se": the title, then the person
                self.email(email, self.prov(b, s, e, "label.contact.line.email", 0.85))

    def ends_goals(self, b: Block) -> bool:
        """What ends a goals section besides a label: a short title line ("Aktiviteter och tidplan"), or a
        paragraph that opens with another section's label ("Målgrupp Primär målgrupp är ..."). Under a
        numbered title, the next numbered title ("2. Genomförda aktiviteter") ends it too."""
        words = b.text.split()
        if b.kind == "list_item" and self.section_numbered and not self.goal_list_open and len(words) <= 6 \
                and not re.search(r"[.!?:;,]$", b.text) and not GOAL_WORD_RE.search(b.text):
            return True
        if b.kind == "list_item" or not words or is_goal_lead_in(b.text) or GOAL_WORD_RE.search(b.text):
            return False  # "Projektets mål är" over its list
        if len(words) <= 6 and b.text[:1].isupper() and not re.search(r"[.!?:;,]$", b.text) \
                and not re.search(r"\d", b.text):
            return True
        opening = [label_field(" ".join(words[:n])) for n in (1, 2)]
        if MONEY_SUBJECT_RE.match(b.text) and (prose.FUNDED_BY_RE.search(b.text) or GRANTED_RE.search(b.text)):
            return True  # "Stödet är beviljat av X ur Fonden Y.": who pays, told after the goals
        return any(f not in (None, "goals", "ignore", "email", "phone") for f in opening) and len(words) > 6

    def goal_text(self, b: Block, off: int, text: str, label: str | None, rule: str) -> None:
        if b.kind == "list_item":
            self.add_goal(b, off, off + len(text), text, label, rule)
            return
        for sentence, s, e in sentence_spans(text):
            if sentence.endswith(":"):
                continue
            if tells_period(sentence):
                self.prose_sentence(b, sentence, off + s)
                continue
            self.add_goal(b, off + s, off + e, sentence, label, rule)

    def add_goal(self, b: Block, s: int, e: int, text: str, label: str | None, rule: str) -> None:
        if len(text.split()) < 3 or re.search(r"\b(är|var|att)$", text.strip()) or not_an_aim(text):
            return  # "Projektets mål är" leads into the goals below it; a decision's condition is none
        self.add_list("goals", make_goal(text, label), self.prov(b, s, e, rule, 0.85), key=lambda g: g.text)

    def block(self, b: Block) -> None:
        if b.kind != "table_row":
            self.party_columns = None  # a table of parties ends where its rows do
        elif self.currency_grid(b):
            return
        asked, self.asked_who_runs = self.asked_who_runs, bool(WHO_RUNS_QUESTION_RE.match(b.text.strip()))
        answer = RUNNER_ANSWER_RE.match(b.text) if asked else None
        if answer and plainly_org(org := org_run(b.text, answer.end()) or ""):
            # "Vem driver projektet?" / "– Det är Åby kommun tillsammans med ...": the answer names the owner
            self.set_scalar("owner", org, self.prov(b, answer.end(), answer.end() + len(org), "answer.owner", 0.75))
        elif asked and (lead := OWNER_ANSWER_RE.match(b.text)) and looks_like_org(lead.group("org")):
            # "Åby kommun, genom enheten för avfall. ...": the answer opens with it
            self.set_scalar("owner", lead.group("org"), self.prov(b, 0, lead.end("org"), "answer.owner_first", 0.75))
        asked, self.asked_who_pays = self.asked_who_pays, bool(WHO_PAYS_QUESTION_RE.match(b.text.strip()))
        answer = PAYERS_ANSWER_RE.match(b.text) if asked else None
        if answer:  # "Hur finansieras det?" / "– Av Leader X och Åby kommun, med totalt 900 000 kronor."
            for org, s in prose.org_sequence(b.text, answer.end()):
                if looks_like_org(org) or is_eu_fund(org):
                    self.add_list("funders", org, self.prov(b, s, s + len(org), "answer.funders", 0.75), key=normalise_org)
            self.amounts(b, b.text, 0, context="finansiering", rule="answer.funding", conf=0.75)
        if b.kind in ("line", "paragraph") and self.year_table(b):
            return
        part = FORM_PART_RE.search(b.text) if b.kind in ("line", "heading", "paragraph", "list_item") \
            and len(b.text) < 80 else None
        if part:  # "A. Uppgifter om stödmottagare": whose name and address the form's next fields give
            self.form_part = "owner" if part.group("owner") or part.group("owner2") else "contact"
        elif b.kind in ("line", "heading") and FORM_SECTION_RE.match(b.text) or self.form_part and \
                b.kind == "list_item" and len(b.text.split()) <= 6 and ":" not in b.text:
            self.form_part = None  # "3. Projektet": the form's next numbered part
        if b.kind == "heading" and not (b.text[:1].isdigit() and find_amounts(b.text[:40])) \
                or b.kind in ("list_item", "line") and len(b.text.split()) <= 5 and "@" not in b.text \
                and not b.text.rstrip().endswith(".") and label_field(b.text) not in (None, "ignore") \
                or b.kind == "paragraph" and exact_label_field(b.text) not in (None, "ignore") and "@" not in b.text \
                and not b.text.rstrip().endswith("."):  # "Kontakta NN, nn@x.se" is a sentence, no label
            self.heading(b)  # "9. Kontaktuppgifter": a numbered section title
            if b.kind == "heading" and b.text.rstrip().endswith(":") and len(b.text.split()) >= 6:
                self.prose(b)  # "Projektet pågår 2016–2018 och ska arbeta inom tre områden:" set as a heading
            return
        # a card's title opens it, or stands under its sum's badge ("450 000 kr" over "Namn")
        at = next((k for k, x in enumerate(self.seg.blocks[:2]) if x is self.seg.title), None)
        card = at is not None and len(self.seg.blocks) > at + 1
        below = self.seg.blocks[at + 2] if at is not None and len(self.seg.blocks) > at + 2 else None
        if b.kind == "line" and card and at is not None and b is self.seg.blocks[at + 1] and self.rec.owner is None \
                and (plainly_org(owner := owner_line(b.text)) or below is not None and looks_like_org(owner)
                     and sum_line(below) or at == 1 and looks_like_org(owner) and sum_line(self.seg.blocks[0])
                     or b is self.seg.owner_line):
            # a card: its title, then the organisation that runs it on a line of its own ("Åby IF, Åby": and its town)
            self.set_scalar("owner", owner, self.prov(b, 0, len(owner), "section.owner_line", 0.7))
            return
        if self.seg.kind == "row" and len(self.seg.blocks) > 1 and b is self.seg.blocks[1] and b.kind in ("line", "paragraph") \
                and self.rec.start_date is None and self.rec.end_date is None:
            self.description_period(b)  # the line under a row that describes it: "Sommardans ... under 2028."
        at = next((k for k, x in enumerate(self.seg.blocks[:FACT_RUN_BLOCKS]) if x is b), None)
        icon_run = at is not None and in_fact_run(self.seg.blocks, at)  # "2034–2036" / "1,2 mnkr" / "Åre kommun"
        fact = bare_fact(b) if self.seg.kind in ("section", "listed") and self.seg.title is not None \
            and b in self.seg.blocks[1:5] or icon_run else None
        if fact == "period" and self.rec.start_date is None and self.rec.end_date is None:
            self.period(b, b.text.strip(), 0, "section.period_line", 0.7)  # a card's facts marked by icons
            return
        if fact == "org" and (b.kind == "list_item" or icon_run) and (
                is_eu_fund(b.text.strip()) or self.rec.owner is not None and (
                    hands_out_grants(b.text.strip()) or org_kind(b.text.strip()) in ("myndighet", "region"))):
            # "🇪🇺 Europeiska socialfonden plus" among a card's facts, or an authority or region after its owner: who pays
            self.add_list("funders", b.text.strip(), self.prov(b, 0, len(b.text.strip()), "section.funder_item", 0.65),
                          key=normalise_org)
            return
        if fact == "org" and self.rec.owner is None and (b.kind == "list_item" or icon_run):
            self.set_scalar("owner", b.text.strip(), self.prov(b, 0, len(b.text.strip()), "section.owner_item", 0.65))
            return
        if fact == "sum" and (b.kind == "list_item" or icon_run):
            self.amounts(b, b.text, 0, context="beviljat", rule="section.sum_item", conf=0.65)
            return
        if b.kind == "line" and self.seg.kind in ("section", "listed") and self.seg.title is not None \
                and (SINGLE_SUM_RE.match(b.text.strip()) and len(self.seg.blocks) <= 4 or b is below and sum_line(b)):
            # an entry's sum on a line of its own under its title and owner ("1. Namn" / "Ägare" / "600 000 kr")
            self.amounts(b, b.text, 0, context="beviljat", rule="section.sum_line", conf=0.7)
            return
        if b.kind == "key_value" and (b.value or "").strip().casefold() in CURRENCY_CODES:
            self.table_currency = CURRENCY_CODES[(b.value or "").strip().casefold()]  # a table's head: "Källa | SEK"
            return
        if b.kind == "table_row" and b.cells and not any(ch.isdigit() for ch in b.text):
            self.financing_columns = [k for k, c in enumerate(b.cells) if FINANCING_COLUMN_RE.match(c.strip())] or None
            self.budget_column = next((k for k, c in enumerate(b.cells) if k and BUDGET_COLUMN_RE.match(c.strip())), None)
            units = [c.strip().casefold() for c in b.cells if c.strip().casefold() in CURRENCY_CODES]
            if units:  # the same head as a row of column names: "Source | EUR"
                self.table_currency = CURRENCY_CODES[units[0]]
                return
        if b.kind == "table_row" and b.cells and FINANCING_COLUMN_RE.match(b.cells[0].strip()) and len(b.cells) >= 3 \
                and all(YEAR_CELL_RE.fullmatch(c.strip()) for c in b.cells[1:-1]) and TOTAL_RE.fullmatch(b.cells[-1].strip()):
            self.financing_columns, self.total_column = [0], len(b.cells) - 1  # "Finansiär | 2035 | 2036 | Totalt"
            return
        if b.kind == "table_row" and b.cells and self.financing_columns and self.financing_row(b, b.cells):
            return
        if b.kind == "table_row" and b.cells and self.budget_column is not None and self.budget_total(b, b.cells):
            return
        unit = TABLE_CURRENCY_RE.search(b.value or "") if b.kind == "key_value" else None
        bare_head = b.kind == "key_value" and AMOUNT_HEAD_RE.match((b.value or "").strip()) is not None \
            and label_field(b.key or "") in ("funders", "funding")  # "Finansiär | Belopp": in kronor, unit unsaid
        if unit and len((b.value or "").split()) <= 3 and not re.search(r"\d", b.value or "") or bare_head:
            # a table's head: "Finansiär | Belopp (kr)" over its payers and their figures
            self.table_currency = CURRENCY_CODES.get(unit.group(1).casefold()) if unit else "SEK"
            if COST_HEAD_RE.match((b.key or "").strip()):  # "Kostnadsslag | Belopp, kr": what the money is spent on
                self.section, self.section_label = "costs", b.key
            elif label_field(b.key or "") in ("funders", "funding"):
                self.section, self.section_label = "funders", b.key
            return
        if b.kind == "key_value":
            self.key_value(b)
            return
        if b.kind == "table_row" and b.cells and self.party_table_row(b, b.cells):
            return
        if b.kind == "table_row" and b.cells and self.partner_row(b, b.cells):
            return
        if TABLE_CURRENCY_RE.search(b.text) and len(b.text.split()) <= 8 and not re.search(r"\d", b.text) \
                and label_field(b.text) in ("funders", "funding"):
            self.heading(b)  # "Finansieringsplan Finansiär Belopp, kr Andel": a financing table's head
            return
        if self.section == "goals" and self.doc.final_report and len(b.text.split()) <= 6 \
                and OUTCOME_LABEL_RE.match(b.text) and not b.text.rstrip().endswith("."):
            self.section, self.section_label = None, None  # "Genomförande och resultat": what was achieved
            return
        if self.section == "goals" and self.ends_goals(b):
            self.section, self.section_label = None, None
            if len(b.text.split()) <= 6:
                return  # a title of what follows, not a goal
        if self.section == "goals":
            pieces = [(b.text, 0, len(b.text))] if b.kind == "list_item" else sentence_spans(b.text)
            for sent, s, _ in pieces:
                if DECISION_NOTE_RE.search(sent):  # "Beslutet har fattats av ...": the letter's close, no goal
                    self.section, self.section_label = None, None
                    return
                if sent.rstrip().endswith("?") or CONTACT_OPENER_RE.match(sent):
                    self.section, self.section_label = None, None  # "Vill du veta mer? Kontakta ...": goals end
                    self.prose(b)
                    return
                if states_fact(sent):  # "Projektet får stöd från X" under "Förväntade resultat" is no goal
                    self.prose_sentence(b, sent, s)
                else:
                    self.goal_text(b, s, sent, self.section_label, "section.goals")
            return
        if self.goal_list_open and b.kind == "list_item":
            self.add_goal(b, 0, len(b.text), b.text, "mål", "list.after_goal_lead_in")
            return
        self.goal_list_open = False
        if self.plan_open and b.kind in ("line", "list_item", "paragraph") and find_amounts(b.text) \
                and len(b.text.split()) <= 30:
            self.financing_plan(b, b.text, 0, 0)  # "Finansieringsplan:" at a line's end, its payers below
            return
        self.plan_open = False
        if self.section == "funding_parts" and find_amounts(b.text):
            self.amounts(b, b.text, 0, context=self.section_label or "", rule="section.funding_parts", conf=0.85)
            return
        m = TABLE_CURRENCY_RE.search(b.text)
        if m and len(b.text.split()) <= 6:
            self.table_currency = CURRENCY_CODES.get(m.group(1).casefold())
        elif m and self.flattened_tables(b):
            return
        if self.table_currency and (self.budget_line(b) or self.financing_line(b)):
            return
        if self.section == "contact" and PLACE_AND_DATE_RE.match(b.text.strip()):
            self.section, self.section_label = None, None  # "Skara 2031-02-10": a signature follows, no contact
            return
        if self.section == "contact":
            named = self.person(b, b.text, 0, "section.contact", 0.85)
            for email, s, e in find_emails(b.text):  # "Erik Lund, erik.lund@x.se, 0920-123 45" on one line
                self.email(email, self.prov(b, s, e, "section.contact.email", 0.85))
            for phone, _, _ in find_phones(b.text):
                self.phone(phone)
            if named:
                return
        if self.section == "period" and self.rec.start_date is None \
                and not (prose.START_VERB_RE.search(b.text) or prose.END_VERB_RE.search(b.text)):
            self.period(b, b.text, 0, "section.period", 0.85)  # (a sentence that says which date starts and which
            # ends the project is read as prose: "Byggstarten är planerad till mars 2035 och ...")
        if (self.section == "funders" or self.section == "funding" and FINANCING_KEY_RE.match(self.section_label or "")) \
                and self.plan_line(b):
            return  # a financing plan's lines, under "Finansiärer" or "Finansiering" (not a budget's costs)
        share = PAYER_PERCENT_LINE_RE.match(b.text.strip()) if b.kind in ("list_item", "line") else None
        if share and self.section in ("funders", "funding") and (is_eu_fund(share.group("org"))
                                                                 or is_named_org(share.group("org"))):
            # "ESF+ 60 %", "Region X 25 %" under "Finansiering": each payer's share of the whole
            self.add_list("funders", share.group("org"), self.prov(b, 0, len(share.group("org")), "section.payer_share", 0.8),
                          key=normalise_org)
        if self.section in ("partners", "funders", "fund") and (b.kind in ("list_item", "line") or b.kind == "paragraph"
                                                                and len(b.text.split()) <= 16 and not b.text.endswith(".")):
            # one name per line under "Partner" or "Finansiärer", until a line that is no name
            if label_field(b.text) is None and looks_like_org(ROLE_AFTER_DASH_RE.sub("", COUNTRY_CODE_RE.sub("", b.text))
                                                              .rstrip(".")) \
                    and not is_generic_heading(b.text) and not ORGNR_LINE_RE.search(b.text) \
                    and not re.match(r"(?:Om|Mer om|Fakta om|About)\s", b.text) \
                    and (len(b.text.split()) <= 8 or len(split_org_list(b.text)) >= 2):  # "A kommun B kommun C kommune"
                self.add_orgs("partners" if self.section == "partners" else "funders", b.text, b, 0,
                              f"section.{self.section}", 0.8)
                return
            if self.section == "funders" and self.table_currency and not find_amounts(b.text) \
                    and re.search(r"(?i)finansiering|stöd\b", b.text):
                return  # "14.1 Offentlig finansiering, kontant": a group of the table's payers
            self.section, self.section_label = None, None
            if label_field(b.text) is not None and len(b.text.split()) <= 6 and not b.text.rstrip().endswith("."):
                self.heading(b)  # "Syftet med projektet är att ..." under a payers' list is a sentence, no label
                return
        self.prose(b)
        if is_goal_lead_in(b.text):
            self.goal_list_open = True
        elif PAYERS_LEAD_IN_RE.search(b.text):
            self.section, self.section_label = "funders", b.text  # "Projektet har finansierats av:", the payers below
        elif PARTNERS_LEAD_IN_RE.search(b.text):
            self.section, self.section_label = "partners", b.text  # "I projektet deltar följande organisationer:"

    def prose(self, b: Block) -> None:
        if self.seg.kind in ("page", "section", "listed") and self.meta_line(b):
            return
        periods = find_periods(b.text) if b.kind in ("line", "list_item") and self.seg.kind in ("page", "section") else []
        span = DURATION_LEAD_RE.match(b.text)  # ("• 3 år, 2040–2042": the span said before the years)
        if len(periods) == 1 and self.rec.start_date is None and \
                len(re.sub(r"\W", "", b.text[span.end() if span else 0:])) \
                <= len(re.sub(r"\W", "", b.text[periods[0][1]:periods[0][2]])) + 2:
            (start, end), s, e = periods[0]  # a project card's line that is a period and nothing else
            self.set_scalar("start_date", start, self.prov(b, s, e, "line.bare_period", 0.6))
            self.set_scalar("end_date", end, self.prov(b, s, e, "line.bare_period", 0.6))
            return
        titled = TITLED_ENTRY_RE.match(b.text) if self.seg.name is not None and self.seg.name[1] is b else None
        cut = titled.end() if titled and titled.group("name") == self.seg.name[0] else 0  # type: ignore[index]
        text = b.text
        if b.kind == "table_row" and b.cells and self.seg.columns and len(b.cells) == len(self.seg.columns):
            for cell, column in zip(b.cells, self.seg.columns):
                if column == "ignore" and find_amounts(cell) and (at := text.find(cell)) >= 0:  # "Sökt" over a sum: asked
                    # for, not granted
                    text = text[:at] + " " * len(cell) + text[at + len(cell):]
        listing = False  # after "Projektmålen var att:" run into the paragraph, its goals one sentence each
        for sentence, s, _e in sentence_spans(text[cut:]):  # ("Namn: Ägare ska ...": the entry's text after its name)
            if (title := NUMBERED_RUN_IN_RE.match(sentence)) is not None:  # "5 Projektbeskrivning, syfte och mål Syftet
                sentence, s = sentence[title.end():], s + title.end()  # var att ...": a transcript's section title
            lead = GOALS_LEAD_COLON_RE.search(sentence)
            if lead and sentence[lead.end():].strip():
                goal = sentence[lead.end():].strip()
                at = cut + s + sentence.index(goal, lead.end())
                self.add_goal(b, at, at + len(goal), goal, "mål", "prose.goal.after_lead_in")
                listing = True
                continue
            if listing and INFINITIVE_GOAL_RE.match(sentence):
                self.add_goal(b, cut + s, cut + s + len(sentence), sentence, "mål", "prose.goal.after_lead_in")
                continue
            listing = False
            if not self.labelled_meta(b, sentence, cut + s):
                self.prose_sentence(b, sentence, cut + s)

    def labelled_meta(self, b: Block, sentence: str, off: int) -> bool:
        """"Finansieras av: A, B · 2035–2037 · 3,2 mnkr" after a card's sentence: a labelled fact, then the others."""
        parts = META_SEPARATOR_RE.split(sentence.strip())
        if len(parts) < 2 or not self.labelled_part(b, parts[0], off + sentence.find(parts[0])):
            return False
        at = off
        for part in parts[1:]:
            at = b.text.find(part, at)
            if self.labelled_part(b, part, at):
                continue
            if PERIOD_VALUE_RE.match(part):
                self.period(b, part, at, "line.meta.period", 0.7)
            elif find_amounts(part):
                self.amounts(b, part, at, "", "line.meta.funding", 0.7)
        return True

    def party_under_heading(self, b: Block) -> bool:
        """Under "Samverkansparter", a table of the parties and their roles ("Organisation | Roll", then "Åby kommun |
        Medfinansiär"): its head is passed over, each row's organisation takes part."""
        key, val = (b.key or "").strip(), (b.value or "").strip()
        if PARTY_COLUMN_RE.match(key) and PARTY_COLUMN_RE.match(val):
            return True
        if label_field(key) is None and is_named_org(key) and not find_amounts(val) and len(val.split()) <= 4:
            self.add_orgs("partners", key, b, 0, "section.partners.row", 0.8)
            if PAYER_ROLE_RE.search(val):  # "Åby kommun | Medfinansiär och testbädd": it pays a part too
                self.add_orgs("funders", key, b, 0, "section.partners.row.payer", 0.8)
            return True
        return False

    def currency_grid(self, b: Block) -> bool:
        """A grid of sums under a head of currencies (" | EUR | NOK" over "EU-medel (ERUF) | 780 000 | "): each
        figure in its column's currency, the row's label its payer, a total row the budget."""
        cells = b.cells or []
        if len(cells) >= 3 and not cells[0] and any(cells[1:]) \
                and all(CURRENCY_CODES.get(c.casefold()) for c in cells[1:] if c):
            self.grid_currencies = [CURRENCY_CODES.get(c.casefold()) for c in cells]
            return True
        grid = self.grid_currencies
        if not grid or len(cells) != len(grid):
            self.grid_currencies = None
            return False
        total = TOTAL_RE.match(cells[0]) is not None
        payer = None if total else table_payer(cells[0])
        for cell, currency in zip(cells[1:], grid[1:]):
            if currency and BARE_FIGURE_RE.match(cell):
                at = max(b.text.find(cell), 0)
                self.add_list("funding", Funding(Money(figure_value(cell), currency),
                                                 "total_budget" if total else "cofinancing", payer),
                              self.prov(b, at, at + len(cell), "table.currency_grid", 0.8), key=lambda f: (f.money, f.funder))
        if payer:
            self.add_list("funders", payer, self.prov(b, 0, len(cells[0]), "table.currency_grid.payer", 0.8),
                          key=normalise_org)
        return True

    def meta_line(self, b: Block) -> bool:
        """"Ägare förening · 2031–2032 · 200 000 kr" under a card's title: its owner, its period and its sum."""
        parts = meta_parts(b)
        if parts is None:
            return False
        at = 0
        for n, part in enumerate(parts):
            s = b.text.find(part, at)
            at = s + len(part)
            if PERIOD_VALUE_RE.match(part):
                self.period(b, part, s, "line.meta.period", 0.6)
            elif find_amounts(part):
                self.amounts(b, part, s, "", "line.meta.funding", 0.6)
            elif n == 0 and self.rec.owner is None:
                self.set_scalar("owner", part, self.prov(b, s, at, "line.meta.owner", 0.6))
        return True

    def prose_sentence(self, b: Block, sent: str, off: int) -> None:
        sent = with_same_year(sent)  # "i december samma år"
        earlier = first_project_name(sent)  # ("Föreningen har tidigare genomfört projektet X, som fick N kronor")
        if (DONE_PROJECT_RE.match(sent) or told_as_past(sent, 0) and FINISHED_VERB_RE.search(sent)
                or earlier and told_as_past(sent, earlier[1], earlier[0])) \
                and not (self.rec.name and self.rec.name.value in sent) and not self.headline_is_about(sent):
            return  # "Förstudien X, som genomfördes under 2025 med stöd från Y, ...", "Förra året avslutades projektet
            # X, som ... med stöd från Y": an earlier one's facts (unless the headline is about X: "X – nu avslutat")
        if ORG_ITSELF_FUNDED_RE.match(sent):
            return  # "Förbundet finansieras av A, B och kommunerna C och D": who pays for the organisation, not the project
        if self.rec.owner is None and self.doc.publisher and (m := KIND_IN_PROJECT_RE.match(sent)) \
                and refers_to(m.group("ref"), self.doc.publisher):
            # "I projektet X öppnar kommunen en servicepunkt" on the municipality's own site: it runs X
            self.set_scalar("owner", self.doc.publisher, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                                   "prose.owner.kind_in_project", 0.6))
        if self.rec.owner is None and (m := DEFINITE_RUN_BY_RE.search(sent)) \
                and (named := self.named_by_kind(m.group("ref"))) is not None:
            # "Projektet drivs av folkhögskolan ..." after "... på Tornedalens folkhögskola i Övertorneå": that one
            self.set_scalar("owner", named, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                      "prose.owner.definite_runs", 0.6))
        if self.seg.kind == "page" and (body := PROGRAMME_BODY_RE.search(sent)) and DECIDED_BY_RE.search(sent) \
                and (programme := programme_after(sent, body.end())):
            # "Beslutet har fattats av Styrkommittén för Interreg X": the programme granted it
            at = sent.find(programme, body.end())
            self.add_list("funders", programme, self.prov(b, off + at, off + at + len(programme), "prose.funder.committee",
                                                          0.65), key=normalise_org)
        strength = aim_strength(sent)
        headline = b.kind != "list_item" and len(sent.split()) <= HEADLINE_WORDS and not sent.rstrip().endswith((".", "!", "?"))
        if strength and not (strength == "weak" and headline):  # "Projektet som ska få fler unga att stanna": a title
            self.add_goal(b, off, off + len(sent), sent, None, f"prose.goal.{strength}")
        m = FINANCING_PLAN_RE.search(sent)
        if m:
            self.financing_plan(b, sent, off, m.end())
        elif PLAN_AT_END_RE.search(sent):
            self.plan_open = True
        found = prose.owner_in(sent)
        if found and PROJECT_NOUN_BEFORE_RE.search(sent[:found[1]]):
            found = None  # "The project X has been granted ...": the project by its name, no owner
        if found and normalise_org(found[0]) in self.own_names() or found and found[2] == "prose.owner.headline_receives" \
                and (len(sent.split()) > HEADLINE_WORDS or sent.rstrip().endswith((".", "!", "?"))):
            found = None  # the project named as its own owner ("I X får unga stöd"); an allocation told in a sentence
        if found and self.doc.publisher and (unit := UNIT_OF_RE.match(found[0])) \
                and refers_to(unit.group("ref"), self.doc.publisher):
            found = (self.doc.publisher, found[1], found[2] + ".unit_of_publisher")  # "Kommunens näringslivsavdelning"
        unit_runs = RUN_BY_UNIT_RE.search(sent) if not found and self.doc.publisher else None
        if unit_runs and self.doc.publisher and refers_to(unit_runs.group("ref"), self.doc.publisher):
            found = (self.doc.publisher, unit_runs.start("ref"), "prose.owner.unit_of_publisher")  # "drivs av
            # kommunens fritidsenhet": a unit of the site's own organisation runs it
        if found:
            org, s, rule = found
            if DEFINITE_KIND_RE.fullmatch(org) and (named := self.antecedent(org, b)):
                org, rule = named, rule + ".antecedent"  # "Byalaget har fått ..." after "Sälens byalag tar över ..."
            headline = b.kind == "heading" or len(b.text.split()) <= 12 and not b.text.rstrip().endswith((".", "!", "?"))
            # a headline's subject gives way to the one a sentence of the text names ("Studieförbund får stöd ...")
            unnamed_kind = rule == "prose.owner.far" and not is_named_org(org) and gazetteer().lookup(org) is None
            # ("Blue Coast har beviljats N": the subject of a grant may be the project; "leds av Y" says more)
            go_ahead = rule in ("prose.owner.far", "prose.owner.klartecken") and not find_amounts(sent)
            # ("X har fått klartecken för projektet": a go-ahead; "Y beviljar Z N kronor" names who is granted the sum)
            beside = [(other, o) for other, o in prose.named_beside_owner(sent)
                      if normalise_org(other) not in self.own_names()]  # ("Det största, Hamnen 2.0, får ..."): the
            # project itself, named in apposition
            joint = rule.startswith("prose.owner.far") and bool(beside) and not RESPECTIVELY_RE.search(sent)
            # "A och B har fått N": the first named is taken to lead, unless the text says who does ("Projektet leds
            # av B"); ("A och B får N respektive M för X och Y": one each)
            self.set_scalar("owner", org, self.prov(b, off + s, off + s + len(found[0]), rule,  # (the words read there)
                                                    0.6 if headline or unnamed_kind else 0.65 if go_ahead or joint else 0.7))
            if joint:
                self.joint_recipients = [org] + [other for other, _ in beside]
            for other, o in beside:
                self.add_list("partners", other, self.prov(b, off + o, off + o + len(other), rule + ".beside", 0.65),
                              key=normalise_org)
        elif self.doc.publisher and prose.WE_OWN_RE.match(sent):  # "Vi har fått 1,2 miljoner till projektet X"
            self.set_scalar("owner", self.doc.publisher, self.prov(b, off, off + 2, "prose.owner.vi_publisher", 0.55))
        elif prose.WE_OWN_RE.match(sent) and (page := self.doc.page_org) is not None:
            # "Vi har fått ..." on an association's own page or post, its name on top
            self.set_scalar("owner", page.text.strip(), self.prov(page, 0, len(page.text.strip()), "prose.owner.vi_page", 0.5))
        elif self.doc.publisher and (m := OWN_PROJECT_RE.search(sent)) and refers_to(m.group("ref"), self.doc.publisher):
            # "Regionens projekt X har fått ...": the site's own organisation's project, by its kind
            self.set_scalar("owner", self.doc.publisher, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                                   "prose.owner.publisher_genitive", 0.55))
        elif (site := self.doc.publisher or (page.text.strip() if (page := self.doc.page_org) is not None else None)) \
                and (m := PUBLISHER_OWNS_RE.match(sent) or PUBLISHER_PROJECT_WHERE_RE.match(sent) or (
                    PUBLISHER_RUNS_IT_RE.search(sent) if self.names_project(sent) else None)) \
                and refers_to(m.group("ref"), site) and (self.doc.publisher or (self.antecedent(m.group("ref"), b) or site) == site):
            # (on a page whose name tops it, "Föreningen" is the one the text named before, if it named one)
            # "Kommunen får 2,1 miljoner kronor för projektet X" on the municipality's own site, "Församlingen har
            # fått ..." on a parish's
            self.set_scalar("owner", site, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                     "prose.owner.publisher_ref", 0.55))
        elif (m := DEFINITE_SUBJECT_OWNS_RE.match(sent)) and (named := self.antecedent(m.group("ref"), b)):
            # "Sundsvalls kommun vill ... Nu har kommunen fått klartecken för projektet X": the one named before
            self.set_scalar("owner", named, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                      "prose.owner.antecedent", 0.55))
        elif (m := PLACE_MUNICIPALITY_RE.match(sent)) and self.seg.kind == "paragraph" \
                and gazetteer().is_municipality(m.group("place")):
            # "I Ljungby vill kommunen bygga ...", an entry's paragraph: that place's municipality runs it
            owner = municipality_name(m.group("place"))
            self.set_scalar("owner", owner, self.prov(b, off + m.start("place"), off + m.end("place"),
                                                      "prose.owner.place_municipality", 0.55))
        m = prose.ADDRESSEE_RE.search(sent)
        if m and any(prose.ADDRESSEE_GRANTED_RE.search(x.text) for x in self.seg.blocks[:ADDRESSEE_BLOCKS]):
            self.addressee(b, sent, off, m)
        partners = prose.partners_in(sent)
        for org, s, rule in partners:
            written = len(org) if sent.startswith(org, s) else len(sent[s:].split(" ")[0].rstrip(",.;"))  # "Säter"
            self.add_list("partners", org, self.prov(b, off + s, off + s + written, rule, 0.7), key=normalise_org)
        for org, s, rule in partners:  # "... att X deltar i projektet och medfinansierar det med ...": it pays too
            if rule == "prose.partners.deltar_i" and JOINS_AND_PAYS_RE.search(sent, s):
                self.add_list("funders", org, self.prov(b, off + s, off + s + len(org), rule + ".pays", 0.7),
                              key=normalise_org)
        if partners and partners[0][2] == "prose.partners.mellan" and self.rec.owner is None:
            org, s, rule = partners[0]  # "ett samarbete mellan A, B och C": the first named leads
            self.set_scalar("owner", org, self.prov(b, off + s, off + s + len(org), rule + ".first", 0.6))
        if find_amounts(sent) and prose.GRANT_CONTEXT_RE.search(sent) and not prose.SPENT_RE.search(sent) \
                and not (ALL_TOGETHER_RE.match(sent) or ALL_PROJECTS_SUBJECT_RE.match(sent) or ORG_BUDGET_RE.match(sent)
                         or ALREADY_SPENDS_RE.match(sent) or NOT_IN_PROJECT_RE.search(sent)) \
                and not told_as_past(sent, 0):
            # ("Tillsammans får projekten 2,6 miljoner euro": what all those listed got, not this one; "För tre år
            # sedan fick den 50 000 kronor": an earlier grant; "Förbundets totala budget ...": the organisation's)
            self.amounts(b, sent, off, context=sent, rule="prose.funding", conf=0.75)
        elif APPLIES_FOR_SUM_RE.search(sent):  # "X ansöker om 60 000 kronor för projektet Y": counts if granted
            for money, s, e in find_amounts(sent)[:1]:
                self.applied.append(Value(Funding(money, "granted"), self.prov(b, off + s, off + e, "prose.applied", 0.6)))
        m = prose.CONTRIBUTES_RE.match(sent) or prose.CONTRIBUTES_AFTER_ADVERB_RE.match(sent) \
            or prose.CONTRIBUTES_AFTER_AND_RE.search(sent) or prose.PAYS_AFTER_VERB_RE.match(sent)
        if m:  # "Region X bidrar med 1,2 miljoner kronor", "Dessutom bidrar Region X med ..."
            org = self.org_at(b, sent, off, m.start("org"), m.group("org"))
            through = THROUGH_FUND_RE.search(sent, m.end() - 1)  # "Tillväxtverket finansierar N genom fonden X": the fund
            funds = [(f, at) for f, at in prose.org_sequence(sent, through.end()) if is_eu_fund(f)] if through else []
            for fund, at in funds:
                self.add_list("funders", fund, self.prov(b, off + at, off + at + len(fund), "prose.funder.through_fund",
                                                         0.7), key=normalise_org)
            if funds and pays_out_a_fund(org, sent, fund_named=True):
                pass  # the authority pays the fund's money out: no payer of its own
            elif (looks_like_org(org) or is_eu_fund(org)) and not PROJECT_WORD_RE.match(org):
                self.add_list("funders", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                        "prose.funder.bidrar_med", 0.7), key=normalise_org)
                if self.rec.owner is None and ITSELF_RE.search(sent, m.end("org"), m.end()) and not is_eu_fund(org):
                    # "Föreningen X står själv för 400 000 kronor": its own share, so its own project
                    self.set_scalar("owner", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                            "prose.owner.pays_itself", 0.6))
                for more in AND_ALSO_DEFINITE_RE.finditer(sent, m.end()):  # "... och kommunen med 30 miljoner"
                    known = [o.value if isinstance(o, Value) else o for o in (self.rec.owner, self.doc.publisher,
                                                                              *self.rec.partners) if o]
                    referred = next((o for o in known if refers_to(more.group("ref"), o)), None)
                    plural = PLURAL_KIND_RE.fullmatch(more.group("ref"))  # "... och kommunerna med sammanlagt N": each
                    payers = [p.value for p in (self.rec.owner, *self.rec.partners)  # one named of that kind
                              if p is not None and of_kind(p.value, plural.group("kind"))] if plural else []
                    for payer in payers or ([referred] if referred else []):
                        self.add_list("funders", payer, self.prov(b, off + more.start("ref"), off + more.end("ref"),
                                                                  "prose.funder.bidrar_med.definite", 0.65),
                                      key=normalise_org)
                for more in prose.AND_ALSO_WITH_RE.finditer(sent, m.end()):  # "... och Region Y med 800 000 kronor"
                    other = self.org_at(b, sent, off, more.start("org"), more.group("org"))
                    if looks_like_org(other) or is_eu_fund(other):
                        self.add_list("funders", other, self.prov(b, off + more.start("org"), off + more.start("org")
                                                                  + len(other), "prose.funder.bidrar_med", 0.7),
                                      key=normalise_org)
        for d in DEFINITE_CONTRIBUTES_RE.finditer(sent):  # "... och regionen bidrar med 500 000 kronor": the one named
            kind_of = next((k for k in self.named_so_far() if refers_to(d.group("ref"), k)), None)  # (named before)
            if kind_of:
                self.add_list("funders", kind_of, self.prov(b, off + d.start("ref"), off + d.end("ref"),
                                                            "prose.funder.definite_contributes", 0.65), key=normalise_org)
        m = prose.JOINT_PAYERS_RE.match(sent)  # "A och B satsar tillsammans 2,2 miljoner kronor på projektet X"
        if m:
            for group in ("a", "b"):
                org = self.org_at(b, sent, off, m.start(group), m.group(group))
                if looks_like_org(org) and not PROJECT_WORD_RE.match(org):
                    self.add_list("funders", org, self.prov(b, off + m.start(group), off + m.start(group) + len(org),
                                                            "prose.funder.joint", 0.7), key=normalise_org)
        m = prose.SETS_ASIDE_RE.match(sent)  # "Granby kommun avsätter 850 tkr till projektet X"
        if m:
            org = self.org_at(b, sent, off, m.start("org"), m.group("org"))
            if looks_like_org(org) and not PROJECT_WORD_RE.match(org):
                self.add_list("funders", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                        "prose.funder.avsatter", 0.7), key=normalise_org)
        m = prose.GRANTED_FROM_FIRST_RE.match(sent)  # "Beviljat från Europeiska regionala utvecklingsfonden 9,2 ..."
        if m and (is_eu_fund(m.group("org")) or looks_like_org(m.group("org"))):
            self.add_list("funders", m.group("org"), self.prov(b, off + m.start("org"), off + m.end("org"),
                                                               "prose.funder.label_run_in", 0.75), key=normalise_org)
        for m in FUND_MONEY_RE.finditer(sent) if find_amounts(sent) else ():  # "ERUF-stödet är 1,2 miljoner euro"
            self.add_list("funders", m.group("fund"), self.prov(b, off + m.start("fund"), off + m.end("fund"),
                                                                "prose.funder.fund_money", 0.7), key=normalise_org)
        m = EU_PAYS_THROUGH_RE.search(sent)  # "EU står för 60 procent genom Europeiska regionala utvecklingsfonden"
        if m:
            for org, o in prose.org_sequence(sent, m.end()):
                if is_eu_fund(org):
                    self.add_list("funders", org, self.prov(b, off + o, off + o + len(org), "prose.funder.eu_through",
                                                            0.75), key=normalise_org)
        m = REST_PAID_BY_RE.search(sent)  # "... och resten betalar kommunen": the rest by one named by its kind
        if m:  # ("och resten från kommunen och universitetet": by two)
            known = [o.value if isinstance(o, Value) else o for o in (self.rec.owner, self.doc.publisher, *self.rec.partners)
                     if o]
            for group in ("ref", "ref2"):
                ref = m.group(group)
                referred = (next((o for o in known if refers_to(ref, o)), None) or self.antecedent(ref, b)) if ref else None
                if referred:
                    self.add_list("funders", referred, self.prov(b, off + m.start(group), off + m.end(group),
                                                                 "prose.funder.rest", 0.65), key=normalise_org)
            if (named := m.group("named")) and looks_like_org(named):
                self.add_list("funders", named, self.prov(b, off + m.start("named"), off + m.end("named"),
                                                          "prose.funder.rest", 0.65), key=normalise_org)
        m = DEFINITE_GRANTS_RE.search(sent)  # "Länsstyrelsen beviljar stöd till projektet": it pays, unless a fund is named
        if m and self.doc.publisher and refers_to(m.group("ref"), self.doc.publisher) \
                and not re.search(r"\s(?:ur|från|inom)\s", sent[m.end():]):  # "beviljar stöd ur X": X pays
            self.definite_grantor = (self.doc.publisher, self.prov(b, off + m.start("ref"), off + m.end("ref"),
                                                                   "prose.funder.grants", 0.6))
        m = DEFINITE_PAYS_RE.match(sent) or DEFINITE_PAYS_EN_RE.match(sent) or DECIDED_PAYS_RE.search(sent) \
            or OWN_PART_HEAD_RE.match(sent)  # ("Kommunens medfinansiering består av arbetstid motsvarande N kronor")  # "Förbundet satsar en halv miljon kronor
        # på projektet", "Utskottet beslutar att kommunen medfinansierar projektet med ...": the payer named by its kind
        group = "ref2" if m is not None and m.groupdict().get("ref2") else "ref"
        if m and (find_amounts(sent) or group == "ref2" or SHARE_OF_COSTS_RE.match(sent, m.end())
                  or SAME_SUM_RE.match(sent, m.end())):
            # ("Kommunen står för resten av kostnaderna", "Kommunen lägger själv lika mycket": a share, no sum)
            known = [o.value if isinstance(o, Value) else o for o in (self.rec.owner, self.doc.publisher) if o]
            referred = next((o for o in known if refers_to(m.group(group), o)), None)
            if referred:
                self.add_list("funders", referred, self.prov(b, off, off + m.end(group), "prose.funder.definite", 0.65),
                              key=normalise_org)
        if WE_PAY_RE.match(sent) and self.rec.owner is not None and self.rec.owner.prov.rule.startswith("prose.owner.vi"):
            # "Vi står själva för resten" where "we" own the project
            self.add_list("funders", self.rec.owner.value, self.prov(b, off, off + 2, "prose.funder.we_pay", 0.6),
                          key=normalise_org)
            for money, s, e in find_amounts(sent):  # "... och 20 000 kronor ur föreningskassan": our own part
                self.add_list("funding", Funding(money, "cofinancing", self.rec.owner.value),
                              self.prov(b, off + s, off + e, "prose.funding.we_pay", 0.6), key=lambda f: (f.money, f.funder))
        if (m := PARTIES_PAY_RE.search(sent)) and find_amounts(sent):
            self.parties_pay = self.prov(b, off + m.start(), off + m.end(), "prose.funder.parties", 0.6)
        for m in VARAV_PAYER_RE.finditer(sent):  # "Total kostnad 2,4 mkr, varav ERUF 960 000 kr": the part's payer
            parts: list[re.Match] = [m]
            while (further := VARAV_MORE_RE.match(sent, parts[-1].end())) is not None:  # "... och Y för 2 Mkr": the next
                parts.append(further)  # part, its verb left out
            for part in parts:
                org = part.group("org").strip()
                if (is_eu_fund(org) or is_named_org(org)) and not pays_fund_out(org, sent, part.end("org")):
                    # ("varav Tillväxtverket bidrar med N kronor ur Regionalfonden": the fund pays)
                    self.add_list("funders", org, self.prov(b, off + part.start("org"), off + part.start("org") + len(org),
                                                            "prose.funder.varav", 0.7), key=normalise_org)
        m = FINANCES_AFTER_ADVERBIAL_RE.match(sent)  # "Förutom Åby kommun medfinansierar A och B projektet"
        if m:
            for org, s in prose.org_sequence(sent, m.end()) + prose.org_sequence(sent, m.end("lead")):
                if looks_like_org(org) and not PROJECT_WORD_RE.match(org):
                    self.add_list("funders", org, self.prov(b, off + s, off + s + len(org), "prose.funder.finansierar",
                                                            0.7), key=normalise_org)
        m = prose.FINANCES_PROJECT_RE.search(sent)  # "Region X och Y kommun medfinansierar projektet"
        if m:
            for org, s in prose.each_of_plural(sent, prose.org_sequence_before(sent, m.start())):  # ("A och B kommuner")
                if looks_like_org(org) and not PROJECT_WORD_RE.match(org):
                    self.add_list("funders", org, self.prov(b, off + s, off + s + len(org), "prose.funder.finansierar",
                                                            0.7), key=normalise_org)
            subject = sent[:m.start()].strip()
            if self.doc.publisher and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", subject) and refers_to(subject, self.doc.publisher):
                # "Regionen medfinansierar projektet med ..." in the region's own letter
                self.add_list("funders", self.doc.publisher, self.prov(b, off, off + len(subject), "prose.funder.publisher_ref",
                                                                       0.65), key=normalise_org)
        m = prose.FUNDER_THAT_GRANTS_RE.search(sent)  # "... Europeiska socialfonden, som beviljade projektet medel"
        if m:
            org = self.org_at(b, sent, off, m.start("org"), m.group("org"))
            if (looks_like_org(org) or is_eu_fund(org)) and not PROJECT_WORD_RE.match(org) \
                    and not pays_fund_out(org, sent, m.end()) and not THROUGH_BEFORE_RE.search(sent[:m.start("org")]):
                # (not "Tillväxtverket, som går in med N kronor ur Regionalfonden": the authority pays the fund's out;
                # nor "från Landsbygdsfonden via Länsstyrelsen X, som har beviljat": it pays the fund's out too)
                self.add_list("funders", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                        "prose.funder.som_beviljade", 0.7), key=normalise_org)
        m = prose.PRIORITISED_BY_RE.match(sent) or prose.PRIORITISED_BY_PASSIVE_RE.search(sent)
        if m and not turned_down_text(sent):  # "Leader X har prioriterat projektet", "... har prioriterats av X": it pays
            org = self.org_at(b, sent, off, m.start("org"), m.group("org"))
            if looks_like_org(org) and not is_site_body(org) and not pays_out_a_fund(org, sent, self.doc.eu_fund):
                self.add_list("funders", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                        "prose.funder.prioritised", 0.65), key=normalise_org)
        m = prose.GRANTOR_RE.search(sent)  # "Region Skåne har beviljat Lunds kommun 2 miljoner kronor"
        if m and OUT_OF_FUND_RE.search(sent) and any(is_eu_fund(name) for name, _, _ in gazetteer().mentions(sent)):
            m = None  # "X har beviljat 450 000 euro ur Europeiska regionala utvecklingsfonden": X pays the fund's money out
        if m and (find_amounts(sent) or re.search(r"\b(?:stöd|bidrag|projektmedel|medfinansiering|tilskudd|tilskud)\b",
                                                  sent[m.end():])):
            # (or "... beslutar att bevilja X stöd till projektet Y", the sum on a line of its own)
            at = m.start("org")
            org = organisation_of_body(self.org_at(b, sent, off, at, m.group("org")))
            at = max(sent.find(org, at), at)  # ("Kultur- och fritidsnämnden i Åby kommun": the organisation after "i")
            of = BODY_OF_RE.match(sent, at + len(org)) if is_site_body(org) else None
            if of and org_run(sent, of.end()):  # "Leadergruppen i Leader X beslutar ...": its organisation pays
                at = of.end()
                org = self.org_at(b, sent, off, at, org_run(sent, at) or "")
            if looks_like_org(org) and not PROJECT_WORD_RE.match(org) and not is_site_body(org) \
                    and not pays_out_a_fund(org, b.text, self.doc.eu_fund) and not self.titled_subject(sent, m) and \
                    (self.rec.owner is None or normalise_org(org) != normalise_org(self.rec.owner.value)):
                self.add_list("funders", org, self.prov(b, off + at, off + at + len(org), "prose.funder.beviljar", 0.7),
                              key=normalise_org)
        m = prose.APPLICATION_GRANTED_RE.search(sent)
        if m and looks_like_org(org := self.org_at(b, sent, off, m.start("org"), m.group("org"))):
            self.add_list("funders", org, self.prov(b, off + m.start("org"), off + m.start("org") + len(org),
                                                    "prose.funder.application_granted", 0.7), key=normalise_org)
        if not self.contact_by_email(b, sent, off):
            m = prose.CONTACT_PROSE_RE.search(sent)
            who = re.split(r"\s+(?:på|vid|hos)\s+", m.group("person"))[0] if m else ""  # "Kontakta X på Föreningen Y"
            if m and (find_emails(sent) or find_phones(sent) and CALL_CUE_RE.match(m.group(0))) \
                    and self.person(b, who, off + m.start("person"), "prose.contact", 0.7):  # ("ring X på 070-...")
                for email, s, e in find_emails(sent):
                    self.email(email, self.prov(b, off + s, off + e, "prose.contact.email", 0.7))
            m = prose.CONTACT_IS_RE.search(sent) or prose.REPORT_AUTHOR_RE.search(sent) \
                or prose.LEADER_APPOSITION_RE.search(sent)  # "Kontaktperson för projektet
            # är Eva Ek.", "Rapporten har upprättats av projektledare Eva Ek."
            if m:
                self.person(b, m.group("person"), off + m.start("person"), "prose.contact.ar", 0.7)
        m = VIA_LEADER_RE.search(sent)
        if m and (prose.FUNDED_BY_RE.search(sent) or GRANTED_RE.search(sent)):
            # "finansieras av EU och staten via Leader X", "har beviljats ... från ... via Leader X": the area grants
            self.add_list("funders", m.group("area"), self.prov(b, off + m.start("area"), off + m.end("area"),
                                                                "prose.funder.via_leader", 0.7), key=normalise_org)
        self.funded_by(b, sent, off, aim=strength == "strong" and not find_amounts(sent))
        rest_by_kind = KIND_PAYS_REST_RE.search(sent)  # "... och staden betalar resten": the owner, by its kind
        if rest_by_kind and self.rec.owner is not None and refers_to(rest_by_kind.group("ref"), self.rec.owner.value):
            self.add_list("funders", self.rec.owner.value, self.prov(b, off + rest_by_kind.start("ref"),
                                                                     off + rest_by_kind.end("ref"), "prose.funder.rest_by_kind",
                                                                     0.65), key=normalise_org)
        for m in REST_FROM_RE.finditer(sent):  # "..., varav N från X och resten från A och B": A and B pay the rest
            for org, at in prose.org_sequence(sent, m.end()):
                if looks_like_org(org) or is_eu_fund(org):
                    self.add_list("funders", org, self.prov(b, off + at, off + at + len(org), "prose.funder.rest_from", 0.7),
                                  key=normalise_org)
        m = prose.PAYER_COVERS_RE.search(sent) or prose.AWARDED_BY_RE.search(sent) \
            or prose.AWARDED_BY_PASSIVE_RE.search(sent)
        if m and (is_eu_fund(m.group("org")) or looks_like_org(m.group("org"))):
            self.add_list("funders", m.group("org"), self.prov(b, off + m.start("org"), off + m.end("org"),
                                                               "prose.funder.before_verb", 0.7), key=normalise_org)
        for name, at, end in gazetteer().mentions(sent):  # "a new Horizon Europe project", "ett ERUF-projekt": it pays
            info = gazetteer().lookup(name)
            if info is not None and info.kind in ("eu-program", "program", "eu-fond") \
                    and (PROJECT_AFTER_RE.match(sent, end) or PROJECT_IN_BEFORE_RE.search(sent, 0, at)) \
                    and name.casefold() not in ("interreg", "leader"):
                self.add_list("funders", name, self.prov(b, off + at, off + end, "prose.funder.programme_project", 0.65),
                              key=normalise_org)
        if not self.stated_dates(b, sent, off):
            self.period_phrases(b, sent, off)
        else:  # "Byggstarten sker under hösten 2027 och anläggningen ska stå klar 2029": a start, then the end
            self.ready_by(b, sent, off)
        m = prose.CASE_IN_TEXT_RE.search(sent) or prose.BRACKETED_CASE_RE.search(sent) \
            or (RUN_IN_TITLE_ENTRY_RE.match(b.text) if off == 0 and b is self.seg.blocks[0] else None)
        if m and m.group("case"):  # "Dnr 2031/12", "... för projektet X. (RUN 2031/88)", "Ridhus i Åby (2039-0412). ..."
            self.set_scalar("case_number", m.group("case"), self.prov(b, off + m.start("case"), off + m.end("case"),
                                                                      "prose.case_number", 0.6))
        stated_rate = prose.eu_rate_in(sent)
        m = SUPPORT_SHARE_RE.search(sent)
        if not stated_rate and m and self.doc.eu_fund and (not m.group("may") or self.support_from_eu_fund()):
            # "Stödet utgör högst 60 procent ..." of an EU fund's decision; "Stödet får uppgå till högst 50 procent"
            # where the support is the fund's own ("stöd med N kronor från Europeiska regionala utvecklingsfonden"),
            # not an authority's that a fund co-finances with the state
            stated_rate = (float(m.group("rate").replace(",", ".")), m.start("rate"), m.end())
        if stated_rate:
            rate, s, e = stated_rate
            self.set_scalar("eu_cofinancing_rate", rate, self.prov(b, off + s, off + e, "prose.eu_rate.sentence", 0.65))

    def description_period(self, b: Block) -> None:
        """A period, or a year the work runs "under", in the line that describes a row's project (not a single
        date: "Premiär i mars 2028" is an event of it)."""
        periods = find_periods(b.text)
        year = UNDER_YEAR_RE.search(b.text)
        if len(periods) == 1:
            (start, end), s, e = periods[0]
            self.set_scalar("start_date", start, self.prov(b, s, e, "row.description_period", 0.6))
            self.set_scalar("end_date", end, self.prov(b, s, e, "row.description_period", 0.6))
        elif not periods and year and (date := parse_date(year.group("y"))):
            for fieldname in ("start_date", "end_date"):
                self.set_scalar(fieldname, date, self.prov(b, year.start("y"), year.end("y"), "row.description_year", 0.6))

    def support_from_eu_fund(self) -> bool:
        """The decision grants support from an EU fund itself: "stöd med högst N kronor från Europeiska ... fonden"."""
        return any(FUND_SUPPORT_RE.search(b.text) for b in self.seg.blocks)

    def funded_by(self, b: Block, sent: str, off: int, aim: bool = False) -> None:
        """"Projektet finansieras av A med ... och av B": the payers after the cue. In an aim ("Syftet är att
        unga ska få stöd från X och Y"), support from someone is the project's service, not its money."""
        for m in prose.FUNDED_BY_RE.finditer(sent):
            applicant = APPLICATION_OF_RE.search(sent[:m.start()]) and (first := prose.org_sequence(sent, m.end())) \
                and not (is_eu_fund(first[0][0]) or hands_out_grants(first[0][0]))  # "Ansökan om medfinansiering från
            # Mora kommun för projektet X" in the region's minutes: Mora kommun applies (from Leader X: X is asked)
            if prose.REQUEST_FOR_MONEY_RE.search(sent[:m.start()]) or applicant:  # "förfrågan om medfinansiering från X för
                asking = prose.org_sequence(sent, m.end())  # projektet Y": X asks, it runs Y
                if asking and self.rec.owner is None and looks_like_org(asking[0][0]) and not is_eu_fund(asking[0][0]) \
                        and not hands_out_grants(asking[0][0]):
                    org, s = asking[0]
                    self.set_scalar("owner", org, self.prov(b, off + s, off + s + len(org), "prose.owner.asks_funding", 0.7))
                continue
            if prose.APPLIED_FOR_RE.search(sent[:m.start()]) and not GRANTED_RE.search(sent):
                if ALSO_RE.search(sent[:m.start()]):
                    continue  # "Föreningen har också sökt stöd från X": asked besides what is decided here
                for org, s in prose.org_sequence(sent, m.end()):  # "Projektet söker stöd ur X": applied for
                    if (is_eu_fund(org) or looks_like_org(org)) and not NOT_A_FUNDER_RE.match(org):
                        self.applied_payers.append((org, self.prov(b, off + s, off + s + len(org),
                                                                   "prose.funder.applied", 0.6)))
                continue
            if aim and re.match(r"(?i)\w*stöd\b", m.group(0)):
                continue
            if BUILDS_ON_RE.search(sent[:m.start()]) or EARLIER_PROJECT_RE.search(sent[:m.start()]):
                continue  # "bygger vidare på förstudien X, som genomfördes med stöd från Y": the earlier work's payer
            if self.doc.publisher and m.group(0).casefold().startswith("finansieras") \
                    and fold(sent[:m.start()]).strip() == fold(self.doc.publisher):
                continue  # "Leader X finansieras av ...": the site's organisation's own money, not this project's
            other = first_project_name(sent[:m.start()]) if EARLIER_WORK_RE.search(sent[:m.start()]) else None
            if other and (known := self.known_names()) and all(fold(other[0]) != fold(k) for k in known):
                continue  # "Vi har också avslutat förstudien Y, som genomfördes med stöd från X": another's payer
            self.definite_payers(b, sent, off, m.end())
            end = m.end()
            for org, s in prose.org_sequence(sent, m.end()):
                org = BRACKETED_SHORT_RE.sub("", org)  # "Naturvårdsverket (LONA)": the payer, not its grant's short name
                info = gazetteer().lookup(org)  # "ur landsbygdsprogrammet": a programme in lower case, as it is written
                known_lower = info is not None and info.kind == "eu-program"
                end = s + len(org)
                if (looks_like_org(org) or is_eu_fund(org) and (org[:1].isupper() or known_lower)) \
                        and not pays_fund_out(org, sent, end):
                    # ("klartecken från Tillväxtverket, som går in med N kronor ur Regionalfonden": the fund pays)
                    self.add_list("funders", org, self.prov(b, off + s, off + s + len(org), "prose.funder.finansieras_av",
                                                            0.75), key=normalise_org)
            ref = SHARE_BY_REF_RE.match(sent, end)
            if ref and self.doc.publisher and refers_to(ref.group("ref"), self.doc.publisher):
                # "... till 60 procent av ESF+ och till 40 procent av förbundet": the site's organisation pays its share
                self.add_list("funders", self.doc.publisher, self.prov(b, off + ref.start("ref"), off + ref.end("ref"),
                                                                       "prose.funder.publisher_ref", 0.65), key=normalise_org)
            plural = PLURAL_PAYERS_RE.match(sent, end)
            if plural:  # "... av Region X och kommunerna gemensamt": the partners of that kind pay too
                kind = plural.group("kind").casefold()
                for partner in [self.rec.owner, *self.rec.partners] if self.rec.owner is not None else self.rec.partners:
                    name = partner.value  # (the owner is one of them too)
                    if kind == "kommunerna" and re.search(r"\bkommun(?:e)?$", name) or kind == "regionerna" \
                            and name.startswith("Region ") or kind in ("partnerna", "parterna"):
                        self.add_list("funders", name, self.prov(b, off + plural.start("kind"), off + plural.end("kind"),
                                                                 "prose.funder.plural_kind", 0.6), key=normalise_org)

    def named_by_kind(self, definite: str) -> str | None:
        """The one organisation the text names whose kind the definite noun says ("folkhögskolan": "Tornedalens
        folkhögskola"); None when none or several are."""
        stem = re.sub(r"(?:en|et|n|t)$", "", definite.casefold())
        names = {m.group(0) for x in self.seg.context + self.seg.blocks
                 for m in re.finditer(rf"\b[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*\s+{re.escape(stem)}\w*", x.text)}
        names = {re.sub(r"^(?:På|I|Hos|Vid|Från|Med|Till|Inom|Av|För)\s+", "", n) for n in names}  # ("På Åby X")
        names = {n for n in names if refers_to(definite, n) and looks_like_org(n)}
        return names.pop() if len(names) == 1 else None

    def named_so_far(self) -> list[str]:
        """The organisations a definite noun ("kommunen", "regionen") may refer to: the site's, the owner, the
        partners and every known one the segment names."""
        known = [self.doc.publisher, self.rec.owner.value if self.rec.owner else None,
                 *(p.value for p in self.rec.partners),
                 *(name for x in self.seg.blocks for name, _, _ in gazetteer().mentions(x.text))]
        return [k for k in known if k]

    def definite_payers(self, b: Block, sent: str, off: int, at: int) -> None:
        """"finansieras av kommunen och föreningen": payers named by their kind, each the organisation of that
        kind the text has named (the site's, the owner, a partner)."""
        for more in AND_ALSO_DEFINITE_RE.finditer(sent, at):  # "... av Tillväxtverket med N och av kommunen med M"
            org = next((k for k in self.named_so_far() if refers_to(more.group("ref"), k)), None)
            if org:
                self.add_list("funders", org, self.prov(b, off + more.start("ref"), off + more.end("ref"),
                                                        "prose.funder.definite", 0.65), key=normalise_org)
        m = DEFINITE_PAYERS_RE.match(sent, at)
        if not m:
            return
        known = self.named_so_far()
        for group in ("a", "b"):
            ref = m.group(group)
            if ref and gazetteer().lookup(ref) is not None:
                continue  # "av Tillväxtverket": a name, read as one, no kind referring to one named before
            org = next((k for k in known if refers_to(ref, k)), None) if ref else None
            if org:
                self.add_list("funders", org, self.prov(b, off + m.start(group), off + m.end(group),
                                                        "prose.funder.definite", 0.65), key=normalise_org)

    def addressee(self, b: Block, sent: str, off: int, m: re.Match) -> None:
        """The organisation a granting decision is sent to owns the project; its named person is the contact."""
        self.person(b, m.group("person"), off + m.start("person"), "prose.contact.addressee", 0.6)
        found = prose.org_sequence_before(sent, m.start())
        if found and looks_like_org(found[-1][0]):
            org, s = found[-1]
            self.set_scalar("owner", org, self.prov(b, off + s, off + s + len(org), "prose.owner.addressee", 0.55))

    def financing_row(self, b: Block, cells: list[str]) -> bool:
        """A budget's row under a head that sets costs beside financing ("Kostnader | SEK | Finansiering | SEK"):
        the financing column's payer and the figure after it; the costs are no funding."""
        found = False
        for k in self.financing_columns or []:
            column = self.total_column or k + 1  # (by year: the payer's total, not one year's part)
            if column >= len(cells) or not BARE_FIGURE_RE.fullmatch(cells[column].strip()):
                continue
            name, figure = cells[k].strip(), cells[column].strip()
            money = Money(figure_value(figure), self.table_currency or "SEK")
            at = b.text.find(figure, b.text.find(name) + len(name))
            prov = self.prov(b, at, at + len(figure), "table.financing_column", 0.8)
            own = OWN_SHARE_RE.match(name)  # "Egen insats | 400 000": the owner's own part, so the owner pays
            payer = None if TOTAL_RE.match(name) or own else plan_payer(name)
            if own:
                self.own_share = self.prov(b, b.text.find(name), b.text.find(name) + len(name),
                                           "table.financing_column.own", 0.75)
            if payer:
                self.add_list("funders", payer, self.prov(b, b.text.find(name), b.text.find(name) + len(name),
                                                          "table.financing_column.payer", 0.8), key=normalise_org)
            if payer or own or TOTAL_RE.match(name):
                self.add_list("funding", Funding(money, "cofinancing" if payer or own else "other", payer), prov,
                              key=lambda f: (f.money, f.funder))
                found = True
            share = prose.PERCENT_RE.fullmatch(cells[k + 2].strip()) if k + 2 < len(cells) else None
            if share and payer and is_eu_fund(payer):  # "ERUF | 4 200 000 | 50 %": the fund's share is the EU rate
                at = b.text.find(share.group(0), at + len(figure))
                self.set_scalar("eu_cofinancing_rate", float(share.group("rate").replace(",", ".")),
                                self.prov(b, at, at + len(share.group(0)), "table.financing_column.eu_share", 0.75))
        return found

    def budget_total(self, b: Block, cells: list[str]) -> bool:
        """"Summa | 3 500 000 | 560 000" under "Post | Budget | Utfall": the budget's total is the project's; the
        cost lines above it and what was spent beside it are not."""
        k = self.budget_column
        if k is None or k >= len(cells) or not TOTAL_RE.match(cells[0].strip()) \
                or not BARE_FIGURE_RE.fullmatch(cells[k].strip()):
            return False
        figure = cells[k].strip()
        at = b.text.find(figure, len(cells[0]))
        self.add_list("funding", Funding(Money(figure_value(figure), self.table_currency or "SEK"), "total_budget"),
                      self.prov(b, at, at + len(figure), "table.budget_column.total", 0.75), key=lambda f: (f.money, f.funder))
        return True

    def postal_addressee(self) -> None:
        """A letter that grants or co-funds, addressed to an organisation (its name over a box or street and a
        postal code, near the top): that organisation owns the project."""
        if self.rec.owner is not None or self.seg.kind != "page" or not any(
                ADDRESSEE_GRANTS_RE.search(b.text) for b in self.seg.blocks):
            return
        top = self.doc.blocks[:ADDRESS_BLOCKS]
        postal = next((j for j, b in enumerate(top) if POSTAL_LINE_RE.match(b.text.strip())
                       or len(b.text) < 80 and POSTAL_TAIL_RE.search(b.text.strip())), None)  # ("Att: N Box 12 731 21 X")
        if postal is None:
            return
        for b in reversed(top[max(0, postal - 5):postal]):  # (a date or a case number may stand beside it, read
            name = b.text.strip()  # between the name and its box)
            if b.kind in ("line", "paragraph") and looks_like_org(name) and not re.search(r"\d", name) \
                    and len(name.split()) <= 8 and name != self.doc.publisher:
                self.set_scalar("owner", name, self.prov(b, 0, len(name), "letter.addressee", 0.55))
                return

    def deciding_leader_area(self) -> None:
        """A Leader area's own "Beslut om stöd" under its letterhead: the area grants the sum, beside the fund."""
        area = self.doc.publisher
        if area and area.startswith("Leader ") and self.rec.funding and self.seg.kind == "page" \
                and any(DECISION_TITLE_RE.match(b.text.strip()) for b in self.doc.blocks[:6]):
            self.add_list("funders", area, Provenance(0, 0, area, "context.leader_decision", 0.55), key=normalise_org)

    def application_addressee(self) -> None:
        """"Ansökan om projektbidrag" over "Åby kommun, Fritidsnämnden": an application form asks the municipality or
        region it is addressed to for its sum, the one payer it names."""
        top = self.doc.blocks[:4]
        if not self.applied or not any(APPLICATION_TITLE_RE.match(b.text.strip()) for b in top):
            return
        area = self.doc.leader_area
        if area and any(APPLICATION_TITLE_RE.match(b.text.strip()) and area in b.text[:TITLE_CHARS] for b in top):
            # "Ansökan om stöd för lokalt ledd utveckling Leader X": the area its title asks, whoever else pays
            self.add_list("funders", area, Provenance(0, 0, area, "application.title_area", 0.55), key=normalise_org)
            if not any(f.value.kind == "granted" for f in self.rec.funding):
                for value in self.applied:
                    self.add_list("funding", value.value, value.prov, key=lambda f: (f.money, f.funder))
            return
        if self.rec.funders:  # "Leaderområde: Leader X" among the form's fields: the one it asks
            asked = [f.value for f in self.rec.funders]
            if len(asked) == 1 and (asked[0].startswith("Leader ") or is_local_government(asked[0]) or is_eu_fund(asked[0])) \
                    and not any(f.value.kind == "granted" for f in self.rec.funding):
                for value in self.applied:
                    self.add_list("funding", value.value, value.prov, key=lambda f: (f.money, f.funder))
            return
        for b in top:  # the addressee's line, or the title's part after a dash ("Ansökan om stöd – Leader X")
            titled = APPLICATION_TITLE_RE.match(b.text.strip()) and re.search(r"\s[–—-]\s+(?P<org>[A-ZÅÄÖ].+)$", b.text) \
                or ORG_DASH_APPLICATION_RE.match(b.text.strip())  # ("Leader X – Ansökan om projektstöd": a header)
            org = titled.group("org").strip() if titled else b.text.split(",")[0].strip()
            at = b.text.find(org)
            if (titled or b.kind in ("line", "paragraph")) and (is_local_government(org) or org.startswith("Leader ")
                                                                  or hands_out_grants(org) or is_eu_fund(org)) \
                    and not (self.rec.owner is not None and normalise_org(org) == normalise_org(self.rec.owner.value)):
                self.add_list("funders", org, self.prov(b, at, at + len(org), "application.addressee", 0.55),
                              key=normalise_org)
                if not any(f.value.kind == "granted" for f in self.rec.funding):
                    for value in self.applied:  # what the form asks of it
                        self.add_list("funding", value.value, value.prov, key=lambda f: (f.money, f.funder))
                return

    def payer_of_money_kind(self, b: Block, text: str, off: int, e: int) -> str | None:
        """The payer a sum's kind names: "250 000 kronor i Leaderstöd" is the Leader area's money, "850 tkr i
        regionala utvecklingsmedel" on a region's own site the region's."""
        owned = OWNERS_MONEY_AFTER_RE.match(text[e:])
        if owned and is_named_org(owned.group("org")):  # "640 000 kronor i Boverkets stöd för ...": whose money it is
            org = owned.group("org")
            self.add_list("funders", org, self.prov(b, off + e + owned.start("org"), off + e + owned.end("org"),
                                                    "prose.funder.owners_money", 0.7), key=normalise_org)
            return org
        m = MONEY_KIND_AFTER_RE.match(text[e:])
        if not m:
            return None
        publisher = self.doc.publisher
        payer = self.leader_area() if m.group("leader") else \
            publisher if publisher and publisher.startswith("Region ") else None
        if payer:
            self.add_list("funders", payer, self.prov(b, off + e + m.start(1), off + e + m.end(1),
                                                      "prose.funder.money_kind", 0.7), key=normalise_org)
        return payer

    def party_table_row(self, b: Block, cells: list[str]) -> bool:
        """A table of the parties under a head of column names ("Partner | Land", "Organisation | Roll"): the
        head says which column names them; each row's party takes part, or owns it when its role says lead."""
        if not any(ch.isdigit() for ch in b.text) and all(label_field(c) is not None or c.casefold() in COLUMN_WORDS
                                                          for c in cells):
            party = [n for n, c in enumerate(cells) if label_field(c) in ("partners", "owner")
                     or ORGANISATION_KEY_RE.match(c)]
            self.party_columns = (party[0], len(cells)) if party else None
            return bool(party)
        if self.party_columns is None or self.party_columns[1] != len(cells):
            self.party_columns = None
            return False
        org = cells[self.party_columns[0]]
        bracketed = BRACKETED_TAIL_RE.match(org)
        role = bracketed.group("tail") if bracketed else ""
        if LEAD_ROLE_RE.match(role) or PARTNER_ROLE_RE.match(role):
            org = bracketed.group("org") if bracketed else org  # "Åby universitet (lead partner)": the party, its role
        if not looks_like_org(org) or is_country(org):
            return False
        at = max(b.text.find(org), 0)
        prov = self.prov(b, at, at + len(org), "row.party_column", 0.85)
        if any(LEAD_ROLE_RE.match(c) for c in cells) or LEAD_ROLE_RE.match(role):
            self.set_scalar("owner", org, prov)
        elif self.rec.owner is None or normalise_org(org) != normalise_org(self.rec.owner.value):
            self.add_list("partners", org, prov, key=normalise_org)
        return True

    def partner_row(self, b: Block, cells: list[str]) -> bool:
        """A table of the parties with their roles: "X kommun | Lead partner | SE" owns the project,
        "Y AB | Partner | NO" takes part."""
        roles = [c for c in cells if LEAD_ROLE_RE.match(c) or PARTNER_ROLE_RE.match(c)]
        orgs = [c for c in cells if c not in roles and looks_like_org(c) and not is_country(c)
                and not re.fullmatch(r"[A-Z]{2}", c)]
        if len(roles) != 1 or not orgs:
            return False
        at = b.text.find(orgs[0])
        prov = self.prov(b, at, at + len(orgs[0]), "row.partner_role", 0.85)
        if LEAD_ROLE_RE.match(roles[0]):
            self.set_scalar("owner", orgs[0], prov)
        else:
            self.add_list("partners", orgs[0], prov, key=normalise_org)
        return True

    def plan_line(self, b: Block) -> bool:
        """A financing plan's line, its figure bare or in kronor: "Region Norrbotten 500 000" (a payer and its part)
        or "Totalt 1 875 000" (the whole)."""
        m = PLAN_LINE_RE.match(b.text)
        if not m or find_amounts(b.text) and not m.group("unit"):  # ("Tierps kommun 500 000 kr": its unit said)
            return False
        name = m.group("name").strip(" :–-")
        money = Money(figure_value(m.group("figure")), self.table_currency or "SEK")
        prov = self.prov(b, m.start("figure"), m.end("figure"), "section.financing_plan", 0.8)
        if TOTAL_RE.match(name):
            self.add_list("funding", Funding(money, "other"), prov, key=lambda f: (f.money, f.funder))
            return True
        if OWN_SHARE_RE.match(name):  # "Egen finansiering 840 000": the owner's own part
            self.add_list("funding", Funding(money, "cofinancing"), prov, key=lambda f: (f.money, f.funder))
            self.own_share = self.prov(b, 0, len(name), "section.financing_plan.own", 0.7)
            return True
        name = plan_payer(name) or ""
        if not name:
            return False
        self.add_list("funders", name, self.prov(b, 0, len(name), "section.financing_plan", 0.8), key=normalise_org)
        self.add_list("funding", Funding(money, "cofinancing", name), prov, key=lambda f: (f.money, f.funder))
        return True

    def financing_plan(self, b: Block, sent: str, off: int, at: int) -> None:
        """"Finansieringsplan: A 875 000 kr, B 450 000 kr och C 425 000 kr": each payer with its part."""
        # (a part runs past a decimal comma: "ESF+ 4,4 mnkr, Region X 1,5 mnkr")
        for part in re.finditer(r"(?:[^,;]|(?<=\d),(?=\d))+?(?=,\s|;\s|\s+och\s+|\s+samt\s+|\.?$)", sent[at:]):
            text = re.sub(r"^(?:och|samt)\s+", "", part.group(0).strip())
            amounts = find_amounts(text)
            if len(amounts) != 1:
                continue
            money, s, _e = amounts[0]
            name = text[:s].strip(" ,:–-")
            start = off + at + part.start() + part.group(0).find(text)
            if OWN_SHARE_RE.match(name):  # "..., egen insats 310 000 kr": the owner's own part
                self.add_list("funding", Funding(money, "cofinancing"),
                              self.prov(b, start + s, start + len(text), "prose.financing_plan", 0.75),
                              key=lambda f: (f.money, f.funder))
                self.own_share = self.prov(b, start, start + len(name), "prose.financing_plan.own", 0.7)
                continue
            if not name or not (looks_like_org(name) or is_eu_fund(name)):
                continue
            name = payer_beside_scheme(name) or name  # "Naturvårdsverket (LONA) 480 000 kr": the payer, not its scheme
            self.add_list("funders", name, self.prov(b, start, start + len(name), "prose.financing_plan", 0.75),
                          key=normalise_org)
            self.add_list("funding", Funding(money, "cofinancing", name),
                          self.prov(b, start + s, start + len(text), "prose.financing_plan", 0.75),
                          key=lambda f: (f.money, f.funder))

    def org_at(self, b: Block, sent: str, off: int, start: int, matched: str) -> str:
        """The organisation named at `start` of a sentence: a known name, else an ORG entity of the
        NLP pipeline starting there, else the capitalised words the rule matched."""
        run = org_run(sent, start)
        ent = self.ann.entity_at(b, off + start, ("ORG", "FUND"))
        if ent and (not run or len(ent.text) > len(run)):
            return ent.text
        return run or prose.clean_org(matched)

    def name_from_page_title(self) -> None:
        """A page whose heading is generic ("Projektbeskrivning") and whose facts name no project: the subject its
        title names before the site's ("Cirkulär bygg | Kommunalförbundet X")."""
        head = self.doc.title_head
        if self.seg.kind != "page" or not head or is_generic_heading(head) or is_headline(head) or plainly_org(head) \
                or is_chrome_text(head) or head == self.doc.publisher \
                or self.rec.owner is None or not (self.rec.funding or self.rec.start_date):
            return  # (a title that is a skip link's words, "Hoppa till innehåll", names nothing)
        self.set_scalar("name", head, Provenance(0, 0, head, "name.page_title", 0.55))

    def antecedent(self, definite: str, until: Block) -> str | None:
        """The one organisation the text names before `until` that a definite noun refers to ("kommunen" for
        "Sundsvalls kommun"); None when none or more than one do."""
        named: set[str] = set()
        for b in self.seg.context + self.seg.blocks:
            named.update(with_branch(b.text, s, name) for name, s, _ in gazetteer().mentions(b.text)
                         if refers_to(definite, name))
            named.update(name for m in CAPITALISED_RUN_RE.finditer(b.text)  # "Offerdals Intresseförening": by its words
                         if len((name := m.group(0)).split()) >= 2 and refers_to(definite, name) and looks_like_org(name)
                         and not PROJECT_WORD_RE.match(name))  # ("Projekt Kvarnbackens badplats" is no organisation)
            if b is until:
                break
        page = self.doc.page_org
        sites = [x for x in (self.doc.publisher, page.text.strip() if page is not None else None) if x]
        named = {next((site for site in sites if site.startswith(n)), n) for n in named}  # ("Hela Sverige ska leva" in
        if len(named) > 1:  # "Hela Sverige ska leva X län"); the page's own organisation gives way to one the text names
            named -= set(sites)
        return named.pop() if len(named) == 1 else None

    def parties_as_payers(self) -> None:
        """"Sammanlagt satsar parterna 28 miljoner kronor": the owner and every partner pay a part; "Kommunerna står
        själva för halva kostnaden" over a list of the municipalities' projects: the owner pays a part."""
        if self.owners_pay is not None and self.rec.owner is not None:
            self.add_list("funders", self.rec.owner.value, self.owners_pay, key=normalise_org)
        for kind, prov in self.kinds_pay:  # "..., kommunerna 10 procent": each municipality that takes part
            for party in [self.rec.owner, *self.rec.partners]:
                if party is not None and of_kind(party.value, kind):
                    self.add_list("funders", party.value, prov, key=normalise_org)
        if self.parties_pay is None:
            return
        for party in [self.rec.owner, *self.rec.partners]:
            if party is not None:
                self.add_list("funders", party.value, self.parties_pay, key=normalise_org)

    def known_names(self) -> list[str]:
        """This segment's project's names: the one the segmenter found, one read already, and the first one its
        text names ("projektet X", or a headline's opening quote) before the name is chosen at the end."""
        if self._named_in_text is None:
            found = next((first_project_name(b.text) for b in self.seg.blocks if first_project_name(b.text)), None)
            quoted = next((q for b in self.seg.blocks[:3] if (q := headline_opened_by_quote(b.text))), None)
            self._named_in_text = found[0] if found else quoted.group("name").strip() if quoted else ""
            # (or the quote that opens the headline: "”Trygg på nätet” ska lära ...")
        return [n for n in ((self.seg.name or (None,))[0], self.rec.name and self.rec.name.value, self._named_in_text)
                if n]

    def doc_says_granted(self) -> bool:
        """The document reports its projects as granted ("har beviljat fyra nya projekt")."""
        return not turned_down(self.seg) and any(GRANT_DECISION_RE.search(b.text) or GRANTED_NEWS_RE.search(b.text)
                                                 for b in self.seg.context + self.seg.blocks[:GRANTED_LEAD_BLOCKS])

    def one_entry_block(self) -> bool:
        """This segment is one entry of a list, a paragraph or a row: what its sentences state is its project's."""
        return self.seg.kind in ("paragraph", "row") and len(self.seg.blocks) == 1

    def short_entry(self) -> bool:
        """One entry's block, or a short section (its title, its text, a contact line): a grant it states is its own."""
        return self.one_entry_block() or self.seg.kind == "section" and len(self.seg.blocks) <= 3

    def own_names(self) -> list[str]:
        """The project's names as known so far, normalised: its name, the segment's, its title, and a headline's
        "Nu startar X" (asked only where a sentence names an owner: the titles are read once)."""
        if self._headline_names is None:
            self._headline_names = [m.group("name") for t in self.title_blocks()
                                    if (m := NOW_STARTS_RE.match(t.text.strip()))]
        return [normalise_org(x) for x in (self.rec.name.value if self.rec.name else None,
                                           self.seg.name[0] if self.seg.name else None,
                                           self.seg.title.text if self.seg.title else None, *self._headline_names) if x]

    def titled_subject(self, sent: str, m: re.Match) -> bool:
        """The sentence's subject, up to its verb, is the project the title names, no organisation ("Läxhjälp i Åby
        ger elever stöd ..." under "Projektblad: Läxhjälp i Åby")."""
        subject = SUBJECT_BEFORE_GRANT_RE.match(sent, m.start("org"))
        return subject is not None and not is_named_org(subject.group("subject")) \
            and any(fold(t.text).endswith(fold(subject.group("subject"))) for t in self.title_blocks())

    def headline_is_about(self, sent: str) -> bool:
        """The project a sentence names is the one the segment's headline names."""
        named = first_project_name(sent)
        return named is not None and any(fold(named[0]) in fold(t.text) for t in self.title_blocks())

    def names_project(self, sent: str) -> bool:
        """The sentence names this segment's project."""
        return any(n in sent for n in self.known_names())

    def stated_dates(self, b: Block, sent: str, off: int) -> bool:
        """"startar i augusti 2025", "avslutades den 31 mars 2012": a date its verb makes a start or an end."""
        extended = EXTENDED_TO_RE.search(sent)  # "Arvsfonden har beviljat en förlängning till och med 2028-06-30"
        if extended and (date := parse_date(extended.group("date"))):
            self.set_scalar("end_date", date, self.prov(b, off + extended.start("date"), off + extended.end("date"),
                                                        "prose.end_date.extended", 0.8))
            return True
        stated = STATED_START_RE.search(sent)  # "Projektets startdatum, 2039-01-01, och ... är oförändrade"
        if stated and self.rec.start_date is None and (date := parse_date(stated.group("date"))):
            self.set_scalar("start_date", date, self.prov(b, off + stated.start("date"), off + stated.end("date"),
                                                          "prose.start_date.stated", 0.75))
        changed = CHANGED_PERIOD_RE.search(sent)  # "beslutar att ändra projektperioden för projektet X till A – B"
        periods = find_periods(sent[changed.end():]) if changed else []
        if changed and periods and periods[0][1] == 0:
            (start, end), s, e = periods[0]
            for field, date in (("start_date", start), ("end_date", end)):
                if date is not None:
                    self.set_scalar(field, date, self.prov(b, off + changed.end() + s, off + changed.end() + e,
                                                           "prose.period.changed", 0.8))
            return True
        named = NAME_STARTS_RE.match(sent)  # "Nästa Kliv startade den 1 september 2023": the project by its name
        opens_with_name = self.names_project(sent) and any(sent.startswith(n) for n in self.known_names())
        if not prose.PROJECT_SUBJECT_RE.search(sent) and not (named and not is_named_org(named.group("subject"))) \
                and not opens_with_name and not ALL_PROJECTS_SUBJECT_RE.match(sent):
            return False  # ("Ny skola ska bygga ... och starta i mars 2031"; "The projects start ..." of all listed)
        found = False
        fronted = FRONTED_START_RE.match(sent)  # "I april 2022 startade förstudien X": the time before its verb
        dates = [(d, s, e) for d, s, e in find_dates(fronted.group("when"))] if fronted else []
        if fronted and fronted.group("when") == "året" and self.doc.report_year:  # "Under året startade vi projektet X"
            dates = [(PartialDate(self.doc.report_year), 0, len("året"))]  # in an annual report: the report's year
        if fronted and not dates and self.doc.published is not None:  # "I augusti drog projektet X igång", in a
            yearless = yearless_date(fronted.group("when"), self.doc.published,  # news item of October
                                     past=fronted.group("verb") not in ("startar", "inleds", "drar igång", "drar"))
            dates = [(yearless[0], 0, yearless[1])] if yearless else []
        if dates and fronted is not None and self.rec.start_date is None \
                and (fronted.group("named") or self.names_project(sent[fronted.end("verb"):])):
            date, s, e = dates[0]
            s, e = s + fronted.start("when"), e + fronted.start("when")
            self.set_scalar("start_date", date, self.prov(b, off + s, off + e, "prose.start_date.fronted", 0.75))
            found = True
        for field, verb_re in (("start_date", prose.START_VERB_RE), ("end_date", prose.END_VERB_RE)):
            hit = prose.stated_date(sent, verb_re)
            if hit:
                date, s, e = hit
                if field == "start_date" and EARLIER_PROJECT_RE.search(sent[:s]) or BUILDS_ON_RE.search(sent[:s]):
                    continue  # "Det första Ungkraft-projektet startade 2018": an earlier project's start
                self.set_scalar(field, date, self.prov(b, off + s, off + e, f"prose.{field}.verb", 0.75))
                found = True
                period = next((p for p in find_periods(sent) if p[1] < e and p[2] > s and p[0][0] == date), None)
                if field == "start_date" and period is not None:  # "pågår från och med 1 januari 2027 till och med
                    (_, end), ps, pe = period  # 31 december 2029": the start's verb over a whole period
                    self.set_scalar("end_date", end, self.prov(b, off + ps, off + pe, "prose.end_date.period_of_start",
                                                               0.75))
        published = self.doc.published
        if published is not None and self.rec.end_date is None and (m := YEAR_OUT_RE.search(sent)):
            # "projektet, som pågår året ut", in a news item of April: to the end of the year it was published
            self.set_scalar("end_date", PartialDate(published.year), self.prov(b, off + m.start(), off + m.end(),
                                                                             "prose.end_date.year_out", 0.65))
            found = True
        if published is not None and self.rec.start_date is None:
            for m in prose.START_VERB_RE.finditer(sent):  # "Projektet startar den 1 mars" in a news item of February
                if ACTIVITIES_SUBJECT_RE.match(sent):
                    break  # "Träffarna startar i augusti": the project's activities, not the project, begin then
                yearless = yearless_date(sent[m.end():], published, past=bool(PAST_START_RE.match(m.group(0))))
                if yearless:
                    date, e = yearless
                    self.set_scalar("start_date", date, self.prov(b, off + m.start(), off + m.end() + e,
                                                                  "prose.start_date.yearless", 0.65))
                    return True
        return found

    def runs_over(self, b: Block, sent: str, off: int) -> bool:
        periods = find_periods(sent)
        verb = prose.RUNS_VERB_RE.search(sent)  # the period the verb says the project runs over, where there are several
        for (start, end), s, e in [p for p in periods if verb and p[1] >= verb.end()] or periods:
            self.set_scalar("start_date", start, self.prov(b, off + s, off + e, "prose.period.runs", 0.72))
            self.set_scalar("end_date", end, self.prov(b, off + s, off + e, "prose.period.runs", 0.72))
            return True
        return False

    def late_periods(self) -> None:
        """Periods read only when nothing else stated one: "Namn pågår från ... till ..." (whose period it is
        shows once the name is read), then the period of a grant to the project."""
        if self.rec.start_date is not None or self.rec.end_date is not None:
            return
        name = self.rec.name.value if self.rec.name else None
        owner = self.rec.owner.value if self.rec.owner else None
        for b, sent, off in self.unclaimed_periods:  # ("Ägaren ska under 2031 och 2032 bygga ...": its owner's work)
            if any(n and sent.startswith(n) for n in (name, owner)) and self.runs_over(b, sent, off):
                return
        for b, sent, off in self.grant_periods[:1]:
            self.runs_over(b, sent, off)
        for b, m, off in self.grant_years[:1] if self.rec.start_date is None else []:
            year = PartialDate(int(m.group("y")))
            for field in ("start_date", "end_date"):
                self.set_scalar(field, year, self.prov(b, off + m.start("y"), off + m.end("y"), "prose.period.grant_year", 0.6))

    def ready_by(self, b: Block, sent: str, off: int) -> None:
        """"Resecentrumet ska stå klart hösten 2028", "Båda projekten ska vara klara 2026", "Inom projektet ska 40
        hektar återställas fram till 2037": the end."""
        m = READY_BY_RE.search(sent) or (UNTIL_YEAR_RE.search(sent) if prose.PROJECT_SUBJECT_RE.search(sent) else None)
        if m and self.rec.end_date is None and (date := parse_date(m.group("y"))):
            self.set_scalar("end_date", date, self.prov(b, off + m.start("y"), off + m.end("y"), "prose.period.ready_by",
                                                        0.6))

    def period_phrases(self, b: Block, sent: str, off: int) -> None:
        if EARLIER_PROJECT_RE.search(sent):
            return  # "... förbundets tidigare projekt Stegvis, som pågick 2019–2022": another project's period
        span_from = FRONTED_SPAN_FROM_RE.match(sent) if self.seg.kind in ("page", "section") else None
        if span_from and self.rec.start_date is None and (start := parse_period(span_from.group("when"))[0]):
            self.set_scalar("start_date", start, self.prov(b, off + span_from.start("when"), off + span_from.end("when"),
                                                           "prose.period.span_from", 0.65))
        fronted = FRONTED_PERIOD_RE.match(sent)
        if not fronted and (by_kind := FRONTED_BY_KIND_RE.match(sent)) and self.rec.owner is not None \
                and refers_to(by_kind.group("subj"), self.rec.owner.value):
            fronted = by_kind
        if fronted and len(find_periods(fronted.group("when"))) == 1 and self.runs_over(b, sent[:fronted.end("when")], off):
            return
        if prose.RUNS_VERB_RE.search(sent):
            if prose.PROJECT_SUBJECT_RE.search(sent) or self.names_project(sent) \
                    or self.seg.kind == "paragraph" and ENTRY_PRONOUN_RE.match(sent) \
                    or self.seg.kind in ("section", "page") and SUBJECTLESS_RUN_RE.match(sent):
                # ("Pågår 2039–2041." under a project's title: a fact box's note, its subject left out)
                # ("Den drivs av X och får N kronor under 2032–2033" in an entry's paragraph: the entry's project)
                # "Projektet, som heter X, pågår från 1 september 2023 till 31 augusti 2026"
                if self.runs_over(b, sent, off):
                    return
                if find_amounts(sent) and (one_year := GRANT_YEAR_RE.search(sent)):
                    self.grant_years.append((b, one_year, off))  # "Förstudien X drivs av Y och får 350 tkr under 2039"
            else:
                self.unclaimed_periods.append((b, sent, off))
        elif (self.names_project(sent) or re.search(r"\b(?:projektet|förstudien)\s+[A-ZÅÄÖ]", sent)
              or self.short_entry() or SUM_FOR_YEARS_RE.search(sent)) \
                and find_amounts(sent) and prose.GRANT_CONTEXT_RE.search(sent) and len(find_periods(sent)) == 1:
            self.grant_periods.append((b, sent, off))  # "X får 350 000 kronor för projektet Y, 2026–2028"
        elif (self.names_project(sent) or self.short_entry()) \
                and find_amounts(sent) \
                and prose.GRANT_CONTEXT_RE.search(sent) and not find_periods(sent) and (m := GRANT_YEAR_RE.search(sent)):
            self.grant_years.append((b, m, off))  # "X får 95 000 kronor för konserter under hösten 2030": that year
        elif any(f"{n}," in sent and re.search(rf"{re.escape(n)},\s+som\s+[^.;]*?\bunder\s+(?:åren\s+)?(?:19|20)\d{{2}}\s*[-–]", sent)
                 for n in self.known_names()) and len(find_periods(sent)) == 1:
            self.runs_over(b, sent, off)  # "... till projektet X, som ska skapa en mötesplats under 2026–2027"
        will = WILL_IN_YEAR_RE.search(sent) or WILL_IN_YEARS_RE.search(sent)  # "... för projektet X, som ska bygga 40
        # laddpunkter under 2027.", "..., som ska utveckla turismen 2029–2031."
        there = THERE_IN_YEAR_RE.match(sent) if self.seg.kind == "paragraph" else None  # "Där ska unga driva en
        if there and self.rec.start_date is None:  # scen under 2027": the entry's work, that year
            will = there
        if will and self.rec.start_date is None and (will is there or any(
                n in sent and re.search(rf"{re.escape(n)},?\s+$", sent[:will.start()]) for n in self.known_names())):
            ends = {"start_date": "y", "end_date": "y2" if will.groupdict().get("y2") else "y"}
            for fieldname, group in ends.items() if parse_date(will.group("y")) else ():
                self.set_scalar(fieldname, parse_date(will.group(group)), self.prov(b, off + will.start(group),
                                                                                    off + will.end(group),
                                                                                    "prose.period.will_in_year", 0.65))
        m = RUNS_ONE_YEAR_RE.search(sent) or DRIVES_IN_YEAR_RE.search(sent) or (
            GRANT_FOR_YEAR_RE.search(sent) or MONEY_USED_IN_YEAR_RE.search(sent)
            if find_amounts(sent) and prose.GRANT_CONTEXT_RE.search(sent) else None)
        # "... och pågår under 2025", "beviljar X 350 000 kronor för förstudien Y under 2027": one year, start and end
        if m and (prose.PROJECT_SUBJECT_RE.search(sent) or any(sent.startswith(n) for n in self.known_names())
                  or self.seg.kind in ("section", "paragraph") and THE_THING_RUNS_RE.match(sent)
                  or self.seg.kind in ("section", "page") and SUBJECTLESS_RUN_RE.match(sent)
                  or any(n in sent and re.search(rf"{re.escape(n)},?\s+som\s+$", sent[:m.start()]) for n in self.known_names())) \
                and self.rec.start_date is None:  # "Hemgården pågår under hela 2031", "projektet X, som ska
            # genomföras under sommaren 2031": the project by its name
            year = parse_date(m.group("y"))
            if year:
                for fieldname in ("start_date", "end_date"):
                    self.set_scalar(fieldname, year, self.prov(b, off + m.start("y"), off + m.end("y"),
                                                               "prose.period.one_year", 0.7))
        m = MONEY_SPENT_IN_YEAR_RE.match(sent) if self.rec.funding else None
        m = m or (FRONTED_YEAR_WORK_RE.match(sent) if self.seg.kind in ("page", "section", "paragraph") else None)
        if m and self.rec.start_date is None and self.known_names() and (year := parse_date(m.group("y"))):
            # "Pengarna används under 2039 till ...", "Under 2039 byggs en scen": the year the named project's work
            # is done (a grant that names no project has no period of its own)
            for fieldname in ("start_date", "end_date"):
                self.set_scalar(fieldname, year, self.prov(b, off + m.start("y"), off + m.end("y"),
                                                           "prose.period.work_year", 0.6))
        m = HEAD_NOUN_WORK_RE.search(sent) if self.rec.start_date is None else None  # (after "... 400 000 kr." too)
        if m and any(m.group("subj") in head_noun_references(n) for n in self.known_names()):  # "Cykelled längs X ... Leden byggs
            start, end = parse_period(m.group("when"))  # 2040–2042.": the named thing's work, by its head noun
            for fieldname, date in (("start_date", start), ("end_date", end or start)):
                if date is not None:
                    self.set_scalar(fieldname, date, self.prov(b, off + m.start("when"), off + m.end("when"),
                                                               "prose.period.head_noun_work", 0.6))
        self.ready_by(b, sent, off)
        m = SINCE_YEAR_RE.match(sent)  # "Sedan 2024 driver X kommun projektet Y": it started that year
        if m and (prose.PROJECT_SUBJECT_RE.search(sent[m.end():])  # ("Sedan 2032 arbetar vi med ..." on a project's
                  or self.seg.kind in ("page", "section") and re.match(r"\s+vi\b", sent[m.end():])) \
                and self.rec.start_date is None:  # own page: we, its owner, do its work)
            date = parse_date(m.group("since"))
            if date:
                self.set_scalar("start_date", date, self.prov(b, off + m.start("since"), off + m.end("since"),
                                                              "prose.period.since", 0.65))
        m = prose.WITH_START_RE.search(sent)  # "... i två år med start i april 2017"
        if m:
            date = parse_date(m.group("rest"))
            if date:
                self.set_scalar("start_date", date, self.prov(b, off + m.start(), off + m.end(), "prose.period.med_start", 0.7))
        for rule, rx in prose.PERIOD_RULES:
            m = rx.search(sent)
            if m and (self.rec.start_date is None or self.rec.end_date is None):
                rest = m.group("rest")
                start, end = parse_period(rest)
                if re.match(r"\s*(till|t\.?o\.?m|fram till|till och med)\b", rest, re.I) or \
                        re.search(r"\b(avslutas|avslutades|slutar)\b", m.group(0), re.I) and start and not end:
                    start, end = None, start or end
                elif start and end is None and start.precision in ("year", "month") \
                        and ONE_WHEN_RE.fullmatch(rest) \
                        and re.search(r"(?i)\b(?:pågår|pågick|löper|genomförs|görs|utförs)$",
                                      m.group(0)[:m.start("rest") - m.start()].rstrip()):
                    end = start  # "Projektet pågår 2036.", "... som genomförs i juli 2037": that one year or month, start and end
                elif start and end is None and rule == "prose.period.label_inline" and start.precision == "year" \
                        and re.match(r"\s*(?:19|20)\d{2}\s*(?:$|[|.,;])", rest):
                    end = start  # "..., projektperiod 2040 | Beviljas": a period of one year, its start and its end
                s0 = off + m.start()
                if start:
                    self.set_scalar("start_date", start, self.prov(b, s0, off + m.end(), rule, 0.7))
                if end:
                    self.set_scalar("end_date", end, self.prov(b, s0, off + m.end(), rule, 0.7))

    # -- name ----------------------------------------------------------------------------
    def name(self) -> None:
        """The project's name. What the segmenter found, or a "Projektnamn" label (read with the facts),
        wins; otherwise every candidate (the title, "heter X", "projektet X", a quoted name) is scored in
        NAME_SCORES, with a bonus when the text names the project again, and the best one is taken."""
        if self.seg.name is not None and not MONEY_NOUN_NAME_RE.match(self.seg.name[0]):
            name, b, off = self.seg.name
            self.set_scalar("name", clean_name(name), self.prov(b, off, off + len(name), f"segment.{self.seg.kind}", 0.97))
            self.period_beside_name(b)
            owned = name_comma_owner(b.text) if b is self.seg.title else None
            if owned and owned[0] == name and self.rec.owner is None:  # "Kompetens i vården, Region X"
                at = b.text.rfind(owned[1])
                self.set_scalar("owner", owned[1], self.prov(b, at, at + len(owned[1]), "title.owner_after_comma", 0.8))
        if self.rec.name is not None:
            if self.rec.name.prov.rule.endswith(".acronym"):  # "Acronym: BalticLoop" under the title "BalticLoop –
                # circular construction in port cities": the title names it in full
                acronym = self.rec.name.value
                for t in self.title_blocks() + [b for b in self.seg.blocks if b.kind in ("heading", "line", "paragraph")]:
                    if _subtitled(t.text.strip(), acronym) and not NEWS_SUBTITLE_RE.match(fold(t.text)[len(fold(acronym)):]):
                        self.set_scalar("name", t.text.strip(), self.prov(t, 0, len(t.text.strip()), "name.title_of_acronym", 0.95))
                        break
            self.case_out_of_name()
            return
        titles = [fold(t.text) for t in self.title_blocks()]
        candidates = [c for c in self.name_candidates() if not MASTHEAD_RE.search(c[0])  # a paper's name is none
                      and (not told_as_past(c[1].text, c[2], c[0]) or any(fold(c[0]) in t for t in titles))]
        # nor an earlier project ("X, som genomfördes ..."), unless the headline is about it ("X – nu avslutat")
        if not candidates:
            self.name_from_page_title()
            return
        body = [fold(b.text) for b in self.seg.blocks]

        def score(c: tuple[str, Block, int, str]) -> float:
            name, block, _, rule = c
            key = fold(name)
            again = any(key in text for b, text in zip(self.seg.blocks, body) if b is not block and len(key) > 3)
            if rule == "name.title" and again and not any(name in b.text for b in self.seg.blocks if b is not block):
                again = False  # "Ny lekplats i X" over "bygger en ny lekplats i X": said again as words, not as a name
            orgs = [fold(o) for o in (self.rec.owner and self.rec.owner.value, self.doc.publisher) if o]
            own_name = rule == "name.title" and any(o == key or o.startswith(key + " ") for o in orgs)  # "Gävle Energi"
            # over a release of "Gävle Energi AB": the organisation's name, not its project's
            return NAME_SCORES[rule] + (NAME_AGAIN_BONUS if again else 0.0) \
                - (NAME_GENERIC_PENALTY if generic_name(name) or own_name else 0.0)

        best = max(candidates, key=score)
        if score(best) <= 0:
            return
        if best[3] == "name.title" and score(best) < NAME_SCORES["name.title"] + NAME_AGAIN_BONUS:
            # a news headline the text never repeats, over a lead that names "projektet X": X is the name
            under = next((self.seg.blocks[k + 1] for k, x in enumerate(self.seg.blocks[:-1]) if x is best[1]), None)
            headline = under if under is not None and _headline_shaped(under) else None  # under a masthead, no lead
            paragraphs = [b for k, b in enumerate(self.seg.blocks) if b is not best[1] and b is not headline
                          and (b.kind == "paragraph" or b.kind == "line" and len(b.text.split()) >= 8)
                          and not (self.seg.kind == "page" and k <= LEAD_BLOCKS and _headline_shaped(b))]
            paragraphs = paragraphs[:LEAD_PARAGRAPHS if self.seg.kind == "page" else 1]
            # an article's lead: its first paragraph that speaks of a project ("Klockan är sju ..." sets a scene)
            lead = next((b for b in paragraphs if PROJECT_WORD_RE.search(b.text) and not DONE_PROJECT_RE.match(b.text)
                         and not told_as_past(b.text, 0)),  # (not one that tells of an earlier, finished study:
                        paragraphs[0] if paragraphs else None)  # "Förra året avslutades projektet X, som ...")
            named = [c for c in candidates if c[1] is lead
                     and c[3] in ("name.projektet_x", "name.heter", "name.granted_for")
                     and (fold(c[0]) not in fold(best[0]) or _subtitled(best[0], c[0])) and not generic_name(c[0])]
            if not named:  # "Festen är en del av projektet X, som drivs av Y" further down: the one project told
                named = [c for c in candidates if c[3] == "name.projektet_x" and c[1] is not best[1]
                         and RUN_BY_AFTER_NAME_RE.match(c[1].text, c[2] + len(c[0])) and not generic_name(c[0])]
                named = named if len({fold(c[0]) for c in named}) == 1 else []
            best = named[0] if named else best
        if best[3] in ("name.projektet_x", "name.lead_projektet_x"):  # "projektet Framtidens lantbruk" under the
            # title "Framtidens lantbruk i Skaraborg": the text's short form of the title's name; the fuller one
            fuller = [c for c in candidates if c[3] == "name.title" and fold(c[0]).startswith(fold(best[0]) + " ")
                      and not generic_name(c[0]) and PLACE_TAIL_RE.fullmatch(c[0][len(best[0]):])
                      and c[1].text.strip() == c[0]]  # (the whole title, not a headline's part: "Nu startar X i Y")
            best = fuller[0] if fuller else best
        if best[3] == "name.title":  # "Samisk mattradition" over "projektet Árbediehtu – samisk mattradition i ...":
            fuller = [c for c in candidates if c[3] in ("name.lead_projektet_x", "name.projektet_x", "name.heter")
                      and fold(best[0]) in fold(c[0]) and not fold(c[0]).startswith(fold(best[0]))]
            best = fuller[0] if fuller else best  # a heading that quotes part of the name; a subtitle stays off
        elif best[3] != "name.heter":  # "NordH2 – hydrogen valleys in the Nordics" over "RISE leads NordH2": the page
            subtitled = [c for c in candidates if c[3] == "name.title" and c[1].text.strip() == c[0]  # heads it in full
                         and _subtitled(c[0], best[0]) and not NEWS_SUBTITLE_RE.match(fold(c[0])[len(fold(best[0])):])]
            best = subtitled[0] if subtitled else best
        name, block, off, rule = best
        self.set_scalar("name", name, self.prov(block, off, off + len(name), rule, round(min(0.95, score(best)), 2)))
        self.period_beside_name(block)
        if rule == "name.title" and block.kind == "key_value" and block.key and is_eu_fund(block.key):
            # "Havs- och fiskerifonden: Fiskelägen i X": a title that opens with the fund that pays it
            self.add_list("funders", block.key, self.prov(block, 0, len(block.key), "title.fund", 0.75), key=normalise_org)
        owned = owner_and_name(block.text) if rule == "name.title" else None
        if owned:  # "Mora kommun – Fler cyklister i Mora"
            at = block.text.find(owned[0])
            self.set_scalar("owner", owned[0], self.prov(block, at, at + len(owned[0]), "title.owner", 0.8))
        head = ITEM_PREFIX_RE.sub("", block.text.strip())
        m = CASE_TOKEN_RE.match(head)
        if m and len(m.group("case")) >= 6 and self.rec.case_number is None:  # "2009-ND-031/020 Namn"
            i = block.text.find(m.group("case"))
            self.set_scalar("case_number", m.group("case"), self.prov(block, i, i + len(m.group("case")), "name.case_prefix", 0.75))
        if rule == "name.title":
            m = CASE_PREFIX_RE.match(block.text)
            if m and self.rec.case_number is None:
                self.set_scalar("case_number", m.group("case"), self.prov(block, 0, len(m.group("case")), "name.case_prefix", 0.8))
        self.case_out_of_name()

    def period_beside_name(self, block: Block) -> None:
        """"Kompetenscentrum textil (2024–2026)": the years in brackets after the name are the project's period."""
        m = TITLE_PERIOD_RE.search(block.text)
        name = self.rec.name.value if self.rec.name else None
        if m is None and name and name in block.text:  # "Projektet Handel i Ljusdal (2024–2026) stärker ..."
            m = BRACKETED_PERIOD_RE.match(block.text, block.text.index(name) + len(name))
        if m is None or self.rec.start_date is not None or self.rec.end_date is not None:
            return
        start, end = parse_period(m.group("period"))
        for field, value in (("start_date", start), ("end_date", end or start)):
            if value:
                self.set_scalar(field, value, self.prov(block, m.start("period"), m.end("period"), "name.bracketed_period", 0.7))

    def case_out_of_name(self) -> None:
        """"Ändringsansökan 2009-ND-031/011 Ny scen i byn", "Projektbeslut a) 2009-..." : a title that holds the
        case number before the name is the case number and the name."""
        value = self.rec.name.value if self.rec.name else ""
        m = CASE_IN_NAME_RE.match(value)
        if not m or len(m.group("case")) < 6 or self.rec.name is None:
            return
        p = self.rec.name.prov
        self.rec.name = Value(m.group("rest"), Provenance(p.start + m.start("rest"), p.end, m.group("rest"), p.rule,
                                                          p.confidence))
        if self.rec.case_number is None:
            self.set_scalar("case_number", m.group("case"), Provenance(p.start + m.start("case"), p.start + m.end("case"),
                                                                       m.group("case"), "name.case_inside", 0.75))

    def name_candidates(self) -> list[tuple[str, Block, int, str]]:
        out: list[tuple[str, Block, int, str]] = []
        titles = self.title_blocks()
        for title in titles:
            text = title.value if title.kind == "key_value" and title.value else title.text
            if site_title(text):
                continue  # "Projekt – Hushållningssällskapet Väst": the site's section and its name, a page's title
            inner = first_project_name(text)
            if inner and inner[1] > 0:  # "Medel till projektet ”X”": the name inside a longer title
                out.append((clean_name(inner[0]), title, inner[1], "name.title_projektet_x"))
            elif starts := NOW_STARTS_RE.match(text.strip()):  # "Nu startar Digitalt lyft för seniorer"
                out.append((clean_name(starts.group("name")), title, starts.start("name"), "name.title"))
            elif (quoted := QUOTED_RE.search(text)) and quoted.start() > 0 and is_headline_with_quote(text):
                # "Miljonstöd till ”Smart industri Gnosjö”": a headline that quotes the project's name
                out.append((quoted.group("name").strip(), title, quoted.start("name"), "name.title_projektet_x"))
            elif opened := headline_opened_by_quote(text):  # "”Smart mat” ska minska svinnet i skolorna"
                out.append((opened.group("name").strip(), title, opened.start("name"), "name.title_projektet_x"))
            elif (about := ABOUT_RE.match(text.strip())) and not is_generic_heading(text):  # "Om Nästa Kliv"
                name = about.group("name")
                out.append((name, title, max(title.text.find(name), 0), "name.title"))
            elif len(row_parts(text)) >= 3:  # "Namn – Fond – 2019–2021 – partner"
                name = row_parts(text)[0]
                out.append((clean_name(name), title, max(title.text.find(name), 0), "name.title"))
            elif owned := owner_and_name(text):  # "Mora kommun – Fler cyklister i Mora": its owner, read with the name
                name = owned[1]
                out.append((clean_name(name), title, max(title.text.find(name), 0), "name.title"))
            elif not is_headline(text):
                name = clean_name(SECTION_NUMBER_RE.sub("", text), listed=self.seg.kind == "listed")  # ("2.2 X")
                out.append((name, title, max(title.text.find(name), 0), "name.title"))
        for b in self.seg.blocks:  # "Om Nästa Kliv" further down the page
            m = ABOUT_RE.match(b.text.strip()) if b.kind == "heading" and b not in titles else None
            if m and not is_generic_heading(b.text) and not self.names_a_company(m.group("name")):
                out.append((m.group("name"), b, b.text.find(m.group("name")), "name.title"))
        if not titles and self.seg.blocks and self.seg.blocks[0].kind in ("paragraph", "line"):
            m = RUN_IN_TITLE_RE.match(self.seg.blocks[0].text)  # a title run into its text, as PDFs set it
            if m and not is_headline(m.group("title")):
                out.append((m.group("title"), self.seg.blocks[0], 0, "name.run_in_title"))
        lead = self.seg.blocks[1] if self.seg.kind == "section" and len(self.seg.blocks) > 1 else None
        for b in self.seg.blocks[:NAME_SEARCH_BLOCKS]:
            for finder, rule in ((named_name, "name.heter"), (first_project_name, "name.projektet_x"),
                                 (run_by_subject, "name.run_by"), (granted_for_name, "name.granted_for"),
                                 (grant_entry_name, "name.grant_entry"), (managed_name, "name.managed")):
                # under a heading read as its label ("Beviljade projekt" over one grant): the text under it
                at = b.text.find(b.value) if b.kind == "key_value" and b.value and label_field(b.key or "") in (None, "section") else 0
                found = finder(b.text[at:])
                if found and not gazetteer().lookup(found[0]) and not EARLIER_RE.search(b.text[:at + found[1]][-40:]):
                    if rule == "name.projektet_x" and b is lead and found[1] < LEAD_NAME_CHARS:
                        rule = "name.lead_projektet_x"
                    out.append((clean_name(found[0]), b, at + found[1], rule))
        m = LOCATIVE_NAME_RE.match(lead.text) if lead is not None else None
        if lead is not None and m and not gazetteer().lookup(m.group("name")) \
                and not gazetteer().known_at(lead.text, m.start("name")):
            # "I Nordic Snow Tech samlas forskare ...": the section's text opens inside the project it names
            out.append((m.group("name"), lead, m.start("name"), "name.lead_projektet_x"))
        return [c for c in out if c[0]]

    def told_as_owner(self, text: str) -> bool:
        """The text below names this line's words as who got or runs the project (an organisation, not its title)."""
        folded = fold(text)
        return any(fold(owner[0]) == folded for b in self.seg.blocks if b.kind == "paragraph" and folded in fold(b.text)
                   for sent, _, _ in sentence_spans(b.text) if (owner := prose.owner_in(sent)))

    def names_a_company(self, name: str) -> bool:
        """"About Åby Battery" over a press release's boilerplate: the company the text names "Åby Battery AB"."""
        company = re.compile(re.escape(name) + COMPANY_FORM_AFTER)
        return any(company.search(b.text) for b in self.seg.blocks + self.seg.context)

    def title_blocks(self) -> list[Block]:
        """The segment's title candidates: the segmenter's, its top headings, a short first line (found once: they
        depend on the segment and the document alone, and the name, the owner and the dates all ask for them)."""
        if self._title_blocks is None:
            self._title_blocks = self._find_title_blocks()
        return self._title_blocks

    def _find_title_blocks(self) -> list[Block]:
        blocks = self.seg.blocks
        first_text = next((i for i, b in enumerate(blocks) if len(b.text.split()) >= 15), len(blocks))
        top = blocks[:max(first_text, 3)]
        candidates = [self.seg.title] if self.seg.title is not None else []
        candidates += [b for b in top[:2] if b.kind == "key_value" and KIND_KEY_RE.match(b.key or "") and b.value][:1]
        # ("Slutrapport: X" under a running header "Slutrapport": the document's kind, then its project)
        site = [fold(x) for x in (self.doc.publisher, self.doc.leader_area, self.doc.programme) if x]
        headings = [b for b in top if b.kind == "heading" and not MASTHEAD_RE.search(b.text)  # a paper's name is none,
                    and not letterhead_line(b.text, site)]  # nor a letterhead's organisation and unit
        candidates += [b for b in headings if b.level == 1]
        candidates += [b for b in headings if b.level in (None, 2)]
        if top and top[0] in headings and top[0] not in candidates and not is_generic_heading(top[0].text) \
                and all(c is self.seg.title or is_generic_heading(c.text) for c in candidates):
            candidates.append(top[0])  # a PDF's cover title, whatever level its type size gave it
        if self.seg.title is None and len(top) >= 3 and top[0].kind == top[1].kind == "heading" \
                and is_generic_heading(top[1].text) and not is_generic_heading(top[0].text) and top[2].kind in ("line", "heading") \
                and len(top[2].text.split()) <= HEADLINE_WORDS and not top[2].text.rstrip().endswith((".", ":")):
            candidates = [top[2]]  # "Åby Fiskeråd" / "Projekt" / the title: the site's name and its section over it
        quoted_headline = next((b for b in top if b.kind in ("line", "paragraph") and headline_opened_by_quote(b.text)), None)
        if quoted_headline is not None and not candidates[1:] and all(fold(c.text) in site for c in candidates):
            candidates = [quoted_headline]  # the site's name over "”Trygg på nätet” ska lära ...": the headline's quote
        if all(c is self.seg.title or is_generic_heading(c.text) or site_title(c.text) for c in candidates):
            # no heading but the section's ("Projektbanken", "Verket – Projektbanken"): a short first line may be the title,
            prose_at = next((k for k, b in enumerate(blocks) if len(b.text.split()) >= 12), len(blocks))
            lines = [b for b in blocks[:max(3, min(5, prose_at))] if b.kind in ("line", "paragraph")]  # after the site's name
            lines = [b for b in lines if not letterhead_line(b.text, site)]
            while lines and len(lines) > 1 and (any(fold(lines[0].text).startswith(x) for x in site)
                                                or DOCUMENT_KIND_RE.match(lines[0].text.strip())
                                                or " / " in lines[0].text or is_generic_heading(lines[0].text)):
                lines = lines[1:]  # the site's name, what kind of document it is ("Projektplan"), or where on the
                # site the page is ("Prosjekter / Projekt"), over the title
            if len(lines) > 1 and is_generic_heading(lines[1].text) \
                    and (gazetteer().lookup(lines[0].text) or len(lines) > 2 and len(lines[0].text.split()) <= 3
                         and len(lines[2].text.split()) <= 10 and not lines[2].text.rstrip().endswith(".")) \
                    and not DECIDING_BODY_RE.search(lines[2].text if len(lines) > 2 else ""):
                lines = lines[2:]  # "Vinnova" / "Projekt" / the title: a site's name and its section over the title
                while len(lines) > 1 and is_generic_heading(lines[0].text):
                    lines = lines[1:]  # "Forskning" / "Forskningsprojekt" / the title: sections within sections
            facts = next((k for k, b in enumerate(blocks[:8]) if b.kind == "key_value" and label_field(b.key or "")), None)
            above = blocks[facts - 1] if facts else None
            if above is not None and above.kind in ("line", "paragraph") and len(above.text.split()) <= 10 \
                    and above not in lines[:1]:
                candidates.append(above)  # the line right over a fact box names it, whatever chrome is above
            candidates += lines[:1]
        out: list[Block] = []
        for b in candidates:
            if b.kind == "key_value":
                if (b is self.seg.title or KIND_KEY_RE.match(b.key or "") and _headline_shaped(Block(kind="line",
                                                                                                      text=b.value or ""))) \
                        and b.value:  # "Västerbotten: Projektnamn", "Projektplan: Projektnamn" (not "Projektbeskrivning"
                    out.append(b)  # over a sentence that describes it)
                continue
            text = KIND_PREFIX_RE.sub("", b.text)  # "PROJEKTPLAN X": judged by its title
            generic = is_generic_heading(text) and not (b in self.seg.blocks  # ("Hälsa och arbete" over "Hälsa och
                                                        and named_again_below(self.seg.blocks, self.seg.blocks.index(b)))
            # arbete är en ny insats ...": a title, however generic its words)
            if generic or exact_label_field(text) is not None or gazetteer().lookup(text) \
                    or label_field(text) is not None and re.search(r"\d", text) \
                    or re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]*(?:gatan|vägen|gränd|torget|stigen|backen|allén|leden|platsen) "
                                    r"\d{1,3}[A-Za-z]?", text.strip()) \
                    or re.search(r"\s(AB|HB|KB|ek\. ?för\.?|ekonomisk förening)$", text) \
                    or len(text.split()) <= 3 and DECIDING_BODY_RE.search(text) \
                    or AUTHOR_LINE_RE.search(text) or LETTERHEAD_KIND_RE.search(text) \
                    or len(text.split()) <= 4 and plainly_org(text) \
                    or re.fullmatch(r"Region [A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+)?", text.strip()):
                continue  # an author (a company, an association, a board), a fact line or an address: no title
            if b.kind == "line" and self.told_as_owner(text):
                continue  # the site's name over its news ("IK Exempel" over "... IK Exempel har fått N kronor ...")
            if len(text.split()) > 16 or text.rstrip().endswith((".", ":", "?", "!")) or b in out \
                    or not re.search(r"[^\W\d_]{2}", text) or BARE_CASE_RE.match(text.strip()) \
                    or re.search(r"\d{1,3}(?:[  ]\d{3})+$", text) \
                    or re.search(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b", text):
                continue  # "Datum 2026-02-03" in a letterhead dates the letter; a name holds no full date
            out.append(b)
        return out[:3]

    def owner_before_name(self, b: Block) -> None:
        """"Fagersta kommun – Vägen till jobb. Projektet syftar ...": the entry opens with who runs it, or names
        it right after the name ("Vägen till jobb, Fagersta kommun. ...")."""
        owned = owner_dash_name(b.text)
        if owned and self.rec.owner is None and self.seg.name and fold(self.seg.name[0]) == fold(owned[1]):
            self.set_scalar("owner", owned[0], self.prov(b, 0, len(owned[0]), "entry.owner_dash_name", 0.8))
        head = b.text.split(". ", 1)[0]  # "Fjällturism året runt, Åre kommun. Regional medfinansiering ...": the name,
        named = self.seg.name[0] if self.seg.name else None  # then who runs it
        after = name_comma_owner(head) if self.rec.owner is None and named else None
        if after and named and fold(after[0]) == fold(named):
            at = b.text.find(after[1], len(after[0]))
            self.set_scalar("owner", after[1], self.prov(b, at, at + len(after[1]), "entry.name_comma_owner", 0.75))

    def author(self) -> str | None:
        """Whose document it is: the site's organisation, else the organisation that ends its first line
        ("Verksamhetsberättelse 2025 – Näringslivsenheten, Ljusdals kommun")."""
        if self.doc.publisher:
            return self.doc.publisher
        first = self.doc.blocks[0].text if self.doc.blocks else ""
        m = AUTHOR_LINE_RE.search(first)
        return m.group(0).strip(" ,") if m and "," in m.group(0) else None

    def reports_outcomes(self) -> bool:
        """A final report, or a page that tells its project as ended ("Projektet drevs 2039–2041", "Målet var att"):
        what it heads "Resultat" was achieved, not aimed at."""
        if self._ended is None:
            self._ended = self.doc.final_report or any(ENDED_PROJECT_RE.search(b.text) for b in self.seg.blocks)
        return self._ended

    def granting_site(self) -> str | None:
        """The site's organisation when granting is its business: a Leader area on its own pages, a samordningsförbund
        (which finances the insatser its members run)."""
        area = self.leader_area()
        if area is not None and area == self.doc.publisher:
            return area
        publisher = self.doc.publisher
        return publisher if publisher and publisher.startswith("Samordningsförbundet ") else None

    def leader_area(self) -> str | None:
        """The Leader area whose site or document this is."""
        publisher = self.doc.publisher
        if publisher and publisher.casefold().startswith("leader "):
            return publisher
        return self.doc.leader_area

    def minute_item(self) -> None:
        """A minute's item: the case number beside its paragraph number ("AU § 6 RS 2015/851")."""
        for head in self.seg.blocks[:3]:  # "RS § 10 Ansökan om ..." over "AU § 5 RS 2015/834"
            m = ITEM_CASE_RE.search(head.text)
            if m is None and head is not self.seg.blocks[0] and len(head.text) <= 40:
                m = prose.CASE_IN_TEXT_RE.match(head.text)  # "Diarienummer RUN 2024-00213" under the item's title
            if m and self.rec.case_number is None:
                self.set_scalar("case_number", m.group("case"), self.prov(head, m.start("case"), m.end("case"),
                                                                          "item.case", 0.8))
        head = self.seg.blocks[0]
        lead = ITEM_APPLICATION_CASE_RE.match(head.text)
        entry = case_entry(head.text[lead.end():]) if lead else None
        if lead and entry:  # "§ 2 Ansökan 2036-0011, Åby IF, ”Namn”": the application's case and applicant
            at = lead.end()
            c = head.text.find(entry["case"], at)
            self.set_scalar("case_number", entry["case"], self.prov(head, c, c + len(entry["case"]), "item.head_case", 0.8))
            if looks_like_org(entry["owner"]):
                o = head.text.find(entry["owner"], at)
                self.set_scalar("owner", entry["owner"], self.prov(head, o, o + len(entry["owner"]), "item.head_owner", 0.85))
        m = CASE_BEFORE_QUOTE_RE.search(head.text)  # "§ 5 Ändring i projektet 2035-0042 ”Namn”"
        if m and self.rec.case_number is None:
            self.set_scalar("case_number", m.group("case"), self.prov(head, m.start("case"), m.end("case"),
                                                                      "item.head_case", 0.75))
        m = ITEM_GRANT_HEAD_RE.match(head.text)  # "§ 45 Regionalt projektstöd till Ägare – Namn": the applicant
        if m and looks_like_org(m.group("owner")):
            self.set_scalar("owner", m.group("owner"), self.prov(head, m.start("owner"), m.end("owner"), "item.head_owner",
                                                                 0.85))

    def amount_first(self, b: Block) -> None:
        """"850 000 kronor till Granby kommun för projektet X, ...": an entry that opens with the sum, then who
        gets it; "Åby kommun 500 000 kronor till projektet X", one of a grant's recipients, the verb said once
        before the first."""
        recipient = RECIPIENT_FIRST_RE.match(b.text)
        if recipient and looks_like_org(recipient.group("owner")) and self.rec.owner is None:
            owner = prose.place_fronted_body(recipient.group("owner")) or recipient.group("owner")
            self.set_scalar("owner", owner, self.prov(b, 0, recipient.end("owner"), "row.recipient_first", 0.8))
            self.amounts(b, recipient.group("sum"), recipient.start("sum"), context="beviljat",
                         rule="row.recipient_first.funding", conf=0.8)
        to_name = SUM_TO_NAME_RE.match(b.text)
        if to_name and self.seg.name and to_name.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE).startswith(self.seg.name[0]):
            # "420 000 kronor till «X», som drivs av Y": the sum, then the entry it goes to by name
            self.amounts(b, to_name.group("sum"), 0, context="beviljat", rule="row.sum_to_name", conf=0.8)
        m = AMOUNT_FIRST_RE.match(b.text)
        if m is None or not looks_like_org(m.group("owner")):
            return
        self.set_scalar("owner", m.group("owner"), self.prov(b, m.start("owner"), m.end("owner"), "row.amount_first.owner", 0.8))
        self.amounts(b, b.text[:m.start("owner")], 0, context="beviljat", rule="row.amount_first.funding", conf=0.8)

    def listed_period(self) -> None:
        """"Projekten startar under hösten 2026" under or above the list: the period of every project listed, where
        the entry's own text does not state it ("Båda startar i januari 2035" over entries that each say their end)."""
        own = (self.rec.start_date, self.rec.end_date)
        if own[0] is not None and own[1] is not None:
            return
        self.said_of_all_listed_period()
        for field, value in zip(("start_date", "end_date"), own):
            if value is not None:
                setattr(self.rec, field, value)  # the entry's own date stands

    def listed_owner(self) -> None:
        """"Båda projekten drivs av X." under the list: the owner of every entry that names none of its own."""
        if self.rec.owner is not None:
            return
        for b in self.seg.after:
            for sent, s, _ in sentence_spans(b.text):
                m = LISTED_RUN_BY_RE.search(sent) if ALL_PROJECTS_SUBJECT_RE.match(sent) else None
                found = prose.org_sequence(sent, m.end()) if m else []
                if found and looks_like_org(found[0][0]):
                    org, at = found[0]
                    self.set_scalar("owner", org, self.prov(b, s + at, s + at + len(org), "context.listed_run_by", 0.6))
                    return

    def said_of_all_listed_period(self) -> None:
        own = (self.rec.start_date, self.rec.end_date)
        for b in self.seg.after + list(reversed(self.seg.context)):
            for sent, s, _ in sentence_spans(b.text):
                if ALL_PROJECTS_SUBJECT_RE.match(sent) and not SOME_LISTED_RE.search(sent):
                    if not self.stated_dates(b, sent, s):
                        self.period_phrases(b, sent, s)
                    if (self.rec.start_date, self.rec.end_date) != own:
                        return
                years = LIST_LEAD_YEARS_RE.search(sent)
                if years:  # "... the following projects for 2041–2042:"
                    for fieldname, group in (("start_date", "y1"), ("end_date", "y2")):
                        self.set_scalar(fieldname, PartialDate(int(years.group(group))),
                                        self.prov(b, s + years.start(group), s + years.end(group), "context.list_lead_years", 0.6))
                    return
                lead = LIST_LEAD_YEAR_RE.search(sent) or (ALL_FOR_YEAR_RE.search(sent)
                                                         if ALL_PROJECTS_SUBJECT_RE.match(sent) else None)
                if lead and (year := parse_date(lead.group("y"))) is not None:  # "... följande insatser under 2027:"
                    for fieldname in ("start_date", "end_date"):
                        self.set_scalar(fieldname, year, self.prov(b, s + lead.start("y"), s + lead.end("y"),
                                                                   "context.list_lead_year", 0.6))
                    return

    def each_gets(self) -> None:
        """"Två föreningar får vardera 150 000 kronor från X:" over the list: each entry's sum."""
        for b in reversed(self.seg.context[-3:]):
            m = EACH_GETS_RE.search(b.text)
            if m is None:
                continue
            for money, s, e in find_amounts(m.group(0))[:1]:  # (not "Totalt ...": each gets it)
                self.add_list("funding", Funding(money, "granted"), self.prov(b, m.start() + s, m.start() + e,
                                                                             "context.each_gets", 0.7),
                              key=lambda f: (f.money, f.funder))
            return

    def listed_share(self) -> None:
        """"Stödet motsvarar 50 procent av projektens kostnader" under a list granted from an EU fund: the EU rate
        of each."""
        if self.rec.eu_cofinancing_rate is not None or not any(is_eu_fund(f.value) for f in self.rec.funders):
            return
        for b in self.seg.after + list(reversed(self.seg.context)):
            for sent, s, _ in sentence_spans(b.text):
                share = GRANT_SHARE_RE.match(sent) or GRANT_SHARE_EN_RE.match(sent)
                if share:
                    self.set_scalar("eu_cofinancing_rate", float(share.group("rate").replace(",", ".")),
                                    self.prov(b, s + share.start("rate"), s + share.end("rate"), "context.grant_share", 0.6))
                    return

    def bare_case_line(self) -> None:
        """"§ 23 Medfinansiering av projektet X" over "RUN/2026/0041": a case number standing alone near the top;
        the case of the minute's item an entry is listed in ("§ 88 Bidrag till föreningar (KFN-2026-00312)")."""
        if self.rec.case_number is not None:
            return
        head = self.seg.head or next((b for b in self.seg.blocks[:1] if PARAGRAPH_MARK_RE.match(b.text)), None)
        m = HEAD_CASE_RE.search(head.text) if head is not None else None  # (a box under "§ 5 Ärende 2030-015" too)
        if head is not None and m:
            group = "case" if m.group("case") else "case2"
            self.set_scalar("case_number", m.group(group), self.prov(head, m.start(group), m.end(group),
                                                                     "case.item_head", 0.7))
            return
        for b in self.seg.blocks[:CASE_LINE_BLOCKS]:
            m = BARE_CASE_RE.match(b.text.strip()) if b.kind in ("line", "paragraph", "heading") else None
            if m:
                i = b.text.find(m.group("case"))
                self.set_scalar("case_number", m.group("case"), self.prov(b, i, i + len(m.group("case")), "case.bare_line", 0.7))
                return

    def publishers_own_projects(self) -> None:
        """"Förbundet driver flera projekt" over a table of them with no owner's column, "de projekt som kommunen
        driver" over a section each: the publisher runs each."""
        publisher = self.doc.publisher
        if self.rec.owner is not None or publisher is None:
            return
        for b in self.seg.context:
            for sent, s, _ in sentence_spans(b.text):
                if sent.startswith(publisher) and (named := RUNS_PROJECTS_RE.match(sent, len(publisher))):
                    self.set_scalar("owner", publisher, self.prov(b, s, s + named.end(), "context.publishers_own", 0.55))
                    return
                m = OWN_PROJECTS_RE.match(sent) or OWN_PROJECTS_CLAUSE_RE.search(sent)
                if m is None:
                    continue
                ref = m.groupdict().get("ref") or m.groupdict().get("by") or ""
                if ref in ("Vi", "vi", "oss") or ref and refers_to(ref, publisher):
                    self.set_scalar("owner", publisher, self.prov(b, s, s + m.end(), "context.publishers_own", 0.55))
                    return

    def deciding_publisher(self) -> None:
        """"Utvecklingsutskottet beviljar X 850 000 kronor": one of the publisher's own bodies grants the
        money, so the publisher pays, whoever else does."""
        publisher = self.doc.publisher
        if publisher is None:
            return
        if MANAGING_AUTHORITY_RE.match(publisher) and any(normalise_org(f.value) != normalise_org(publisher)
                                                          for f in self.rec.funders) \
                and any(GRANT_PAID_BY_RE.match(sent) and prose.FUNDED_BY_RE.search(sent)
                        for b in self.seg.blocks for sent, _, _ in sentence_spans(b.text)):
            return  # "Länsstyrelsen beviljar ... Stödet finansieras med medel ur anslaget ... från X": X's money, paid out
        decides = any(sent.startswith(publisher) and DECIDES_RE.match(sent, len(publisher))
                      for b in self.seg.blocks for sent, _, _ in sentence_spans(b.text)) \
            or not self.rec.funders and any(DECISION_TITLE_RE.match(b.text.strip()) for b in self.doc.blocks[:6]) \
            or not self.rec.funders and publisher.startswith("Region ") \
            and any(REGIONAL_SUPPORT_RE.search(b.text) for b in self.doc.blocks[:6]) \
            or any((head := OWN_DECISION_HEAD_RE.match(b.text.strip())) and refers_to(head.group("ref"), publisher)
                   for b in self.seg.blocks if b.kind == "heading")
        # ("Region X · Slutrapport regionalt projektstöd": the region's own support, reported on; "Kommunens beslut"
        # over "Beviljat belopp" on its form: the municipality's grant)
        # (or its letter titled "Beslut om regionalt projektstöd" over "Beviljat belopp: N kr", no payer named)
        granted = next((b for b in self.seg.blocks if GRANTED_SUM_RE.search(b.text) and find_amounts(b.text)), None)
        if decides and granted is not None and not pays_out_a_fund(publisher, "", fund_named=self.doc.eu_fund):
            # "Region X beslutar att förlänga ..." over "Beviljat stöd, 1 350 000 kronor, är oförändrat": its grant
            self.add_list("funders", publisher, self.prov(granted, 0, len(granted.text), "publisher.decides_grant", 0.55),
                          key=normalise_org)
            return
        for b in self.seg.blocks:
            for sent, s, _e in sentence_spans(b.text):
                m = site_body_in(sent)
                if m and m.group(0).casefold().startswith("länsstyrelse") \
                        and not publisher.casefold().startswith("länsstyrelse"):
                    continue  # ("... via Länsstyrelsen i X län, som har beviljat oss" on an association's blog)
                if m and GRANTED_RE.search(sent, m.end()) and (find_amounts(sent) or AS_APPLIED_RE.search(sent)
                                                               and self.rec.funding):  # ("... enligt ansökan")
                    if pays_out_a_fund(publisher, "", fund_named=self.doc.eu_fund):
                        return  # "Länsstyrelsen beviljar ..." the fund's money, in a decision that names the fund
                    self.add_list("funders", publisher, self.prov(b, s + m.start(), s + m.end(), "publisher.deciding_body",
                                                                  0.6), key=normalise_org)
                    return

    def funding_agency_database(self) -> str | None:
        """The authority whose project database the page is: its name over a database's title, else None."""
        top = [b.text.strip() for b in self.doc.blocks[:2]]
        beside = re.split(r"\s[–|-]\s", top[0]) if top else []  # "Energimyndigheten – Projektdatabas" on one line
        if len(top) >= 2 and DATABASE_TITLE_RE.match(top[1]):
            agency = top[0]
        elif len(beside) == 2 and DATABASE_TITLE_RE.match(beside[1].strip()):
            agency = beside[0].strip()
        elif (site := self.doc.site_authority or self.doc.publisher) \
                and any(b.kind == "key_value" and GRANTED_KEY_RE.match(b.key or "") for b in self.seg.blocks):
            agency = site  # "Beviljat bidrag: N kr" on the authority's own page of the project
        else:
            return None
        info = gazetteer().lookup(agency)
        if FOUNDATION_RE.search(agency):
            return agency  # a foundation's own page of what it granted: its money
        if info is None or info.kind != "myndighet" or MANAGING_AUTHORITY_RE.match(agency):
            return None  # (an authority that pays out an EU fund's money is no payer of its own)
        return agency

    def grantor(self) -> None:
        """Who pays, when the project's own text does not say: the nearest statement above the list
        ("Region X beviljar ...", a fund named), else the site's own organisation when one of its
        bodies made the decision ("nämnden beviljade", "LAG prioriterade"). A programme whose committee
        decided pays beside its fund ("Styrkommittén för Interreg X beviljade ...")."""
        self.stated_grantor()
        bodies = [(b, m) for b in self.seg.context + self.seg.blocks[:1] if (m := PROGRAMME_BODY_RE.search(b.text))]
        by_programme = bool(bodies)
        # "övervakningskommittén för Interreg Aurora": the programme the committee is named for, else the document's
        named = next((name for b, m in bodies if (name := programme_after(b.text, m.end()))), None)
        programme = named or self.doc.programme
        investments = any(OWN_INVESTMENTS_RE.search(b.text) for b in self.seg.context)  # a budget's own building
        decided = any(site_body_in(b.text) and not investments
                      or OWN_MONEY_RE.search(b.text) or LISTED_GRANTED_RE.search(b.text)
                      or self.doc.publisher and (g := PUBLISHER_GRANTS_RE.match(b.text) or PUBLISHER_GRANTED_ALL_RE.match(b.text))
                      is not None and refers_to(g.group("ref"), self.doc.publisher)  # "Kommunen har beviljat följande
                      # bidrag:", "Totalt beviljade förbundet 4,6 miljoner kronor till insatser under 2026."
                      for b in self.seg.context + self.seg.blocks[:1] + self.seg.after) \
            or self.doc.own_money_for_all  # "Projekten har beviljats regionala utvecklingsmedel." under the list
        if by_programme and programme:
            self.add_list("funders", programme, Provenance(0, 0, programme, "context.programme", 0.5), key=normalise_org)
        elif self.doc.publisher and (decided or FUNDING_BODY_RE.match(self.doc.publisher) and self.rec.funding) \
                and (not self.rec.funders or self.leader_area() == self.doc.publisher
                     and all(f.prov.rule.startswith("context.") for f in self.rec.funders)
                     or decided and all(f.prov.rule.endswith(".cofinancing") for f in self.rec.funders)):
            # (a samordningsförbund funds what its own news says got money)
            # a Leader area's LAG grants its own money beside the funds said of every project listed
            publisher = self.doc.publisher
            self.add_list("funders", publisher, Provenance(0, 0, publisher, "context.publisher", 0.5), key=normalise_org)
        elif self.doc.publisher is None and decided and (area := self.leader_area()) is not None \
                and LAG_RE.search(" ".join(b.text for b in self.seg.context[:8])) \
                and all(f.prov.rule.startswith("context.") for f in self.rec.funders):
            # a LAG's minute ("LAG-möte Leader X"), no site around it: the area grants beside the funds named
            self.add_list("funders", area, Provenance(0, 0, area, "context.lag_minute", 0.5), key=normalise_org)
        elif self.doc.publisher and self.doc.publisher.startswith("Leader ") and self.rec.funding and not self.rec.funders:
            # a sum for a project on a Leader area's own pages, no payer named: the area granted it
            publisher = self.doc.publisher
            self.add_list("funders", publisher, Provenance(0, 0, publisher, "context.leader_site", 0.5), key=normalise_org)

    def stated_grantor(self) -> None:
        """Who pays, as the text around the list states it: of all listed, the nearest grantor, else a fund."""
        nearest = list(reversed(self.seg.context)) + self.seg.after
        for b in self.seg.after + list(reversed(self.seg.context)):  # "projekt som har beviljats stöd från Leader X":
            # said of every project listed, under the list or above it
            if heading_like(b) and b in self.seg.context:
                break  # said above a heading, of the projects listed under that one
            for sent, s, _ in sentence_spans(b.text):
                m = prose.FUNDED_BY_RE.search(sent)
                if m and (ALL_LISTED_RE.search(sent[:m.start()]) or b in self.seg.after and THE_MONEY_RE.match(sent)) \
                        and not SOME_LISTED_RE.search(sent[:m.start()]):
                    for named, o in prose.org_sequence(sent, m.end()):
                        org = organisation_of_body(named)  # ("... beviljade av X:s kulturnämnd": X pays)
                        if (looks_like_org(org) or is_eu_fund(org)) and not NOT_A_FUNDER_RE.match(org):
                            self.add_list("funders", org, self.prov(b, s + o, s + o + len(named), "context.all_listed",
                                                                    0.65), key=normalise_org)
                    decided = DECIDED_BY_AREA_RE.search(sent, m.end())
                    area = org_run(sent, decided.end()) if decided else None
                    if decided and area:  # "... och beslutas av LAG i Leader X": the area grants the fund's money
                        self.add_list("funders", area, self.prov(b, s + decided.end(), s + decided.end() + len(area),
                                                                 "context.all_listed.decided_by", 0.65), key=normalise_org)
                pay = OWNERS_PAY_RE.match(sent)
                kind = (pay.group("kind") or pay.group("assoc") or "") if pay else ""
                if pay and self.rec.owner is not None and kind.casefold() in self.rec.owner.value.casefold():
                    # "Kommunerna står själva för halva kostnaden" over the municipalities' projects: each owner pays
                    self.owners_pay = self.prov(b, s + pay.start(), s + pay.end(), "context.owners_pay", 0.6)
                own = OWN_FUND_RE.search(sent) if b in self.seg.after and THE_MONEY_RE.match(sent) else None
                publisher = self.doc.publisher
                if own and publisher and refers_to(own.group("ref"), publisher):
                    # "Medlen kommer från förbundets utvecklingsfond": the site's organisation pays all listed
                    self.add_list("funders", publisher, self.prov(b, s + own.start("ref"), s + own.end("ref"),
                                                                  "context.own_fund", 0.6), key=normalise_org)
        if self.rec.funders:
            return
        for b in nearest:  # a statement of who pays ("beviljar", "finansieras av"), the nearest above first
            if ORG_BUDGET_RE.match(b.text):
                continue  # "Förbundets medel kommer från A och B": who pays the organisation, not what it funds
            kind = DEFINITE_FUNDS_LISTED_RE.match(b.text)
            if kind and self.doc.publisher and refers_to(kind.group("ref"), self.doc.publisher):
                # "Förbundet finansierar under 2041 följande insatser": the site's organisation pays those listed
                self.add_list("funders", self.doc.publisher, self.prov(b, kind.start("ref"), kind.end("ref"),
                                                                       "context.definite_funds_listed", 0.6),
                              key=normalise_org)
                continue
            m = prose.GRANTOR_RE.search(b.text)
            if m:
                named = prose.org_at(b.text, m.start("org"), m.group("org"))
                org = organisation_of_body(named)
                body = GENITIVE_BODY_RE.match(named)
                if self.doc.publisher and body and DEFINITE_KIND_RE.fullmatch(body.group("org")) \
                        and refers_to(body.group("org"), self.doc.publisher):
                    org = self.doc.publisher  # "Kommunens landsbygdsråd har delat ut ...": the site's municipality
                if looks_like_org(org) and not is_site_body(org) and not pays_out_a_fund(org, b.text, self.doc.eu_fund):
                    at = b.text.find(org, m.start("org"))  # (the body's organisation after "i")
                    at, end = (at, at + len(org)) if at >= 0 else (m.start("org"), m.start("org") + len(named))
                    self.add_list("funders", org, self.prov(b, at, end, "context.grantor", 0.6), key=normalise_org)
            m = prose.FUNDED_BY_RE.search(b.text)  # "projekt som har beviljats utvecklingsmedel från Region X"
            if m and not prose.APPLIED_FOR_RE.search(b.text[max(0, m.start() - 40):m.start()]):
                # ("..., som också har sökt stöd från X": asked of, not paying)
                for org, s in prose.org_sequence(b.text, m.end()):
                    if (looks_like_org(org) or is_eu_fund(org)) and not NOT_A_FUNDER_RE.match(org):
                        self.add_list("funders", org, self.prov(b, s, s + len(org), "context.funded_by", 0.6),
                                      key=normalise_org)
            if self.rec.funders:
                self.grantors_fund(nearest)
                return
        for b in nearest:  # else a fund named near the list (not one only asked: "har sökt stöd från X")
            for name, s, e in gazetteer().mentions(b.text):
                if is_eu_fund(name) and name.casefold() != "interreg" \
                        and not prose.APPLIED_FOR_RE.search(b.text[max(0, s - 40):s]):
                    area = self.doc.leader_area
                    if area and name.casefold() != "leader" and area.startswith(name + " "):
                        # "Leader Pohjanmaa – Österbotten": the area in full
                        name, e = area, s + len(area)
                    self.add_list("funders", name, self.prov(b, s, e, "context.fund", 0.6), key=normalise_org)
            if self.rec.funders:
                return

    def grantors_fund(self, nearest: list[Block]) -> None:
        """The fund the grantor pays out, said elsewhere above the list ("Landskapsregeringen beviljar stöd ur X" as
        the headline, "Landskapsregeringen har beviljat stöd till tre projekt" over them): it pays too."""
        granting = {normalise_org(f.value) for f in self.rec.funders}
        for b in nearest:
            grantor, funded = prose.GRANTOR_RE.search(b.text), prose.FUNDED_BY_RE.search(b.text)
            if grantor is None or funded is None or normalise_org(organisation_of_body(
                    prose.org_at(b.text, grantor.start("org"), grantor.group("org")))) not in granting:
                continue
            for org, s in prose.org_sequence(b.text, funded.end()):
                if is_eu_fund(org):
                    self.add_list("funders", org, self.prov(b, s, s + len(org), "context.grantors_fund", 0.6),
                                  key=normalise_org)

    def yearly_parts(self) -> None:
        """"500 000 kronor per år under 2025–2027" and later "totalt 1 500 000 kronor": the total is the
        money, its yearly part is not another sum. A yearly sum with no total stated stays."""
        sums = {(f.value.money.currency, f.value.money.amount) for f in self.rec.funding}
        parts = {money for money in self.yearly
                 if any((money.currency, money.amount * years) in sums for years in range(2, 11))}
        self.rec.funding = [f for f in self.rec.funding if f.value.money not in parts]

    def letterhead_named(self, definite: str) -> str | None:
        """The organisation a document's first line names, when a definite noun refers to it."""
        top = self.doc.blocks[0].text.strip() if self.doc.blocks else ""
        return top if top != definite and len(top.split()) <= 4 and refers_to(definite, top) \
            and gazetteer().lookup(top) is not None else None

    def own_fund_holder(self, fund: str) -> str | None:
        """"landsbygdsfonden" where the text says "ur kommunens landsbygdsfond": not the EU's fund of that name but
        the site's organisation's own, which pays."""
        publisher = self.doc.publisher
        if publisher is None or not fund[:1].islower() or not fund.endswith("fonden"):
            return None
        own = re.compile(rf"\b(?P<ref>[a-zåäö]{{4,}}(?:en|et))s\s+{re.escape(fund[:-2])}\b")
        for b in self.seg.context + self.seg.blocks:
            m = own.search(b.text)
            if m and refers_to(m.group("ref"), publisher):
                return publisher
        return None

    def tidy_funders(self) -> None:
        """The EU itself and the bodies that decide (a nämnd, a LAG) pay nothing of their own; a bare
        "Leader" on a Leader area's page is that area."""
        kept: list[Value] = []
        for f in self.rec.funders:
            name = f.value
            if (eu := EU_GENITIVE_RE.match(name)) and name[eu.end():][:1].isupper() and is_eu_fund(name[eu.end():]):
                name, f = name[eu.end():], Value(name[eu.end():], f.prov)  # "the EU's LIFE programme": LIFE
            if len(name.split()) == 1 and self.doc.publisher and name != self.doc.publisher \
                    and refers_to(name, self.doc.publisher):  # "Länsstyrelsen", "Samordningsförbundet" on the site of
                name, f = self.doc.publisher, Value(self.doc.publisher, f.prov)  # that organisation: it, by its name
            if NOT_A_FUNDER_RE.match(name) or is_site_body(name) and name != self.doc.publisher:
                continue  # ("Post- och telestyrelsen" is an authority; a committee heading its decisions, no
                # organisation named, is all the document says of who pays)
            if name.casefold() == "leader":  # a bare "Leader" is the Leader area the document is about
                publisher = self.doc.publisher
                area = publisher if publisher and publisher.casefold().startswith("leader ") else self.doc.leader_area
                if area:
                    f = Value(area, f.prov)
            publisher = self.doc.publisher
            if publisher and publisher.startswith(name + ","):
                f = Value(publisher, f.prov)  # "Leader Sjö" where a comma cut the site's own "Leader Sjö, skog och fjäll"
            elif len(name.split()) == 1 and (top := self.letterhead_named(name)) is not None:
                f = Value(top, f.prov)  # "Landskapsregeringen" under the letterhead "Ålands landskapsregering"
            programme = known_programme(name)
            if programme and programme != name:
                f = Value(programme, f.prov)
            holder = self.own_fund_holder(f.value)
            if holder:
                f = Value(holder, f.prov)
            same = next((i for i, k in enumerate(kept) if funder_key(k.value) == funder_key(f.value)), None)
            if same is None:
                kept.append(f)
            elif len(f.value) > len(kept[same].value):  # "ESF+" and "Europeiska socialfonden plus (ESF+)": one
                kept[same] = f  # fund, by its fuller name
        # "Leader Sjö" read where a comma cut "Leader Sjö, skog och fjäll", named in full elsewhere: one funder
        self.rec.funders = [f for f in kept if not any(k.value.startswith(f.value + ",") for k in kept)]
        if any(is_eu_fund(f.value) for f in self.rec.funders):
            # "... 3,2 miljoner kronor från Tillväxtverket. Pengarna kommer från Regionalfonden": the authority pays
            # the fund's money out, it is no payer of its own
            self.rec.funders = [f for f in self.rec.funders if not (f.prov.rule == "prose.funder.fran"
                                                                    and MANAGING_AUTHORITY_RE.match(f.value))]

    def row(self, b: Block) -> None:
        """A row of facts: "Namn – Ägare – 1 450 000 kronor", "2012-3317 Ägare, Namn ...", or table cells."""
        labelled = labelled_entry(b.text)
        if labelled:
            self.labelled_entry(b, *labelled)
            return
        entry = case_entry(b.text)
        if entry:
            self.case_entry(b, entry)
            return
        if self.seg.columns and b.cells and len(b.cells) == len(self.seg.columns):
            self.row_by_columns(b, b.cells, self.seg.columns)
            return
        flat = flat_row(b.text) if not b.cells else None
        if flat:  # "Digital skola i Pajala Pajala kommun 250 000": a table's columns run together
            at = b.text.find(flat[1])
            self.set_scalar("owner", flat[1], self.prov(b, at, at + len(flat[1]), "row.flat.owner", 0.75))
            at = b.text.rfind(flat[2])
            self.amounts(b, f"{flat[2]} {self.table_currency or 'kr'}", at, context="beviljat", rule="row.flat.funding",
                         conf=0.75)
            return
        owned_for = owner_for_name(b.text)
        if owned_for:  # "Idre IF för projektet Spår för alla": who gets the sum said over the list
            owner = owned_for.group("owner").strip()
            self.set_scalar("owner", owner, self.prov(b, 0, len(owner), "row.owner_for", 0.8))
            beside = "sum" if owned_for.group("sum") else "after" if owned_for.group("after") else None
            if beside:  # "Åby IF (45 000 kr) för projektet X", "Åby IF för projektet X (45 000 kr)": its own sum
                self.amounts(b, owned_for.group(beside), owned_for.start(beside), context="beviljat",
                             rule="row.owner_for.funding", conf=0.8)
            else:
                self.each_gets()
            return
        paid = payer_years_entry(b.text)
        if paid:  # "Namn (ESF+, 2029–2031) – ska korta ...": its payer, its years, and what it is for
            at = b.text.find(paid.group("payer"))
            self.add_list("funders", paid.group("payer").strip(), self.prov(b, at, at + len(paid.group("payer")),
                                                                           "row.payer_years", 0.8), key=normalise_org)
            self.period(b, paid.group("years"), b.text.find(paid.group("years")), "row.period", 0.8)
            rest = (paid.group("rest") or "").strip()
            if re.match(r"(?:ska|skall|syftar till)\s", rest):  # its aim, the name its subject
                self.add_goal(b, 0, len(b.text), b.text.strip(), "mål", "row.goal")
            return
        m = OWNER_FIRST_ENTRY_RE.match(b.text)
        if m:  # "Ägare, projekt ”Namn”, 650 000 kronor, projektperiod 2024-04-01–2025-12-31."
            group = "owner" if m.group("owner") else "owner_for"
            self.set_scalar("owner", m.group(group).strip(), self.prov(b, 0, m.end(group), "row.owner_first", 0.85))
            rest = m.group("rest").rstrip(" .")
            self.amounts(b, rest, m.start("rest"), context="beviljat", rule="row.funding", conf=0.85)
            if find_dates(rest):
                self.period(b, rest[find_amounts(rest)[-1][2]:] if find_amounts(rest) else rest,
                            m.start("rest") + (find_amounts(rest)[-1][2] if find_amounts(rest) else 0), "row.period", 0.8)
            return
        prefix = LABELLED_CASE_PREFIX_RE.match(b.text)  # "Ärendeid 20371111 – Namn – Ägare – 1 200 000 kr": the case by its
        text = b.text[prefix.end():] if prefix else b.text  # label, then the row (its number is read as prose)
        parts = b.cells if b.cells else owner_first(row_parts(first_sentence(text)))
        if b.cells and len(comma_parts(b.cells[0])) >= 3:  # "Projekt X, sökande Y, 600 000 kr | Beviljas"
            parts = comma_parts(b.cells[0]) + b.cells[1:]
        parts = [INLINE_ROLE_RE.sub("", p) for p in parts]  # "sökande Y": the label inside the cell
        if not b.cells and len(parts) < 3:
            parts = owner_first(comma_parts(first_sentence(text)))  # "Ägare, Namn, 850 000 kronor, 2027" too
        if not b.cells and len(parts) < 3:
            parts = dot_parts(text) or bracketed_parts(text) or mixed_parts(text)
        sum_last = DASH_SUM_IN_BRACKETS_RE.match(text)
        if sum_last and not b.cells and self.seg.name is not None:  # "Ägare – Namn (1 800 000 kr)": the name first
            first, second = sum_last.group("first").strip(), sum_last.group("second").strip()
            parts = [second, first, dash_entry_sum(sum_last)] if fold(second) == fold(self.seg.name[0]) \
                else [first, second, dash_entry_sum(sum_last)]
        bracketed = bracket_entry(b.text)
        if bracketed and not b.cells:  # "Namn (Ägare), 7 204 118 kr", "NAMN (Lead partner: Ägare) – ERDF EUR 1.2 million"
            owner = bracketed[1]
            parts = [bracketed[0], owner, *[p.strip() for p in re.split(r",\s+", bracketed[2])]]
            if self.rec.owner is not None and self.rec.owner.prov.rule.startswith("prose.") and looks_like_org(owner):
                self.rec.owner = None  # the owner in brackets beside the name says more than a sentence's subject
        parts = [without_country(p) for p in parts]  # "Ägare (Kalmar län)": where the owner is
        role = ROW_ROLE_RE.match(parts[-1].strip(" .")) if len(parts) >= 3 and self.doc.publisher else None
        if role and self.doc.publisher:  # "Namn – Fond – 2019–2021 – partner": the publisher's own role in the project
            publisher = self.doc.publisher
            if role.group("owner") and self.rec.owner is None:
                self.set_scalar("owner", publisher, Provenance(0, 0, publisher, "row.publisher_role", 0.7))
            elif role.group("partner"):
                self.add_list("partners", publisher, Provenance(0, 0, publisher, "row.publisher_role", 0.7),
                              key=normalise_org)
            parts = parts[:-1]
        named_above = self.seg.name is not None and self.seg.name[1] is not b  # "Namn" over "Ägare, 220 000 kr"
        if len(parts) >= 3 and QUOTED_PART_RE.fullmatch(parts[1].strip()) and not find_amounts(parts[0]) \
                and looks_like_org(parts[0].strip()):  # 'Teater X – "Namn" – 240 000 kr': the quoted part names it,
            owner = parts[0].strip()  # the one before it runs it
            self.set_scalar("owner", owner, self.prov(b, 0, len(owner), "row.owner_before_quoted", 0.8))
        applicant = APPLICATION_FROM_RE.search(parts[0]) if parts else None
        if applicant and looks_like_org(applicant.group("org")):  # "1. Ansökan från X om projektet Y (dnr) – ..."
            at = max(b.text.find(applicant.group("org")), 0)
            self.set_scalar("owner", applicant.group("org"), self.prov(b, at, at + len(applicant.group("org")),
                                                                       "row.applicant", 0.85))
        self.read_row_parts(b, parts if named_above else parts[1:])

    def plan_line_payer(self, key: str) -> str | None:
        """Who pays the part a financing plan's line states, by its label: "Region Dalarna", "Region X (sökt)",
        "Stöd från Tillväxtverket", "Offentlig medfinansiering, Åby kommun", "Kommunens insats" (the owner);
        "" for a payer's line whose payer is not named, None for a line that names no payer."""
        payer = PAYER_STATUS_RE.sub("", key)  # "Region X (sökt)", "X kommun (egen insats)": the payer, not its status
        if not (plainly_org(payer) or is_eu_fund(payer) or PAYER_IN_LABEL_RE.search(payer) and table_payer(payer)
                or self.section == "funders" and self.table_currency and looks_like_org(payer)):
            part = OWN_PART_HEAD_RE.match(key)  # "Kommunens insats": the body the page is about pays a part
            return next((o for o in (self.rec.owner.value if self.rec.owner else None, self.doc.publisher)
                         if o and part and refers_to(part.group("ref"), o)), None)
        if MONEY_CATEGORY_RE.search(payer) or re.search(r"\b(?:från|ur)\s", payer):
            return table_payer(payer) or ""  # "Offentlig medfinansiering, Åby kommun": the payer after its kind
        return payer

    def read_row_parts(self, b: Block, parts: list[str]) -> None:
        """A row's parts after its name, each read by what it is: a sum, a case, a period, a payer, the owner, an aim."""
        for part in parts:
            i = max(b.text.find(part), 0)
            if self.labelled_part(b, part, i):  # "NAMN – Lead partner: X – EU funding: EUR 1 450 000"
                continue
            if find_amounts(part):
                self.amounts(b, part, i, context="beviljat", rule="row.funding", conf=0.85)
                to = SUM_TO_ORG_RE.match(part, find_amounts(part)[-1][2])  # "500 000 kr till Åby kommun": who gets it
                if to and self.rec.owner is None and looks_like_org(to.group("org").strip()):
                    org = to.group("org").strip()
                    self.set_scalar("owner", org, self.prov(b, i + to.start("org"), i + to.start("org") + len(org),
                                                            "row.sum_to_owner", 0.8))
                fund = part[:find_amounts(part)[0][1]].strip(" :–-")
                if fund and is_eu_fund(fund):  # "ERDF EUR 1.2 million": the fund, then its part
                    self.add_list("funders", fund, self.prov(b, i, i + len(fund), "row.funder", 0.85), key=normalise_org)
                if find_dates(part):  # "822 500 kronor EU-medel ur ERUF år 2022-2023"
                    self.period(b, part[find_amounts(part)[-1][2]:], i + find_amounts(part)[-1][2], "row.period", 0.8)
            elif BARE_CASE_RE.match(part.strip()):  # "Namn (RUN 2027-11) – beviljas ...": the case in brackets
                self.set_scalar("case_number", part.strip(), self.prov(b, i, i + len(part.strip()), "row.case", 0.85))
            elif find_dates(part) or find_periods(part):  # "– 2024" too: a period of one year is its start and its end;
                # "– läsåret 2027/28": a school year over two
                self.period(b, part, i, "row.period", 0.85)
            elif is_eu_fund(part) or (known := gazetteer().lookup(part)) is not None and known.kind.startswith("eu") \
                    or hands_out_grants(part) and any(find_amounts(p) for p in parts) \
                    and (self.rec.owner is not None or not is_local_government(part)):  # "X (Tillväxtverket, 1,5
                # mnkr)"; a municipality where the owner stands ("Namn, Åby kommun, 400 000 kr") owns it
                self.add_list("funders", part, self.prov(b, i, i + len(part), "row.funder", 0.85), key=normalise_org)
            elif self.rec.owner is None and looks_like_org(part) and not DECISION_WORD_RE.match(part.strip()):
                self.set_scalar("owner", part, self.prov(b, i, i + len(part), "row.owner", 0.85))
            elif is_aim_sentence(part.strip()):  # "... – 210 000 kr – Projektet ska utveckla ...": its aim, last
                aim = part.strip()
                self.add_goal(b, i, i + len(part), aim, "mål", "row.goal")
                self.rec.goals = [g for g in self.rec.goals if g.value.text == aim or aim not in g.value.text]  # the
                # whole row read as one sentence is no goal of its own

    def labelled_part(self, b: Block, part: str, at: int) -> bool:
        """A row's part written "Label: value" ("lead partner: X" too): the label says what the value is."""
        part = part.strip()
        pair = split_label(part[:1].upper() + part[1:])
        field = label_field(pair[0]) if pair and pair[1] else None
        if pair is None or field not in ("owner", "partners", "funders", "funding", "period"):
            return False
        value = pair[1]
        v = at + max(part.find(value), 0)
        if field == "owner":
            name = owner_value(value)
            self.set_scalar("owner", name, self.prov(b, v, v + len(name), "row.part.owner", 0.85))
        elif field in ("partners", "funders"):
            self.add_orgs(field, value, b, v, f"row.part.{field}", 0.85)
        elif field == "funding":
            self.amounts(b, value, v, context=pair[0], rule="row.part.funding", conf=0.85)
        else:
            self.period(b, value, v, "row.part.period", 0.85)
        return True

    def money_head(self) -> str:
        """A table's head, with the unit the document states once for its figures ("Belopp i tkr.") where the head
        says none."""
        head = " ".join(self.seg.header or [])
        unit = self.doc.figure_unit
        if unit and not SCALED_HEAD_RE.search(head) and not re.search(r"(?i)\b(?:kr|kronor|sek|eur|euro)\b|€", head):
            head += f" ({unit})"
        return head

    def row_by_columns(self, b: Block, cells: list[str], columns: list[str | None]) -> None:
        """A table's row read by its header: each cell is the field its column's label names. With no owner's
        column, a column headed by what kind the owners are ("Kommun", "Organisation") holds them."""
        heads = list(self.seg.header or []) + [""] * len(cells)
        for cell, column, head in zip(cells, columns, heads):
            i = max(b.text.find(cell), 0)
            prov = self.prov(b, i, i + len(cell), f"row.column.{column}", 0.9)
            if column == "name" and NAME_AND_OWNER_HEAD_RE.match(head.strip()) and (both := name_comma_owner(cell)):
                at = b.text.find(both[1], i)  # "Byns hjärta, Åby byalag" under "Projekt och sökande": its applicant
                self.set_scalar("owner", both[1], self.prov(b, at, at + len(both[1]), "row.column.name_owner", 0.85))
            elif column is None and "owner" not in columns and OWNER_KIND_COLUMN_RE.match(head.strip()) \
                    and looks_like_org(cell):
                self.set_scalar("owner", cell, self.prov(b, i, i + len(cell), "row.column.owner_kind", 0.85))
            elif column == "owner" and (number := prose.ORGNR_IN_BRACKETS_RE.search(cell)
                                        or ORGNR_AFTER_COMMA_RE.search(cell)) is not None:
                owner = cell[:number.start()].strip()  # "Åby IF (802400-0000)", "Åby IF, 802400-0000": the owner, its number
                self.set_scalar("owner", owner, self.prov(b, i, i + len(owner), "row.column.owner", 0.9))
                for orgnr, _, _ in find_orgnrs(number.group(0))[:1]:  # (a number that fails its check digit is none)
                    self.set_scalar("owner_orgnr", normalise_orgnr(orgnr),
                                    self.prov(b, i + number.start(), i + number.end(), "row.column.owner.orgnr", 0.9))
            elif column == "owner" or column == "case_number" and len(cell.split()) < MATTER_WORDS:
                self.set_scalar(column, cell, prov)  # (not a minute's matter told in words under "Ärende")
            elif column == "ignore" and re.search(r"(?i)\b(?:an)?sökt", head) and find_amounts(cell):
                for money, s, e in find_amounts(cell):  # "Sökt stöd" over "380 000 kr": asked; the grant when the
                    # decision grants it and states no other sum
                    self.applied.append(Value(Funding(money, "granted"), self.prov(b, i + s, i + e, "row.column.applied",
                                                                                   0.6)))
            elif column == "owner_orgnr" and find_orgnrs(cell):
                self.set_scalar("owner_orgnr", normalise_orgnr(find_orgnrs(cell)[0][0]), prov)
            elif column == "funding" and not find_amounts(cell) and (BARE_FIGURE_RE.fullmatch(cell.strip()) or re.fullmatch(
                    r"\d{1,3}(?:,\d{1,3})?", cell.strip()) and SCALED_HEAD_RE.search(self.money_head())):
                head = self.money_head()  # "Beviljat stöd (kr)" over "6 450 000", "Beviljat (tkr)" over "800",
                currency = "EUR" if re.search(r"(?i)\beur|euro|€", head) else "SEK"  # "Beviljat (mnkr)" over "1,25"
                scaled = SCALED_HEAD_RE.search(head)
                scale = 1000 if scaled and scaled.group(1).casefold().startswith(("t", "k")) else 10**6 if scaled else 1
                decimal = re.fullmatch(r"\d{1,3},\d{1,3}", cell.strip()) if scaled else None
                money = Money(round(float(cell.strip().replace(",", ".")) * scale) if decimal
                              else figure_value(cell) * scale, currency)
                if money.amount < PROGRAMME_SCALE.get(currency, 10**9):  # ("Budget (mnkr)" over "1 050": a programme's)
                    self.add_list("funding", Funding(money, "granted", None), prov, key=lambda f: (f.money, f.funder))
            elif column == "funding" or column is None and find_amounts(cell):
                self.amounts(b, cell, i, context="beviljat", rule="row.column.funding", conf=0.9)
                payers = [(org, k + j) for part, k in _slash_parts(cell) for org, j in prose.org_sequence(part, 0)]
                for org, j in payers:  # "ERUF 2 100 000 kr, Region X 900 000 kr", "ESF+ / Region X": who pays each
                    if not (is_eu_fund(org) or is_named_org(org)) and self.doc.publisher \
                            and len(org.split()) == 1 and refers_to(org, self.doc.publisher):
                        org = self.doc.publisher  # ("Samordningsförbundet + ESF+" on the förbund's own page: itself)
                    if is_eu_fund(org) or is_named_org(org):
                        self.add_list("funders", org, self.prov(b, i + j, i + j + len(org), "row.column.funding.payer", 0.85),
                                      key=normalise_org)
                part = OWN_PART_HEAD_RE.match(head.strip())
                payer = next((o for o in (self.rec.owner.value if self.rec.owner else None, self.doc.publisher)
                              if o and part and refers_to(part.group("ref"), o)), None)
                if payer and find_amounts(cell):  # "Kommunens insats" over "1 240 000 kr": the municipality pays a part
                    self.add_list("funders", payer, self.prov(b, i, i + len(cell), "row.column.own_part", 0.8),
                                  key=normalise_org)
            elif column == "contact":
                self.person(b, cell, i, "row.column.contact", 0.85)
            elif column == "period":
                self.period(b, cell, i, "row.column.period", 0.9)
            elif column in ("start_date", "end_date") or column is None and find_dates(cell) \
                    and not EVENT_DATE_COLUMN_RE.search(head) \
                    and not (self.seg.name and self.seg.name[0] in cell):
                # ("Beslutsdatum": when it was decided, not the period; "Projektet Unga ledare 2034": a name's year)
                start, end = parse_period(cell)
                if column == "end_date" and end is None:
                    start, end = None, start  # one date under "Slut": the end
                for fieldname, value in (("start_date", start), ("end_date", end)):
                    if value and (column == fieldname or column is None):
                        self.set_scalar(fieldname, value, prov)
            elif column in ("funders", "partners"):
                beside = ".cofinancing" if column == "funders" and COFINANCIERS_KEY_RE.match(head.strip()) else ""
                for org in (o for part, _ in _slash_parts(cell) for o in split_org_list(part)):
                    # ("Medfinansiärer": those who pay beside the grant the table lists; "ESF+ / Region X": two)
                    j = cell.find(org)
                    org = (payer_beside_scheme(org) or org) if column == "funders" else org
                    self.add_list(column, org, self.prov(b, i + j, i + j + len(org), f"row.column.{column}{beside}", 0.85),
                                  key=normalise_org)

    def labelled_entry(self, b: Block, lead: str, parts: list[tuple[int, str, str, int]]) -> None:
        """"RUN 2031-0042 Sökande: X. Projekt: Y. Beviljat belopp: N kr": the case leads, each label says the rest."""
        cased = prose.CASE_IN_TEXT_RE.search(lead)  # "4.1 Journalnummer 2031-1187"
        if cased:
            self.set_scalar("case_number", cased.group("case"), self.prov(b, cased.start("case"), cased.end("case"),
                                                                          "row.labelled.case", 0.85))
        elif CASE_LEAD_RE.match(lead + " X"):  # "RUN 2031-0042"
            self.set_scalar("case_number", lead, self.prov(b, 0, len(lead), "row.labelled.case", 0.85))
        for label_at, field, value, at in parts:
            if field == "case_number":
                self.set_scalar("case_number", value, self.prov(b, at, at + len(value), "row.labelled.case", 0.85))
            elif field == "ignore" and SOUGHT_LABEL_RE.match(b.text, label_at) and find_amounts(value) \
                    and any(GRANTS_AS_SOUGHT_RE.search(x.text) for x in self.seg.blocks):
                self.amounts(b, value, at, context="beviljat", rule="row.labelled.granted_as_sought", conf=0.8)
            elif field not in ("name", "ignore"):
                self.labelled_part(b, b.text[label_at: at + len(value)], label_at)

    def case_entry(self, b: Block, entry: dict) -> None:
        """"2012-3317 Ägare, org.nr ..., Namn Projektet avser ...": the case, the owner and its number lead."""
        text = b.text
        self.set_scalar("case_number", entry["case"], self.prov(b, 0, len(entry["case"]), "row.case_lead", 0.85))
        i = text.find(entry["owner"])
        self.set_scalar("owner", entry["owner"], self.prov(b, i, i + len(entry["owner"]), "row.case_lead.owner", 0.85))
        if entry["orgnr"]:
            i = text.find(entry["orgnr"])
            self.set_scalar("owner_orgnr", normalise_orgnr(entry["orgnr"]),
                            self.prov(b, i, i + len(entry["orgnr"]), "row.case_lead.orgnr", 0.85))
        rest_at = entry["name_at"] + len(entry["name"])
        rest = text[rest_at:]
        first = sentence_spans(rest.lstrip())[:1]
        if first:  # "... Namn Förstudien ska utreda ...": the entry's text opens after its title
            sent, s, e = first[0]
            lead = rest_at + len(rest) - len(rest.lstrip())
            strength = aim_strength(sent)
            if strength:
                self.add_goal(b, lead + s, lead + e, sent, None, f"prose.goal.{strength}")
        if find_amounts(rest):
            self.amounts(b, rest, rest_at, context="beviljat", rule="row.funding", conf=0.8)
        else:
            granted = last_bare_figure(rest)
            if granted:
                value, s, e = granted
                currency = "EUR" if re.search(r"(?i)\beur|euro|€", rest) else "SEK"
                self.add_list("funding", Funding(Money(value, currency), "granted", None),
                              self.prov(b, rest_at + s, rest_at + e, "row.case_lead.figure", 0.75),
                              key=lambda f: (f.money, f.funder))
        if find_dates(rest) and self.rec.start_date is None:
            dated = [p for p in re.split(r"\s+[–—]\s+", rest) if find_dates(p) and not find_amounts(p)]
            if dated:  # "... – 320 000 kr – 2026": the part that is a period, a single year too
                part = dated[0].strip(" .;,")
                self.period(b, part, rest_at + rest.find(part), "row.period", 0.8)
            else:
                self.period(b, rest, rest_at, "row.period", 0.8)

    def drop_generic_noun(self) -> None:
        """"Förstudie X" stays the name only when the text never calls it plain X."""
        if self.rec.name is None:
            return
        m = re.match(r"^(Förstudie|Förprojekt|Pilotprojekt|Projekt)\s+(?P<rest>.+)$", self.rec.name.value)
        if not m:
            return
        rest = m.group("rest")
        for b in self.seg.blocks:
            for hit in re.finditer(re.escape(rest), b.text, re.IGNORECASE):
                before = b.text[max(0, hit.start() - 14):hit.start()].strip().casefold()
                if not before.endswith(m.group(1).casefold()):
                    i = hit.start()
                    self.rec.name = Value(b.text[i:i + len(rest)], self.prov(b, i, i + len(rest), "name.without_noun", 0.9))
                    return

    def same_grant_once(self) -> None:
        """"2,5 miljoner" and "2 486 300 kr" for one project are one grant: the exact figure stays."""
        def digits(v: Value) -> int:
            return significant_digits(v.value.money.amount)

        kept: list[Value] = []
        for f in sorted(self.rec.funding, key=digits, reverse=True):
            m = f.value.money
            if any(k.value.money.currency == m.currency and abs(k.value.money.amount - m.amount)
                   <= 0.025 * max(k.value.money.amount, m.amount) for k in kept):
                continue
            kept.append(f)
        self.rec.funding = [f for f in self.rec.funding if f in kept]

    def aims_by_name(self) -> None:
        """"Fjällbron ska hjälpa ...", "Byalaget vill bygga ...": a sentence whose subject is the project or its
        owner and whose verb is "ska" or "vill" states what the project is for."""
        subjects = [v.value for v in (self.rec.name, self.rec.owner) if v is not None]
        if not subjects:
            return
        if self.rec.name is not None and re.search(r"\s[–—-]\s", self.rec.name.value):
            subjects.append(re.split(r"\s[–—-]\s", self.rec.name.value)[0])  # "SEED – Sustainable ...": "SEED ska ..."
        words = self.rec.name.value.split() if self.rec.name is not None else []
        if len(words) >= 2 and (gazetteer().is_place(words[-1]) or gazetteer().is_municipality(words[-1])):
            subjects.append(" ".join(words[:-1]))  # "Bryggan Gotland": "Bryggan ska ...", the name without its place
        if self.rec.name is not None:  # "Kreativ inkubator X": "Inkubatorn ska ..."; "Cykelled längs Y": "Leden ska ..."
            subjects += head_noun_references(self.rec.name.value)
        if self.rec.owner is not None:  # "Föreningen ska hjälpa ...": the owner by its kind
            first = self.rec.owner.value.split()[0]
            subjects += [w for w in {m.group(0) for b in self.seg.blocks for m in DEFINITE_SUBJECT_RE.finditer(b.text)}
                         if w != first and refers_to(w, self.rec.owner.value)]
        own_site = self.doc.publisher or (page.text.strip() if (page := self.doc.page_org) is not None else None)
        if self.rec.owner is not None and (any("Vi " in b.text and self.rec.owner.value in b.text and re.search(
                rf"\bVi (?:på|vid|i|inom) {re.escape(self.rec.owner.value)}\b", b.text) for b in self.seg.blocks)
                or own_site is not None and normalise_org(own_site) == normalise_org(self.rec.owner.value)):
            subjects.append("Vi")  # "Vi på X har dragit igång projektet ... Vi vill att minst 25 gårdar ska ...": X's aim;
            # on X's own site, "Vi vill att ..." is X's
        for b in self.seg.blocks:
            described = b.kind == "key_value" and label_field(b.key or "") == "section"  # "Beskrivning" over its text
            if b.kind == "key_value" and not described or b.text[:1] in "–-”\"" or not any(x in b.text for x in subjects) \
                    or b.kind != "list_item" and len(b.text.split()) <= HEADLINE_WORDS \
                    and not b.text.rstrip().endswith((".", "!", "?")):
                continue  # (a headline, "Åby kommun ska testa kortare arbetsdagar", tells the news, no aim)
            off = self.value_offset(b) if described else 0
            for sentence, s, e in sentence_spans(b.text[off:]):
                at = m.end() if (m := OWNER_ROLE_LEAD_RE.match(sentence)) else 0  # ("Projektägare Åby kommun vill ...")
                if any(sentence.startswith(x, at) and AIM_AFTER_SUBJECT_RE.match(sentence, at + len(x)) for x in subjects) \
                        and not sentence.rstrip().endswith(":") and not SAID_BY_RE.search(sentence):
                    self.add_goal(b, off + s, off + e, sentence, None, "prose.goal.weak")

    def respective_grant(self) -> None:
        """"A och B får N respektive M kronor för projekten X och Y": this one's owner and sum, by their order; the
        other owner is no partner of it."""
        if self.seg.respective is None or self.seg.name is None:
            return
        (owner, o_at), (amount, a_at), owners = self.seg.respective
        b = self.seg.name[1]
        self.rec.owner = Value(owner, self.prov(b, o_at, o_at + len(owner), "segment.respective.owner", 0.9))
        money = find_amounts(amount)
        if money:
            self.rec.funding = [Value(Funding(money[0][0], "granted"),
                                      self.prov(b, a_at, a_at + len(amount), "segment.respective.sum", 0.9))]
        others = {normalise_org(o) for o in owners}
        self.rec.partners = [p for p in self.rec.partners if normalise_org(p.value) not in others]

    def enumerated_grant(self) -> None:
        """"Kommunen startar två projekt: X, som får N från A, och Y, som får M från B": this one's sum and payer (the
        other's payer pays nothing of it, and no project named is a payer)."""
        if self.seg.enumerated is None or self.seg.name is None:
            return
        (amount, a_at), (payer, p_at), others_named = self.seg.enumerated
        b = self.seg.name[1]
        money = find_amounts(amount)
        if money:
            self.rec.funding = [Value(Funding(money[0][0], "granted", payer),
                                      self.prov(b, a_at, a_at + len(amount), "segment.enumerated.sum", 0.9))]
        others = {normalise_org(x) for x in others_named}
        self.rec.funders = [f for f in self.rec.funders if normalise_org(f.value) not in others
                            and not b.start <= f.prov.start < b.end]  # (what the enumeration says, its own payer says)
        self.add_list("funders", payer, self.prov(b, p_at, p_at + len(payer), "segment.enumerated.payer", 0.9),
                      key=normalise_org)

    def listed_at_org(self) -> None:
        """"Tre projekt vid Mittuniversitetet har beviljats ..." over entries that name no owner: each is its."""
        if self.rec.owner is not None or self.seg.kind not in ("row", "listed", "paragraph", "item"):
            return
        for b in reversed(self.seg.context[-3:]):
            for sent, s, _ in sentence_spans(b.text):
                m = PROJECTS_AT_ORG_RE.search(sent)
                org = org_run(sent, m.end()) if m and GRANTED_RE.search(sent, m.end()) else None
                if m and org and looks_like_org(org):
                    self.set_scalar("owner", org, self.prov(b, s + m.end(), s + m.end() + len(org), "context.projects_at",
                                                            0.55))
                    return

    def finish(self) -> ProjectRecord:
        self.respective_grant()
        self.enumerated_grant()
        if not self.rec.funding and self.seg.kind != "page":
            self.rec.funding = self.applied[:]  # in a list of granted projects the applied sum is the grant
        elif self.applied_parts and all(f.value.kind == "total_budget" for f in self.rec.funding) \
                and self.doc_says_granted():
            for value in self.applied_parts:  # "Belopp som sökts för EU-medel" beside a total budget, of a project
                self.add_list("funding", value.value, value.prov, key=lambda f: (f.money, f.funder))  # said granted
        if self.asked_of_payer and not any(f.value.kind == "granted" for f in self.rec.funding):
            for value in self.asked_of_payer:  # a plan's part asked of a payer, beside its other parts: none granted
                self.add_list("funding", value.value, value.prov, key=lambda f: (f.money, f.funder))
        site = self.granting_site()
        if self.own_site_grant is not None and site and all(f.prov.rule == "label.funders.cofinancing"
                                                             for f in self.rec.funders):
            # the sum granted on a Leader area's or a samordningsförbund's own page is its grant, whoever
            # co-finances beside it
            self.add_list("funders", site, self.own_site_grant, key=normalise_org)
        if self.own_share is not None and self.rec.owner is not None:
            self.add_list("funders", self.rec.owner.value, self.own_share, key=normalise_org)
        if self.definite_grantor is not None and not self.rec.funders:
            self.add_list("funders", self.definite_grantor[0], self.definite_grantor[1], key=normalise_org)
        if self.applied_payers and self.seg.kind == "item" and not turned_down(self.seg) \
                and any(GRANT_DECISION_RE.search(b.text) for b in self.seg.blocks):
            for org, p in self.applied_payers:  # a minute's item that co-funds what was asked of X: X pays too
                self.add_list("funders", org, p, key=normalise_org)
        rate = self.rec.eu_cofinancing_rate
        if rate is not None and rate.prov.rule.endswith(".support_level") \
                and (any(STATE_RE.fullmatch(f.value) for f in self.rec.funders)
                     or not self.doc.eu_fund and not any(is_eu_fund(f.value) for f in self.rec.funders)
                     and not any(re.search(r"\bEU\b|\bEU-", b.text) for b in self.seg.blocks)):
            self.rec.eu_cofinancing_rate = None  # support the state pays part of, or no EU money named: no EU share
        owner = self.rec.owner
        unit = UNIT_IN_ORG_RE.match(owner.value) if owner is not None else None
        if owner is not None and unit and org_kind(unit.group("org")) in ("kommun", "region", "myndighet"):
            # "Arbetsmarknadsenheten i Åby kommun" (not "Energikontoret i Mälardalen AB", a company of its own):
            at = owner.prov.start + unit.start("org")  # the unit's organisation runs it
            self.rec.owner = owner = Value(unit.group("org"), replace(
                owner.prov, start=at, end=at + len(unit.group("org")), evidence=unit.group("org"), rule=owner.prov.rule + ".unit"))
        if owner is not None and len(self.joint_recipients) > 1 and owner.value in self.joint_recipients[1:]:
            for recipient in self.joint_recipients:  # another of those who got it together leads it: the first takes part
                if recipient != owner.value:
                    self.add_list("partners", recipient, owner.prov, key=normalise_org)
        self.listed_at_org()
        self.drop_generic_noun()
        self.same_grant_once()
        self.aims_by_name()
        for contact, p in merged_contacts(self.pending_contacts):
            if self.under_sub_part(p):
                continue  # "Delområde 2 – Nätverk" over "Projektsamordnare Eva Ek": that part's coordinator
            if contact.title and prose.NOT_CONTACT_RE.search(contact.title) and not (
                    p.rule.startswith(("label.contact", "section.contact"))
                    and not prose.NOT_CONTACT_RE.search(CHAIR_RE.sub("", contact.title))):
                continue  # a case officer or a press officer is no contact; an association's chair given as one is
            # a name-shaped line under "Kontakt" is a person when the name is a known first name or its
            # e-mail carries the name; "Green Cruise Port" is neither
            if p.rule.startswith("section.contact") and not is_known_first_name(contact.name) \
                    and not (contact.email and email_matches_name(contact.email, contact.name)):
                continue
            self.add_list("contacts", contact, p, key=lambda c: c.name)
        self.postal_addressee()
        self.application_addressee()
        self.deciding_leader_area()
        programme = self.doc.programme
        only_funds = all(is_eu_fund(f.value) and not f.value.casefold().startswith(("interreg", "leader"))
                         for f in self.rec.funders)  # "ERDF" stated; the programme whose site it is pays it
        if only_funds and programme and (programme == self.doc.site_programme
                                         or any(fold(b.text).startswith(fold(programme)) and len(b.text) <= 60
                                                for b in self.doc.blocks[:2])):
            # a project on a programme's own site, no payer named: the programme pays
            self.add_list("funders", programme, Provenance(0, 0, programme, "context.programme_site", 0.5),
                          key=normalise_org)
        site = self.doc.publisher or (page.text.strip() if (page := self.doc.page_org) is not None else None)
        if self.rec.owner is None and self.seg.kind == "page" and site \
                and any(OWN_PROJECTS_SECTION_RE.search(b.text) for b in self.doc.blocks[:4]):
            # "Hushållningssällskapet X" over "Vi erbjuder > Projekt": a project in the site's own section of them
            self.set_scalar("owner", site, Provenance(0, 0, site, "context.site_projects_section", 0.5))
        if self.rec.owner is None and self.seg.kind != "page":
            for b in reversed(self.seg.context):  # "Här hittar du projekt som Region X driver.": of every one listed
                m = PROJECTS_RUN_BY_RE.search(b.text) or PROJECTS_OWNED_BY_RE.search(b.text) \
                    or ORG_RUNS_PROJECTS_RE.match(b.text)
                if m and looks_like_org(m.group("org")):
                    self.set_scalar("owner", m.group("org"), self.prov(b, m.start("org"), m.end("org"),
                                                                       "context.projects_run_by", 0.55))
                    break
                if site and b.kind == "heading" and OUR_PROJECTS_HEAD_RE.match(b.text.strip()):
                    # "Våra projekt under året" over them, in an association's report: each is its own
                    self.set_scalar("owner", site, self.prov(b, 0, len(b.text), "context.our_projects", 0.5))
                    break
                author = self.author()
                if author and WE_RAN_RE.search(b.text):  # "Under året har enheten drivit tre projekt": the author's
                    self.set_scalar("owner", author, Provenance(0, 0, author, "context.author_ran", 0.5))
                    break
        self._orgnr_from_footer(self.doc.blocks)  # once the owner is known, from the text or its context
        money_of = next((m for b in self.doc.blocks[:4] if (m := MONEY_OF_ORG_RE.match(b.text.strip()))
                         and looks_like_org(m.group("org"))), None)
        asking = any(APPLICATION_TITLE_RE.match(b.text.strip()) for b in self.doc.blocks[:3]) and not self.doc_says_granted()
        if not self.rec.funders and money_of and self.seg.kind in ("page", "section") and not asking:
            # a form or report headed "Regionala projektmedel, Region X": the region's money (an application's
            # form asks for it, none is granted yet)
            org = money_of.group("org")
            self.add_list("funders", org, Provenance(0, 0, org, "context.money_of_org", 0.55), key=normalise_org)
        area = self.leader_area()
        if area and self.rec.funding and (self.seg.kind == "page" and area == self.doc.publisher and any(
                LAG_DECIDED_RE.search(b.text) for b in self.doc.blocks) or self.seg.kind != "page" and any(
                LAG_DECIDED_RE.search(b.text) for b in self.seg.blocks)):
            # a Leader area's decision on one project ("Beslutet är fattat av LAG"), or an item of its LAG's minutes
            # ("LAG beslutar att prioritera ansökan"): the area grants, beside the fund
            self.add_list("funders", area, Provenance(0, 0, area, "context.lag_decided", 0.55), key=normalise_org)
        site_fund = next((head for b in self.doc.blocks[:2] if len(b.text) <= 60
                          and is_eu_fund(head := SITE_PART_RE.split(b.text.strip())[0])  # ("Leader X · Projektblad")
                          and head.casefold() not in ("interreg", "leader")
                          and not re.search(r"\s(?:inom|för|om)\s", head)), None)  # ("Lägesrapport för projekt inom
        # landsbygdsprogrammet" is a report's title, no fund's name)
        if not self.rec.funders and site_fund and self.seg.kind == "page" and not asking:
            # a project on a fund's own pages ("Europeiska socialfonden" / "Projektfakta"), no payer named: the fund
            # (not an application's receipt on the fund's e-service: asked of it, not paid yet)
            self.add_list("funders", site_fund, Provenance(0, 0, site_fund, "context.fund_site", 0.5), key=normalise_org)
        agency = self.funding_agency_database()
        if not self.rec.funders and agency and self.rec.funding:
            # a granted sum in a funding agency's own project database or list of grants ("Energimyndigheten" /
            # "Projektdatabas", "Kulturrådet" / "Beviljade bidrag")
            self.add_list("funders", agency, Provenance(0, 0, agency, "context.agency_database", 0.5), key=normalise_org)
        publisher = self.doc.publisher
        if self.rec.owner is None and self.seg.kind == "page" and publisher \
                and (ACADEMIC_RE.search(publisher) or (known := gazetteer().lookup(publisher)) and known.kind == "universitet") \
                and any(c.prov.rule.startswith("label.contact") for c in self.rec.contacts):
            # a university's own page on a project it leads names the project leader, not the owner
            self.set_scalar("owner", publisher, Provenance(0, 0, publisher, "context.publisher_leads", 0.5))
        if self.rec.owner is None and self.seg.kind in ("page", "section") and publisher and self.rec.name is not None \
                and (self.rec.start_date or self.rec.funding) \
                and any(OWN_SECTION_RE.match(part.strip()) for b in self.doc.blocks[:SITE_HEAD_BLOCKS]
                        for part in CRUMB_SEPARATOR_RE.split(b.text)):  # (also a breadcrumb's step: "X > Projekt > Y")
            # a project page, or a page's section, in the site's own section ("Vårt arbete", "Projekt") that names no
            # owner: the site's
            self.set_scalar("owner", publisher, Provenance(0, 0, publisher, "context.own_section", 0.5))
            self._orgnr_from_footer(self.doc.blocks)
        if self.rec.owner is not None and self.rec.name is not None and fold(self.rec.owner.value) == fold(self.rec.name.value):
            self.rec.owner = None  # "The project, called X, has been granted ...": the project owns nothing of itself
        owner_key = normalise_org(self.rec.owner.value) if self.rec.owner else None
        known_owner = gazetteer().lookup(self.rec.owner.value) if self.rec.owner else None
        if known_owner is not None:  # "SLU" beside "Sveriges lantbruksuniversitet": the owner by its other name
            self.rec.partners = [p for p in self.rec.partners
                                 if (other := gazetteer().lookup(p.value)) is None or other.name != known_owner.name]
        if owner_key:  # the owner, also by a short form of its name ("Almi" for "Almi Företagspartner Mitt"), is no partner
            self.rec.partners = [p for p in self.rec.partners if normalise_org(p.value) != owner_key
                                 and not (owner_key.startswith(normalise_org(p.value) + " ")
                                          and normalise_org(p.value) == p.value.casefold())]  # "Luleå kommun" stays
        self.rec.goals = [g for g in self.rec.goals if g.value.text.strip()]
        if any(not g.prov.rule.startswith("prose.") for g in self.rec.goals):
            # where the page has a goals section, what the project "ska" do elsewhere is activity
            self.rec.goals = [g for g in self.rec.goals if g.prov.rule != "prose.goal.weak"]
        return self.rec

    def under_sub_part(self, p: Provenance) -> bool:
        """The value stands right under a heading of one part of the project ("Delområde 2 – ...")."""
        blocks = self.seg.blocks
        k = next((i for i, b in enumerate(blocks) if b.start <= p.start < max(b.end, b.start + len(b.text))), None)
        return k is not None and k > 0 and bool(SUB_PART_RE.match(blocks[k - 1].text))

    def _orgnr_from_footer(self, doc_blocks: list[Block]) -> None:
        """An organisation number beside the owner's own name (a footer "Organisationsnummer: ...")."""
        if self.rec.owner_orgnr is not None or self.rec.owner is None:
            return
        owner_key = normalise_org(self.rec.owner.value)
        numbers = {nr for b in doc_blocks for nr, _, _ in find_orgnrs(b.text)}
        # the document's own organisation (its name on the first line, or the site's) owns it: a lone number
        # on a line of its own at the end is that organisation's ("Org.nr 802456-7813" under an annual report)
        own = len(numbers) == 1 and owner_key in {normalise_org(x) for x in (self.doc.publisher, doc_blocks[0].text)
                                                  if x}
        for i, b in enumerate(doc_blocks):
            for nr, s, e in find_orgnrs(b.text):
                ref = OWN_NUMBER_REF_RE.search(b.text[:s])
                if ref and refers_to(ref.group("ref"), self.rec.owner.value):
                    # "Föreningens organisationsnummer är ...": the owner's, named by its kind
                    self.set_scalar("owner_orgnr", nr, self.prov(b, s, e, "prose.orgnr_of_owner", 0.7))
                    return
                head = re.split(r"\s+[·|•]\s+|,\s+", b.text[:s].strip())[0].strip()
                if own and not plainly_org(head):
                    self.set_scalar("owner_orgnr", nr, self.prov(b, s, e, "footer.orgnr_of_document_org", 0.55))
                    return
                if head and plainly_org(head) and owner_key not in normalise_org(head):
                    continue  # "Samordningsförbundet X · Org.nr ...": the number of the one named on its line
                # a footer's address block: the lines just above the number, not anywhere on a long page
                window = " ".join([x.text for x in doc_blocks[max(0, i - 6): i]] + [b.text[:s]])[-250:]
                if owner_key and owner_key in normalise_org(window):
                    self.set_scalar("owner_orgnr", nr, self.prov(b, s, e, "footer.orgnr_beside_owner", 0.6))
                    return


BARE_FIGURES_RE = re.compile(r"^\s*(\d{1,3}(?: \d{3})+(?: \d{1,3}(?: \d{3})+)?)(?=\s|$)")


def last_bare_figure(text: str) -> tuple[int, int, int] | None:
    """(value, start, end) of the last of the figures a table row runs together without a currency:
    "900 000 850 000" is sought 900 000 and granted 850 000; "1 750 000" is one figure."""
    m = BARE_FIGURES_RE.match(text)
    if not m:
        return None
    tokens = m.group(1).split(" ")
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half >= 2 and all(len(t) == 3 for t in tokens[1:half] + tokens[half + 1:]):
        tokens = tokens[half:]  # two figures of equal length: the last is the grant
    value = int("".join(tokens))
    figure = " ".join(tokens)
    end = m.end(1)
    return value, end - len(figure), end


ALSO_RE = re.compile(r"(?i)\b(?:också|även|dessutom)\b")  # "har också sökt stöd från X": besides, elsewhere
# "Sökt belopp 350 000 kr", "sökt stöd: 80 000 kr": the sum asked for, right before it.
APPLIED_BEFORE_RE = re.compile(r"(?i)\b(?:(?:an)?sökt(?:\s+(?:belopp|stöd|bidrag|summa))?\s*:?\s*(?:om\s+)?|"
                               r"(?:ansökte|ansöker|söker|sökte)\s+(?:om\s+)?|"  # ("... ansökte om N men beviljades M")
                               r"(?:ansökan|ansökningen)\s+om\s+)$")  # ("beviljar projektets ansökan om N": asked)
PER_YEAR_RE = re.compile(r"\s*(?:per år|om året|årligen|/år|per annum|a year)\b")
TOTAL_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:totalt|sammanlagt|i alla|in total)\b")
CONTACT_OPENER_RE = re.compile(r"(?i)^(?:kontakta|vill du veta mer|för mer information|frågor om)\b")
# The role a table of parties gives each: the lead owns the project, the others take part.
# Column names beside a table's parties: where each is, what it does.
COLUMN_WORDS = {"land", "country", "roll", "role", "roll i projektet", "typ", "ort", "stad", "city", "type"}
# "Region X (2 000 000 kr)", "Åby universitet (lead partner)": a party with its part or its role in brackets.
PERCENT_TAIL_RE = re.compile(r"\d\s*(?:%|procent)")
BRACKETED_TAIL_RE = re.compile(r"^(?P<org>[^()]{2,100}?)\s*\((?P<tail>[^()]{2,60})\)$")
LEAD_ROLE_RE = re.compile(r"(?i)^(?:lead partner|lead beneficiary|lead applicant|coordinator|huvudstödmottagare|"
                          r"huvudsökande|projektägare|koordinator|samordnare|prosjekteier|lp|lead)$")  # ("Åby universitet (LP)")
PARTNER_ROLE_RE = re.compile(r"(?i)^(?:partner|project partner|associated partner|samverkanspart(?:ner)?|medsökande|"
                             r"delprojektägare|associerad partner|samarbetspartner|prosjektpartner)$")
# A letter's or a page's author over its title: "Kultur- och fritidsförvaltningen, Bollnäs kommun", "Åby kommun"
# (not a title that ends in a word like "region": "Climate-smart forestry in the Nordic region").
AUTHOR_LINE_RE = re.compile(r"(?:^|,\s*)(?:[A-ZÅÄÖ][\wåäö-]*\s+(?:i\s+)?){1,3}(?:kommun|kommune|region|stad)$|"
                            r"(?i:\w*förvaltningen|\w*nämnden)$|^(?i:region)\s+\w+$")
# A row's part labelled inside its cell: "sökande Falkenbergs kommun".
INLINE_ROLE_RE = re.compile(r"^(?i:sökande|projektägare|stödmottagare|ägare|huvudman)\s*:?\s+(?=[A-ZÅÄÖ])")
# A table's column of budgeted sums beside one of outcomes: "Post | Budget | Utfall".
BUDGET_COLUMN_RE = re.compile(r"(?i)^(?:budget|budgeterat|budgeterad kostnad|beräknad kostnad|total budget|"
                              r"budget total)(?:\s*\((?:kr|sek|eur|euro)\))?$")
# A budget table's column of payers, beside one of costs: "Kostnader | SEK | Finansiering | SEK".
FINANCING_COLUMN_RE = re.compile(r"(?i)^(?:finansiering|finansiär(?:er)?|finansieringskälla|medfinansiär(?:er)?|"
                                 r"financing|funding|source of funding)$")
# A Swedish postal line ("828 21 Edsbyn") under an addressee's name, and what a letter to it decides.
POSTAL_LINE_RE = re.compile(r"^(?:Box\s+\d+\s+)?(?:SE-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö -]+$")  # ("Box 18 792 21 Mora": a
# PDF's two address lines run together)
POSTAL_TAIL_RE = re.compile(r"\b(?:Box\s+\d+\s+)(?:SE-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]+$")  # a box and its town, last
ADDRESS_BLOCKS = 10
ADDRESSEE_GRANTS_RE = re.compile(rf"(?i)\b(?:beslutar|beslutat|beslutade)\s+att\s+(?:{'|'.join(GRANTING_ATT_VERBS)})\b|"
                                 r"\b(?:beviljar|har beviljat)\s+(?:er|dig)\s")  # "Länsstyrelsen beviljar er stöd"
# "Beslut: Bifall med 150 000 kr": a decision that grants a sum (perhaps less than the one asked).
DECISION_LABEL_RE = re.compile(r"(?i)^(?:beslut|lag:?s beslut|styrelsens beslut|nämndens beslut|förslag till beslut)$")
GRANTING_VALUE_RE = re.compile(r"(?i)^(?:bifall|bifalls|beviljas|beviljat|beviljades|tillstyrks|prioriteras)\b")
# A decision in a row's last cell: "Beviljas", "Avslås", "Tillstyrks", "Bordläggs".
DECISION_WORD_RE = re.compile(r"(?i)^(?:beviljas|beviljat|bifalls|avslås|avslag|tillstyrks|avstyrks|bordläggs|"
                              r"prioriteras|ej beviljat|approved|rejected)\.?$")
# What a report says its author ran: "Under året har enheten drivit tre projekt", "Vi har drivit fyra projekt".
WE_RAN_RE = re.compile(r"(?i)\bhar\s+(?:vi|enheten|förvaltningen|avdelningen|kontoret|kommunen|regionen|förbundet|"
                       r"föreningen)\s+(?:drivit|lett|genomfört|drivits)\s+(?:[\wåäö-]+\s+){0,3}projekt|"
                       # "Förvaltningen har under året drivit följande projekt"
                       r"\b(?:vi|enheten|förvaltningen|avdelningen|kontoret|kommunen|regionen|förbundet|föreningen)\s+har\s+"
                       r"(?:under\s+(?:året|\d{4})\s+)?(?:drivit|lett|genomfört)\s+(?:[\wåäö-]+\s+){0,3}projekt|"
                       # "Förbundet har under året varit projektägare för tre insatser"
                       r"\b(?:vi|enheten|förvaltningen|kommunen|regionen|förbundet|föreningen)\s+har\s+"
                       r"(?:under\s+(?:året|\d{4})\s+)?varit\s+projektägare\b")
KIND_PREFIX_RE = re.compile(r"^(?:(?:PROJEKTPLAN|PROJEKTBESKRIVNING|SLUTRAPPORT|LÄGESRAPPORT|DELRAPPORT|ANSÖKAN|"
                            r"PROJEKTANSÖKAN|VERKSAMHETSPLAN)\s+|(?i:projektplan|projektbeskrivning|slutrapport|"
                            r"lägesrapport|delrapport|projektansökan)(?:\s+(?:nr\.?\s*)?\d{1,2})?\s*[:–-]\s+|"
                            r"(?:Projektplan|Projektbeskrivning|Slutrapport|Lägesrapport|Delrapport)\s+(?=[A-ZÅÄÖ]))(?=\S)")
# ("Projektplan: X" too, a numbered report's "Lägesrapport 2 – X", and a running header's "Projektplan X")
KIND_KEY_RE = re.compile(rf"(?i)^(?:{REPORT_KINDS}|projektansökan|projektblad|faktablad|projektsammanfattning)$")  # "Projektplan: X" over a document's facts
TRAILING_CASE_RE = re.compile(r"\s+(?:Dnr|Diarienr|Diarienummer|Ärendenr)\.?:?\s+\S.*$")
def is_headline_with_quote(text: str) -> bool:
    """A headline with one quoted name in it, the quote closing the headline or a clause of it."""
    quotes = list(QUOTED_RE.finditer(text))
    return len(quotes) == 1 and not text[quotes[0].end():].strip(" .!?:")


# "”Smart mat” ska minska svinnet": a headline that opens with the quoted name, its verb after it (not one of saying:
# "”Vi måste våga” säger hon" quotes a person).
QUOTE_THEN_VERB_RE = re.compile(r"\s+(?!säger\b|sa\b|menar\b|tycker\b|enligt\b)[a-zåäö]+\b")


def headline_opened_by_quote(text: str) -> re.Match | None:
    quotes = list(QUOTED_RE.finditer(text))
    if len(quotes) != 1 or quotes[0].start() != 0 or len(quotes[0].group("name").split()) > 6 \
            or not QUOTE_THEN_VERB_RE.match(text, quotes[0].end()):
        return None
    return quotes[0]


# A letterhead: the author, then what the document is, in capitals ("Region X BESLUT").
LETTERHEAD_KIND_RE = re.compile(r"\s(?:BESLUT|PROTOKOLL|TJÄNSTESKRIVELSE|ANSÖKAN|YTTRANDE|KALLELSE|SLUTRAPPORT|"
                                r"DELEGATIONSBESLUT|PROTOKOLLSUTDRAG)(?:\s+\d.*)?$")
# A party's country after its name, as cross-border programmes list them.
COUNTRY_CODE_RE = re.compile(r"\s*\((?:SE|NO|FI|DK|IS|DE|EE|LV|LT|PL|UK|GB|RU|NL|BE|FR|Sverige|Norge|Finland|Danmark|Sweden|"
                             r"Norway|Denmark|Netherlands|Nederländerna|Germany|Tyskland|Estonia|Estland|Latvia|Lettland|"
                             r"Lithuania|Litauen|Poland|Polen|Iceland|Island|Belgium|Belgien|France|Frankrike)\)")
# "X, huvudpartner", "X (lead partner)", "X – lead": a party listed with its role as the project's lead.
LEAD_AFTER_RE = re.compile(r"^(?P<org>[^,()]{3,80}?)\s*(?:,\s*|\(|\s[–-]\s)(?i:huvudpartner|lead partner|lead beneficiary|lead|"
                           r"projektägare|koordinator|coordinator|huvudsökande|huvudstödmottagare)\)?\.?$")
# "X – lead partner": a listed party's role after a dash (the lead owns the project).
ROLE_AFTER_DASH_RE = re.compile(r"\s[–-]\s(?i:huvudpartner|lead partner|lead beneficiary|partner|project partner|"
                                r"koordinator|coordinator|samverkanspart|participant|beneficiary)\.?$")
# One of the parts between dashes ("X – Finland – Participant"), the last one included.
DASHED_PART_RE = re.compile(r"\s[–-]\s(?P<part>[^–-]{2,40}?)(?=\s[–-]\s|$)")
# A fund's money, by a compound of its short name: "ERUF-stödet", "ESF-medel", "ERUF-støtten".
FUND_MONEY_RE = re.compile(r"\b(?P<fund>ESF\+?|ERUF|ERDF|EJFLU|EHFF|EHFVF|JTF|FRO)-(?:stöd\w*|medel|medlen|bidrag\w*|"
                           r"finansiering\w*|støtte\w*|midler|funding)\b")
# A decision in so many words: "Kommunfullmäktige beslutar att avslå ansökan".
REFUSED_RE = re.compile(r"(?i)\b(?:avslog|avslår|avslogs|har avslagit|fick avslag|får avslag|fick nej|får nej|"
                        r"(?:får|fick) inte (?:de|den|det|några|någon|något)?\s*(?:\d|pengar|stöd|bidrag))")
DECIDES_TO_RE = re.compile(r"(?i)\bbeslut(?:ar|ade|at)\s+att\b")
# A sum granted out of a fund: "beviljat 450 000 euro ur Europeiska regionala utvecklingsfonden".
OUT_OF_FUND_RE = re.compile(r"\d[\d\s.,]*\s*(?:miljoner\s+|miljon\s+)?(?:kronor|kr|euro|eur|€)\s+(?:ur|från)\s+")
# The site's organisation deciding in its own name, and the grant its decision is about.
DECIDES_RE = re.compile(r"\s+(?:har\s+)?(?:beslutar|beslutat|beslutade)\b")
GRANTED_SUM_RE = re.compile(r"(?i)\bbeviljat (?:stöd|stödbelopp|belopp|bidrag)\b|\bbeviljade (?:medel|stöd|bidrag)\b|^stödbelopp$|"
                            r"\bbeviljas\s+\d|^beviljat:?\s+\d")
# "Fullmäktige beslutar om följande investeringar": a budget's own spending, granted to no one.
OWN_INVESTMENTS_RE = re.compile(r"(?i)\b(?:följande\s+(?:\w+\s+)?investeringar|investeringsbudget\w*|investeringsram\w*)\b")
# "Medfinansiärer: A, B": those who pay beside the one granting the project's support.
COFINANCIERS_KEY_RE = re.compile(r"(?i)^(?:övriga\s+)?medfinansiär(?:er|erna)?$")
# "Trafikverket bidrar med 45 miljoner kronor och kommunen med 30 miljoner": the second payer by its kind.
AND_ALSO_DEFINITE_RE = re.compile(r"\s(?:och|samt)\s+(?:av\s+)?(?P<ref>[a-zåäö]{4,}(?:en|et|erna))\s+(?:med\s+)?(?:(?:drygt\s+|cirka\s+|"
                                  r"sammanlagt\s+|totalt\s+)?\d|lika mycket\b|samma (?:summa|belopp)\b|resten\b|resterande\b|"
                                  r"återstoden\b)")  # ("och kommunen med lika mycket", "och av kommunen med resten")
PLURAL_KIND_RE = re.compile(r"(?P<kind>kommun|region)erna")  # "kommunerna": each of the municipalities named


def programme_after(text: str, at: int) -> str | None:
    """The programme a committee is named for: "Styrkommittén för Interreg Aurora" names Interreg Aurora."""
    return next((name for name, _, _ in gazetteer().mentions(text[at:at + 60]) if name.casefold() not in ("interreg", "leader")
                 and (info := gazetteer().lookup(name)) is not None and info.kind == "eu-program"), None)


def of_kind(name: str, kind: str) -> bool:
    """A municipality ("Åby kommun", "Åby stad") or a region ("Region Åby") as "kommunerna" or "regionerna" mean it."""
    if kind == "kommun":
        return name.endswith(("kommun", "kommune")) or name.endswith(" stad") and gazetteer().is_municipality(name[:-5])
    return name.startswith("Region ")
# The EU's part paid through a fund: "EU står för 60 procent av kostnaden genom Europeiska X-fonden".
EU_PAYS_THROUGH_RE = re.compile(r"\bEU\s+(?:står för|betalar|bidrar med|finansierar|täcker)\b[^.;]{0,60}?\b(?:genom|via|"
                                r"från|ur)\s+")
# "... och resten betalar kommunen", "Resterande del står föreningen för": the rest paid by one named by its kind.
REST_PAID_BY_RE = re.compile(r"\b(?:[Rr]esten|[Åå]terstoden|[Rr]esterande del(?:en)?)\s+(?:betalar|bekostar|finansierar|står|"
                             r"(?:kommer\s+)?från)\s+(?P<ref>[a-zåäö]{4,}(?:en|et))\b"
                             r"(?:\s+(?:och|samt)\s+(?:(?P<ref2>[a-zåäö]{4,}(?:en|et))\b|"
                             r"(?P<named>[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3})))?")  # ("... och Åby Energi")
RUN_BY_UNIT_RE = re.compile(r"\b(?:drivs|leds|ägs|genomförs|samordnas)\s+av\s+(?P<ref>[a-zåäö]{4,}(?:en|et))s\s+"
                            r"[a-zåäö]+(?:enhet|avdelning|förvaltning|kontor)(?:en|et)?\b")
# "Leader X – Ansökan om projektstöd": a form's running header, the one it is sent to before its title.
ORG_DASH_APPLICATION_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][^–—]{2,60}?)\s[–—-]\s+Ansökan\s+om\b")
# "Arbetsmarknadsenheten i Åby kommun", "Socialförvaltningen vid Region X": a unit named with its organisation.
UNIT_IN_ORG_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:enheten|avdelningen|förvaltningen|kontoret)\s+(?:i|vid|inom)\s+"
                            r"(?P<org>[A-ZÅÄÖ].+)$")
# A unit of the site's own organisation, named by the organisation's kind: "Kommunens näringslivsavdelning".
UNIT_OF_RE = re.compile(r"^(?P<ref>[A-ZÅÄÖ][a-zåäö]+(?:en|et))s\s+[a-zåäö]+(?:avdelning|enhet|förvaltning|kontor|"
                        r"sektion|stab|avdelningen|enheten|förvaltningen|kontoret)$")
# An extension granted to a date: the project's new end.
EXTENDED_TO_RE = re.compile(r"(?i)(?:\bförlängning\w*\s+(?:av\s+\w+\s+)?|"
                            # "förlängs projektet X, som drivs av Y, till och med juni 2038"
                            r"\bförlängs\s+(?:projektet|förstudien|satsningen)\s+[^.;]{2,120}?\s+|"
                            # "... beslutar att förlänga projektperioden till 2044-06-30"
                            r"\bförläng(?:a|er)\s+(?:projektperioden|projekttiden|projektet|förstudien)\s+|"
                            # "... för att fortsätta arbetet till och med juni 2035": the extended end
                            r"\bför att (?:fortsätta|driva vidare)\s+(?:arbetet|projektet|verksamheten|satsningen)\s+|"
                            # "Projektets slutdatum ändras från 2035-12-31 till 2036-06-30": an amendment's new end
                            r"(?:\b(?:slutdatum\w*|projekttid\w*|projektperiod\w*)\s+(?:ändras|flyttas|förlängs)\s+|"
                            # "... beslutar att ändra projektets slutdatum från A till B": the same, told actively
                            r"\bändra[rs]?\s+(?:projektets\s+)?(?:slutdatum\w*|projekttid\w*|projektperiod\w*)\s+)"
                            r"(?:från\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}|[a-zåäö]+\s+\d{4})\s+)?)"
                            r"(?:till och med|t\.\s?o\.\s?m\.?|till)\s+"
                            r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}|[a-zåäö]+\s+\d{4}|\d{4})")
# "Projektets startdatum, 2039-01-01, ...", "Projektets startdatum är 2039-01-01": the start, named so in a sentence.
STATED_START_RE = re.compile(r"\b[Pp]rojektets\s+startdatum,?\s+(?:är\s+)?(?P<date>\d{4}-\d{2}-\d{2})\b")
# A sentence whose subject is the project's activities in the definite plural ("Träffarna", "Kurserna",
# "De första aktiviteterna"): when they begin is not when the project does.
ACTIVITIES_SUBJECT_RE = re.compile(r"(?:De\s+(?:första|nya)\s+)?[A-ZÅÄÖ][a-zåäö-]+(?:arna|erna|orna)\s")
# A start verb in the past tense: a yearless date after it lies before the publication date.
PAST_START_RE = re.compile(r"(?i)(?:startade|startades|inleddes|påbörjades|drog|drogs|kom|sjösattes|började|pågår sedan|"
                           r"har pågått sedan|started|began|was launched)\b")
OWN_NUMBER_REF_RE = re.compile(r"\b(?P<ref>[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et))s\s+(?:organisationsnummer|org\.?\s?nr\.?)\s+"
                               r"(?:är\s+)?:?\s*$")
# A byline's word before its author ("Av Lisa Ek"), and a line that names its author so.
BYLINE_WORD_RE = re.compile(r"^(?:Av|Text)\s+")
BYLINE_AUTHOR_RE = re.compile(r"(?:^|·\s*|\|\s*)(?:Av|Text:?|Skriven av|Författare:?)\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]")
# "Kommunens beslut" over a form's decision box: the organisation, by its kind, that decides.
OWN_DECISION_HEAD_RE = re.compile(r"^(?P<ref>[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et))s\s+beslut\b")
# A region's own support by its name: "regionalt projektstöd", "regionala utvecklingsmedel".
REGIONAL_SUPPORT_RE = re.compile(r"(?i)\bregionalt (?:projektstöd|utvecklingsstöd)\b|\bregionala (?:projektmedel|utvecklingsmedel)\b")
# "Förutom A medfinansierar B och C projektet": the payers after the verb, one more before it.
FINANCES_AFTER_ADVERBIAL_RE = re.compile(r"^(?P<lead>Förutom|Utöver|Liksom)\s+[A-ZÅÄÖ][^.;,]{1,60}?,?\s+(?:med|del)?finansierar\s+"
                                         r"(?:också\s+|även\s+)?(?=[A-ZÅÄÖ][^.;]{1,120}?\s(?:projektet|förstudien|satsningen)\b)")
# "Ansökan om medfinansiering från X": X applies (unless X hands out grants).
APPLICATION_OF_RE = re.compile(r"\b[Aa]nsökan\s+om\s+$")
# "I projektet X öppnar kommunen ...": the subject, by its kind, after the verb.
KIND_IN_PROJECT_RE = re.compile(r"^I\s+(?:det\s+nya\s+)?(?:projektet|förstudien|satsningen)\s+[^,.;]{2,60}?\s+"
                                r"(?:[a-zåäö]{3,}(?:ar|er|r)|ska|vill)\s+(?P<ref>[a-zåäö]{4,}(?:en|et))\s")
# A decision's words: "Beslutet har fattats av ...", "beviljade", "prioriterade".
DECIDED_BY_RE = re.compile(r"(?i)\b(?:beslut\w*|fattats|beviljat|beviljade|prioriterat|prioriterade)\b")
# "står själv för": the payer's own share.
# "Ärende" over a decision's subject: its case number, or the project's name in words.
MATTER_KEY_RE = re.compile(r"(?i)^ärende(?:t)?$")
MATTER_WORDS_RE = re.compile(r"(?i)\b(?:ansökan|projektet|förstudien|medfinansiering|bidrag|stöd)\b")
ITSELF_RE = re.compile(r"\bsjälva?\b")
# A Leader area's board, by its short name.
LAG_RE = re.compile(r"\bLAG\b")
# "... via Länsstyrelsen X": the one named after pays a fund's money out.
THROUGH_BEFORE_RE = re.compile(r"\s(?:via|genom)\s+$")
# The organisation an answer to "Vem driver projektet?" opens with: "Åby kommun, genom avdelningen X."
OWNER_ANSWER_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][^,.;:()]{1,80}?)(?:\s*[,.]|\s+(?:genom|via|tillsammans med)\s|$)")
# "... har 512 300 kronor använts": the verb after the sum says it was spent.
SPENT_AFTER_RE = re.compile(r"\s+(?:använts|förbrukats|betalats ut|utbetalats|gått åt|upparbetats)\b")
# "Kommunens insats", "Regionens andel": a table's column of the part an organisation, named by its kind, pays.
OWN_PART_HEAD_RE = re.compile(r"(?i)^(?P<ref>[a-zåäö]{4,}(?:en|et))s\s+(?:insats|andel|del|medfinansiering|bidrag|"
                              r"finansiering|medel)\b")
# A financing plan's line for the owner's own money.
OWN_SHARE_RE = re.compile(r"(?i)^(?:(?:sökandens|stödmottagarens|projektägarens)\s+)?(?:egen finansiering|egenfinansiering|"
                          r"egen insats|egeninsats|eget bidrag|egen medfinansiering|egna medel|egen kontantinsats)"
                          # "Egen insats, stödmottagaren", "Egen insats (sökande)": whose own part it is, after it
                          r"(?:\s*[,(–-]\s*(?:sökande|sökanden|stödmottagare|stödmottagaren|projektägare|projektägaren)\)?)?$")
# Work given in kind, valued in money ("Eget arbete, värderat", "Ideell tid"); counted in hours it is no amount.
OWN_WORK_RE = re.compile(r"(?i)^(?:eget arbete|ideellt arbete|ideell tid|ideella insatser)(?:,?\s+värderat|,?\s+värderad)?$")
PLAN_LINE_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^\d]{1,80}?)\s+(?P<figure>\d{1,3}(?: \d{3})+|\d{4,})\s*(?P<unit>kr|kronor|SEK)?\.?\s*$")
# What kind of document it is, on a line of its own over the project's name.
DOCUMENT_KIND_RE = re.compile(r"(?i)^(projektplan|projektbeskrivning|projektansökan|slutrapport|lägesrapport|delrapport|"
                              r"verksamhetsplan|tjänsteskrivelse)$|"
                              r"^(nyhetsbrev|newsletter|månadsbrev|veckobrev)\b.{0,80}$")  # "Nyhetsbrev från X, maj 2026"
VARAV_PAYER_RE = re.compile(r"\b(?:varav|därav|of which)\s+(?:från\s+|from\s+)?(?P<org>[A-ZÅÄÖ][\wåäö+-]*(?:\s+[\wåäö+-]+){0,4}?)"
                            r"\s+(?:(?:står|stod)\s+för\s+|bidrar\s+med\s+|med\s+)?\d")  # "varav X står för 2 miljoner"
VARAV_MORE_RE = re.compile(r"(?:[^,;.]|[,.]\d)*?(?:,|\s+och)\s+(?P<org>[A-ZÅÄÖ][\wåäö+-]*(?:\s+[\wåäö+-]+){0,4}?)"
                           r"\s+(?:för|med)\s+\d")
# "... och beslutas av LAG i Leader X": the area whose board decides on the grants.
DECIDED_BY_AREA_RE = re.compile(r"\b(?:beslutas|beslutades|prioriteras|prioriterades)\s+av\s+(?:LAG\s+(?:i|inom|för)\s+)?"
                                r"(?=Leader\s)")
# "... får 95 000 kronor för konserter under hösten 2030": the year a grant is for, a season of it or whole.
GRANT_YEAR_RE = re.compile(r"\b(?:under|för)\s+(?:år\s+)?(?:(?:våren|sommaren|hösten|vintern)\s+)?(?P<y>(?:19|20)\d{2})\b"
                           r"(?!\s*[-–])")  # ("... beviljas 760 000 kr för 2041": that year)
ORGNR_AFTER_COMMA_RE = re.compile(r",\s*(?:org\.?\s?nr\.?:?\s*)?\d{6}-?\d{4}\s*$", re.IGNORECASE)
RUN_BY_AFTER_NAME_RE = re.compile(r"[”\"]?,?\s+som\s+(?:drivs|leds|ägs|genomförs|samordnas)\s+av\s+[A-ZÅÄÖ]")
CASE_BEFORE_QUOTE_RE = re.compile(r"\s(?P<case>(?:[A-ZÅÄÖ]{1,5}\s?)?\d{2,4}[-/]\d{2,6})\s+[”“\"][^”“\"]{2,80}[”\"]\s*$")
ITEM_APPLICATION_CASE_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,5}\s)?§\s?\d{1,4}\s+(?:Ansökan|Ärende)\s+(?:nr\s+)?(?=\d)")
PARAGRAPH_MARK_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,5}\s)?§\s?\d{1,4}\s")  # a minute's item: "§ 5 ...", "KS § 143 ..."
EU_GENITIVE_RE = re.compile(r"(?:the\s+)?EU(?:'s|’s|:s)\s+")
NUMBERED_RUN_IN_RE = re.compile(r"^\d{1,2}\s+[A-ZÅÄÖ][^.!?]{3,80}?\s(?=(?:Syftet|Målet|Projektets mål|Projektmålen)\b)")
# "Projektmålen var att: Öka ... Ta fram ...", a form's goals run into one paragraph: the lead-in, then each goal.
GOALS_LEAD_COLON_RE = re.compile(r"(?i)\b(?:projektmål\w*|mål(?:en|et)?|delmål\w*|effektmål\w*)\s+(?:var|är|blir)\s+"
                                 r"(?:att\s*)?:\s+")
INFINITIVE_GOAL_RE = re.compile(r"^(?:Öka|Minska|Skapa|Utveckla|Stärka|Ta fram|Etablera|Förbättra|Bygga|Sprida|Höja|Främja|"
                                r"Erbjuda|Säkra|Införa|Testa|Kartlägga|Bidra|Nå|Få|Hitta|Samla|Engagera|Underlätta|"
                                r"Synliggöra|Utbilda|Förbereda|Möjliggöra)\s")
SUBJECT_BEFORE_GRANT_RE = re.compile(r"(?P<subject>[^.;]*?)\s(?:ger|beviljar|stöttar|satsar|bidrar)\b")
OWN_UNIT_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:förvaltningen|enheten|avdelningen|kontoret)")  # one of the site's units
WHY_RE = re.compile(r"(?i)^(?:varför|why)\?$")
SENTENCE_VERB_RE = re.compile(r"\s(?:är|var|blir|uppgår|finansieras|is|was|amounts)\s")  # a value told as a sentence
# "(ERDF EUR 1,560,000)", "of which ERDF co-financing EUR 2.56 million", "varav ERUF 1,2 mnkr": a fund's named part.
FUND_PART_NAMED_RE = re.compile(r"(?:\(|\b(?:of which|varav|därav)\s+)(?P<fund>[A-ZÅÄÖ][\wåäö+-]*)\s+"
                                r"(?:co-?financing\s+|medfinansiering\s+|stöd\s+)?(?:EUR|SEK|NOK|DKK|€)?\s*\d")
COUNTRY_SIDE_RE = re.compile(r"(?i)(?:svensk|norsk|finsk|dansk)a?\s")
FINANCING_KEY_RE = re.compile(r"(?i)^(?:finansiering|finansieras av|finansiärer?|funding|financing|"
                              r"budget och finansiering|finansiering och budget)"
                              r"(?:\s*\((?:kr|sek|tkr|eur|euro)\))?$")  # ("Finansiering (kr)": its unit said)
# "Övrig offentlig medfinansiering: Malmö stad, Arbetsförmedlingen": the co-funders by name, their sums unsaid.
# (Public co-funding: a private part is often time given, "Ideellt nedlagd tid", no payer.)
COFUNDING_KEY_RE = re.compile(r"(?i)^(?:övrig\s+)?offentlig\s+medfinansiering$")
OWN_SHARE_LABEL_RE = re.compile(r"(?i)^(regional|kommunal)\s+(?:med)?finansiering")
LABEL_PAYER_RE = re.compile(r"\b(?:från|ur|av|from(?: the)?)\s+(?P<org>[A-ZÅÄÖ][\wåäö+-]*(?:\s+[\wåäö+-]+){0,5})$")
RUN_ON_WORDS = 12  # a label's value longer than this, in sentences, is text under a heading
SUPPORT_SHARE_RE = re.compile(r"(?i)\bstödet\s+(?:från\s+(?:fonden|eu|unionen|[\wåäö-]+fonden)\s+)?(?:utgör|uppgår till|motsvarar|är|(?P<may>får uppgå till))\s+(?:högst\s+|maximalt\s+)?"
                              r"(?P<rate>\d{1,3}(?:[,.]\d+)?)\s*(?:%|procent)\s+av\s+(?:projektets\s+)?(?:de\s+)?"
                              r"(?:totala\s+|faktiska\s+)?stödberättigande")
# "Resecentrumet ska stå klart hösten 2028", "Centralen ska öppna för besökare 2028": when the work ends.
READY_BY_RE = re.compile(r"\bska\s+(?:(?:stå|vara)\s+(?:klar|klara|klart|färdig|färdigt|färdiga|öppen|öppet|öppna|i drift)|"
                         r"öppna|öppnas|invigas|tas i bruk|tas i drift)\s+"
                         r"(?:för\s+(?:besökare|allmänheten)\s+)?(?:(?:under|i|till|"
                         r"senast)\s+)?(?:(?:våren|hösten|sommaren|vintern|slutet av|vintersäsongen|sommarsäsongen|midsommar|jul|julen|"
                         r"påsk|påsken|årsskiftet)\s+)?"
                         rf"(?P<y>(?:{MONTH_PATTERN}\s+)?(?:19|20)\d{{2}})\b")  # ("ska vara i drift i december 2035")
UNTIL_YEAR_RE = re.compile(rf"\bska\s[^.;]{{2,80}}?\s+fram\s+till\s+(?:och\s+med\s+)?(?P<y>(?:{MONTH_PATTERN}\s+)?"
                           r"(?:19|20)\d{2})\b(?!\s*[-–/])")
SINCE_YEAR_RE = re.compile(rf"^Sedan\s+(?P<since>(?:{MONTH_PATTERN}\s+)?(?:19|20)\d{{2}})\s+(?:driver|leder|pågår|"
                           r"genomför|samordnar|arbetar)\b")  # ("Sedan 2032 arbetar vi med att ...")
GRANT_FOR_YEAR_RE = re.compile(r"\b(?:för|till|medfinansiera|finansiera)\s+(?:projektet|förstudien|satsningen)\s+[^.;]{2,80}?\s+"
                               r"under\s+(?:år\s+)?"
                               r"(?P<y>(?:19|20)\d{2})\s*\.?$")
# "350 000 kronor som ska användas till turnéer under 2027", "N kronor för att rusta leden under 2027": the grant is
# spent, the project run, that year.
MONEY_USED_IN_YEAR_RE = re.compile(r"\b(?:ska\s+användas|för\s+att)\b[^.;]{0,80}?\bunder\s+(?:år\s+)?"
                                   r"(?P<y>(?:19|20)\d{2})\s*\.?$")
WILL_IN_YEAR_RE = re.compile(r"\bsom\s+ska\s+[^.;]{2,100}?\b(?:under\s+(?:år\s+)?(?:(?:våren|sommaren|hösten|vintern)\s+)?|"
                             r"(?:våren|sommaren|hösten|vintern)\s+)(?P<y>(?:19|20)\d{2})\s*\.?$")  # ("... sommaren 2037")
# "..., som ska utveckla turismen längs kusten 2029–2031.": the years the work runs, closing the clause.
WILL_IN_YEARS_RE = re.compile(r"\bsom\s+ska\s+[^.;]{2,100}?\s(?:under\s+(?:åren\s+)?)?(?P<y>(?:19|20)\d{2})\s*[–-]\s*"
                              r"(?P<y2>(?:19|20)\d{2})\s*\.?$")
# "Där ska unga driva en scen under 2027", "Föreningen X ska ordna konserter under sommaren 2027": an entry's work
# that year, said in the entry's own paragraph.
THERE_IN_YEAR_RE = re.compile(r"^(?:Där|Här|I projektet|[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,5}?)\s+ska\s+[^.;]{2,100}?\bunder\s+"
                              r"(?:år\s+|sommaren\s+|hösten\s+|våren\s+|vintern\s+)?(?P<y>(?:19|20)\d{2})\s*\.?$")
# "Ljud i skogen: Föreningen X ska ...": an entry's name, a colon, and its text.
TITLED_ENTRY_RE = re.compile(r"^(?P<name>[^:]{2,80}):\s+(?=[A-ZÅÄÖ])")
RUNS_ONE_YEAR_RE = re.compile(r"\b(?:[Pp]ågår|[Pp]ågick|genomförs|genomfördes|genomför|ska genomföras|ska pågå|löper|"
                              r"ska göras|ska utföras|ska ske|"  # "Arbetet ska göras under våren 2032"
                              r"ska vara genomför(?:da|d|t))\s+"
                              r"(?:under\s+(?:hela\s+)?(?:år\s+|sommaren\s+|hösten\s+|våren\s+|vintern\s+)?|år\s+|hela\s+(?:år\s+)?|"
                              r"(?:sommaren|hösten|våren|vintern)\s+)?"  # ("Pågår 2034.": the year alone)
                              r"(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/])")
# "The grant's money is spent in one year": "Pengarna används under 2039 till ...", "Stödet ska användas till ... under 2039".
MONEY_SPENT_IN_YEAR_RE = re.compile(r"^(?:Pengarna|Medlen|Stödet|Bidraget)\s+(?:ska\s+användas|används|går)\b[^.;]{0,80}?"
                                    r"\bunder\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/]|\s+(?:och|till)\s+(?:19|20))")
# "Under 2039 byggs en ny scen": on the project's own page or in its entry, the year its work is done (a passive verb,
# in the present).
FRONTED_YEAR_WORK_RE = re.compile(r"^Under\s+(?:år\s+|sommaren\s+|hösten\s+|våren\s+|vintern\s+)?(?P<y>(?:19|20)\d{2})\s+"
                                  r"(?:(?!blev|fick|gick|var\b)[a-zåäö]{3,}(?<=s)\s+"
                                  r"(?:en|ett|de|det|den|nya?|fler|flera|\d+|[a-zåäö]{3,}(?:ar|er|or))\b|får\s+\d+\s)")
# ("Under 2042 hålls träffar i byarna": a plural noun, what is done; "Under sommaren 2042 får 40 ungdomar arbeta ...":
# those it is for, at work that season)
# "Leden byggs 2040–2042.", "Scenen rustas upp under 2039.": a thing called by its definite noun, the work done on it in
# a passive verb, and when: the whole sentence (which may follow a sum's "kr.", where the sentence splitter goes on).
HEAD_NOUN_WORK_RE = re.compile(r"(?:^|(?<=\.)\s+)(?P<subj>[A-ZÅÄÖ][a-zåäö]{2,}(?:n|en|et))\s+(?:ska\s+)?[a-zåäö]{3,}(?:s|as)(?:\s+(?:ut|upp|om|till))?"
                               r"\s+(?:under\s+(?:åren\s+)?)?(?P<when>(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?)\s*\.?$")
# One year or month after a run verb, closing the sentence or its first clause: "pågår 2036.", "görs under 2039 och ska ...".
ONE_WHEN_RE = re.compile(r"\s*(?:(?:under|i)\s+(?:år\s+)?)?(?:[a-zåäö]+\s+)?(?:19|20)\d{2}\s*"
                         r"(?:\.?\s*|\s+och\s+(?:[a-zåäö]{3,}(?:en|et|na)\s+)?(?:ska|skall|kommer|väntas|beräknas|omfattar|"
                         r"kostar|har|ger)\b.*)")  # ("... och skolgården ska vara klar till ...": another clause)
DURATION_LEAD_RE = re.compile(r"\s*(?:\d{1,2}|ett|två|tre|fyra|fem)\s+(?:år|månader|months|years),?\s+")
# "Pågår 2039–2041." under a project's title: its period, the subject left out as a fact box's note leaves it.
SUBJECTLESS_RUN_RE = re.compile(r"(?:Pågår|Pågick|Löper|Genomförs|Genomfördes)\s+(?:under\s+)?(?:\d|från|mellan)")
# "kommunen och Y", "förbundet, Y": an organisation by its kind, first of those who share a sum.
OWNER_BY_KIND_RE = re.compile(r"(?P<ref>[a-zåäö]{4,}(?:en|et))(?:\s+(?:och|samt)\s+|,\s+)")
# ", som X står för", ", som delas mellan A och B": who pays the sum just said.
SUM_PAID_BY_RE = re.compile(r"^,\s+som\s+(?:(?:delas|fördelas)\s+(?:mellan|av)\s+(?P<payers>\S)|"
                            r"(?P<payers2>[A-ZÅÄÖ][^,.;]{1,60}?)\s+(?:står|stod)\s+för\b)")
# "(about SEK 13 million)" after a sum in euro: the same sum, converted roughly.
CONVERTED_BEFORE_RE = re.compile(r"(?i)^\s*[(,–-]?\s*(?:about|approximately|approx\.|around|roughly|some|cirka|ca\.?|"
                                 r"omkring|ungefär|motsvarande|drygt|knappt|närmare)(?:\s+(?:cirka|ca\.?|about))?\s*$")
# "The project X has been granted": the subject is the project by its name.
PROJECT_NOUN_BEFORE_RE = re.compile(r"(?i)\b(?:the|this|the new)\s+(?:project|pilot|study)\s*$")
# "A och B får N respektive M": one sum each, no joint grant.
RESPECTIVELY_RE = re.compile(r"\brespektive\b")
# "..., som ska driva projektet X under 2035": who runs it, and the one year it runs.
DRIVES_IN_YEAR_RE = re.compile(r"\b(?:driver|ska driva|kommer att driva)\s+(?:projektet|förstudien|satsningen)\s+"
                               r"[^.;]{0,60}?\s+under\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/]|\s+(?:och|till)\s)")
# "Festivalen genomförs sommaren 2027" in an entry of its own: the thing the project is, by its noun.
THE_THING_RUNS_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et)\s+(?:ska\s+)?(?:genomförs|genomföras|pågår|pågå|hålls|hållas)\b")
SHARE_VALUE_RE = re.compile(r"\d{1,3}(?:,\d+)?\s*(?:%|procent)")  # a share of the project's money, alone
# A money label that names the region's own money: "Varav regionalt stöd", "Regionens medfinansiering".
REGIONAL_MONEY_LABEL_RE = re.compile(r"(?i)\bregional(?:t|a)\s+(?:stöd|medel|utvecklingsmedel|bidrag|projektmedel)\b|"
                                     r"\bregionens\s+(?:stöd|bidrag|medel|andel|medfinansiering)\b")
# "... att X deltar i projektet Y och medfinansierar det med ...": the partner pays a part too.
JOINS_AND_PAYS_RE = re.compile(r"\bdeltar\s+i\s+[^.;]{2,80}?\s+och\s+(?:med)?finansierar\s+(?:det|den|projektet|"
                               r"förstudien|satsningen)\b")
# A breadcrumb that ends in the site's own section of projects: "Vi erbjuder > Projekt", "Start / Våra projekt".
OWN_PROJECTS_SECTION_RE = re.compile(r"(?i)(?:[>/›»]\s*|^)(?:våra projekt|projekt|pågående projekt)\s*$")  # (or alone)
# A site's identity line ("Åby kommun · Org.nr 212000-0000"): no party of a list above it.
ORGNR_LINE_RE = re.compile(r"(?i)\b(?:org\.?\s?nr|organisationsnummer)\b")
# A payer written with its share: "Trafikverket 50 %", "Region X (40 procent)".
SHARE_TAIL_RE = re.compile(r"\s*\(?\s*\d{1,3}(?:[,.]\d+)?\s*(?:%|procent)\s*\)?$")
# A heading of one part of a project: its people are that part's.
SUB_PART_RE = re.compile(r"(?i)^(?:delområde|delprojekt|arbetspaket|work package|wp)\s*\d+\b")
# A news outlet's masthead: "Sveriges Radio P4 Jämtland", "Västerviks-Tidningen", "Norrländska Socialdemokraten".
MASTHEAD_RE = re.compile(r"^(?:Sveriges Radio|Sveriges Television|SVT Nyheter|TV4 Nyheter|P4 [A-ZÅÄÖ]\w+)\b|"
                         r"(?:[Tt]idning(?:en)?|Posten|Kuriren|Allehanda|Dagblad(?:et)?|Folkblad(?:et)?|Korren|"
                         r"Socialdemokraten|Nyheter)$")
FOUNDATION_RE = re.compile(r"(?i)stiftelse(?:n|rna)?\b")  # "Exempels stiftelse", "Sparbanksstiftelsen X"
# A company's legal form after its name: "Åby Battery AB", "Öby Oy".
COMPANY_FORM_AFTER = r"\s+(?:AB|HB|KB|Oy|Oyj|AS|ASA|A/S|ApS|GmbH|Ltd|Inc|ekonomisk förening|ek\. ?för\.)(?!\w)"
# Running to the end of the year a news item speaks in: "pågår året ut", "pågår under resten av året".
YEAR_OUT_RE = re.compile(r"\b(?:pågår|pågå|löper|drivs|fortsätter)\s+(?:\w+\s+)?(?:året ut|(?:under\s+)?resten av året)\b")
# An applicant given as a person and the organisation they work at: "Eva Ek, Åby universitet".
PERSON_AT_ORG_RE = re.compile(r"^(?P<person>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}),\s+(?P<org>[A-ZÅÄÖ].{2,80})$")
ACRONYM_KEY_RE = re.compile(r"(?i)^(?:project acronym|projektakronym|akronym|acronym)$")
# An interview's question and the answer under it: "Vem driver projektet?" / "– Det är Åby kommun ...".
WHO_RUNS_QUESTION_RE = re.compile(r"(?i)^vem (?:driver|leder|äger|står bakom|genomför) (?:projektet|satsningen|"
                                  r"förstudien|det)\?$")
RUNNER_ANSWER_RE = re.compile(r"^(?:[–-]\s*)?(?:Det är|Det gör|Projektet drivs av)\s+")
WHO_PAYS_QUESTION_RE = re.compile(r"(?i)^(?:hur finansieras|vem finansierar|vem betalar|vilka finansierar) (?:projektet|satsningen|"
                                  r"förstudien|det)\?$")
PAYERS_ANSWER_RE = re.compile(r"^(?:[–-]\s*)?(?:Av|Genom|Med (?:pengar|stöd|medel) från|Projektet finansieras av)\s+(?=[A-ZÅÄÖ])")
# An organisation's own payers and owners: "Samordningsförbundet finansieras av ...", "Bolaget ägs av kommunerna ...".
ORG_ITSELF_FUNDED_RE = re.compile(r"^(?i:[a-zåäö]*(?:förbundet|föreningen|stiftelsen|bolaget|organisationen|nätverket))\s+"
                                  r"(?:\w+\s+)?(?:finansieras|ägs)\s+(?:av|gemensamt av|genom)\b")
# A sentence about the money: "Stödet är beviljat av ...", "Projektet finansieras av ...".
MONEY_SUBJECT_RE = re.compile(r"^(?:Stödet|Bidraget|Medlen|Pengarna|Finansieringen|Projektet finansieras|"
                              r"Projektet har beviljats|Projektet medfinansieras)\b")
# An association's chair given under "Kontaktperson" ("Eva Ek, ordförande, 070-...") is its contact; signing
# minutes as chair is not.
CHAIR_RE = re.compile(r"(?i)(?:förenings|styrelse)?ordförande\b(?!\s*(?:i|för)\s+(?:nämnden|styrelsen|kommunstyrelsen))")
# What a final report achieved: a section under it states outcomes ("Resultat", "Genomförande och resultat").
# A project told as ended: "Projektet drevs av X 2039–2041", "Målet var att ...".
ENDED_PROJECT_RE = re.compile(r"\b(?:[Pp]rojektet|[Ff]örstudien|[Ss]atsningen)\s+(?:drevs|pågick|genomfördes|avslutades|"
                              r"har avslutats)\b|\b[Mm]ålet\s+var\s+att\b")
OUTCOME_LABEL_RE = re.compile(r"(?i)^(?!.*förväntad)(?:.*\b(?:resultat|uppnådda|måluppfyllelse|utfall)\b)")
ACADEMIC_RE = re.compile(r"(?i)\b(\w*universitet\w*|högskola|högskolan|university)\b")  # "Mittuniversitetet" too
# "Under våren 2027 till och med hösten 2028 bjuder vi in ...", "Från mars 2027 till juni 2028 testar projektet ...":
# a period set before the verb of a sentence whose subject is the project, or the owner speaking of itself; or the
# owner named by its kind ("Under 2027 och 2028 ska föreningen utbilda ...").
FRONTED_PERIOD_RE = re.compile(r"^(?:Under|Från|Mellan)\s+(?:[^,.;]{2,30},\s+(?:från|mellan)\s+)?(?P<when>[^,.;]{4,70}?),?"
                               r"\s+[a-zåäö]{3,}\s+(?:vi|projektet|förstudien|satsningen)\b")
# ("Under två år, från oktober 2037 till september 2039, ska vi ...": the span, then the dates that bound it)
# "Under tre år, från hösten 2039, ska alla elever ...": in a project's own text, its span and when it starts
FRONTED_SPAN_FROM_RE = re.compile(r"^Under\s+(?:två|tre|fyra|fem|\d)\s+år,\s+(?P<when>från\s+[^,.;]{4,40}?),\s+ska\s")
FRONTED_BY_KIND_RE = re.compile(r"^(?:Under|Från|Mellan)\s+(?P<when>[^,.;]{4,70}?)\s+(?:ska|skall|kommer att|vill)\s+"
                                r"(?P<subj>[a-zåäö]{4,}(?:en|et))\b")
FRONTED_START_RE = re.compile(r"^(?:I|Under|Den)\s+(?P<when>[^,.;]{4,30}?)\s+(?P<verb>startade|startar|inleddes|inleds|"
                              r"påbörjades|drog igång|drar igång|drog|drar|började)\s+(?:vi\s+)?(?:det nya\s+|den nya\s+)?(?:(?:projektet|"
                              r"förstudien|satsningen|förprojektet|pilotprojektet)\s|"
                              # "Den 1 september startar Mötesplats X, ett treårigt projekt för ...": the name, then its kind
                              r"(?P<named>[A-ZÅÄÖ][^,.;]{2,60}?),\s+(?:ett|en)\s+(?:[\wåäö-]+\s+)?(?:projekt|förstudie|satsning)\b)")


COMPANY_FORM_RE = re.compile(r"\s+(?:AB|HB|KB)(?:\s+\(publ\))?$")  # ("föreningen" still refers to "X ekonomisk förening")


def significant_digits(amount: int) -> int:
    """2 486 300 has five, 2 500 000 two: how exactly a sum is stated."""
    return len(str(amount).rstrip("0"))


# What an organisation is called by its kind, when its name does not say it: a club is an association, a church's
# local unit is a parish.
CLUB_NAME_RE = re.compile(rf"\s(?:{CLUB_LETTERS})$|^(?:{CLUB_LETTERS})\s|klubb(?:en)?$")
KIND_REFERENCES = {"förening": CLUB_NAME_RE, "klubb": CLUB_NAME_RE, "församling": re.compile(r"^Svenska kyrkan\b")}


@lru_cache(maxsize=8192)  # asked of the same few names for every sentence
def refers_to(definite: str, org: str) -> bool:
    """"förbundet" for "Samordningsförbundet X", "kommunen" for "Hylte kommun": the definite form of the
    organisation's first or last word."""
    words = COMPANY_FORM_RE.sub("", org).casefold().split()  # "Åby Gårdsmejeri AB": "mejeriet"
    stem = re.sub(r"(?:en|et|n|t)$", "", definite.casefold())
    if stem in KIND_REFERENCES and KIND_REFERENCES[stem].search(org) \
            or stem == "förening" and org_kind(branch_of(org) or org) == "ideell förening":
        return True  # "föreningen" for "Åby IF" or "Hela Sverige ska leva X", "församlingen" for "Svenska kyrkan i Åby"
    first = re.sub(r"(?:en|et)$", "", words[0]) if words else ""
    last = re.sub(r"(?:en|et)$", "", words[-1]) if words else ""  # "nämnden" for "Regionala utvecklingsnämnden"
    return bool(words) and len(stem) >= 4 and (first.endswith(stem) or words[-1].endswith(stem) or last.endswith(stem))


# A sentence that leads into a list of payers: "Projektet har finansierats av:".
PAYERS_LEAD_IN_RE = re.compile(r"(?i)\b(?:finansier\w*|medfinansier\w*|bekosta\w*|stöd\w*|funded|financed)\s+"
                               r"(?:\w+\s+)?(?:av|från|by)\s*:\s*$")
# A sentence that leads into a list of those taking part: "I projektet deltar även följande organisationer:".
PARTNERS_LEAD_IN_RE = re.compile(r"(?i)\b(?:deltar|medverkar|samarbetar|ingår|samverkar|participate|partners?|"
                                 r"parter|samverkansparter|i samarbete med|tillsammans med)\b[^.:]{0,60}:\s*$")
# "Ring projektledaren X på 070-...": a contact asked to be called, with a phone number and no e-mail.
CALL_CUE_RE = re.compile(r"(?i)ring\b")
# "Projekt ... där Region X är projektägare" over a table of them: the owner of each.
PROJECTS_OWNED_BY_RE = re.compile(r"\b(?:\w*projekt|Projekt)(?:en)?\b[^.;]{0,60}?\bdär\s+(?P<org>[A-ZÅÄÖ][^.,;]{2,60}?)\s+är\s+"
                                  r"(?:projektägare|huvudman|projektägaren)\b")
# What a list's introduction says of all its projects: "(utvecklings)projekt som Region X driver".
PROJECTS_RUN_BY_RE = re.compile(r"\b(?:\w*projekt|Projekt)(?:en)?\s+som\s+(?P<org>[A-ZÅÄÖ][^.,;]{2,60}?)\s+(?:driver|leder|äger|"
                                r"har drivit|har lett|samordnar)\b")
# "Åby kommun driver just nu tre projekt med stöd från EU:" over the list: the subject runs every one listed.
ORG_RUNS_PROJECTS_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][^.,;:]{2,60}?)\s+(?:driver|leder|äger)\s+(?:just nu\s+|i dag\s+|"
                                  r"för närvarande\s+|nu\s+)?(?:\w+\s+)?(?:EU-)?projekt\b")
APPOSED = r"\s*[,(]\s*"  # between a sum and the same sum said again: "nästan 2 miljoner kronor, 1 960 000 kronor"
# "har beviljats 640 000 kronor av Region X": a passive grant, its giver after "av".
PASSIVE_GRANT_RE = re.compile(r"(?i)\b(?:beviljats|beviljades|beviljas|tilldelats|tilldelades|tilldelas|fått|fick|får|"
                              r"awarded|granted)\s+(?:\w+\s+){0,2}$")
# What a payer does, as a present verb and as an infinitive after "ska" or "att".
PAY_ADVERB = r"(?:själv |själva |också |även |dessutom )?"  # "bidrar dessutom med", "står själv för"
PAY_VERBS = (rf"satsar|satsade|bidrar {PAY_ADVERB}med|bidrog {PAY_ADVERB}med|går {PAY_ADVERB}in med|"
             rf"gick {PAY_ADVERB}in med|skjuter {PAY_ADVERB}till|sköt {PAY_ADVERB}till|finansierar|"
             rf"medfinansierar|står {PAY_ADVERB}för|lägger|lade")
PAY_INFINITIVES = r"satsa|bidra med|gå in med|skjuta till|finansiera|medfinansiera|stå för"
THE_PARTIES = r"(?:parterna|partnerna|projektparterna|samverkansparterna)"
# Said of all listed: "Kommunerna står själva för halva kostnaden", "Projektägarna bidrar med resten": each owner pays.
OWNERS_PAY_RE = re.compile(r"^(?:(?P<kind>Kommun|Region)erna|(?P<assoc>Förening)arna|Projektägarna|Stödmottagarna|Sökandena)\s+"
                           r"(?:står|bidrar|betalar|finansierar|satsar)\s+(?:själva\s+|också\s+|även\s+)?(?:för|med)\b")
# An organisation named by its kind pays: "Förbundet satsar 500 000 kronor på projektet", "Kommunen bidrar med ...",
# "Kommunen äger projektet och står själv för 800 000 kronor".
DEFINITE_PAYS_RE = re.compile(rf"^(?:Även\s+)?(?P<ref>[A-ZÅÄÖ][a-zåäö]{{3,}}(?:en|et))\s+(?:[^.;]{{0,80}}?\s+och\s+)?(?:{PAY_VERBS})\b|"
                              rf"^Lika mycket\s+(?:{PAY_VERBS})\s+(?P<ref2>[a-zåäö]{{4,}}(?:en|et))\b")  # "Lika mycket satsar
# kommunen själv": the same sum again, its payer after the verb
# "The municipality provides a further SEK 4.1 million of its own": the owner, by its kind, pays a part.
DEFINITE_PAYS_EN_RE = re.compile(r"^The\s+(?P<ref>municipality|region|university|company|association|foundation)\s+"
                                 r"(?:itself\s+)?(?:also\s+)?(?:provides|contributes|adds|invests|puts in|co-finances)\b")
DECIDED_PAYS_RE = re.compile(rf"\b(?:beslutar|beslutade|har beslutat)\s+att\s+(?P<ref>[a-zåäö]{{4,}}(?:en|et))\s+(?:ska\s+)?"
                             rf"(?:{PAY_VERBS}|{PAY_INFINITIVES})\b")
PARTIES_PAY_RE = re.compile(rf"(?i)\b{THE_PARTIES}\s+(?:{PAY_VERBS})\b|\b(?:satsar|satsade|bidrar|går|står)\s+(?:\w+\s+)?"
                            rf"{THE_PARTIES}\b")
# "Vi står själva för resten, ungefär 60 000 kronor": the writers, who own the project, pay a part.
WE_PAY_RE = re.compile(r"^[Vv]i\s+(?:står|betalar|bidrar|lägger|satsar)\s+(?:själva\s+|själv\s+|också\s+|även\s+)?"
                       r"(?:för|med|in|till)\b|"
                       r"^(?:[Rr]esten|[Rr]esterande)\s+(?:betalar|bekostar|står)\s+vi\b")  # "Resten betalar vi själva med ..."
# "Kommunen lägger själv lika mycket": as much again as the grant, said without a sum.
SAME_SUM_RE = re.compile(r"\s+(?:själv\s+|själva\s+|också\s+|även\s+)?(?:in\s+|till\s+)?(?:lika mycket|samma summa|lika stor summa|"
                         r"ett lika stort belopp)\b")
# "Kommunen står för resten av kostnaderna": a share of the costs, no sum, after the payer's verb.
SHARE_OF_COSTS_RE = re.compile(r"\s+(?:(?:resten|resterande del(?:en)?|återstoden|hälften|en del|delar|merparten|övriga)\s+"
                               r"(?:av\s+)?(?:kostnaderna|kostnaden|finansieringen|budgeten|pengarna)\b|"
                               r"(?:resten|återstoden)\s*[.;]?$)")  # ("Kommunen står själv för resten.")
DEFINITE_GRANTS_RE = re.compile(r"(?:^|\boch\s+)(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:en|et))\s+(?:beviljar|beviljade|"
                                r"har beviljat|(?:har\s+)?beslutat? att bevilja)\s+(?:[^.;]{0,80}?\s)?(?:stöd|bidrag|medel|"
                                r"projektstöd|finansiering|\d)")  # ("Länsstyrelsen beviljar Föreningen X, org.nr ..., bidrag
# för", "... är huvudman och förbundet har beviljat 1 450 000 kronor")
# A sentence's subject naming an organisation by its kind, in the definite form ("Föreningen ska ...").
DEFINITE_SUBJECT_RE = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et)(?=\s+(?:ska|skall|vill)\s)")
AID_FROM_RE = re.compile(r"(?i)^[\wåäö-]*(?:stöd|bidrag|medel)\s+(?:ur|från)\s+")
ORGANISATION_KEY_RE = re.compile(r"(?i)^(?:organisation|organization|ansvarig|ägare|huvudman)$")
PROGRAMME_KEY_RE = re.compile(r"(?i)^(?:(?:eu-?)?program(?:me)?|funded under)$")  # (CORDIS: "Funded under")
# Capitalised words in a row, and a word for its kind: an organisation's name no gazetteer holds.
CAPITALISED_RUN_RE = re.compile(r"\b[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)*"
                                r"(?:\s+[a-zåäö]*(?:förening|förbund|kommun|klubb|sällskap|stiftelse|byalag))?\b")
# "Kommunen får 2,1 miljoner kronor för projektet X": the site's own organisation owns it, named by its kind.
# "Nu har kommunen fått klartecken för projektet X", "Föreningen får 200 000 kronor": the owner by its kind.
PLACE_MUNICIPALITY_RE = re.compile(r"^I (?P<place>[A-ZÅÄÖ][\wåäö-]+) (?:vill|ska|har|planerar|bygger|startar|satsar) "
                                   r"kommunen\b")
DEFINITE_SUBJECT_OWNS_RE = re.compile(r"^(?:(?:Nu|Även|Därför|I dag|Nyligen)\s+(?:har|får|fick)\s+)?"
                                      r"(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:en|et))\s+(?:har\s+)?(?:också\s+|även\s+)?"
                                      r"(?:fått|får|fick|beviljats|beviljas|beviljades)\s+[^.]{0,60}?"
                                      r"(?:\d|projekt|förstudie|satsning)")
PUBLISHER_OWNS_RE = re.compile(r"^(?:Även\s+|Nu\s+|[^.;]*?(?:\s(?:och|men)\s+|:\s+)(?=[a-zåäö]))?"  # ("... och föreningen får N",
                               # "Nu har vi fått besked: föreningen har beviljats N")
                               r"(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:en|et))\s+(?:får|fick|har fått|beviljas|"
                               r"beviljades|har beviljats|driver|leder|startar|har startat|bygger|anlägger|rustar upp|"
                               r"renoverar|gör)\s+[^.]{0,60}?"  # ("Kommunen bygger en cykelväg längs väg 291";
                               # "Kommunen gör projektet." in easy Swedish)
                               r"(?:\d|projekt|förstudie|satsning)")
FUND_PART_RE = re.compile(r"(?i)\b(?:eu|ir|interreg|eruf|erdf|esf\+?|eu-medel|ir-medel|eu-stöd|regionalfonden|"
                          r"socialfonden|landsbygdsfonden)\b")
GRANTED_LEAD_BLOCKS = 12
GRANTED_NEWS_RE = re.compile(r"(?i)\b(?:har|hade)\s+beviljat\b|\bbeviljade(?:s)?\s+(?:\w+\s+){0,3}projekt")
ALL_TOGETHER_RE = re.compile(r"^(?:Tillsammans|Totalt|Sammanlagt|Sammantaget|Allt som allt)\s+(?:får|fick|har fått|"
                             r"beviljas|beviljades|har beviljats|delar|delade)\s+(?:de\s+(?:\w+\s+)?)?(?:projekten|"
                             r"satsningarna|insatserna)\b")
# "... förstudien X, som kommunen driver med stöd från Y": the site's own organisation runs it.
PUBLISHER_RUNS_IT_RE = re.compile(r",\s+som\s+(?P<ref>[a-zåäö]{4,}(?:en|et))\s+(?:driver|leder|äger|drev|ledde|har startat|"
                                  r"startade|samordnar)\b")
# "Ett projekt där kommunen och Högskolan X hjälper ...": on the site's own list, its organisation runs it.
PUBLISHER_PROJECT_WHERE_RE = re.compile(r"^(?:Ett|Det är ett)\s+(?:projekt|samarbete|utvecklingsprojekt)\s+där\s+"
                                        r"(?P<ref>[a-zåäö]{4,}(?:en|et))\s+(?:och\s+[A-ZÅÄÖ][^.;]{1,60}?\s+)?"
                                        r"[a-zåäö]{3,}(?:ar|er|ör)\b")
# "Regionens projekt Kompetenslyft": the site's own organisation's project, named by its kind in the genitive.
OWN_PROJECT_RE = re.compile(r"\b(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]+(?:en|et))s\s+(?:projekt|förstudie|satsning)\s+(?=[A-ZÅÄÖ])")
# "Kommunen har beviljat följande bidrag", "Under året har förbundet finansierat följande insatser": the site's own
# organisation, by its kind, grants what is listed.
PUBLISHER_GRANTS_RE = re.compile(r"^(?:(?:Under|I)\s+(?:året|år|\d{4})\s+har\s+(?=[a-zåäö]))?"
                                 r"(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]+(?:en|et))\s+(?:har\s+(?:[a-zåäö]+\s+){0,3}?)?(?:beviljat|beviljar|beviljade|"
                                 r"fördelat|fördelar|fördelade|delat ut|delar ut|beslutat om|beslutade om|"
                                 r"(?:finansierat|finansierar)\s+(?:under\s+(?:år\s+)?\d{4}\s+)?följande)\b")  # ("finansierar under
# 2027 följande insatser")
PUBLISHER_GRANTED_ALL_RE = re.compile(r"^(?:Totalt|Sammanlagt|Under året|I år)\s+(?:har\s+)?(?:beviljade|beviljat|fördelade|"
                                      r"fördelat|delade ut|finansierade)\s+(?P<ref>[a-zåäö]{4,}(?:en|et))\b")
# A list's lead that gives the year of all below it: "... att finansiera följande insatser under 2027:", "Pengarna går till
# fyra projekt under 2027."
LIST_LEAD_YEAR_RE = re.compile(r"\b(?:(?:följande\s+|till\s+(?:\w+\s+)?)(?:projekt|insatser|förstudier|satsningar)\s+under\s+"
                               r"(?:år\s+)?(?=(?:19|20)\d{2}\s*[:.]?\s*$)|"
                               r"under\s+(?:år\s+)?(?=(?:19|20)\d{2}\s+följande\s+(?:projekt|insatser|förstudier|satsningar)\s*[:.]?\s*$))"
                               r"(?P<y>(?:19|20)\d{2})")  # ("Förbundet finansierar under 2041 följande insatser.")
# "... to the following projects for 2041–2042:", "... följande projekt under åren 2041–2042:": the years of them all.
LIST_LEAD_YEARS_RE = re.compile(r"\b(?:följande|the following)\s+(?:projekt|insatser|förstudier|satsningar|projects)\s+"
                                r"(?:under|för|for|in)\s+(?:åren\s+|the years\s+)?(?P<y1>(?:19|20)\d{2})\s*[–-]\s*"
                                r"(?P<y2>(?:19|20)\d{2})\s*[:.]?\s*$")
# "500 000 kr till Åby kommun": a row's sum and to whom it goes.
SUM_TO_ORG_RE = re.compile(r"\s+(?:till|åt)\s+(?P<org>[A-ZÅÄÖ][^,.;()]{1,60})$")
# "Åby kommun 500 000 kronor till projektet X": a recipient and its sum, the verb said before the first of them.
RECIPIENT_FIRST_RE = re.compile(rf"^{RECIPIENT_SUM}")
# "Bidragen avser verksamhetsåret 2027": the year all listed are granted for.
ALL_FOR_YEAR_RE = re.compile(r"\b(?:avser|gäller)\s+(?:verksamhetsåret|budgetåret|året|år|(?:verksamhet|aktiviteter|insatser)\s+"
                             r"under(?:\s+år)?)\s+(?P<y>(?:19|20)\d{2})\s*\.?$")  # ("Stöden avser verksamhet under 2027")
# "Stödet motsvarar 50 procent av projektens kostnader": the grant's share of the costs, said of all listed.
GRANT_SHARE_RE = re.compile(r"^(?:Stödet|EU-stödet|Bidraget)\s+(?:motsvarar|utgör|är|uppgår till|får uppgå till|får utgöra)\s+(?:högst\s+)?"
                            r"(?P<rate>\d{1,3}(?:,\d+)?)\s*(?:%|procent)\s+av\s+(?:projektens|projektets|de)\b")
# "The projects are co-financed by the European Regional Development Fund at a rate of 65 per cent."
GRANT_SHARE_EN_RE = re.compile(r"(?i)^(?:the|all(?: the)?|both) projects are (?:co-?)?financed by [^.;]{2,80}? at a rate of "
                               r"(?:up to )?(?P<rate>\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent)")
# "Förbundet driver flera projekt ...", "Vi driver följande projekt": the publisher's own projects are listed.
RUNS_PROJECTS = (r"\s+(?:har\s+)?(?:(?:också|även)\s+)?(?:under\s+(?:(?:19|20)\d{2}|året)\s+|i år\s+)?"
                 r"(?:driver|bedriver|leder|äger|drev|bedrev|ledde|drivit|bedrivit|lett|"
                 r"arbetar med|arbetade med|arbetat med)\s+"
                 r"(?:(?:också|även)\s+)?(?:under\s+(?:(?:19|20)\d{2}|året)\s+|i år\s+)?(?:[a-zåäö]+\s+){0,3}?"
                 r"[a-zåäö]*projekt\b")
OWN_PROJECTS_RE = re.compile(r"^(?P<ref>Vi|[A-ZÅÄÖ][a-zåäö]+(?:en|et))" + RUNS_PROJECTS)
RUNS_PROJECTS_RE = re.compile(RUNS_PROJECTS)  # after the publisher's own name: "Åby kommun driver flera utvecklingsprojekt"
# ("under 2030 flera projekt"; an annual report's "Förbundet drev under året två projekt", "Förbundet har under
# året arbetat med tre projekt")
# "Här finns de projekt som kommunen driver med externa medel": the same, said in a clause.
OWN_PROJECTS_CLAUSE_RE = re.compile(r"\bprojekt(?:en)?\s+som\s+(?P<ref>vi|[a-zåäö]+(?:en|et))\s+(?:själv\s+|själva\s+)?"
                                    r"(?:driver|bedriver|leder|äger)\b|"
                                    # "Projekten drivs av förbundet": the same, said in the passive
                                    r"^(?:Projekten|Alla projekt|Samtliga projekt)\s+(?:drivs|leds|ägs)\s+av\s+"
                                    r"(?P<by>oss|[a-zåäö]+(?:en|et))\b")
# "... kronor från samordningsförbundet": the site's own organisation, by its kind in the definite form.
SHARE_BY_REF_RE = re.compile(r"\s+(?:och|samt)\s+(?:till\s+\d{1,3}\s*(?:%|procent)\s+)?(?:av|från)\s+"
                             r"(?P<ref>[a-zåäö]{4,}(?:et|en))\b")
REFERS_TO_PUBLISHER_RE = re.compile(r"\s+från\s+(?P<ref>[a-zåäö]+(?:et|en))\b")
REFERS_BY_PUBLISHER_RE = re.compile(r"\s+av\s+(?P<ref>[a-zåäö]+(?:et|en))\b")  # "har beviljats N kr av regionen"
# What follows the project or its owner in a sentence that says what it is for: "X, i Y, ska bygga ...".
OWNER_SENTENCE_RE = re.compile(r"\s(?:är|var|blir|leds|drivs|ägs|har|samverkar)\s")  # a sentence, not a name
OWNER_ROLE_LEAD_RE = re.compile(r"(?:Projektägaren?|Stödmottagaren?|Sökanden?)\s+(?=[A-ZÅÄÖ])")  # the owner by its role, then its name
# A grant of what was applied for: "beslutar att bevilja medfinansieringen enligt ansökan".
AS_APPLIED_RE = re.compile(r"(?i)\benligt\s+(?:ansökan|ansökningen)\b|\bdet\s+sökta\s+beloppet\b")
KIND_PAYS_REST_RE = re.compile(r"\b(?P<ref>[a-zåäö]{4,}(?:en|et|n))\s+(?:betalar|står för|bekostar|tar)\s+resten\b")
REST_FROM_RE = re.compile(r"\bresten\s+(?:kommer\s+|betalas\s+|finansieras\s+)?(?:från|av)\s+(?=[A-ZÅÄÖ])|"
                          r"^Resten\s+(?:står|betalar|bekostar|finansierar)\s+(?=[A-ZÅÄÖ])")  # ("Resten står A och B för")
# A decision that changes the project's period: the new one is the project's.
CHANGED_PERIOD_RE = re.compile(r"(?i)\bändra\w*\s+projekt(?:perioden|tiden)\b[^.;]{0,80}?\btill\s+(?:och med\s+)?")
# "Tre projekt vid Mittuniversitetet har beviljats ...": the organisation the listed projects are at.
PROJECTS_AT_ORG_RE = re.compile(r"\b(?:projekt|forskningsprojekt|förstudier)\s+(?:vid|på)\s+(?=[A-ZÅÄÖ])")
# A body whose business is funding projects: what its own news says was granted, it grants.
FUNDING_BODY_RE = re.compile(r"^(?:Samordningsförbundet|Finsamförbundet)\b")
SITE_PART_RE = re.compile(r"\s[·|–]\s")  # "Leader X · Projektblad": the site's name, then what the page is
AIM_AFTER_SUBJECT_RE = re.compile(r"(?:,[^,]{1,40},)?\s+(?:ska|skall|vill|syftar)\s+(?!under\s+(?:19|20)\d{2}\b)"
                                  r"(?!(?:finnas|vara|öppna|öppnas|invigas|stå|kosta|ligga)\b)\w+")
# (not "ska under 2031 bygga": a work plan; not "Labbet ska öppna i maj", "Guiden ska finnas på tre språk": when it
# opens, what it is like)
# The place and date a letter or report is signed at.
PLACE_AND_DATE_RE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+,?\s+(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})$")
PROGRAMME_DASH_FUND_RE = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{1,30}\s[-–]\s(?P<fund>[A-ZÅÄÖ][\wåäö+ -]{1,60})$")
VIA_LEADER_AREA_RE = re.compile(r"\s+(?:via|genom)\s+(?P<area>Leader\s+[A-ZÅÄÖ][^,;.()]*?)\s*$")
VIA_AGENT_RE = re.compile(r"\s+(?:via|genom)\s+(?P<agent>[A-ZÅÄÖ].*)$")
# A sentence about the grant itself and who pays for it: "Stödet finansieras med medel från X".
GRANT_PAID_BY_RE = re.compile(r"^(?:Stödet|Bidraget|Medlen|Pengarna)\s+(?:finansieras|betalas|kommer)\b")
# Authorities that decide on and pay out money that is not theirs (EU funds, a national programme).
MANAGING_AUTHORITY_RE = re.compile(r"^(Tillväxtverket|(?:Svenska )?ESF-rådet|Jordbruksverket|Statens jordbruksverk|"
                                   r"Länsstyrelsen\b.*|Sametinget)$")


# "Stödet finansieras av EU och staten via Leader X": money of the EU and the state, not the authority's.
EU_AND_STATE_RE = re.compile(r"(?i)\b(?:finansieras|kommer)\s+(?:från|av)\s+(?:eu|europeiska unionen)\b")
VIA_LEADER_RE = re.compile(r"\bvia\s+(?P<area>Leader\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)")


def pays_fund_out(org: str, sentence: str, after: int) -> bool:
    """"Tillväxtverket, som går in med N kronor ur Regionalfonden": after the authority's name, a sum out of a fund."""
    return bool(OUT_OF_FUND_RE.search(sentence, after)) and pays_out_a_fund(org, sentence)


def pays_out_a_fund(org: str, text: str, fund_named: bool = False) -> bool:
    """"Tillväxtverket beviljar stöd ur Europeiska regionala utvecklingsfonden": the authority administers
    the fund's money (named in the text, or anywhere in the decision); the fund pays."""
    return bool(MANAGING_AUTHORITY_RE.match(org)) and (fund_named or bool(EU_AND_STATE_RE.search(text))
                                                       or any(is_eu_fund(name) for name, _, _ in gazetteer().mentions(text)))


def states_fact(sentence: str) -> bool:
    """A sentence that says who pays, owns or takes part, what was granted, or when the project runs."""
    owner = prose.owner_in(sentence)  # (not "Kommunerna ska ha ...": what someone shall do is an aim)
    return bool(prose.FUNDED_BY_RE.search(sentence) or owner and owner[2] != "prose.owner.subject_vill"
                or prose.partners_in(sentence)
                or find_amounts(sentence) and prose.GRANT_CONTEXT_RE.search(sentence)
                or tells_period(sentence))


def tells_period(sentence: str) -> bool:
    """"Projektet pågår till och med december 2036." under "Mål": the project's period, no goal."""
    return bool(PERIOD_SENTENCE_RE.match(sentence) and find_dates(sentence)) and aim_strength(sentence) != "strong"


PERIOD_SENTENCE_RE = re.compile(r"(?i)(?:projektet|förstudien|satsningen|the project)\s+(?:\w+\s+)?(?:pågår|pågick|löper|"
                                r"startar|startade|avslutas|avslutades|runs|ran|started|ends|ended)\b")


# "Projektägare: X Projektet avser ...": the entry's text begins after the owner's name.
OWNER_RUNS_ON_RE = re.compile(r"\s+(?=(?:Projektet|Projektägaren|Förstudien|Syftet|Sökanden|Ansökan)\b)")


GENITIVE_BODY_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ].+?)s\s+[a-zåäö-]*(?:nämnd|styrelse|utskott|råd)\w*$")


# "från EU:s innovationsfond", "ur EU:s sammanhållningsfond": an EU fund named in lower case after the EU's genitive.
EU_FUND_WRITTEN_RE = re.compile(r"^\s*(?:[a-zåäö-]+\s+){0,2}?(?:från|ur)\s+(?P<fund>EU(?::s|'s|’s)\s+[a-zåäö]+fond(?:en)?)\b")
# " i Skaraborg", " – Gotland": where a project is, the tail a title's name has that the text's short form drops.
PLACE_TAIL_RE = re.compile(r"\s+(?:i|på|inom|för|[–-])\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+län)?")
# A table's column of the dates something happened to the application, no project's dates.
EVENT_DATE_COLUMN_RE = re.compile(r"(?i)beslut|sammanträde|möte|inkom|ansökningsdatum|diarieförd|registrerad|publicerad|"
                                  r"decision|received")
# "Kommun | Projekt | Stöd (kr)": a column headed by what kind of organisation owns each row's project.
OWNER_KIND_COLUMN_RE = re.compile(r"(?i)^(?:kommun|organisation|organization|förening|region|företag|aktör)$")
# "... av Region X och kommunerna gemensamt": payers named by their kind in the plural, after those named by name.
PLURAL_PAYERS_RE = re.compile(r"(?:\s+med\s+[^,;.]{0,30}?\d[^,;]{0,30}?(?:kronor|kr|euro))?"  # ("B med 800 000 kronor och ...")
                              r"\s+(?:och|samt)\s+(?:de\s+(?:\w+\s+)?|alla\s+)?"  # ("och de tre kommunerna")
                              r"(?P<kind>kommunerna|regionerna|partnerna|parterna)\b")
# "Medfinansiering: A, B": a label of money whose value names who pays.
COFINANCING_KEY_RE = re.compile(r"(?i)^(?:offentlig |övrig |privat )?medfinansiering$")
BARE_PERIOD_KEY_RE = re.compile(r"(?i)^(?:period|tid|tidsperiod)$")
# "kl. 13.00": a time of day, as a meeting's time is given.
CLOCK_TIME_RE = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?\b")  # ("kl. 13.00", "kl. 9–15")
# "Beviljat bidrag", "Beviljat stöd": a granted sum's label.
GRANTED_KEY_RE = re.compile(r"(?i)^bevilja(?:t|de|d)\s+(?:bidrag|stöd|belopp|medel)$")
DATABASE_TITLE_RE = re.compile(r"(?i)^(?:projektdatabas(?:en)?|projektbanken|beviljade (?:projekt|bidrag|medel|stöd)|"
                               r"finansierade projekt|project database|projects|funded projects)$")
DEFINITE_PAYERS_RE = re.compile(r"(?P<a>[A-ZÅÄÖa-zåäö][a-zåäö]+(?:en|et))(?:\s+(?:och|samt)\s+(?P<b>[a-zåäö]+(?:en|et)))?\b")
# "... och regionen bidrar med 500 000 kronor": a payer by its kind, named before.
DEFINITE_CONTRIBUTES_RE = re.compile(r"(?:^|,\s*|\s(?:och|samt|att)\s+)(?P<ref>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:en|et))\s+"
                                     r"(?:(?:bidrar|går in|skjuter till)\s+(?:också\s+|även\s+)?med\s+"
                                     r"|(?:med)?finansierar\s+(?:projektet|förstudien|satsningen)\b[^.;]{0,80}?\smed\s+)"
                                     r"(?:drygt\s+|cirka\s+|närmare\s+|ytterligare\s+)?\d")
# ("X intygar att regionen medfinansierar projektet Y ... med 300 000 kronor": the one named before pays)
# "... finansierar 1,8 miljoner kronor genom Europeiska regionala utvecklingsfonden": the fund the money comes from.
THROUGH_FUND_RE = re.compile(r"\d[^.;]{0,40}?\s(?:genom|via|ur)\s+")
# "Våra projekt under året", "Våra satsningar 2041": the writer's own projects listed under it.
OUR_PROJECTS_HEAD_RE = re.compile(r"(?i)^(?:våra|our)\s+(?:projekt|satsningar|projects)\b")
# "Projektet drivs av folkhögskolan": the owner by its kind, named before.
DEFINITE_RUN_BY_RE = re.compile(r"\b(?:[Pp]rojektet|[Ff]örstudien|[Ss]atsningen)\b[^.;]{0,60}?\s(?:drivs|leds|ägs)\s+av\s+"
                                r"(?P<ref>[a-zåäö]{4,}(?:an|en|et))\b")
# "Förbundet finansierar under 2041 följande insatser": the organisation, by its kind, pays those listed.
DEFINITE_FUNDS_LISTED_RE = re.compile(r"^(?P<ref>[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et))\s+(?:finansierar|bekostar|stöder)\s+"
                                      r"(?:(?!ur\s|från\s)[^.;]{0,40}?\s)?följande\b")  # (not "... ur fonden X": X pays)
# "Båda projekten drivs av X": who runs every project listed.
LISTED_RUN_BY_RE = re.compile(r"\s(?:drivs|ägs|leds|genomförs)\s+av\s+")
# A site's section for its own work: a project page under it, naming no owner, is the site's own project.
OWN_SECTION_RE = re.compile(r"(?i)^(?:vårt arbete|våra projekt|vår verksamhet|pågående projekt|projekt|eu-projekt|"
                            r"projekt och samarbeten|our projects|our work)$")
# "Beslutet är fattat av LAG", "LAG beslutade att bevilja": the Leader area's group decided.
LAG_DECIDED_RE = re.compile(r"\b(?:fattat|fattats|fattades|beslutat|beviljat|prioriterat)\s+av\s+(?:LAG|leadergruppen)\b|"
                            r"\b(?:LAG|Leadergruppen)\s+(?:har\s+)?(?:beslutat|beslutade|beslutar|beviljat|beviljade|beviljar|"
                            r"prioriterat|prioriterade|prioriterar)\b")
# "Regionala projektmedel, Region X", "Kommunala utvecklingsmedel – Åby kommun": whose money a form is about.
MONEY_OF_ORG_RE = re.compile(rf"(?i)^(?:{REGIONAL_MONEY}|kommunala utvecklingsmedel|1:1-medel)\s*[,–:-]\s*"
                             r"(?P<org>(?-i:Region\s+[A-ZÅÄÖ][\wåäö ]{2,40}|[A-ZÅÄÖ][\wåäö-]+(?:\s[\wåäö-]+)?\s+(?:kommun|län|stad)))$")
# "Förbundets totala budget för 2027 är 14 miljoner kronor": an organisation's own budget, no project's.
ORG_BUDGET_RE = re.compile(r"^(?:Hela\s+)?(?:[A-ZÅÄÖ][a-zåäö]*(?:förbundets|kommunens|regionens|föreningens|stiftelsens|"
                           r"bolagets|nämndens|styrelsens)|(?i:förbundets|kommunens|regionens|föreningens|stiftelsens|"
                           r"bolagets|nämndens))"
                           r"\s+(?:totala\s+|samlade\s+)?(?:budget|omslutning|kostnader|intäkter|satsning\s+på|medel|pengar)\b")
# ("Hela kommunens satsning på fossilfri trafik omfattar 250 miljoner": the organisation's whole effort, no project's)
# "SSAB investerar 300 miljoner kronor i en ny anläggning, men den ingår inte i projektet": money said to be outside it.
NOT_IN_PROJECT_RE = re.compile(r"(?i)\b(?:ingår|ingick|räknas)\s+inte\s+i\s+(?:projektet|satsningen|förstudien)|"
                               r"\binte\s+(?:en\s+)?del\s+av\s+(?:projektet|satsningen)|\butanför\s+projektet\b")
# "Kommunen satsar redan 12 miljoner kronor om året på ...": what the organisation already spends, beside the project.
ALREADY_SPENDS_RE = re.compile(r"^(?:Vi|[A-ZÅÄÖ][a-zåäö]+(?:en|et))\s+(?:satsar|lägger|investerar|betalar|spenderar)\s+"
                               r"(?:också\s+|även\s+)?redan\b")
# "A och B. Total budget ...": a sentence of its own after a list of parties (not "AB. " or "Univ. X").
LEAD_KEY_RE = re.compile(r"(?i)^(?:huvudstödmottagare|huvudsökande|huvudprojektägare|lead partner|lead beneficiary)$")
OTHER_BENEFICIARIES_KEY_RE = re.compile(r"(?i)^(?:stödmottagare|övriga stödmottagare|medsökande|beneficiaries|"
                                        r"partner beneficiaries)$")
DEFINITE_KIND_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:et|en)")  # "Byalaget", "Föreningen": a kind, no name
NEXT_SENTENCE_RE = re.compile(r"(?<=[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\s)")
# "... och av Region Exempel med 1,2 miljoner kronor": the payer named just before its amount.
PAYER_BEFORE_AMOUNT_RE = re.compile(r"(?:\bav|\b(?P<stands>står|stod))\s+(?P<org>[A-ZÅÄÖ][^,.;\d]{2,60}?)\s+(?:med|för)\s+"
                                    r"(?:drygt\s+|närmare\s+|knappt\s+)?$")  # ("Av dem står Region X för N kronor")


# "Kultur- och fritidsnämnden i Åby kommun", "Kulturrådet i Region X": a body named with the organisation it belongs
# to after "i".
BODY_IN_ORG_RE = re.compile(r"^(?!Länsstyrelsen\b)[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[a-zåäö]+)?(?:nämnden|styrelsen|utskottet|rådet)\s+i\s+(?P<org>[A-ZÅÄÖ].+)$")


def organisation_of_body(name: str) -> str:
    """"Region Exempels kulturnämnd" decides for Region Exempel: the body's organisation, else the name as given
    (and as given when the whole is an organisation of its own: "Statens kulturråd", "Nordiska ministerrådet")."""
    if gazetteer().lookup(name) is not None:
        return name
    m = GENITIVE_BODY_RE.match(name) or BODY_IN_ORG_RE.match(name)
    return m.group("org") if m and looks_like_org(m.group("org")) else name


def merged_contacts(pending: list[tuple[Contact, Provenance]]) -> list[tuple[Contact, Provenance]]:
    """One entry per person: "Projektledare: Eva Ek" in the facts and "Eva Ek, eva@x.se" under "Kontakt" are one
    contact with that address (the first mention's provenance kept)."""
    merged: dict[str, tuple[Contact, Provenance]] = {}
    for contact, p in pending:
        first = merged.get(contact.name)
        if first is None:
            merged[contact.name] = (contact, p)
            continue
        c = first[0]
        merged[contact.name] = (Contact(c.name, c.email or contact.email, c.phone or contact.phone, c.title), first[1])
    return list(merged.values())


def owner_value(value: str) -> str:
    """The organisation in an owner label's value, without what runs on after it: a next sentence
    ("X. Övriga partner: ..."), a role ("X, norsk partner Y"), or a form's next text ("X Förstudien ska ...")."""
    value = re.split(r"(?<=[a-zåäö)])\.\s+(?=[A-ZÅÄÖ])|;\s|,\s+(?=[a-zåäö])"
                     # ("X, distrikt Dalsland": an association's branch is part of its name)
                     r"(?!(?:distrikt|avdelning|lokalavdelning|krets|sektion|region)\s+[A-ZÅÄÖ])|,\s+(?=[A-ZÅÄÖ][\wåäö-]*"
                     r"(?:enheten|förvaltningen|avdelningen|kontoret|sektionen|institutionen|staben)\b)"
                     # "X, Box 117, 221 00 Lund", "X, Storgatan 4": its address
                     r"|,\s+(?=(?:Box|Postbox)\s+\d|\d{3}\s?\d{2}\s+[A-ZÅÄÖ]|[A-ZÅÄÖ][\wåäö-]*(?:gatan|vägen|väg|gata|gränd|"
                     r"torget|torg|allén)\s+\d)",
                     value.strip(), maxsplit=1)[0]  # "X kommun, Arbetsmarknadsenheten": the unit is part of X
    value = OWNER_RUNS_ON_RE.split(value, maxsplit=1)[0].strip(" ,.")
    value = re.sub(r"\s*\([^)]*\d[^)]*\)$", "", value)  # "X (Dnr 304-6140-09)": a reference beside the name
    value = without_country(value)  # "Luleå tekniska universitet, Sweden": where it is, no part of its name
    if len(value.split()) > 8:
        run = org_run(value, 0)
        if run and len(run.split()) <= 8:
            return run
    return value


def funder_key(name: str) -> str:
    """One key for the names of one payer: a fund's or programme's canonical name, else the normalised name."""
    info = gazetteer().lookup(re.sub(r"\s*\([^)]*\)$", "", name)) or gazetteer().lookup(name)
    return normalise_org(info.canonical) if info and info.canonical else normalise_org(name)


def known_programme(name: str) -> str | None:
    """A programme by the name the gazetteer knows it: "Interreg-programmet Sverige-Norge" is Interreg
    Sverige-Norge, and a word a flattened list ran on with ("... Sverige-Norge Blankett") is none of it."""
    plain = re.sub(r"(?i)^interreg-?programmet\s+", "Interreg ", name)
    known = gazetteer().known_at(plain, 0)
    info = gazetteer().lookup(known) if known else None
    if not known or info is None or info.kind != "eu-program" or len(known.split()) < 2:
        return None
    if re.fullmatch(r"\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|\s+(?:Programme|Program)", plain[len(known):]):
        return plain  # "Interreg Baltic Sea Region 2021-2027", "Interreg North Sea Programme": as written
    if plain == known or len(plain[len(known):].split()) == 1 and gazetteer().lookup(plain) is None:
        return known
    return None


def fuller_form(field: str, current, new) -> bool:
    """An organisation named again in a fuller form ("X ek. för." then "X ekonomisk förening"), a date told again
    to the month or day ("under 2035–2036", then "från 1 april 2035 till 31 december 2036"): the fuller wins."""
    if field in ("start_date", "end_date") and isinstance(current, PartialDate) and isinstance(new, PartialDate):
        return new.year == current.year and current.month in (None, new.month) and not current.day \
            and (new.month or 0) + (new.day or 0) > (current.month or 0)
    if field != "owner" or not isinstance(current, str) or not isinstance(new, str):
        return False
    return len(new) > len(current) and new.split()[0] == current.split()[0] and \
        normalise_org(current).rstrip(". ").split()[:1] == normalise_org(new).split()[:1]


# "Ändringsansökan 2009-ND-031/011 Namn": a case number inside a title, before the name.
CASE_IN_NAME_RE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö]+\s+)?(?:[a-h]\)\s+)?(?P<case>(?=[\w/-]*\d)[A-ZÅÄÖ0-9]\w*(?:[-/]\w+){1,4})"
                             r"\s+(?P<rest>[A-ZÅÄÖ].+)$")
# "3 b) 2009-ND-031/020 Namn", "§ 12 Namn": an item's marker and case number before the name.
ITEM_PREFIX_RE = re.compile(r"^(?:§\s*\d+\s*|\d{1,2}\s*[a-z]?\)\s*|[a-z]\)\s*)")
CASE_TOKEN_RE = re.compile(r"^(?P<case>(?=[\w/-]*\d)[A-ZÅÄÖ0-9][\w]*(?:[-/][\w]+){1,4})\s+(?=[A-ZÅÄÖ])")


KIND_SUFFIX_RE = re.compile(rf"(?i)\s+[–-]\s+(?:{REPORT_KINDS}|ansökan|final report|progress report|förlängning|"
                            r"ansökan om (?:med)?finansiering|medfinansiering|information|redovisning|uppföljning|"
                            r"(?:version|ver\.|utkast|reviderad)\s*\d{0,2}(?:\.\d{1,2})?)$")  # ("X – version 2": the document's)
# (a minute's item "Projektet X – förlängning": what the item is about, no part of the name)
# "Namn – ett ESF-projekt", "Namn: ett samverkansprojekt för unga": what kind of project it is, after its name.
DESCRIPTOR_SUFFIX_RE = re.compile(r"(?i)\s*(?:\s[–—-]|:)\s+(?:ett|en|a|an)\s+(?:[\w-]+\s+){0,3}?"
                                  r"[\w-]*(?:projekt|förstudie|satsning|project)\b.*$")


# An application's sum in a sentence: "X ansöker om 60 000 kronor för ...", "har sökt 200 000 kronor".
APPLIES_FOR_SUM_RE = re.compile(r"(?i)\b(?:ansöker|ansökte|söker|har sökt|har ansökt)\s+(?:om\s+)?(?:drygt\s+|cirka\s+)?\d")
# A headline that announces a start: "Nu startar Digitalt lyft för seniorer", "Nu drar X igång" names X.
NOW_STARTS_RE = re.compile(r"^(?:(?:Nu\s+)?(?:startar|drar igång|inleds|börjar)|Vi (?:startar|drar igång|inleder|börjar)|(?:Ett|Två|Tre|Fyra|Fem) år med|"
                           r"Halvtid för|Slutspurt för|Så gick det för)\s+(?:projektet\s+|satsningen\s+)?"
                           r"(?P<name>[A-ZÅÄÖ0-9][^.!?:]{2,60})$")  # "Nu startar X", "Ett år med X": the headline names X
# "Matlandet Härjedalen (Dnr 2024/77)": the project's case number in brackets after its name.
# A case code in brackets or after "Dnr" in a minute's item head: "(KFN-2026-00312)", "Dnr KS 2026/12".
HEAD_CASE_RE = re.compile(r"\((?P<case>[A-ZÅÄÖ]{1,6}[-\s]?\d{2,4}[-/.]\d[\w/.-]*)\)|\b(?:Dnr|Diarienr|Diarienummer|Ärende|"
                          r"Ärendenr|Ärendenummer)\.?:?\s+"
                          r"(?P<case2>[A-ZÅÄÖ]{0,6}\s?\d{2,4}[-/.]\d[\w/.-]*)")
NAME_CASE_RE = re.compile(r"\s*\((?:dnr|diarienr|diarienummer|ärende|jnr)\.?:?\s*(?P<case>[A-ZÅÄÖ]{0,5}[\s/]?\d[\w/.:-]*\w)\)\s*$",
                          re.IGNORECASE)
# "Kompetenscentrum textil (2024–2026)": a listed project's period in brackets after its name.
BRACKETED_PERIOD_RE = re.compile(r"\s*\((?P<period>(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?)\)")
NUMBERED_PREFIX_RE = re.compile(r"(?i)^(?:(?:projekt|project)\s+)?\d{1,2}\s*[–—:-]\s+(?=\S)")


# A fact list's question for what a project is ("Vad?"): its answer is a name and what that is, after a dash.
WHAT_LABEL_RE = re.compile(r"(?i)(?:vad|what)\?$")


# "Störst blir Fårö fiskeläge, där ...": a ranked list's lead before the entry's name.
RANKED_LEAD_RE = re.compile(r"^(?:Störst|Minst|Först|Sist|Dyrast|Billigast|Näst störst|Näst minst)\s+(?:blir|är|var)\s+"
                            r"(?=[A-ZÅÄÖ])")


def clean_name(text: str, listed: bool = False) -> str:
    text = ITEM_PREFIX_RE.sub("", text.strip())
    m = CASE_TOKEN_RE.match(text)
    if m and len(m.group("case")) >= 6:
        text = text[m.end():]
    name = re.sub(r"^(läs mer om|mer om|om)\s+(projektet\s+)?", "", text.strip(), flags=re.IGNORECASE)
    name = name.strip().strip("\"”“'«»").strip()
    m = CASE_PREFIX_RE.match(name)
    if m:
        name = m.group("rest")
    m = PLACE_PREFIX_RE.match(name)
    if m and (":" in name[: m.start("rest")] or gazetteer().is_place(m.group("place")) and listed) \
            and len(m.group("rest").split()) >= 1:
        name = m.group("rest")
    name = NAME_PREFIX_RE.sub("", RANKED_LEAD_RE.sub("", name))
    name = KIND_SUFFIX_RE.sub("", name)  # "X – slutrapport": the document's kind, no part of the name
    name = KIND_PREFIX_RE.sub("", name)  # "PROJEKTPLAN X": a cover's kind over its title, run into one line
    name = DESCRIPTOR_SUFFIX_RE.sub("", name)  # "X – ett ESF-projekt": what X is, no part of it
    name = NUMBERED_PREFIX_RE.sub("", name)  # "Projekt 1 – Namn": its number in a list
    name = TITLE_PERIOD_RE.sub("", name)  # "Namn (2024–2026)": its period, read as dates by the builder
    name = NAME_CASE_RE.sub("", name)  # "Namn (Dnr 2024/77)": its case, read by the builder
    name = TRAILING_CASE_RE.sub("", name)  # "Namn      Dnr KS 2026/044": a minute's item head, its case at the end
    return name.strip().strip("\"”“'«»").strip()


PAYER_IN_LABEL_RE = re.compile(r"\b(?:från|ur|via)\s+(?P<org>[A-ZÅÄÖ].*)$|,\s*(?P<after>[A-ZÅÄÖ][^,]*)$")


def plan_payer(name: str) -> str | None:
    """Who pays a financing plan's line: "Region X", or the payer a label names ("Sökt belopp från Region X")."""
    name = name.strip(" :–-")
    if re.search(r"\b(?:från|ur|via)\s", name):
        return table_payer(name)
    return name if looks_like_org(name) or is_eu_fund(name) else table_payer(name)


def table_payer(label: str) -> str | None:
    """The payer a financing table's label names: "Europeiska regionala utvecklingsfonden", "Offentlig
    medfinansiering, Tranemo kommun", "Sökt stöd från Leader X (EU och nationell finansiering)", "EU-stöd (ERUF)"."""
    fund = next((inner.strip() for inner in re.findall(r"\(([^()]{2,60})\)", label) if is_eu_fund(inner.strip())), None)
    if fund:
        return fund  # "EU funding (ERDF)": the fund in brackets pays that part
    label = re.sub(r"\s*\([^)]*\)", "", label).strip(" ,.:;")
    m = PAYER_IN_LABEL_RE.search(label)
    for name in ([m.group("org") or m.group("after")] if m else []) + [label.split(",")[0], re.split(r"[:,]\s", label)[-1]]:
        # ("Offentlig medfinansiering: Region X": the payer after its kind and a colon)
        name = name.strip(" ,.:;")
        if label_field(name) is None and (is_eu_fund(name) or is_named_org(name)):  # "Material" is a cost
            return name
    return None


COOPERATION_KEY_RE = re.compile(r"(?i)^(?:samverkan|samarbete|i samverkan med|i samarbete med)$")
# A letter that speaks to the applicant of its project: "Ert projekt X har prioriterats", "Ni beviljas stöd".
YOUR_PROJECT_RE = re.compile(r"\b(?:[Ee]rt|[Ee]ra)\s+(?:projekt|förstudie)|\b[Ee]r\s+(?:ansökan|förstudie|satsning)\b|"
                             r"\bNi\s+(?:beviljas|har beviljats|får)\b")
DECISION_FROM_FUND_RE = re.compile(r"(?i)^beslut om (?:\w+)?(?:stöd|bidrag)\s+(?:ur|från)\s+(?P<fund>[^,.;()]{3,80}?)\s*$")
BRACKETED_SHORT_RE = re.compile(r"\s*\([A-ZÅÄÖ0-9+-]{2,10}\)$")  # "(LONA)", "(ESF)" after a payer's name
LEAD_BLOCKS = 3  # a page's headline stands among its first blocks
TITLE_CHARS = 100  # a form's title, where a transcript runs its fields on after it
SITE_HEAD_BLOCKS = 12  # a page's menus and breadcrumb stand among its first blocks, before its text
FACT_RUN_BLOCKS = 10  # a page's facts marked by icons stand near its title


def _headline_shaped(b: Block) -> bool:
    """A headline set as a paragraph ("Nordic project will map green jobs for young people"): a few words
    that end no sentence."""
    return len(b.text.split()) <= 14 and not b.text.rstrip().endswith((".", "!", "?", ":", "”"))


def build_record(segment: Segment, doc: DocumentFacts, nlp_name: str,
                 annotations: Annotations = NO_ANNOTATIONS) -> ProjectRecord:
    builder = _Builder(segment, doc, nlp_name, annotations)
    for b in segment.blocks:
        builder.block(b)
    if segment.kind == "row":
        first = segment.blocks[0]
        for b in segment.blocks:  # (a project's cell spanning its payers' rows is repeated in each: each row is read)
            if b is first or b.kind == "table_row" and b.cells and first.cells and b.cells[0] == first.cells[0]:
                builder.row(b)
    if segment.kind == "item":
        builder.minute_item()
    builder.bare_case_line()
    if segment.kind in ("paragraph", "listed"):
        builder.owner_before_name(segment.blocks[0])
    if segment.kind in ("row", "paragraph", "listed"):
        builder.amount_first(segment.blocks[0])
        builder.listed_period()
        builder.listed_owner()
    builder.deciding_publisher()
    if segment.kind in ("row", "section", "listed", "paragraph"):
        builder.publishers_own_projects()
    if segment.kind in ("row", "paragraph", "section", "listed", "item"):
        builder.grantor()
        builder.listed_share()
    builder.name()
    builder.late_periods()
    builder.yearly_parts()
    builder.parties_as_payers()
    builder.tidy_funders()
    return builder.finish()


CALL_LABEL_RE = re.compile(r"(?i)^(utlysning|utlyst belopp|sista ansökningsdag|"
                           r"sista dag(?! för att (?:begära|rekvirera|redovisa|ansöka om (?:slut)?utbetalning))|ansökningsperiod|"
                           r"ansökningstid|call|deadline)\b")
CALL_TEXT_RE = re.compile(r"(?i)\b(utlyst belopp|sista (dag|dagen) (att|för att) (söka|skicka in|lämna in|ansöka)|"
                          r"sista ansökningsdag|ansökningsperioden|utlysningen (öppnar|stänger|är öppen))\b")
# "I Nordic Snow Tech samlas ...", "I Bothnian Food Valley samarbetar ...": a name of capitalised words after "I".
LOCATIVE_NAME_RE = re.compile(r"^I (?P<name>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,4}) (?:samlas|möts|samarbetar|samverkar|"
                              r"arbetar|utvecklas|utvecklar|testas|testar|prövas|prövar|undersöks|undersöker)\b")
# "Nästa Kliv startade den 1 september 2023": a name as the subject of a start verb.
NAME_STARTS_RE = re.compile(r"^(?P<subject>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:startade|startar|startades|inleddes|"
                            r"inleds|påbörjades|drog igång|kom igång|pågår|pågick|avslutas|avslutades|slutar|löper)\b")
# "EU-medel ur ERUF år 2022": one year given for the whole project.
ONE_YEAR_RE = re.compile(r"(?i)(?:^\s*\(?|\b(?:år|under|för|projektperiod(?:en)?|projekttid(?:en)?)\s+)\d{4}\s*\)?\s*\.?\s*$")
# An earlier project named in passing: the period in its sentence is that project's.
# A sentence about a project told as finished: "Förstudien X, som genomfördes under 2025, visade ...".
DONE_PROJECT_RE = re.compile(r"(?i)^(?:[a-zåäö]+\s+)?(?:förstudien|projektet|förprojektet|satsningen|pilotprojektet)\s+"
                             r"[A-ZÅÄÖ][^,.;]{1,60}" + DONE_WITH_RE.pattern)
FINISHED_VERB_RE = re.compile(r"\b(?:avslutades|slutfördes|genomfördes|pågick|avslutade|slutförde)\b")
EARLIER_PROJECT_RE = re.compile(r"(?i)\b(tidigare|förra|föregående|föregångaren|första)\s+(?:[\w-]+\s+)?"
                                r"([\w-]*projekt\w*|förstudie\w*|satsning\w*)")
# "Satsningen bygger på erfarenheterna från projektet X, som avslutades 2024": the date is that project's.
BUILDS_ON_RE = re.compile(r"(?i)\b(?:bygger (?:vidare )?på|erfarenheter(?:na)? (?:från|av)|(?:en )?fortsättning på|"
                          r"efterträder|builds on)\b[^.;]{0,60}?\b(?:[\w-]*projekt\w*|förstudie\w*|satsning\w*|project)\b")
# The paragraphs at an article's top where it names its project, after a scene set ("Klockan är sju ...").
LEAD_PARAGRAPHS = 3
# How far down a segment a name in its text is sought: a form's own name may stand below its address fields.
NAME_SEARCH_BLOCKS = 30
RUN_ON_CHARS = 120
ADDRESSEE_BLOCKS = 15  # a letter's address stands above the decision, on its first page
# "Sommardans på fem dansbanor under 2028": a year the work runs, in a line that describes a row's project.
UNDER_YEAR_RE = re.compile(r"\bunder\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/]|\s+(?:och|till)\s)")
# A row's part that is all a quoted name: 'Teater X – "Kustens röster" – 240 000 kr'.
QUOTED_PART_RE = re.compile(r"[”\"“«„»][^”\"“«»„]{2,80}[”\"»“«]")
# A row that opens "Ansökan från X om projektet Y": the applicant runs it.
APPLICATION_FROM_RE = re.compile(r"(?i:\bansökan\s+från)\s+(?P<org>[A-ZÅÄÖ][^.;]{1,80}?)\s+(?i:om|avseende)\s+"
                                 r"(?i:(?:med)?finansiering\s+(?:av|till|för)\s+)?(?i:projektet|förstudien|stöd|medel)\b")
# "stöd med högst N kronor från Europeiska regionala utvecklingsfonden": support that is an EU fund's own money.
FUND_SUPPORT_RE = re.compile(r"(?i)\bstöd\s+med\s+(?:högst\s+)?\d[^.;]{0,40}?\b(?:från|ur)\s+(?:europeiska regionala "
                             r"utvecklingsfonden|europeiska socialfonden|eruf|esf\+?|regionalfonden|socialfonden)\b")
# "Förbundet beviljade 2,2 miljoner kronor för 2026–2027", "N kronor för projektet läsåret 2026/2027": a grant for
# the years its sum covers.
ENTRY_PRONOUN_RE = re.compile(r"(?:Den|Denna)\s+(?:drivs|leds|pågår|får|löper|genomförs)\b")
SUM_FOR_YEARS_RE = re.compile(r"(?i)\b(?:kr|kronor|euro|sek|miljoner|mkr|msek)\s+(?:för|under)\s+(?:projektet\s+)?"
                              r"(?:(?:åren\s+)?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b|"
                              rf"(?:{SPLIT_YEAR_WORDS})\s+(?:19|20)\d{{2}}/)")
# "X (MP) föreslår i en motion att kommunen startar ett projekt", "Medborgarförslag om ...": a proposal, no project yet.
PROPOSAL_RE = re.compile(r"(?i)\b(?:i en motion|motionen|motionären|motionärerna|medborgarförslag\w*)\b")
# Name rules that say by themselves that the name is a project's.
PROJECT_NAME_RULES = ("label.name", "name.heter", "name.title_projektet_x", "name.projektet_x", "segment.")


EARLIER_WORK_RE = re.compile(r"\b(?:avslutat|avslutade|avslutades|genomfördes|genomförde|tidigare|förra)\b")
# A table's column of decisions, and a cell in it that says no.
DECISION_HEAD_RE = re.compile(r"(?i)^(?:beviljat|beviljas|beslut|prioriterad|prioriteras|prioritering|granted|decision)\b")
NO_CELL_RE = re.compile(r"(?i)^(?:nej|avslag|avslås|avslogs|ej beviljad|ej beviljat|no|rejected)\b")


def turned_down(segment: Segment) -> bool:
    """The entry's own text turns the application down or tables it, and grants nothing. A minute's item is
    read whole; a list's entry by its first lines (what follows may be general text below the list)."""
    if segment.declined:
        return True
    if segment.kind == "row" and segment.header and segment.blocks[0].cells and any(
            DECISION_HEAD_RE.match(head) and NO_CELL_RE.match(cell.strip())
            for head, cell in zip(segment.header, segment.blocks[0].cells)):
        return True  # "Beviljat: Nej" in a table of applications
    blocks = segment.blocks if segment.kind == "item" else segment.blocks[:2]
    decided = [b for b in segment.blocks if b.kind == "key_value" and (DECISION_LABEL_RE.match((b.key or "").strip())
                                                                       or re.match(r"(?i)(?:beslutet|decision)$",
                                                                                   (b.key or "").strip()))]
    if any(b.kind == "key_value" and DECISION_HEAD_RE.match((b.key or "").strip()) and NO_CELL_RE.match((b.value or "").strip())
           for b in segment.blocks):
        return True  # "Prioritering: Nej", "Beviljat: Nej" among the entry's facts
    in_place_of_sum = [b.value or "" for b in segment.blocks if b.kind == "key_value"
                       and DECISION_WORD_RE.match((b.value or "").strip()) and label_field(b.key or "") == "funding"]
    if in_place_of_sum:  # "Beviljat belopp: Avslag": the sum's place holds the decision
        return turned_down_text(" ".join(in_place_of_sum))
    if not decided and segment.kind == "listed":  # "LAG beslutar att avslå ansökan" under the entry's facts
        decisions = [sent for b in segment.blocks for sent, _, _ in sentence_spans(b.text) if DECIDES_TO_RE.search(sent)]
        if decisions:
            return all(turned_down_text(sent) for sent in decisions)
    return turned_down_text(" ".join(b.text for b in decided or blocks))  # "Beslut: Avslag" in an entry's facts


DECISION_TITLE_RE = re.compile(r"(?i)^(?:beslut om (?:\w+\s+)?(?:stöd|projektstöd|bidrag)\b|(?:delegations|ordförande)beslut$|"
                               r"(?:förteckning|lista|sammanställning|redovisning)\s+(?:över|av)\s+"
                               r"(?:delegations|ordförande)beslut\b)")  # ("Förteckning över delegationsbeslut")
# The title of an application form for money: "Ansökan om projektbidrag", "Ansökan om kulturstöd för förening".
APPLICATION_TITLE_RE = re.compile(r"(?i)^(?:\d{1,2}\s+)?(?:ansökan om [\wåäö -]*?(?:bidrag|stöd|medel)|projektansökan|"
                                  r"tack för din ansökan|kvittens på (?:din )?ansökan)\b")
# ("1 Ansökan om stöd ...": a transcript's page number before the title; "Tack för din ansökan!": an e-service's receipt)


def is_local_government(name: str) -> bool:
    """A municipality or a region, which may run a project as well as grant one."""
    known = gazetteer().lookup(name)
    return known is not None and known.kind in ("kommun", "region")


def _slash_parts(cell: str) -> list[tuple[str, int]]:
    """A cell's parts between slashes or plus signs, with their offsets: "ESF+ / Region X" names two payers."""
    out, at = [], 0
    for part in re.split(r"(\s+[/+]\s+)", cell):  # ("Samordningsförbundet + ESF+": joined by a plus as well)
        if part.strip() and not re.fullmatch(r"\s+[/+]\s+", part):
            out.append((part, at))
        at += len(part)
    return out


def is_project(rec: ProjectRecord, segment: Segment) -> bool:
    """A project entry: a credible name and at least one of owner, period or funding stated for it. A page
    title counts as a project's name when a fact box stands under it, or when the page states two kinds
    of facts (owner, period, funding) and speaks of a project."""
    quoted = rec.name is not None and any(f"{o}{rec.name.value}{c}" in b.text for o in "”\"“«" for c in "”\"»"
                                          for b in segment.blocks)  # set apart in quotes: a title, verb or not
    if rec.name is None or not credible_name(rec.name.value, quoted):
        return False
    facts = sum((rec.owner is not None, rec.start_date is not None or rec.end_date is not None, bool(rec.funding)))
    if not facts:
        return False
    if segment.kind == "section" and rec.owner is None and not rec.funders \
            and not any(PROJECT_WORD_RE.search(b.text) for b in segment.blocks):
        return False  # "Regionens budget för 2027": a section with a sum and a year that speaks of no project
    if segment.kind in ("row", "listed") and rec.owner is None and not rec.funders and rec.case_number is None:
        return False  # "Ny förskola – 32 mnkr – 2026–2027": a sum and years, no one who runs or pays it (a budget's line)
    if segment.kind in ("row", "section", "paragraph", "listed", "item"):
        return not turned_down(segment)  # the segmenter found it as one of a list of projects
    sentences = [sent for b in segment.blocks for sent, _, _ in sentence_spans(b.text)]
    decisions = [sent for sent in sentences if DECIDES_TO_RE.search(sent)]
    if decisions and all(turned_down_text(sent) for sent in decisions):
        return False  # a minute's item or a letter whose decision turns the application down
    if any(REFUSED_RE.search(sent) for sent in sentences) \
            and not any(GRANT_DECISION_RE.search(sent) and not turned_down_text(sent) for sent in sentences):
        return False  # news of an application turned down ("X får inte de N kronor", "Boverket avslog ansökan")
    text = " ".join(b.text for b in segment.blocks)
    if PROPOSAL_RE.search(text) and not GRANT_DECISION_RE.search(text):
        return False  # a councillor's motion or a citizen's proposal that a project be started: none is yet
    if rec.owner is None and (any(b.kind == "key_value" and CALL_LABEL_RE.match(b.key or "") for b in segment.blocks)
                              or any(CALL_TEXT_RE.search(b.text) for b in segment.blocks)):
        return False  # a call for proposals: its period and amount are the call's
    labelled = any(b.kind == "key_value" and label_field(b.key or "") in ("owner", "period", "case_number", "name",
                                                                           "start_date", "end_date")
                   for b in segment.blocks)
    if labelled or rec.name.prov.rule.startswith(PROJECT_NAME_RULES):
        return True
    return facts == 3 or facts >= 2 and bool(PROJECT_WORD_RE.search(text) or started_by_name(rec.name.value, text))
    # (a project's own site may never say "project": its owner, period and funding say it)


def started_by_name(name: str, text: str) -> bool:
    """"... kan vi i höst starta Kajak för alla": a named thing that is started is an initiative."""
    return name in text and bool(re.search(rf"\b(?:starta|startar|startade|dra igång|drar igång|inleda|inleder|påbörja|påbörjar)\s+"
                          rf"{re.escape(name)}\b", text))


SHARE_IN_BRACKETS_RE = re.compile(r"(?P<org>[^,();]+?)\s*\((?P<rate>\d{1,3}(?:[,.]\d+)?)\s*(?:%|procent)\)")


def eu_share_in_brackets(text: str) -> tuple[float, int, int] | None:
    """(rate, start, end) of an EU fund's or programme's share beside its name: "LIFE-programmet (60 procent)"."""
    for m in SHARE_IN_BRACKETS_RE.finditer(text):
        if is_eu_fund(m.group("org").strip()):
            return float(m.group("rate").replace(",", ".")), m.start("rate"), m.end()
    return None


def payer_beside_scheme(name: str) -> str | None:
    """"Naturvårdsverket (Lokala klimatinvesteringar)", "... (Klimatklivet)": the payer, its scheme beside it in
    brackets (not "Swedish Research Council (Vetenskapsrådet)": one payer's two names; not a fund or a share)."""
    share = BRACKETED_TAIL_RE.match(name)
    if share is None or not is_named_org(share.group("org")):
        return None
    tail = share.group("tail")
    if is_eu_fund(tail) or is_named_org(tail) and not is_scheme(tail) or PERCENT_TAIL_RE.search(tail):
        return None
    return share.group("org")


def head_noun_references(name: str) -> list[str]:
    """The definite forms by which a text goes on to call a project by a noun of its name: "Inkubatorn" for
    "Kreativ inkubator X", "Leden" for "Cykelled längs Y", "Hubben" for "Industriell AI-hubb" (a compound's
    tail, the Swedish head, may be any of the word's last letters: every tail of three or more is tried)."""
    out: list[str] = []
    for i, word in enumerate(name.split()[:3]):
        part = word.split("-")[-1].strip(",.:;()")
        if not part.isalpha() or len(part) < 3 or i > 0 and not part.islower() or part.isupper():
            continue  # (a later capitalised word is a name's own: "Bryggan Gotland")
        out += [part[k:].capitalize() + ending for k in range(len(part) - 2) for ending in ("n", "en", "et")]
    return out


def paid_through(name: str) -> list[str]:
    """"Fonden X genom Landsbygdsprogrammet", "... via Tillväxtverket": the fund pays, not the programme or
    authority that pays it out, unless that is a fund or programme of the EU's itself (as prose reads them)."""
    via = VIA_AGENT_RE.search(name)
    if via is None:
        return [name]
    return [name[:via.start()]] + ([via.group("agent")] if is_eu_fund(via.group("agent")) else [])


def both_in_brackets(name: str) -> list[str]:
    """"Klimatklivet (Naturvårdsverket)": a programme and the authority that runs it, both named; "Naturvårdsverket
    (LONA)": the payer, its scheme beside it; else the name."""
    if payer := payer_beside_scheme(name):
        return [payer]
    m = BRACKETED_TAIL_RE.match(name)
    return [m.group("org"), m.group("tail")] if m and looks_like_org(m.group("org")) and looks_like_org(m.group("tail")) \
        else [name]


def site_title(text: str) -> bool:
    """A page title of a site's section and the site's organisation, either way round: "Projekt – Region X",
    "Nyheter | Åby kommun", "Svenska ESF-rådet – Projektbanken"."""
    parts = [p.strip() for p in re.split(r"\s[–|-]\s", text.strip())]
    return len(parts) == 2 and (is_generic_heading(parts[0]) and plainly_org(parts[1])
                                or plainly_org(parts[0]) and is_generic_heading(parts[1]))


def credible_name(name: str, quoted: bool = False) -> bool:
    """Not a sentence, a date or a number: at most twelve words, some letters, no finite verb in a long one (unless the
    text quotes it as a title: "”Bygd i rörelse – unga leder vägen”")."""
    words = name.split()
    if not words or len(words) > 12 or not re.search(r"[A-Za-zÅÄÖåäö]{2}", name) or re.search(r"[%*=]", name):
        return False
    figures = sum(bool(re.fullmatch(r"[\d.,:/()+-]+", w)) for w in words)
    if figures >= 3 and figures * 5 >= len(words) * 2:
        return False  # a row of figures
    if re.fullmatch(r"[\d\s.,:/–-]+\w{0,12}[\d\s.,:/–-]*", name) or re.search(r"\d{1,2},?\s+\d{4}$", name):
        return False  # "18 november, 2021"
    if re.match(r"(?i)(så|hur|vad|varför|när|vem|vilka)\s", name):
        return False  # "Så fördelas pengarna": an explainer's heading
    bare = re.sub(r"[\s,:–-]*\d{4}(\s*[–-]\s*\d{4})?\s*$", "", name)
    if bare != name and (is_eu_fund(bare) or gazetteer().lookup(bare)):
        return False  # "Europeiska socialfonden+ 2021–2027": a programme period
    return quoted or not (len(words) >= 6 and is_headline(name))
