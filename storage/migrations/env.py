"""Alembic environment: always given a live connection by `storage.migrate`."""

from __future__ import annotations

from alembic import context

from storage import care_models  # noqa: F401  (the relationship log's tables join Base.metadata)
from storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app and its tests drive migrations
    raise RuntimeError("run migrations through storage.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
