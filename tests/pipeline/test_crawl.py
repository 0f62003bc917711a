"""Crawling a watched source on a real 127.0.0.1 site: pagination, project pages, linked PDFs,
failures recorded, and a second night that only asks "has it changed?"."""
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from db import models as m
from flows.ingest import run_ingest
from pipeline.config import Settings
from pipeline.crawl import Frontier, links_from_html
from pipeline.errors import SourceError
from pipeline.parse.links import Link
from pipeline.rawstore import RawStore
from pipeline.sources import SourceSpec, Target, load_sources
from tests.http_site import Site

SOURCES = """
[[source]]
name = "testsajt"
start_urls = ["{url}/projekt/"]
follow = ['/projekt/.+', '/privat/']
exclude = ['/sok']
allowed_domains = ["127.0.0.1"]
max_depth = 2
max_pages = 50
min_interval_hours = 20
delay_seconds = 0
private_hosts = ["127.0.0.1"]
"""


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture
def crawl_setup(site, tmp_path, db_url):
    toml = tmp_path / "sources.toml"
    toml.write_text(SOURCES.format(url=site.url), encoding="utf-8")
    settings = Settings(database_url=db_url, raw_dir=tmp_path / "raw", max_retries=1)
    return site, settings, str(toml)


def _documents(db_url):
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with Session(engine) as s:
        docs = {d.url: d for d in s.scalars(select(m.Document))}
        failures = [(f.url, f.stage, f.error) for f in s.scalars(select(m.Failure))]
        fetches = list(s.scalars(select(m.Fetch)))
        sources = list(s.scalars(select(m.Source)))
    engine.dispose()
    return docs, failures, fetches, sources


def test_crawl_follows_pagination_project_pages_and_linked_pdfs(crawl_setup, db_url):
    site, settings, toml = crawl_setup
    report = run_ingest([], settings, use_tasks=False, sources_file=toml)
    u = site.url
    docs, failures, fetches, sources = _documents(db_url)
    assert set(docs) == {f"{u}/projekt/", f"{u}/projekt/?page=2", f"{u}/projekt/kompetenslyftet",
                         f"{u}/projekt/framtidsvagen", f"{u}/projekt/norrsken", f"{u}/filer/slutrapport.pdf"}
    # the PDF linked from a project page is tied to that page
    assert docs[f"{u}/filer/slutrapport.pdf"].parent_url == f"{u}/projekt/kompetenslyftet"
    # never asked: robots.txt disallows /privat/, /sok is excluded, example.org is off the allowed domains
    assert not any(p.startswith(("/privat", "/sok")) for p in site.paths())
    # the broken page and the disallowed one are recorded with their reason; the run went on
    reasons = {url.replace(u, ""): error for url, _, error in failures}
    assert "HTTP 500" in reasons["/projekt/trasig"] and "robots" in reasons["/privat/hemligt"]
    assert report.counts["new"] == 6 and report.counts["failed"] == 2
    assert report.counts["projects_found"] >= 4
    assert {f.source_name for f in fetches} == {"testsajt"} and all(f.attempts for f in fetches if f.status)
    assert sources[0].name == "testsajt" and sources[0].pages_last_crawl == 8


def test_second_night_asks_conditionally_and_does_no_work(crawl_setup, db_url):
    site, settings, toml = crawl_setup
    run_ingest([], settings, use_tasks=False, sources_file=toml)
    skipped = run_ingest([], settings, use_tasks=False, sources_file=toml)
    assert "fetched less than 20" in skipped.notes[0] and sum(skipped.counts.values()) == 0
    before = len(site.requests)
    again = run_ingest([], settings, use_tasks=False, sources_file=toml, force=True)
    assert again.counts["unchanged"] == 6 and again.counts["new"] == again.counts["changed"] == 0
    assert "parse" not in again.seconds and "extract" not in again.seconds
    conditional = [h for p, h in site.requests[before:] if p not in ("/robots.txt", "/projekt/trasig")
                   and not p.startswith("/privat")]
    assert conditional and all("If-None-Match" in h and "If-Modified-Since" in h for h in conditional)
    # links of unchanged pages come from the raw store, so the whole site is still walked
    assert any(p == "/filer/slutrapport.pdf" for p in site.paths()[before:])


def test_an_unchanged_page_is_not_read_again_for_its_links(crawl_setup, db_url, monkeypatch):
    """The links read from a page are kept beside its archived copy: a night that finds it unchanged walks
    on from them; without them (deleted, or kept by other link rules) the archived page is read again."""
    site, settings, toml = crawl_setup
    run_ingest([], settings, use_tasks=False, sources_file=toml)
    kept = sorted(settings.raw_dir.rglob("*.links.json"))
    assert len(kept) == 5  # one per HTML page; none for the PDF

    def must_not_read(*_):
        raise AssertionError("an unchanged page was read again for its links")
    monkeypatch.setattr("flows.ingest_run.links_from_html", must_not_read)
    before = len(site.requests)
    again = run_ingest([], settings, use_tasks=False, sources_file=toml, force=True)
    assert again.counts["unchanged"] == 6 and again.counts["failed"] == 2
    assert "/filer/slutrapport.pdf" in site.paths()[before:]

    read: list[str] = []
    monkeypatch.setattr("flows.ingest_run.links_from_html", lambda data, url, ct: read.append(url) or
                        links_from_html(data, url, ct))
    for path in kept:
        path.unlink()
    before = len(site.requests)
    third = run_ingest([], settings, use_tasks=False, sources_file=toml, force=True)
    assert third.counts["unchanged"] == 6 and len(read) == 5 and "/filer/slutrapport.pdf" in site.paths()[before:]
    assert len(sorted(settings.raw_dir.rglob("*.links.json"))) == 5  # kept again for the next night


def test_kept_links_answer_only_for_the_same_url_and_link_rules(tmp_path):
    store = RawStore(tmp_path)
    _, page = store.put(b"<html><a href='/a'>A</a></html>", ".html")
    links = [Link("https://example.se/a", "A", False, False), Link("https://example.se/b.pdf", "", False, True)]
    store.keep_links(page, "https://example.se/", links)
    assert store.kept_links(page, "https://example.se/") == links
    assert store.kept_links(page, "https://example.se/other") is None  # the same bytes elsewhere resolve otherwise
    kept = next(tmp_path.rglob("*.links.json"))
    kept.write_text(kept.read_text().replace('"version": 1', '"version": 0'))
    assert store.kept_links(page, "https://example.se/") is None
    kept.write_text("{not json")
    assert store.kept_links(page, "https://example.se/") is None


def test_links_are_absolute_deduplicated_and_classified():
    html = b"""<html><head><base href="https://www.exempel.se/projekt/"><link rel="next" href="?sida=2"></head>
    <body><a href="a">A</a><a href="a#x">A igen</a><a href="/filer/plan.PDF">Plan</a>
    <a href="mailto:x@y.se">Mejl</a><a href="javascript:void(0)">Js</a><a href="?sida=3">3</a>
    <a href="/annat/">N&auml;sta</a></body></html>"""
    links = links_from_html(html, "https://www.exempel.se/projekt/")
    by_url = {link.url: link for link in links}
    assert set(by_url) == {"https://www.exempel.se/projekt/?sida=2", "https://www.exempel.se/projekt/a",
                           "https://www.exempel.se/filer/plan.PDF", "https://www.exempel.se/projekt/?sida=3",
                           "https://www.exempel.se/annat/"}
    assert by_url["https://www.exempel.se/filer/plan.PDF"].pdf
    assert by_url["https://www.exempel.se/projekt/?sida=2"].pagination  # rel=next
    assert by_url["https://www.exempel.se/projekt/?sida=3"].pagination  # page number on the same path
    assert by_url["https://www.exempel.se/annat/"].pagination  # "Nästa"
    assert not by_url["https://www.exempel.se/projekt/a"].pagination


def test_frontier_respects_depth_pages_domains_and_pdf_rule():
    spec = SourceSpec(name="s", start_urls=("https://a.se/lista/",), follow=(r"/lista/.+",),
                      allowed_domains=("a.se",), max_depth=1, max_pages=4)
    frontier = Frontier(spec)
    start = frontier.pop()
    links = links_from_html(b"<a href='/lista/p1'>1</a><a href='https://b.se/lista/x'>x</a>"
                            b"<a href='/lista/p2'>2</a><a href='/doc.pdf'>pdf</a><a href='/lista/p3'>3</a>"
                            b"<a href='/lista/p4'>4</a>", start.url)
    frontier.add_links(start, links, is_project_page=False)
    queued = [t.url for t in frontier.queue]
    assert queued == ["https://a.se/lista/p1", "https://a.se/lista/p2", "https://a.se/lista/p3"]  # max_pages 4
    assert any("max_pages" in reason for _, reason in frontier.skipped)
    page = frontier.pop()
    frontier.add_links(page, links_from_html(b"<a href='/lista/djup'>d</a><a href='/plan.pdf'>p</a>", page.url),
                       is_project_page=True)
    assert "https://a.se/lista/djup" not in [t.url for t in frontier.queue]  # beyond max_depth


def test_sources_file_errors_name_the_fault(tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text('[[source]]\nname = "x"\nstart_urls = ["ftp://a.se/"]\n')
    with pytest.raises(SourceError, match="not http"):
        load_sources(bad)
    bad.write_text('[[source]]\nname = "x"\nstart_urls = ["https://a.se/"]\nfolow = ["a"]\n')
    with pytest.raises(SourceError, match="unknown keys"):
        load_sources(bad)
    bad.write_text("[[source]\n")
    with pytest.raises(SourceError, match="TOML"):
        load_sources(bad)


def test_shipped_sources_file_is_valid():
    from tests.conftest import ROOT

    specs = load_sources(ROOT / "sources.toml")
    assert len(specs) == 5 and all(s.allowed_domains and s.follow for s in specs)
    assert all(not s.private_hosts for s in specs)


def test_pagination_to_numbered_sibling_pages_is_followed_but_not_to_the_next_article():
    spec = SourceSpec(name="s", start_urls=("https://a.se/index/1.html",), follow=(r"/docs/",),
                      allowed_domains=("a.se",), max_depth=1)
    frontier = Frontier(spec)
    start = frontier.pop()
    frontier.add_links(start, links_from_html(b"<a href='/index/2.html' rel='next'>N&auml;sta</a>", start.url), False)
    assert [t.url for t in frontier.queue] == ["https://a.se/index/2.html"]
    news = Target(url="https://a.se/nyheter/kompetens-i-fokus", spec=spec)
    frontier.add_links(news, links_from_html(b"<a href='/nyheter/nytt-projekt'>N&auml;sta</a>", news.url), False)
    assert "https://a.se/nyheter/nytt-projekt" not in [t.url for t in frontier.queue]


def test_fetch_rows_carry_the_sha256_of_what_was_stored(crawl_setup, db_url):
    import hashlib

    site, settings, toml = crawl_setup
    run_ingest([], settings, use_tasks=False, sources_file=toml)
    _, _, fetches, _ = _documents(db_url)
    pdf = next(f for f in fetches if f.url.endswith("/filer/slutrapport.pdf"))
    from tests.http_site import PAGES

    assert pdf.sha256 == hashlib.sha256(PAGES["/filer/slutrapport.pdf"][1]).hexdigest() and pdf.size


def test_malformed_links_are_skipped_and_the_others_kept():
    from pipeline.crawl import links_from_html

    page = (b"<html><body><a href='http://[2001:db8::1/x'>trasig</a> <a href='http:///etc/passwd'>utan v\xc3\xa4rd</a>"
            b" <a href='http://ex.se:99999/'>fel port</a> <a href='/projekt/ett'>Ett</a></body></html>")
    assert [link.url for link in links_from_html(page, "https://ex.se/")] == ["https://ex.se/projekt/ett"]


def test_every_link_the_crawl_would_follow_is_fetched_or_recorded_with_its_reason():
    spec = SourceSpec(name="s", start_urls=("https://a.se/lista/",), follow=(r"/lista/.+",),
                      allowed_domains=("a.se",), max_depth=2, max_pages=50)
    frontier = Frontier(spec)
    start = frontier.pop()
    frontier.add_links(start, links_from_html(b"<a href='/lista/a'>a</a><a href='/lista/b'>b</a>"
                                              b"<a href='/bilaga.pdf'>pdf</a>", start.url), is_project_page=False)
    assert ("https://a.se/bilaga.pdf", "a PDF linked from https://a.se/lista/, a page that describes no project") \
        in frontier.skipped
    a = frontier.pop()
    frontier.add_links(a, links_from_html(b"<a href='/lista/c'>c</a>", a.url), is_project_page=False)
    b = frontier.pop()  # b links to c as well, and b is nearer the start than c's first finder
    frontier.add_links(b, links_from_html(b"<a href='/lista/c'>c</a>", b.url), is_project_page=False)
    c = frontier.pop()
    assert c.url == "https://a.se/lista/c" and c.depth == 2
    frontier.add_links(c, links_from_html(b"<a href='/lista/d'>d</a><a href='/plan.pdf'>p</a>", c.url),
                       is_project_page=True)
    reasons = dict(frontier.skipped)
    assert reasons["https://a.se/lista/d"].startswith("beyond max_depth=2")
    assert reasons["https://a.se/plan.pdf"].startswith("beyond max_depth=2")
    assert not frontier.queue


def test_a_page_found_again_nearer_the_start_keeps_the_lesser_depth():
    spec = SourceSpec(name="s", start_urls=("https://a.se/lista/",), follow=(r"/lista/.+",), allowed_domains=("a.se",),
                      max_depth=2, max_pages=50)
    frontier = Frontier(spec)
    start = frontier.pop()
    nested = Target(url="https://a.se/lista/under/", source_name="s", spec=spec, depth=1)
    frontier.add_links(nested, links_from_html(b"<a href='/lista/sida'>s</a>", nested.url), is_project_page=False)
    frontier.add_links(start, links_from_html(b"<a href='/lista/sida'>s</a>", start.url), is_project_page=False)
    page = frontier.pop()  # queued at depth 2 first, then found from the start page at depth 1
    assert page.url == "https://a.se/lista/sida" and page.depth == 1
    frontier.add_links(page, links_from_html(b"<a href='/lista/sida/bilaga'>b</a>", page.url), is_project_page=False)
    assert [t.url for t in frontier.queue] == ["https://a.se/lista/sida/bilaga"]  # within max_depth from depth 1
