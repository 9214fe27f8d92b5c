#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the tests (Debian's postgresql package).
# Run as root (or with sudo available). Usage: start_postgres.sh ENV_FILE
# Writes two lines to ENV_FILE for the caller to `source`:
#   export GUANXI_TEST_PG_URL=...      a superuser test role and database
#   export GUANXI_TEST_PG_RESTART=...  how a test restarts the server mid-session
# The lines go to a file, not to stdout: the server this script starts inherits the script's
# open files, and a caller reading stdout through `$(...)` would wait for the server to exit.
set -euo pipefail
ENV_FILE=${1:?usage: start_postgres.sh ENV_FILE}
exec 1>&2 </dev/null
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
$SUDO pg_ctlcluster "$PGVER" "$CLUSTER" start >/dev/null 2>&1 || true  # if it failed, psql says so below
psql_() { $SUDO runuser -u postgres -- psql -X -q -p "$PORT" -v ON_ERROR_STOP=1 "$@"; }
psql_ -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
  CREATE ROLE $ROLE SUPERUSER LOGIN PASSWORD '$ROLE'; END IF; END \$\$;"
if [ -z "$(psql_ -tAc "SELECT 1 FROM pg_database WHERE datname = '$ROLE'")" ]; then
  psql_ -c "CREATE DATABASE $ROLE OWNER $ROLE"
fi
{
  echo "export GUANXI_TEST_PG_URL=postgresql+psycopg://$ROLE:$ROLE@127.0.0.1:$PORT/$ROLE"
  echo "export GUANXI_TEST_PG_RESTART='${SUDO:+$SUDO }pg_ctlcluster $PGVER $CLUSTER restart'"
} >"$ENV_FILE"
