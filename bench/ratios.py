"""Side-by-side measurements in one process, which hold on a noisy machine: our HTML cleaning
against trafilatura, pdfplumber against pypdfium2, and the floor of the work (read the bytes,
parse them with lxml, tokenise the text with spaCy)."""
from __future__ import annotations

import re
import time
from pathlib import Path

from bench.corpus import Corpus


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _kept(sentences: list[str], text: str) -> float:
    if not sentences:
        return 1.0
    haystack = _norm(text)
    return sum(_norm(s) in haystack for s in sentences) / len(sentences)


def html_cleaning(corpus: Corpus, sample: int = 200) -> dict:
    from pipeline.parse import parse_bytes

    pages = corpus.html[:sample]
    blobs = [(name, (corpus.root / name).read_bytes()) for name in pages]
    out: dict = {"pages": len(blobs)}
    t = time.perf_counter()
    ours = [parse_bytes(data, name).text for name, data in blobs]
    out["ours_ms_per_page"] = (time.perf_counter() - t) * 1000 / len(blobs)
    out["ours_sentences_kept"] = sum(_kept(corpus.sentences[n], txt) for (n, _), txt in zip(blobs, ours)) / len(blobs)
    try:
        import trafilatura
    except ImportError:
        out["trafilatura"] = "not installed (pip install -e '.[bench]')"
        return out
    t = time.perf_counter()
    theirs = [trafilatura.extract(data.decode("utf-8"), include_tables=True, favor_recall=True) or ""
              for _, data in blobs]
    out["trafilatura_ms_per_page"] = (time.perf_counter() - t) * 1000 / len(blobs)
    out["trafilatura_sentences_kept"] = sum(_kept(corpus.sentences[n], txt)
                                            for (n, _), txt in zip(blobs, theirs)) / len(blobs)
    out["time_ratio_ours_to_trafilatura"] = out["ours_ms_per_page"] / out["trafilatura_ms_per_page"]
    return out


def pdf_text(corpus: Corpus, sample: int = 12) -> dict:
    import pypdfium2

    from pipeline.parse.pdf import parse_pdf

    files = [(corpus.root / name).read_bytes() for name in corpus.pdf[:sample]]
    pages = 0
    t = time.perf_counter()
    for data in files:
        pages += parse_pdf(data).pages or 0
    ours = time.perf_counter() - t
    t = time.perf_counter()
    for data in files:
        doc = pypdfium2.PdfDocument(data)
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()
    pdfium = time.perf_counter() - t
    return {"pdfs": len(files), "pages": pages, "ours_pages_per_s": pages / ours, "pypdfium2_pages_per_s": pages / pdfium,
            "time_ratio_ours_to_pypdfium2": ours / pdfium}


def floor_per_html_doc(corpus: Corpus, sample: int = 300) -> float:
    """Seconds per HTML document for the least any pipeline must do: read, parse, tokenise."""
    import lxml.html
    import spacy

    tokenizer = spacy.blank("sv").tokenizer
    paths = [corpus.root / name for name in corpus.html[:sample]]
    t = time.perf_counter()
    for path in paths:
        tree = lxml.html.fromstring(Path(path).read_bytes())
        tokenizer(tree.text_content())
    return (time.perf_counter() - t) / len(paths)
