"""A static HTML report of the database: projects and funding per year, by fund, by region, and the largest
owners, as Plotly charts with their figures in tables beside them. One file, its JavaScript inline, so it
opens anywhere with no network.

Read from the documented views (one row per fact), so the totals are the ones downstream tools see.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOP = 10


@dataclass
class Chart:
    title: str
    labels: list[str]
    counts: list[int]
    """Projects per label."""
    funding: list[float]
    """SEK per label (millions)."""


def _rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def report_charts(engine: Engine) -> list[Chart]:
    per_year = _rows(engine, """
        SELECT SUBSTR(start_date, 1, 4) AS year, COUNT(*), COALESCE(SUM(total_funding_sek), 0)
        FROM v_projects WHERE start_date IS NOT NULL GROUP BY year ORDER BY year""")
    per_fund = _rows(engine, f"""
        SELECT funder, COUNT(DISTINCT f.project_id) AS n, COALESCE(SUM(p.total_funding_sek), 0)
        FROM v_funders f JOIN v_projects p ON p.project_id = f.project_id
        WHERE f.kind LIKE 'eu%' GROUP BY funder ORDER BY n DESC, funder LIMIT {TOP}""")
    per_region = _rows(engine, """
        SELECT COALESCE(region, 'okänd'), COUNT(*), COALESCE(SUM(total_funding_sek), 0)
        FROM v_projects GROUP BY COALESCE(region, 'okänd') ORDER BY 2 DESC, 1""")
    owners = _rows(engine, f"""
        SELECT owner, COUNT(*), COALESCE(SUM(total_funding_sek), 0) AS sek FROM v_projects
        WHERE owner IS NOT NULL GROUP BY owner ORDER BY sek DESC, 2 DESC, owner LIMIT {TOP}""")

    def chart(title: str, rows: list[tuple]) -> Chart:
        return Chart(title, [str(r[0]) for r in rows], [int(r[1]) for r in rows],
                     [round(float(r[2]) / 1e6, 2) for r in rows])

    return [chart("Projekt och finansiering per startår", per_year),
            chart("Projekt per EU-fond och program", per_fund),
            chart("Projekt per län", per_region),
            chart(f"De {TOP} största projektägarna (finansiering i SEK)", owners)]


def _figure_html(chart: Chart, first: bool) -> str:
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_trace(go.Bar(x=chart.labels, y=chart.counts, name="projekt"), secondary_y=False)
    fig.add_trace(go.Scatter(x=chart.labels, y=chart.funding, name="miljoner SEK", mode="lines+markers"),
                  secondary_y=True)
    fig.update_layout(title=chart.title, height=440, margin={"t": 90, "b": 140},
                      legend={"orientation": "h", "y": 1.12, "x": 0})
    fig.update_yaxes(title_text="projekt", rangemode="tozero", secondary_y=False)
    fig.update_yaxes(title_text="miljoner SEK", rangemode="tozero", secondary_y=True)
    return fig.to_html(full_html=False, include_plotlyjs=True if first else False)


def _table(chart: Chart) -> str:
    rows = "".join(f"<tr><td>{html.escape(label)}</td><td>{n}</td><td>{sek:.2f}</td></tr>"
                   for label, n, sek in zip(chart.labels, chart.counts, chart.funding, strict=True))
    return (f"<table><caption>{html.escape(chart.title)}</caption><thead><tr><th></th><th>projekt</th>"
            f"<th>miljoner SEK</th></tr></thead><tbody>{rows}</tbody></table>")


def render_report(engine: Engine, database: str) -> str:
    """The report as one HTML page."""
    charts = report_charts(engine)
    totals = _rows(engine, "SELECT COUNT(*), COALESCE(SUM(total_funding_sek), 0) FROM v_projects")[0]
    sections = "".join(f"<section>{_figure_html(c, i == 0)}{_table(c)}</section>" for i, c in enumerate(charts)
                       if c.labels)
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kompetens – rapport</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}}table{{border-collapse:collapse;
margin:1rem 0 2.5rem}}td,th{{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}}td:first-child{{text-align:left}}
caption{{text-align:left;font-weight:600}}</style></head>
<body><h1>Projekt i databasen</h1>
<p>{totals[0]} projekt, {float(totals[1]) / 1e6:.1f} miljoner SEK i finansiering (SEK-belopp; andra valutor räknas
inte om). Databas: {html.escape(database)}. Skapad {made}.</p>
{sections or "<p>Databasen har inga projekt ännu.</p>"}
</body></html>
"""
