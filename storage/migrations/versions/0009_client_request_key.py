"""A request key on each new client, so that a save retried after a lost connection adds it once.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 01:00:00

The client form names each new client with a random key before the first try to save it. When
the team book's server goes away after it committed but before it answered, the form's retry
finds the client by its key instead of adding a second one. Clients made otherwise have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_key", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_client_request_key"), ["request_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_request_key"))
        batch_op.drop_column("request_key")
