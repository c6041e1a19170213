#!/usr/bin/env bash
# Ensure a system Chromium exists at /usr/bin/chromium (the only browser the tests use;
# no test tool ever downloads a browser). Installs it with apt when running as root.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  "$CHROMIUM" --version 2>/dev/null || echo "chromium present at $CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: installing chromium with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  "$CHROMIUM" --version
  exit 0
fi

echo "ensure-chromium: $CHROMIUM not found. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
