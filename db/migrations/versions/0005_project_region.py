"""the län and NUTS-3 region of each project's owner, in v_projects

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.views import view_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_projects")
    op.add_column("projects", sa.Column("region", sa.String(length=100), nullable=True))
    op.add_column("projects", sa.Column("nuts", sa.String(length=5), nullable=True))
    op.execute(f"CREATE VIEW v_projects AS {view_sql(op.get_bind().dialect.name, revision='0005')['v_projects']}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_projects")
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("nuts")
        batch.drop_column("region")
    op.execute(f"CREATE VIEW v_projects AS {view_sql(op.get_bind().dialect.name, revision='0002')['v_projects']}")
