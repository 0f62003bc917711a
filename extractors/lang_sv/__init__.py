"""Swedish language data: month names, number words, seasons, and the gazetteers (data files)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # English, as Interreg programmes write their fact sheets
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    # Norwegian and Danish, as Interreg Sverige-Norge and Öresund-Kattegat-Skagerrak write
    "januar": 1, "februar": 2, "marts": 3, "mai": 5, "desember": 12,
}
MONTH_PATTERN = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|" \
                r"january|february|march|may|june|july|august|october|januar|februar|marts|mai|desember|" \
                r"jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
SEASONS = (r"(?:våren|sommaren|hösten|vintern|vårterminen|höstterminen|HT|VT|början av|slutet av|mitten av|halvårsskiftet|"
           r"midsommar(?:en)?|jul(?:en)?|påsk(?:en)?|nyår(?:et)?|"  # a holiday of a year names its year, no month
           r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?|"  # English: "in autumn 2035"
           r"Q[1-4]|kvartal [1-4]|(?:första|andra|tredje|fjärde|sista) kvartalet(?: av)?)")  # a quarter names no month

# A project's parts named by their kind ("Arbetspaket 2", "Delprojektet", "Work package 1"): no projects of their own.
PROJECT_PART_NOUNS = r"(?:arbetspaket(?:et)?|delprojekt(?:et)?|work packages?)"

NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
    "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
    "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100, "tusen": 1000,
}


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file in this folder; '#' starts a comment."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
