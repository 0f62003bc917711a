import pytest

from extractors.dates import PartialDate, parse_date, parse_period

PERIODS = [
    ("2023-02-01", "2023-02-01", None),
    ("1 mars 2025", "2025-03-01", None),
    ("den 1 mars 2025", "2025-03-01", None),
    ("1/3 2025", "2025-03-01", None),
    ("mars 2025", "2025-03", None),
    ("2018-2020", "2018", "2020"),
    ("2018–2020", "2018", "2020"),
    ("2018 - 2020", "2018", "2020"),
    ("1 december 2014 - 30 november 2015", "2014-12-01", "2015-11-30"),
    ("1 mars 2025 – 28 februari 2026", "2025-03-01", "2026-02-28"),
    ("fr.o.m. 1 mars 2025 t.o.m. 31 december 2026", "2025-03-01", "2026-12-31"),
    ("från och med 2024-01-01 till och med 2025-06-30", "2024-01-01", "2025-06-30"),
    ("till och med 2026-12-31", None, "2026-12-31"),
    ("t.o.m. juni 2027", None, "2027-06"),
    ("under 2019 och 2020", "2019", "2020"),
    ("hösten 2016", "2016", None),
    ("våren 2024", "2024", None),
    ("2019-08-01-2022-07-31", "2019-08-01", "2022-07-31"),
    ("2019-08-01 – 2022-07-31", "2019-08-01", "2022-07-31"),
    ("mars–december 2025", "2025-03", "2025-12"),
    ("maj 2024 - april 2026", "2024-05", "2026-04"),
    ("1 jan 2024 – 31 dec 2025", "2024-01-01", "2025-12-31"),
    ("1 mars - 30 juni 2025", "2025-03-01", "2025-06-30"),
    ("12-14 mars 2025", "2025-03-12", "2025-03-14"),
    ("2014-12", "2014-12", None),
    ("Projektperiod: 2022-09-01 – 2025-08-31", "2022-09-01", "2025-08-31"),
    ("från 2023 till 2025", "2023", "2025"),
    ("mellan 2021 och 2023", "2021", "2023"),
    ("januari 2023 – december 2024", "2023-01", "2024-12"),
    ("1 januari 2026 till 31 december 2027", "2026-01-01", "2027-12-31"),
    ("den 15 augusti 2025", "2025-08-15", None),
    ("31/12 2026", "2026-12-31", None),
]


@pytest.mark.parametrize("text,start,end", PERIODS)
def test_dates_parse_period(text, start, end):
    s, e = parse_period(text)
    assert (s.iso() if s else None, e.iso() if e else None) == (start, end)


def test_dates_precision_is_kept():
    assert PartialDate(2018).precision == "year"
    assert PartialDate(2014, 12).precision == "month"
    assert parse_date("1 mars 2025").precision == "day"


@pytest.mark.parametrize("text", ["inget datum här", "kl. 10.30", "0522-44 08 27"])
def test_dates_reject_non_dates(text):
    assert parse_date(text) is None


def test_dates_impossible_day_is_not_invented():
    # "30 februari" is no day: only the month and year the text does give are kept.
    assert parse_date("30 februari 2025") == PartialDate(2025, 2)


def test_overlap_of_read_stretches_is_judged_by_neighbours():
    from extractors.dates import Spans

    spans = Spans()
    for start, end in ((10, 20), (40, 50), (0, 5)):
        assert not spans.overlaps(start, end)
        spans.add(start, end)
    assert spans.overlaps(18, 25) and spans.overlaps(4, 11) and spans.overlaps(45, 46) and spans.overlaps(0, 100)
    assert not spans.overlaps(20, 40) and not spans.overlaps(5, 10) and not spans.overlaps(50, 60)


def test_a_text_of_thousands_of_periods_yields_every_one():
    from extractors.dates import find_periods

    text = " ".join(f"Period {2020 + i % 5}-01-01 – {2021 + i % 5}-12-31." for i in range(3000))
    periods = find_periods(text)
    assert len(periods) == 3000 and periods[0][0][0].iso() == "2020-01-01"


def test_a_yearless_date_lies_after_the_publication_or_before_it_when_told_as_past():
    from extractors.dates import PartialDate, yearless_date

    published = PartialDate(2031, 10, 12)
    assert yearless_date("den 1 mars och ...", published, past=False) == (PartialDate(2032, 3, 1), 10)
    assert yearless_date("i november", published, past=False)[0] == PartialDate(2031, 11)
    assert yearless_date("i november", published, past=True)[0] == PartialDate(2030, 11)
    assert yearless_date("den 1 mars 2033", published, past=False) is None  # a year is stated: no guessing
    assert yearless_date("med tre kommuner", published, past=False) is None


def test_a_period_value_of_a_year_over_two_years_and_no_case_number():
    from extractors.dates import PartialDate, parse_period

    assert parse_period("2031/32") == (PartialDate(2031), PartialDate(2032))
    assert parse_period(" 2031/2032 ") == (PartialDate(2031), PartialDate(2032))
    assert parse_period("2031/00452") == (None, None)  # a case number
    assert parse_period("2031/35") == (None, None)  # not one year to the next
