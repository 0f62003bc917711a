"""The database in Datasette: the read views as the front door, their columns described, and canned queries
for the questions analysts ask most (projects by owner, region, year and fund; funding by fund and region;
what the last run changed). Datasette reads SQLite files."""
from __future__ import annotations

DATABASE = "kompetens"

VIEW_DESCRIPTIONS = {
    "v_projects": ("One row per project.", {
        "project_id": "stable id of the project", "name": "as the documents give it (or an analyst's correction)",
        "case_number": "diarienummer, projektnummer or ärende-id", "owner": "the owning organisation",
        "owner_orgnr": "the owner's organisation number", "region": "the län the owner lies in",
        "nuts": "NUTS-3 code of that län", "start_date": "start, at the precision stated (2018, 2018-05, 2018-05-01)",
        "end_date": "end, at the precision stated", "start_on": "earliest day the start allows",
        "end_on": "latest day the end allows", "eu_cofinancing_rate": "the EU's share, percent",
        "total_funding_sek": "sum of the distinct amounts stated in SEK", "total_funding_eur": "the same in EUR",
        "funders": "funders as written, each once", "source_count": "documents that describe the project"}),
    "v_fundings": ("One row per distinct amount stated for a project.", {
        "amount": "an exact integer", "currency": "SEK, EUR, NOK, ...",
        "kind": "granted, total_budget, eu_contribution, cofinancing or other",
        "source_count": "documents that state it", "source_url": "the first of them"}),
    "v_funders": ("One row per funder of a project.", {"funder": "as written", "source_count": "documents"}),
    "v_partners": ("One row per partner of a project.", {"partner": "as written", "source_count": "documents"}),
    "v_goals": ("One row per goal, purpose or expected result, verbatim.", {
        "kind": "purpose, goal or expected_result", "target_number": "a number the goal sets",
        "target_unit": "what it counts"}),
    "v_project_sources": ("One row per document that describes a project.", {}),
    "v_field_values": ("Every value each document states, with its evidence and the rule that read it.", {
        "span_start": "where in the parsed text the value stands", "evidence": "that text",
        "extractor": "the rule or model", "confidence": "0 to 1"}),
    "v_corrections": ("Values analysts set by hand (kompetens correct); they win over the documents.", {}),
}
# Internal tables stay off the front page (reachable by URL for those who need them); the views are the door.
HIDDEN = ["contacts", "runs", "run_locks", "fetches", "failures", "sources", "documents",
          "document_versions", "projects", "organisations", "project_organisations", "fundings", "goals",
          "field_values", "project_sources", "corrections", "alembic_version"]

CANNED_QUERIES = {
    "projects_by_owner": ("Projects and funding by owner", """
        SELECT owner, owner_kind, COUNT(*) AS projects, SUM(total_funding_sek) AS funding_sek
        FROM v_projects GROUP BY owner, owner_kind ORDER BY projects DESC, funding_sek DESC"""),
    "projects_by_region": ("Projects and funding by region (the owner's län)", """
        SELECT COALESCE(region, '(not a kommun or region)') AS region, COUNT(*) AS projects,
               SUM(total_funding_sek) AS funding_sek
        FROM v_projects GROUP BY 1 ORDER BY projects DESC"""),
    "projects_by_year": ("Projects starting each year", """
        SELECT substr(start_date, 1, 4) AS start_year, COUNT(*) AS projects, SUM(total_funding_sek) AS funding_sek
        FROM v_projects WHERE start_date IS NOT NULL GROUP BY 1 ORDER BY 1"""),
    "projects_by_fund": ("Projects by funder", """
        SELECT funder, COUNT(DISTINCT project_id) AS projects FROM v_funders GROUP BY funder ORDER BY projects DESC"""),
    "funding_by_fund_and_region": ("Funding by funder and region", """
        SELECT f.funder, COALESCE(p.region, '(unknown)') AS region, COUNT(DISTINCT p.project_id) AS projects,
               SUM(p.total_funding_sek) AS funding_sek
        FROM v_funders f JOIN v_projects p ON p.project_id = f.project_id
        GROUP BY f.funder, 2 ORDER BY funding_sek DESC"""),
    "projects_of_owner": ("The projects of one owner", """
        SELECT project_id, name, case_number, start_date, end_date, total_funding_sek, funders
        FROM v_projects WHERE owner LIKE '%' || :owner || '%' ORDER BY start_date"""),
    "changed_in_last_run": ("Values that changed in the last run", """
        SELECT project_name, field, value, source_url, last_changed
        FROM v_field_values
        WHERE field != 'contacts' AND last_changed >= (SELECT started_at FROM runs ORDER BY id DESC LIMIT 1)
        ORDER BY last_changed DESC, project_name"""),
}


def metadata() -> dict:
    """Datasette's metadata for a kompetens database."""
    tables: dict = {name: {"hidden": True} for name in HIDDEN}
    for view, (description, columns) in VIEW_DESCRIPTIONS.items():
        tables[view] = {"description": description, "columns": columns}
    queries = {name: {"title": title, "sql": " ".join(sql.split())} for name, (title, sql) in CANNED_QUERIES.items()}
    return {
        "title": "kompetens: Swedish public projects",
        "description": "Projects read from the documents of regions, municipalities, ESF-rådet, Tillväxtverket, "
                       "Leader areas and Interreg programmes. Start with v_projects or a canned query; "
                       "docs/schema.md describes every view.",
        "databases": {DATABASE: {"tables": tables, "queries": queries}},
    }
