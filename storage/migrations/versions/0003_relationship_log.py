"""The relationship log: contacts, follow-ups, gifts, feedback, losses, win-back steps; lost and cadence on clients.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _client_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["client_id"], ["client.id"], name=op.f(f"fk_{table}_client_id_client"), ondelete="CASCADE"
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lost_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("contact_interval", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_client_lost_at"), ["lost_at"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("purposes", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("mood", sa.SmallInteger(), nullable=True),
        sa.Column("price_too_high", sa.Boolean(), nullable=False),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _client_fk("contact"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    _index("contact", "client_id", "contacted_at")

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _client_fk("follow_up"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    _index("follow_up", "client_id", "due_on", "done_at")

    op.create_table(
        "gift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("occasion", sa.String(length=100), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _client_fk("gift"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
    )
    _index("gift", "client_id")

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _client_fk("feedback"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    _index("feedback", "client_id", "status")

    op.create_table(
        "feedback_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("step_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["feedback_id"], ["feedback.id"], name=op.f("fk_feedback_step_feedback_id_feedback"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_step")),
    )
    _index("feedback_step", "feedback_id")

    op.create_table(
        "loss",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=False),
        sa.Column("reasons", sa.String(length=300), nullable=False),
        sa.Column("other_reason", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=15), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _client_fk("loss"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss")),
    )
    _index("loss", "client_id", "lost_on")

    op.create_table(
        "winback_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loss_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=12), nullable=False),
        sa.Column("step_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["loss_id"], ["loss.id"], name=op.f("fk_winback_step_loss_id_loss"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_winback_step")),
    )
    _index("winback_step", "loss_id")


def downgrade() -> None:
    for table in ("winback_step", "loss", "feedback_step", "feedback", "gift", "follow_up", "contact"):
        op.drop_table(table)
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_lost_at"))
        batch_op.drop_column("contact_interval")
        batch_op.drop_column("lost_at")
