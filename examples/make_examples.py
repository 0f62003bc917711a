"""Make the bundled examples: an HTML page (with the chrome Swedish public sites carry)
and a PDF rendition of each text document given.

    python examples/make_examples.py ../shared/corpus/dev/*.txt

The HTML is Sitevision-like for odd-numbered documents and Episerver-like for even ones.
The PDF uses DejaVu Sans (Debian's fonts-dejavu-core) so that å, ä, ö, – and • survive.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from pipeline.parse.text import text_blocks

HERE = Path(__file__).parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

CHROME_TOP = """<div id="cookie-banner" class="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska
fungera.</p><button>Godkänn alla</button><button>Inställningar för kakor</button></div>
<header class="site-header"><a class="skip-link" href="#main">Hoppa till innehållet</a>
<a href="/"><img src="/logo.svg" alt="Startsida"></a>
<form role="search" class="searchbox"><label>Vad letar du efter?</label><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
<nav class="main-menu"><ul><li><a href="/">Start</a></li><li><a href="/projekt">Projekt</a></li>
<li><a href="/regional-utveckling">Regional utveckling</a></li><li><a href="/om-oss">Om oss</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/projekt">Projekt</a></li></ol></nav>"""
CHROME_BOTTOM = """<div class="share-tools"><a href="#">Dela</a> <a href="#">Skriv ut</a> <a href="#top">Till toppen</a></div>
<footer class="site-footer"><p>Postadress: Box 100, 123 45 Exempelstad</p><p>Telefon växel: 010-123 45 00</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/kakor">Om kakor</a></li></ul></footer>"""


def to_html(text: str, title: str, sitevision: bool) -> str:
    body: list[str] = []
    open_list = False
    for b in text_blocks(text):
        if b.kind != "list_item" and open_list:
            body.append("</ul>")
            open_list = False
        t = html.escape(b.text)
        if b.kind == "heading":
            body.append(f'<h2 class="subheading">{t}</h2>' if sitevision else f"<h2>{t}</h2>")
        elif b.kind == "list_item":
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{t}</li>")
        elif b.kind == "key_value":
            body.append(f"<p><strong>{html.escape(b.key or '')}:</strong> {html.escape(b.value or '')}</p>")
        else:
            body.append(f'<p class="normal">{t}</p>' if sitevision else f"<p>{t}</p>")
    if open_list:
        body.append("</ul>")
    main = "\n".join(body)
    if sitevision:
        content = f'<div class="sv-layout" id="main"><div class="sv-text-portlet sv-use-margins">{main}</div></div>'
    else:
        content = f'<main id="main-content"><article class="page-content">{main}</article></main>'
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="2024-05-02"></head>\n<body>\n{CHROME_TOP}\n'
            f"{content}\n{CHROME_BOTTOM}\n</body></html>\n")


def to_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in text_blocks(text):
        if b.kind == "heading":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(width, 7, b.text)
        elif b.kind == "list_item":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(width, 5, "• " + b.text)
        elif b.kind == "key_value":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(width, 5, f"{b.key}: {b.value}")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(width, 5, b.text)
        pdf.ln(3)
    pdf.output(str(out))


def main(paths: list[str]) -> None:
    for i, p in enumerate(sorted(paths)):
        src = Path(p)
        text = src.read_text(encoding="utf-8")
        title = next((line.strip() for line in text.splitlines() if len(line.strip()) > 8), src.stem)
        (HERE / f"{src.stem}.html").write_text(to_html(text, title, sitevision=i % 2 == 1), encoding="utf-8")
        to_pdf(text, HERE / f"{src.stem}.pdf")
        print("wrote", src.stem)


if __name__ == "__main__":
    main(sys.argv[1:])
