"""What the HTML parser keeps and drops, kept as data.

Swedish public sites (Sitevision, Episerver/Optimizely, WordPress) wrap a few
paragraphs of facts in the same chrome; these lists name it.
"""
from __future__ import annotations

import re

MAIN_SELECTORS = ["main", "[role=main]", "article", "#content", "#main", "#main-content", ".main-content",
                  ".sv-main-content", "#maincontent", ".page-content"]

# Elements never read.
DROP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select",
             "textarea", "nav", "dialog", "object", "embed", "canvas", "picture", "img", "video", "audio",
             "figcaption"}  # a picture's caption tells of the picture (and often of another project)
# A side box is read when it holds text of its own (a fact box, "Fakta om projektet"), not a list of links.
SIDE_TAGS = {"aside"}
SIDE_LINK_SHARE = 0.5
# Dropped outside the main content; inside it a <header> often holds the page title.
PAGE_CHROME_TAGS = {"header", "footer"}

# class/id tokens of site chrome.
CHROME_CLASS_RE = re.compile(
    r"(^|[-_ ])(cookie|cookies|consent|gdpr|breadcrumbs?|brodsmul\w*|skip(link)?|share|sharing|social|dela|"
    r"print|utskrift|search|sok|soek|searchbox|menu|meny|navigation|navbar|topnav|subnav|lang-?switch|"
    r"toolbar|verktyg|listen|lyssna|readspeaker|rs_skip|feedback|to-?top|back-?to-?top|related|puffar?|"
    r"banner|alert-bar|site-?header|site-?footer|sidfot|pagefooter|page-?header-tools|modal|popup)($|[-_ ])",
    re.IGNORECASE,
)

# Where on the site a page is, in two short steps: "Näringsliv › Projekt", "Stöd / Projektdatabasen".
SHORT_CRUMB_RE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,2} (?:›|»|>|/) [A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,2}$")
# Whole blocks that are chrome whatever element they sit in.
CHROME_PHRASES = {
    "vad letar du efter?", "sök på webbplatsen", "sök", "sök här", "dela", "dela sidan", "dela på facebook",
    "dela på linkedin", "dela på x", "skriv ut", "skriv ut sidan", "till toppen", "tillbaka till toppen",
    "lyssna", "lyssna på sidan", "läs upp", "meny", "stäng", "stäng meny", "öppna meny", "rss",
    "hoppa till innehållet", "gå direkt till innehållet", "till startsidan", "startsida", "cookies",
    "vi använder kakor", "jag godkänner", "godkänn alla", "acceptera", "inställningar för kakor",
    "tipsa", "tipsa en vän", "translate", "in english", "english", "logga in",
    "sidan uppdaterad", "senast uppdaterad", "senast ändrad", "publicerad", "nyhet", "till innehåll",
    "gå till innehållet",
}
CHROME_PREFIX_RE = re.compile(
    r"^(senast (ändrad|uppdaterad|granskad)|sidan (senast )?(ändrad|uppdaterad)|uppdaterad|publicerad|"
    r"dela (sidan|på)|vi använder (kakor|cookies)|den här webbplatsen använder)\b",
    re.IGNORECASE,
)

DATE_META = {
    "published": ["article:published_time", "dcterms.created", "dc.date", "dc.date.created", "date",
                  "publishdate", "pubdate", "datepublished"],
    "modified": ["article:modified_time", "dcterms.modified", "dc.date.modified", "last-modified",
                 "datemodified", "revised"],
}
STATED_DATE_RE = re.compile(
    r"\b(?P<what>publicerad|skapad|senast ändrad|senast uppdaterad|uppdaterad|ändrad)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})",
    re.IGNORECASE,
)


def is_chrome_phrase(text: str) -> bool:
    t = " ".join(text.split()).casefold().rstrip(" :")
    return t in CHROME_PHRASES or t + ":" in CHROME_PHRASES or bool(CHROME_PREFIX_RE.match(t) and len(t) < 80)
