"""Row-level security for a team book on PostgreSQL: who sees and edits which client.

A salesperson is a database role in the `guanxi_sales` group; `guanxi_manager` (itself
a member of `guanxi_sales`) sees every client and may reassign them. The rules live in
the database, so raw SQL obeys them as much as the app does:

- `client`: visible to its owner, to those it is shared with (`client_share`) and to
  managers; only a manager may change `owner` (a trigger) or delete another's client.
- Every table hanging off `client` (or off such a table) follows its parent row:
  `protect_child_table` gives it a policy, a change trigger and grants. Migrations that
  add such a table may call it; `secure_book` (run after every upgrade) also finds and
  covers any table with a foreign key to a protected table, so none is forgotten.
- Each change NOTIFYs `guanxi_changes` with the client id, for other open windows.

Everything here is PostgreSQL-only and idempotent; SQLite books skip it.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

SALES_ROLE = "guanxi_sales"
MANAGER_ROLE = "guanxi_manager"
CHANNEL = "guanxi_changes"
CHILD_POLICY = "guanxi_follows_parent"
NOTIFY_TRIGGER = "guanxi_notify"

_ROLES = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SALES_ROLE}') THEN
    CREATE ROLE {SALES_ROLE} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MANAGER_ROLE}') THEN
    CREATE ROLE {MANAGER_ROLE} NOLOGIN;
  END IF;
  IF NOT pg_has_role('{MANAGER_ROLE}', '{SALES_ROLE}', 'MEMBER') THEN
    GRANT {SALES_ROLE} TO {MANAGER_ROLE};
  END IF;
END $$
"""

_FUNCTIONS = (
    f"""
CREATE OR REPLACE FUNCTION guanxi_is_manager() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{MANAGER_ROLE}', 'MEMBER')
$$""",
    # SECURITY DEFINER reads client_share without its own policy (no policy recursion);
    # the caller's role is passed in, since current_user inside is the definer.
    """
CREATE OR REPLACE FUNCTION guanxi_shared_with(cid integer, who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM client_share s WHERE s.client_id = cid AND s.user_name = who)
$$""",
    """
CREATE OR REPLACE FUNCTION guanxi_guard_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.owner IS DISTINCT FROM OLD.owner AND NOT guanxi_is_manager() THEN
    RAISE EXCEPTION 'only a manager can reassign clients' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION guanxi_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cid text;
BEGIN
  IF TG_NARGS > 0 THEN
    IF TG_OP = 'DELETE' THEN
      cid := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
      cid := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
  END IF;
  PERFORM pg_notify('{CHANNEL}', coalesce(cid, ''));
  RETURN NULL;
END $$""",
)

_VISIBLE = "owner = current_user OR guanxi_is_manager() OR guanxi_shared_with(id, current_user)"
_MINE = "owner = current_user OR guanxi_is_manager()"
_CLIENT_POLICIES = {
    "guanxi_client_read": f"FOR SELECT USING ({_VISIBLE})",
    "guanxi_client_insert": f"FOR INSERT WITH CHECK ({_MINE})",
    "guanxi_client_update": f"FOR UPDATE USING ({_VISIBLE}) WITH CHECK ({_VISIBLE})",
    "guanxi_client_delete": f"FOR DELETE USING ({_MINE})",
}
_MY_CLIENTS = "client_id IN (SELECT id FROM client WHERE owner = current_user) OR guanxi_is_manager()"
_SHARE_POLICIES = {
    "guanxi_share_read": f"FOR SELECT USING (user_name = current_user OR {_MY_CLIENTS})",
    "guanxi_share_insert": f"FOR INSERT WITH CHECK ({_MY_CLIENTS})",
    "guanxi_share_delete": f"FOR DELETE USING (user_name = current_user OR {_MY_CLIENTS})",
}


def is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def install(connection: Connection) -> None:
    """Create the roles, functions, client and client_share policies (the team migration)."""
    connection.execute(text(_ROLES))
    for statement in _FUNCTIONS:
        connection.execute(text(statement))
    _policies(connection, "client", _CLIENT_POLICIES)
    _policies(connection, "client_share", _SHARE_POLICIES)
    connection.execute(text("DROP TRIGGER IF EXISTS guanxi_guard_owner ON client"))
    connection.execute(
        text(
            "CREATE TRIGGER guanxi_guard_owner BEFORE UPDATE OF owner ON client "
            "FOR EACH ROW EXECUTE FUNCTION guanxi_guard_owner()"
        )
    )
    _notify_trigger(connection, "client", "id")
    _notify_trigger(connection, "client_share", "client_id")
    secure_book(connection)


def uninstall(connection: Connection) -> None:
    """Undo `install` and every child table's policy (the team migration's downgrade)."""
    names = set(inspect(connection).get_table_names())
    for table in sorted(names):
        connection.execute(text(f"DROP POLICY IF EXISTS {CHILD_POLICY} ON {_q(table)}"))
        connection.execute(text(f"DROP TRIGGER IF EXISTS {NOTIFY_TRIGGER} ON {_q(table)}"))
        connection.execute(text(f"ALTER TABLE {_q(table)} DISABLE ROW LEVEL SECURITY"))
    for name in _CLIENT_POLICIES:
        connection.execute(text(f"DROP POLICY IF EXISTS {name} ON client"))
    for name in _SHARE_POLICIES:
        connection.execute(text(f"DROP POLICY IF EXISTS {name} ON client_share"))
    connection.execute(text("DROP TRIGGER IF EXISTS guanxi_guard_owner ON client"))
    for function in ("guanxi_guard_owner()", "guanxi_notify_change()", "guanxi_shared_with(integer, name)"):
        connection.execute(text(f"DROP FUNCTION IF EXISTS {function}"))
    connection.execute(text("DROP FUNCTION IF EXISTS guanxi_is_manager()"))


def protect_child_table(connection: Connection, table: str, column: str = "client_id", parent: str = "client") -> None:
    """Make `table` follow its parent row: visible and writable exactly when the parent is.

    For a migration adding a table that hangs off `client` (or off such a table):
    ``protect_child_table(op.get_bind(), "gift")`` when on PostgreSQL. Idempotent.
    """
    if not is_postgres(connection):
        return
    rule = f"{_q(column)} IS NULL OR {_q(column)} IN (SELECT id FROM {_q(parent)})"
    connection.execute(text(f"ALTER TABLE {_q(table)} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"DROP POLICY IF EXISTS {CHILD_POLICY} ON {_q(table)}"))
    connection.execute(text(f"CREATE POLICY {CHILD_POLICY} ON {_q(table)} USING ({rule}) WITH CHECK ({rule})"))
    _notify_trigger(connection, table, column if parent == "client" else None)
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_q(table)} TO {SALES_ROLE}"))


def secure_book(connection: Connection) -> list[str]:
    """Cover every table hanging off a protected one and grant the team its rights.

    Run after each upgrade of a PostgreSQL book; returns the child tables covered.
    """
    if not is_postgres(connection):
        return []
    inspector = inspect(connection)
    tables = inspector.get_table_names()
    if "client_share" not in tables:  # before the team migration: nothing to secure yet
        return []
    protected = {"client", "client_share"}
    children: list[str] = []
    changed = True
    while changed:  # grandchildren (feedback_step -> feedback -> client) follow their parents
        changed = False
        for table in tables:
            if table in protected:
                continue
            for fk in inspector.get_foreign_keys(table):
                if fk["referred_table"] in protected and len(fk["constrained_columns"]) == 1:
                    protect_child_table(connection, table, fk["constrained_columns"][0], fk["referred_table"])
                    protected.add(table)
                    children.append(table)
                    changed = True
                    break
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    connection.execute(text(f"GRANT USAGE ON SCHEMA {_q(schema)} TO {SALES_ROLE}"))
    for table in tables:
        rights = "SELECT" if table == "alembic_version" else "SELECT, INSERT, UPDATE, DELETE"
        connection.execute(text(f"GRANT {rights} ON {_q(table)} TO {SALES_ROLE}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_q(schema)} TO {SALES_ROLE}"))
    return children


def _policies(connection: Connection, table: str, policies: dict[str, str]) -> None:
    connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    for name, body in policies.items():
        connection.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
        connection.execute(text(f"CREATE POLICY {name} ON {table} {body}"))


def _notify_trigger(connection: Connection, table: str, column: str | None) -> None:
    argument = f"'{column}'" if column else ""
    connection.execute(text(f"DROP TRIGGER IF EXISTS {NOTIFY_TRIGGER} ON {_q(table)}"))
    connection.execute(
        text(
            f"CREATE TRIGGER {NOTIFY_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {_q(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION guanxi_notify_change({argument})"
        )
    )


def _q(identifier: str) -> str:
    """Quote an identifier for DDL (names come from the schema, never from users)."""
    return '"' + identifier.replace('"', '""') + '"'
