"""Dates with their precision, and project periods, from Swedish text.

"2018-2020" is 2018 (year) to 2020 (year), never 2018-01-01; "hösten 2016" is 2016
(year): a season names no month. A day or month the text does not give is never invented.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from typing import Literal

from extractors.lang_sv import MONTH_PATTERN, MONTHS, SEASONS

# A value that is a period and nothing else: "2025–2026", "2025-03-01 – 2026-02-28".
PERIOD_VALUE_RE = re.compile(r"^(?:(?:19|20)\d{2}(?:-\d{2}){0,2})(?:\s*(?:[-–—]|till|to)\s*(?:19|20)\d{2}(?:-\d{2}){0,2})?$")

DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> DatePrecision:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)


Period = tuple[PartialDate | None, PartialDate | None]

YEAR = r"(?:19[89]\d|20[0-4]\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ISO_DAY = rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
ISO_MONTH = rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?![\d-])"
DAY_MONTH_YEAR = rf"(?:den\s+)?(?P<d>{DAY})(?:e|:e|a|\.)?\s+(?P<mn>{MONTH_PATTERN})\s+(?P<y>{YEAR})"  # "1. mars 2026" (no, da)
SLASH_DATE = rf"(?P<d>{DAY})/(?P<m>1[0-2]|0?[1-9])(?:[ -]|\s*/\s*)(?P<y>{YEAR}|\d{{2}})"
DOT_DATE = rf"(?P<d>{DAY})\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>{YEAR})"
MONTH_YEAR = rf"(?P<mn>{MONTH_PATTERN})\s+(?P<y>{YEAR})"
NUM_MONTH_YEAR = rf"(?P<m>0[1-9]|1[0-2])[./](?P<y>{YEAR})"  # "Duration: 01.2024 – 12.2026"
SEASON_YEAR = rf"{SEASONS}\s+(?:av\s+)?(?P<y>{YEAR})"
YEAR_ONLY = rf"(?P<y>{YEAR})"

# Tried in this order: the most precise reading wins where they overlap.
DATE_FORMS = [ISO_DAY, DAY_MONTH_YEAR, DOT_DATE, SLASH_DATE, ISO_MONTH, NUM_MONTH_YEAR, MONTH_YEAR, SEASON_YEAR, YEAR_ONLY]
# A date is not followed by a word, a slash, a month ("2026-11") or a number that is no year ("2026-1101": a case).
DATE_RES = [re.compile(rf"(?<![\w/.]){form}(?![\w/]|-\d{{2}}(?!\d)|-(?!{YEAR}(?!\d))\d{{3}})", re.IGNORECASE)
            for form in DATE_FORMS]
DASH = r"\s*(?:--|-|–|—|−|till|t\.?\s?o\.?\s?m\.?|till och med)\s*"


def _to_date(m: re.Match) -> PartialDate | None:
    g = m.groupdict()
    year = int(g["y"])
    if year < 100:
        year += 2000
    month = None
    if g.get("m"):
        month = int(g["m"])
    elif g.get("mn"):
        month = MONTHS.get(g["mn"].lower().rstrip("."))
    day = int(g["d"]) if g.get("d") else None
    if day and month:
        if day > calendar.monthrange(year, month)[1]:
            return None
    return PartialDate(year, month, day)


class Spans:
    """Stretches of a text already read, none overlapping another: whether a new one overlaps any is
    answered by its two neighbours, so a text of thousands of dates is read in n log n, not n²."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def find_dates(text: str) -> list[tuple[PartialDate, int, int]]:
    """Every date in the text, most precise reading first where readings overlap, in text order."""
    taken = Spans()
    found: list[tuple[PartialDate, int, int]] = []
    for rx in DATE_RES:
        for m in rx.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            date = _to_date(m)
            if date is not None:
                taken.add(m.start(), m.end())
                found.append((date, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


# A day and a month, or a month, with no year after them: "den 1 mars", "i mars" (a news item's "Projektet startar
# den 1 mars": the year is the one the item was published in, or the next).
YEARLESS_RE = re.compile(rf"^(?:den\s+|i\s+)?(?:(?P<d>{DAY})(?:e|:e|a)?\s+)?(?P<mn>{MONTH_PATTERN})(?![\w-]|\s*(?:{YEAR}|\d))",
                         re.IGNORECASE)


def yearless_date(text: str, published: PartialDate, past: bool) -> tuple[PartialDate, int] | None:
    """(date, end) of a day and month, or a month, that opens the text with no year, placed in the year that makes
    it come after the publication date (before it, for what is told as past)."""
    m = YEARLESS_RE.match(text)
    month = MONTHS.get(m.group("mn").lower().rstrip(".")) if m else None
    if m is None or month is None or published.month is None:
        return None
    year = published.year
    if not past and month < published.month:
        year += 1
    elif past and month > published.month:
        year -= 1
    day = int(m.group("d")) if m.group("d") else None
    if day and day > calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day), m.end()


def parse_date(text: str) -> PartialDate | None:
    """The one date in a short text such as a fact-box value ("2023-02-01", "1 mars 2025")."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


MONTH_RANGE_RE = re.compile(rf"(?<!\d\s)(?<![\w])(?P<m1>{MONTH_PATTERN})\s*(?:-|–|—|till)\s*(?P<m2>{MONTH_PATTERN})\s+(?P<y>{YEAR})",
                            re.IGNORECASE)
DAY_RANGE_RE = re.compile(rf"(?<![\w.-])(?P<d1>{DAY})\s*(?:-|–|—)\s*(?P<d2>{DAY})\s+(?P<mn>{MONTH_PATTERN})\s+(?P<y>{YEAR})",
                          re.IGNORECASE)
DAY_MONTH_RANGE_RE = re.compile(rf"(?<![\w.-])(?P<d1>{DAY})\s+(?P<m1>{MONTH_PATTERN})\s*(?:-|–|—|till)\s*(?P<d2>{DAY})\s+"
                                rf"(?P<m2>{MONTH_PATTERN})\s+(?P<y>{YEAR})", re.IGNORECASE)
BOTH_YEARS_RE = re.compile(rf"(?:under|mellan|åren)\s+(?P<y1>{YEAR})\s+(?:och|till|-|–)\s+(?P<y2>{YEAR})",
                           re.IGNORECASE)
# "från mars 2040 till slutet av 2042", "from May 2040 until the end of 2042": the end is that year.
UNTIL_END_OF = r"(?:fram\s+)?till\s+(?:slutet|utgången)\s+av|(?:until|to|through)\s+the\s+end\s+of"
START_CUE_RE = re.compile(r"(fr\.?\s?o\.?\s?m\.?|från och med|från|fr\.o\.m|startdatum|start|mellan|sedan)\s*$",
                          re.IGNORECASE)
END_CUE_RE = re.compile(r"(t\.?\s?o\.?\s?m\.?|till och med|till|slutdatum|slut|och)\s*$", re.IGNORECASE)


# Forms ask for "ÅÅMMDD-ÅÅMMDD": "100801-130131" is 2010-08-01 to 2013-01-31.
COMPACT_PERIOD_RE = re.compile(r"(?<!\d)(?P<y1>\d{2})(?P<m1>0[1-9]|1[0-2])(?P<d1>0[1-9]|[12]\d|3[01])\s*[-–]\s*"
                               r"(?P<y2>\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?!\d)")


def parse_period(text: str) -> Period:
    """Start and end of a period written in one expression ("2018-2020", "1 mars 2025 – 28 februari 2026")."""
    years = SPLIT_YEARS_RE.search(text)
    if years and _split_years(years):
        return _split_years(years)  # type: ignore[return-value]
    split = SPLIT_YEAR_VALUE_RE.fullmatch(text.strip()) or SPLIT_YEAR_RE.search(text)
    if split:  # "2027/28" alone, a period's value, or "läsåret 2027/28": a season or a financial year over two years
        y1 = int(split.group("y1"))
        y2 = int(split.group("y2")) if len(split.group("y2")) == 4 else y1 // 100 * 100 + int(split.group("y2"))
        if y2 == y1 + 1:
            return PartialDate(y1), PartialDate(y2)
    m = COMPACT_PERIOD_RE.search(text)
    if m and not find_dates(text):
        start = PartialDate(2000 + int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        end = PartialDate(2000 + int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if start <= end:
            return start, end
    m = DAY_MONTH_RANGE_RE.search(text)
    if m:
        y = int(m.group("y"))
        m1, m2 = (MONTHS[m.group(k).lower().rstrip(".")] for k in ("m1", "m2"))
        return PartialDate(y if m1 <= m2 else y - 1, m1, int(m.group("d1"))), PartialDate(y, m2, int(m.group("d2")))
    m = MONTH_RANGE_RE.search(text)
    if m:
        y = int(m.group("y"))
        return PartialDate(y, MONTHS[m.group("m1").lower().rstrip(".")]), PartialDate(y, MONTHS[m.group("m2").lower().rstrip(".")])
    m = DAY_RANGE_RE.search(text)
    if m:
        y, mo = int(m.group("y")), MONTHS[m.group("mn").lower().rstrip(".")]
        return PartialDate(y, mo, int(m.group("d1"))), PartialDate(y, mo, int(m.group("d2")))
    m = BOTH_YEARS_RE.search(text)
    if m:
        return PartialDate(int(m.group("y1"))), PartialDate(int(m.group("y2")))
    dates = find_dates(text)
    if not dates:
        return None, None
    if len(dates) == 1:
        date, s, _ = dates[0]
        before = text[:s]
        if END_CUE_RE.search(before) and not START_CUE_RE.search(before):
            return None, date
        return date, None
    (d1, _s1, e1), (d2, s2, _e2) = dates[0], dates[1]
    between = text[e1:s2]
    # "1 december 2014 - 30 november 2015" or "fr.o.m. X t.o.m. Y" or "från X till Y"
    if re.fullmatch(DASH, between, re.IGNORECASE) \
            or re.fullmatch(rf"\s*(?:och|till|till och med|t\.?o\.?m\.?|to|until|through|{UNTIL_END_OF})\s*", between, re.IGNORECASE) \
            or len(between.strip()) <= 3 or len(between) <= 30 and END_CUE_RE.search(between):
        # (or "Projektstart 2027-08-15, projektslut 2030-06-30": the second date after its end word)
        if d1 <= d2 or d1.year <= d2.year:
            return d1, d2
    return d1, None


PERIOD_JOIN_RE = re.compile(rf"(?:{DASH}|\s*(?:och|till|till och med|fram till|fram till och med|t\.?o\.?m\.?|to|until|and|til|"
                            rf"til og med|{UNTIL_END_OF})\s*)",
                            re.IGNORECASE)  # Norwegian "til" too


SPLIT_YEAR_VALUE_RE = re.compile(rf"(?P<y1>{YEAR})/(?P<y2>{YEAR}|\d{{2}})")
# A school, financial or sports year over two calendar years: "läsåret 2027/2028".
SPLIT_YEAR_WORDS = r"läsåret|verksamhetsåret|säsongen|budgetåret|skolåret"
SPLIT_YEAR_RE = re.compile(rf"(?i)\b(?:{SPLIT_YEAR_WORDS})\s+(?P<y1>{YEAR})/"
                           rf"(?P<y2>{YEAR}|\d{{2}})\b")


SPLIT_YEARS_RE = re.compile(rf"(?i)\b(?:läsåren|verksamhetsåren|säsongerna|budgetåren|skolåren)\s+(?P<y1>{YEAR})/"
                            rf"(?:{YEAR}|\d{{2}})\s+(?:och|till|–|-)\s+(?P<y3>{YEAR})/(?P<y2>{YEAR}|\d{{2}})\b")


def _split_years(m: re.Match) -> Period | None:
    last = m.group("y2") if len(m.group("y2")) == 4 else m.group("y3")[:2] + m.group("y2")
    return (PartialDate(int(m.group("y1"))), PartialDate(int(last))) if int(m.group("y1")) < int(last) else None


def find_periods(text: str) -> list[tuple[Period, int, int]]:
    """Periods written as one expression ("2018-2020", "1 mars–30 juni 2025", "mellan 2019 och 2020"),
    with their character spans."""
    found: list[tuple[Period, int, int]] = []
    taken = Spans()

    def add(s: int, e: int) -> None:
        if taken.overlaps(s, e):
            return
        period = parse_period(text[s:e])
        if period[0] and period[1]:
            taken.add(s, e)
            found.append((period, s, e))

    for rx in (DAY_MONTH_RANGE_RE, MONTH_RANGE_RE, DAY_RANGE_RE, BOTH_YEARS_RE):
        for m in rx.finditer(text):
            add(m.start(), m.end())
    for m in SPLIT_YEARS_RE.finditer(text):  # "läsåren 2037/38 och 2038/39": from the first one's start to the last's end
        if (years := _split_years(m)) and not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append((years, m.start(), m.end()))
    for m in SPLIT_YEAR_RE.finditer(text):  # "läsåret 2027/2028": a school or financial year over two years
        second = m.group("y2") if len(m.group("y2")) == 4 else m.group("y1")[:2] + m.group("y2")
        if int(second) == int(m.group("y1")) + 1 and not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append(((PartialDate(int(m.group("y1"))), PartialDate(int(second))), m.start(), m.end()))
    dates = find_dates(text)
    for (d1, s1, e1), (d2, s2, e2) in zip(dates, dates[1:]):
        # "september 2009 augusti 2012": two months side by side, as a form's two boxes print
        side_by_side = not text[e1:s2].strip() and d1.precision == d2.precision == "month"
        if PERIOD_JOIN_RE.fullmatch(text[e1:s2]) or side_by_side:
            add(s1, e2)
    return sorted(found, key=lambda f: f[1])


SAME_YEAR_RE = re.compile(r"\bsamma år\b")


def with_same_year(text: str) -> str:
    """"i april 2027 och ... i december samma år": the year said before stands for "samma år" (written in its
    place, padded to the same length, so that offsets into the text hold)."""
    if "samma år" not in text:
        return text
    out = text
    for m in SAME_YEAR_RE.finditer(text):
        years = re.findall(r"\b(?:19|20)\d{2}\b", text[:m.start()])
        if years:
            out = out[:m.start()] + years[-1].ljust(len(m.group(0))) + out[m.end():]
    return out
