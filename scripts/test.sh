#!/usr/bin/env bash
# `npm test`: install when missing, bring up PostgreSQL and Kafka, then lint, type-check and run
# every test (unit and integration) against the real infrastructure. Extra arguments go to jest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true SCARF_ANALYTICS=false NX_TUI=false

bash scripts/ensure-deps.sh
bash scripts/infra/up.sh

echo "== lint (nx run-many -t lint, module boundaries enforced)"
npx nx run-many -t lint --outputStyle=static --parallel=2

echo "== type-check (strict)"
npx tsc -p tsconfig.json --noEmit

echo "== tests (unit + integration on the real PostgreSQL and Kafka)"
npx jest --ci --maxWorkers=2 "$@"
