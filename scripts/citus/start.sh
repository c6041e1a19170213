#!/usr/bin/env bash
# Start a Citus cluster on loopback: a coordinator and two workers (separate PostgreSQL clusters,
# made with initdb the first time), with the Citus extension in database $CITUS_DB on every node and
# the workers registered on the coordinator. Safe to run again: what is already there is kept.
# Builds Citus first when it is missing and its source is beside the repository
# (../shared/vendor/citus/build.sh, as root). Prints the coordinator's URL last.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ -z $bindir || ! -x $bindir/initdb ]]; then
  echo "PostgreSQL's server programs are missing (pg_config, initdb): install PostgreSQL 15, e.g. apt-get install postgresql-15 postgresql-server-dev-15" >&2
  exit 1
fi
pkglib=$(pg_config --pkglibdir)
if [[ ! -f $pkglib/citus.so ]]; then
  vendor=$repo/../shared/vendor/citus
  if [[ -x $vendor/build.sh || -f $vendor/build.sh ]] && [[ $(id -u) == 0 ]]; then
    echo "Citus is not installed: building it from $vendor (3–7 minutes on two cores)…"
    t0=$SECONDS
    bash "$vendor/build.sh"
    echo "Citus built and installed in $((SECONDS - t0)) s"
  else
    cat >&2 <<MSG
Citus is not installed in this PostgreSQL ($pkglib/citus.so is missing).
Install Citus for PostgreSQL $(pg_config --version | awk '{print $2}'), then run this again:
  - from packages: https://docs.citusdata.com/en/stable/installation/multi_node.html
    (e.g. Citus's own apt repository: apt-get install postgresql-15-citus-13.2)
  - or from source: https://github.com/citusdata/citus (./configure && make && make install)
$([[ -f $vendor/build.sh ]] && echo "  - or, as root: bash $vendor/build.sh")
MSG
    exit 1
  fi
fi

mkdir -p "$base"
[[ $(id -u) == 0 ]] && chown postgres: "$base"
for i in 0 1 2; do
  dir=$base/${names[$i]}
  p=${ports[$i]}
  if [[ ! -f $dir/PG_VERSION ]]; then
    "${as_pg[@]}" "$bindir/initdb" -D "$dir" -U postgres --auth=trust --no-instructions -E UTF8 --locale=C.UTF-8 >"$base/${names[$i]}-initdb.log"
    cat >>"$dir/postgresql.conf" <<CONF
# Steward's Citus cluster (scripts/citus/start.sh)
port = $p
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base'
shared_preload_libraries = 'citus'
# citus_move_shard_placement copies a shard with logical replication
wal_level = logical
max_connections = 300
shared_buffers = 128MB
CONF
  fi
  if ! "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir" -l "$base/${names[$i]}.log" -w -t 120 start >/dev/null ||
      { echo "the ${names[$i]} did not start on port $p: see $base/${names[$i]}.log" >&2; tail -5 "$base/${names[$i]}.log" >&2; exit 1; }
  fi
done

# The database on every node, with the extension; Citus's metadata lives in each database.
for p in "${ports[@]}"; do
  if [[ -z $(psql_on "$p" postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
    psql_on "$p" postgres -c "CREATE DATABASE $db"
  fi
  psql_on "$p" "$db" -c 'CREATE EXTENSION IF NOT EXISTS citus'
done
psql_on "$port" "$db" -c "ALTER DATABASE $db SET citus.shard_count = $shards"
psql_on "$port" "$db" -c "SELECT citus_set_coordinator_host('127.0.0.1', $port)" >/dev/null
for p in "${ports[@]:1}"; do
  if [[ -z $(psql_on "$port" "$db" -c "SELECT 1 FROM pg_dist_node WHERE nodeport = $p") ]]; then
    psql_on "$port" "$db" -c "SELECT citus_add_node('127.0.0.1', $p)" >/dev/null
  fi
done
echo "postgres://postgres@127.0.0.1:$port/$db"
