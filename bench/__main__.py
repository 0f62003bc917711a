"""`python -m bench`: generate a corpus, serve it on 127.0.0.1, ingest it, and report.

Figures: documents per second end to end; seconds per stage per document; peak memory
at two corpus sizes; a second run over the unchanged corpus; a reprocess of the archive;
Prefect's overhead against calling the stages directly; one-document `kompetens ingest`;
and the ratios of ratios.py. JSON to --out, a table to standard output.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from bench import ratios
from bench.corpus import Corpus, generate, load
from bench.site import Site, sources_toml

ROOT = Path(__file__).resolve().parent.parent


PREFECT_HOME: Path | None = None
"""One Prefect home for every run of the benchmark, as a user's project folder keeps one."""


def _env() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if PREFECT_HOME is not None:
        env["PREFECT_HOME"] = str(PREFECT_HOME)
    return env


def _child(command: str, db: str, raw: Path, sources: str = "", *paths: str) -> dict:
    env = _env()
    out = subprocess.run([sys.executable, "-m", "bench.child", command, db, str(raw), sources, *paths], env=env,
                         capture_output=True, text=True, cwd=raw.parent)
    if out.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _corpus(work: Path, name: str, html: int, pdfs: int) -> Corpus:
    root = work / name
    manifest = root / "manifest.json"
    if manifest.exists():
        corpus = load(root)
        if len(corpus.html) == html and len(corpus.pdf) == pdfs:
            return corpus
        shutil.rmtree(root)
    return generate(root, html, pdfs)


def _pg_database(admin_url: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    admin = admin_url.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"kompetens_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name, drop


def _run_set(corpus: Corpus, work: Path, tag: str, db: str | None = None) -> dict:
    """First run, second run and reprocess of one corpus into one database."""
    run_dir = work / f"run-{tag}"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    db = db or f"sqlite:///{run_dir / 'bench.db'}"
    raw = run_dir / "raw"
    toml = run_dir / "sources.toml"
    with Site(corpus.root) as site:
        toml.write_text(sources_toml(site.url, corpus.documents + 200), encoding="utf-8")
        first = _child("ingest", db, raw, str(toml))
        second = _child("ingest", db, raw, str(toml))
    reprocess = _child("reprocess", db, raw)  # the site is gone: no fetch is possible
    return {"first": first, "second": second, "reprocess": reprocess}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--html", type=int, default=1000, help="HTML pages in the large corpus (default 1000)")
    p.add_argument("--pdf", type=int, default=30, help="PDFs (1-20 pages) in the large corpus (default 30)")
    p.add_argument("--small", type=int, default=250, help="HTML pages in the small corpus, for memory growth")
    p.add_argument("--work", default="bench-work", help="folder for corpora, databases and raw stores")
    p.add_argument("--postgres", default=os.environ.get("KOMPETENS_TEST_DATABASE_URL"),
                   help="admin URL of a PostgreSQL server to run on as well (default: KOMPETENS_TEST_DATABASE_URL)")
    p.add_argument("--skip-prefect", action="store_true", help="skip the Prefect overhead and one-document runs")
    p.add_argument("--skip-dask", action="store_true", help="skip the Dask scale-out runs (1 and 2 workers)")
    p.add_argument("--out", default="bench-results.json")
    args = p.parse_args(argv)
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    global PREFECT_HOME
    PREFECT_HOME = work / ".prefect"
    t_all = time.perf_counter()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}

    big = _corpus(work, "corpus-large", args.html, args.pdf)
    small_pdfs = max(1, args.pdf * args.small // max(1, args.html))
    small = _corpus(work, "corpus-small", args.small, small_pdfs)
    results["corpus"] = {"large": {"html": len(big.html), "pdf": len(big.pdf), "pdf_pages": big.pdf_pages},
                         "small": {"html": len(small.html), "pdf": len(small.pdf), "pdf_pages": small.pdf_pages}}
    print(f"corpus: {big.documents} documents ({big.pdf_pages} PDF pages); small: {small.documents}", flush=True)

    results["sqlite"] = _run_set(big, work, "sqlite")
    results["small_sqlite"] = {"first": _run_set(small, work, "small")["first"]}
    if args.postgres:
        db, drop = _pg_database(args.postgres)
        try:
            results["postgresql"] = _run_set(big, work, "pg", db)
        finally:
            drop()

    if not args.skip_prefect:
        results["prefect"] = _prefect_overhead(big, work)
    if args.postgres and not args.skip_prefect and not args.skip_dask and importlib.util.find_spec("prefect_dask"):
        results["dask"] = _dask_scaleout(big, args.postgres, work)
    results["ratios"] = {"html_cleaning": ratios.html_cleaning(big), "pdf_text": ratios.pdf_text(big),
                         "floor_s_per_html_doc": ratios.floor_per_html_doc(big)}
    results["stages_html_only"] = _html_stage_costs(big)
    results["examples_rerun"] = _examples_rerun(work)
    results["train_kind_costs"] = _train_kind_costs()
    results["wall_s"] = time.perf_counter() - t_all
    summary = summarise(results)
    results["summary"] = summary
    Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print_table(summary)
    print(f"\nfull results: {args.out} ({results['wall_s']:.0f} s)")
    return 0


def _prefect_overhead(corpus: Corpus, work: Path) -> dict:
    """The same corpus (as local files) through the Prefect flow and through the stages directly;
    and `kompetens ingest` of one document: the first ever in a project folder (Prefect creates
    its state), again (warm), and with --no-prefect."""
    out = {}
    docs = str(corpus.root / "docs")
    for mode in ("ingest", "prefect-ingest"):
        run_dir = work / f"run-{mode}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        out[mode] = _child(mode, f"sqlite:///{run_dir / 'p.db'}", run_dir / "raw", "", docs)
    with _prefect_server(work) as api:  # as the nightly deployment runs: against a running server
        run_dir = work / "run-prefect-server"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        os.environ["PREFECT_API_URL"] = api
        try:
            out["prefect-ingest-server"] = _child("prefect-ingest", f"sqlite:///{run_dir / 'p.db'}", run_dir / "raw",
                                                  "", docs)
        finally:
            del os.environ["PREFECT_API_URL"]
    one = str(corpus.root / corpus.html[0])
    cold_home = work / "one-doc-cold" / ".prefect"
    shutil.rmtree(cold_home.parent, ignore_errors=True)
    for label, extra, home in (("one_doc_prefect_first_s", [], cold_home), ("one_doc_prefect_s", [], PREFECT_HOME),
                               ("one_doc_no_prefect_s", ["--no-prefect"], PREFECT_HOME)):
        run_dir = work / f"run-{label}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--db", f"sqlite:///{run_dir / 'o.db'}",
                        "--raw-dir", str(run_dir / "raw"), *extra, one], cwd=run_dir, capture_output=True,
                       env={**_env(), "PREFECT_HOME": str(home)}, check=True)
        out[label] = time.perf_counter() - t
    return out


def _dask_scaleout(corpus: Corpus, admin_url: str, work: Path) -> dict:
    """The corpus (as local files: parsing and extraction, no fetching) on PostgreSQL through the Dask task
    runner with 1 and 2 workers, and through the default runner: each one's wall time (Prefect's temporary
    API and the local cluster's start included) and whether the projects come out the same."""
    docs = str(corpus.root / "docs")
    out: dict = {}
    exports = {}
    for label, extra in (("default", []), ("dask_1", ["--task-runner", "dask", "--workers", "1"]),
                         ("dask_2", ["--task-runner", "dask", "--workers", "2"])):
        db, drop = _pg_database(admin_url)
        run_dir = work / f"run-{label}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        try:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--db", db, "--raw-dir", str(run_dir / "raw"),
                            *extra, docs], cwd=run_dir, capture_output=True, env=_env(), check=True)
            out[f"{label}_wall_s"] = time.perf_counter() - t
            out[f"{label}_run_s"] = _run_span(db)
            done = subprocess.run([sys.executable, "-m", "flows.cli", "export", "--db", db], cwd=run_dir,
                                  capture_output=True, text=True, env=_env(), check=True)
            exports[label] = _facts(json.loads(done.stdout)["projects"])
        finally:
            drop()
    out["documents"] = corpus.documents
    out["same_as_default"] = exports["dask_1"] == exports["default"] == exports["dask_2"]
    return out


def _run_span(db: str) -> float:
    """Seconds between the start and the end of the database's last run: the documents' processing, without
    Prefect's and the cluster's start-up (which the wall time holds)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            started, finished = conn.execute(text("SELECT started_at, finished_at FROM runs ORDER BY id DESC")).first()
    finally:
        engine.dispose()
    return (finished - started).total_seconds()


def _facts(projects: list[dict]) -> list[str]:
    """The projects without their ids, provenance and source order: what runners must agree on."""
    for p in projects:
        p.pop("id", None)
        p.pop("provenance", None)
        p["sources"] = sorted(p["sources"])
    return sorted(json.dumps(p, ensure_ascii=False, sort_keys=True) for p in projects)


@contextlib.contextmanager
def _prefect_server(work: Path):
    """A Prefect server on 127.0.0.1 for the length of the block; yields its API URL."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    home = work / "prefect-server"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(180):
            try:
                urllib.request.urlopen(f"{api}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield api
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _html_stage_costs(corpus: Corpus, sample: int = 300) -> dict:
    """Parse, extract and load of HTML documents in this process, per document, in batches as an ingest run
    processes them (`s_per_doc`: the three stages; `wall_s_per_doc` adds reading and archiving the file)."""
    import tempfile

    from flows.common import close_run, open_context
    from flows.ingest_run import WAVE_SIZE
    from flows.report import RunReport
    from flows.stages import process_targets
    from pipeline.config import Settings
    from pipeline.sources import resolve

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Settings(database_url=f"sqlite:///{tmp}/s.db", raw_dir=Path(tmp) / "raw"), "ingest")
        report = RunReport(run_id=ctx.run_id)
        targets = [t for name in corpus.html[:sample] for t in resolve(str(corpus.root / name))]
        t = time.perf_counter()
        for i in range(0, len(targets), WAVE_SIZE):
            for outcome in process_targets(ctx, targets[i:i + WAVE_SIZE]):
                report.add(outcome)
        wall = time.perf_counter() - t
        close_run(ctx, report, "completed")
    stages = sum(report.seconds.get(k, 0.0) for k in ("parse", "extract", "load"))
    return {"docs": len(targets), "s_per_doc": stages / len(targets), "wall_s_per_doc": wall / len(targets),
            **{f"{k}_s_per_doc": v / len(targets) for k, v in report.seconds.items()}}


def _examples_rerun(work: Path) -> dict:
    """`kompetens ingest` of the bundled examples in a fresh folder, then again unchanged: what an analyst
    waits for when rerunning."""
    run_dir = work / "run-examples"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    out: dict[str, float] = {}
    for label in ("first_s", "unchanged_s"):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--db", f"sqlite:///{run_dir / 'e.db'}",
                        "--raw-dir", str(run_dir / "raw"), str(ROOT / "examples")], cwd=run_dir, capture_output=True,
                       env={**_env(), "PREFECT_HOME": str(PREFECT_HOME)}, check=True)
        out[label] = time.perf_counter() - t
    return out


def _train_kind_costs() -> dict:
    """Parse + extract per document of the training corpus (../shared), by the kind its gold file gives,
    for the text and HTML renditions: the cost on real shapes, not only on the generated pages."""
    from bench.extraction import SHARED
    from extractors.extract import extract_projects
    from extractors.nlp import build_nlp
    from pipeline.parse import parse_bytes

    train = SHARED / "corpus" / "train"
    if not (train / "docs").is_dir():
        return {}
    nlp = build_nlp()
    kinds = {g.name[: -len(".gold.json")]: json.loads(g.read_text(encoding="utf-8")).get("kind", "?")
             for g in (train / "docs").glob("*.gold.json")}
    out: dict = {}
    for folder, suffix in (("docs", ".txt"), ("html", ".html")):
        spent: dict[str, list[float]] = {}
        for path in sorted((train / folder).glob(f"*{suffix}")):
            data = path.read_bytes()
            t = time.perf_counter()
            extract_projects(parse_bytes(data, path.name), nlp)
            spent.setdefault(kinds.get(path.stem, "?"), []).append(time.perf_counter() - t)
        out[folder] = {kind: 1000 * sum(v) / len(v) for kind, v in sorted(spent.items())}
    return out


# The issue's figures (filed before this work: 2-core machine, one run) beside which the table prints today's.
ISSUE_FIGURES = {"html_ratio_to_floor": "32x", "load_ms": "6.1 ms", "second_run": "13.6%",
                 "pg_to_sqlite": "0.64x (37.7 / 58.9)", "prefect_server": "13%", "one_doc": "7.9 s",
                 "examples_rerun": "about 9 s", "rss_growth": "1.03x", "dask": "not measured"}


def summarise(r: dict) -> dict:
    big = r["corpus"]["large"]
    docs = big["html"] + big["pdf"]
    first, second = r["sqlite"]["first"], r["sqlite"]["second"]
    s = {
        "documents": docs,
        "pdf_pages": big["pdf_pages"],
        "end_to_end_docs_per_s": docs / first["wall_s"],
        "second_run_share_of_first": second["wall_s"] / first["wall_s"],
        "reprocess_docs_per_s": docs / r["sqlite"]["reprocess"]["wall_s"],
        "peak_rss_mb_large": first["peak_rss_mb"],
        "peak_rss_mb_small": r["small_sqlite"]["first"]["peak_rss_mb"],
        "peak_rss_growth": first["peak_rss_mb"] / r["small_sqlite"]["first"]["peak_rss_mb"],
        "stage_s_per_doc": {k: v / docs for k, v in first["seconds"].items()},
        "html_parse_extract_load_docs_per_s": 1 / r["stages_html_only"]["s_per_doc"],
        "html_ratio_to_floor": r["stages_html_only"]["s_per_doc"] / r["ratios"]["floor_s_per_html_doc"],
        "pdf_pages_per_s": r["ratios"]["pdf_text"]["ours_pages_per_s"],
        "pdfplumber_to_pypdfium2_time": r["ratios"]["pdf_text"]["time_ratio_ours_to_pypdfium2"],
        "html_cleaning": r["ratios"]["html_cleaning"],
    }
    if "postgresql" in r:
        s["postgresql_end_to_end_docs_per_s"] = docs / r["postgresql"]["first"]["wall_s"]
        s["postgresql_second_run_share"] = r["postgresql"]["second"]["wall_s"] / r["postgresql"]["first"]["wall_s"]
    if "prefect" in r:
        direct, flow = r["prefect"]["ingest"]["wall_s"], r["prefect"]["prefect-ingest"]["wall_s"]
        s["prefect_overhead_share"] = (flow - direct) / direct
        s["prefect_server_overhead_share"] = (r["prefect"]["prefect-ingest-server"]["wall_s"] - direct) / direct
        s["one_doc_ingest_s"] = r["prefect"]["one_doc_prefect_s"]
        s["one_doc_ingest_first_s"] = r["prefect"]["one_doc_prefect_first_s"]
        s["one_doc_ingest_no_prefect_s"] = r["prefect"]["one_doc_no_prefect_s"]
    if "examples_rerun" in r:
        s["examples_first_s"] = r["examples_rerun"]["first_s"]
        s["examples_unchanged_s"] = r["examples_rerun"]["unchanged_s"]
    if r.get("train_kind_costs"):
        s["train_kind_ms_per_doc"] = r["train_kind_costs"]
    if "dask" in r:
        d = r["dask"]
        # throughput over the run's own span; the start-up (temporary API, cluster) is shown beside it
        s["dask_1_docs_per_s"] = d["documents"] / d["dask_1_run_s"]
        s["dask_2_docs_per_s"] = d["documents"] / d["dask_2_run_s"]
        s["dask_speedup"] = d["dask_1_run_s"] / d["dask_2_run_s"]
        s["dask_wall_speedup"] = d["dask_1_wall_s"] / d["dask_2_wall_s"]
        s["dask_startup_s"] = d["dask_2_wall_s"] - d["dask_2_run_s"]
        s["dask_same_as_default"] = d["same_as_default"]
    return s


def print_table(s: dict) -> None:
    rows = [
        ("documents (HTML + PDF)", f"{s['documents']} ({s['pdf_pages']} PDF pages)", ""),
        ("end to end, SQLite", f"{s['end_to_end_docs_per_s']:.1f} docs/s", "fetch+parse+extract+load, 1 process"),
        ("HTML parse+extract+load", f"{s['html_parse_extract_load_docs_per_s']:.0f} docs/s", "target ≥ 50/core"),
        ("HTML cost / floor", f"{s['html_ratio_to_floor']:.2f}x", "floor: read+lxml+tokenise (long-term aim 3x)"),
        ("PDF pages", f"{s['pdf_pages_per_s']:.1f} pages/s", "target ≥ 20"),
        ("pdfplumber / pypdfium2 time", f"{s['pdfplumber_to_pypdfium2_time']:.1f}x", ""),
        ("second run (unchanged)", f"{100 * s['second_run_share_of_first']:.1f}% of first", "target ≤ 5%"),
        ("reprocess from raw/", f"{s['reprocess_docs_per_s']:.1f} docs/s", "no network"),
        ("peak RSS small / large", f"{s['peak_rss_mb_small']:.0f} / {s['peak_rss_mb_large']:.0f} MB",
         f"growth {s['peak_rss_growth']:.2f}x (target ≤ 1.5x)"),
    ]
    hc = s["html_cleaning"]
    if "trafilatura_ms_per_page" in hc:
        rows.append(("HTML cleaning ours / trafilatura", f"{hc['ours_ms_per_page']:.1f} / "
                     f"{hc['trafilatura_ms_per_page']:.1f} ms/page",
                     f"sentences kept {100 * hc['ours_sentences_kept']:.0f}% / "
                     f"{100 * hc['trafilatura_sentences_kept']:.0f}%"))
    if "postgresql_end_to_end_docs_per_s" in s:
        rows.append(("end to end, PostgreSQL", f"{s['postgresql_end_to_end_docs_per_s']:.1f} docs/s",
                     f"second run {100 * s['postgresql_second_run_share']:.1f}%"))
    if "prefect_overhead_share" in s:
        rows.append(("Prefect overhead, no server", f"{100 * s['prefect_overhead_share']:.0f}%",
                     "ephemeral API started by the run; flow vs direct, large corpus"))
        rows.append(("Prefect overhead, with server", f"{100 * s['prefect_server_overhead_share']:.0f}%",
                     "as the nightly deployment runs (target ≤ 15%)"))
        rows.append(("one-document ingest", f"{s['one_doc_ingest_s']:.1f} s",
                     f"first in a folder {s['one_doc_ingest_first_s']:.1f} s; --no-prefect "
                     f"{s['one_doc_ingest_no_prefect_s']:.1f} s"))
    if "dask_speedup" in s:
        rows.append(("Dask, 1 / 2 workers (PostgreSQL)", f"{s['dask_1_docs_per_s']:.1f} / {s['dask_2_docs_per_s']:.1f} "
                     f"docs/s", f"{s['dask_speedup']:.2f}x (aim ≥ 1.7x; wall {s['dask_wall_speedup']:.2f}x with "
                     f"{s['dask_startup_s']:.0f} s start-up); same projects as the default runner: "
                     f"{'yes' if s['dask_same_as_default'] else 'NO'}"))
    for stage, v in sorted(s["stage_s_per_doc"].items()):
        rows.append((f"stage {stage}", f"{1000 * v:.1f} ms/doc", "large corpus, first run"))
    for folder, kinds in s.get("train_kind_ms_per_doc", {}).items():
        rows.append((f"training corpus ({folder}) parse+extract", ", ".join(f"{k} {v:.0f}" for k, v in kinds.items()),
                     "ms per document, by kind"))
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<28} {note}")
    print_targets(s)


def print_targets(s: dict) -> None:
    """Each figure the performance issue asks for, against its target, beside the figure the issue quoted."""
    def ok(good: bool) -> str:
        return "yes" if good else "NO"

    load_ms = 1000 * s["stage_s_per_doc"].get("load", 0.0)
    rows = [("HTML parse+extract+load / floor", f"{s['html_ratio_to_floor']:.1f}x", "≤ 10x",
             ok(s["html_ratio_to_floor"] <= 10), ISSUE_FIGURES["html_ratio_to_floor"]),
            ("load, SQLite", f"{load_ms:.1f} ms/doc", "≤ 1.5 ms", ok(load_ms <= 1.5), ISSUE_FIGURES["load_ms"]),
            ("unchanged second run", f"{100 * s['second_run_share_of_first']:.1f}% of first", "≤ 5%",
             ok(s["second_run_share_of_first"] <= 0.05), ISSUE_FIGURES["second_run"]),
            ("peak RSS, 10x the documents", f"{s['peak_rss_growth']:.2f}x", "≤ 1.5x", ok(s["peak_rss_growth"] <= 1.5),
             ISSUE_FIGURES["rss_growth"])]
    if "postgresql_end_to_end_docs_per_s" in s:
        ratio = s["postgresql_end_to_end_docs_per_s"] / s["end_to_end_docs_per_s"]
        rows.append(("PostgreSQL / SQLite, end to end", f"{ratio:.2f}x", "≥ 0.8x", ok(ratio >= 0.8),
                     ISSUE_FIGURES["pg_to_sqlite"]))
    if "one_doc_ingest_s" in s:
        rows.append(("one-document ingest, cold process", f"{s['one_doc_ingest_s']:.1f} s", "≤ 1.5 s",
                     ok(s["one_doc_ingest_s"] <= 1.5), ISSUE_FIGURES["one_doc"]))
        rows.append(("Prefect overhead, with a server", f"{100 * s['prefect_server_overhead_share']:.0f}%", "≤ 15%",
                     ok(s["prefect_server_overhead_share"] <= 0.15), ISSUE_FIGURES["prefect_server"]))
    if "examples_unchanged_s" in s:
        rows.append(("unchanged rerun of the examples", f"{s['examples_unchanged_s']:.1f} s", "≤ 1.5 s",
                     ok(s["examples_unchanged_s"] <= 1.5), ISSUE_FIGURES["examples_rerun"]))
    if "dask_speedup" in s:
        rows.append(("Dask 2 workers / 1 worker", f"{s['dask_speedup']:.2f}x", "aim ≥ 1.7x", ok(s["dask_speedup"] >= 1.7),
                     ISSUE_FIGURES["dask"]))
    width = max(len(r[0]) for r in rows)
    print(f"\n{'target':<{width}}  {'now':<20} {'target':<10} {'met':<4} issue's figure")
    for name, now, target, met, before in rows:
        print(f"{name:<{width}}  {now:<20} {target:<10} {met:<4} {before}")


if __name__ == "__main__":
    sys.exit(main())
