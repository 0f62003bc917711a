"""Small PDFs made here with fpdf2, each in one shape real reports come in."""
from __future__ import annotations

from fpdf import FPDF

LEFT = ("Projektet Kompetenslyftet i Bergslagen startade i januari 2024. Syftet är att stärka "
        "kompetensförsörjningen i små och medelstora företag i regionen. Projektägare är Region Örebro län "
        "och arbetet sker i samverkan med fyra kommuner i norra länsdelen.")
RIGHT = ("Under det första året har 120 anställda deltagit i utbildningar inom digitalisering och automation. "
         "Företagen har själva valt vilka kurser som passar dem bäst. Utvärderingen visar att deltagarna är "
         "nöjda och att företagen vill fortsätta samarbetet efter projektets slut.")
BUDGET = [["Kostnadsslag", "2024", "2025", "Totalt"],
          ["Personal", "1 200 000", "1 300 000", "2 500 000"],
          ["Externa tjänster", "400 000", "350 000", "750 000"],
          ["Resor", "50 000", "50 000", "100 000"],
          ["Summa", "1 650 000", "1 700 000", "3 350 000"]]
HEADER = "Region Exempel - Slutrapport Kompetenslyftet"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def _titled_page(title: str, size: int, top: float) -> FPDF:
    """One page with a bold title at the top left."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, top)
    pdf.set_font("Helvetica", "B", size)
    pdf.cell(text=title)
    return pdf


def two_column(title: str = "Kompetenslyftet i Bergslagen", dateline: str | None = None) -> bytes:
    """One page with a title across and two text columns beneath it (a newsletter's dateline under the title,
    both near the top edge, when given)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(15, 10 if dateline else 20)
    pdf.cell(text=title)
    if dateline:
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(15, 20)
        pdf.cell(text=dateline)
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(15, 35)
    pdf.multi_cell(85, 5, LEFT)
    pdf.set_xy(110, 35)
    pdf.multi_cell(85, 5, RIGHT)
    return bytes(pdf.output())


def budget_table() -> bytes:
    """A paragraph, then a ruled budget table."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 5, "Budget för projektet Kompetenslyftet fördelad på kostnadsslag och år.")
    pdf.set_xy(15, 35)
    with pdf.table(col_widths=(60, 35, 35, 35), width=165, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   first_row_as_headings=True) as table:
        for row in BUDGET:
            cells = table.row()
            for value in row:
                cells.cell(value)
    return bytes(pdf.output())


def running_headers(pages: int = 3, footer: str = "") -> bytes:
    """Pages with a running header, a page number at the foot (after `footer`) and words hyphenated at line ends."""
    pdf = _pdf()
    body = [
        ["Projektet har arbetat med regional kompetens-", "försörjning i hela länet under tre år och har",
         "nått fler deltagare än planerat."],
        ["Arbetsgivarna i länet har fått stöd i strategisk", "kompetensplanering och många har tagit fram",
         "egna utvecklings-", "planer för sina anställda."],
        ["Slutsatsen är att arbetssättet bör spridas till", "fler branscher och kommuner i regionen."],
    ]
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "I", 8)
        pdf.set_xy(15, 8)
        pdf.cell(text=HEADER)
        pdf.set_font("Helvetica", size=10)
        for i, line in enumerate(body[(number - 1) % len(body)]):
            pdf.set_xy(15, 30 + i * 5)
            pdf.cell(text=line)
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(100, 285)
        pdf.cell(text=f"{footer}Sida {number} av {pages}")
    return bytes(pdf.output())


def title_lines_in_body_type() -> bytes:
    """A report whose chapter titles are set in the body's type, right above their text, and a bullet
    list whose items have a short title line over their text."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, 20)
    lines = ["Inledning och bakgrund",
             "Kommunen har under två år drivit projektet Vinterljus i byarna tillsammans med tre byalag",
             "och en lokal elfirma. Arbetet har följts av en extern utvärderare.",
             "- Vinterljus i byarna",
             "Exempelby kommun får 400 000 kronor i stöd för projektet Vinterljus i byarna."]
    for line in lines:
        pdf.set_x(15)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def figures_and_short_column() -> bytes:
    """A long left column with a financing plan set as plain lines of figures, and a right column of a
    few lines only (the end of a minute run over from the page before)."""
    pdf = _pdf()
    pdf.add_page()
    left = ["Projektet ska pågå i tre år och leds av", "Exempelby kommun tillsammans med två", "grannkommuner.",
            "Finansiär Belopp, kr", "Europeiska socialfonden 400 000", "Exempelby kommun 300 000",
            "Grannby kommun 300 000", "EX31/00101 Ljus i byn 500 000 2031-01-01",
            "EX31/00102 Bryggan 200 000 2031-05-01"] + \
           ["Nämnden har berett ärendet och finner att det", "stämmer väl med den regionala strategin."] * 8
    right = ["Information om fonden lämnades av", "förvaltningen. Inga övriga frågor", "anmäldes till sammanträdet.",
             "Justerandes sign"]
    for i, line in enumerate(left):
        pdf.set_xy(15, 20 + i * 5)
        pdf.cell(text=line)
    for i, line in enumerate(right):
        pdf.set_xy(110, 20 + i * 5)
        pdf.cell(text=line)
    return bytes(pdf.output())


WRAPPED_ROWS = ["Bilaga 1 Beviljade projekt Ärende Sökande Projekt Beviljat (kr) Projektperiod",
                "AB31/00101 Exempelby kommun Ljus i", "byn 500 000 2031-01-01", "2031-12-31",
                "AB31/00102 Granby Idrottsförening Nya", "spår 200 000 2031-05-01", "2032-04-30"]
WRAPPED_SENTENCE = ["Projektet leds av Exempelby kommun och har partner i Finland, Norge och",
                    "Danmark: Åsby universitet, Granby stad och Lidby kommune."]

# An entry's title line, ending in its sum and years well short of the edge, over its text at the same spacing.
ENTRY_OVER_TEXT = ["Fjällbadet i Åby, 300 000 kronor ur regionalfonden år 2031-2032",
                   "Projektägare Åby kommun vill bygga om badhuset så att det kan värmas med solenergi och spillvärme",
                   "från fjärrvärmeverket i kommunen. Arbetet ska vara klart till sommaren."]
# A form transcript run into one paragraph: a field's number ("7.") may open a wrapped line; a real list stays.
WRAPPED_FIELD_NUMBERS = ["Projektplan 6. Bakgrund Byn saknar en samlingslokal sedan skolan i Granby stängde och",
                         "7. Syfte Syftet är att bygga om skolan till ett hus för hela bygden.",
                         "Målen är:", "1. Ett hus som är öppet varje vecka.", "2. Fler föreningar som möts där."]


def wrapped_lines(lines: list[str]) -> bytes:
    """Lines set one under the other at a paragraph's spacing, as a narrow column wraps a table or a sentence."""
    pdf = _pdf()
    pdf.add_page()
    for i, line in enumerate(lines):
        pdf.set_xy(15, 30 + 5 * i)
        pdf.cell(text=line)
    return bytes(pdf.output())


FORM_FACTS = [("Sökande", "Exempelby båtklubb"), ("Organisationsnummer", "802400-0005"), ("Projektnamn", "Nya bryggan"),
              ("Beviljat", "75 000 kronor")]


def _facts(pdf: FPDF, facts: list[tuple[str, str]], value_x: float, top: float, step: float) -> None:
    """A form's facts, each label in bold at the left margin and its value in a column to the right of it."""
    for n, (label, value) in enumerate(facts):
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(15, top + step * n)
        pdf.cell(text=label)
        pdf.set_font("Helvetica", size=10)
        pdf.set_xy(value_x, top + step * n)
        pdf.cell(text=value)


def label_column_close_to_values() -> bytes:
    """A form's labels beside their values, one label long enough to come close to the column of values."""
    pdf = _pdf()
    pdf.add_page()
    _facts(pdf, FORM_FACTS, value_x=60, top=20, step=6)
    return bytes(pdf.output())


def year_wrapped_onto_its_own_line() -> bytes:
    """A fact whose year wraps onto a line of its own, and a page number at the foot."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(15, 60)
    pdf.multi_cell(66, 6, "Projekttid: 1 feb 2031 - 31 jan 2033")  # "2033" alone on the second line
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(15, 80)
    pdf.multi_cell(180, 5, "Projektet ska ge fler unga arbete. " * 6)
    pdf.set_xy(100, 285)
    pdf.cell(text="3")
    return bytes(pdf.output())


def letter_with_address_beside_its_case() -> bytes:
    """A letter's addressee on the left and its date and case number on the right, on the same lines."""
    pdf = _pdf()
    pdf.add_page()
    for n, (left, right) in enumerate([("Exempelby IF", "Datum: 2031-11-04"), ("Box 12", "Dnr: KS 2031/77"),
                                       ("123 45 Exempelby", "")]):
        pdf.set_xy(15, 40 + 6 * n)
        pdf.cell(text=left)
        if right:
            pdf.set_xy(120, 40 + 6 * n)
            pdf.cell(text=right)
    return bytes(pdf.output())


def title_beside_small_dateline() -> bytes:
    """A letterhead: the organisation's name in large type, the document's kind in small type far to its right."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(15, 15)
    pdf.cell(text="Leader Exempel")
    pdf.set_font("Helvetica", size=9)
    pdf.set_xy(150, 15)
    pdf.cell(text="Beslut")
    pdf.set_xy(15, 40)
    pdf.multi_cell(180, 5, "Projektet ska ge byn en ny brygga. " * 4)
    return bytes(pdf.output())


def text_beside_a_fact_column() -> bytes:
    """A brochure page: body text on the left two thirds, a column of facts down the right third."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, 30)
    pdf.multi_cell(125, 5, "Bygden ska få en ny brygga och en badplats som alla kan nå. " * 5, align="L")
    y = 30
    for label, value in [("Projektägare", "Exempelby byalag"), ("Projekttid", "2031-01-01 - 2031-12-31"),
                         ("Budget", "450 000 kronor"), ("Finansiärer", "Leader Exempel, Exempelby kommun"),
                         ("Kontakt", "Eva Exempel, eva.exempel@exempelbyalagetsforening.se")]:
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(150, y)
        pdf.multi_cell(45, 4.5, label, align="L")
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(150, pdf.get_y())
        pdf.multi_cell(45, 4.5, value, align="L")
        y = pdf.get_y() + 3
        pdf.set_font("Helvetica", size=10)
    return bytes(pdf.output())


def columns_between_full_lines(title: str) -> bytes:
    """A newsletter page: a title, two items side by side, then a paragraph across the page and a footer."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(15, 20)
    pdf.cell(text=title)
    pdf.set_font("Helvetica", size=10)
    for x, text in ((15, LEFT), (110, RIGHT)):
        pdf.set_xy(x, 35)
        pdf.multi_cell(85, 5, text)
    pdf.set_xy(15, 90)
    pdf.multi_cell(180, 5, "Pengarna kommer från Exempelfonden och delas ut två gånger om året till föreningar i bygden.")
    pdf.set_xy(15, 100)
    pdf.cell(text="Exempelbygden, Box 1, 123 45 Exempelby")
    return bytes(pdf.output())


def columns_over_a_heading_and_its_paragraph() -> bytes:
    """A newsletter page: a title, two items side by side (the left one longer), then a bold heading on the left
    and its paragraph across the page."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(15, 20)
    pdf.cell(text="Nytt från Exempelbygden")
    pdf.set_font("Helvetica", size=10)
    for x, text in ((15, LEFT + " Kontakt: Eva Exempel, eva@exempel.se"), (110, RIGHT)):
        pdf.set_xy(x, 35)
        pdf.multi_cell(85, 5, text)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(15, pdf.get_y() + 4)
    pdf.cell(text=CLOSING_HEADING)
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(15, pdf.get_y() + 8)
    pdf.multi_cell(180, 5, "Nästa utlysning öppnar den första september och stänger i slutet av oktober samma år.")
    return bytes(pdf.output())


CLOSING_HEADING = "Ny utlysning i höst"


def form_fields_over_their_values() -> bytes:
    """An application form set line under line, no space between: each field's name, then its value."""
    return wrapped_lines(["Ansökan om stöd till ett lokalt utvecklingsprojekt enligt förordningen om bidrag till föreningar.",
                          "1. Sökande", "1.1 Organisationens namn", "Exempelby idrottsförening",
                          "1.2 Organisationsnummer", "802400-0005", "2. Projektet", "2.1 Projektets namn", "Ljus i spåret"])


def boxed_form_fields() -> bytes:
    """An application form of ruled boxes, each a small label over what was filled in (a long answer wraps)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Ansökan om projektstöd", new_x="LMARGIN", new_y="NEXT")
    for label, value in [("Organisationens namn", "Exempelby Energi AB"), ("Organisationsnummer", "556000-0000"),
                         ("Projektets syfte", "Syftet är att bygga tio laddplatser i byarna runt sjön och att lära ut "
                                              "hur de används.")]:
        pdf.set_font("Helvetica", size=7)
        pdf.cell(100, 4, label, border="LTR", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(100, 6, value, border="LBR", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def short_bold_lines_over_a_title() -> bytes:
    """A site's name and a dated kind line in bold, each short, over a wrapped bold title."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Leader Exempelbygd", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Nyheter 2031-10-02", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(120, 7, "Styrelsen har beviljat stöd till åtta nya projekt i byarna runt sjön under hösten",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Vid sitt möte i september beslutade styrelsen att bevilja stöd till åtta projekt. " * 20,
                   new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


RUN_ON_LEFT = ["Projektet Ny skolväg startade i mars i år och ska", "bygga en gång- och cykelväg mellan byarna så att",
               "barnen i Åby och Öby kan cykla säkert till skolan", "på egen hand hela vägen längs den gamla banvallen"]
RUN_ON_RIGHT = ["utan att korsa riksvägen på något enda ställe. Det", "blir klart hösten 2032 enligt planen för arbetet."]


def paragraph_over_the_column_break(rows: int = 40) -> bytes:
    """Two columns under a running header, a page footer set across both: the left column's last paragraph
    runs on at the top of the right column."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 8)
    pdf.cell(text="Region Exempel - Nyhetsbrev")
    pdf.set_font("Helvetica", size=10)
    filler = ["Kommunen har under hösten haft flera möten med", "föreningarna i byarna om hur de vill utveckla",
              "sina mötesplatser och vad de behöver för stöd."]
    left = [filler[i % 3] for i in range(rows - len(RUN_ON_LEFT))] + RUN_ON_LEFT
    for i, line in enumerate(left):
        pdf.set_xy(15, 25 + i * 5)
        pdf.cell(text=line)
    for i, line in enumerate(RUN_ON_RIGHT + filler):
        pdf.set_xy(110, 25 + i * 5)
        pdf.cell(text=line)
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 285)
    pdf.cell(text="Dnr RE 2031/12")
    pdf.set_xy(180, 285)
    pdf.cell(text="Sida 1")
    return bytes(pdf.output())


NARROW_PARAGRAPH = ("Styrgruppen för Region Exempel Norra Delen beslutade i går att bevilja medel till tre nya projekt "
                    "inom programmet Interreg Exempel Syd.")


def narrow_column_over_a_spread_footer() -> bytes:
    """A paragraph in a narrow column, its first line a few capitalised words, and a footer whose parts stand at
    both margins ("Dnr ..." left, "Sida 1" right)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(20, 30)
    pdf.multi_cell(62, 5, NARROW_PARAGRAPH)
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(20, 280)
    pdf.cell(text="Dnr 2031/117")
    pdf.set_xy(180, 280)
    pdf.cell(text="Sida 1")
    return bytes(pdf.output())


def bold_letterhead_beside_a_dateline() -> bytes:
    """A letterhead in small type: the organisation's name of several words in bold, the kind of document and its
    date in regular type of about its size at the right margin; then the facts in a label and a value column."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(15, 12)
    pdf.cell(text="Leader Berg, dal och sjö")
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(150, 12)
    pdf.cell(text="Beslut 2031-06-12")
    _facts(pdf, [("Sökande", "Åby byalag"), ("Projektnamn", "Ny brygga")], value_x=75, top=30, step=7)
    return bytes(pdf.output())


def facts_between_a_title_and_a_closing_paragraph() -> bytes:
    """A report's facts in a label and a value column (the values long enough to fill the page's right part),
    between its title and a paragraph set across the page: a form, not two columns of text."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(15, 15)
    pdf.cell(text="Slutrapport")
    _facts(pdf, REPORT_FACTS, value_x=65, top=30, step=7)
    pdf.set_xy(15, 80)
    pdf.multi_cell(180, 5, text="Projektet visar att stöd i hemmet gör störst skillnad för de äldre, och kommunen "
                                "fortsätter nu arbetet i sin ordinarie verksamhet.")
    return bytes(pdf.output())


REPORT_FACTS = [("Projektnamn", "Digitala bygder"), ("Projektägare", "Exempelby kommun"), ("Diarienummer", "RUN 2031/118"),
                ("Projektperiod", "2031-09-01 - 2033-08-31"), ("Beviljat stöd", "2 150 000 kr från Region Exempel")]


UNRULED_HEAD = ["Dnr", "Sökande", "Projekt", "Beviljat", "Period"]
UNRULED_ROWS = [["A 2031/1", "Åby\nkommun", "Nya\nbryggan", "300 000", "2031"],
                ["A 2031/2", "Öby byalag", "Ljus i byn", "90 000", "2031-2032"],
                ["A 2031/3", "Exempelby\nidrottsförening", "Is på sjön", "45 000", "2032"]]


def unruled_table(centred: bool) -> bytes:
    """A paragraph over a table set without rules, a cell's text wrapped in some rows; `centred` sets the cells of
    one line in the middle of their row's height, as word processors do, not at its top."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 5, "Nämnden har beviljat stöd till följande projekt.")
    widths = [30, 45, 40, 30, 30]
    y = 32.0
    pdf.set_font("Helvetica", "B", 10)
    x = 15.0
    for head, w in zip(UNRULED_HEAD, widths):
        pdf.set_xy(x, y)
        pdf.cell(w, 5, head)
        x += w
    pdf.set_font("Helvetica", size=10)
    y += 8
    for row in UNRULED_ROWS:
        lines = max(c.count("\n") + 1 for c in row)
        x = 15.0
        for cell, w in zip(row, widths):
            own = cell.count("\n") + 1
            pdf.set_xy(x, y + (2.5 * (lines - own) if centred else 0))
            pdf.multi_cell(w, 5, cell)
            x += w
        y += 5 * lines + 3
    pdf.set_xy(15, y + 4)
    pdf.multi_cell(180, 5, "Beslutet har fattats av nämnden.")
    return bytes(pdf.output())


BOLD_FORM = [("Stödmottagare", "Åby båtklubb"), ("Projektets namn", "Nya bryggan"), ("Beviljat stöd", "90 000 kr"),
             ("Projektet ska vara genomfört senast", "2032-12-31"), ("Sista dag för att begära utbetalning", "2033-03-31"),
             ("Ansvarig handläggare på kontoret", "Eva Ek")]


def bold_labels_beside_values(facts: list[tuple[str, str]] | None = None, label_width: float = 90) -> bytes:
    """A decision's facts: labels in bold in a left column, some of them long, each beside its value; in a narrow
    column (`label_width`) the long ones wrap onto a second line."""
    pdf = _titled_page("Beslut om stöd", 14, 20)
    y = 32.0
    for label, value in facts or BOLD_FORM:
        pdf.set_xy(15, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(label_width, 6, label)
        height = pdf.get_y() - y
        pdf.set_xy(15 + label_width + 5, y)
        pdf.set_font("Helvetica", size=10)
        pdf.cell(60, 6, value)
        y += max(height, 6) + 1
    pdf.set_xy(15, y + 5)
    pdf.multi_cell(180, 5, "Stödet lämnas enligt förordningen om stöd för lokalt ledd utveckling och betalas ut i efterhand "
                           "mot redovisade kostnader.")
    return bytes(pdf.output())


BOXES_SIDE_BY_SIDE = [("Sökandens namn", "Exempelby byalag"), ("Organisationsnummer", "802400-0005"),
                      ("Projektets namn", "Ljus i byn"), ("Leaderområde", "Leader Exempelbygd"),
                      ("Sökt stöd, kronor", "120 000"), ("Total budget, kronor", "150 000")]


def boxes_side_by_side() -> bytes:
    """An application form of ruled boxes two to a row, each a small label over what was filled in, the boxes
    apart from each other (no table's grid)."""
    pdf = _titled_page("Ansökan om projektstöd", 13, 15)
    y = 28.0
    for i in range(0, len(BOXES_SIDE_BY_SIDE), 2):
        for k, (label, value) in enumerate(BOXES_SIDE_BY_SIDE[i:i + 2]):
            x = 15 + k * 92
            pdf.rect(x, y, 88, 14)
            pdf.set_xy(x + 1, y + 1)
            pdf.set_font("Helvetica", size=7)
            pdf.cell(80, 4, label)
            pdf.set_xy(x + 1, y + 6)
            pdf.set_font("Helvetica", size=10)
            pdf.cell(80, 6, value)
        y += 16
    return bytes(pdf.output())


def minute_with_margin_column() -> bytes:
    """A minute whose items carry "§ 12" and a case wrapped over two lines in a narrow left margin, the item's
    heading and text indented beside them."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(15, 15)
    pdf.cell(text="PROTOKOLL")
    y = 30.0
    for number, case, heading, text in (
            ("12", "KS 2032/45", "Bidrag till projektet Nya spåret",
             "Åby IF har ansökt om bidrag för projektet Nya spåret, som ska ge länets skidåkare ett belyst spår. "
             "Kommunstyrelsen beslutar att bevilja föreningen 90 000 kronor."),
            ("13", "KS 2032/51", "Redovisning av delegationsbeslut",
             "Kommunstyrelsen lägger redovisningen av delegationsbesluten för mars till handlingarna.")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(15, y)
        pdf.multi_cell(16, 5, f"§ {number}\n{case}")
        pdf.set_xy(40, y)
        pdf.multi_cell(150, 5, heading)
        pdf.set_font("Helvetica", size=10)
        pdf.set_x(40)
        pdf.multi_cell(150, 5, text)
        y = pdf.get_y() + 8
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 280)
    pdf.cell(text="Åby kommun      Justerare      Sida 1")
    return bytes(pdf.output())


def long_label_close_to_its_value() -> bytes:
    """A form's labels in a column and their values in another; one label long enough to run up close to its value."""
    pdf = _pdf()
    pdf.add_page()
    y = 20.0
    for label, value in (("Stodmottagare", "Aby Fiskevardsforening"), ("Projektnamn", "Fiskevagar i Aby"),
                         ("Beviljat stod", "300 000 kronor"), ("Stodet anvands mellan", "2033-01-01 och 2034-12-31")):
        pdf.set_xy(15, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(text=label)
        pdf.set_xy(15 + pdf.get_string_width("Stodet anvands mellan") + 2.5, y)
        pdf.set_font("Helvetica", size=10)
        pdf.cell(text=value)
        y += 7
    return bytes(pdf.output())


def small_labels_over_boxed_values(numbered: bool = False) -> bytes:
    """A form whose field labels are set small, each over the value filled in under it in a ruled box set larger:
    numbered ("1. Projektets namn") under a paragraph of instructions in the body's type, or bare and alone (the
    values, then, the largest type but the title)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "Slutrapport" if numbered else "Projektplan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Rapporten lämnas till leaderkontoret senast tre månader efter projektets slut. Fyll i alla "
                         "fält och bifoga en sammanställning av kostnaderna, fakturor och de protokoll som styrgruppen "
                         "har fört under projekttiden. Rapporten granskas innan den sista utbetalningen görs. "
                         "Skriv kort och konkret om vad projektet har gjort, vilka som har deltagit och vad som "
                         "händer nu när projektet är slut. Beskriv också vad som inte blev som det var tänkt och "
                         "varför, så att andra som planerar liknande projekt kan lära av era erfarenheter."
                   if numbered else "", new_x="LMARGIN", new_y="NEXT")
    for n, (label, value) in enumerate([("Projektets namn", "Ljus i byn"), ("Stödmottagare", "Exempelby byalag"),
                                        ("Organisationsnummer", "802400-0005"),
                                        ("Projektperiod", "2031-05-01 - 2032-04-30")], start=1):
        pdf.set_font("Helvetica", size=7)
        pdf.cell(0, 4, f"{n}. {label}" if numbered else label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=9)
        pdf.multi_cell(120, 6, value, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def numbered_bold_labels_beside_values() -> bytes:
    """An application form whose numbered labels, set bold and marked required, stand beside their values."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "Ansökan om projektstöd", new_x="LMARGIN", new_y="NEXT")
    for label, value in [("1.1 Organisationens namn*", "Exempelby byalag"), ("1.2 Organisationsnummer*", "802400-0005"),
                         ("3.1 Projektets namn*", "Ljus i byn"), ("3.2 Startdatum*", "2031-04-01")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(65, 6, label)
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


GRID = [["", "EUR", "NOK"], ["EU-medel", "300 000", ""], ["Statliga medel", "", "900 000"]]


def grid_under_a_corner_head() -> bytes:
    """A ruled budget whose head leaves its corner empty over the rows' labels, a sum in one column or the other."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Budget", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(80, 40, 40), text_align="LEFT") as table:
        for row in GRID:
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def footnote_mark_after_a_sum() -> bytes:
    """A sentence whose sum carries a footnote's mark, a small digit set right after the word."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(15, 30)
    pdf.write(5, "Kommunen har beviljat 40 000 kronor")
    pdf.set_font("Helvetica", size=6)
    pdf.write(3, "2")
    pdf.set_font("Helvetica", size=10)
    pdf.write(5, " till projektet Ljus i byn.")
    return bytes(pdf.output())


OPTIONS_AND_BOXES = [("Sökande organisation", "Åby byalag ideell förening"), ("Organisationsnummer", "802400-0005"),
                     ("Projektets namn", "Ljus i byn"), ("Sökt belopp, kronor", "120 000"), ("Projektstart", "2031-04-01"),
                     ("Projektslut", "2032-03-31"), ("Kontaktperson", "Eva Ek"), ("E-post", "eva.ek@example.se")]


def options_over_labelled_boxes() -> bytes:
    """An application form: a line of options to tick, then ruled boxes two to a row, each under its small label."""
    pdf = _titled_page("Ansökan om bidrag", 13, 15)
    pdf.add_font("S", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # (the boxes' glyphs)
    pdf.set_xy(10, 26)
    pdf.set_font("S", size=10)
    pdf.cell(text="☒ Ny ansökan     ☐ Ändringsansökan     ☐ Slutredovisning")
    y = 34.0
    for i in range(0, len(OPTIONS_AND_BOXES), 2):
        for k, (label, value) in enumerate(OPTIONS_AND_BOXES[i:i + 2]):
            x = 10 + k * 98
            pdf.set_xy(x, y)
            pdf.set_font("S", size=7)
            pdf.cell(90, 4, label)
            pdf.set_xy(x, y + 4)
            pdf.set_font("S", size=10)
            pdf.cell(90, 7, value, border=1)
        y += 13
    pdf.set_xy(15, y + 4)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(180, 5, "Projektet ska sätta upp belysning längs byns gator och stigar så att fler vågar gå ute på "
                           "kvällarna under den mörka delen av året.")
    return bytes(pdf.output())


WRAPPED_LABELS = [("Projektets namn", "Ljus i byn"), ("Stödmottagarens namn (organisation)", "Åby byalag ideell förening"),
                  ("Organisationsnummer", "802400-0005"), ("Total budget för projektet", "150 000 kr")]


def head_cell_over_two_columns() -> bytes:
    """A ruled table whose head has a cell spanning the two columns that a second head row names."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    widths, top = (50, 50, 30, 30), 30
    pdf.set_xy(15, 18)
    pdf.cell(text="Beviljade projekt i Exempelbygd under året, med stödet fördelat på dess finansiärer.")
    pdf.set_xy(15, top)
    pdf.cell(widths[0], 12, "Projekt", border=1)
    pdf.cell(widths[1], 12, "Sökande", border=1)
    pdf.cell(widths[2] + widths[3], 6, "Belopp (kr)", border=1, align="C")
    pdf.set_xy(15 + widths[0] + widths[1], top + 6)
    pdf.cell(widths[2], 6, "EU", border=1)
    pdf.cell(widths[3], 6, "Region", border=1)
    for n, row in enumerate([("Ny brygga", "Aby IF", "100 000", "50 000"), ("Ljus i byn", "Oby byalag", "80 000", "20 000")]):
        pdf.set_xy(15, top + 12 + 7 * n)
        for width, text in zip(widths, row):
            pdf.cell(width, 7, text, border=1)
    return bytes(pdf.output())


def table_alone() -> bytes:
    """A page of nothing but a ruled table, as a spreadsheet printed to PDF is."""
    pdf = _pdf()
    pdf.add_page()
    with pdf.table(col_widths=(50, 50, 30)) as table:
        for row in [("Projekt", "Sökande", "Belopp"), ("Ny brygga", "Aby IF", "100 000 kr"), ("Ljus i byn", "Oby byalag", "80 000 kr")]:
            cells = table.row()
            for value in row:
                cells.cell(value)
    return bytes(pdf.output())

