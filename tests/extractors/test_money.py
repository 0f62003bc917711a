import pytest

from extractors.money import Money, find_amounts, funding_kind, parse_amount, split_figures

AMOUNTS = [
    ("3 706 566 kr", 3706566, "SEK"),
    ("3 706 566 kronor", 3706566, "SEK"),
    ("3,7 miljoner kronor", 3700000, "SEK"),
    ("3,7 mnkr", 3700000, "SEK"),
    ("3,7 Mkr", 3700000, "SEK"),
    ("55 MSEK", 55000000, "SEK"),
    ("500 tkr", 500000, "SEK"),
    ("1.235.522 SEK", 1235522, "SEK"),
    ("1.235.522,00 kr", 1235522, "SEK"),  # an export's öre
    ("1 235 522,00 kronor", 1235522, "SEK"),
    ("SEK 1,235,522.00", 1235522, "SEK"),  # English cents
    ("MSEK 2,5", 2500000, "SEK"),  # the scale and currency before the figure
    ("250 tSEK", 250000, "SEK"),
    ("SEK 250k", 250000, "SEK"),
    ("1 235 522:-", 1235522, "SEK"),
    ("€ 1,2 miljoner", 1200000, "EUR"),
    ("1,2 miljoner euro", 1200000, "EUR"),
    ("fem miljoner kronor", 5000000, "SEK"),
    ("en halv miljon kronor", 500000, "SEK"),
    ("två och en halv miljon kronor", 2500000, "SEK"),
    ("en kvarts miljon kronor", 250000, "SEK"),
    ("närmare 12 miljoner kronor", 12000000, "SEK"),
    ("drygt 2,3 miljoner euro", 2300000, "EUR"),
    ("Total budget: 1 200 000 €", 1200000, "EUR"),
    ("4 000 000 NOK", 4000000, "NOK"),
    ("850 000 kronor", 850000, "SEK"),
    ("2 miljarder kronor", 2000000000, "SEK"),
    ("1 000 000 SEK", 1000000, "SEK"),
    ("20 miljoner kronor", 20000000, "SEK"),
    ("tio miljoner kronor", 10000000, "SEK"),
    ("250 000 euro", 250000, "EUR"),
    ("EUR 600 000", 600000, "EUR"),
    ("1,5 milj. kr", 1500000, "SEK"),
    ("300 000 norska kronor", 300000, "NOK"),
    ("12 500 kr", 12500, "SEK"),
    ("SEK 18.5 million", 18500000, "SEK"),  # an English decimal point before a scale word
    ("3.140 euro", 3140, "EUR"),  # a Swedish thousands point
    ("480 tusen kronor", 480000, "SEK"),
]


@pytest.mark.parametrize("text,amount,currency", AMOUNTS)
def test_money_parse_amount(text, amount, currency):
    money = parse_amount(text)
    assert money is not None and (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize("text,amount,currency", [("SEK 3.45m", 3450000, "SEK"), ("€2.1m", 2100000, "EUR"),
                                                   ("EUR 1.2bn", 1200000000, "EUR")])
def test_money_in_english_shorthand_after_a_currency(text, amount, currency):
    assert [(m.amount, m.currency) for m, _, _ in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", ["cirka 400 arbetssökande", "2024", "Kostnader tkr 2031 2032", "3 k", "150 företag", "40%", "fem företag",
                                  "bryggan är 3 m lång"])
def test_money_rejects_numbers_without_currency(text):
    assert find_amounts(text) == []


def test_money_two_currencies_in_one_value():
    found = [m for m, _, _ in find_amounts("Total budget: 500 000 € + 4 000 000 NOK")]
    assert [(m.amount, m.currency) for m in found] == [(500000, "EUR"), (4000000, "NOK")]


@pytest.mark.parametrize("context,kind", [
    ("Utlyst belopp", "called"),
    ("Total projektbudget", "total_budget"),
    ("Beviljat ESF-stöd", "eu_contribution"),
    ("Offentlig medfinansiering", "cofinancing"),
    ("Beviljat belopp", "granted"),
])
def test_money_funding_kind(context, kind):
    assert funding_kind(context) == kind


@pytest.mark.parametrize("text, count, figures", [
    ("300 000 100 000 400 000", 3, [300000, 100000, 400000]),  # spaces group digits and part columns alike
    ("90 000 5 500 95 500", 3, [90000, 5500, 95500]),
    ("1 200 000 800 000 2 000 000", 3, None),  # 1 200 000 | 800 000 | ... or 1 | 200 000 800 000 | ...: not told
    ("100 100", 3, None),
])
def test_figures_run_together_are_told_apart_by_how_many_there_are(text, count, figures):
    assert split_figures(text, count) == figures


def test_a_sum_in_words_with_its_figure_in_brackets():
    assert [m for m, _, _ in find_amounts("stöd med högst etthundratusen (100 000) kronor till projektet")] == \
        [Money(100000, "SEK")]
    assert find_amounts("Budget (2038): se bilaga") == []
