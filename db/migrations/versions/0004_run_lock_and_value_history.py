"""run lock; when each value last changed, and the v_field_values view

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.views import view_sql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_locks",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_run_locks")),
    )
    op.add_column("field_values", sa.Column("changed_at", sa.DateTime(), nullable=True))
    op.execute(f"CREATE VIEW v_field_values AS {view_sql(op.get_bind().dialect.name)['v_field_values']}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_field_values")
    with op.batch_alter_table("field_values") as batch:
        batch.drop_column("changed_at")
    op.drop_table("run_locks")
