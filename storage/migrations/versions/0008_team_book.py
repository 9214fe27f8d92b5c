"""The team book: an owner for each client, sharing, and row-level security on PostgreSQL.

Revision ID: 0008
Revises: 0003
Create Date: 2026-11-24 12:00:00

On SQLite the owner is "local" and nothing else changes. On PostgreSQL the owner
defaults to the role that inserts the client, and `storage.team_schema.install`
adds the roles, policies and change notifications.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage import team_schema

revision = "0008"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = team_schema.is_postgres(bind)
    owner_default = sa.text("CURRENT_USER") if postgres else sa.text("'local'")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=63), server_default=owner_default, nullable=False))
        batch_op.create_index(batch_op.f("ix_client_owner"), ["owner"], unique=False)

    op.create_table(
        "client_share",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_client_share_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("client_id", "user_name", name=op.f("pk_client_share")),
    )
    with op.batch_alter_table("client_share", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_share_user_name"), ["user_name"], unique=False)

    if postgres:
        team_schema.install(bind)


def downgrade() -> None:
    if team_schema.is_postgres(op.get_bind()):
        team_schema.uninstall(op.get_bind())
    with op.batch_alter_table("client_share", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_share_user_name"))
    op.drop_table("client_share")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_owner"))
        batch_op.drop_column("owner")
