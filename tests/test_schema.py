"""A project's fields are declared once (extractors.records.PROJECT_FIELDS); what shows them follows from it."""
from dataclasses import fields

from sqlalchemy import inspect as sa_inspect

from db.corrections import CORRECTABLE
from db.export import EXPORT_KEYS
from db.session import ensure_schema, make_engine
from db.views import VIEW_NAMES
from extractors.records import PROJECT_FIELDS, ProjectRecord

# Where each many-valued field is one row per value, for downstream tools.
LIST_VIEWS = {"funders": "v_funders", "funding": "v_fundings", "partners": "v_partners", "contacts": "v_contacts",
              "goals": "v_goals"}


def test_the_record_the_export_and_corrections_follow_the_one_declaration():
    declared = [spec.name for spec in PROJECT_FIELDS]
    assert {f.name for f in fields(ProjectRecord) if f.name != "nlp_pipeline"} == set(declared)
    assert EXPORT_KEYS == declared
    assert set(CORRECTABLE) == {spec.name for spec in PROJECT_FIELDS if not spec.many}
    assert ProjectRecord().to_gold() == {spec.name: [] if spec.many else None for spec in PROJECT_FIELDS}


def test_every_declared_field_has_its_place_in_the_views(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    ensure_schema(engine)
    columns = {c["name"] for c in sa_inspect(engine).get_columns("v_projects")}
    engine.dispose()
    for spec in PROJECT_FIELDS:
        if spec.many:
            assert LIST_VIEWS[spec.name] in VIEW_NAMES, spec.name
        else:
            assert spec.name in columns, spec.name
