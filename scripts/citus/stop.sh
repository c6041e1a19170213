#!/usr/bin/env bash
# Stop the Citus cluster started by start.sh. Its data stays in $CITUS_DIR for the next start;
# `stop.sh --remove` deletes it too.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
for i in 2 1 0; do
  dir=$base/${names[$i]}
  if [[ -f $dir/PG_VERSION ]] && "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
  fi
done
if [[ ${1:-} == --remove ]]; then rm -rf "$base"; fi
