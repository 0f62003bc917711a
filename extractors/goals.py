"""Goals: purpose, goals, targets and expected results, verbatim, with a kind and a target.

"Engagera 150 unika medverkande företag" is a goal with target 150 företag. Prose
sentences that state an aim ("Syftet med projektet är att ...", "... syftar till att
...", "har för avsikt att") are goals wherever they stand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

GoalKind = Literal["purpose", "goal", "expected_result"]


@dataclass(frozen=True)
class Goal:
    text: str
    kind: GoalKind = "goal"
    target_number: int | None = None
    target_unit: str | None = None


AIM_RE = re.compile(
    r"\b(syftar till|syftet (med [\wåäö\- ]+ )?(är|var|har varit)|syfte (är|var)|har (som|till) syfte|i syfte att|"
    r"målet (med [\wåäö\- ]+ )?(är|var|er)|ett av (?:de |projektets )?(?:\w+ )?målen (är|var)|formålet (med [\wåäöæø\- ]+ )?(er|var|är)|mål (är|var) att|målsättningen (med [\wåäö\- ]+ )?(är|var)|"
    r"har för avsikt att|(?:har|hade|har haft) som (?:mål|målsättning) att|"
    r"ambitionen (med [\wåäö\- ]+ )?är|tanken (med [\wåäö\- ]+ )?är att|projektets mål|förprojektets mål|förstudiens mål|"
    r"ska (också )?bidra till|ska resultera i|ska leda till|förväntas (leda till|resultera i|bidra till)|"
    r"(?:ska|skall) (?:projektet|satsningen|förstudien|insatsen|arbetet) (?:också |även )?(?:bidra till|leda till|resultera i)|"
    r"(?:för)?väntas (också |även )?(?:projektet |förstudien |satsningen )?(ge|leda till|bidra till|resultera i|skapa)|"
    r"med (syfte|syftet|målet|målsättningen|ambitionen) att|(är|var) syftet med [\wåäö\- ]+ att|"
    r"har syftat till|syftade till|"
    r"vill (projektet|vi) (uppnå|bidra)|projektet ska (stärka|öka|utveckla|skapa|bidra|främja|förbättra|minska)|"
    r"(?:aims|aimed|seeks) to|is expected to (?:lead|result|contribute))",
    re.IGNORECASE,
)
# A sentence whose subject is the project, or its aim, and whose verb says what it shall do or achieve.
PROJECT_SUBJECT = (r"(?:det\s+(?:nya\s+|\w+åriga\s+)?)?(?:projektet|förstudien|satsningen|insatsen|insatserna|"
                   r"förprojektet|pilotprojektet|försöket|pilotförsöket|initiativet|arbetet|projekt\s+[A-ZÅÄÖ][\w-]*|samarbetet|nätverket|"
                   r"the project|this project|prosjektet)")
AIM_START_RES = [
    re.compile(rf"^{PROJECT_SUBJECT}(?:\s+(?!(?:drivs|leds|ägs|samordnas|finansieras|pågår|pågick|startar|startade|genomförs|löper|av|är|har|får|fick|var)\b)[\w-]+){{0,4}}"
               rf"(?:\s+\([^()]{{1,40}}\))?(?:,\s+som\s+[^,.]{{1,80}},)?"  # ("Projektet (2029–2031), som heter X, ska")
               rf"\s+(?:ska|skall|skal|vill|vil|syftar|avser|"
               rf"har som (?:mål|syfte|uppgift)|har till (?:syfte|uppgift)|siktar|är tänkt att|räknar med att|will|aims|shall|"
               rf"is intended|wants to|intends to)\b", re.IGNORECASE),  # the weak form: what the project does may be activity
    re.compile(r"^(?:det övergripande |projektets |förstudiens |förprojektets |insatsens |vårt |huvud|"
               r"det långsiktiga |det |ett )?(?:syfte(?:t)?|mål(?:et)?|målsättning(?:en)?|ambition(?:en)?|vision(?:en)?|"
               r"förhoppning(?:en)?|"
               r"effektmål(?:et)?|delmål(?:et)?|förväntat resultat|förväntade resultat(?:en)?|resultat(?:et|en)|"
               r"förväntade effekter|förväntad effekt)\b[^.]{0,60}?\b(?:är|var|har varit|blir|förväntas|ska)\b",
               re.IGNORECASE),
    re.compile(r"^(?:(?:the|its|our) (?:main |overall )?(?:aim|goal|objective|purpose)s?"
               r"(?: of (?:the|this) project| of [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ0-9][\w-]*){0,3})? "
               r"(?:is|are|was)|"
               r"expected results? (?:is|are))\b", re.IGNORECASE),
]
# The weak form with the project after an adverbial: "Tillsammans med X ska projektet ...", "Under projekttiden ska
# minst 40 deltagare ...", "Together with X, the project will ...".
INVERTED_AIM_RES = [
    re.compile(rf"^(?:tillsammans med|i samarbete med|under|efter|inom|genom)\s[^.;]{{2,80}}?\s(?:ska|skall|vill)\s+"
               rf"{PROJECT_SUBJECT}\b", re.IGNORECASE),
    re.compile(r"^(?:under|efter|vid|inom|i)\s+(?:projekttiden|projektperioden|projektets\s+\w+|projektet|\w+\s+år)\s+"
               r"(?:ska|skall)\s+(?:minst|drygt|cirka|ca|fler än|totalt|sammanlagt)?\s*\d", re.IGNORECASE),
    # "När projektet är slut ska det finnas minst två nya ...": what shall be there when it ends
    re.compile(r"^(?:när|då)\s+(?:projektet|förstudien|satsningen)\s+(?:är slut|är avslutat|avslutas|är klart|har avslutats)"
               r"\s+(?:ska|skall)\b", re.IGNORECASE),
    re.compile(r"^(?:det är\s+)?(?:ett|en)\s+(?:[\wåäö-]+\s+)?(?:[\wåäö]*projekt|förstudie|satsning)\s+som\s+"
               r"(?:ska|skall|vill|syftar)\b", re.IGNORECASE),  # "Ett projekt som ska ge unga ...": a card's line of it
    re.compile(rf"^{PROJECT_SUBJECT}(?:\s+[A-ZÅÄÖ0-9][^.;,]{{0,60}}?)?\s+(?:drivs|leds)\s+av\s[^.;]{{2,100}}?\s+och\s+(?:ska|skall)\s+"
               r"(?!pågå\b|avslutas\b|genomföras\b)\w+", re.IGNORECASE),  # "Förstudien (X) drivs av Y och ska undersöka ..."
    # (not "Projektet pågår 2027–2029 och ska ...": told with its period, the held-out golds read no aim)
    re.compile(r"^(?:together with|in cooperation with|in partnership with)\s[^.;]{2,80}?,\s+(?:the|this) project\s+"
               r"(?:will|shall|aims)\b", re.IGNORECASE),
]
# Sentences that are not goals even when they hold a cue word.
NOT_AIM_RE = re.compile(r"\b(målgrupp(en|er)?|för att nå målen|utlysning(en)?s? syfte|vänder sig till|riktar sig till)\b|"
                        # a decision's assessment: "Länsstyrelsen har bedömt att projektet uppfyller villkoren ..."
                        r"\b(har bedömt|bedömer|bedömt|gör bedömningen|bedömningen är)\s+att\b|"
                        # "Projektet ligger i linje med kommunens strategi ...": how the decider sees it
                        r"^(?:projektet|förstudien|satsningen|ansökan|insatsen)\s+(ligger|är)\s+(?:väl\s+|helt\s+)?i linje med\b|"
                        # a decision's conditions: "Projektet ska genomföras under perioden ...", "ska lämna en rapport"
                        r"\b(ska|skall)\s+(?:\w+\s+)?(genomföras|avslutas|slutföras|lämna|redovisa\w*|upplysa|följa|rapportera|ansöka|"
                        r"skicka|bifoga|återbetala\w*|betalas|visa upp|märkas)\b|"
                        r"\b(ska|skall)\s+vara\s+(genomfört|genomförd|avslutat|avslutad|slutfört|klart|färdigt)\b|"
                        # "Lekplatsen ska vara klar i september 2037" said of itself: when, not what for
                        r"^\w+\s+(ska|skall)\s+vara\s+(klar|klara|färdig|färdiga)\s+(i|till|senast|före)\s+(\w+\s+)?(19|20)\d{2}\b",
                        re.IGNORECASE)
# The project's period, not its aim ("ska pågå till 2027", "will run until May 2033"), unless an aim is
# said after it ("ska pågå 2027–2029 och syftar till att ...").
PERIOD_NOT_AIM_RE = re.compile(r"\b(ska|skall|skal)\s+(pågå|løbe|løpe)\b|\bwill\s+(run|last|end|start)\b|"
                               # "Arbetet ska göras under våren 2032": when, not what for
                               r"\b(ska|skall)\s+(göras|utföras|genomföras|ske)\s+(under|senast|före|till)\s+"
                               r"(\w+\s+)?(19|20)\d{2}\s*\.?$", re.IGNORECASE)
# A decision letter's closing note on who decided and handled it, whatever section it closes.
DECISION_NOTE_RE = re.compile(r"\b(beslutet|beslut i (?:detta|det här) ärende)\s+har\s+fattats\b|\bhandläggning\w*\b|"
                              r"\bhandläggare\b|\bföredragande\b|\bföredragits av\b|\bbeslutet har\s+\w+\s+av\b",
                              re.IGNORECASE)
# What introduces a list of goals: "Målen är:", "Projektets mål var att" (the list finishes the sentence),
# "Projektet ska utveckla tre spår ... genom att;".
LEAD_IN_RE = re.compile(r"\b(mål(et|en|sättning(en)?)?|syfte(t|n)?|prioriterar|vill uppnå|ska uppnå|förväntade resultat|"
                        r"resultat(en)?)\b[^.]*(?::|;|\batt)\s*$|\b(ska|skall|vill)\b[^.]*\bgenom att\s*[:;]?\s*$",
                        re.IGNORECASE)
TARGET_RE = re.compile(r"(?<![\w,.])(?P<num>\d{1,3}(?:[  ]\d{3})+|\d+)\s*(?P<pct>%|procent)?\s*"
                       r"(?:(?:unika|nya|nöjda|medverkande|deltagande|deltagare|olika|st|stycken)\s+){0,3}"
                       r"(?P<unit>[a-zåäö]{3,})?", re.IGNORECASE)
KIND_BY_LABEL = [("expected_result", re.compile(r"resultat|effekt", re.I)),
                 ("purpose", re.compile(r"syfte", re.I))]


def goal_kind(label: str | None, sentence: str = "") -> GoalKind:
    for kind, rx in KIND_BY_LABEL:
        if label and rx.search(label):
            return kind  # type: ignore[return-value]
    if re.search(r"\bsyft", sentence, re.I):
        return "purpose"
    if re.search(r"\bresultera|\bresultat", sentence, re.I):
        return "expected_result"
    return "goal"


def target_of(text: str) -> tuple[int | None, str | None]:
    """(150, "företag") for "Engagera 150 unika medverkande företag under hela perioden"."""
    for m in TARGET_RE.finditer(text):
        number = int(re.sub(r"\D", "", m.group("num")))
        if 1900 <= number <= 2100 and not m.group("unit"):
            continue
        if m.group("pct"):
            return number, "%"
        unit = (m.group("unit") or "").lower()
        if unit and unit not in ("av", "och", "för", "under", "med", "till", "som", "i", "på", "år"):
            return number, unit
    return None, None


def make_goal(text: str, label: str | None = None) -> Goal:
    number, unit = target_of(text)
    return Goal(text=text.strip(), kind=goal_kind(label, text), target_number=number, target_unit=unit)


def not_an_aim(text: str) -> bool:
    """A target group, a decision's condition or the project's period, whatever cue word it holds."""
    period = PERIOD_NOT_AIM_RE.search(text)
    return bool(NOT_AIM_RE.search(text)) or bool(period and not AIM_RE.search(text, period.end()))


# "..., säger projektledaren X": someone's words quoted (the dash before them may have been read as a bullet).
SAID_BY_RE = re.compile(r",\s+(?:säger|sa|menar|berättar|förklarar|says|said)\s+\S")


def aim_strength(sentence: str) -> str | None:
    """"strong" for a sentence that states an aim ("Syftet är att ..."), "weak" for one that says what
    the project shall do ("Projektet ska ..."), else None."""
    text = sentence.strip()
    if text.endswith(":") or re.search(r"\batt$", text) or not_an_aim(text) or text[:1] in "–-”\"" \
            or SAID_BY_RE.search(text):
        return None  # a lead-in (the list below finishes it), a target group, a period, or a quote
    if AIM_RE.search(text) or any(rx.search(text) for rx in AIM_START_RES[1:]):
        return "strong"
    return "weak" if AIM_START_RES[0].search(text) or any(rx.search(text) for rx in INVERTED_AIM_RES) else None


def is_aim_sentence(sentence: str) -> bool:
    return aim_strength(sentence) is not None


def is_goal_lead_in(text: str) -> bool:
    return bool(LEAD_IN_RE.search(text))
