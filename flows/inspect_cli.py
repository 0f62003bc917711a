"""The analyst's commands: `show` a project with the evidence for each value, `runs`, `failures`, and
`correct` a value by hand. They read the database (db/inspect.py) and print with rich."""
from __future__ import annotations

import getpass
import json
import os

from rich.console import Console
from rich.text import Text

from pipeline.errors import UserError


def _session(args):
    from sqlalchemy.orm import Session

    from db.session import existing_database, make_engine, require_schema
    from flows.cli import settings_of

    engine = make_engine(existing_database(settings_of(args).database_url))
    require_schema(engine)
    return Session(engine)


def _one_project(session, query: str):
    from db.inspect import find_projects

    found = find_projects(session, query)
    if not found:
        raise UserError(f"no project matches {query!r} (give an id, a case number or a part of the name)")
    if len(found) > 1:
        names = "; ".join(f"{p.id} {p.name}" for p in found[:10])
        raise UserError(f"{len(found)} projects match {query!r}: {names}{' ...' if len(found) > 10 else ''}; "
                        f"give the id")
    return found[0]


def _shown_value(field: str, value: str) -> str:
    """A stored value as a reader wants it: a date's ISO form, a funding's amount and currency."""
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if isinstance(data, dict) and "date" in data:
        return data["date"]
    if isinstance(data, dict) and "money" in data:
        money = data["money"]
        return f"{money['amount']:,} {money['currency']}".replace(",", " ") + (f" ({data['kind']})" if data.get("kind") else "")
    if isinstance(data, dict) and "text" in data:
        return data["text"]
    if isinstance(data, dict) and "name" in data:
        return ", ".join(str(data[k]) for k in ("name", "email", "phone") if data.get(k))
    return value


def cmd_show(args) -> int:
    from db.inspect import project_view

    console = Console()
    with _session(args) as session:
        project = _one_project(session, args.project)
        view = project_view(session, project, include_personal=args.show_personal_data)
        p = view.project
        console.print(Text(f"{p.name}", style="bold"), f"(project {p.id})")
        facts = [("case number", p.case_number), ("owner", view.owner), ("start", p.start_date), ("end", p.end_date),
                 ("EU co-financing rate", p.eu_cofinancing_rate), ("region", p.region)]
        for label, value in facts:
            if value is not None:
                console.print(f"  {label}: {value}")
        for field, fix in view.corrections.items():
            console.print(Text(f"  corrected {field}: {fix.value_text}", style="green"),
                          f"by {fix.author} {fix.created_at:%Y-%m-%d %H:%M}" + (f" — {fix.note}" if fix.note else ""),
                          highlight=False)
        # Documents by number, then each field's values, each with the evidence it was read from.
        number = {url: i + 1 for i, url in enumerate(view.sources)}
        console.print(f"  documents ({len(view.sources)}):")
        for url, i in number.items():
            console.print(f"    [{i}] {url}", markup=False, highlight=False)
        current = None
        for st in view.statements:
            value = _shown_value(st.field, st.value)
            if st.field != current:
                current = st.field
                console.print(Text(f"{st.field}", style="bold cyan"))
            line = Text("  ")
            line.append(value, style="bold")
            line.append(f"   [{number.get(st.url, '?')}] {st.extractor} {st.confidence:.2f}", style="dim")
            console.print(line)
            evidence = Text("      …")
            evidence.append(st.before + " ")
            evidence.append(st.evidence[:300], style="bold reverse")
            evidence.append(" " + st.after + "…")
            console.print(evidence)
        if not args.show_personal_data:
            console.print("(contact persons hidden; --show-personal-data shows them)", style="dim")
    return 0


def cmd_runs(args) -> int:
    from db import models as m
    from db.inspect import recent_runs, run_failures

    console = Console()
    with _session(args) as session:
        if args.run_id is not None:
            run = session.get(m.Run, args.run_id)
            if run is None:
                raise UserError(f"no run {args.run_id}; `kompetens runs` lists them")
            console.print(run.report or f"run {run.id}: {run.status}, no report")
            failures = run_failures(session, run.id)
            if failures and "## Failures" not in (run.report or ""):
                console.print(f"\n{len(failures)} failures:")
                for f in failures:
                    console.print(f"  {f.stage}: {f.url}: {f.error}")
            return 0
        for run in recent_runs(session, args.limit):  # one line each: narrow terminals and grep read it whole
            c = run.counts or {}
            finished = f" – {run.finished_at:%H:%M:%S}" if run.finished_at else ""
            console.print(f"run {run.id}  {run.kind}  {run.started_at:%Y-%m-%d %H:%M:%S}{finished}  {run.status}  "
                          f"documents: {c.get('new', 0)} new, {c.get('changed', 0)} changed, "
                          f"{c.get('unchanged', 0)} unchanged, {c.get('failed', 0)} failed; "
                          f"projects: {c.get('projects_found', 0)}", highlight=False, soft_wrap=True)
    return 0


def cmd_failures(args) -> int:
    from db.inspect import run_failures

    console = Console()
    with _session(args) as session:
        failures = run_failures(session, args.run, args.limit)
        if not failures:
            console.print("no failures" + (f" in run {args.run}" if args.run else ""))
            return 0
        for f in failures:
            console.print(f"run {f.run_id or '-'}  {f.at:%Y-%m-%d %H:%M}  {f.stage}  {f.url}: {f.error}",
                          highlight=False, soft_wrap=True, markup=False)
    return 0


def cmd_correct(args) -> int:
    from db.writes import correct

    with _session(args) as session:
        project = _one_project(session, args.project)
        author = args.by or os.environ.get("KOMPETENS_ANALYST") or getpass.getuser()
        fix = correct(session, project, args.field, args.value, args.note, author)
        print(f"project {project.id} ({project.name}): {fix.field} is now {fix.value_text!r}, by {author}; "
              f"later runs keep it")
    return 0


def cmd_browse(args) -> int:
    """Datasette on the database, with the views described and the canned queries (db/browse.py)."""
    import signal
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from db.browse import DATABASE, metadata
    from db.session import existing_database, make_engine, require_schema
    from flows.cli import settings_of

    url = existing_database(settings_of(args).database_url)
    if not url.startswith("sqlite"):
        raise UserError("browse reads SQLite databases (Datasette); export a copy or point --db at a SQLite file")
    require_schema(make_engine(url))
    if not _has_datasette():
        raise UserError("Datasette is not installed: pip install -e '.[browse]'")
    path = Path(make_url(url).database or "").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(), ensure_ascii=False), encoding="utf-8")
        link = Path(tmp) / f"{DATABASE}.db"  # Datasette names a database after its file
        link.symlink_to(path)
        command = [sys.executable, "-m", "datasette", "serve", str(link), "--metadata", str(meta),
                   "--host", args.host, "--port", str(args.port), "--setting", "sql_time_limit_ms", "5000"]
        print(f"Datasette on http://{args.host}:{args.port}/{DATABASE} (Ctrl-C stops)")
        server = subprocess.Popen(command)
        # a service manager stops us with SIGTERM: the server goes with us, not left running on its own
        signal.signal(signal.SIGTERM, lambda *_: server.terminate())
        try:
            return server.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=10)


def cmd_report(args) -> int:
    """One HTML file with charts of the database (db/report.py), to open in any browser, offline."""
    from pathlib import Path

    from db.report import render_report
    from db.session import existing_database, make_engine, require_schema
    from flows.cli import settings_of

    try:
        import plotly  # noqa: F401
    except ImportError:
        raise UserError("Plotly is not installed: pip install -e '.[report]'") from None
    out = Path(args.output).expanduser()
    if not out.resolve().parent.is_dir():
        raise UserError(f"cannot write {args.output}: the folder {out.resolve().parent} does not exist")
    engine = make_engine(existing_database(settings_of(args).database_url))
    require_schema(engine)
    out.write_text(render_report(engine, engine.url.render_as_string(hide_password=True)), encoding="utf-8")
    engine.dispose()
    print(f"wrote the report to {out}")
    return 0


def _has_datasette() -> bool:
    try:
        import datasette  # noqa: F401
    except ImportError:
        return False
    return True
