#!/usr/bin/env bash
# npm run test:citus: every server suite that runs on PostgreSQL (those using describeEachDatabase;
# the others run on PGlite only), and the Citus-only suites (test/citus), against a Citus cluster on
# this machine (start.sh; built first if Citus is missing). Stops the cluster afterwards when this
# script started it (CITUS_KEEP=1 leaves it running). Extra arguments go to vitest. The property
# tests run FUZZ_RUNS=25 cases each here (100 in npm test): on Citus every "the database did not
# change" check reads every shard of every table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"
started=0
if ! psql_on "$port" "$db" -c 'SELECT 1' >/dev/null 2>&1; then started=1; fi
t0=$SECONDS
url=$(bash scripts/citus/start.sh | tail -1)
echo "Citus cluster ready in $((SECONDS - t0)) s: $url"
stop() { if [[ $started == 1 && ${CITUS_KEEP:-0} != 1 ]]; then bash scripts/citus/stop.sh; fi; }
trap stop EXIT
mapfile -t suites < <(grep -l describeEachDatabase test/server/*.test.ts)
TEST_DATABASE_URL=$url TEST_DATABASES=postgres CITUS_DATABASE_URL=$url FUZZ_RUNS=${FUZZ_RUNS:-25} \
  npx vitest run --project server --project citus "${suites[@]}" test/citus "$@"
