#!/usr/bin/env bash
# Every test tier, in order: unit, eval, browser e2e. Prints "tier: N passed, N failed"
# per tier and an overall line last; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/unit.json .tmp/eval.json .tmp/e2e.json  # a tier that crashes must not be judged by an old result
bash scripts/ensure-browser.sh chromium firefox || exit 1

# Build both bundles once, up front: tests check what ships, and parallel test files
# must not rebuild .output/ under each other.
npx wxt build && npx wxt build -b firefox || exit 1
export FACT_NOTES_SKIP_BUILD=1

npx vitest run --reporter=default --reporter=json --outputFile=.tmp/unit.json
npx tsx scripts/eval-tier.ts --out .tmp/eval.json
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=.tmp/e2e.json

exec node scripts/test-summary.mjs .tmp/unit.json .tmp/eval.json .tmp/e2e.json
