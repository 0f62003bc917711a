"""The `kompetens` command: ingest, reprocess, export, show, runs, failures, correct, db upgrade."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"


def _prepare_prefect() -> None:
    """Local runs need no Prefect server: state goes to a project-local folder unless configured."""
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    # Prefect's ephemeral server cannot create a missing parent folder and then times out
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
    # the temporary API migrates its database on the first start in a folder: on a busy machine that takes
    # longer than Prefect's default 20 s, and the run would end before it began
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def settings_of(args):
    """The settings a command runs with: its options over the environment."""
    return _settings(args)


def _settings(args):
    from pipeline.config import Settings

    return Settings.from_env(database_url=getattr(args, "db", None), raw_dir=getattr(args, "raw_dir", None),
                             **({"store_contacts": False} if getattr(args, "no_contacts", False) else {}))


def cmd_ingest(args) -> int:
    from pipeline.errors import SourceError
    from pipeline.sources import load_sources, resolve

    if args.sources_file:
        try:
            load_sources(args.sources_file, args.only)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    sources = args.sources or ([] if args.sources_file else [str(EXAMPLES_DIR)])
    readable = []
    for source in sources:
        try:
            resolve(source)
            readable.append(source)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
    if not readable and not args.sources_file:
        print("error: nothing could be ingested", file=sys.stderr)
        return 1
    settings = _settings(args)
    options = dict(sources_file=args.sources_file, only=args.only, force=args.force)
    from flows import progress

    bar = progress.progress_for(args.quiet or args.json)
    progress.ACTIVE = bar
    try:
        if bar:
            with bar:
                result = _run_ingest(args, readable, settings, options)
        else:
            result = _run_ingest(args, readable, settings, options)
    finally:
        progress.ACTIVE = None
    if result is None:
        return 1
    _print_report(result, args)
    c = result["counts"].get
    ok = (c("new") or 0) + (c("changed") or 0) + (c("unchanged") or 0)
    return 0 if ok or (args.sources_file and not c("failed")) else 1


def use_prefect(args) -> bool:
    """Through Prefect when asked (--prefect, a Dask task runner) or when a Prefect server is configured
    (PREFECT_API_URL); a local run calls the flow's body directly and starts in about a second."""
    if args.no_prefect:
        return False
    return args.prefect or args.task_runner != "default" or bool(os.environ.get("PREFECT_API_URL"))


def _run_ingest(args, readable, settings, options) -> dict | None:
    if not use_prefect(args):
        if args.task_runner != "default":
            print("error: --task-runner needs the Prefect flow (drop --no-prefect)", file=sys.stderr)
            return None
        from flows.ingest_run import run_ingest  # the flow's body, without importing Prefect

        return run_ingest(readable, settings, **options).as_dict()
    _prepare_prefect()
    from flows.ingest import ingest
    from flows.runners import make_task_runner

    runner = make_task_runner(args.task_runner, args.dask_address, args.workers)
    flow = ingest.with_options(task_runner=runner) if runner is not None else ingest
    return flow(readable, parallel=runner is not None, settings=settings.to_params(), **options)


def _print_report(result: dict, args=None) -> None:
    if args is not None and getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return
    for url, stage, error in result["failures"]:
        print(f"failed ({stage}): {url}: {error}", file=sys.stderr)
    if args is not None and getattr(args, "quiet", False):
        return
    for note in result.get("notes", []):
        print(note)
    c = lambda k: result["counts"].get(k, 0)  # noqa: E731
    print(f"documents: {c('new')} new, {c('changed')} changed, {c('unchanged')} unchanged, {c('failed')} failed")
    print(f"projects found: {c('projects_found')} ({c('projects_added')} added, {c('projects_updated')} updated)")
    seconds = result.get("seconds") or {}
    if seconds:
        print("seconds per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(seconds.items())))
    if result.get("run_id") is not None:
        print(f"run {result['run_id']} (report in the runs table)")


def cmd_serve(args) -> int:
    """Serve the nightly deployment of prefect.yaml to a running Prefect server."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print("error: no Prefect server configured. Start one (prefect server start) and set "
              "PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 1
    from flows.deployment import serve

    parameters = {"settings": _settings(args).to_params()}  # each scheduled run gets them as its parameters
    if args.sources_file:
        parameters["sources_file"] = args.sources_file
    print(f"serving deployment ingest/{args.name} to {PREFECT_API_URL.value()} (Ctrl-C stops)")
    serve(args.name, parameters)
    return 0


def parse_since(text: str):
    """"2026-11-01", "today", "yesterday" or "7 days ago" as the datetime it starts at."""
    from datetime import datetime, timedelta

    from pipeline.errors import UserError

    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    words = text.strip().casefold()
    relative = {"today": 0, "idag": 0, "yesterday": 1, "igår": 1}
    if words in relative:
        return today - timedelta(days=relative[words])
    m = re.fullmatch(r"(\d{1,4})\s*(?:d|days?|dagar?)(?:\s+ago|\s+sedan)?", words)
    if m:
        return today - timedelta(days=int(m.group(1)))
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--since {text!r} is not a date; give YYYY-MM-DD, today, yesterday or '7 days'") from None


def cmd_reprocess(args) -> int:
    from db.session import existing_database, make_engine, require_schema

    since = parse_since(args.since) if args.since else None
    settings = _settings(args)
    from flows.reprocess_run import rebuildable, run_reprocess

    if not rebuildable(settings):  # with a manifest in raw/, a new database is built from raw/ alone
        require_schema(make_engine(existing_database(settings.database_url)))

    report = run_reprocess(settings, document=args.document, source=args.source, since=since,
                           show_personal=args.show_personal_data)
    c = report.counts
    for note in report.notes:
        print(note)
    if c["new"]:
        print(f"documents rebuilt from raw/: {c['new']}")
    print(f"documents re-extracted: {c['changed']}, failed: {c['failed']}")
    print(f"projects: {c['projects_added']} added, {c['projects_removed']} removed; values: {c['values_added']} added, "
          f"{c['values_removed']} removed, {c['values_changed']} changed")
    for url, stage, error in report.failures:
        print(f"failed ({stage}): {url}: {error}", file=sys.stderr)
    for line in report.changes:
        print(line)
    return 0 if not report.failures or c["changed"] else 1


def cmd_archive(args) -> int:
    """raw/ and its manifest as one WARC file, for the tools web archives use."""
    from pipeline.errors import UserError
    from pipeline.rawstore import RawStore
    from pipeline.warc import write_warc

    settings = _settings(args)
    out = Path(args.warc).expanduser().resolve()
    if not out.parent.is_dir():
        raise UserError(f"cannot write {args.warc}: the folder {out.parent} does not exist")
    counts = write_warc(RawStore(settings.raw_dir), out)
    print(f"wrote {out}: {counts['response']} responses, {counts['resource']} local files, "
          f"{counts['revisit']} revisits" + (f"; {counts['missing']} files missing from raw/" if counts["missing"] else ""))
    return 0


def cmd_export(args) -> int:
    from sqlalchemy.orm import Session

    from db.export import export_projects, to_csv, to_json, to_operations
    from db.session import existing_database, make_engine, require_schema

    from pipeline.errors import UserError

    settings = _settings(args)
    if args.output:
        folder = Path(args.output).expanduser().resolve().parent
        if not folder.is_dir():
            raise UserError(f"cannot write {args.output}: the folder {folder} does not exist")
    engine = make_engine(existing_database(settings.database_url))
    require_schema(engine)
    with Session(engine) as s:
        projects = export_projects(s, include_contacts=settings.store_contacts)
        if args.format == "json":
            text = to_json(projects)
        elif args.format == "csv":
            text = to_csv(projects)
        else:
            text = json.dumps({"operations": to_operations(s, projects)}, ensure_ascii=False, indent=2)
    if args.output:
        try:
            Path(args.output).expanduser().write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"wrote {len(projects)} projects to {args.output}")
    else:
        sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
    return 0


def cmd_db(args) -> int:
    from db.session import make_engine, upgrade

    settings = _settings(args)
    head = upgrade(make_engine(settings.database_url))
    print(f"database at revision {head}")
    return 0


EXIT_CODES = """exit codes:
  0  done
  1  done, but documents failed (each is listed with its reason), or nothing could be read
  2  the command cannot run as given: a bad option, URL, date or path, or a missing database
  3  the run stopped: the database is unreachable or the raw store unwritable"""


def _add_common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Options every command takes, before or after the command's name; after it, they win."""
    default: dict = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--db", help="database URL (default: KOMPETENS_DATABASE_URL or sqlite:///kompetens.db)",
                        **default)
    parser.add_argument("--raw-dir", help="raw store folder (default: KOMPETENS_RAW_DIR or ./raw)", **default)
    parser.add_argument("--no-contacts", action="store_true", help="do not store contact persons", **default)
    parser.add_argument("-v", "--verbose", action="store_true", **default)


def build_parser() -> argparse.ArgumentParser:
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("kompetens")
    except PackageNotFoundError:
        installed = "unknown"
    parser = argparse.ArgumentParser(prog="kompetens", description="Swedish public project documents into SQL.",
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"kompetens {installed}")
    _add_common(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, suppress=True)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", parents=[common], help="fetch or read sources, extract projects, load them")
    p.add_argument("sources", nargs="*", help="http(s) URLs, files (.html .htm .pdf .txt) or folders; "
                                              "default: the bundled examples/")
    p.add_argument("--sources", dest="sources_file", metavar="FILE",
                   help="crawl the watched sources of this sources.toml (see sources.toml)")
    p.add_argument("--only", action="append", metavar="NAME", help="only this source of --sources (repeatable)")
    p.add_argument("--force", action="store_true", help="crawl sources even if fetched within their min interval")
    p.add_argument("--prefect", action="store_true",
                   help="run the Prefect flow (its temporary API when no server is configured); the default "
                        "when PREFECT_API_URL is set")
    p.add_argument("--no-prefect", action="store_true", help="call the flow's body directly, even with a server")
    p.add_argument("--task-runner", choices=["default", "dask"], default="default",
                   help="dask: documents in parallel on a Dask cluster (needs the dask extra)")
    p.add_argument("--dask-address", help="scheduler of an existing Dask cluster (default: start a local one)")
    p.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster (default 2)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary; failures still on stderr")
    p.add_argument("--json", action="store_true", help="the run's report as JSON on standard output, for scripts")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("serve", parents=[common], help="serve the nightly deployment (prefect.yaml) to a Prefect server")
    p.add_argument("--name", default="nightly", help="deployment of prefect.yaml (default: nightly)")
    p.add_argument("--sources", dest="sources_file", metavar="FILE", help="sources.toml to crawl (default: prefect.yaml's)")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("reprocess", parents=[common], help="re-extract everything in raw/ with the current rules")
    p.add_argument("--document", "--filter", dest="document", help="only documents whose URL contains this text")
    p.add_argument("--source", help="only documents of this source (a sources.toml name or a folder)")
    p.add_argument("--since", help="only documents read on or after this date (YYYY-MM-DD, today, yesterday, "
                                   "'7 days')")
    p.add_argument("--show-personal-data", action="store_true",
                   help="print contact persons' names and e-mails in the list of changes (hidden by default)")
    p.set_defaults(func=cmd_reprocess)
    p = sub.add_parser("archive", parents=[common], help="write raw/ and its manifest as a WARC file (ISO 28500)")
    p.add_argument("--warc", required=True, help="the WARC file to write (.warc.gz compresses each record)")
    p.set_defaults(func=cmd_archive)
    p = sub.add_parser("export", parents=[common], help="write the projects as JSON, CSV or list of operations")
    p.add_argument("--format", choices=["json", "csv", "operations"], default="json")
    p.add_argument("--output", "-o", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)
    from flows import inspect_cli

    p = sub.add_parser("show", parents=[common], help="a project: every value, the evidence and the documents")
    p.add_argument("project", help="id, case number or a part of the name")
    p.add_argument("--show-personal-data", action="store_true", help="show contact persons too")
    p.set_defaults(func=inspect_cli.cmd_show)
    p = sub.add_parser("runs", parents=[common], help="what each run did; `runs N` shows run N's report")
    p.add_argument("run_id", nargs="?", type=int, help="a run's number: its report and failures")
    p.add_argument("--limit", type=int, default=20, help="how many runs to list (default 20)")
    p.set_defaults(func=inspect_cli.cmd_runs)
    p = sub.add_parser("failures", parents=[common], help="documents that failed, with the stage and the reason")
    p.add_argument("--run", type=int, help="only this run's")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=inspect_cli.cmd_failures)
    p = sub.add_parser("browse", parents=[common], help="the database in Datasette: views, canned queries, charts")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8001)
    p.set_defaults(func=inspect_cli.cmd_browse)
    p = sub.add_parser("report", parents=[common], help="a static HTML report with charts: per year, fund, region, owner")
    p.add_argument("--output", "-o", default="report.html", help="file to write (default: report.html)")
    p.set_defaults(func=inspect_cli.cmd_report)
    p = sub.add_parser("correct", parents=[common], help="set a project's value by hand; later runs keep it")
    p.add_argument("project", help="id, case number or a part of the name")
    p.add_argument("field", help="name, case_number, owner, owner_orgnr, start_date, end_date or eu_cofinancing_rate")
    p.add_argument("value")
    p.add_argument("--note", help="why (kept with the correction)")
    p.add_argument("--by", help="who corrects (default: KOMPETENS_ANALYST or the login name)")
    p.set_defaults(func=inspect_cli.cmd_correct)
    p = sub.add_parser("db", parents=[common], help="database administration")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    u = dbsub.add_parser("upgrade", parents=[common], help="create or migrate the schema")
    u.set_defaults(func=cmd_db)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    from pipeline.errors import SystemicError, UserError

    try:
        return args.func(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SystemicError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
