"""A journal of the clients whose dates changed, kept by the database itself.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 09:00:00

A window that keeps the book's dates in memory (`storage.resident_dates`) reads the
journal's new rows before each use and reloads just those clients. On SQLite, triggers
write the journal on every insert, update and delete of the tables the agenda reads, so
no writer (another program, an import, a restore of rows) can leave it behind. A team
book on PostgreSQL has the table but no triggers: it is always read directly.

A later migration that rebuilds one of these tables in batch mode drops its triggers;
`storage.resident_dates` then finds them missing and reads the book directly, and a test
checks that the newest schema has them all.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.journal import create_triggers, drop_triggers

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_client_change")),
        sqlite_autoincrement=True,
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        create_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        drop_triggers(bind)
    op.drop_table("client_change")
