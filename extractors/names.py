"""Project names in running text and in rows: "projektet X", "”X”", "X – Ägare – belopp".

A name in prose runs from the capital after a project noun to where the clause goes
on: a verb ("får", "leds"), a relative ("som", "där"), punctuation, or a phrase that
starts saying something about it ("i samverkan med", "för att"). Names keep their
lower-case words ("Sommarjobb på landet").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extractors.lang_sv import MONTH_PATTERN, PROJECT_PART_NOUNS
from extractors.money import find_amounts
from extractors.dates import SPLIT_YEAR_WORDS, find_dates
from extractors.labels import exact_label_field
from extractors.prose import STARTS_WITH_SUPPORT_RE, one_word_org
from extractors.orgs import CLUB_LETTERS, ORG_LEAD_RE, ORG_SUFFIX_RE, ORG_WORD_INSIDE_RE, gazetteer, hands_out_grants, is_country, is_eu_fund, is_named_org, looks_like_org, without_country
from pipeline.blocks import Block

# One list of the nouns that introduce a project's name.
PROJECT_NOUNS = (r"(?:projekt|projektet|förstudien|förstudie|förprojektet|pilotprojektet|pilotprojekt|satsningen|"
                 r"samarbetsprojektet|samverkansprojektet|utvecklingsprojektet|interregprojektet|esf-projektet|"
                 r"leaderprojektet|eu-projektet|delprojektet|initiativet|programmet|nätverket|projektsatsningen|"
                 r"kompetensprojektet|forskningsprojektet|investeringsprojektet|förprojektering|project|"
                 r"insatsen|testarenan|testbädden|plattformen|klustret|pilotsatsningen|utbildningssatsningen|"
                 r"prosjektet|prosjekt|"  # Norwegian, as Interreg Sverige-Norge writes
                 r"[a-zåäö]{3,}projektet|[a-zåäö]{2,}-projektet)")  # any compound in its definite form:
# "bredbandsprojektet X", "Interreg-projektet X"
# Capitals that open a name, Sámi and Finnish names included.
UPPER = "A-ZÅÄÖÉÁÀÜØÆÓÍÚČŠŽĐŊ"
QUOTE_OPEN = "”“\"'«„»‘’"  # »Namn« and »Namn» too, and ’Namn’ in single quotes
QUOTE_CLOSE = "”“\"'»«’‘"
QUOTED_AFTER_NOUN_RE = re.compile(rf"(?<![\w-])(?i:{PROJECT_NOUNS}),?\s+[{QUOTE_OPEN}](?P<name>[^{QUOTE_CLOSE}]{{2,100}})[{QUOTE_CLOSE}]")
# "... 420 000 kronor till «Österlens ostar»": a sum granted to a project by its quoted name.
SUM_TO_QUOTED_RE = re.compile(rf"\b(?:kronor|kr|euro|tkr)\s+(?:till|för)\s+[{QUOTE_OPEN}](?P<name>[{UPPER}0-9][^{QUOTE_CLOSE}]{{1,100}})"
                              rf"[{QUOTE_CLOSE}]")
QUOTED_RE = re.compile(rf"[{QUOTE_OPEN}](?P<name>[{UPPER}0-9][^{QUOTE_CLOSE}]{{1,100}})[{QUOTE_CLOSE}]")
NOUN_THEN_NAME_RE = re.compile(rf"(?<![\w-])(?i:{PROJECT_NOUNS})(?:,\s+|\s+)(?=[{UPPER}0-9{QUOTE_OPEN}])")
# Words after which a name does not go on.
STOP_WORDS = {
    # Danish and Norwegian, as the Interreg programmes with them write: "Projektet X støttes af ..."
    "støttes", "finansieres", "drives", "gennemføres", "gjennomføres", "løber", "er", "får",
    "fick", "har", "hade", "är", "var", "blir", "blev", "ska", "skall", "kommer", "kan", "vill", "drivs",
    "drevs", "leds", "leddes", "ägs", "genomförs", "genomfördes", "samordnas", "samordnades", "beviljas",
    "beviljades", "beviljats", "tilldelas", "tilldelades", "startar", "startade", "startas", "pågår", "pågick",
    "syftar", "handlar", "riktar", "vänder", "fokuserar", "arbetar", "som", "där", "vilket", "vars",
    "inom", "från", "tillsammans", "mellan", "sedan", "nu", "också", "även", "bland", "erhåller", "erhöll",
    "innebär", "går", "gick", "omfattar", "bygger", "utgår", "finansieras", "finansierades", "stöds", "lyfter",
    "avslutas", "avslutades", "löper", "sträcker", "vilken", "hos", "enligt", "inleds", "inleddes", "med",
    "förordas", "prioriteras", "prioriterades", "beviljad", "beviljat", "och", "samt", "eller", "men", "när",
    "efter", "via", "genomförts", "utförs", "rör", "gäller", "ger", "gav", "tar", "tog", "the", "is", "will", "has",
    "led", "which", "aims", "received", "receives", "of", "with", "by", "runs", "was", "are", "bidrar", "erbjuder", "utvecklar", "stärker", "skapar",
    "hjälper", "stöttar", "samlar", "möjliggör", "undersöker", "kartlägger", "testar", "prövar", "jobbar", "satsar", "når", "visar", "ökar", "minskar", "främjar", "involverar", "engagerar",
    "sker", "står", "stod", "kostar", "kostade", "hette", "heter", "kallas", "ingår", "består", "utgör", "samarbetar",
    "samverkar", "deltar", "medverkar", "söker", "behöver", "saknar", "planerar", "riktas", "vänds",
    "förlängs", "förlängdes", "förlänger", "görs", "gjordes", "utökas", "beräknas", "väntas", "förväntas", "planeras", "avses",
    "skal", "vil", "gir", "eies", "ledes",  # Norwegian, as Interreg Sverige-Norge writes
    # English verbs that tell what a project does ("The project X brings together ...")
    "brings", "develops", "helps", "creates", "builds", "supports", "tests", "gathers", "maps", "studies", "explores",
    "connects", "involves", "includes", "offers", "promotes", "seeks", "works", "focuses", "combines", "investigates",
}
# Lower-case words that stay inside a name when a capital or a noun follows ("Lokal mat i Bergslagen").
INNER_WORDS = {"i", "för", "på", "till", "mot", "av", "genom", "och", "med", "utan", "över", "under", "kring", "om", "vid",
               "in", "ut", "runt", "längs", "&", "–", "-"}
TRAIL_STRIP = {"i", "för", "på", "till", "mot", "av", "genom", "och", "med", "utan", "över", "under", "kring", "om", "vid",
               "runt", "längs", "&", "–", "-", "den", "det", "de", "en", "ett"}  # ("Vägen in", "Steget ut": particles)
# "året runt", "dygnet runt": a preposition that closes an adverb stays with the name.
ADVERB_PAIR_RE = re.compile(r"(?:året|dygnet|jorden|klockan|landet|länet) (?:runt|om)")  # "Säsong året om"
BREAK_AFTER_RE = re.compile(r"^(i (?:samverkan med|samarbete med|syfte|stöd|bidrag|eu-stöd|regionalt|projektet)|för att|"
                            r"(?-i:at (?:the )?[A-ZÅÄÖ])|"  # "the project Snow Futures at Umeå University": where it is run
                            r"i form av|till en|till och med|under \d|i \d|med (syfte|målet|stöd|\d)|"
                            # "under hösten", "under tre år", "under ledning av": when or how, not the name ("Väte under jord")
                            r"under (?:\w+ )?(?:år|åren|året|månader|veckor|våren|hösten|sommaren|vintern|perioden|tiden|"
                            r"projekttiden|projektperioden|ledning|en|ett|de|den|det|dessa|hela|första|andra|nästa|kommande)\b|"
                            rf"(för|under) (perioden|tiden|åren)\b|({SPLIT_YEAR_WORDS}) \d|"
                            r"den \d{1,2}(?::[ae])? [a-zåäö]{3,}|"  # "slutkonferensen för projektet X den 20 november"
                            # "Nu har projektet X startat som ...": the verb's supine after the name
                            r"(startat|börjat|inletts|avslutats|sjösatts|kommit igång|dragit igång|igång)\b|och (ska|har|"
                            r"kommer|är|den|det|de|får|vill|kan|syftar|handlar)|och (en|ett) |"
                            # a minute's next heading run into the title: "... i Kalmar län Kommunstyrelsens beslut"
                            r"[A-ZÅÄÖ]\w*(styrelsens|nämndens|utskottets|förvaltningens) (beslut|förslag)\b)",
                            re.IGNORECASE)
MAX_NAME_WORDS = 10
OBJECT_PRONOUN_END_RE = re.compile(r"\s+(oss|mig|dig|henne|honom|dem)(?=[,.;!?]|\s*$)")
PRONOUNS = {"det", "den", "de", "vi", "man", "jag", "hon", "han", "dess", "deras", "sig", "en", "ett"}
# "Projektet heter X", "har fått namnet X", "..., som föreningen kallar X": the name follows a naming verb.
NAMED_RE = re.compile(r"\b(?:heter|kallas|kallad|kallat|kallar vi(?: det)?|som\s+(?:[a-zåäö]+\s+){1,2}kallar(?:\s+det)?|"
                      r"har fått namnet|fått namnet|fick namnet|med namnet|går under namnet|"
                      r"har namnet|med arbetsnamnet|har arbetsnamnet|fått arbetsnamnet|under namnet|(?:projekten|projekt) kan nämnas|"
                      r"(?:projekten|projekt) märks|(?:project|initiative),? (?:called|named|known as)|"
                      # "The project, Hydrogen Corridor West, will run ...": the name in apposition
                      r"\b[Tt]he project,(?=\s+[A-ZÅÄÖ][^,.;]{2,60},\s+(?:will|is|was|runs|ran|starts|started|has|which)\b))"
                      r"\s+(?=[A-ZÅÄÖ0-9”\"])")
PERSON_NAMED_RE = re.compile(r"(?i)\b(?:jag|hon|han|hen)\s+$")
# A headline says something ("Testbädd ska knyta ..."), a name only names.
HEADLINE_VERB_RE = re.compile(r"\b(får|fick|beviljas|beviljades|ska|startar|har|blir|ger|satsar|vill|kan|går|"
                              r"gets|receives|wins|starts|launches|opens|tests|funds|supports|awarded|granted|secures|"
                              r"tar|öppnar|stärker|hjälper|leder|knyta|lyfter|når|söker|visar|är|var|"
                              # what a photo's caption says people do
                              r"samtalar|står|sitter|tittar|pratar|arbetar|jobbar|håller|deltar|möts|träffas|berättar|"
                              r"säger|diskuterar|lyssnar|visar upp|poserar)\b", re.IGNORECASE)
TOKEN_RE = re.compile(r"\S+")


# "Kvinnor som driver." ending its sentence: a name of people and what they do, no relative clause (which goes on).
SOM_DOER_END_RE = re.compile(r"\s+(?P<verb>[a-zåäö]{3,}(?:ar|er|r))(?=[.!?][”\"]?(?:\s|$)|\s*$|\s*\n|,\s+som\s)")
# (or a second "som" clause after a comma, the one about the project: "Föreningsliv som lyfter, som pågick ...")
# Verbs of a project's course: "projektet X som startar." is a clause about X, not a name's end.
CLAUSE_VERBS = {"startar", "pågår", "fortsätter", "avslutas", "finns", "behövs", "gäller", "börjar", "slutar",
                "drivs", "leds", "planeras", "genomförs"}


def doer_after_som(text: str, pos: int) -> str | None:
    """The verb after "som" at `pos` when "som <verb>" ends the sentence and so a name ("Kvinnor som driver."),
    else None (a relative clause goes on: "X som ska hjälpa ...")."""
    m = SOM_DOER_END_RE.match(text, pos)
    verb = m.group("verb") if m else ""
    return verb if m and verb.casefold() not in CLAUSE_VERBS and not VERB_FORM_RE.match(verb) else None


# "som" and a noun or two, then the end: a name's own words ("Kulturen som kraft"), not a relative clause.
SOM_NOUN_END_RE = re.compile(r"\s+(?P<words>[a-zåäö]{3,}(?:\s[a-zåäö]{3,})?)(?=\s*(?:[.,!?”\"]|$))")


# After "och": a noun in the definite form, then a verb: the name has ended and a new clause begins.
NEW_SUBJECT_RE = re.compile(r"\s+[a-zåäö]{3,}(?:en|et|na|an)\s+(?:ska|skall|har|är|får|blir|kommer|kan|var|blev|landar|hamnar|"
                            r"ligger|uppgår|beräknas)\b")  # ("X och notan landar på ...": a new clause)


def _run_name(text: str, pos: int, verb_next: bool = False, infinitive_next: bool = False,
              object_next: bool = False) -> str | None:
    """The name that starts at `pos`, up to where the clause goes on. `verb_next`: the name closes a fronted
    phrase ("I projektet X samlas ..."), so the clause's verb follows it, a passive one too. `infinitive_next`:
    the name is an inverted clause's subject ("Nu ska projektet X hjälpa ..."), so an infinitive follows it.
    `object_next`: the name closes a phrase set between a verb and its object ("Kommunen bygger i projektet X en
    ny väg"), so an indefinite article or a number opens what follows it."""
    if pos < len(text) and text[pos] in QUOTE_OPEN:
        close = re.search(rf"[{QUOTE_CLOSE}]", text[pos + 1:])
        if close and 1 < close.start() <= 100:
            return text[pos + 1: pos + 1 + close.start()].strip()
    words: list[str] = []
    for m in TOKEN_RE.finditer(text, pos):
        token = m.group(0)
        core = token.rstrip(",.;:!?)”\"'")
        lower = core.casefold()
        if words and lower == "från" and re.match(r"\s+(?:[a-zåäö]{3,}(?:en|et|na)|(?!(?:den|man|han|hon)\b)[a-zåäö]{0,2}"
                                                 r"[aeiouyåäö]n)[\s,.]", text[m.end():]):
            words.append(core)  # "Minnen från skogen", "Ull från ön": a noun in the definite form after "från" goes on
            continue
        place = re.match(r"\s+([A-ZÅÄÖ][\wåäö-]+)(?=[.,;!?]?(?:\s|$))", text[m.end():]) if words and lower == "från" else None
        if place and (gazetteer().is_place(place.group(1)) or gazetteer().is_municipality(place.group(1))
                      or gazetteer().lookup(place.group(1)) is None and not is_named_org(place.group(1))) \
                and re.match(r"[.,;!?]?(?:\s*$|\s*\n)|\s+\d|\s*\(|\s[–—]\s", text[m.end() + place.end():]):
            words += [core, place.group(1)]  # "Berättelser från Vittsjö." closing its sentence: the place is named
            # (or right before the sum granted: "beviljat projektet Mat från Jämtland 1,6 miljoner kronor", or before
            # its case in brackets: "projektet Berättelser från Vittsjö (KFN 2031/52)", or a row's next part after a dash)
            break
        if words and lower == "som" and (tail := SOM_NOUN_END_RE.match(text, m.end())) \
                and not any(w.casefold() in STOP_WORDS or w.casefold() in PRONOUNS or VERB_FORM_RE.match(w)
                            or re.search(r"(?:ar|er)$", w) for w in tail.group("words").split()):
            words += [core, *tail.group("words").split()]  # "Social ekonomi som motor": "som" says "as", no clause
            break
        if words and lower == "som" and core == token and (doer := doer_after_som(text, m.end())):
            words += [core, doer]  # "projektet Kvinnor som driver.": people who do, the name's end
            break
        if words and (lower in STOP_WORDS and lower not in INNER_WORDS and not core[:1].isupper()  # ("Hon Startar":
                      # a verb set in capitals inside a name is a word of the name)
                      and not (lower == "tillsammans" and core != token)  # ("Friskare tillsammans, som ...": the name's)
                      or BREAK_AFTER_RE.match(text[m.start():])
                      or VERB_FORM_RE.match(core) or verb_next and PASSIVE_PRESENT_RE.match(core)
                      or infinitive_next and INFINITIVE_RE.match(core)
                      or object_next and re.fullmatch(r"en|ett|flera|\d+", core)):
            break
        if words and lower == "med" and (obj := OBJECT_PRONOUN_END_RE.match(text, m.end())):
            words += [core, obj.group(1)]  # "Dansa med oss, som ...": the name ends with its pronoun
            break
        if words and lower in ("och", "med"):
            following = re.match(r"\s*(\S+)", text[m.end():])
            nxt = following.group(1).casefold().rstrip(",.;:") if following else ""
            if not nxt or nxt in STOP_WORDS or nxt in PRONOUNS or VERB_FORM_RE.match(nxt) or lower == "med" \
                    and not re.match(r"\s*[A-ZÅÄÖ]", text[m.end():]) or NEW_SUBJECT_RE.match(text, m.end()):
                break  # ("Lek i Åby och lekplatsen ska ...": a new clause's subject, then its verb)
        if not words and not re.match(rf"[{UPPER}0-9]", core):
            return None
        if core.startswith("(") and words:
            inner = token.strip("(),.;:")
            if re.fullmatch(r"[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9\-]{1,11}", inner) and token.rstrip(",.;:").endswith(")"):
                words.append(f"({inner})")  # an acronym kept with its name: "Ljus i mörkret (LIM)"
            break
        if len(words) >= 3 and words[-2] == "i" and words[-1][:1].isupper() and core[:1].islower() \
                and lower not in INNER_WORDS and lower not in ("län", "kommun", "stad", "socken"):  # ("i Kalmar län")
            break  # "Smart belysning i Ljungby byter ut ...": a name that ends in its place, then the clause's verb
        words.append(core)
        if core != token or len(words) >= MAX_NAME_WORDS:  # punctuation closes the name
            break
    while words and words[-1].casefold() in TRAIL_STRIP and not (len(words) > 1 and ADVERB_PAIR_RE.fullmatch(
            f"{words[-2]} {words[-1]}".casefold())):
        words.pop()
    name = " ".join(words).strip(" ,;:")
    if not name or find_amounts(name) or re.fullmatch(r"[\d\s.,:/-]+", name):
        return None
    return name


# Labels whose word can follow a project noun in a table's head row ("Projekt Projektägare Beviljat").
LABEL_WORDS = {"owner", "case_number", "funding", "period", "start_date", "end_date", "owner_orgnr"}
# "Ett tredje projekt, Byanät Himmeta, drivs av ...": the name set off by commas after a project noun.
APPOSITION_RE = re.compile(rf"\b(?i:{PROJECT_NOUNS})\b[^,.;:]{{0,40}},\s+(?P<name>[{UPPER}0-9][^,.;:]{{1,80}}),\s+"
                           r"(?=(?:som\s+)?[a-zåäö]+\b)")
# Past tense and passive forms end a name as its verb: "Förstudien X visade att ...".
VERB_FORM_RE = re.compile(r"^[a-zåäö]+(ade|ades|dde|ddes|tte|ttes|erade|erar|eras)$")
PASSIVE_PRESENT_RE = re.compile(r"^[a-zåäö]{3,}as$")  # "samlas", "prövas": a verb where one must follow
# A phrase that opens the sentence and ends in a project noun: the name after it is followed by the verb.
FRONTED_PHRASE_RE = re.compile(r"(?:^|[.!?:]\s+)(?:I|Inom|Genom|Via|Med)\s+(?:det\s+nya\s+)?$")
# "Under projektet, ...", "During the project, ...": an adverbial, closed by its comma, before the sentence's subject.
FRONTED_ADVERBIAL_RE = re.compile(r"(?:^|[.!?:]\s+)(?:I|Inom|Under|Genom|Efter|Före|Via|Med|In|During|Within|Throughout|"
                                  r"Through|After|Before)\s+(?:det\s+(?:nya\s+)?|the\s+(?:new\s+)?)?$")
# "Det ska det nya projektet X ta reda på": the name is the subject after the clause's finite verb, so the
# clause's infinitive or supine follows it.
INVERTED_SUBJECT_RE = re.compile(r"\b(?:ska|skall|kan|kommer|vill|måste|bör|har|hade|kunde|skulle)\s+"
                                 r"(?:(?:det|den|de)\s+(?:nya\s+)?)?$")
INFINITIVE_RE = re.compile(r"^(?:[a-zåäö]+(?:a|at|it)|se|gå|få|bli|ge|stå|nå|bo|tro)$")  # "ta", "hjälpa", "bidragit"


def _names_org_or_place(name: str) -> bool:
    return gazetteer().lookup(name) is not None or gazetteer().is_place(name) \
        or bool(ORG_SUFFIX_RE.search(name) or ORG_WORD_INSIDE_RE.search(name))


# "Ett av de större projekten är Vätgasdalen": one of those told of, by its name after the copula.
ONE_OF_THEM_RE = re.compile(rf"\b(?i:ett|en)\s+av\s+(?:de\s+)?(?:[a-zåäö]+\s+)?(?i:projekten|satsningarna|förstudierna)"
                            rf"\s+(?:är|heter|var)\s+(?=[{UPPER}0-9{QUOTE_OPEN}])")
# "Det största är Fäbodriket, som ...": of the projects the text announced, one by its rank, then its name.
RANKED_COPULA_RE = re.compile(rf"(?:^|(?<=[.!?]\s))(?:Det|Den)\s+(?:största|minsta|första|sista|dyraste|billigaste)"
                              rf"(?:\s+av\s+(?:dem|dessa|projekten))?\s+(?:är|blir|var)\s+(?=[{UPPER}0-9{QUOTE_OPEN}])")
# "Ett annat projekt som får pengar är Fäbodriket": the name after the copula.
COPULA_NAME_RE = re.compile(rf"\b(?i:{PROJECT_NOUNS})\b[^.,;:]{{0,40}}?\s(?:är|heter|har varit|var|blev|kallas|"
                            rf"har fått namnet|fick namnet|har namnet)\s+"
                            rf"(?=[{UPPER}0-9{QUOTE_OPEN}])")


# "En satsning på industriminnen – Kraftens väg – är ett annat av de fjorton projekten": a name set off by
# dashes, then said to be one of the projects.
DASHED_NAME_RE = re.compile(rf"\s[–—]\s(?P<name>[{UPPER}][^–—.,;:]{{1,60}}?)\s[–—]\s(?:är|blir)\s+(?:ett|en)\s+"
                            rf"(?:[\wåäö]+\s+){{0,2}}?(?:av\s+(?:de\s+)?(?:[\wåäö]+\s+)?)?(?i:{PROJECT_NOUNS}|projekten|"
                            rf"satsningarna)\b")


# "have started ArcticWaste, a three-year project on ...", "Vårdvägen, ett treårigt projekt som ...": a name, then
# in apposition what it is.
NAME_THEN_NOUN_RE = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][\w-]*\w[\w-]*(?:\s[{UPPER}0-9][\w-]*){{0,3}}),\s+"
                               r"(?:a|an|ett|en)\s+(?:[\w-]+\s+){0,3}?(?:project|projekt|pilot project|pilotprojekt|"
                               r"förstudie|feasibility study)\b")


# "Gröna tak är ett projekt där ...", "Vårdvägen är ett treårigt EU-projekt som ...": a sentence opened by the name.
IS_A_PROJECT_RE = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<name>[{UPPER}][^.,;:!?]{{1,60}}?)\s+är\s+(?:ett|en)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:[\w-]*projekt|förstudie|pilotsatsning)\s+(?:som|där|för|med|i|inom)\b")


# "Blue Ports (2027–2030) is coordinated by X": an English sentence opened by the name, its years in brackets.
RUN_BY_EN_RE = re.compile(rf"(?:^|(?<=[.!?]\s))(?!The\s|This\s|It\s)(?P<name>[{UPPER}][^.,;:!?()]{{1,60}}?)\s+(?:\([^()]{{1,30}}\)\s+)?"
                          r"(?:is|was)\s+(?:coordinated|led|run|managed|owned)\s+by\b")


# "dra igång" split around its object: "Nu drar projektet X igång", "sparkade satsningen X igång".
STARTED_AROUND_NAME_RE = re.compile(r"\b(?:drar|drog|sparkar|sparkade|kör|körde)\s+(?:nu\s+)?(?:projektet|satsningen|"
                                    r"förstudien)\s+(?P<name>[A-ZÅÄÖ0-9][^.;:!?,]{1,60}?)\s+igång\b")


@lru_cache(maxsize=8192)  # a block's text is asked again by the segmenter, the record and its name candidates
def first_project_name(text: str) -> tuple[str, int] | None:
    """(name, offset) of the first project named in a text, else None."""
    best: tuple[str, int] | None = None
    m = IS_A_PROJECT_RE.search(text) or RUN_BY_EN_RE.search(text)
    if m and not plainly_org(m.group("name")) and m.group("name").split()[0].casefold() not in PRONOUNS | {"detta", "här"}:
        best = (m.group("name").strip(), m.start("name"))
    m = DASHED_NAME_RE.search(text)
    if m:
        best = (m.group("name").strip(), m.start("name"))
    m = COPULA_NAME_RE.search(text) or ONE_OF_THEM_RE.search(text) or RANKED_COPULA_RE.search(text)
    if m:
        name = _run_name(text, m.end())
        if name:
            best = (name, m.end() + (1 if text[m.end()] in QUOTE_OPEN else 0))
    m = QUOTED_AFTER_NOUN_RE.search(text) or SUM_TO_QUOTED_RE.search(text)
    if m and (best is None or m.start() < best[1]):
        best = (m.group("name").strip(), m.start("name"))
    m = APPOSITION_RE.search(text)
    if m and (best is None or m.start() < best[1]):
        best = (m.group("name").strip(), m.start("name"))
    m = STARTS_WITH_SUPPORT_RE.search(text)  # "X startar Språkcafé Y med stöd från Z": what it starts, by its name
    if m and (best is None or m.start() < best[1]) and not _names_org_or_place(m.group("name")):
        best = (m.group("name").strip(), m.start("name"))
    m = STARTED_AROUND_NAME_RE.search(text)  # "Nu drar projektet Hon startar igång": the name between verb and particle
    if m and (best is None or m.start() < best[1]):
        return m.group("name").strip(), m.start("name")
    m = NAME_THEN_NOUN_RE.search(text)
    if m and (best is None or m.start() < best[1]) and not _names_org_or_place(m.group("name")):
        best = (m.group("name"), m.start("name"))
    for m in NOUN_THEN_NAME_RE.finditer(text):
        if best and m.start() > best[1]:
            break
        if m.group(0).strip(" ,").isupper():  # "OM PROJEKTET PROJEKTLEDNINGENS TACK": a heading in capitals
            continue
        if EARLIER_RE.search(text[max(0, m.end() - 60):m.end()]):
            continue  # "bygger vidare på förstudien X": an earlier project, named in passing
        if "," in m.group(0) and FRONTED_ADVERBIAL_RE.search(text[:m.start()]):
            continue  # "During the project, 120 patients ...": the phrase ends at the comma
        name = _run_name(text, m.end(), verb_next=bool(FRONTED_PHRASE_RE.search(text[:m.start()])),
                         infinitive_next=bool(INVERTED_SUBJECT_RE.search(text[max(0, m.start() - 40):m.start()])),
                         object_next=bool(VERB_THEN_IN_RE.search(text[max(0, m.start() - 40):m.start()])))
        if name and all(exact_label_field(w) in LABEL_WORDS for w in name.split()[:2]):
            continue  # "Dnr Projekt Projektägare Beviljat": a table's head row, not a project named
        if name and not re.match(rf"(?i)(som|att|har|är|{PROJECT_NOUNS})\b", name) or name and len(name.split()) == 1 \
                and name[:1].isupper() and not re.match(r"(?i)projekt|project|prosjekt", name):
            # ("projektet Plattformen": a noun of the kind, capitalised alone, is the name itself)
            if text[m.end()] in QUOTE_OPEN:
                return name, m.end() + 1
            noun = m.group(0).strip(" ,")
            if noun in ("Förstudie", "Förprojekt", "Pilotprojekt"):  # the indefinite noun is the name's own
                return f"{noun} {name}", m.start()
            return name, m.end()
    return best


# "Kommunen bygger i projektet X ...": a verb in the present, then the phrase that names the project.
VERB_THEN_IN_RE = re.compile(r"\b[\wåäö-]{2,}\s+[a-zåäö]{3,}(?:ar|er)\s+(?:nu\s+)?(?:i|inom)\s+$")


LEADING_QUOTED_RE = re.compile(rf"^\s*[{QUOTE_OPEN}](?P<name>[^{QUOTE_OPEN}{QUOTE_CLOSE}]{{2,100}})[{QUOTE_CLOSE}]")


# "Höga Kusten AB, projekt ”Världsarvet”, 650 000 kronor, projektperiod 2024", "Karlskoga kommun, projekt
# Industrikompetens, 1 200 000 kronor", "Åby båtklubb för projektet Segling, 40 000 kr": the owner first, then the name.
OWNER_FIRST_ENTRY_RE = re.compile(rf"^(?:(?P<owner>[{UPPER}][^,]{{2,80}}),\s+|(?P<owner_for>(?![^,]*?\s(?:får|fick|beviljas|"
                                  rf"beviljades|tilldelas|går)\s)[{UPPER}][^,\d]{{2,60}}?)\s+för\s+)"
                                  rf"(?:projekt(?:et)?|förstudie(?:n)?)\s+"
                                  rf"(?:[{QUOTE_OPEN}](?P<name>[^{QUOTE_OPEN}{QUOTE_CLOSE}]{{2,100}})[{QUOTE_CLOSE}]|"
                                  rf"(?P<bare>[{UPPER}0-9][^,:]{{1,80}}))\s*[,:]\s*(?P<rest>.*\d.*)$")


# "Åby museum, som får 240 000 kronor för projektet Läsvägen": a recipient, its grant in a relative clause, the name.
RECIPIENT_CLAUSE_NAME_RE = re.compile(rf"^(?P<org>[{UPPER}][^,]{{1,60}}?),\s+som\s+(?:får|fick|beviljas|beviljades|tilldelas)\s+"
                                      rf"[^.;]{{0,40}}?\d[^.;]{{0,40}}?\s(?:för|till)\s+(?:projektet\s+|förstudien\s+)?"
                                      rf"(?P<name>[{UPPER}{QUOTE_OPEN}][^,.;]{{1,80}}?)\s*(?=[,.;]|$)")


# "Havsmiljöinstitutet – Blå skolgårdar (1 800 000 kr)": two parts about a dash, the sum in brackets after them.
DASH_SUM_IN_BRACKETS_RE = re.compile(r"^(?P<first>[^–—()]{2,80}?)\s+[–—]\s+(?P<second>[^–—()]{2,80}?)\s*"
                                     r"(?:\((?P<sum>[^()]*\d[^()]*)\)|,\s+(?P<sum_after>(?:drygt\s+|cirka\s+|ca\s+)?\d[\d  ]*"
                                     r"(?:,\d+)?\s*(?:miljoner\s+kronor|kronor|kr|sek|euro|eur|tkr|mnkr)))\s*\.?$", re.IGNORECASE)


def dash_entry_sum(m: re.Match) -> str:
    """The sum of a "Ägare – Namn (N kr)" or "Ägare – Namn, N kr" entry."""
    return m.group("sum") or m.group("sum_after")


def _org_side(part: str) -> bool:
    """The part of an entry that is its owner: an organisation by its name or by the kind its last word ends in."""
    return plainly_org(part) or is_named_org(part) or one_word_org(part.split()[-1])


# A label opening one of an entry's parts: "Sökande: ", "Beviljat belopp: ".
ENTRY_LABEL_RE = re.compile(r"(?P<label>[A-ZÅÄÖ][\wåäöé]+(?:[ -][\wåäöé]+){0,2}):\s+(?=\S)")
MAX_ENTRY_LEAD_WORDS = 3  # what stands before an entry's first label: its case ("4.1 Journalnummer N,"), no sentence


def labelled_entry(text: str) -> tuple[str, list[tuple[int, str, str, int]]] | None:
    """(lead, [(label_at, field, value, value_at)]) of an entry written as labelled sentences ("RUN 2031-0042
    Sökande: X. Projekt: Y. Beviljat belopp: N kronor ..."): each part opens with a label, at the entry's start
    or after a full stop or a comma. None unless its name and one more field are labelled."""
    marks: list[re.Match[str]] = []
    for m in ENTRY_LABEL_RE.finditer(text):
        before = text[:m.start()].rstrip()
        if exact_label_field(m.group("label")) in (None, "section"):
            continue  # ("Sökt belopp: N kr" is a label whose value is read no further: it ends the part before it)
        if marks and not before.endswith((".", ";", ",")) or not marks and len(before.split()) > MAX_ENTRY_LEAD_WORDS:
            continue
        marks.append(m)
    if sum(exact_label_field(m.group("label")) != "ignore" for m in marks) < 2:
        return None
    parts: list[tuple[int, str, str, int]] = []
    for m, following in zip(marks, [*marks[1:], None]):
        value = text[m.end(): following.start() if following else len(text)].rstrip(" .;,")
        parts.append((m.start(), str(exact_label_field(m.group("label"))), value, m.end()))
    if not any(field == "name" and value for _, field, value, _ in parts):
        return None
    return text[:marks[0].start()].strip(" ,"), parts


def row_name(block: Block) -> tuple[str, int] | None:
    """(name, offset) of the project a row or grant line is about."""
    text = block.text
    prefix = LABELLED_CASE_PREFIX_RE.match(text)
    if prefix:  # "Ärendeid 20371111 – Namn – Ägare – 1 200 000 kr": the case by its label, then the row
        found = row_name(replace(block, text=text[prefix.end():], cells=None))
        return (found[0], found[1] + prefix.end()) if found else None
    labelled = labelled_entry(text)
    if labelled:  # "RUN 2031-0042 Sökande: X. Projekt: Y. Beviljat belopp: ..."
        return next((value, at) for _, field, value, at in labelled[1] if field == "name")
    entry = case_entry(text)
    if entry:
        return entry["name"], entry["name_at"]
    recipient = RECIPIENT_CLAUSE_NAME_RE.match(text)
    if recipient and looks_like_org(recipient.group("org")):  # "Åby museum, som får 240 000 kronor för projektet X"
        return recipient.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE + " "), recipient.start("name")
    owned = OWNER_FIRST_ENTRY_RE.match(text)
    if owned:  # "Karlskoga kommun, projekt Namn, 1 200 000 kronor, ...": the owner first
        group = "name" if owned.group("name") else "bare"
        return owned.group(group).strip(), owned.start(group)
    called = called_in_row(text)
    if called:  # "Förening X – Projekt Kort från förr – 12 000 kr": the part the row calls the project, whole
        return called, text.find(called)
    lead = LEADING_QUOTED_RE.match(text)
    if lead:  # "”Fiske för alla” – Klubben, 120 000 kr": a quoted name opens the entry
        return lead.group("name").strip(), lead.start("name")
    if block.cells and len(block.cells) >= 2:
        first = block.cells[0].strip()
        if first and not find_amounts(first) and re.match(r"[A-ZÅÄÖ0-9”\"“]", first):
            name = first.strip(QUOTE_OPEN + QUOTE_CLOSE + " ")
            return name, max(text.find(name), 0)
    sum_last = DASH_SUM_IN_BRACKETS_RE.match(text)
    if sum_last and find_amounts(dash_entry_sum(sum_last)):  # "Ägare – Namn (1 800 000 kr)", "Namn – Ägare, 60 000 kr"
        first, second = sum_last.group("first").strip(), sum_last.group("second").strip()
        if _org_side(second) and not _org_side(first) or plainly_org(second) and not plainly_org(first):
            return first, 0
        if _org_side(first) or looks_like_org(first) and not looks_like_org(second):
            return second, sum_last.start("second")
    dotted = dot_parts(text) or bracketed_parts(text)
    if dotted:  # "Namn. Ägare. 300 000 kr.", "Namn (Ägare, 120 000 kr)"
        return dotted[0], text.find(dotted[0])
    paid = payer_years_entry(text)
    if paid:  # "Namn (ESF+, 2029–2031) – ..."
        return paid.group("name").strip(), text.find(paid.group("name"))
    owned_for = owner_for_name(text)
    if owned_for:  # "Idre IF för projektet Spår för alla"
        return owned_for.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE), owned_for.start("name")
    dashed = owner_dash_name(text) if find_amounts(text) else None
    if dashed:  # "Fagersta kommun – Vägen till jobb. Projektet ..."
        return dashed[1], text.find(dashed[1])
    ordinal = ORDINAL_ENTRY_RE.match(text)
    if ordinal and find_amounts(text):  # "Det första, Vätgasdalen, drivs av X och får 900 000 kronor."
        return ordinal.group("name"), ordinal.start("name")
    granted = grant_entry_name(text)
    if granted:
        return granted
    m = NAME_OWNER_AMOUNT_RE.match(text)
    head = head_and_amount(text)
    if head and not m:
        return head, 0
    clause = name_then_grant(text)
    if clause:
        return clause
    by_sum = AMOUNT_FIRST_RE.match(text)
    if by_sum and looks_like_org(by_sum.group("owner")):
        return by_sum.group("name").strip(), by_sum.start("name")
    funded = FUNDS_NAME_OWNER_RE.search(text)
    if funded:
        return funded.group("name").strip(), funded.start("name")
    led = led_entry(text)
    if led:
        return led, 0
    found = first_project_name(text)
    if found:
        return found
    m = QUOTED_RE.search(text)
    if m:
        return m.group("name").strip(), m.start("name")
    granted = granted_for_name(text)
    if granted:
        return granted
    to_owner = TO_OWNER_GOES_FOR_RE.match(text)
    if to_owner and find_amounts(text) and not plainly_org(to_owner.group("name")):
        return to_owner.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE + " "), to_owner.start("name")
    goes = GOES_TO_FOR_RE.search(text)
    if goes and find_amounts(text) and not plainly_org(goes.group("name")):  # "N kr går till Åby IF för Nya mål"
        return goes.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE + " "), goes.start("name")
    named = named_name(text)
    if named and find_amounts(text):  # "... får 1,2 miljoner kronor för projektet, som kallas X"
        return named
    if block.kind == "list_item":
        m = LEADING_NAME_RE.match(text)  # "• Blue Coast Tourism, där ... ska utveckla ..."
        if m and not gazetteer().lookup(m.group("name")) and not ORG_SUFFIX_RE.search(m.group("name")):
            return m.group("name").strip(), 0
    bracketed = bracket_entry(text)
    if bracketed and find_amounts(bracketed[2]) and text.startswith(bracketed[0]) \
            and re.match(r"\s*\([^()]+\)\s*(?::|[–—]\s)", text[len(bracketed[0]):]):
        return bracketed[0], 0  # "Namn (Ägare): 2 400 000 kr, 2025–2027", "Namn (Ägare, Land) – EU-medel: N euro"
    parts = owner_first(row_parts(text))
    if len(parts) >= 3 and not find_amounts(parts[0]) and not _date_part(parts[0]) \
            and any(find_amounts(p) or find_dates(p) or is_eu_fund(p) for p in parts[1:]):
        name = parts[0].strip(" ,;:")  # "Namn – Fond – 2019–2021 – partner"
        return name, text.find(name)
    flat = flat_row(text)
    if flat:  # "Digital skola i Pajala Pajala kommun 250 000"
        return flat[0], max(text.find(flat[0]), 0)
    mixed = owner_first(mixed_parts(text))
    if 3 <= len(mixed) <= 6 and not find_amounts(mixed[0]) and not find_dates(mixed[0]) and is_row(block) \
            and any(find_amounts(p) for p in mixed[1:]):
        return mixed[0].strip(" ,;:"), max(text.find(mixed[0].strip(" ,;:")), 0)  # "Namn, Ägare, 300 000 kr, 2026–2027"
    bracketed = bracket_entry(text)
    if bracketed and find_amounts(bracketed[2]):  # "Namn (Ägare), 7 204 118 kr", "Ägare (Namn) – 95 000 kr"
        return bracketed[0], max(text.find(bracketed[0]), 0)
    parts = comma_parts(text)
    if len(parts) >= 2 and len(text.split()) <= 30 and not find_amounts(parts[0]) and len(parts[0].split()) <= 8 \
            and not MONEY_WORDS_RE.search(parts[0]) and not any(w.casefold() in STOP_WORDS for w in parts[0].split()) \
            and (find_amounts(parts[-1]) and len(parts) >= 3 or _starts_with_amount(parts[1])):
        return parts[0], text.find(parts[0])  # "Namn, Ägare, 4 210 500 kronor", "Namn, 822 500 kronor EU-medel"
    return None


# "X beviljas 310 000 kronor för Namn, en vandringsled ...": the sum's purpose is the project, by name.
# What a grant pays for, named after its kind: "utställningsserien X", "föreställningen X", "festivalen X".
WORK_NOUN = (r"[a-zåäö]*(?:serien|festivalen|föreställningen|utställningen|turnén|konserten|boken|filmen|veckan|dagen|"
             r"dagarna|projektet|satsningen|utbyggnaden|etappen|renoveringen|upprustningen|restaureringen)")
GRANTED_FOR_RE = re.compile(r"\b(?:får|fick|fått|beviljas|beviljades|beviljats|tilldelas|tilldelades|erhåller|erhöll)\s+"
                            # "har beviljats bredbandsstöd från X med N kronor för ...": the kind and payer first
                            r"(?:[a-zåäö]*(?:stöd|bidrag)\s+(?:från|ur|av)\s+[A-ZÅÄÖ][^,.;]{1,60}?\s+med\s+)?"
                            r"(?:drygt |nästan |närmare |knappt |cirka |ca |omkring )?\d[\d\s.,]*\s*(?:(?:miljoner |miljon )?"
                            r"(?:kronor|kr|sek|euro|eur|€)|mnkr|msek|mkr|tkr)\.?\s+"
                            r"(?:(?:från|ur)\s+[A-ZÅÄÖ][^,.;]{1,60}?\s+)?"  # "... från Allmänna arvsfonden för Namn"
                            rf"(?:för|till)\s+(?:{WORK_NOUN}\s+)?(?=[”\"“]?[A-ZÅÄÖ0-9])",  # ("till utställningsserien X")
                            re.IGNORECASE)
# What the name is set off by: an apposition ("Namn, en förstudie om ..."), a clause or the sentence's end.
# "300 000 kronor går till Åby IF för Nya mål": the money's way to an owner, for a project by name.
GOES_TO_FOR_RE = re.compile(r"\b(?:går|gick)\s+till\s+(?P<owner>[A-ZÅÄÖ][^.,;]{1,60}?)\s+för\s+(?:projektet\s+)?"
                            r"(?P<name>[A-ZÅÄÖ”\"“][^.;,]{1,80}?)\s*(?=[.;]|,\s+(?:och|samt)\s|$)")
# "Till Musik i Syd går 600 000 kronor för Barockfest Ystad, en festival ...": the owner first, then the grant's name.
TO_OWNER_GOES_FOR_RE = re.compile(r"^Till\s+(?P<owner>[A-ZÅÄÖ][^.,;]{1,60}?)\s+(?:går|gick)\s+[^.;]{0,30}?\d[^.;]*?\s+"
                                  r"för\s+(?:projektet\s+)?(?P<name>[A-ZÅÄÖ”\"“][^.;,]{1,80}?)\s*(?=[.;,]|$)")
GRANTED_NAME_END_RE = re.compile(r",\s+(?:en|ett|som|där|vilket|vars)\b|\s+(?:som|där|vilket)\s|[.;:!?](?:\s|$)|$")


# "Regionen medfinansierar Namn (Ägare) med 600 000 kronor": the payer first, then the project with its owner
# in brackets.
FUNDS_NAME_OWNER_RE = re.compile(r"\b(?:medfinansierar|finansierar|stöttar|stödjer|beviljar|ger)\s+(?:projektet\s+)?"
                                 r"(?P<name>[A-ZÅÄÖ0-9][^()]{1,60}?)\s*\((?P<owner>[A-ZÅÄÖ][^()]{1,80})\)\s+"
                                 r"(?:med|stöd med)\s+(?:drygt |närmare |cirka |ca )?\d")


# "Namn, som drivs av Granby kommun, får ...", "Namn leds av Granby kommun och får ...", "Name, led by X, receives",
# "Name, with X as lead partner, receives": an entry that opens with its name, then who runs it.
NAME_LED_BY_RE = re.compile(r"^(?:(?:I|Inom)\s+(?:projektet|förstudien|satsningen)\s+)?"  # "I projektet X, som leds av Y, ..."
                            r"(?P<name>[A-ZÅÄÖ0-9][^,.;:()]{2,60}?)(?:,\s*(?:som\s+)?|\s+(?:is\s+)?)(?:(?:drivs|leds|ägs|"
                            r"samordnas|led|run|coordinated)\s+(?:av|by)|with\s+[A-ZÅÄÖ][^.;,]{2,80}?\s+as\s+(?:\w+\s+)?"
                            r"(?:lead partner|lead applicant)|med\s+[A-ZÅÄÖ][^.;,]{2,80}?\s+som\s+(?:projektägare|"
                            r"stödmottagare))\b")



def led_entry(text: str) -> str | None:
    """The name of an entry that opens with it and then says who runs it (NAME_LED_BY_RE), else None."""
    led = NAME_LED_BY_RE.match(text)
    if led and not plainly_org(led.group("name")) and led.group("name").split()[0].casefold() not in STOP_WORDS \
            and not NOT_A_LED_NAME_RE.match(led.group("name")):
        return led.group("name").strip()
    return None


# "Projektet leds av ...", "Det leds av ...": the subject is the project the text is about, not a name.
NOT_A_LED_NAME_RE = re.compile(r"(?i)(?:projekt\w*|förstudie\w*|satsning\w*|initiativ\w*|arbetet|insatsen|det|den|de|"
                               r"detta|denna|vi|the|this|it|project)\b")


# "850 000 kronor till Granby kommun för projektet Namn, som ...", "25 000 kr – Granby IF för projektet Namn": a
# line that opens with the sum, then who gets it and for what.
AMOUNT_FIRST_RE = re.compile(r"^(?:drygt |nästan |närmare |knappt |cirka |ca )?(?:\d[\d\s.,]*\s*(?:miljoner |miljon |mnkr|msek|"
                             r"tkr)?|(?i:en halv|ett halvt|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:miljoner|miljon)\s+)"
                             r"\s*(?:kronor|kr|sek|euro|eur|€)\.?(?:\s+(?:till|åt|beviljas|tilldelas|går till)\s+|\s+[–—-]\s+)"
                             r"(?P<owner>[A-ZÅÄÖ][^,.;]{1,80}?)\s+"
                             r"(?:(?:för|till)\s+(?:projektet\s+|förstudien\s+|satsningen\s+)?|"
                             r"och\s+(?:projektet|förstudien|satsningen)\s+)(?P<name>[A-ZÅÄÖ0-9][^,.;]{1,80}?)"
                             r"(?=,|[.;]\s|[.;]?$|\s+som\b)")


def granted_for_name(text: str) -> tuple[str, int] | None:
    """(name, offset) of "... får 300 000 kronor till Namn, ett ...": a capitalised name, no organisation."""
    m = GRANTED_FOR_RE.search(text)
    if not m or not re.match(r"[”\"“]?[A-ZÅÄÖ]", text[m.end():]):
        return None
    end = GRANTED_NAME_END_RE.search(text, m.end())
    if end and end.group(0).strip() == "som" and (doer := doer_after_som(text, end.end() - 1)):
        end = GRANTED_NAME_END_RE.search(text, text.index(doer, end.end()) + len(doer))  # "... till Kvinnor som driver."
    quoted = text[m.end()] in QUOTE_OPEN
    name = text[m.end(): end.start() if end else len(text)].strip(" ,").strip(QUOTE_OPEN + QUOTE_CLOSE)
    if quoted:
        return (name, m.end() + 1) if 1 <= len(name.split()) <= MAX_NAME_WORDS else None
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or gazetteer().lookup(name) is not None or ORG_SUFFIX_RE.search(name) \
            or words[0].casefold() in STOP_WORDS:
        return None
    return name, m.end()


def _starts_with_amount(text: str) -> bool:
    amounts = find_amounts(text)
    return bool(amounts) and amounts[0][1] <= 8


LEADING_NAME_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^,.;:()]{2,60}?)(?:,(?!\d)|\s+(?:ska|skall|är|har|får|fick|vill|drivs|leds|"
                             r"beviljas|beviljades|syftar)\b)")
# "Namn (Ägare), 7 204 118 kr", "Projektet Namn (Ägare) beviljas 4,2 miljoner kronor."
NAME_OWNER_AMOUNT_RE = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<owner>[^()]{2,80})\)\s*(?:[,:–—-]\s*|(?=(?:beviljas|"
                                  r"beviljades|får|fick|tilldelas|tilldelades|förordas)\s)|(?=\d))(?P<rest>.+)$")  # "N (Ä) 45 000 kr"
COUNTY_RE = re.compile(r"[A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]+)?\s+län")
ROW_SPLIT_RE = re.compile(r"\s+[–—]\s+|\s+-\s+|\s*\|\s*|\t")


def bracket_entry(text: str) -> tuple[str, str, str] | None:
    """(name, owner, rest) of "Namn (Ägare) – 120 000 kr", or of "Ägare (Namn) – 120 000 kr" when the words outside
    the brackets are plainly an organisation and those inside are not."""
    m = NAME_OWNER_AMOUNT_RE.match(text)
    if not m:
        return None
    name, owner = m.group("name").strip(), without_country(re.sub(r"^[^:]{2,30}:\s*", "", m.group("owner")).strip())
    if COUNTY_RE.fullmatch(owner) or re.fullmatch(r"[A-Z]{2}", owner) or is_country(owner):
        return None  # "Namn, Ägare (Kalmar län), 6 200 000 kr", "X (SE)": where the owner is, no owner of its own
    bare = re.sub(r"^\d{1,2}[.)]\s+", "", name)  # "1. Ägare (Namn)": its number in a list
    if plainly_org(bare) and not plainly_org(owner):
        return owner, bare, m.group("rest")
    return name, owner, m.group("rest")


def row_parts(text: str) -> list[str]:
    """"Namn – Ägare – 1 450 000 kronor" into its parts; "Namn – undertitel, Ägare, 180 000 kr, 2033" at its commas,
    the dash inside its first part (the name's) where no other part has one."""
    commas = [p.strip() for p in text.split(", ")]
    if len(commas) >= 3 and ROW_SPLIT_RE.search(commas[0]) and not any(ROW_SPLIT_RE.search(p) for p in commas[1:]) \
            and any(find_amounts(p) for p in commas[1:]) and not find_amounts(commas[0]):
        return [p for p in commas if p]
    return [p.strip() for p in ROW_SPLIT_RE.split(text) if p.strip()]


# The word an organisation's name ends in, saying what it is: "Mora kommun", "Destination Småland AB".
ORG_KIND_END_RE = re.compile(r"(?i)(?:\b(?:kommun|stad|region|AB|universitet|högskola|sjukhus|sjukhuset|lasarett|lasarettet)|"
                             rf"(?-i:\b(?:{CLUB_LETTERS}))|"
                             r"(?:förening|förbund|stiftelse|"
                             r"klubb|byalag|bylag|sällskap|samfällighet|församling|kooperativ|gille|stadsteater|länsteater|"
                             r"länsmuseum|länsmuseet|folkhögskola|fiskevårdsområde|viltvårdsområde|fiskevårdsförening|"
                             r"bibliotek|museum))(?:\s+r\.\s?f\.|\s+rf)?$")  # ("X byaförening r.f.": registered in Finland) "Norrby byalag", "Kungsörs ridklubb", "Arboga hembygdsförening": the
# kind may end a compound; "Ljusdals bibliotek" is a library ("Sagor på biblioteket" a name)


def plainly_org(text: str) -> bool:
    """An organisation as the gazetteer knows it or by the kind its name ends in, not merely by its capitals
    ("Samverkan lärcentrum" is a project's name)."""
    return gazetteer().lookup(text) is not None or bool(ORG_KIND_END_RE.search(text)) \
        or bool(ORG_LEAD_RE.match(text)) and len(text.split()) <= 5 and not re.search(r"[.,;:!?\d]", text)
    # ("Föreningen Musik i Roslagen": the kind first, then the name; not a sentence that opens with one)


def _owner_then_name(owner: str, name: str) -> bool:
    return plainly_org(owner) and not plainly_org(name) and not find_amounts(name) and not find_dates(name)


# A row's part that says it is the project: "Projekt Sagor från byn", "Projektet Ny brygga" (a "Förstudie X" keeps
# the word: it is often the only form its name takes).
PROJECT_LEAD_PART_RE = re.compile(r"^[Pp]rojekt(?:et)?\s+[A-ZÅÄÖ0-9]")


def _called_part(parts: list[str]) -> int | None:
    """Which part of a row of three or more, one of them a sum, is the one that calls itself the project."""
    called = [k for k, p in enumerate(parts) if PROJECT_LEAD_PART_RE.match(p)]
    return called[0] if len(parts) >= 3 and len(called) == 1 and any(find_amounts(p) for p in parts) else None


def called_in_row(text: str) -> str | None:
    """The name in "Förening X – Projekt Kort från förr – 12 000 kr": the part that calls itself the project,
    without that word; None for any other text."""
    parts = row_parts(text)
    k = _called_part(parts)
    return parts[k].split(None, 1)[1].strip(" ,;:") if k is not None else None


def owner_first(parts: list[str]) -> list[str]:
    """"Sundsvalls kommun – Mobilitet i centrum – 1,2 mnkr", "Heby kommun – 130 000 kr – Berättelser från bruket",
    "120 000 kr – Namn – Ägare": a row that opens with its owner or its sum, put its name first (the one part that is
    no sum, date, fund or organisation)."""
    if len(parts) < 3 or not any(find_amounts(p) for p in parts):
        return parts
    called = _called_part(parts)
    if called is not None:  # "Förening X – Projekt Y – 38 000 kr": the part the row calls the project is its name
        return [parts[called], *(p for j, p in enumerate(parts) if j != called)]
    if not plainly_org(parts[0]) and not find_amounts(parts[0]):
        return parts  # (a row that opens with its owner or its sum; one that opens with a name is in order)
    names = [k for k, p in enumerate(parts[1:], 1) if not find_amounts(p) and not plainly_org(p) and not is_eu_fund(p)
             and p.strip()[:1].isupper() and len(p.split()) <= 10 and not _date_part(p)]
    k = names[0] if len(names) == 1 else 1 if _owner_then_name(parts[0], parts[1]) else None
    if k is None:
        return parts
    return [parts[k], *(p for j, p in enumerate(parts) if j != k)]  # "120 000 kr – Namn – Ägare" too


# "Digital skola i Pajala Pajala kommun 250 000": a table row whose columns ran together, the sum last.
FLAT_ROW_RE = re.compile(r"^(?P<head>[A-ZÅÄÖ0-9][^.:;|–—]{3,120}?)\s+(?P<sum>\d{1,3}(?:[  ]\d{3})+)(?:\s*(?:kr|kronor|sek))?$",
                         re.IGNORECASE)
OWNER_TAIL_RE = re.compile(r"(?:\b(?:Region|Föreningen|Stiftelsen)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|"
                           r"\b[A-ZÅÄÖ][\wåäö-]+\s+(?:tekniska\s+)?(?:kommun|stad|AB|län|kommunalförbund|universitet|"
                           r"högskola|folkhögskola)|"
                           r"\b[A-ZÅÄÖ][\wåäö-]*(?:förening|förbund|universitet|högskola|byalag))$")


def flat_row(text: str) -> tuple[str, str, str] | None:
    """(name, owner, sum) of "Namn Ägare kommun 250 000": the owner is the organisation the words before the sum
    end with; the name is what stands before it."""
    m = FLAT_ROW_RE.match(text.strip())
    if not m or re.search(r"\d", text.split()[0]):
        return None  # (a row that opens with its case number is a case entry)
    head = m.group("head")
    owner = OWNER_TAIL_RE.search(head)
    name = head[:owner.start()].strip() if owner else ""
    if not owner or not name or plainly_org(name) or len(name.split()) > MAX_NAME_WORDS or find_amounts(name):
        return None
    return name, owner.group(0), m.group("sum")


def owner_and_name(text: str) -> tuple[str, str] | None:
    """("Mora kommun", "Fler cyklister i Mora") for a heading "Mora kommun – Fler cyklister i Mora" (a site's
    "Region X – Möten" names a page, in one word)."""
    parts = row_parts(text)
    if len(parts) == 2 and _owner_then_name(parts[0], parts[1]) and len(parts[1].split()) >= 2 \
            and not is_generic_heading(parts[1]):
        return parts[0], parts[1]
    m = NAME_THEN_OWNER_RE.match(text.strip())  # "Jobbcoach Åby (Åby kommun)": the owner in brackets
    if m and plainly_org(m.group("owner")) and not plainly_org(m.group("name")):
        return m.group("owner"), m.group("name")
    return None


NAME_THEN_OWNER_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^()]{1,80}?)\s+\((?P<owner>[A-ZÅÄÖ][^()]{1,80})\)$")


# "Det första, Vätgasdalen, drivs av X och får ...": projects told one after another by their order.
ORDINAL_ENTRY_RE = re.compile(r"^(?:Det|Den)\s+(?:ena|första|andra|tredje|fjärde|femte|sjätte|sista|största|minsta|"
                              r"näst största)(?:\s+projektet)?,\s+"
                              r"(?P<name>[A-ZÅÄÖ0-9](?:[^,.;]|\.\d){1,60}?),\s")  # ("Det största, Hamnen 2.0, får ...")
# "Ny skola. Åby kommun får 700 000 kronor för att ...": a run-in name (set in bold on a page), then the grant.
RUN_IN_NAME_GETS_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^.!?:;]{1,60}?)\.\s+(?P<owner>[A-ZÅÄÖ][^.!?;]{1,80}?)\s+"
                                 r"(?:får|fick|beviljas|beviljades|har beviljats|tilldelas|tilldelades|har fått)\s")
# "X driver insatsen. Insatsen beviljades N kronor": the project itself is the subject, the sentence before no name.
PROJECT_NOUN_SUBJECT_RE = re.compile(r"(?i)^(?:projektet|insatsen|satsningen|förstudien|initiativet|arbetet)$")
# "Ny skola – Åby kommun får 700 000 kronor för att ...": the name, a dash, then its owner as the grant's subject.
# (a colon inside a word is the name's own: "Längs 84:an", "S:t Olofs väg")
NAME_DASH_OWNER_GETS_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9](?:[^–—:.;]|:(?=\w)){1,60}?)\s+[–—-]\s+(?P<owner>[A-ZÅÄÖ][^–—:.;]{1,80}?)\s+"
                                     r"(?:får|fick|beviljas|beviljades|har beviljats|tilldelas|tilldelades|erhåller)\s")


def grant_entry_name(text: str) -> tuple[str, int] | None:
    """(name, 0) of a grant entry that opens with the project's name, then its owner as the grant's subject:
    "Fårö i framtiden. Fårö hembygdsförening får 180 000 kronor ...", "Ny skola – Åby kommun får 700 000 kronor ...".
    """
    if not find_amounts(text):
        return None
    run_in = RUN_IN_NAME_GETS_RE.match(text)
    if run_in and looks_like_org(run_in.group("owner")) and not plainly_org(run_in.group("name")) \
            and not PROJECT_NOUN_SUBJECT_RE.match(run_in.group("owner")) \
            and not any(w.casefold() in STOP_WORDS and w.casefold() not in INNER_WORDS for w in run_in.group("name").split()):
        return run_in.group("name"), 0
    gets = NAME_DASH_OWNER_GETS_RE.match(text)
    if gets and looks_like_org(gets.group("owner")) and not plainly_org(gets.group("name")):
        return gets.group("name"), 0
    return None


def owner_dash_name(text: str) -> tuple[str, str] | None:
    """(owner, name) of an entry that opens "Fagersta kommun – Vägen till jobb." and goes on in sentences."""
    head = row_parts(first_sentence(text))
    return (head[0], head[1]) if len(head) == 2 and _owner_then_name(head[0], head[1]) else None


# Abbreviations whose full stops end no sentence: "Ålands Producentförbund r.f.", "m.fl.", "t.ex.".
ABBREVIATION_RE = re.compile(r"\b(?:r\.f|r\.y|m\.fl|bl\.a|t\.ex|ek\.\s?för|u\.p\.a)\.")


def first_sentence(text: str) -> str:
    """The text up to its first ". ", an abbreviation's full stops not counted."""
    cut = re.search(r"\. ", ABBREVIATION_RE.sub(lambda m: "_" * len(m.group(0)), text))
    return text[:cut.start()] if cut else text


def is_row(block: Block) -> bool:
    """A block laid out as a row of facts: table cells, "Namn (Ägare), belopp", or three or more parts
    between dashes or bars."""
    if block.cells and len(block.cells) >= 2 or NAME_OWNER_AMOUNT_RE.match(block.text) and len(block.text) <= 200:
        return True
    if case_entry(block.text) or OWNER_FIRST_ENTRY_RE.match(block.text):  # "2012-3317 Ägare, Namn ...", "Ägare, projekt ”Namn”, ..."
        return True
    if dot_parts(block.text) or bracketed_parts(block.text) or payer_years_entry(block.text) or owner_for_name(block.text):
        return True  # "Namn. Ägare. 300 000 kr.", "Namn (Ägare, 120 000 kr)", "Namn (ESF+, 2029–2031) – ..."
    parts = mixed_parts(block.text)
    if 3 <= len(parts) <= 6 and all(len(p.split()) <= 8 for p in parts) and not find_amounts(parts[0]) \
            and (find_amounts(parts[-1]) or find_amounts(parts[-2]) and (PERIOD_PART_RE.match(parts[-1])
                                                                        or plainly_org(parts[-1]))):
        return True  # "Namn, Ägare – 150 tusen kronor": short parts, the last a sum (or a sum, then the years or
        # the owner: "Namn – 75 000 kr (Ägare)")
    if head_and_amount(block.text) or flat_row(block.text):  # "Namn, 822 500 kronor EU-medel ur ERUF år 2022-2023 ...",
        return True  # "Namn Ägare kommun 250 000"
    return len(block.text) <= 300 and len(row_parts(first_sentence(block.text))) >= 3


def _date_part(part: str) -> bool:
    """A row's part that is its period ("2026–2027", "mars 2026 – juni 2027"); "Körfest 2026" is a name."""
    part = part.strip()
    return bool(PERIOD_PART_RE.match(part)) or bool(find_dates(part)) and (not part[:1].isupper()
                                                                             or bool(MONTH_FIRST_RE.match(part)))


MONTH_FIRST_RE = re.compile(rf"(?i){MONTH_PATTERN}\s")
PERIOD_PART_RE = re.compile(r"^(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?(?:\s*[–-]\s*(?:(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?|"
                            r"\d{2}))?\.?$")  # "2026–2027", "2026-03-01–2026-12-31"


# "Bygdegårdarnas nätverk, där X får 265 000 kronor ...", "A, som får N kronor ...": a name, then its grant's clause.
# ("Bland projekten finns X, som får ...": what leads into the first of them is no part of its name)
NAME_THEN_GRANT_RE = re.compile(r"^(?:(?:och|samt)\s+)?(?:(?:Bland\s+(?:dem|projekten)|Där)\s+(?:finns|märks)\s+)?"
                                r"(?P<name>[A-ZÅÄÖ”\"“][^,;.]{1,60}),\s+(?:som|där)\s+[^.;]{0,60}?\b(?:får|fick|"
                                r"beviljas|beviljades|tilldelas)\s+[^.;]{0,20}?\d")


def name_then_grant(text: str) -> tuple[str, int] | None:
    """(name, offset) of a clause that opens with a project's name and goes on with its grant (not an
    organisation's)."""
    m = NAME_THEN_GRANT_RE.match(text)
    if m is None or plainly_org(m.group("name")) or gazetteer().lookup(m.group("name")) \
            or m.group("name").strip().casefold() in SENTENCE_SUBJECTS:
        return None
    return m.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE + " "), m.start("name")


def head_and_amount(text: str) -> str | None:
    """The name of a line that opens "Namn, 822 500 kronor ..." (or "Namn – 500 000 kr till Ägare"), else None."""
    parts = re.split(r",(?!\d)", text, maxsplit=1)
    if len(parts) < 2:
        parts = re.split(r"\s[–—]\s", text, maxsplit=1)
        if len(parts) == 2 and plainly_org(parts[0].strip()):
            return None  # "Åby kommun – 500 000 kr": the owner, no name
    if len(parts) == 2 and not find_amounts(parts[0]) and 0 < len(parts[0].split()) <= 8 \
            and re.match(r"[A-ZÅÄÖ0-9”\"]", parts[0]) and _starts_with_amount(parts[1]) \
            and parts[0].strip().casefold() not in SENTENCE_SUBJECTS and not MONEY_WORDS_RE.search(parts[0]):
        named = re.split(r"\s[–—]\s", parts[0].strip(), maxsplit=1)
        if len(named) == 2 and plainly_org(named[1]) and not plainly_org(named[0]):
            return named[0]  # "Namn – Ägare, 120 000 kr": the name before its owner
        return parts[0].strip()
    return None


# A line about money opens with such words: "Regionens del av finansieringen, 2 486 300 kr, ..."
MONEY_WORDS_RE = re.compile(r"(?i)\b(finansiering\w*|budget\w*|kostnad\w*|stöd(et)?|andel\w*|del av|summa|totalt|"
                            r"beviljat|beviljade|belopp\w*|medel|medlen|pengarna|bidrag(?:et)?|anslag(?:et)?)\b")
# ("Största bidraget, 150 000 kronor, gick till ...": the money, no name)


# Words that open a sentence about money, not a project's name: "Pengarna, 4 miljoner, kommer från ..."
SENTENCE_SUBJECTS = {"pengarna", "medlen", "stödet", "beslutet", "summan", "totalt", "budgeten", "bidraget",
                     "anslaget", "beloppet", "projektet", "förstudien", "satsningen", "det", "de", "detta", "här"}


def mixed_parts(text: str) -> list[str]:
    """"Namn, Ägare – 150 tusen kronor", "Namn, Ägare: 350 000 kronor": parts between commas, dashes and a colon
    before the sum alike (not a decimal comma)."""
    return [p.strip(" ()") for p in re.split(r",(?!\d)\s*|\s[–—-]\s|:\s+(?=\d)|\s+\((?=[^()]*\)\s*$)",
                                            FIRST_SENTENCE_END_RE.split(GRANTED_TAIL_RE.sub("", text), 1)[0])
            if p.strip(" ()")]
    # ("Ägare (450 000 kr)" too)


# A sentence's end, not an abbreviation's dot inside an owner's name ("Åby Spel ek. för., 540 000 kr").
FIRST_SENTENCE_END_RE = re.compile(r"(?<!\bek)(?<!\bför)\.\s")


def comma_parts(text: str) -> list[str]:
    """"Namn, Ägare, 4 210 500 kronor" into its parts; a decimal comma ("14,2") is no separator."""
    return [p.strip() for p in re.split(r",(?!\d)", GRANTED_TAIL_RE.sub("", text)) if p.strip()]


# "Namn, Ägare, 320 000 kr – prioriteras": the verdict after an entry that was granted, no part of it.
GRANTED_TAIL_RE = re.compile(r"\s*[–—-]\s*(?:prioriteras|prioriterat|prioriterad|beviljas|beviljat|beviljad|bifalls|"
                             r"tillstyrks|godkänns|förordas)\s*\.?\s*$", re.IGNORECASE)


# "Bystugan lever (Hörja Byalag, 120 000 kr)": the name, then its owner and sum in brackets.
BRACKETED_ENTRY_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^():,]{1,60}?)\s*\((?P<owner>[A-ZÅÄÖ][^(),]{1,80}),\s*"
                                r"(?P<rest>[^()]*\d[^()]*)\)[\s,.;]*(?:och|samt)?\s*$")


# "Trygg i vården (ESF+, 2029–2031) – ska korta ...": a plan's list of projects, each with its payer and its years in
# brackets after its name, what it does after a dash.
PAYER_YEARS_ENTRY_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^()]{1,60}?)\s*\((?P<payer>[^(),]{2,60}),\s*"
                                  r"(?P<years>(?:19|20)\d{2}(?:\s*[–-]\s*(?:(?:19|20)\d{2}|\d{2}))?)\)"
                                  r"(?:\s*[–—:-]\s*(?P<rest>.*))?$")


def payer_years_entry(text: str) -> re.Match | None:
    """The match of "Namn (Fond, 2029–2031) – ...", where the bracket's first part is a payer by name."""
    m = PAYER_YEARS_ENTRY_RE.match(text.strip())
    payer = m.group("payer").strip() if m else ""
    return m if m and (is_eu_fund(payer) or hands_out_grants(payer) or gazetteer().lookup(payer) is not None) else None


# "Idre IF för projektet Spår för alla": an entry of who gets a sum said once over the list, and for what.
OWNER_FOR_NAME_RE = re.compile(r"^(?P<owner>[A-ZÅÄÖ][^.()]{1,60}?)(?:\s*\((?P<sum>[^()]*\d[^()]*)\))?\s+för\s+"
                               r"(?:projektet|förstudien|satsningen)\s+"
                               r"(?P<name>[A-ZÅÄÖ0-9”\"][^.,()]{1,60}?)(?:\s*\((?P<after>[^()]*\d[^()]*)\))?"
                               r"[,;]?(?:\s+(?:och|samt))?\.?$")  # (no sum after it: another entry's shape;
# its sum in brackets after the owner: "Åby IF (45 000 kr) för projektet X", or after the name, an entry cut from a
# sentence that joins several: "Åby IF för projektet X (45 000 kr), och")


def owner_for_name(text: str) -> re.Match | None:
    m = OWNER_FOR_NAME_RE.match(text.strip())
    owner = m.group("owner") if m else ""
    return m if m and plainly_org(owner) and len(owner.split()) <= 5 and not re.search(r"\d|\s(?:går|gick|får|fick|till)\s", owner) \
        else None  # (not "En halv miljon kronor går till Åby kommun för projektet X": a sentence)


def bracketed_parts(text: str) -> list[str]:
    m = BRACKETED_ENTRY_RE.match(text.strip())
    if not m or not find_amounts(m.group("rest")):
        return []
    return [m.group("name").strip(), m.group("owner").strip(), m.group("rest").strip()]


# "Arvika kommun: Projekt Konst i skolan, 300 000 kronor": the owner as the label, the name and sum its value.
OWNER_KEYED_RE = re.compile(r"^(?:[Pp]rojekt(?:et)?\s+)?(?P<name>[A-ZÅÄÖ0-9”\"][^,:()]{1,80}?)(?:,\s*|\s+\(|\.\s+(?=\d))"
                            r"(?P<rest>[^,()]*\d[^,()]*)\)?$")  # "Ägare: Namn, 300 000 kr", "Ägare: Namn (300 000 kr)",
# "Namn: Ägare. 420 000 kr. 2035–2036."


TO_OWNER_KEY_RE = re.compile(r"^(?:Till|Åt)\s+(?P<owner>[A-ZÅÄÖ].{1,80})$")
SUM_FOR_NAME_RE = re.compile(r"^(?P<sum>[^,;]*?\d[^,;]*?)\s+(?:för|till)\s+(?:projektet\s+|förstudien\s+)?"
                             r"(?P<name>[A-ZÅÄÖ0-9][^,;]{1,80}?)\.?$")


def to_owner_entry(key: str, value: str) -> tuple[str, str, str] | None:
    """(name, owner, sum) of "Till Åby kommun: 400 000 kr för Torget": the label names who gets the sum."""
    owner, grant = TO_OWNER_KEY_RE.match(key.strip()), SUM_FOR_NAME_RE.match(value.strip())
    if not owner or not grant or not find_amounts(grant.group("sum")):
        return None
    return grant.group("name"), owner.group("owner"), grant.group("sum")


def name_keyed_entry(key: str, value: str) -> tuple[str, str] | None:
    """(owner, rest) of an entry whose label is its name and whose value opens with its owner: "Byns skola: Åby
    byalag, 240 000 kr" (a list of names over "Owner, sum")."""
    m = OWNER_KEYED_RE.match(value.strip().rstrip("."))
    if not m or not find_amounts(m.group("rest")) or exact_label_field(key) is not None:
        return None
    owner = m.group("name").strip()
    dotted = value.strip()[m.end("name"):].startswith(".")  # "Namn: Ägare. 420 000 kr.": a term and its facts, as a
    # list of definitions sets them, names the project first
    return (owner, m.group("rest")) if (plainly_org(owner) or dotted and looks_like_org(owner)) \
        and not plainly_org(key) else None


def key_owner(key: str) -> str:
    """The organisation a label names, without the department after its comma ("Åby universitet, Institutionen för
    fysik" is the university's)."""
    return key.split(",")[0].strip()


def owner_keyed_entry(key: str, value: str) -> tuple[str, str] | None:
    """(name, rest) of an entry whose label is its owner, else None."""
    from extractors.orgs import looks_like_org

    m = OWNER_KEYED_RE.match(value.strip().rstrip("."))
    if not m or not find_amounts(m.group("rest")) or not looks_like_org(key_owner(key)) \
            or exact_label_field(key) is not None or name_keyed_entry(key, value):
        return None
    if re.search(r"\b(?:får|fick|beviljas|beviljades|tilldelas)\b|(?<!\b(?:19|20)\d\d)(?<!\b(?:19|20)\d)\d$", m.group("name")):
        return None  # "Framtidens industri: Umeå universitet får 2,1 miljoner": the label names the project (a name may
        # end in a year: "Startup Åby 2040")
    return m.group("name").strip(QUOTE_OPEN + QUOTE_CLOSE + " "), m.group("rest")


# How far into an entry whose label is an organisation the project it runs must be named.
ORG_KEY_NAME_WITHIN = 40


def org_keyed_project(key: str, value: str) -> tuple[str, int] | None:
    """(name, offset in the value) of the project an entry labelled with its owner names in its text, when the
    text states money: "Åby kommun: I projektet Torget ska ... Stöd: 400 000 kr"."""
    from extractors.orgs import looks_like_org

    if not find_amounts(value) or exact_label_field(key) is not None or not looks_like_org(key):
        return None
    named = first_project_name(value)
    if named and named[1] <= ORG_KEY_NAME_WITHIN:
        return named
    sum_for = SUM_TO_NAME_RE.match(value)  # "Åby teater: 420 000 kronor till föreställningen Skogens barn, som ..."
    return (sum_for.group("name").strip(), sum_for.start("name")) if sum_for and not plainly_org(sum_for.group("name")) \
        else None


# An owner's entry that opens with its sum and goes on with what it is for, named ("420 000 kronor till Tryck i byn, en
# serie workshoppar", "... till föreställningen Skogens barn, som turnerar ..."): the name, up to the clause after it.
SUM_TO_NAME_RE = re.compile(rf"^(?P<sum>(?:drygt\s+|cirka\s+|knappt\s+)?\d[\d\s.,]*\s*(?:miljoner\s+|miljon\s+)?(?:kronor|kr|euro))\s+"
                            rf"(?:till|för)\s+(?:projektet\s+|{WORK_NOUN}\s+)?(?P<name>[{UPPER}{QUOTE_OPEN}][^,.;:]{{1,80}}?)"
                            rf"(?=\s*[,.;]|\s+som\b|$)")


DOT_ENTRY_RE = re.compile(r"^(?P<name>[^.]{2,80}?)\.\s+(?P<owner>[A-ZÅÄÖ][^.]{2,80}?)\.\s+(?P<rest>[^.]*\d[^.]*)\.?$")


VERB_FIRST_RE = re.compile(r"(?:Finansieras|Finansierades|Pågår|Pågick|Drivs|Leds|Ägs|Genomförs|Startar|Stöds|Beviljas|"
                           r"Avslutas|Löper)\b")


def dot_parts(text: str) -> list[str]:
    """"Namn. Ägare. 300 000 kr.": an entry's parts set off by full stops, the last one its sum."""
    m = DOT_ENTRY_RE.match(text.strip())
    if not m or not find_amounts(m.group("rest")) or find_amounts(m.group("owner")) or len(m.group("owner").split()) > 8 \
            or any(w.casefold() in STOP_WORDS and w.casefold() not in INNER_WORDS
                   for w in m.group("name").split()[1:] + m.group("owner").split()[1:]) \
            or any(VERB_FIRST_RE.match(m.group(part)) for part in ("name", "owner")):
        return []  # not sentences ("X vill bygga ... Projektets budget är 3,6 miljoner kronor. ...", "Finansieras av
        # X. Pågår 2039–2041. Budget N.": a panel's facts in short sentences)
    return [m.group("name").strip(), m.group("owner").strip(), m.group("rest").strip()]


def name_comma_owner(text: str) -> tuple[str, str] | None:
    """(name, owner) of a title "Kompetens i vården, Region Jämtland Härjedalen" (or "Namn – Åby AB"): the name,
    then who runs it."""
    parts = comma_parts(text.strip())
    if len(parts) != 2:
        parts = re.split(r"\s+[–—]\s+", text.strip())
    if len(parts) == 2 and (plainly_org(parts[1]) or is_named_org(parts[1])) and not plainly_org(parts[0]) \
            and not find_amounts(text) \
            and len(parts[0].split()) <= 8 and not is_headline(parts[0]) and not is_generic_heading(parts[0]):
        return parts[0], parts[1]  # (not "Ansökan om projektmedel – Region X": what the document is, and to whom)
    return None


# "Grovfoder i norr (2026–2028)": a project's title that carries its years in brackets.
TITLE_PERIOD_RE = re.compile(r"\s*\((?P<period>(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?)\)\s*$")


def title_name(text: str) -> str | None:
    """The project's name in a heading: "Medel till projektet ”X”" is X, "X – Ägare – belopp" is X,
    "Om X" is X, "X, Ägare" is X, "X (2026–2028)" is X."""
    years = TITLE_PERIOD_RE.search(text.strip())
    if years and years.start() > 0:
        return text.strip()[:years.start()]
    found = first_project_name(text)
    if found:
        return found[0]
    owned = name_comma_owner(text)
    if owned:
        return owned[0]
    m = ABOUT_RE.match(text.strip())
    if m:
        return m.group("name")
    parts = re.split(r"\s+[–—]\s+|\s+-\s+|\s*\|\s*|\t", text)
    if len(parts) >= 3:
        return parts[0].strip(QUOTE_OPEN + QUOTE_CLOSE + " ,;:")
    return None


# "Industrilabbet drivs av X kommun": a sentence whose subject is a name run by an organisation.
RUN_BY_SUBJECT_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^,.;:!?]{2,50}?)\s+(?:drivs|leds|ägs|samordnas|drevs|leddes)\s+"
                               r"(?:av|gemensamt av)\s+(?=[A-ZÅÄÖ])")
SUBJECT_NOT_NAME_RE = re.compile(rf"(?i)^(?:det|den|de|detta|denna|vi|arbetet|verksamheten|{PROJECT_NOUNS})\b")


def run_by_subject(text: str) -> tuple[str, int] | None:
    """(name, 0) of "X drivs av Y" at a text's start, when X is a name, not a pronoun or a project noun."""
    m = RUN_BY_SUBJECT_RE.match(text)
    if not m or SUBJECT_NOT_NAME_RE.match(m.group("name")) or gazetteer().lookup(m.group("name")) \
            or ORG_SUFFIX_RE.search(m.group("name")) or len(m.group("name").split()) > 6:
        return None
    return m.group("name"), 0


# "Jag är projektledare för X, som vi driver ...": the one who leads it names the project.
MANAGER_OF_RE = re.compile(r"\b(?:projektledare|projektansvarig|projektkoordinator|project manager)\s+(?:för|i|of)\s+"
                           r"(?:projektet\s+)?(?=[A-ZÅÄÖ0-9”\"«])")


def managed_name(text: str) -> tuple[str, int] | None:
    """(name, offset) of the project a manager is said to lead: "... och är projektledare för X, som ..."."""
    for m in MANAGER_OF_RE.finditer(text):
        name = _run_name(text, m.end())
        if name and not is_named_org(name):
            return name, m.end() + (1 if text[m.end()] in QUOTE_OPEN else 0)
    return None


def named_name(text: str) -> tuple[str, int] | None:
    """(name, offset) after a naming verb: "Det andra projektet har fått namnet X." """
    for m in NAMED_RE.finditer(text):
        if PERSON_NAMED_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Hej! Jag heter Johan och ...": a person introduces themself
        clause = RELATIVE_NAMING_RE.match(text, m.end()) if re.search(r",\s+som\s+(?:har\s+)?\S*\s*$", text[:m.start()]) \
            else None
        if clause and len(clause.group(1).split()) <= MAX_CLAUSE_NAME_WORDS:
            return clause.group(1), m.end()  # "Satsningen, som fått namnet Trampa på, ...": the name runs to the comma
        name = _run_name(text, m.end())
        if name:
            off = m.end() + (1 if text[m.end()] in QUOTE_OPEN else 0)
            return name, off
    return None


RELATIVE_NAMING_RE = re.compile(r"([A-ZÅÄÖ0-9][^,.;:”\"]{1,60}?),\s")
MAX_CLAUSE_NAME_WORDS = 6


# A heading that opens like a sentence ("Därför behövs X", "Så blir du deltagare i X") says something.
HEADLINE_OPENERS = {"därför", "så", "nu", "här", "varför", "hur", "vad", "när", "vem", "vilka", "det", "detta",
                    "därmed", "också", "även", "sedan", "snart"}


def is_headline(text: str) -> bool:
    """A news headline rather than a name: five words or more with a verb or a subordinate clause in them,
    or a few words that open like a sentence."""
    words = [w for w in text.split() if w not in ("–", "—", "-", "|")]  # a dash is no word of the headline
    if len(words) >= 3 and words[0].casefold() in HEADLINE_OPENERS or MANY_PROJECTS_RE.search(text):
        return True  # (or "Stöd till tre bredbandsprojekt": a headline of several projects, no one's name)
    if len(words) >= 3 and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:en|et|na)", words[0]) \
            and HEADLINE_VERB_RE.fullmatch(words[1]):
        return True  # "Regionen satsar på vätgas": a subject in its definite form, then its verb
    if len(words) < 5:
        return False
    return bool(HEADLINE_VERB_RE.search(text) or re.search(r"\b(när|att|då|eftersom|skulle|kommer)\b", text)
                or any(re.fullmatch(r"[a-zåäö]{4,}as", w) and not GAS_NOUN_RE.search(w) for w in words))


GAS_NOUN_RE = re.compile(r"[^gåäa]gas$")  # "vätgas", "biogas": a noun, where "byggas", "frågas" are passives


MANY_PROJECTS_RE = re.compile(r"(?i)\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|flera|många)\s+"
                              r"(?:[a-zåäö-]+\s+)?[a-zåäö-]*projekt\b")
# "Om Nästa Kliv": a section about the project, titled by its name.
ABOUT_RE = re.compile(r"^(?:Om|Mer om|Fakta om|About|(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?:frågor|saker)(?:\s+och\s+svar)?\s+om)\s+"
                      r"(?:projektet\s+)?(?P<name>[A-ZÅÄÖ0-9][^.!?:]{1,60})$")  # ("Fem frågor om X": an interview on X)
# "förbundets tidigare projekt Stegvis": a project named in passing.
EARLIER_RE = re.compile(r"(?i)\b(tidigare|förra|föregående|förra årets|ett annat|andra|avslutade|bygger (?:vidare )?på|"
                        r"exempel är|exempel på det är|till exempel|bland annat|såsom|for example|such as|"
                        r"(?:en )?fortsättning på|fortsätter|efterträder|kompletterar)\s+(?:\w+\s+)?$")
# "För tre år sedan fick den 50 000 kronor för projektet X", "I fjol ...": a sentence told of an earlier time.
PAST_TIME_RE = re.compile(r"^(?:för\s+(?:\w+\s+){1,2}sedan|förra året|i fjol|tidigare\s+(?:har|hade|fick)|"
                          r"år\s+(?:19|20)\d{2}\s+(?:fick|beviljades|drev))\b", re.IGNORECASE)


def told_as_past(text: str, at: int, name: str = "") -> bool:
    """The sentence of `text` that holds offset `at` opens with an earlier time, or says of the name that it was
    carried out ("Förstudien X, som genomfördes under 2025, ..."): what it names is done with."""
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    return bool(PAST_TIME_RE.match(text[start + 2 if start >= 0 else 0:])) \
        or bool(name) and bool(DONE_WITH_RE.match(text, at + len(name))) \
        or bool(name) and bool(DONE_BEFORE_RE.search(text[start + 2 if start >= 0 else 0:at]))


# "Föreningen har tidigare genomfört projektet X": an earlier one, done with.
DONE_BEFORE_RE = re.compile(r"\b(?:har|hade)\s+tidigare\s+(?:genomfört|drivit|lett|haft|gjort)\s+(?:\w+\s+)?"
                            r"(?:projektet|förstudien|satsningen)\s+$")


# "..., som genomfördes under 2025": a relative clause that tells the named project as finished.
DONE_WITH_RE = re.compile(r",?\s+som\s+(?:genomfördes|avslutades|pågick|slutfördes|har genomförts|har avslutats)\b")


GENERIC_HEADING_RE = re.compile(r"^(fakta|projektfakta|fakta om projektet|om projektet|om prosjektet|about the project|projektinformation|project facts|"
                                r"fact sheet|faktablad|projektblad|"
                                r"project info|kort om projektet|vårt arbete|så arbetar vi|våra satsningar|vår verksamhet|i korthet|projektet i korthet|projektet i siffror|sammanfattning|beskrivning|mer information|"
                                r"kontakt|kontaktuppgifter|läs mer|bakgrund|finansiering|projekt|projekten|nyhet|nyheter|nyheder|"
                                r"rss|aktuellt|start|startsida|meny|om oss|innehåll|projektbanken|projektdatabase?n?|projektregistret|"
                                r"projektkatalogen|project database|exempel|till exempel|forskning|forskningsprojekt|"
                                r"research|research projects?|eu projects?|projekt|project|projekter|prosjekter|samverkan|samarbeten|uppdrag|verksamhet|"
                                r"eu-?projekt|eu-projekt och samverkan|internationellt(?: arbete| samarbete)?|"
                                r"om (?:[a-zåäö]+(?:et|en|an))|"  # "Om universitetet": about the site's owner
                                r"våra projekt|pågående projekt|avslutade projekt|aktuella projekt|news|projects|"
                                r"our projects|press release|pressmeddelande|"
                                r"ett exempel|exempel på projekt|"
                                # the parts of a decision or a minute's item
                                r"beslut|förslag till beslut|beslutsunderlag|ärendebeskrivning|ärendet|bedömning|"
                                r"motivering|yrkanden?|propositionsordning|villkor|särskilda villkor|"
                                r"förvaltningens förslag( och motivering)?|"
                                r"protokollsutdrag|beslutet skickas till|finansieringsplan|syfte och mål|"
                                # a report's chapters
                                r"projektets [\wåäö ,]+|inledning( och sammanfattning)?|rekommendationer|slutsatser|"
                                r"resultat( och effekter)?|sammanfattning av [\wåäö ]+|bilagor?|referenser|"
                                r"ekonomi|ekonomisk (?:redovisning|uppföljning|översikt)|(?:kostnads)?budget(?: och finansiering)?|styrelsen|"
                                r"ordförande(?:n)? har ordet|verksamhetsberättelse(?: \d{4})?|årsredovisning(?: \d{4})?|"
                                r"del (?:ett|två|tre|fyra|\d+)\b.*|"
                                # a form's parts: "A. Uppgifter om stödmottagare", "1. Sökande", "2. Projektet"
                                r"(?:[a-h]\.\s+)?uppgifter om [\wåäö ]+|sökande|sökanden|projektet|kontaktperson(?:er)?|"
                                # what kind of document it is, over the name
                                r"projektplan|projektbeskrivning|projektansökan|ansökan( om [\wåäö ]+)?|slutrapport|"
                                r"lägesrapport|delrapport|verksamhetsplan|tjänsteskrivelse|delegationsbeslut|"
                                r"ordförandebeslut|protokoll|sammanträdesprotokoll|"
                                r"(?:medlemsbrev|nyhetsbrev|månadsbrev|informationsbrev)\b[^.!?]*|"  # "Medlemsbrev nr 3, mars 2032"
                                r"beslut om [\wåäö ]*(?:stöd|projektstöd|medel|bidrag|medfinansiering|finansiering)|"
                                r"(?:pågående|avslutade|beviljade|aktuella|nya|våra)(?: projekt)?|"
                                # a project's parts: "Arbetspaket 2: Pilotprojekt", "Work package 1"
                                rf"{PROJECT_PART_NOUNS}(?:\s+\d{{1,2}})?(?:\s*[:–-]\s*.+)?)\W*$",
                                re.IGNORECASE)


# The words of a municipality's or region's site sections ("Arbete och företagande", "Bygga, bo och miljö").
SITE_SECTION_WORDS = {"arbete", "arbeta", "jobb", "företagande", "företag", "näringsliv", "näringslivet", "utbildning", "förskola",
                      "skola", "barnomsorg", "omsorg", "stöd", "hjälp", "kultur", "fritid", "idrott", "bygga", "bo",
                      "boende", "miljö", "natur", "trafik", "gator", "infrastruktur", "kommun", "politik", "demokrati",
                      "påverkan", "hälsa", "vård", "socialt", "uppleva", "göra", "turism", "besöka", "utveckling",
                      "regional", "forskning", "innovation", "samhälle", "service", "organisation"}


UNIT_NOTE_RE = re.compile(r"(?i)\s*\((?:t?kr|kronor|tusen kronor|t?sek|msek|euro|t?eur|€)\)$")


def is_generic_heading(text: str) -> bool:
    """A heading any project's page has ("FAKTA", "Om projektet"), or a site's section ("Arbete och företagande"):
    it titles a section, not a project."""
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d])", "", text.strip())  # "1 Bakgrund", "2.1 Syfte"
    text = UNIT_NOTE_RE.sub("", text)  # "Finansieringsplan (kr)": a table's caption with the unit of its figures
    words = [w for w in re.split(r"[\s,&]+", text.casefold()) if w and w != "och"]
    return bool(GENERIC_HEADING_RE.match(text)) or bool(words) and all(w in SITE_SECTION_WORDS for w in words)


# Decision lists open each entry with its case number: "2012-3317 Bygdeförening X, org.nr 802466-0915,
# Namn Projektet avser ..." or, in a flattened table, "RD19/03118 X kommun Namn 900 000 850 000 2019-11-01".
# "Ansökan 2031-1201 från Åby IF: Ny plan. Sökt belopp ...": an application by its case, its applicant and its name.
APPLICATION_FROM_RE = re.compile(rf"^(?:(?:Ärende|Punkt)\s+\d{{1,3}}:\s+)?(?:Ansökan|Ärende)\s+(?:nr\s+)?(?P<case>[A-ZÅÄÖ]{{0,5}}\s?\d{{2,4}}(?:[-/][\w]+){{1,3}})\s+"
                                 rf"från\s+(?P<owner>[{UPPER}][^:]{{2,80}}?):\s+(?P<name>[{UPPER}0-9][^.:]{{1,80}}?)\.(?:\s|$)")
LABELLED_CASE_PREFIX_RE = re.compile(r"^(?:Ärendeid|Ärende-id|Ärendenummer|Diarienummer|Dnr|Journalnummer|Projektnummer)\.?:?\s+"
                            r"[A-ZÅÄÖ]{0,5}\s?\d[\d/-]{3,14}\s+[–—-]\s+(?=[A-ZÅÄÖ0-9”\"])")
CASE_LEAD_RE = re.compile(r"^(?:(?:Journalnummer|Journalnr|Diarienummer|Diarienr|Dnr|Jnr|Ärendenummer)\s+)?"
                          r"(?P<case>[A-ZÅÄÖ]{0,5}\s?\d{2,4}(?:[-/][\w]+){1,3}),?\s+(?=[A-ZÅÄÖ])")
# ("Journalnummer 2035-5511, Åby IF, ”Namn”": the case by its label, then the owner and the name)
ORGNR_PART_RE = re.compile(r"^\s*(?:org\.?\s?nr\.?|organisationsnummer)\s*:?\s*\d{6}-?\d{4}\s*,?\s*", re.IGNORECASE)
# Where an entry's title ends and its text begins.
ENTRY_TEXT_RE = re.compile(r"\s+(?=(?:Projektet|Förstudien|Syftet|Målet|Satsningen|Insatsen|LAG|Styrelsen|Nämnden|"
                           r"Utskottet|Sökande|Ansökan|Beslut)\b)|\s*[.;]\s|\s+\d[\d  ]*\d\s*(?:kr|kronor|euro|€)?\b|"
                           r"\s+\d{4}-\d{2}-\d{2}")


ORG_AND_ONE_NAME_RE = re.compile(r"^(?:Stiftelsen|Föreningen|Högskolan|Universitetet|Region|Regionförbundet|Länsstyrelsen|"
                         r"Samordningsförbundet|Kommunalförbundet|Hushållningssällskapet|Studieförbundet)\s+[A-ZÅÄÖ][\w-]+")


def case_entry(text: str) -> dict | None:
    """{"case", "owner", "orgnr", "name", "name_at"} of an entry that opens with its case number, else None.
    The owner comes first and ends at a comma, or where a known organisation's name ends."""
    applied = APPLICATION_FROM_RE.match(text)  # "Ansökan 2031-1201 från Åby IF: Ny plan. ..."
    if applied:
        return {"case": applied.group("case"), "owner": applied.group("owner").strip(), "orgnr": None,
                "name": applied.group("name").strip(), "name_at": applied.start("name")}
    m = CASE_LEAD_RE.match(text)
    if not m:
        return None
    pos = m.end()
    comma = text.find(",", pos)
    if 0 < comma - pos <= 80:
        owner = text[pos:comma].strip()
        pos = comma + 1
    else:
        from extractors.orgs import org_run
        run = org_run(text, pos)
        run = re.split(r"\s+[–—]\s+", run)[0] if run else run  # a dash separates the entry's parts
        if run and not ORG_SUFFIX_RE.search(run) and gazetteer().lookup(run) is None:
            lead = ORG_AND_ONE_NAME_RE.match(run)  # "Stiftelsen Teknikdalen Industriell symbios": the noun and one name
            run = lead.group(0) if lead else None
        if not run:
            return None
        owner = run
        pos += len(owner)
    orgnr = ORGNR_PART_RE.match(text[pos:])
    orgnr_text = None
    if orgnr:
        digits = re.search(r"\d{6}-?\d{4}", orgnr.group(0))
        orgnr_text = digits.group(0) if digits else None
        pos += orgnr.end()
    dashed = re.match(r"\s*[–—-]\s+", text[pos:])  # "RUN 2025/412 Ägare – Namn – 750 000 kr – 2026"
    pos += dashed.end() if dashed else 0
    while pos < len(text) and text[pos] == " ":
        pos += 1
    quoted = re.match(rf"[{QUOTE_OPEN}]([^{QUOTE_CLOSE}]{{2,100}})[{QUOTE_CLOSE}]", text[pos:])
    end = ENTRY_TEXT_RE.search(text, pos)
    name = quoted.group(1) if quoted else text[pos: end.start() if end else len(text)]  # (a quoted name whole)
    name = (re.split(r"\s+[–—]\s+", name, maxsplit=1)[0] if dashed else name).strip(" ,.;:–—" + QUOTE_OPEN + QUOTE_CLOSE)
    if not name or not re.match(rf"[{UPPER}0-9]", name) or len(name.split()) > MAX_NAME_WORDS or find_amounts(name):
        return None
    return {"case": m.group("case"), "owner": owner, "orgnr": orgnr_text, "name": name, "name_at": text.find(name, pos)}


# A name longer than this, given after a label, ran on into the text that follows it.
MAX_LABELLED_NAME_WORDS = 12


NAME_THEN_SENTENCE_RE = re.compile(r"(?<=[\w)])\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]+\s)")


def labelled_name(value: str) -> str:
    """The name a label gives, cut where a flattened form runs on into the next heading or sentence:
    "Fäbodar utan gränser Beslut om EU-medel Länsstyrelsen ..." is "Fäbodar utan gränser"."""
    words = value.split()
    if len(words) <= MAX_LABELLED_NAME_WORDS:
        return value
    sentence = NAME_THEN_SENTENCE_RE.search(value)
    if sentence and len(value[:sentence.start()].split()) <= MAX_LABELLED_NAME_WORDS:
        # "Bedrock Heat Bank. The project is funded by ...": the name, then the text about it
        return value[:sentence.start()]
    for i in range(1, len(words)):
        word = words[i].strip(",.;:")
        if not word[:1].isupper():
            continue
        following = " ".join(words[i:i + 3])
        if is_generic_heading(word) or is_generic_heading(" ".join(words[i:i + 2])) \
                or gazetteer().known_at(following, 0) or re.match(r"[A-ZÅÄÖ][a-zåäö]+\s+(?:om|till|för)\s", following):
            return " ".join(words[:i]).rstrip(",;:")
    m = re.search(r"[.;:]\s", value)
    return value[: m.start()] if m else " ".join(words[:MAX_LABELLED_NAME_WORDS])
