#!/usr/bin/env bash
# Installs npm dependencies from the lock file, bounded in time and retried: npm can stall.
set -uo pipefail
cd "$(dirname "$0")/../.."
for attempt in 1 2 3; do
  if timeout 900 npm ci --no-audit --no-fund; then exit 0; fi
  echo "npm ci failed (attempt $attempt); trying npm install from the lock file" >&2
  if timeout 900 npm install --no-audit --no-fund; then exit 0; fi
  sleep 5
done
echo "Could not install dependencies after 3 attempts." >&2
exit 1
