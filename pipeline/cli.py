"""The `kompetens` command: ingest, reprocess, export, db upgrade."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"


def _prepare_prefect() -> None:
    """Local runs need no Prefect server: state goes to a project-local folder unless configured."""
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")


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
    if args.no_prefect:
        from flows.ingest import run_ingest

        report = run_ingest(readable, settings, use_tasks=False, **options)
        counts, failures, notes = report.counts, report.failures, report.notes
    else:
        _prepare_prefect()
        from flows.ingest import ingest

        os.environ["KOMPETENS_DATABASE_URL"] = settings.database_url
        os.environ["KOMPETENS_RAW_DIR"] = str(settings.raw_dir)
        os.environ["KOMPETENS_STORE_CONTACTS"] = "1" if settings.store_contacts else "0"
        result = ingest(readable, **options)
        counts, failures, notes = result["counts"], result["failures"], result["notes"]
    for url, stage, error in failures:
        print(f"failed ({stage}): {url}: {error}", file=sys.stderr)
    for note in notes:
        print(note)
    c = lambda k: counts.get(k, 0)  # noqa: E731
    print(f"documents: {c('new')} new, {c('changed')} changed, {c('unchanged')} unchanged, {c('failed')} failed")
    print(f"projects found: {c('projects_found')}")
    ok = c("new") + c("changed") + c("unchanged")
    return 0 if ok or (args.sources_file and not c("failed")) else 1


def cmd_reprocess(args) -> int:
    settings = _settings(args)
    from flows.reprocess import run_reprocess

    report = run_reprocess(settings, args.filter)
    print(report.summary())
    for line in report.changes:
        print(line)
    return 0 if not report.failures or report.counts.get("changed") else 1


def cmd_export(args) -> int:
    from sqlalchemy.orm import Session

    from db.export import export_projects, to_csv, to_json, to_operations
    from db.session import ensure_schema, make_engine

    settings = _settings(args)
    engine = make_engine(settings.database_url)
    ensure_schema(engine)
    with Session(engine) as s:
        projects = export_projects(s, include_contacts=settings.store_contacts)
        if args.format == "json":
            text = to_json(projects)
        elif args.format == "csv":
            text = to_csv(projects)
        else:
            text = json.dumps({"operations": to_operations(s, projects)}, ensure_ascii=False, indent=2)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kompetens", description="Swedish public project documents into SQL.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database URL (default: KOMPETENS_DATABASE_URL or sqlite:///kompetens.db)")
    common.add_argument("--raw-dir", help="raw store folder (default: KOMPETENS_RAW_DIR or ./raw)")
    common.add_argument("--no-contacts", action="store_true", help="do not store contact persons")
    common.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", parents=[common], help="fetch or read sources, extract projects, load them")
    p.add_argument("sources", nargs="*", help="http(s) URLs, files (.html .htm .pdf .txt) or folders; "
                                              "default: the bundled examples/")
    p.add_argument("--sources", dest="sources_file", metavar="FILE",
                   help="crawl the watched sources of this sources.toml (see sources.toml)")
    p.add_argument("--only", action="append", metavar="NAME", help="only this source of --sources (repeatable)")
    p.add_argument("--force", action="store_true", help="crawl sources even if fetched within their min interval")
    p.add_argument("--no-prefect", action="store_true", help="call the stages directly, without Prefect")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("reprocess", parents=[common], help="re-extract everything in raw/ with the current rules")
    p.add_argument("--filter", help="only documents whose URL contains this text")
    p.set_defaults(func=cmd_reprocess)
    p = sub.add_parser("export", parents=[common], help="write the projects as JSON, CSV or list of operations")
    p.add_argument("--format", choices=["json", "csv", "operations"], default="json")
    p.add_argument("--output", "-o", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("db", parents=[common], help="database administration")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    u = dbsub.add_parser("upgrade", parents=[common], help="create or migrate the schema")
    u.set_defaults(func=cmd_db)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    from pipeline.errors import SystemicError

    try:
        return args.func(args)
    except SystemicError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
