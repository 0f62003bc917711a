"""Amounts of money with their currency, and what kind of amount they are.

"3 706 566 kr", "3,7 miljoner kronor", "55 MSEK", "500 tkr", "€ 1,2 miljoner",
"fem miljoner kronor", "en halv miljon". Amounts are exact integers; an amount
without a currency word is not money.
"""
from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from extractors.lang_sv import NUMBER_WORDS
from extractors.sentences import split_sentences

FundingKind = Literal["granted", "total_budget", "eu_contribution", "cofinancing", "called", "other"]


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "SEK"


# "18.5 million" (a decimal point before a scale word) first; "3.140 euro" groups thousands.
# "DKK 500,000", "EUR 2,400,000": commas that group thousands (three digits after each; a scale word after
# makes the comma a decimal one again: "2,500 miljoner").
NUMBER = (r"\d{1,3}\.\d{1,2}(?=\s*(?:miljoner|miljon|million|millions|billion|miljarder|miljard|mkr|msek|meur|mn|m|bn)\b)|"
          r"\d{1,3}(?:,\d{3})+\.\d{2}(?!\d)|"  # "SEK 2,340,000.00": its cents
          r"\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|"  # (a sentence's full stop may follow)
          r"(?:\d{1,3}(?:[  .](?=\d{3}(?!\d))\d{3})+|\d+)(?:,\d+)?|\d+(?:[.,]\d+)?")
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "två och en halv miljon", "en kvarts miljon": halves and quarters said in words
WORD_NUMBER = rf"(?:(?:{_WORDS})\s+och\s+en\s+halv|en halv|ett halvt|en kvarts|tre kvarts|{_WORDS})"
SCALE = (r"(?P<scale>miljarder|miljard|mdkr|mdr|miljoner|miljon|millioner|milj\.?|mill\.?|mnkr|mkr|msek|mn|mio\.?|mil\.?|tkr|tsek|"
         r"ksek|tusen|keur|meur|millions|million|billion|thousand|bn|m|k)")  # "SEK 3.45m", "€1.2bn", "SEK 250k": after a
# currency only
PRE_SCALE = r"(?P<prescale>msek|meur|mnkr|mkr|tkr|tsek|ksek|keur)(?=\s?\d)(?!\s?(?:19|20)\d{2}\b)"  # "MSEK 2,5", as a
# table's cell may write it (not "tkr 2039 2040": a head over years)
CURRENCY = (r"(?P<cur>svenska kronor|norska kronor|danska kronor|norske kroner|kronor|kroner|kr\.?|sek|:-|euro|eur|€|nok|dkk|"
            r"usd|\$)")
CURRENCY_FIRST = r"(?P<pre>€|eur|sek|nok|dkk|usd|\$|kr(?=\s\d))"  # "kr 250 000", as some forms write it

MONEY_RE = re.compile(
    r"(?<![^\W_])(?<![-/])"  # (never inside a word or after a dash or slash: the cheapest test, and first)
    rf"(?:(?:{CURRENCY_FIRST}|{PRE_SCALE})\s?)?"
    rf"(?P<num>{NUMBER}|{WORD_NUMBER})"
    rf"(?:\s*(?:{SCALE})(?![a-zåäö]))?"
    rf"(?:\s*(?:{CURRENCY})(?![a-zåäö]))?",
    re.IGNORECASE,
)
HEDGE_RE = re.compile(r"(närmare|drygt|nästan|cirka|ca\.?|omkring|runt|över|upp till|knappt|totalt|sammanlagt)\s*$",
                      re.IGNORECASE)

SCALES = {"miljard": 10**9, "miljarder": 10**9, "mdkr": 10**9, "mdr": 10**9,
          "miljon": 10**6, "miljoner": 10**6, "millioner": 10**6, "milj": 10**6, "mill": 10**6, "mnkr": 10**6, "mkr": 10**6, "msek": 10**6,
          "mn": 10**6, "mio": 10**6, "mil": 10**6, "meur": 10**6,
          "tkr": 1000, "tsek": 1000, "ksek": 1000, "tusen": 1000, "keur": 1000, "k": 1000,
          "million": 10**6, "millions": 10**6, "billion": 10**9, "thousand": 1000, "m": 10**6, "bn": 10**9}
CURRENCIES = {"kronor": "SEK", "kr": "SEK", "sek": "SEK", ":-": "SEK", "svenska kronor": "SEK",
              "euro": "EUR", "eur": "EUR", "€": "EUR", "nok": "NOK", "norska kronor": "NOK",
              "dkk": "DKK", "danska kronor": "DKK", "usd": "USD", "$": "USD",
              "kroner": "NOK", "norske kroner": "NOK"}  # "kroner" in Norwegian (the Interreg programmes with Norway)
SCALE_CURRENCY = {"mnkr": "SEK", "mkr": "SEK", "msek": "SEK", "tkr": "SEK", "tsek": "SEK", "ksek": "SEK", "mdkr": "SEK",
                  "keur": "EUR", "meur": "EUR"}

# A value that is one sum and nothing else: "245 000 kr".
SINGLE_SUM_RE = re.compile(r"^\d{1,3}(?:[  .]\d{3})*(?:,\d+)?\s*(?:kr|kronor|sek|eur|euro|€|mkr|msek|tkr)\.?$", re.IGNORECASE)


KIND_CUES: list[tuple[FundingKind, re.Pattern]] = [
    ("called", re.compile(r"utlys|utlyst|att söka|kan sökas|söka upp till|ansöka om|finns att söka|ramen för utlysningen|"
                          r"totalt har .* beviljats|sammanlagt [^.]*\bprojekt\b|"
                          r"\b\d+\s+[\w-]*projekt\b.*\b(?:sammanlagd|sammanlagda|sammanlagt|total|totala|totalt)\b", re.I)),
    ("cofinancing", re.compile(r"medfinansiering|motfinansiering|egen insats|offentlig finansiering|kontant", re.I)),
    ("eu_contribution", re.compile(r"eu-?stöd|eu-?medel|esf|eruf|regionalfond|socialfond|interreg|eu-bidrag|"
                                   r"europeiska|unionens", re.I)),
    ("total_budget", re.compile(r"total(a)?\s*(projekt)?budget|budget|budsjett|omslutning|totalt|projektets kostnad|"
                                r"kostnad", re.I)),
    ("granted", re.compile(r"beviljat|beviljas|beviljades|tilldelats|tilldelades|får|fått|stöd|bidrag|anslag", re.I)),
]


def _number(text: str) -> Decimal | None:
    low = " ".join(text.lower().split())
    if low in ("en halv", "ett halvt"):
        return Decimal("0.5")
    if low in ("en kvarts", "tre kvarts"):
        return Decimal("0.25") if low == "en kvarts" else Decimal("0.75")
    if low.endswith(" och en halv") and low[:-len(" och en halv")] in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[low[:-len(" och en halv")]]) + Decimal("0.5")
    if low in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[low])
    digits = re.sub(r"[  ]", "", text)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(?:,\d+)?", digits):  # 1.235.522, 1.235.522,00
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _money(m: re.Match) -> Money | None:
    cur_word = (m.group("cur") or m.group("pre") or "").lower().rstrip(".")
    scale_word = (m.group("scale") or m.group("prescale") or "").lower().rstrip(".")
    currency = CURRENCIES.get(cur_word) or SCALE_CURRENCY.get(scale_word)
    if currency is None:
        return None
    num = m.group("num")
    if not scale_word and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?", num):
        num = num.replace(",", "")  # thousands grouped by commas, as English writes them
    value = _number(num)
    if value is None:
        return None
    is_word = not any(ch.isdigit() for ch in m.group("num"))
    if is_word and not scale_word:
        return None  # "en kr" is not a funding
    value *= SCALES.get(scale_word, 1)
    amount = int(value.to_integral_value())
    if amount <= 0:
        return None
    return Money(amount, currency)


# "1 860 000" under a head or label that gives the unit (an export's "1 860 000,00": its öre)
BARE_FIGURE_RE = re.compile(r"^(?:\d{1,3}(?:[  .]\d{3})+|\d{4,9})(?:,\d{2})?$")


def figure_value(figure: str) -> int:
    """The kronor of a bare figure under a head that gives its unit: "1 860 000", "1.860.000", "1 860 000,00"."""
    return int(re.sub(r"\D", "", re.sub(r",\d{2}\s*$", "", figure.strip())))


def find_amounts(text: str) -> list[tuple[Money, int, int]]:
    """Every sum of money in the text, with its span. The same sentence is asked about many times over
    (by each field's rules), so the answers are remembered."""
    return list(_amounts(text))


# Every sum names a currency or a scale: a text with none of their letters holds no sum (a cheap test first).
MONEY_HINT_RE = re.compile(r"(?i)kr|sek|eur|€|nok|dkk|usd|\$|:-|mil|mn|md|tusen|mio|bn|billion|thousand|m\b")


BRACKETED_FIGURE_RE = re.compile(r"\((?P<num>\d{1,3}(?:[  ]\d{3})+|\d{4,})\)\s*(?P<cur>kronor|kr|sek|euro|eur)\b",
                                 re.IGNORECASE)


@lru_cache(maxsize=8192)
def _amounts(text: str) -> tuple[tuple[Money, int, int], ...]:
    found: list[tuple[Money, int, int]] = []
    if not MONEY_HINT_RE.search(text):
        return ()
    for m in MONEY_RE.finditer(text):
        if not (m.group("cur") or m.group("pre") or m.group("scale") or m.group("prescale")):
            continue
        if (m.group("scale") or "").casefold() in ("m", "bn", "k") and not m.group("pre"):
            continue  # "3 m" is a length; "SEK 3.45m" a sum
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/"):
            continue
        money = _money(m)
        if money is None and found and m.start() - found[-1][2] <= ELLIPSIS_REACH \
                and (m.group("scale") or "").casefold() in SPELLED_SCALES:
            # "14,6 miljoner kronor varav 9,5 miljoner kommer från ESF+", "... och en kvarts miljon från Y": the
            # currency said once, for both
            money = _money_in(m, found[-1][0].currency)
        elif money is None and (m.group("scale") or "").casefold() in SPELLED_SCALES \
                and FROM_PAYER_RE.match(text, m.end()):
            money = _money_in(m, "SEK")  # "Av dem kommer 4,1 miljoner från X", "en kvarts miljon från X": millions
            # from a payer are kronor
        if money is not None:
            found.append((money, m.start(), m.end()))
    for m in BRACKETED_FIGURE_RE.finditer(text):  # "högst etthundrafemtiotusen (150 000) kronor": the figure in brackets
        value = _number(m.group("num"))
        currency = CURRENCIES.get(m.group("cur").lower())
        if value is not None and currency is not None and not any(s <= m.start() < e for _, s, e in found):
            found.append((Money(int(value), currency), m.start("num"), m.end()))
    return tuple(sorted(found, key=lambda f: f[1]))


# A second sum in a sentence may leave its currency out when the first said it.
SPELLED_SCALES = {"miljoner", "miljon", "miljarder", "miljard", "millioner"}
FROM_PAYER_RE = re.compile(r"\s+från\s+[A-ZÅÄÖ]")
ELLIPSIS_REACH = 80


def _money_in(m: re.Match, currency: str) -> Money | None:
    value = _number(m.group("num"))
    if value is None:
        return None
    amount = int((value * SCALES[m.group("scale").casefold()]).to_integral_value())
    return Money(amount, currency) if amount > 0 else None


def parse_amount(text: str) -> Money | None:
    amounts = find_amounts(text)
    return amounts[0][0] if amounts else None


# "Även X får pengar i samma utlysning: N kronor": a grant made in a call, not the call's sum.
SAME_CALL_RE = re.compile(r"(?i)\b(?:i|inom|från|ur)\s+samma\s+utlysning\b")


def funding_kind(context: str) -> FundingKind:
    """What an amount is, from its label or the words just before it."""
    context = SAME_CALL_RE.sub(" ", context)
    for kind, cue in KIND_CUES:
        if cue.search(context):
            return kind
    return "other"


def funding_kind_for_funder(funder: str, kind: FundingKind) -> FundingKind:
    """An amount "från Europeiska socialfonden" is EU money; one "från Region Kronoberg" beside it is
    not, whatever the sentence says around both."""
    from extractors.orgs import gazetteer

    info = gazetteer().lookup(funder)
    is_eu = bool(info and info.kind.startswith("eu")) or bool(re.search(r"\b(eu|esf|eruf|interreg)\b", funder, re.I))
    if is_eu:
        return "eu_contribution" if kind in ("other", "granted", "eu_contribution") else kind
    return "cofinancing" if kind == "eu_contribution" else kind


# "Belopp i tkr.", "Alla belopp anges i kronor", "Amounts in EUR": a unit stated once for the bare figures below.
STATED_UNIT_RE = re.compile(r"(?i)^(?:alla\s+)?(?:belopp(?:en)?|summor(?:na)?|amounts?)\s+(?:anges\s+|är\s+|are\s+)?(?:i|in)\s+"
                            r"(?P<unit>tkr|tusen(?:tals)?\s+kronor|kronor|kr|sek|euro|eur|msek|mkr|miljoner\s+kronor)"
                            r"(?:\s*\((?:tkr|kr|sek|mkr|msek|mnkr)\))?\.?$")  # ("Belopp i tusentals kronor (tkr).")
# A list entry that ends in a bare figure after a dash: "Namn (Ägare) – 450".
BARE_FIGURE_END_RE = re.compile(r"\s[–—-]\s(?P<num>\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)$")


# "... följande projekt (belopp i tkr):": the unit in brackets in a list's lead.
UNIT_IN_BRACKETS_RE = re.compile(r"(?i)\((?:alla\s+)?belopp(?:en)?\s+(?:anges\s+)?i\s+(?P<unit>tkr|tusen(?:tals)?\s+kronor|kronor|"
                                 r"kr|sek|euro|eur|msek|mkr|miljoner\s+kronor)\)")


def stated_unit(texts: list[str]) -> str | None:
    """The unit a document states once for its figures, written as an amount's unit ("tkr", "kr", "euro")."""
    for text in texts:
        m = next((m for sentence in split_sentences(text) if (m := STATED_UNIT_RE.match(sentence.strip()))), None) \
            or UNIT_IN_BRACKETS_RE.search(text)  # (the unit said in a sentence of its own, or in brackets)
        if m:
            unit = " ".join(m.group("unit").casefold().split())
            return {"tusen kronor": "tkr", "tusentals kronor": "tkr", "kronor": "kr", "sek": "kr", "eur": "euro",
                    "miljoner kronor": "mkr", "msek": "mkr"}.get(unit, unit)
    return None


def with_unit(text: str, unit: str) -> str | None:
    """The entry with the unit after its bare closing figure ("... – 450" in tkr: "... – 450 tkr"); None when
    it has no bare figure there or states an amount of its own."""
    if find_amounts(text) or not BARE_FIGURE_END_RE.search(text):
        return None
    return f"{text} {unit}"


def split_figures(text: str, count: int) -> list[int] | None:
    """"200 000 200 000 400 000" as `count` figures, where one space both groups a figure's digits and parts
    the figures: the only way to cut it in which every figure is a first group without a leading zero and then
    groups of three; None when there is no such way or more than one."""
    groups = text.split()
    found: list[list[int]] = []

    def cut(at: int, figures: list[int]) -> None:
        if len(found) > 1:
            return
        if at == len(groups):
            if len(figures) == count:
                found.append(figures)
            return
        if len(figures) == count or not re.fullmatch(r"[1-9]\d{0,2}|0", groups[at]):
            return
        for end in range(at + 1, len(groups) + 1):
            if end > at + 1 and len(groups[end - 1]) != 3:
                break
            cut(end, figures + [int("".join(groups[at:end]))])

    cut(0, [])
    return found[0] if len(found) == 1 else None
