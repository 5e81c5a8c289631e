#!/usr/bin/env bash
# `npm test`: the whole suite. Format, lint, type check, unit tests, integration tests against the
# real PostgreSQL and Redis (a database of their own, created and dropped), and every app's build.
# Ends with "N passed, N failed": every Jest test counts, and so does each non-Jest step.
set -uo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true NX_TUI=false FORCE_COLOR=0
out=$(mktemp -d)
passed=0
failed=0
failures=()

step() {
  local name=$1
  shift
  echo "::: $name"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "::: $name passed ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "::: $name FAILED ($((SECONDS - started)) s)"
  fi
}

jest_step() {
  local name=$1 report=$2
  shift 2
  echo "::: $name"
  local started=$SECONDS
  npx jest "$@" --json --outputFile="$report" --ci
  local status=$?
  if [ -s "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)' "$report")
  else
    p=0
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    failed=$((failed + 1))
  fi
  if [ "$status" -ne 0 ]; then failures+=("$name"); fi
  echo "::: $name: $p passed, $f failed ($((SECONDS - started)) s)"
}

step "format" npx prettier --check . --log-level warn
step "GraphQL types generated from the committed schema are current" npx graphql-codegen --config codegen.ts --check
step "lint" npx eslint . --max-warnings=0
step "type check" npx nx run-many -t typecheck --outputStyle=static
jest_step "unit tests" "$out/unit.json" -c jest.config.js
jest_step "integration tests" "$out/integration.json" -c apps/api/jest.integration.config.js
step "build" npx nx run-many -t build --outputStyle=static

# Browser tests: Playwright drives Debian's Chromium against the built app (see apps/web-e2e).
echo "::: browser tests"
started=$SECONDS
report=test-results/web-e2e/report.json
rm -f "$report"
npx playwright test -c apps/web-e2e/playwright.config.ts
status=$?
if [ -s "$report" ]; then
  read -r p f < <(node -e 'const s=require(require("path").resolve(process.argv[1])).stats;console.log(s.expected+s.flaky, s.unexpected)' "$report")
else
  p=0
  f=1
fi
passed=$((passed + p))
failed=$((failed + f))
if [ "$status" -ne 0 ]; then
  failures+=("browser tests")
  if [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
fi
echo "::: browser tests: $p passed, $f failed ($((SECONDS - started)) s); screenshots of failures in test-results/web-e2e"

echo
if [ ${#failures[@]} -gt 0 ]; then echo "Failed: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
