"""Fixtures for the PostgreSQL tests: a fresh database per module, team roles, server control.

GUANXI_TEST_PG_URL names a superuser role and a database it can connect to (`.ci/run`
starts such a server). Each test module gets its own new database, dropped afterwards.
GUANXI_TEST_PG_RESTART is a shell command that restarts the server (e.g.
`pg_ctlcluster 15 guanxi_ci restart`); without it the restart test is skipped.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("GUANXI_TEST_PG_URL", "")
RESTART_COMMAND = os.environ.get("GUANXI_TEST_PG_RESTART", "")
SKIP_REASON = "needs a PostgreSQL server: set GUANXI_TEST_PG_URL (.ci/run starts one)"
#: Login roles the tests create: two salespeople and a manager (cluster-wide, reused).
ALICE, BOB, BOSS = "gx_test_alice", "gx_test_bob", "gx_test_boss"
PASSWORD = "gx-test-pw"

needs_postgres = pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)


def admin_execute(*statements: str, url: str | None = None) -> None:
    """Run statements as the test superuser, outside a transaction."""
    engine = create_engine(url or PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_database() -> Iterator[str]:
    """The URL of a new, empty database, dropped after the module."""
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    name = f"guanxi_t_{uuid.uuid4().hex[:10]}"
    admin_execute(f"CREATE DATABASE {name}")
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def team_urls(pg_database: str) -> dict[str, str]:
    """Migrate the database (as the superuser), then URLs for alice, bob (sales) and boss (manager)."""
    from storage.db import open_book

    open_book(pg_database).close()  # creates the guanxi_sales and guanxi_manager roles
    statements = []
    for role, group in ((ALICE, "guanxi_sales"), (BOB, "guanxi_sales"), (BOSS, "guanxi_manager")):
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
        )
        statements.append(f"GRANT {group} TO {role}")
    admin_execute(*statements)
    base = make_url(pg_database)
    urls = {
        role: base.set(username=role, password=PASSWORD).render_as_string(hide_password=False)
        for role in (ALICE, BOB, BOSS)
    }
    urls["admin"] = pg_database
    return urls


def restart_server() -> None:
    """Restart the PostgreSQL server with GUANXI_TEST_PG_RESTART."""
    subprocess.run(shlex.split(RESTART_COMMAND), check=True, capture_output=True, timeout=60)


def server_control() -> Callable[[], None] | None:
    return restart_server if RESTART_COMMAND else None
