"""analysts' corrections, which win over what documents say; the v_corrections view

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.views import view_sql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value_text", sa.Text(), nullable=False),
        sa.Column("value_json", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], name=op.f("fk_corrections_project_id_projects"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_project_id"), "corrections", ["project_id"], unique=False)
    op.execute(f"CREATE VIEW v_corrections AS {view_sql(op.get_bind().dialect.name)['v_corrections']}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_corrections")
    op.drop_index(op.f("ix_corrections_project_id"), table_name="corrections")
    op.drop_table("corrections")
