"""A corpus made here, in the shapes of the dev documents: fact-box pages, prose news,
multi-project listings and press releases in HTML with site chrome, and PDFs of 1 to 20
pages (some in two columns, some with budget tables). Seeded, so runs compare.

Each HTML page's content sentences are written to the manifest, so an HTML cleaner can be
scored on how many it keeps.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from extractors.lang_sv import read_tsv

THEMES = ["Kompetenslyft", "Framtidsvägen", "Digital omställning", "Gröna jobb", "Vård i fokus", "Industri 4.0",
          "Validering nu", "Språk och arbete", "Unga vuxna", "Omställning Norr", "Livslångt lärande",
          "Matchning Väst", "Tech-talanger", "Yrkesvux Plus", "Kompetensbryggan", "Steg för steg"]
FUNDS = ["Europeiska socialfonden", "Europeiska regionala utvecklingsfonden", "ESF+", "Interreg Sverige-Norge",
         "Tillväxtverket", "Leader"]
FIRST = ["Anna", "Erik", "Maria", "Johan", "Sara", "Lars", "Emma", "Karl", "Lina", "Per", "Elin", "Nils"]
LAST = ["Berg", "Lind", "Holm", "Ek", "Nyström", "Sandberg", "Åberg", "Öhman", "Lundqvist", "Falk"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
GOALS = ["Syftet är att stärka kompetensförsörjningen i länets små och medelstora företag.",
         "Minst {n} deltagare ska ha påbörjat en utbildning vid projektets slut.",
         "Projektet ska utveckla en gemensam modell för validering i {k} kommuner.",
         "Målet är att {n} arbetssökande ska gå vidare till arbete eller studier.",
         "Förväntat resultat är att {n} företag har tagit fram en kompetensplan."]
FILLER = ["Arbetet sker i nära dialog med arbetsgivare och utbildningsanordnare i regionen.",
          "Erfarenheterna från tidigare satsningar visar att samverkan över kommungränser ger resultat.",
          "Under året genomförs workshoppar, studiebesök och en gemensam konferens.",
          "Utvärderingen görs av en extern utvärderare som följer projektet under hela perioden.",
          "Deltagarna får stöd av handledare som själva har erfarenhet av branschen."]
CHROME_TOP = ("<header class='sv-header'><a href='/' class='logo'>Startsida</a><nav><ul><li><a href='/om'>Om oss</a></li>"
              "<li><a href='/nyheter'>Nyheter</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></nav>"
              "<form role='search'><label>Vad letar du efter?</label><input name='q'><button>Sök</button></form></header>"
              "<div class='cookie-banner'>Vi använder kakor för att förbättra webbplatsen. <button>Godkänn alla</button></div>"
              "<nav class='breadcrumbs'><a href='/'>Start</a> / <a href='/projekt'>Projekt</a></nav>")
CHROME_BOTTOM = ("<div class='share'>Dela <a href='#'>Facebook</a> <a href='#'>LinkedIn</a></div>"
                 "<p class='updated'>Senast ändrad: 2025-03-01</p><footer><p>Regionens hus, Storgatan 1</p>"
                 "<p>Telefon växel 010-123 45 67</p><a href='/tillganglighet'>Tillgänglighetsredogörelse</a></footer>")


@dataclass
class Corpus:
    root: Path
    html: list[str] = field(default_factory=list)
    pdf: list[str] = field(default_factory=list)
    pdf_pages: int = 0
    sentences: dict[str, list[str]] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return len(self.html) + len(self.pdf)


class _Facts:
    """One invented project."""

    def __init__(self, rng: random.Random, owners: list[str], n: int):
        self.name = f"{rng.choice(THEMES)} {n}"
        self.owner = rng.choice(owners)
        self.partners = rng.sample(owners, 3)
        y = rng.randint(2016, 2025)
        self.start = (y, rng.randint(1, 12), 1)
        self.end = (y + rng.randint(1, 3), rng.randint(1, 12), 28)
        self.amount = rng.randint(5, 400) * 10_000
        self.fund = rng.choice(FUNDS)
        self.case = f"{y % 100}-{rng.randint(100, 999)}-S{rng.randint(1, 9):02d}"
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.contact = who
        self.email = who.lower().replace(" ", ".").replace("å", "a").replace("ä", "a").replace("ö", "o") + "@example.se"
        self.goals = [g.format(n=rng.randint(10, 300), k=rng.randint(2, 9)) for g in rng.sample(GOALS, 3)]
        self.filler = rng.sample(FILLER, 3)

    def period(self) -> str:
        (y1, m1, d1), (y2, m2, d2) = self.start, self.end
        return f"{y1}-{m1:02d}-{d1:02d} – {y2}-{m2:02d}-{d2:02d}"

    def amount_text(self) -> str:
        return f"{self.amount:,}".replace(",", " ") + " kr"


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"{CHROME_TOP}<main id='content'>{body}</main>{CHROME_BOTTOM}</body></html>")


def _fact_box(f: _Facts, pdf_link: str | None) -> tuple[str, list[str]]:
    rows = [("Projektägare", f.owner), ("Diarienummer", f.case), ("Projektperiod", f.period()),
            ("Beviljat stöd", f.amount_text()), ("Finansiär", f.fund), ("Samverkansparter", ", ".join(f.partners))]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    goals = "".join(f"<li>{g}</li>" for g in f.goals)
    link = f"<p><a href='{pdf_link}'>Slutrapport (pdf)</a></p>" if pdf_link else ""
    body = (f"<h1>{f.name}</h1><dl class='facts'>{dl}</dl><h2>Bakgrund</h2><p>{' '.join(f.filler)}</p>"
            f"<h2>Mål</h2><ul>{goals}</ul><h2>Kontakt</h2><p>{f.contact}, projektledare<br>{f.email}</p>{link}")
    return _page(f.name, body), f.filler + f.goals


def _news(f: _Facts) -> tuple[str, list[str]]:
    (y, m, _), _ = f.start, f.end
    lead = (f"{f.owner} får {f.amount_text()} från {f.fund} för projektet {f.name}. "
            f"Projektet startar i {MONTHS[m - 1]} {y} och drivs i samverkan med {f.partners[0]} och {f.partners[1]}.")
    sentences = [s.strip() + "." for s in lead.split(". ") if s.strip(".")] + f.filler[:2] + [f.goals[0]]
    body = (f"<article><h1>{f.owner} får pengar till {f.name}</h1><p class='lead'>{lead}</p>"
            f"<p>{' '.join(f.filler[:2])}</p><p>{f.goals[0]}</p></article>")
    return _page(f.name, body), sentences


def _listing(facts: list[_Facts]) -> tuple[str, list[str]]:
    parts, sentences = ["<h1>Beviljade projekt inom regional kompetensförsörjning</h1>"], []
    for f in facts:
        parts.append(f"<h2>{f.owner.split()[0]} - {f.name}</h2><p>Projektägare: {f.owner}</p>"
                     f"<p>Projektperiod: {f.period()}</p><p>Syfte/mål: {f.goals[0]}</p><p>{f.filler[0]}</p>")
        sentences += [f.goals[0], f.filler[0]]
    return _page("Beviljade projekt", "".join(parts)), sentences


def _press_release(facts: list[_Facts], rng: random.Random) -> tuple[str, list[str]]:
    funder = rng.choice(["Region Västerbotten", "Region Skåne", "Region Jämtland Härjedalen"])
    items = "".join(f"<li>{f.owner} får {f.amount_text()} till projektet {f.name}</li>" for f in facts)
    intro = f"{funder} beviljar stöd till {len(facts)} projekt inom kompetensförsörjning."
    body = f"<h1>{intro}</h1><p>Utlyst belopp: 20 miljoner kronor.</p><h2>Beviljade projekt</h2><ul>{items}</ul>"
    return _page(intro, body), [f"{f.owner} får {f.amount_text()} till projektet {f.name}" for f in facts]


def _latin1(text: str) -> str:
    return text.replace("–", "-").replace("”", '"').replace("“", '"').encode("latin-1", "replace").decode("latin-1")


def _pdf(f: _Facts, pages: int, rng: random.Random) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    two_columns = rng.random() < 0.4
    with_table = rng.random() < 0.5
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "I", 8)
        pdf.set_xy(15, 8)
        pdf.cell(text=_latin1(f"{f.owner} - Slutrapport {f.name}"))
        pdf.set_xy(100, 285)
        pdf.cell(text=f"Sida {number} av {pages}")
        y = 20
        if number == 1:
            pdf.set_font("Helvetica", "B", 16)
            pdf.set_xy(15, y)
            pdf.cell(text=_latin1(f.name))
            pdf.set_font("Helvetica", size=10)
            for i, line in enumerate([f"Projektägare: {f.owner}", f"Diarienummer: {f.case}",
                                      f"Projektperiod: {f.period()}", f"Beviljat stöd: {f.amount_text()}"]):
                pdf.set_xy(15, 32 + i * 5)
                pdf.cell(text=_latin1(line))
            y = 60
        pdf.set_font("Helvetica", size=10)
        text = " ".join(rng.sample(FILLER, 5) + f.goals) * 2
        if two_columns:
            pdf.set_xy(15, y)
            pdf.multi_cell(85, 5, _latin1(text))
            pdf.set_xy(110, y)
            pdf.multi_cell(85, 5, _latin1(" ".join(reversed(text.split(". ")))))
        else:
            pdf.set_xy(15, y)
            pdf.multi_cell(180, 5, _latin1(text + " " + text))
        if with_table and number == pages:
            pdf.set_xy(15, 200)
            with pdf.table(col_widths=(60, 35, 35), width=130) as table:
                for row in [["Kostnadsslag", "Budget", "Utfall"], ["Personal", "1 200 000", "1 150 000"],
                            ["Externa tjänster", "400 000", "380 000"], ["Summa", "1 600 000", "1 530 000"]]:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
    return bytes(pdf.output())


def generate(root: Path, html: int, pdfs: int, seed: int = 7) -> Corpus:
    """Write `html` pages and `pdfs` PDFs under root/docs, index pages under root/index."""
    rng = random.Random(seed)
    owners = [f"{name} kommun" for _, name in read_tsv("municipalities.tsv")] + \
             [row[2] for row in read_tsv("regions.tsv")]
    corpus = Corpus(root=root)
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    fact_pages = [i for i in range(html) if i % 10 < 5]  # PDFs hang off fact-box pages, as reports do
    if pdfs > len(fact_pages):
        raise ValueError(f"{pdfs} PDFs need at least {pdfs * 2} HTML pages to be linked from")
    pdf_for: dict[int, str] = {}
    for j in range(pdfs):
        pages = rng.randint(1, 20)
        name = f"docs/rapport-{j:05d}.pdf"
        (root / name).write_bytes(_pdf(_Facts(rng, owners, 10_000 + j), pages, rng))
        corpus.pdf.append(name)
        corpus.pdf_pages += pages
        pdf_for[fact_pages[j * (len(fact_pages) // pdfs)]] = name
    for i in range(html):
        shape = i % 10
        if shape < 5:
            page, sentences = _fact_box(_Facts(rng, owners, i), "/" + pdf_for[i] if i in pdf_for else None)
        elif shape < 8:
            page, sentences = _news(_Facts(rng, owners, i))
        elif shape == 8:
            page, sentences = _listing([_Facts(rng, owners, i * 10 + k) for k in range(rng.randint(3, 8))])
        else:
            page, sentences = _press_release([_Facts(rng, owners, i * 10 + k) for k in range(rng.randint(3, 6))], rng)
        name = f"docs/projekt-{i:05d}.html"
        (root / name).write_text(page, encoding="utf-8")
        corpus.html.append(name)
        corpus.sentences[name] = sentences
    _indexes(root, corpus.html)
    (root / "manifest.json").write_text(json.dumps({"html": corpus.html, "pdf": corpus.pdf,
                                                    "pdf_pages": corpus.pdf_pages,
                                                    "sentences": corpus.sentences}, ensure_ascii=False))
    return corpus


def _indexes(root: Path, pages: list[str], per_page: int = 100) -> None:
    index = root / "index"
    index.mkdir(exist_ok=True)
    chunks = [pages[i:i + per_page] for i in range(0, len(pages), per_page)] or [[]]
    for n, chunk in enumerate(chunks, 1):
        links = "".join(f"<li><a href='/{p}'>Projekt {p[-10:-5]}</a></li>" for p in chunk)
        nxt = f"<a href='/index/{n + 1}.html' rel='next'>Nästa</a>" if n < len(chunks) else ""
        (index / f"{n}.html").write_text(_page("Projekt", f"<h1>Projekt</h1><ul>{links}</ul>{nxt}"), encoding="utf-8")


def load(root: Path) -> Corpus:
    data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return Corpus(root=root, html=data["html"], pdf=data["pdf"], pdf_pages=data["pdf_pages"],
                  sentences=data["sentences"])
