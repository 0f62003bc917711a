"""Contact persons: names (with titles), e-mails (also "namn(at)kommun.se") and phone numbers."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.lang_sv import read_tsv
from extractors.orgs import gazetteer, is_named_org

EMAIL_RE = re.compile(
    r"(?P<local>[A-Za-z0-9._%+\-åäöÅÄÖéü]+)\s?(?:@|\(at\)|\[at\]|\s\(at\)\s|\{at\}|\s+at\s+)\s?"
    r"(?P<domain>[A-Za-z0-9\-åäö]+(?:\s?(?:\.|\(dot\)|\[dot\])\s?[A-Za-z0-9\-åäö]+)+)",
    re.IGNORECASE,
)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+46|0046|0)\s?\(?0?\)?[1-9][\d\s\-–]{5,13}\d(?!\d)")
# Letters of names in the Nordic countries and of those who have moved there ("Hadžić", "Łukasz", "Øvergaard").
NAME_UPPER = "A-ZÅÄÖÉÜÁÀØÆČŠŽĐŁŃÓÍÚÇ"
NAME_LOWER = "a-zåäöéüáèëøæčšžđłńóíúçñćğış"
NAME_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?"
PERSON_RE = re.compile(rf"^(?P<name>{NAME_WORD}(?:\s+[A-ZÅÄÖ]\.)?(?:\s+(?:af|von|de|van)\)?)?(?:\s+{NAME_WORD}){{1,2}})"
                       rf"(?:\s*[,–\-]\s*(?P<title>.+))?$")
NOT_NAME_WORDS = {"region", "kommun", "projekt", "projektet", "projektledare", "kontakt", "kontaktperson", "telefon",
                  "mobil", "e-post", "epost", "skolverket", "tillväxtverket", "arbetsförmedlingen", "sverige",
                  "norge", "läs", "mer", "vill", "du", "ring", "skicka", "besöksadress", "postadress", "stiftelsen",
                  "förbundet", "universitet", "högskola", "länsstyrelsen", "aktuellt", "nyhet", "publicerad", "science",
                  "cluster", "kommunalförbund", "i", "och", "för", "med"}
# Compass words end organisation names ("Kunskapsförbundet Väst") but are surnames too ("Lisa Nord"):
# only a name that starts with one is not a person.
NOT_FIRST_NAME_WORDS = {"väst", "öst", "syd", "norr", "nord"}


@dataclass(frozen=True)
class Contact:
    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None


def find_emails(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in EMAIL_RE.finditer(text):
        domain = re.sub(r"\s*(?:\(dot\)|\[dot\])\s*", ".", m.group("domain"), flags=re.I).replace(" ", "")
        if "." not in domain or " at " in m.group(0) and not re.search(r"\.(se|com|org|net|eu|nu|no|dk|fi)$", domain):
            continue
        out.append((f"{m.group('local')}@{domain}".lower(), m.start(), m.end()))
    return out


def normalise_phone(text: str) -> str | None:
    """E.164 ("+46709100282") for a Swedish number, else None."""
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("+46"):
        rest = digits[3:]
    elif digits.startswith("0046"):
        rest = digits[4:]
    elif digits.startswith("0"):
        rest = digits[1:]
    else:
        return None
    rest = rest.lstrip("0")
    if not 7 <= len(rest) <= 10:
        return None
    return "+46" + rest


def find_phones(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in PHONE_RE.finditer(text):
        phone = normalise_phone(m.group(0))
        if phone:
            out.append((phone, m.start(), m.end()))
    return out


def parse_person(text: str) -> tuple[str, str | None] | None:
    """("Eddie Hansson", "näringslivsutvecklare, Älmhults kommun") for a line naming a person."""
    text = text.strip().strip(".")
    lead = TITLE_FIRST_RE.match(text)  # "projektledare Jenny Strand, jenny.strand@x.se": the title first
    if lead:
        text = text[lead.end():]
    m = PERSON_RE.match(text)
    if not m:
        return None
    name = m.group("name")
    words = [w.lower().strip(".") for w in name.split()]
    if any(w in NOT_NAME_WORDS for w in words) or words[0] in NOT_FIRST_NAME_WORDS:
        return None
    title = lead.group(1) if lead else (m.group("title") or "").strip() or None
    return name, title


# "projektledare Jenny Strand", "Projektledare Jenny Strand", "Project manager Jenny Strand": the title first.
# A person's job title, standing alone ("Projektledare", "Verksamhetsledare", "kommundirektör", "Project manager").
JOB_TITLE_RE = re.compile(r"(?i)^(?:\w*(?:ledare|samordnare|chef|direktör|handläggare|strateg|utvecklare|ansvarig|"
                          r"koordinator|sekreterare|ordförande|controller|ekonom|rådgivare|forskare|professor|lektor|"
                          r"manager|officer|coordinator|director|leader))(?:\s+[\wåäö-]+){0,2}$")
TITLE_FIRST_RE = re.compile(r"^([a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2}|(?:Projektledare|Projektsamordnare|"
                            r"Projektkoordinator|Kontaktperson|Verksamhetsledare|Samordnare|Koordinator|Processledare|"
                            r"Utvecklingsledare|Project manager|Project coordinator|Project leader|Contact person|"
                            r"Professor|Docent|Dr\.?|Fil\.? ?dr|Universitetslektor|Lektor|"
                            r"[A-ZÅÄÖ][a-zåäö]*(?:chef|ledare|samordnare|koordinator|strateg|utvecklare|ansvarig|"
                            r"sekreterare|direktör|rådgivare|handläggare|konsult|assistent)|Kommunikatör|Informatör)(?:en|n)?)"  # ("Projektledaren X Y")
                            r"\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ])")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_tsv("first_names.txt"))


def is_known_first_name(name: str) -> bool:
    """The person's first name is a common one (a line beginning so is most likely a person)."""
    first = name.split()[0].casefold() if name.split() else ""
    return first in first_names() or first.split("-")[0] in first_names()


def looks_like_person(name: str) -> bool:
    """"Eva Ek": a common first name and a surname, nothing that names an organisation."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?", w) for w in words) \
        and is_known_first_name(name) and gazetteer().lookup(name) is None and not is_named_org(name)


def email_matches_name(email: str, name: str) -> bool:
    """"eddie.hansson@almhult.se" belongs to Eddie Hansson."""
    local = _ascii(email.split("@")[0])
    parts = [_ascii(p) for p in re.split(r"[\s\-]+", name) if len(p) > 1]
    return bool(parts) and sum(p in local for p in parts) >= min(2, len(parts))


def _ascii(text: str) -> str:
    """"Hadžić" as an e-mail address spells it: "hadzic"."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
