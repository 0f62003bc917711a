"""read views for downstream tools

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

from db.views import view_sql

VIEWS = ["v_projects", "v_fundings", "v_goals", "v_partners", "v_funders", "v_contacts", "v_project_sources"]

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    sql = view_sql(dialect, revision="0002")
    for name in VIEWS:
        op.execute(f"CREATE VIEW {name} AS {sql[name]}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
