#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the tests (Debian's postgresql package).
# Run as root (or with sudo available). Prints two lines for `eval`:
#   export GUANXI_TEST_PG_URL=...      a superuser test role and database
#   export GUANXI_TEST_PG_RESTART=...  how a test restarts the server mid-session
set -euo pipefail
# Only the export lines go to stdout (fd 3): anything the PostgreSQL tools print (such as
# pg_ctlcluster's "Removed stale pid file") goes to stderr, so `eval` never runs it.
exec 3>&1 1>&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
PORT=${GUANXI_PG_PORT:-54329}
CLUSTER=${GUANXI_PG_CLUSTER:-guanxi_ci}
ROLE=guanxi_test
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
  $SUDO pg_createcluster "$PGVER" "$CLUSTER" -p "$PORT" >/dev/null
  echo "listen_addresses = '127.0.0.1'" | $SUDO tee "/etc/postgresql/$PGVER/$CLUSTER/conf.d/guanxi.conf" >/dev/null
fi
$SUDO pg_ctlcluster "$PGVER" "$CLUSTER" start 2>/dev/null || true
psql_() { $SUDO runuser -u postgres -- psql -X -q -p "$PORT" -v ON_ERROR_STOP=1 "$@"; }
psql_ -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
  CREATE ROLE $ROLE SUPERUSER LOGIN PASSWORD '$ROLE'; END IF; END \$\$;"
if [ -z "$(psql_ -tAc "SELECT 1 FROM pg_database WHERE datname = '$ROLE'")" ]; then
  psql_ -c "CREATE DATABASE $ROLE OWNER $ROLE"
fi
echo >&3 "export GUANXI_TEST_PG_URL=postgresql+psycopg://$ROLE:$ROLE@127.0.0.1:$PORT/$ROLE"
echo >&3 "export GUANXI_TEST_PG_RESTART='${SUDO:+$SUDO }pg_ctlcluster $PGVER $CLUSTER restart'"
