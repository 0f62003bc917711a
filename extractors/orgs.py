"""Organisations: the gazetteer, name normalisation, and splitting lists of names.

"Region Örebro län" and "Region Örebro" are one organisation; "Uddevalla, Tanum och
Bengtsfors kommuner" are three.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.lang_sv import NUMBER_WORDS, read_tsv

OrgKind = str  # kommun, region, myndighet, kommunalförbund, företag, ideell förening, eu-fond, eu-program, ...

FILLER = {"kommun", "kommuns", "län", "läns", "ab", "publ", "stad", "the"}
# What makes an organisation of a name even mid-name ("Norsk institutt for vannforskning", "University of X").
ORG_WORD_INSIDE_RE = re.compile(r"\b(institutt|institute|university|universitetet|yliopisto|ammattikorkeakoulu|"
                                r"høgskole|högskolan|hogskole|fylkeskommune|kommune|municipality|council|agency|senter|centre|center)\b",
                                re.IGNORECASE)
ORG_SUFFIX_RE = re.compile(
    r"(kommun|kommuner|kommunalförbund|kommunförbund|region|regionen|förbund|förening|föreningen|universitet|"
    r"högskola|högskolan|stiftelse|stiftelsen|ab|hb|kb|ek\. ?för\.?|ekonomisk förening|myndighet|verket|"
    r"länsstyrelse|länsstyrelsen|kammare|kammaren|institut|institutet|akademi|akademin|rådet|centrum|"
    r"företagarna|kluster|cluster|samordningsförbund|folkhögskola|gymnasium|arbetsförmedlingen|landsting|"
    r"landstinget|sällskap|sällskapet|kommune|fylkeskommune|kunta|kaupunki|stad|byaråd|bygderåd|fiskeråd|vattenråd|ungdomsråd|pensionärsråd|byalag|bygdelag|sjukhus|sjukhuset|lasarett|lasarettet|"
    r"fiskevårdsområde|samfällighet|församling|församlingen|klubb|klubben|museum|museet|"
    r"forbund|forbundet|forening|foreningen|"  # (Norwegian and Danish: "Norges jeger- og fiskerforbund")
    r"(?<=\s)(?:university|college|institute|agency|foundation|association|oy|oyj|as|asa|iks|gmbh|ltd))$",  # (English,
    # Finnish, Norwegian and German names: a word of their own; "IKS", a Norwegian inter-municipal company)
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OrgInfo:
    name: str
    kind: OrgKind
    kommunkod: str | None = None
    canonical: str | None = None
    lanskod: str | None = None
    """The län a kommun or region lies in (the first two digits of a kommunkod)."""


@lru_cache(maxsize=32768)  # every rule folds the same names again
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"'”“’«»]", "", text)
    return " ".join(re.sub(r"[^\w%+]+", " ", text).split())


def normalise_org(name: str) -> str:
    """The identity key of an organisation name: case-folded, filler words dropped."""
    return " ".join(w for w in fold(name).split() if w not in FILLER)


def genitive(name: str) -> str:
    """"Arjeplogs" of "Arjeplog", as a municipality's name is written before "kommun"."""
    return name if name.endswith(("s", "x", "z")) else name + "s"


def municipality_name(place: str) -> str:
    """"Markaryds kommun", "Ljungby kommun": a municipality's name takes the genitive after a consonant only."""
    return f"{place} kommun" if place[-1:].lower() in "aeiouyåäö" else f"{genitive(place)} kommun"


class Gazetteer:
    """Known organisations, funds and places, looked up by folded name."""

    def __init__(self) -> None:
        self.by_key: dict[str, OrgInfo] = {}
        self.places: set[str] = set()
        self.nuts3: dict[str, str] = {}
        self.lan_names: dict[str, str] = {}
        """länskod → NUTS-3 code (SE110 Stockholms län …), for the list of operations."""
        for code, name in read_tsv("municipalities.tsv"):
            info = OrgInfo(f"{name} kommun", "kommun", code, lanskod=code[:2])
            for form in (name, f"{name} kommun", f"{genitive(name)} kommun", f"{genitive(name)} stad",
                         f"{name} stad"):
                self.by_key.setdefault(fold(form), info)
            self.places.add(fold(name))
        for code, lan, region, short, _nuts2, nuts3 in read_tsv("regions.tsv"):
            self.nuts3[code] = nuts3
            self.lan_names[code] = lan
            info = OrgInfo(region, "region", None, lanskod=code)
            for form in (region, f"Region {short}", f"Regionen {short}", f"{short}s läns landsting", f"Landstinget {short}"):
                self.by_key[fold(form)] = info
            self.by_key.setdefault(fold(lan), OrgInfo(lan, "län", lanskod=code))
            self.places.update({fold(short), fold(lan), fold(short.rstrip("s"))})
        for row in read_tsv("authorities.tsv") + read_tsv("associations.tsv"):
            name, kind = row[0], row[1]
            aliases = [a for a in (row[2].split(",") if len(row) > 2 else []) if a.strip()]
            info = OrgInfo(name, kind)
            for form in [name, *aliases]:
                self.by_key[fold(form)] = info
        for row in read_tsv("kommunalforbund.txt"):
            self.by_key.setdefault(fold(row[0]), OrgInfo(row[0], "kommunalförbund"))
        for variant, canonical, kind in read_tsv("funds.tsv"):
            self.by_key.setdefault(fold(variant), OrgInfo(variant, kind, canonical=canonical))
        for row in read_tsv("places.txt"):
            self.places.add(fold(row[0]))
        self._pattern = self._compile()

    def _compile(self) -> re.Pattern:
        names = sorted({info.name for info in self.by_key.values()} | self._surface_forms(), key=len, reverse=True)
        # ("Interreg Sverige–Norge" written with a dash for the hyphen)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n).replace(r"\-", "[-–]") for n in names) + r")(?![\w-])")

    def _surface_forms(self) -> set[str]:
        forms = set()
        for _code, name in read_tsv("municipalities.tsv"):
            forms.update({f"{name} kommun", f"{genitive(name)} kommun", f"{genitive(name)} stad"})
        for _code, lan, region, short, *_ in read_tsv("regions.tsv"):
            forms.update({region, f"Region {short}", lan})
        for variant, _canonical, _kind in read_tsv("funds.tsv"):
            if len(variant) > 3 or variant.isupper():
                forms.add(variant)
        for row in read_tsv("authorities.tsv") + read_tsv("associations.tsv"):
            forms.add(row[0])
            forms.update(a for a in (row[2].split(",") if len(row) > 2 else []) if len(a) > 3)
        forms.update(row[0] for row in read_tsv("kommunalforbund.txt"))
        return forms

    def lan_for(self, name: str) -> str | None:
        """The län a kommun, region or län lies in ("Kronobergs län"); None for anything else."""
        info = self.lookup(name)
        return self.lan_names.get(info.lanskod) if info and info.lanskod else None

    def nuts_for(self, name: str) -> str | None:
        """The NUTS-3 code of the län a kommun, region or län lies in; None for anything else."""
        info = self.lookup(name)
        return self.nuts3.get(info.lanskod) if info and info.lanskod else None

    def lookup(self, name: str) -> OrgInfo | None:
        key = fold(name)
        return self.by_key.get(key) or self.by_key.get(" ".join(w for w in key.split() if w not in ("kommun", "kommuns")))

    def is_place(self, name: str) -> bool:
        return fold(name) in self.places

    def is_municipality(self, name: str) -> bool:
        info = self.lookup(name)
        return bool(info and info.kind == "kommun")

    def known_at(self, text: str, pos: int) -> str | None:
        """The longest known name that starts exactly at `pos` ("Europeiska socialfonden" in
        "från Europeiska socialfonden och ...")."""
        m = self._pattern.match(text, pos)
        return m.group(1) if m else None

    def mentions(self, text: str) -> list[tuple[str, int, int]]:
        """Known organisation and fund names in running text (remembered: each rule asks of the same text)."""
        return list(self._mentions(text))

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer per process, kept for the process's life
    def _mentions(self, text: str) -> tuple[tuple[str, int, int], ...]:
        return tuple((m.group(1), m.start(1), m.end(1)) for m in self._pattern.finditer(text))

    def patterns(self) -> list[dict]:
        """Entity-ruler patterns (label ORG or FUND) for the spaCy pipeline."""
        out = []
        for form in sorted(self._surface_forms()):
            info = self.lookup(form)
            label = "FUND" if info and info.kind.startswith(("eu", "fond", "program")) else "ORG"
            out.append({"label": label, "pattern": form, "id": (info.canonical or info.name) if info else form})
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


LIST_SPLIT_RE = re.compile(r"\s*(?:(?<!-),|;|\s&\s|\s\+\s|(?<!-)\s+och\s+|(?<!-)\s+samt\s+|\s+og\s+|\n)\s*")  # "og": Danish, Norwegian
PLURAL_SUFFIX_RE = re.compile(r"\s+(kommuner|kommunerna|regioner|regionerna)$")  # ("Sveriges Kommuner & Regioner" is a name)


# What a municipal utility company supplies, as its name says ("Vatten och Avfall", "Energi och Miljö").
UTILITY_WORDS = r"(?:Vatten|Avfall|Energi|Miljö|Renhållning|Fjärrvärme|Elnät|Återvinning|Teknik|Kretslopp)"
UTILITY_PAIR_RE = re.compile(rf"\b({UTILITY_WORDS}) och ({UTILITY_WORDS})\b")


LEADER_LANDSCAPE_RE = re.compile(r"\bLeader\s+[A-ZÅÄÖ][a-zåäö]+(?:,\s+[a-zåäö]+(?<!en|et|na))*\s+och\s+[a-zåäö]+(?<!en|et|na)\b")


def split_org_list(text: str) -> list[str]:
    """Names in a list: "A, B och C kommuner" gives "A kommun", "B kommun", "C kommun"."""
    text = text.strip().rstrip(".,;: ")
    protected: dict[str, str] = {}
    for i, (name, _s, _e) in enumerate(sorted(gazetteer().mentions(text), key=lambda m: -len(m[0]))):
        if " och " in name or "," in name:
            token = f"\u0000{i}\u0000"
            protected[token] = name
            text = text.replace(name, token)
    # "Leader Sjö, skog och fjäll": a Leader area named by its landscape's common nouns is one name
    text = LEADER_LANDSCAPE_RE.sub(lambda m: m.group(0).replace(", ", "\u0002\u0001").replace(" och ", "\u0001och\u0001"), text)
    text = re.sub(r"(\w-) (och|eller|og) ", "\\1\u0001\\2\u0001", text)  # "Vård- och omsorgscollege" is one name (Norwegian "og")
    text = re.sub(r"(?<=[a-zåäö]) & (?=[A-ZÅÄÖ][\wåäö]*(?: [A-ZÅÄÖ][\wåäö]*)* (?:AB|HB|KB)\b)", "\u0001&\u0001", text)
    # "Åby Vatten och Avfall AB": a utility company's name joins what it supplies with "och"
    text = UTILITY_PAIR_RE.sub(lambda m: f"{m.group(1)}\u0001och\u0001{m.group(2)}", text)
    # "Falu Energi & Vatten AB" is one company; so is "Falu Energi & Vatten", "Ålands natur & miljö": one word after
    # the "&" that names no place joins two words of one name ("Åby & Öby" are two)
    text = re.sub(r"(?<=[\wåäö]) & (?=([\wåäö]+)(?:$|[,;]|\s+och\s))",
                  lambda m: m.group(0) if gazetteer().is_place(m.group(1)) or gazetteer().is_municipality(m.group(1))
                  else "\u0001&\u0001", text)
    # "Årjängs kommun Eda kommun Torsby kommun": a table's cells run together, each name ends in its kind
    text = re.sub(r"\b([Kk]ommune?|[Ss]tad)\s+(?=[A-ZÅÄÖ])", r"\1, ", text)
    if "," in text:  # "A, B and the C": an English enumeration ends in "and" ("Science and Technology" alone stays)
        text = re.sub(r",?\s+and\s+(?:the\s+)?(?=[A-ZÅÄÖ])", ", ", text)
    parts = [p.strip(" .").replace("\u0001", " ").replace("\u0002", ",") for p in LIST_SPLIT_RE.split(text) if p and p.strip(" .")]
    parts = [p[4:] if p.startswith("the ") and p[4:5].isupper() else p for p in parts]
    parts = [without_country(protected.get(p, p)) for p in parts]
    for token, name in protected.items():
        parts = [p.replace(token, name) for p in parts]
    if parts:
        m = PLURAL_SUFFIX_RE.search(parts[-1])
        if m:
            singular = "kommun" if m.group(1).lower().startswith("kommun") else "region"
            parts[-1] = parts[-1][: m.start()]
            parts = [_with_suffix(p, singular) for p in parts]
    return [p for p in parts if p and len(p) > 1 and p.lower() not in ("m.fl", "med flera", "flera", "m fl")]


def _with_suffix(part: str, singular: str) -> str:
    """"Tanum" in "Tanum och Bengtsfors kommuner" is Tanum kommun; "Kunskapsförbundet Väst" stays itself."""
    genitive = part.endswith("s") and gazetteer().is_municipality(part[:-1])  # "Markaryds" in "Ljungby och Markaryds kommuner"
    if ORG_SUFFIX_RE.search(part) or not (gazetteer().is_municipality(part) or gazetteer().is_place(part) or genitive):
        return part
    return f"{part} kommun" if singular == "kommun" else f"Region {part}"  # (as written: "Markaryds kommun")


# One definite noun is a reference back ("Förbundet", "Kommunen"), not a name.
GENERIC_ORG_WORDS = {"förbundet", "kommunen", "regionen", "föreningen", "nämnden", "styrelsen", "länsstyrelsen",
                     "universitetet", "högskolan", "myndigheten", "bolaget", "företaget", "stiftelsen", "organisationen",
                     "partnerskapet", "projektägaren", "sökanden", "stödmottagaren", "staden", "landstinget",
                     "företagen", "bolagen", "universiteten", "lärosätena"}  # ("Företagen bidrar med ...": those named)
NOT_ORG_FIRST_WORDS = {"alla", "samtliga", "övriga", "flera", "olika", "andra", "inga", "många", "de", "det", "den",
                       "vi", "vår", "våra", "ej", "inte", "icke", "projektet", "projekten", "förstudien", "syftet", "målet", "målgruppen",
                       "deltagande", "medverkande", "berörda", "intresserade", "fler", "nya",
                       # times of year, not organisations ("Läsåret 2024/25 får 0,8 procent ...")
                       "läsåret", "året", "hösten", "våren", "sommaren", "vintern", "terminen", "perioden", "månaden",
                       # sums and summaries opening a sentence ("Sammanlagt beviljades 2,9 miljarder")
                       "sammanlagt", "totalt", "sammantaget", "därmed", "dessutom", "samtidigt", "därutöver",
                       # a person by title ("led by Professor Eva Ek"), or researchers at a place
                       "professor", "professorn", "docent", "doktor", "dr", "lektor", "universitetslektor", "forskaren",
                       "forskarna", "researcher", "researchers",
                       # months ("runs from April 2026 to March 2030")
                       *(m.casefold() for m in ("January", "February", "March", "April", "May", "June", "July",
                                                 "August", "September", "October", "November", "December",
                                                 "januari", "februari", "mars", "juni", "juli", "augusti", "oktober"))}


def is_named_org(name: str) -> bool:
    """An organisation by its name alone: a known one, or one whose name ends in what it is ("... förening")."""
    return gazetteer().lookup(name) is not None or bool(ORG_SUFFIX_RE.search(name.split(" i ")[0])) \
        or bool(ORG_LEAD_RE.match(name)) or bool(SPORTS_CLUB_RE.match(name)) or branch_of(name) is not None \
        or bool(PLACE_COMPANY_RE.fullmatch(name))


def is_scheme(name: str) -> bool:
    """A national scheme of grants, known by its own name ("Klimatklivet"): an authority's programme, not a body."""
    info = gazetteer().lookup(name)
    return info is not None and info.kind == "program"


# "Waxholmsbolaget", "Gotlandsbolaget": a company named by its place and the word for company, in one.
PLACE_COMPANY_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}sbolaget")


# A sports club by the letters of its kind, after or before its place: "Åby IK", "Öby GoIF", "IFK Exempelby".
CLUB_LETTERS = r"IK|IF|IFK|AIK|GIF|GoIF|BK|FF|FK|SK|HC|HK|IBK|BTK|OK|FBC|BoIS"
SPORTS_CLUB_RE = re.compile(rf"^(?:[A-ZÅÄÖ][\wåäö-]+\s+){{1,2}}(?:{CLUB_LETTERS})$|^(?:IFK|AIK|IK|IF|BK)\s+[A-ZÅÄÖ][\wåäö-]+$")


BRANCHED = ("ideell förening", "studieförbund", "organisation")  # kinds of national bodies with local branches


def branch_of(name: str) -> str | None:
    """The national association whose local branch the name is, by the place after it: "Friluftsfrämjandet
    Sundsvall", "ABF Gävleborg", "Svenska kyrkan i Lund"."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        info = gazetteer().lookup(" ".join(words[:n]))
        rest = words[n:][1:] if words[n] == "i" else words[n:]
        if info is not None and info.kind in BRANCHED \
                and 0 < len(rest) <= 2 and all(w[:1].isupper() or w == "län" for w in rest):  # ("... Jämtlands län")
            return info.name
    return None


# "Föreningen Mälardalens Kulturarv", "Stiftelsen Teknikdalen": the organisation's kind first.
ORG_LEAD_RE = re.compile(r"^(Föreningen|Stiftelsen|Region|Regionförbundet|Länsstyrelsen|Samordningsförbundet|"
                         r"Kommunalförbundet|Hushållningssällskapet|Studieförbundet|Högskolan|Universitetet|"
                         r"Byalaget|Bygderådet|Byarådet|Kollektivet|Kooperativet|Nätverket|Ensemblen|Kompaniet|"
                         r"Aktionsgruppen|"  # a Leader group in Finland
                         r"[A-ZÅÄÖ][a-zåäö]+(?:föreningen|förbundet|sällskapet|stiftelsen))\s+[A-ZÅÄÖ]|"  # "Kulturföreningen X"
                         r"^Folkets (?:Hus|Park|hus|park)\b|"  # a Folkets Hus association, by its place
                         r"^(?:University|City|Municipality|County) of [A-ZÅÄÖ]")  # "University of Gdańsk"


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in read_tsv("countries.txt"))


def is_country(name: str) -> bool:
    return fold(name) in _countries()


COUNTRY_AFTER_RE = re.compile(r"(?:,\s+|\s*\()(?P<country>[^(),]{2,30}?)\)?$")


# "Energikontor X AB (Kalmar län)": the county the organisation is in, in brackets.
COUNTY_AFTER_RE = re.compile(r"\s*\((?:[A-ZÅÄÖ][\wåäö]+\s)?[A-ZÅÄÖ][\wåäö]+\s+län\)$")


# "Åby IF:s skidsektion": a section of an association, which is the organisation.
SECTION_OF_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ].+?):?s\s+[a-zåäö]*(?:sektion|sektionen|avdelning|avdelningen)$")


def without_section(name: str) -> str:
    m = SECTION_OF_RE.match(name)
    if m:
        return m.group("org")
    unit = UNIT_AFTER_RE.match(name)  # "Region Örebro län, Regional utveckling": the region, then its department
    if unit and gazetteer().lookup(unit.group("org")) is not None and not is_named_org(unit.group("unit")):
        return unit.group("org")
    return name


UNIT_AFTER_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][^,]{2,60}),\s+(?P<unit>[A-ZÅÄÖ][a-zåäö]+(?:\s+(?:och\s+)?[a-zåäö]+){0,3})$")


def without_country(name: str) -> str:
    """"Umeå kommun (Sweden)", "Oulun yliopisto (FI)", "Luleå tekniska universitet, Sweden", "Åby AB (Kalmar län)":
    where the organisation is, no part of its name."""
    county = COUNTY_AFTER_RE.search(name)
    if county and county.start() > 0:
        return name[:county.start()]
    m = COUNTRY_AFTER_RE.search(name)
    if m and m.start() > 0 and (m.group(0).endswith(")") == ("(" in m.group(0))) \
            and (is_country(m.group("country")) or "(" in m.group(0) and re.fullmatch(r"[A-Z]{2}", m.group("country"))):
        return name[:m.start()].rstrip()
    town = TOWN_AFTER_RE.search(name)  # "Kiruna Skidklubb, Kiruna": the club, then its town
    if town and (gazetteer().is_place(town.group("town")) or gazetteer().is_municipality(town.group("town"))):
        return name[:town.start()]
    return name


TOWN_AFTER_RE = re.compile(r"(?<=\w),\s+(?P<town>[A-ZÅÄÖ][a-zåäö]+(?:[- ][A-ZÅÄÖ][a-zåäö]+)?)$")


# "Coacherna", "Deltagarna": a plural in the definite form refers back to people or things named before.
PLURAL_DEFINITE_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:arna|erna|orna)$")


COUNTED_PLURAL_RE = re.compile(r"\b\d+\s+(?:kommuner|regioner|företag|organisationer|skolor|föreningar)\b")


STATE_RE = re.compile(r"(?:svenska|norska|finska|danska)\s+staten", re.IGNORECASE)


ADJECTIVE_END_RE = re.compile(r"(?:ala|ella|iga|iska|ska)$")  # "regionala", "statliga": no name ends in one


# A word for a kind of grant after a hyphen ("LONA-bidrag", "Leader-stöd", "KUR-medel").
MONEY_KIND_RE = re.compile(r"(?i)-(?:stöd|stödet|medel|medlen|bidrag|bidraget|pengar|pengarna|anslag|anslaget)$")


def looks_like_org(name: str) -> bool:
    """A plausible organisation name: known, or capitalised words with an organisation word."""
    name = name.strip()
    if STATE_RE.fullmatch(name):
        return True  # "norska staten": the state pays, in lower case as Swedish writes it
    if not name or len(name) > 120 or not name[0].isupper() and not name[0].isdigit():
        return False
    if name.split()[0].casefold() in NOT_ORG_FIRST_WORDS or name.casefold() in GENERIC_ORG_WORDS:
        return False
    if is_country(name):
        return False
    if gazetteer().lookup(name):
        return True
    if PLURAL_DEFINITE_RE.match(name) or COUNTED_PLURAL_RE.search(name):
        return False  # "Kommunerna", "Norrbottens 14 kommuner": those meant, not a name
    words = name.split()
    if len(words) == 1 and MONEY_KIND_RE.search(name):
        return False  # "LONA-bidrag", "ESF-stöd": a kind of money, not who pays it
    if len(words) > 10 or len(words) == 1 and name.endswith("s") and gazetteer().is_place(name[:-1]) \
            or len(words) >= 2 and words[-1].islower() and ADJECTIVE_END_RE.search(words[-1]):
        return False  # ("ur Norrbottens (regionala) kulturmedel": a place's genitive, an adjective; no name)
    return bool(ORG_SUFFIX_RE.search(name) or re.match(r"^(Region|Stiftelsen|Föreningen|Ideella|Kommunalförbundet|Leader)\b", name)
                or len(words) <= 6 and ORG_WORD_INSIDE_RE.search(name)
                or (len(words) <= 6 and sum(w[0].isupper() for w in words if w[0].isalpha()) >= max(1, len(words) - 2)))


def org_kind(name: str) -> OrgKind:
    info = gazetteer().lookup(name)
    if info:
        return info.kind
    low = name.lower()
    if re.search(r"\b(ab|aktiebolag|hb|kb)\b", low):
        return "företag"
    if "kommunalförbund" in low or "kommunförbund" in low or "samordningsförbund" in low:
        return "kommunalförbund"
    if re.search(r"\bkommun\b|\bstad\b", low):
        return "kommun"
    if low.startswith("region ") or low.endswith("regionen"):
        return "region"
    if "förening" in low or "stiftelse" in low:
        return "ideell förening"
    if re.search(r"universitet|högskola", low):
        return "universitet"
    if re.search(r"verket|myndighet|länsstyrelse", low):
        return "myndighet"
    return "organisation"


# Words after which an organisation's name does not go on in running text.
ORG_STOP_WORDS = {
    "får", "fick", "har", "hade", "är", "var", "blir", "blev", "ska", "skall", "kommer", "kan", "vill", "drivs",
    "leds", "ägs", "genomför", "genomförs", "samordnar", "samordnas", "beviljas", "beviljades", "beviljats",
    "beviljat", "tilldelas", "tilldelades", "startar", "startade", "driver", "leder", "äger", "som", "där", "vilket",
    "och", "samt", "eller", "med", "för", "till", "från", "på", "inom", "under", "tillsammans", "genom", "om", "att",
    "erhåller", "erhöll", "står", "stod", "deltar", "medverkar", "ansvarar", "satsar", "bidrar", "finansierar",
    "medfinansierar", "går", "tar", "ger", "vid", "mellan", "hos", "efter", "innan", "sedan", "även", "också", "nu",
    "redan", "förordas", "prioriteras", "the", "is", "will", "and", "with", "as", "in", "of", "for", "has",
}
MODAL_BEFORE_RE = re.compile(r"\b(?:ska|skall|kan|vill|kommer att|måste)\s+(?:\S+\s+){0,6}$")
# What a name is, said after it in lower case: "the LIFE programme" is LIFE.
KIND_AFTER_NAME = {"programme", "program", "programmet", "project", "projektet", "fund"}
# What is granted, after the one it is granted to: "bevilja X medfinansiering med ...".
GRANTED_NOUNS = {"medfinansiering", "finansiering", "stöd", "projektstöd", "bidrag", "medel", "projektmedel", "pengar",
                 "anslag"}
MAX_ORG_WORDS = 8
# Institutions named by their kind and their place: "Högskolan i Gävle", "Naturskyddsföreningen i Tranemo".
# "Svenska X:s förening i Jämtland", "Åby byalag": a name that ends in its kind, in the indefinite form.
KIND_NOUN_RE = re.compile(r"(?i)^\w*(?:förening|förbund|församling|klubb|sällskap)$")
PLACE_NAMED_RE = re.compile(r"^(högskolan|høgskolen|\w*universitetet|länsstyrelsen|statsforvalteren|\w*föreningen|\w*stiftelsen|\w*sällskapet|"
                            r"\w*förbundet|folkhögskolan|räddningstjänsten|landstinget|tingsrätten|kyrkan|"
                            r"företagarna|\w*församling|\w*akademin|\w*institutet|\w+skolan|\w*museet|\w+rådet|\w*nätverket|"
                            r"\w+-centralen)$", re.IGNORECASE)  # ("NTM-centralen i Södra Österbotten")


# Words that follow a verb's infinitive ("bygga upp", "ta fram", "skapa en"), never the last word of a name.
PARTICLES = {"upp", "ut", "in", "fram", "till", "med", "om", "att", "en", "ett", "det", "den", "de", "sig", "nya",
             "på", "av", "för", "och", "bort", "ihop", "samman", "igång", "vidare",
             "hur", "vad", "varför", "vilka", "vilken", "vilket"}  # ("... och SSAB undersöka hur ...": a verb)


def _particle_follows(text: str, pos: int) -> bool:
    m = re.match(r"\s+([a-zåäö]+)\b", text[pos:])
    return bool(m and m.group(1) in PARTICLES)

# Verbs in the present that end like nouns of other languages ("ESF+ utgör", "X gör"): the name ends before them.
VERBS = {"utgör", "gör", "får", "ger", "blir", "står", "tror", "hör", "bör", "kör", "syns", "finns", "växer",
         "fått", "fick", "gett", "gav", "tagit", "haft", "gått", "lett", "stått", "sökt", "vunnit"}  # ("... och X fått")


# "Forskningsparken i Narvik AS": a company named by its place, its form after it.
COMPANY_AT_PLACE_RE = re.compile(r"\s*[A-ZÅÄÖ][\wåäöøæ-]+\s+(?:AS|ASA|AB|Oy|Oyj|ApS|A/S|GmbH)\b")


# Lower-case words that go on an organisation's name after a genitive ("Sveriges lantbruksuniversitet").
GENITIVE_OF_RE = re.compile(r"(universitet|förbund|förening|kommun|region|institut|verk|råd|akademi|museum|stad)")
GENITIVE_KIND_RE = re.compile(r"\s(?:kommun|stad|region|kommunalförbund|förening|stiftelse)s$")


# An association's name, which may go on in lower case ("Föreningen Byar i samverkan").
DEFINITE_NOUN_RE = re.compile(r"^[a-zåäö]{4,}(?:et|en)$")  # "klustret", "nätverket", "centret"
ASSOCIATION_HEAD_RE = re.compile(r"(?i)^(?:föreningen|stiftelsen|nätverket|byalaget|sällskapet|intresseföreningen)$")


# "Fastighetsbolaget Katrinehus", "Energiföretaget X": what the organisation is, set before its name.
KIND_BEFORE_NAME_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:bolaget|företaget|koncernen)\s+(?=[A-ZÅÄÖ][a-zåäö])")  # (not "... AB")
# Landscape nouns that end a Leader area's name in lower case ("Leader Göta älv", "Leader Västra skogsbygden").
LEADER_PLACE_NOUN_RE = re.compile(r"älv|älvdal|å|ådal|dal|dalen|skog|skogen|bygd|bygden|skogsbygd|skogsbygden|kust|kusten|"
                                  r"fjäll|fjällen|skärgård|skärgården|slätt|slätten|sjö|sjön|land|inland|inlandet|län|mark")


# Lower-case words that end an organisation's name or go on with it ("Åby ekonomisk förening", "Västerås stads
# kulturförvaltning"), in any of their forms.
ORG_WORD_RE = re.compile(r"(förening|universitet|högskola|centrum|förbund|stiftelse|kommun|län|stad|region|institut|akademi|"
                         r"vårdsområde|samfällighet|sameby|"  # "Lina älvs fiskevårdsområde", "X vägsamfällighet"
                         r"råd|bolag|tekniska|ekonomisk|ideell|lantbruksuniversitet|sällskap|kooperativ|folkhögskola|"
                         r"kollegium|college|nämnd|nämnden|styrelse|förvaltning|verk|kår|fond|fonden|myndighet|kommune|"
                         r"fylkeskommune|yliopisto|kaupunki|universitet|landsting|savivaldybė|universitetas|kunta|"
                         r"korkeakoulu|allaskuvla)(?:en|et|n|t|s|ens|ets|er|erna|ar|arna)?$")


def org_run(text: str, pos: int) -> str | None:
    """The organisation named at `pos` of running text, without a kind set before its name in apposition."""
    found = _org_run(text, pos)
    kind = KIND_BEFORE_NAME_RE.match(found or "")
    return found[kind.end():] if found and kind else found


# After a name's "i", lower-case words that run to its legal form: "Hälsingegårdar i tiden ekonomisk förening".
LEGAL_FORM_AFTER_RE = re.compile(r"\s*((?:[a-zåäö]{2,}\s+){1,3}?(?:ekonomisk|ideell)\s+förening)\b")


OWNED_BODY_RE = re.compile(r"^\w*(?:bolag|stiftelse)$")  # "utvecklingsbolag", "näringslivsbolag", "stiftelse"
OWNED_BODY_NAME_RE = re.compile(r"\s+([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})")


def _org_run(text: str, pos: int) -> str | None:
    """The organisation named at `pos` of running text: a known name, or the words from a capital up
    to where the sentence goes on ("Himmeta Fiber ekonomisk förening och får ..." gives the association).
    "i" stays inside before a län ("Länsstyrelsen i Örebro län")."""
    known = gazetteer().known_at(text, pos)
    words: list[str] = []
    skip_to = -1  # (past a word already taken)
    for m in re.finditer(r"\S+", text[pos:]):
        if pos + m.start() < skip_to:
            continue
        token = m.group(0)
        core = token.rstrip(",.;:!?)”\"'")
        lower = core.casefold()
        if not words and not re.match(r"[A-ZÅÄÖÉØÆ0-9]", core):
            return known
        if words and lower == "i":
            rest = text[pos + m.end():]
            place = re.match(r"\s*([A-ZÅÄÖ][\wåäö-]+)", rest)
            if re.match(r"\s*[A-ZÅÄÖ][\wåäö]*(?:s)?\s+län\b", rest) or COMPANY_AT_PLACE_RE.match(rest) or \
                    len(words) == 1 and PLACE_NAMED_RE.match(words[0]) and place or \
                    1 < len(words) <= 3 and (DEFINITE_NOUN_RE.match(words[-1]) or ASSOCIATION_HEAD_RE.match(words[0])
                                             or KIND_NOUN_RE.match(words[-1]))\
                    and place and (gazetteer().is_place(place.group(1)) or gazetteer().is_municipality(place.group(1))):
                words.append(core)  # "Länsstyrelsen i Örebro län", "Högskolan i Borås", "Skogstekniska klustret i
                continue  # Skellefteå", "Föreningen Bygdeskolor i Exempelland": a name goes on with where it is
            formed = LEGAL_FORM_AFTER_RE.match(rest)
            if formed:  # "Hälsingegårdar i tiden ekonomisk förening har ...": the name runs to its legal form
                return " ".join(words + [core] + formed.group(1).split())
            tail = re.match(r"\s*([a-zåäö]{4,})(?=[,.;]|\s*$)", rest)
            if tail and ASSOCIATION_HEAD_RE.match(words[0]) and len(words) <= 3:
                words += [core, tail.group(1)]  # "Föreningen Byar i samverkan, som ...": the name ends at the comma
                break
            break
        if words and lower == "in" and re.match(r"(?i)association|institute|council|network|federation|society|"
                                                r"foundation|agency|office", words[-1]) \
                and re.match(r"\s*[A-ZÅÄÖ][a-zåäö]+", text[pos + m.end():]):
            words.append(core)  # "Norden Association in Sweden"
            continue
        if words and lower in ("of", "for", "för") and re.match(r"\s*[A-ZÅÄÖ]", text[pos + m.end():]) \
                and words[-1][:1].isupper() and lower != "för":
            words.append(core)  # "Port of Gävle"
            continue
        if words and lower == "for" and core == token and re.match(r"\s*[a-zåäøæ]{4,}", text[pos + m.end():]):
            words.append(core)  # "Norsk institutt for vannforskning": "for" is no Swedish word, the name goes on
            continue
        if words and lower == "vänner" and words[-1].endswith("s"):
            words.append(core)  # "Föreningen Åby kvarns vänner": the friends of a place are an association
            break
        if words and lower == "hus" and core == token.rstrip(",.;:") and words[-1].endswith("s") and len(words) == 1:
            words.append(core)  # "Dansens hus Sundsvall", "Folkets hus": an institution's name goes on in lower case
            continue
        if words and words[-1].endswith("-") and lower in ("och", "eller", "samt", "og", "and"):
            words.append(core)  # "Vård- och omsorgscollege", "brann- og redningstjeneste": a shortened compound
            completed = re.match(r"\s+([a-zåäöøæ]{3,})(?=[\s,.;]|$)", text[pos + m.end():])
            if completed:  # (its closing word is the name's, lower case or not)
                words.append(completed.group(1))
                skip_to = pos + m.end() + completed.end()
                if text[skip_to:skip_to + 1] in (",", ".", ";"):
                    break  # (the name ends with the word)
            continue
        if len(words) == 1 and words[0].casefold() == "leader" and token.endswith(","):
            listed = re.match(r"\s*[A-ZÅÄÖ][\wåäö]+(?:,\s*[A-ZÅÄÖ][\wåäö]+)*\s+(?:&|och)\s+[A-ZÅÄÖ][\wåäö]+",
                              text[pos + m.end():])
            if listed:  # "Leader Sjö, Skog & Fjäll": an area named by a list of its landscapes
                return f"{words[0]} {token}{listed.group(0)}"
        if len(words) >= 2 and words[0].casefold() == "leader" and LEADER_PLACE_NOUN_RE.fullmatch(core) \
                and core == token.rstrip(",.;:"):
            words.append(core)  # "Leader Göta älv", "Leader Norra Skärgården": an area named by its landscape
            continue
        if words and words[0].casefold() == "leader" and re.fullmatch(r"20\d\d", core):
            words.append(core)  # "Leader Kalixälven 2020": the area's name for a programme period
            break
        if words and core in ("–", "—", "-"):
            break  # "Ny skola – Åby kommun får ...": a dash between words parts a row, no name runs over it
        if words and (lower in ORG_STOP_WORDS and not (core[:1].isupper() and words[-1][:1].isupper()
                                                      and not ORG_SUFFIX_RE.fullmatch(words[-1]))
                      or core[:1].isdigit()):
            break  # "UiT The Arctic University", "Teater Nu": a stop word in capitals goes on with the name
        owned_name = OWNED_BODY_NAME_RE.match(text, pos + m.end()) if len(words) == 1 and words[0].endswith("s") \
            and core == token and OWNED_BODY_RE.match(lower) else None
        if owned_name:  # "Jakobstadsregionens utvecklingsbolag Concordia": a body owned by the genitive, by its own name
            return f"{words[0]} {core} {owned_name.group(1)}"
        if len(words) == 1 and words[0].endswith("s") and core == token and core[:1].islower() \
                and not GENITIVE_OF_RE.search(lower) and not KIND_NOUN_RE.match(lower) \
                and (gazetteer().lookup(words[0][:-1]) or ORG_SUFFIX_RE.search(words[0][:-1])):  # ("Bodens simsällskap"
            # is a club: a place's genitive over a word of organisations names one)
            words[0] = words[0][:-1]  # "Länsstyrelsens anslag": the genitive names the organisation, the noun is its
            break
        if len(words) > 1 and words[-1].endswith("s") and core[:1].islower() and not ORG_WORD_RE.search(lower) \
                and gazetteer().lookup(" ".join(words)[:-1]):
            words[-1] = words[-1][:-1]  # "Region Dalarnas rehabiliteringsenhet": the organisation, the noun its unit
            break
        if words and lower in GRANTED_NOUNS:
            break  # after the genitive above: "Länsstyrelsens anslag" is the county board's money
        if len(words) >= 2 and core[:1].isupper() and (ORG_SUFFIX_RE.fullmatch(words[-1]) and words[-1].islower()
                                                       or words[-1] in ("AB", "HB", "KB")):
            break  # "Heby kommun Förstudien ...", "Åby Energi AB Fjärrvärme ...": the name ended with its kind
        if words and core.startswith("("):  # an acronym stays with its name, a country in brackets does not
            inner = token.strip("(),.;:")
            if re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9}", inner) and token.rstrip(",.;:").endswith(")"):
                words.append(f"({inner})")
            break
        if words and core[:1].islower() and len(words) <= 2 and words[-1][:1].isupper() \
                and not re.search(r"(ar|er|ir|ade|de|te|alt|igt|iskt|ligt|ellt)$", lower) and len(lower) > 3 \
                and lower not in VERBS and lower not in KIND_AFTER_NAME \
                and not (lower.endswith("a") and (_particle_follows(text, pos + m.end())
                                                  or MODAL_BEFORE_RE.search(text, 0, pos))):  # "X bygga upp": a verb
            # ("ska RISE och Volvo Cars utveckla ...": after a modal verb, the infinitive)
            words.append(core)  # "Lapin yliopisto", "Seinäjoen ammattikorkeakoulu"
            if core != token:
                break
            continue
        if words and words[-1] == "for" and core[:1].islower():
            words.append(core)  # "... for vannforskning"
            if core != token:
                break
            continue
        if words and core[:1].islower() and not ORG_WORD_RE.search(lower):  # not "regionalt"
            break
        words.append(core)
        if core != token or len(words) >= MAX_ORG_WORDS:
            break
    run = " ".join(words).strip(" ,;:")
    if run.endswith("s") and not known and (gazetteer().lookup(run[:-1]) or GENITIVE_KIND_RE.search(run)):
        run = run[:-1]  # a genitive: "Jönköpings kommuns projekt"
    if known and len(known) >= len(run):
        return with_branch(text, pos, known)
    return run or known


def with_branch(text: str, pos: int, known: str) -> str:
    """A national body's name at `pos` with the place of its local branch after it: "Hela Sverige ska leva
    Västerbotten", "Svenska kyrkan i Skellefteå"."""
    branch = re.match(r"\s+(i\s+)?([A-ZÅÄÖ][\wåäö-]+)\b", text[pos + len(known):])
    info = gazetteer().lookup(known)
    if branch and (gazetteer().is_place(branch.group(2)) or gazetteer().is_municipality(branch.group(2))) \
            and not gazetteer().is_place(known) and (not branch.group(1) or info is not None and info.kind in BRANCHED):
        return f"{known} {branch.group(1) or ''}{branch.group(2)}"
    return known


FUND_NAME_RE = re.compile(r"^(interreg\b.*|.*\bfonden\+?$|.*socialfonden\b.*|esf\+?$|eruf$|erdf$|ejflu$|ehff$|"
                          r"(?:eu:s\s+)?(?:\w+\s+)?(?:strukturfonds|regionalfonds|socialfonds)program\w*\b.*|"
                          r".*programmet$|leader\b.*|erasmus\+?$|horis[io]n.*)", re.IGNORECASE)


def is_eu_fund(name: str) -> bool:
    """An EU fund or programme that pays for projects (not the EU itself, nor an authority that administers)."""
    info = gazetteer().lookup(name)
    if info is not None:
        return info.kind in ("eu-fond", "eu-program")
    return bool(FUND_NAME_RE.match(name.strip()))


@lru_cache(maxsize=1)
def _grant_givers() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in read_tsv("funds.tsv"))


def programme_of_authority(name: str) -> str:
    """"Naturvårdsverkets Klimatklivet": the programme a known authority runs, without the authority's genitive."""
    m = re.match(r"(\S+?)s\s+(?=[A-ZÅÄÖ])", name)
    rest = name[m.end():] if m else ""
    if m and gazetteer().lookup(m.group(1)) is not None and (info := gazetteer().lookup(rest)) is not None \
            and info.kind.endswith("program"):
        return rest
    return name


def hands_out_grants(name: str) -> bool:
    """A fund, a programme or an authority whose business is project money (funds.tsv: Tillväxtverket, Vinnova,
    Allmänna arvsfonden ...): named beside a project with a sum, it is the payer, not the owner."""
    return fold(name) in _grant_givers() or is_eu_fund(name)


# A fund or programme named in lower case in running text: "ur landsbygdsprogrammet", "från regionalfonden".
LOWER_FUND_RE = re.compile(r"\b(?:från|ur|via)\s+(?P<fund>[a-zåäö-]+(?:fonden|programmet))\b")


def funds_in_lower_case(text: str) -> list[tuple[str, int, int]]:
    """(the fund's own name, start, end) of each known EU fund or programme the text names in lower case."""
    out = []
    for m in LOWER_FUND_RE.finditer(text):
        info = gazetteer().lookup(m.group("fund"))
        if info is not None and info.kind in ("eu-fond", "eu-program"):
            out.append((info.name, m.start("fund"), m.end("fund")))
    return out


ORG_INNER_LOWER_RE = re.compile(r"^(i|för|och|&|de|av|of|for)$")  # "University of Technology" too


# Words that open a sentence with a capital before a name: "Även", "Dessutom", "Där".
SENTENCE_OPENERS = {"även", "också", "dessutom", "nu", "där", "här", "sedan", "därefter", "samtidigt", "både",
                    "dels", "bland", "enligt", "tillsammans", "utöver", "vidare", "slutligen", "därtill",
                    "også", "dessuten"}  # (Norwegian and Danish "Også X kommune deltar")
# A preposition that opens a sentence opens an adverbial ("I X får unga stöd"), not a name; inside a name
# it may belong ("Fjordparken i Narvik AS").
OPENING_PREPOSITIONS = {"i", "inom", "genom", "under", "efter", "vid"}


COUNTING_WORDS = {*NUMBER_WORDS, "flera", "alla", "samtliga", "övriga", "några", "många", "båda", "bägge"}


ADJECTIVE_IN_NAME_RE = re.compile(r"^[a-zåäö]{3,}(?:a|iska|ska|ella)$")


def org_before(text: str, end: int) -> tuple[str, int] | None:
    """The organisation that ends at `end`, without a kind set before its name in apposition."""
    found = _org_before(text, end)
    kind = KIND_BEFORE_NAME_RE.match(found[0]) if found else None
    return (found[0][kind.end():], found[1] + kind.end()) if found and kind else found


def _org_before(text: str, end: int) -> tuple[str, int] | None:
    """(name, start) of the organisation that ends at `end` ("... säger NN på Samordningsförbundet X, som äger"
    and "Luleå tekniska universitet är ..."): words walked back while they are capitalised or organisation
    words, up to the sentence's start or a lower-case word that is neither."""
    head = text[:end].rstrip(" ,")
    # the whole text's known names (remembered per text), not the head's: one search however often it is asked
    known = [(name, s) for name, s, e in gazetteer().mentions(text) if e == len(head)]
    if known:  # "Sveriges geologiska undersökning är partner": a known name, lower-case words and all
        return known[0]
    tokens = list(re.finditer(r"\S+", head))
    start_i = None
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i].group(0).strip(",;:()")
        if not tok:
            break
        if tok.casefold() in SENTENCE_OPENERS or tok.casefold() in OPENING_PREPOSITIONS and tok[:1].isupper() \
                and (i == 0 or tokens[i - 1].group(0).endswith((".", "!", "?"))):
            break  # "Även X AB är partner": the sentence's first word, no part of the name
        if tok[:1].isupper() or tok[:1].isdigit():
            start_i = i
            if tokens[i].group(0).endswith((",", ";", ":")) and i != len(tokens) - 1:
                start_i = i + 1 if i + 1 < len(tokens) else i
                break
            continue
        low = tok.casefold()
        if start_i is not None and ORG_INNER_LOWER_RE.match(low) and i > 0 and tokens[i - 1].group(0)[:1].isupper() \
                and (low != "och" or tokens[i - 1].group(0).endswith("-")):
            continue  # "Länsstyrelsen i X", "Vård- och omsorgscollege"; "A och B" are two
        if start_i is not None and ADJECTIVE_IN_NAME_RE.match(low) and i > 0 and tokens[i - 1].group(0)[:1].isupper() \
                and not tokens[i - 1].group(0).endswith((",", ";", ":", ".")):
            continue  # "Storumans alpina klubb", "Åby lokala fiskevårdsförening": an adjective between name and kind
        if start_i is None and i > 0 and tokens[i - 1].group(0)[:1].isupper() and low not in ORG_STOP_WORDS \
                and not re.search(r"(ar|er|ir|ade|de|te)$", low) and len(low) > 3:
            start_i = i  # "Lapin yliopisto": a lower-case noun after a capitalised word
            continue
        if re.search(r"(förening|universitet|högskola|kommun|kommuner|län|stad|förbund|stiftelse|centrum|institut|"
                     r"sällskap|bolag|ab|råd|verk|nämnd|landsting|landstinget|läns|kommune|fylkeskommune|fiskevårdsområde|"
                     r"samfällighet|församling|klubb|klubben|vänner)$", low) or low in ("ekonomisk", "ideell", "tekniska"):
            if tokens[i].group(0).endswith((",", ";")) and start_i is not None:
                break  # "Vasa stad, Korsholms kommun": the name before the comma is another one
            start_i = i
            continue
        break
    if start_i is not None and tokens[start_i].group(0).casefold() in COUNTING_WORDS:
        return None  # "Fem kommuner": how many, not which
    if start_i is None:
        return None
    s = tokens[start_i].start()
    name = head[s:].strip(" ,;:")
    words = name.split()
    if len(words) > MAX_ORG_WORDS:
        return None
    return name, s



@lru_cache(maxsize=1)
def _fund_pattern() -> re.Pattern:
    variants = sorted({row[0] for row in read_tsv("funds.tsv") if len(row[0]) > 4 and not row[0].isupper()},
                      key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(v) for v in variants) + r")(?![\w-])", re.IGNORECASE)


def fund_at(text: str, pos: int) -> str | None:
    """A fund or programme named at `pos`, in any case ("från regionalfonden")."""
    m = _fund_pattern().match(text, pos)
    if not m:
        return None
    known = gazetteer().known_at(text, pos) or ""
    return known if len(known) > len(m.group(1)) else m.group(1)
