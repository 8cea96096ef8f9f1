#!/usr/bin/env bash
# Every test tier, in order: unit, eval, browser e2e. Prints "tier: N passed, N failed"
# per tier and an overall line last; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
bash scripts/ensure-browser.sh chromium firefox || exit 1

npx vitest run --reporter=default --reporter=json --outputFile=.tmp/unit.json
npx tsx scripts/eval-tier.ts --out .tmp/eval.json
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=.tmp/e2e.json

exec node scripts/test-summary.mjs .tmp/unit.json .tmp/eval.json .tmp/e2e.json
