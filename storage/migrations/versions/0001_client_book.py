"""The client book: clients, phones, tags, family, important dates, tier history, settings.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 16:41:09.586110
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('address_as', sa.String(length=50), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('wechat', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('personality', sa.Text(), nullable=False),
    sa.Column('preferences', sa.Text(), nullable=False),
    sa.Column('payment_habits', sa.Text(), nullable=False),
    sa.Column('health_notes', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tier', sa.SmallInteger(), nullable=False),
    sa.Column('is_teacher', sa.Boolean(), nullable=False),
    sa.Column('counts_nominal_age', sa.Boolean(), nullable=False),
    sa.Column('birthday_calendar', sa.String(length=5), nullable=True),
    sa.Column('birthday_year', sa.Integer(), nullable=True),
    sa.Column('birthday_month', sa.SmallInteger(), nullable=True),
    sa.Column('birthday_day', sa.SmallInteger(), nullable=True),
    sa.Column('birthday_leap', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index('ix_client_birthday', ['birthday_calendar', 'birthday_month', 'birthday_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_last_contact_at'), ['last_contact_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_sort_key'), ['sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_tier'), ['tier'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('name', name=op.f('uq_tag_name'))
    )
    op.create_table('client_date',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('person', sa.String(length=100), nullable=False),
    sa.Column('calendar', sa.String(length=5), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('month', sa.SmallInteger(), nullable=False),
    sa.Column('day', sa.SmallInteger(), nullable=False),
    sa.Column('leap', sa.Boolean(), nullable=False),
    sa.Column('yearly', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_date_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_date'))
    )
    with op.batch_alter_table('client_date', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_date_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_client_date_day', ['calendar', 'month', 'day'], unique=False)

    op.create_table('client_tag',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_tag_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_client_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'tag_id', name=op.f('pk_client_tag'))
    )
    with op.batch_alter_table('client_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_tag_tag_id'), ['tag_id'], unique=False)

    op.create_table('family_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('birthday_calendar', sa.String(length=5), nullable=True),
    sa.Column('birthday_year', sa.Integer(), nullable=True),
    sa.Column('birthday_month', sa.SmallInteger(), nullable=True),
    sa.Column('birthday_day', sa.SmallInteger(), nullable=True),
    sa.Column('birthday_leap', sa.Boolean(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_family_member_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_member'))
    )
    with op.batch_alter_table('family_member', schema=None) as batch_op:
        batch_op.create_index('ix_family_member_birthday', ['birthday_calendar', 'birthday_month', 'birthday_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_member_client_id'), ['client_id'], unique=False)

    op.create_table('phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_phone_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone'))
    )
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_client_id'), ['client_id'], unique=False)

    op.create_table('tier_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('from_tier', sa.SmallInteger(), nullable=True),
    sa.Column('to_tier', sa.SmallInteger(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_tier_change_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_change'))
    )
    with op.batch_alter_table('tier_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tier_change_client_id'), ['client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tier_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tier_change_client_id'))

    op.drop_table('tier_change')
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_client_id'))

    op.drop_table('phone')
    with op.batch_alter_table('family_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_member_client_id'))
        batch_op.drop_index('ix_family_member_birthday')

    op.drop_table('family_member')
    with op.batch_alter_table('client_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_tag_tag_id'))

    op.drop_table('client_tag')
    with op.batch_alter_table('client_date', schema=None) as batch_op:
        batch_op.drop_index('ix_client_date_day')
        batch_op.drop_index(batch_op.f('ix_client_date_client_id'))

    op.drop_table('client_date')
    op.drop_table('tag')
    op.drop_table('setting')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_tier'))
        batch_op.drop_index(batch_op.f('ix_client_sort_key'))
        batch_op.drop_index(batch_op.f('ix_client_last_contact_at'))
        batch_op.drop_index('ix_client_birthday')
        batch_op.drop_index(batch_op.f('ix_client_archived_at'))

    op.drop_table('client')
