"""The public, stable read views (documented column by column in docs/schema.md).

Internal tables may change; these views keep their names and columns. The SQL is
written once per dialect only where aggregation differs (group_concat / string_agg).
"""
from __future__ import annotations

VIEW_NAMES = ["v_projects", "v_fundings", "v_goals", "v_partners", "v_funders", "v_contacts", "v_project_sources",
              "v_field_values", "v_corrections"]
"""In the order the migrations created them; a migration that changes a view drops and recreates it."""


def _agg(dialect: str, expr: str) -> str:
    return f"string_agg({expr}, '; ')" if dialect == "postgresql" else f"group_concat({expr}, '; ')"


def view_sql(dialect: str, revision: str = "head") -> dict[str, str]:
    """The views as of a schema revision: a migration that created a view keeps creating it as it was
    then ("0002", "0005"), and the migration that changed it drops it and creates it anew ("head")."""
    if revision in ("0002", "0005"):
        return _views_per_source(dialect, with_region=revision != "0002")
    return _views_per_fact(dialect)


def _views_per_fact(dialect: str) -> dict[str, str]:
    """One row per fact, however many documents state it: a project's funding, goal, partner, funder or
    contact read from its web page, the page's PDF and a decision is one row, with the number of
    documents that state it and the first of them (all of them in v_project_sources and v_field_values)."""
    agg = "string_agg(name, '; ' ORDER BY name)" if dialect == "postgresql" else "group_concat(name, '; ')"
    return {
        "v_projects": f"""
            SELECT p.id AS project_id, p.name, p.case_number,
                   o.name AS owner, o.orgnr AS owner_orgnr, o.kind AS owner_kind, o.kommunkod AS owner_kommunkod,
                   p.region, p.nuts,
                   p.start_date, p.start_precision, p.start_on, p.end_date, p.end_precision, p.end_on,
                   p.eu_cofinancing_rate,
                   (SELECT SUM(DISTINCT f.amount) FROM fundings f
                     WHERE f.project_id = p.id AND f.currency = 'SEK') AS total_funding_sek,
                   (SELECT SUM(DISTINCT f.amount) FROM fundings f
                     WHERE f.project_id = p.id AND f.currency = 'EUR') AS total_funding_eur,
                   (SELECT {agg} FROM (SELECT MIN(po.name_as_written) AS name, po.project_id
                                         FROM project_organisations po WHERE po.role = 'funder'
                                         GROUP BY po.project_id, po.organisation_id) fu
                     WHERE fu.project_id = p.id) AS funders,
                   (SELECT COUNT(*) FROM project_sources ps WHERE ps.project_id = p.id) AS source_count,
                   p.first_seen, p.last_seen, p.last_changed
            FROM projects p LEFT JOIN organisations o ON o.id = p.owner_id""",
        "v_fundings": """
            SELECT MIN(f.id) AS funding_id, f.project_id, p.name AS project_name, f.amount, f.currency,
                   MIN(f.kind) AS kind, MAX(f.funder) AS funder,
                   COUNT(DISTINCT f.document_id) AS source_count, MIN(d.url) AS source_url
            FROM fundings f JOIN projects p ON p.id = f.project_id JOIN documents d ON d.id = f.document_id
            GROUP BY f.project_id, p.name, f.amount, f.currency""",
        "v_goals": """
            SELECT MIN(g.id) AS goal_id, g.project_id, p.name AS project_name, MIN(g.position) AS position, g.text,
                   MIN(g.kind) AS kind, MIN(g.target_number) AS target_number, MIN(g.target_unit) AS target_unit,
                   COUNT(DISTINCT g.document_id) AS source_count, MIN(d.url) AS source_url
            FROM goals g JOIN projects p ON p.id = g.project_id JOIN documents d ON d.id = g.document_id
            GROUP BY g.project_id, p.name, g.text""",
        "v_partners": """
            SELECT po.project_id, p.name AS project_name, o.id AS organisation_id,
                   MIN(po.name_as_written) AS partner, o.orgnr, o.kind, o.kommunkod,
                   COUNT(DISTINCT po.document_id) AS source_count, MIN(d.url) AS source_url
            FROM project_organisations po JOIN projects p ON p.id = po.project_id
            JOIN organisations o ON o.id = po.organisation_id JOIN documents d ON d.id = po.document_id
            WHERE po.role = 'partner'
            GROUP BY po.project_id, p.name, o.id, o.orgnr, o.kind, o.kommunkod""",
        "v_funders": """
            SELECT po.project_id, p.name AS project_name, o.id AS organisation_id,
                   MIN(po.name_as_written) AS funder, o.kind,
                   COUNT(DISTINCT po.document_id) AS source_count, MIN(d.url) AS source_url
            FROM project_organisations po JOIN projects p ON p.id = po.project_id
            JOIN organisations o ON o.id = po.organisation_id JOIN documents d ON d.id = po.document_id
            WHERE po.role = 'funder'
            GROUP BY po.project_id, p.name, o.id, o.kind""",
        "v_contacts": """
            SELECT MIN(c.id) AS contact_id, c.project_id, p.name AS project_name, MIN(c.name) AS name,
                   MAX(c.title) AS title, MAX(c.email) AS email, MAX(c.phone) AS phone,
                   COUNT(DISTINCT c.document_id) AS source_count, MIN(d.url) AS source_url
            FROM contacts c JOIN projects p ON p.id = c.project_id JOIN documents d ON d.id = c.document_id
            GROUP BY c.project_id, p.name, lower(c.name)""",
        "v_project_sources": _SOURCES,
        "v_field_values": _FIELD_VALUES,
        "v_corrections": """
            SELECT c.id AS correction_id, c.project_id, p.name AS project_name, c.field, c.value_text AS value,
                   c.note, c.author, c.created_at
            FROM corrections c JOIN projects p ON p.id = c.project_id""",
    }


_SOURCES = """
            SELECT ps.project_id, d.url AS source_url, v.sha256, v.fetched_at
            FROM project_sources ps JOIN documents d ON d.id = ps.document_id
            JOIN document_versions v ON v.id = ps.version_id"""
_FIELD_VALUES = """
            SELECT fv.project_id, p.name AS project_name, fv.field, fv.position, fv.value_text AS value,
                   d.url AS source_url, v.sha256, fv.span_start, fv.span_end, fv.evidence, fv.extractor,
                   fv.confidence, fv.nlp_pipeline, fv.first_seen, fv.last_seen,
                   COALESCE(fv.changed_at, fv.first_seen) AS last_changed
            FROM field_values fv JOIN projects p ON p.id = fv.project_id JOIN documents d ON d.id = fv.document_id
            JOIN document_versions v ON v.id = fv.version_id"""


def _views_per_source(dialect: str, with_region: bool) -> dict[str, str]:
    """The views before revision 0006: one row per fact per document that states it."""
    funders = _agg(dialect, "DISTINCT po.name_as_written") if dialect == "postgresql" else _agg(dialect, "po.name_as_written")
    region = "p.region, p.nuts," if with_region else ""
    return {
        "v_projects": f"""
            SELECT p.id AS project_id, p.name, p.case_number,
                   o.name AS owner, o.orgnr AS owner_orgnr, o.kind AS owner_kind, o.kommunkod AS owner_kommunkod,
                   {region}
                   p.start_date, p.start_precision, p.start_on, p.end_date, p.end_precision, p.end_on,
                   p.eu_cofinancing_rate,
                   (SELECT SUM(f.amount) FROM fundings f WHERE f.project_id = p.id AND f.currency = 'SEK') AS total_funding_sek,
                   (SELECT SUM(f.amount) FROM fundings f WHERE f.project_id = p.id AND f.currency = 'EUR') AS total_funding_eur,
                   (SELECT {funders} FROM project_organisations po
                     WHERE po.project_id = p.id AND po.role = 'funder') AS funders,
                   (SELECT COUNT(*) FROM project_sources ps WHERE ps.project_id = p.id) AS source_count,
                   p.first_seen, p.last_seen, p.last_changed
            FROM projects p LEFT JOIN organisations o ON o.id = p.owner_id""",
        "v_fundings": """
            SELECT f.id AS funding_id, f.project_id, p.name AS project_name, f.amount, f.currency, f.kind, f.funder,
                   d.url AS source_url
            FROM fundings f JOIN projects p ON p.id = f.project_id JOIN documents d ON d.id = f.document_id""",
        "v_goals": """
            SELECT g.id AS goal_id, g.project_id, p.name AS project_name, g.position, g.text, g.kind,
                   g.target_number, g.target_unit, d.url AS source_url
            FROM goals g JOIN projects p ON p.id = g.project_id JOIN documents d ON d.id = g.document_id""",
        "v_partners": """
            SELECT po.project_id, p.name AS project_name, o.id AS organisation_id, po.name_as_written AS partner,
                   o.orgnr, o.kind, o.kommunkod, d.url AS source_url
            FROM project_organisations po JOIN projects p ON p.id = po.project_id
            JOIN organisations o ON o.id = po.organisation_id JOIN documents d ON d.id = po.document_id
            WHERE po.role = 'partner'""",
        "v_funders": """
            SELECT po.project_id, p.name AS project_name, o.id AS organisation_id, po.name_as_written AS funder,
                   o.kind, d.url AS source_url
            FROM project_organisations po JOIN projects p ON p.id = po.project_id
            JOIN organisations o ON o.id = po.organisation_id JOIN documents d ON d.id = po.document_id
            WHERE po.role = 'funder'""",
        "v_contacts": """
            SELECT c.id AS contact_id, c.project_id, p.name AS project_name, c.name, c.title, c.email, c.phone,
                   d.url AS source_url
            FROM contacts c JOIN projects p ON p.id = c.project_id JOIN documents d ON d.id = c.document_id""",
        "v_project_sources": _SOURCES,
        "v_field_values": _FIELD_VALUES,
    }
