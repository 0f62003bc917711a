"""the read views give one row per fact, not one per document that states it

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

from alembic import op

from db.views import view_sql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHANGED = ["v_projects", "v_fundings", "v_goals", "v_partners", "v_funders", "v_contacts"]


def _recreate(revision: str) -> None:
    sql = view_sql(op.get_bind().dialect.name, revision=revision)
    for name in CHANGED:
        op.execute(f"DROP VIEW IF EXISTS {name}")
        op.execute(f"CREATE VIEW {name} AS {sql[name]}")


def upgrade() -> None:
    _recreate("head")


def downgrade() -> None:
    _recreate("0005")
