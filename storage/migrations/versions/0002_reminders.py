"""Reminder states (raised, snoozed, done, skipped) and per-client lead-time overrides.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_state",
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occasion_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("snooze_until", sa.Date(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("shown_at", sa.DateTime(), nullable=True),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reminder_state_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminder_state")),
    )
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_state_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_state_occasion_on"), ["occasion_on"], unique=False)
    op.create_table(
        "reminder_override",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occasion", sa.String(length=30), nullable=False),
        sa.Column("lead_days", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reminder_override_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("client_id", "occasion", name=op.f("pk_reminder_override")),
    )


def downgrade() -> None:
    op.drop_table("reminder_override")
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_state_occasion_on"))
        batch_op.drop_index(batch_op.f("ix_reminder_state_client_id"))
    op.drop_table("reminder_state")
