#!/usr/bin/env bash
# Every test: typecheck, lint, unit and property tests (Vitest), end-to-end tests (Playwright).
# Ends with one line "N passed, N failed"; fails when a step fails or when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json
# Not under test-results/: Playwright empties that folder when it starts.
status=0

step() {
  echo
  echo "== $1"
  shift
  "$@" || status=1
}

step "typecheck" npx tsc -p tsconfig.json --noEmit
step "lint" npx eslint . --max-warnings 0
step "unit and property tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json step "end-to-end tests" npx playwright test --reporter=list,json

node scripts/summary.mjs reports/unit.json reports/e2e.json || status=1
exit $status
