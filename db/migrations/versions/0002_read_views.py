"""read views for downstream tools

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

from db.views import VIEW_NAMES, view_sql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, sql in view_sql(dialect).items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(VIEW_NAMES):
        op.execute(f"DROP VIEW IF EXISTS {name}")
