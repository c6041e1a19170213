# Shared by start.sh, stop.sh and test.sh (sourced, not run). A Citus cluster on this machine: a
# coordinator and two workers, each its own PostgreSQL cluster on a loopback port.
#   CITUS_PORT  the coordinator's port (default 9700); the workers take the next two (9701, 9702)
#   CITUS_DIR   where the three clusters keep their data and logs (default: steward-citus in the
#               system's temporary folder); nothing is written inside the repository
#   CITUS_DB    the database made ready for Citus on every node (default test)
#   CITUS_SHARDS shards per distributed table in that database (default 8: the server suites compare
#               whole tables before and after requests, a query to every shard; Citus's default, 32,
#               is what databases made by the bench get)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
port=${CITUS_PORT:-9700}
ports=("$port" $((port + 1)) $((port + 2)))
names=(coordinator worker1 worker2)
base=${CITUS_DIR:-${TMPDIR:-/tmp}/steward-citus}
db=${CITUS_DB:-test}
shards=${CITUS_SHARDS:-8}
bindir=$(pg_config --bindir 2>/dev/null || true)
# PostgreSQL refuses to run as root: as root, run the servers as the postgres user.
if [[ $(id -u) == 0 ]]; then as_pg=(runuser -u postgres --); else as_pg=(); fi
psql_on() { # psql_on PORT DATABASE SQL…
  local p=$1 d=$2
  shift 2
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$p" -U postgres -d "$d" -At "$@"
}
