#!/usr/bin/env bash
# `npm test`: install when missing, bring up PostgreSQL and Kafka, then lint, type-check and run
# every test (unit and integration) against the real infrastructure, then the slower tiers
# (browser, contract fuzzing, README walkthrough, small chaos run). Extra arguments go to jest.
#
# Tiers plug in without editing this file:
#   scripts/tiers/prepare/*.sh  installs a tier needs (Chromium, schemathesis, ...), started in the
#                               background at once so they overlap lint and jest; each logs to
#                               .infra/logs/prepare-<name>.log and must be idempotent.
#   scripts/tiers/run/*.sh      each tier, run in name order after jest, each bounded by TIER_TIMEOUT.
# TEST_TIERS=none runs only lint, type-check and jest; TEST_TIERS="browser chaos" only those tiers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true SCARF_ANALYTICS=false NX_TUI=false
TIERS_WANTED=${TEST_TIERS:-all}
TIER_TIMEOUT=${TIER_TIMEOUT:-900}

wanted() { [[ $TIERS_WANTED == all ]] || [[ " $TIERS_WANTED " == *" $1 "* ]]; }
tier_name() { local n; n="$(basename "$1" .sh)"; echo "${n#[0-9][0-9]-}"; }

bash scripts/ensure-deps.sh

mkdir -p .infra/logs
# Prepares jest itself needs (the manifest tests render k8s/ with the real Kustomize) start even with
# TEST_TIERS=none, and jest waits for them; the others are awaited after jest, before the tiers.
JEST_PREPARES=" kustomize "
PREPARE_PIDS=()
for f in scripts/tiers/prepare/*.sh; do
  [[ -e $f ]] || continue
  name="$(tier_name "$f")"
  [[ $TIERS_WANTED != none || $JEST_PREPARES == *" $name "* ]] || continue
  echo "== prepare $name (background, .infra/logs/prepare-$name.log)"
  bash "$f" >".infra/logs/prepare-$name.log" 2>&1 &
  PREPARE_PIDS+=("$!:$name")
done
declare -A PREPARED=()
await_prepares() {  # $1: "jest" (only those jest needs) or "all"
  local entry pid name
  for entry in "${PREPARE_PIDS[@]}"; do
    pid="${entry%%:*}"; name="${entry#*:}"
    [[ -n ${PREPARED[$name]:-} ]] && continue
    [[ $1 == all || $JEST_PREPARES == *" $name "* ]] || continue
    if ! wait "$pid"; then
      echo "== prepare $name FAILED; its log:" >&2
      tail -n 60 ".infra/logs/prepare-$name.log" >&2
      exit 1
    fi
    PREPARED[$name]=1
  done
}

# What already runs (an `npm start`, an earlier `npm run infra:up`) is left running; what this run starts, it
# stops when it ends, pass or fail, so a later `npm start` (here or in another checkout) finds the ports free.
# TEST_KEEP_INFRA=1 keeps it running for faster reruns.
source scripts/infra/owned.sh
infra_note_running
stop_infra_we_started() {
  local code=$?
  [[ ${TEST_KEEP_INFRA:-0} == 1 ]] || infra_stop_started
  return "$code"
}
trap stop_infra_we_started EXIT

bash scripts/infra/up.sh

echo "== lint (nx run-many -t lint, module boundaries enforced)"
npx nx run-many -t lint --outputStyle=static --parallel=2

echo "== format (prettier --check, width 140: .prettierrc)"
npx prettier --check . --log-level warn

echo "== type-check (strict)"
npx tsc -p tsconfig.json --noEmit

echo "== tests (unit + integration on the real PostgreSQL and Kafka)"
await_prepares jest
npx jest --ci --maxWorkers=2 "$@"

await_prepares all

for f in scripts/tiers/run/*.sh; do
  [[ -e $f ]] || continue
  name="$(tier_name "$f")"
  wanted "$name" || continue
  echo "== tier $name"
  start=$SECONDS
  timeout --kill-after=30 "$TIER_TIMEOUT" bash "$f"
  echo "== tier $name passed in $((SECONDS - start)) s"
done
