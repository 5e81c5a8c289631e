#!/usr/bin/env bash
# `npm start`: install, check services, create roles and database, migrate, seed, build, and run
# the api (which also serves the web app) and the worker. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true

if [ ! -x node_modules/.bin/nx ]; then
  echo "Installing dependencies…"
  bash tools/scripts/install.sh
fi

run_ts() { SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register "$@"; }

run_ts tools/scripts/check-services.ts
npm run --silent db:setup
npm run --silent db:migrate
npm run --silent db:seed
echo "Building api, worker and web…"
npx nx run-many -t build --projects=api,worker,web --outputStyle=static >/tmp/vigil-build.log 2>&1 || {
  cat /tmp/vigil-build.log
  exit 1
}

pids=()
stop() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait
}
trap stop INT TERM EXIT

VIGIL_SERVICE=worker node dist/apps/worker/main.js &
pids+=($!)
VIGIL_SERVICE=api node dist/apps/api/main.js &
pids+=($!)
echo "Vigil is starting on http://localhost:${PORT:-3000} (web app, GraphQL at /graphql). Demo logins are in README.md."
wait -n "${pids[@]}"
